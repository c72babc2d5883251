// The C API over the C++ one: handles own a compiled scorer (instrument) or a reusable result;
// every entry point catches what the C++ side may throw and turns it into a status code.
#include "attachscore/attachscore.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "attachscore/catalogue.hpp"
#include "attachscore/interpret.hpp"
#include "attachscore/loader.hpp"
#include "attachscore/scorer.hpp"
#include "c_api/handles.hpp"
#include "c_api/support.hpp"

namespace {

using attachscore::localized_text;

using attachscore::c_api::set_message;
using attachscore::c_api::text_in;

// Runs `open` (which makes the C++ instrument or says why not) into a new handle.
template <class Open>
attachscore_status open_with(attachscore_instrument** out, char** message, Open open) {
    if (message) *message = nullptr;
    if (!out) {
        set_message(message, "no place for the instrument was given (out is NULL).");
        return ATTACHSCORE_INVALID_ARGUMENT;
    }
    *out = nullptr;
    return attachscore::c_api::guarded(message, [&] {
        return open([&](attachscore::instrument inst) {
            *out = new attachscore_instrument(std::move(inst));
            return ATTACHSCORE_OK;
        });
    });
}

std::string listing(const attachscore::diagnostics& problems) {
    std::string text;
    for (const auto& d : problems)
        text += (text.empty() ? "" : "\n") + attachscore::to_string(d);
    return text;
}

attachscore::band_text band_of(const attachscore_result* result, size_t s) {
    const auto& sc = result->inst->sc;
    return attachscore::describe_score(sc.definition().scores[s], result->scores.scores()[s],
                                       nullptr, nullptr, !sc.bands_apply(s));
}

bool in_range(const attachscore_result* r, std::size_t s) {
    return r && r->scored && s < r->scores.scores().size();
}

}  // namespace

extern "C" {

const char* attachscore_version(void) {
    return ATTACHSCORE_VERSION_STRING;
}

const char* attachscore_status_text(attachscore_status status) {
    switch (status) {
        case ATTACHSCORE_OK:
            return "no error";
        case ATTACHSCORE_NOT_FOUND:
            return "no built-in instrument has that id";
        case ATTACHSCORE_INVALID_FILE:
            return "the instrument file cannot be read or is not valid";
        case ATTACHSCORE_INVALID_ARGUMENT:
            return "an argument is NULL, out of range, or does not fit the instrument";
        case ATTACHSCORE_OUT_OF_MEMORY:
            return "out of memory";
        case ATTACHSCORE_INTERNAL_ERROR:
            return "an internal error (please report it)";
    }
    return "an unknown status";
}

void attachscore_string_free(char* text) {
    std::free(text);
}

attachscore_status attachscore_instrument_open_builtin(const char* id, attachscore_instrument** out,
                                                       char** message) {
    return open_with(out, message, [&](auto make) {
        if (!id) {
            set_message(message, "no instrument id was given (id is NULL).");
            return ATTACHSCORE_INVALID_ARGUMENT;
        }
        const auto cat = attachscore::catalogue::builtin();
        const auto* found = cat.find(id);
        if (!found) {
            std::string known;
            for (const auto& inst : cat.instruments())
                known += (known.empty() ? "" : ", ") + inst.id;
            set_message(message, "no built-in instrument has the id \"" + std::string(id) +
                                     "\"; the built-in ones are " + known + ".");
            return ATTACHSCORE_NOT_FOUND;
        }
        return make(*found);
    });
}

attachscore_status attachscore_instrument_open_file(const char* path, attachscore_instrument** out,
                                                    char** message) {
    return open_with(out, message, [&](auto make) {
        if (!path) {
            set_message(message, "no file was given (path is NULL).");
            return ATTACHSCORE_INVALID_ARGUMENT;
        }
        auto loaded = attachscore::load_instrument_file(path);
        if (!loaded) {
            set_message(message, listing(loaded.errors()));
            return ATTACHSCORE_INVALID_FILE;
        }
        return make(std::move(loaded).value());
    });
}

void attachscore_instrument_free(attachscore_instrument* inst) {
    delete inst;
}

const char* attachscore_instrument_id(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().id.c_str() : nullptr;
}
const char* attachscore_instrument_name(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().name.c_str() : nullptr;
}
const char* attachscore_instrument_short_name(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().short_name.c_str() : nullptr;
}
const char* attachscore_instrument_citation(const attachscore_instrument* inst) {
    return inst ? inst->citation.c_str() : nullptr;
}
const char* attachscore_instrument_disclaimer(const attachscore_instrument* inst,
                                              const char* language) {
    return inst ? text_in(inst->sc.definition().disclaimer, language) : nullptr;
}
int attachscore_scale_min(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().scale.min : 0;
}
int attachscore_scale_max(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().scale.max : 0;
}

size_t attachscore_item_count(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().items.size() : 0;
}
int attachscore_item_number(const attachscore_instrument* inst, size_t i) {
    return inst && i < inst->sc.definition().items.size() ? inst->sc.definition().items[i].number
                                                          : 0;
}
int attachscore_item_is_choice(const attachscore_instrument* inst, size_t i) {
    return inst && i < inst->sc.definition().items.size() &&
           inst->sc.definition().items[i].kind == attachscore::item_kind::choice;
}
size_t attachscore_target_count(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().targets.size() : 0;
}
const char* attachscore_target_id(const attachscore_instrument* inst, size_t t) {
    return inst && t < inst->sc.definition().targets.size()
               ? inst->sc.definition().targets[t].id.c_str()
               : nullptr;
}
size_t attachscore_answer_count(const attachscore_instrument* inst) {
    return inst ? inst->sc.answer_count() : 0;
}

size_t attachscore_score_count(const attachscore_instrument* inst) {
    return inst ? inst->sc.definition().scores.size() : 0;
}
const char* attachscore_score_id(const attachscore_instrument* inst, size_t s) {
    return inst && s < inst->sc.definition().scores.size()
               ? inst->sc.definition().scores[s].id.c_str()
               : nullptr;
}
const char* attachscore_score_label(const attachscore_instrument* inst, size_t s,
                                    const char* language) {
    return inst && s < inst->sc.definition().scores.size()
               ? text_in(inst->sc.definition().scores[s].label, language)
               : nullptr;
}

size_t attachscore_category_count(const attachscore_instrument* inst) {
    return inst ? inst->categories.size() : 0;
}
const char* attachscore_category_id(const attachscore_instrument* inst, size_t c) {
    return inst && c < inst->categories.size()
               ? inst->sc.definition().categories[inst->categories[c]].id.c_str()
               : nullptr;
}

attachscore_result* attachscore_result_new(const attachscore_instrument* inst) {
    if (!inst) return nullptr;
    try {
        return new attachscore_result(*inst);
    } catch (...) {
        return nullptr;
    }
}

void attachscore_result_free(attachscore_result* result) {
    delete result;
}

attachscore_status attachscore_score(const attachscore_instrument* inst, const double* answers,
                                     size_t count, attachscore_result* result) {
    if (!inst || !result || result->inst != inst || (!answers && count > 0) ||
        count != inst->sc.answer_count())
        return ATTACHSCORE_INVALID_ARGUMENT;
    try {
        inst->sc.score({answers, count}, result->scores);
    } catch (...) {
        result->scored = false;
        return ATTACHSCORE_INTERNAL_ERROR;
    }
    result->scored = true;
    for (auto& r : result->reasons)
        r.clear();
    for (auto& c : result->categories)
        c.clear();
    return ATTACHSCORE_OK;
}

double attachscore_result_value(const attachscore_result* result, size_t s) {
    return in_range(result, s) ? result->scores.scores()[s].value : std::nan("");
}
int attachscore_result_answered(const attachscore_result* result, size_t s) {
    return in_range(result, s) ? result->scores.scores()[s].answered : 0;
}
attachscore_score_status attachscore_result_status(const attachscore_result* result, size_t s) {
    if (!in_range(result, s)) return ATTACHSCORE_SCORE_NOT_SCORED;
    switch (result->scores.scores()[s].status) {
        case attachscore::score_status::valid:
            return ATTACHSCORE_SCORE_VALID;
        case attachscore::score_status::too_few_answered:
            return ATTACHSCORE_SCORE_TOO_FEW_ANSWERED;
        case attachscore::score_status::invalid_answers:
            break;
    }
    return ATTACHSCORE_SCORE_INVALID_ANSWERS;
}

const char* attachscore_result_reason(attachscore_result* result, size_t s) {
    if (!in_range(result, s)) return nullptr;
    try {
        auto& text = result->reasons[s];
        if (text.empty())
            text = attachscore::explain(result->scores.scores()[s],
                                        result->inst->sc.definition().scores[s],
                                        result->inst->language);
        return text.c_str();
    } catch (...) {
        return nullptr;
    }
}

const char* attachscore_result_band(const attachscore_result* result, size_t s,
                                    const char* language) {
    if (!in_range(result, s)) return nullptr;
    const auto band = band_of(result, s);
    return band.label ? text_in(*band.label, language) : nullptr;
}

const char* attachscore_result_interpretation(const attachscore_result* result, size_t s,
                                              const char* language) {
    if (!in_range(result, s)) return nullptr;
    const auto band = band_of(result, s);
    return band.text ? text_in(*band.text, language) : nullptr;
}

const char* attachscore_result_category(attachscore_result* result, size_t c) {
    if (!result || !result->scored || c >= result->categories.size()) return nullptr;
    try {
        auto& text = result->categories[c];
        if (text.empty()) {
            const auto rule = result->inst->categories[c];
            text = attachscore::category_text(result->scores.categories()[rule],
                                              result->inst->sc.definition().categories[rule]);
        }
        return text.c_str();
    } catch (...) {
        return nullptr;
    }
}

}  // extern "C"
