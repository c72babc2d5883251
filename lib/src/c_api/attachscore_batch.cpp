// The C API's options handle, the configured instrument, and scoring many respondents at once
// into the caller's arrays.
#include <charconv>
#include <cmath>
#include <cstring>
#include <new>
#include <string>
#include <vector>

#include "attachscore/interpret.hpp"
#include "attachscore/table.hpp"
#include "c_api/handles.hpp"
#include "c_api/support.hpp"
#include "common/text_util.hpp"
#include "pipeline/table_setup.hpp"

struct attachscore_options {
    attachscore::scoring_options scoring;
    bool keys_as_declared = false;
    std::string item_order;
    std::string language = "en";
    std::string norms;       ///< a norm set of the instrument, or a norm file
    std::string norm_group;  ///< one of its groups (an id or an alias)
};

namespace {

using attachscore::c_api::set_message;

// "1-5": two whole numbers; false when the text is anything else.
bool parse_range(std::string_view text, attachscore::scale_bounds& out) {
    const auto dash = text.find('-', 1);
    if (dash == std::string_view::npos) return false;
    const auto whole = [](std::string_view part, int& v) {
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
        return ec == std::errc() && end == part.data() + part.size();
    };
    return whole(text.substr(0, dash), out.min) && whole(text.substr(dash + 1), out.max);
}

std::vector<std::string> split_commas(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t from = 0;;) {
        const auto comma = text.find(',', from);
        out.emplace_back(attachscore::detail::trim(text.substr(from, comma - from)));
        if (comma == std::string_view::npos) return out;
        from = comma + 1;
    }
}

// "9,11" → 9, 11; "all" is left to configure, which knows the instrument.
bool parse_items(std::string_view text, std::vector<int>& out) {
    out.clear();
    for (const auto& t : split_commas(text)) {
        int v = 0;
        const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
        if (ec != std::errc() || end != t.data() + t.size() || t.empty()) return false;
        out.push_back(v);
    }
    return !out.empty();
}

attachscore_status set_option(attachscore_options& o, std::string_view name, std::string_view value,
                              char** message) {
    const auto refuse = [&](const std::string& why) {
        set_message(message, why);
        return ATTACHSCORE_INVALID_ARGUMENT;
    };
    if (name == "scale") {
        attachscore::scale_bounds b;
        if (!parse_range(value, b))
            return refuse("scale takes two whole numbers such as \"1-5\", not \"" +
                          std::string(value) + "\".");
        o.scoring.administered_scale = b;
    } else if (name == "already_reversed") {
        if (value == "all")
            o.scoring.already_reversed = {0};  // 0 stands for all until configure
        else if (!parse_items(value, o.scoring.already_reversed))
            return refuse(
                "already_reversed takes item numbers such as \"9,11\" or \"all\", "
                "not \"" +
                std::string(value) + "\".");
    } else if (name == "keys_as_declared") {
        if (value != "true" && value != "false")
            return refuse("keys_as_declared takes \"true\" or \"false\".");
        o.keys_as_declared = value == "true";
    } else if (name == "item_order") {
        o.item_order = value;
    } else if (name == "classify") {
        o.scoring.classify.clear();
        o.scoring.classify = split_commas(value);
    } else if (name == "language") {
        o.language = value;
    } else if (name == "norms") {
        o.norms = value;
    } else if (name == "norm_group") {
        o.norm_group = value;
    } else {
        return refuse("there is no option \"" + std::string(name) +
                      "\"; the options are scale, already_reversed, keys_as_declared, "
                      "item_order, classify, language, norms and norm_group.");
    }
    return ATTACHSCORE_OK;
}

int band_index(const attachscore::scorer& sc, std::size_t s, const attachscore::score_value& v) {
    if (v.status != attachscore::score_status::valid || !sc.bands_apply(s)) return -1;
    const auto& def = sc.definition().scores[s];
    const auto band = attachscore::describe_score(def, v, nullptr, nullptr, false);
    for (std::size_t b = 0; b < def.bands.size(); ++b)
        if (band.label == &def.bands[b].label) return static_cast<int>(b);
    return -1;
}

int problem_code(attachscore::answer_problem_kind kind) {
    using k = attachscore::answer_problem_kind;
    switch (kind) {
        case k::outside_scale:
            return ATTACHSCORE_PROBLEM_OUTSIDE_SCALE;
        case k::not_whole_number:
            return ATTACHSCORE_PROBLEM_NOT_WHOLE_NUMBER;
        case k::not_a_choice:
            return ATTACHSCORE_PROBLEM_NOT_A_CHOICE;
        case k::unreadable:
            return ATTACHSCORE_PROBLEM_UNREADABLE;
    }
    return ATTACHSCORE_PROBLEM_NONE;
}

}  // namespace

extern "C" {

attachscore_options* attachscore_options_new(void) {
    return new (std::nothrow) attachscore_options;
}

void attachscore_options_free(attachscore_options* options) {
    delete options;
}

attachscore_status attachscore_options_set(attachscore_options* options, const char* name,
                                           const char* value, char** message) {
    if (message) *message = nullptr;
    if (!options || !name || !value) {
        set_message(message, "options, name and value must not be NULL.");
        return ATTACHSCORE_INVALID_ARGUMENT;
    }
    return attachscore::c_api::guarded(message,
                                       [&] { return set_option(*options, name, value, message); });
}

attachscore_status attachscore_instrument_configure(const attachscore_instrument* base,
                                                    const attachscore_options* options,
                                                    attachscore_instrument** out, char** message) {
    if (message) *message = nullptr;
    if (!base || !options || !out) {
        set_message(message, "base, options and out must not be NULL.");
        return ATTACHSCORE_INVALID_ARGUMENT;
    }
    *out = nullptr;
    return attachscore::c_api::guarded(message, [&] {
        auto inst = base->sc.definition();
        auto scoring = options->scoring;
        if (scoring.already_reversed == std::vector<int>{0})
            scoring.already_reversed = attachscore::reverse_keyed_items(inst);
        attachscore::table_options check;
        check.scoring = scoring;
        check.keys_as_declared = options->keys_as_declared;
        check.language = options->language;
        check.item_order = options->item_order;
        if (auto problems = attachscore::detail::check_options(inst, check); !problems.empty()) {
            set_message(message, problems.front().message);
            return ATTACHSCORE_INVALID_ARGUMENT;
        }
        if (!options->item_order.empty() && options->item_order != inst.item_order) {
            auto reordered = attachscore::with_item_order(inst, options->item_order);
            if (!reordered) {
                set_message(message, reordered.errors().front().message);
                return ATTACHSCORE_INVALID_ARGUMENT;
            }
            inst = std::move(reordered).value();
        }
        auto made = std::make_unique<attachscore_instrument>(std::move(inst), scoring);
        made->settings = attachscore::settings_of(scoring);
        made->settings.keys_settled = made->settings.keys_settled || options->keys_as_declared;
        made->settings.order_settled = options->item_order == base->sc.definition().item_order;
        made->settings.order_given = made->settings.order_settled ? "" : options->item_order;
        made->language = options->language;
        if (auto refused = attachscore::c_api::configure_norms(*made, options->norms,
                                                               options->norm_group, scoring);
            !refused.empty()) {
            set_message(message, refused);
            return ATTACHSCORE_INVALID_ARGUMENT;
        }
        *out = made.release();
        return ATTACHSCORE_OK;
    });
}

attachscore_status attachscore_score_batch(const attachscore_instrument* inst,
                                           const double* answers, size_t rows, double* values,
                                           int* answered, int* statuses, int* bands, int* problems,
                                           size_t* positions) {
    using attachscore::c_api::fail;
    if (!inst) return fail(ATTACHSCORE_INVALID_ARGUMENT, "the instrument is NULL.");
    if (!answers && rows > 0) return fail(ATTACHSCORE_INVALID_ARGUMENT, "answers is NULL.");
    return attachscore::c_api::guarded_last([&] {
        const auto& sc = inst->sc;
        const std::size_t n = sc.answer_count(), k = sc.definition().scores.size();
        auto result = sc.make_result();  // once per call: nothing is allocated per row
        for (std::size_t r = 0; r < rows; ++r) {
            sc.score({answers + r * n, n}, result);
            const auto scores = result.scores();
            for (std::size_t s = 0; s < k; ++s) {
                const auto at = r * k + s;
                if (values) values[at] = scores[s].value;
                if (answered) answered[at] = scores[s].answered;
                if (statuses)
                    statuses[at] = scores[s].status == attachscore::score_status::valid
                                       ? ATTACHSCORE_SCORE_VALID
                                   : scores[s].status == attachscore::score_status::too_few_answered
                                       ? ATTACHSCORE_SCORE_TOO_FEW_ANSWERED
                                       : ATTACHSCORE_SCORE_INVALID_ANSWERS;
                if (bands) bands[at] = band_index(sc, s, scores[s]);
            }
            const auto found = result.problems();
            if (problems) problems[r] = found.empty() ? 0 : problem_code(found.front().kind);
            if (positions) positions[r] = found.empty() ? 0 : found.front().slot;
        }
        return ATTACHSCORE_OK;
    });
}

size_t attachscore_band_count(const attachscore_instrument* inst, size_t s) {
    return inst && s < inst->sc.definition().scores.size()
               ? inst->sc.definition().scores[s].bands.size()
               : 0;
}

const char* attachscore_band_label(const attachscore_instrument* inst, size_t s, size_t b,
                                   const char* language) {
    if (b >= attachscore_band_count(inst, s)) return nullptr;
    return attachscore::c_api::text_in(inst->sc.definition().scores[s].bands[b].label, language);
}

}  // extern "C"
