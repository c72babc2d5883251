// The C API's whole-table checks: answer_checks behind a handle, findings worded in the
// caller's terms through attachscore_words.
#include <string>
#include <vector>

#include "attachscore/checks.hpp"
#include "c_api/handles.hpp"
#include "c_api/support.hpp"

struct attachscore_checks {
    attachscore_checks(const attachscore_instrument& i, std::vector<std::string> columns)
        : inst(&i), checks(i.sc, i.settings, std::move(columns)) {}
    const attachscore_instrument* inst;
    attachscore::answer_checks checks;
    std::vector<attachscore::finding> findings;  ///< of the last evaluation
    std::string text;                            ///< the last finding_text
};

namespace {

using attachscore::option_id;

// "{name}" and "{value}" in a binding's pattern replaced by its words.
std::string filled(const char* pattern, const std::string& name, std::string_view value) {
    std::string out = pattern;
    for (const auto& [key, with] : {std::pair<std::string, std::string>{"{name}", name},
                                    {"{value}", std::string(value)},
                                    {"{id}", name}})
        for (auto at = out.find(key); at != std::string::npos; at = out.find(key, at + with.size()))
            out.replace(at, key.size(), with);
    return out;
}

// attachscore_words as option_words; what the binding leaves NULL keeps the library's words.
class c_words final : public attachscore::option_words {
  public:
    explicit c_words(const attachscore_words& w) : w_(w) {}
    std::string setting(option_id option, std::string_view value) const override {
        const char* pattern = value.empty() ? w_.flag : w_.setting;
        if (!pattern || !named(option)) return option_words::setting(option, value);
        return filled(pattern, name(option), value);
    }
    std::string name(option_id option) const override {
        const char* n = named(option);
        return n ? n : option_words::name(option);
    }
    std::string together(const std::string& a, const std::string& b) const override {
        return w_.together ? a + w_.together + b : option_words::together(a, b);
    }
    std::string description_of(std::string_view id) const override {
        return w_.description ? filled(w_.description, std::string(id), {})
                              : option_words::description_of(id);
    }

  private:
    const char* named(option_id option) const {
        const auto i = static_cast<std::size_t>(option);
        return i < ATTACHSCORE_OPTION_COUNT ? w_.names[i] : nullptr;
    }
    const attachscore_words& w_;
};

const attachscore::finding* finding_at(const attachscore_checks* checks, size_t i) {
    return checks && i < checks->findings.size() ? &checks->findings[i] : nullptr;
}

}  // namespace

extern "C" {

attachscore_status attachscore_checks_new(const attachscore_instrument* inst,
                                          const char* const* columns, attachscore_checks** out) {
    using attachscore::c_api::fail;
    if (!out) return fail(ATTACHSCORE_INVALID_ARGUMENT, "out is NULL.");
    *out = nullptr;
    if (!inst) return fail(ATTACHSCORE_INVALID_ARGUMENT, "the instrument is NULL.");
    return attachscore::c_api::guarded_last([&] {
        std::vector<std::string> names;
        if (columns)
            for (std::size_t a = 0; a < inst->sc.answer_count(); ++a)
                names.emplace_back(columns[a] ? columns[a] : "");
        *out = new attachscore_checks(*inst, std::move(names));
        return ATTACHSCORE_OK;
    });
}

void attachscore_checks_free(attachscore_checks* checks) {
    delete checks;
}

attachscore_status attachscore_checks_add(attachscore_checks* checks, const double* answers,
                                          size_t rows) {
    using attachscore::c_api::fail;
    if (!checks) return fail(ATTACHSCORE_INVALID_ARGUMENT, "the checks handle is NULL.");
    if (!answers && rows > 0) return fail(ATTACHSCORE_INVALID_ARGUMENT, "answers is NULL.");
    return attachscore::c_api::guarded_last([&] {
        const std::size_t n = checks->inst->sc.answer_count();
        checks->checks.add({answers, rows * n}, rows);
        return ATTACHSCORE_OK;
    });
}

size_t attachscore_checks_evaluate(attachscore_checks* checks) {
    if (!checks) return 0;
    const auto status = attachscore::c_api::guarded_last([&] {
        checks->findings = checks->checks.findings();
        return ATTACHSCORE_OK;
    });
    if (status != ATTACHSCORE_OK) checks->findings.clear();
    return checks->findings.size();
}

int attachscore_finding_code(const attachscore_checks* checks, size_t i) {
    const auto* f = finding_at(checks, i);
    return f ? static_cast<int>(f->code) : 0;
}

int attachscore_finding_stops(const attachscore_checks* checks, size_t i) {
    const auto* f = finding_at(checks, i);
    return f && f->severity == attachscore::finding_severity::stop;
}

size_t attachscore_finding_items(const attachscore_checks* checks, size_t i, int* numbers,
                                 size_t capacity) {
    const auto* f = finding_at(checks, i);
    if (!f) return 0;
    for (std::size_t k = 0; numbers && k < capacity && k < f->items.size(); ++k)
        numbers[k] = f->items[k].number;
    return f->items.size();
}

const char* attachscore_finding_text(attachscore_checks* checks, size_t i,
                                     const attachscore_words* words) {
    const auto* f = finding_at(checks, i);
    if (!f) return nullptr;
    const auto status = attachscore::c_api::guarded_last([&] {
        const auto& inst = checks->inst->sc.definition();
        checks->text =
            words ? attachscore::finding_text(*f, inst, checks->inst->language, c_words(*words))
                  : attachscore::finding_text(*f, inst, checks->inst->language,
                                              attachscore::plain_option_words());
        return ATTACHSCORE_OK;
    });
    return status == ATTACHSCORE_OK ? checks->text.c_str() : nullptr;
}

}  // extern "C"
