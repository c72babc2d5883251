// The methods paragraph, built from what the run recorded (table_statistics and its run_record):
// it names only what was computed and what was done to the data, in APA style (thousands
// separators, "95% CI", one minus sign), in English or Spanish.
#include <cmath>

#include "attachscore/stats.hpp"
#include "common/text_util.hpp"
#include "texts/methods_words.hpp"
#include "texts/numbers.hpp"

namespace attachscore {
namespace {

using detail::apa_text;
using detail::count_text;
using detail::decimal_text;
using detail::fill;

// "Fraley et al., 2000" from "Fraley, R. C., Waller, N. G., & Brennan, K. A." and the year.
std::string in_text_citation(const citation& c, const detail::methods_words& w) {
    std::vector<std::string> surnames;
    std::size_t at = 0;
    while (at < c.authors.size()) {
        auto end = c.authors.find(", ", at);
        std::string part = c.authors.substr(at, end == std::string::npos ? end : end - at);
        at = end == std::string::npos ? c.authors.size() : end + 2;
        if (part.rfind("& ", 0) == 0) part.erase(0, 2);
        const bool initials = part.find('.') != std::string::npos && part.size() <= 8;
        if (!part.empty() && !initials) surnames.push_back(part);
    }
    std::string who = surnames.empty() ? c.authors : surnames[0];
    if (surnames.size() == 2) who += w.and_ + surnames[1];
    if (surnames.size() > 2) who += w.et_al;
    return who + ", " + std::to_string(c.year);
}

// "the mean of its 18 items when at least 15 were answered"
std::string how_computed(const score_definition& def, const detail::methods_words& w) {
    const auto k = def.items.size();
    if (def.derived()) return fill(w.from_scores, {{"k", std::to_string(def.inputs.size())}});
    if (k == 1) return fill(w.one_item, {{"item", std::to_string(def.items[0].number)}});
    std::string t =
        fill(def.aggregate == aggregation::mean ? w.mean_of : w.sum_of, {{"k", std::to_string(k)}});
    if (def.missing == missing_rule::invalid)
        t += w.when_all;
    else if (def.min_answered < static_cast<int>(k))
        t += fill(w.when_at_least, {{"m", std::to_string(def.min_answered)}});
    return t;
}

// "; α = .91, 95% CI [.90, .92], ω = .92, over 1,350 complete responses", or why not.
std::string reliability_clause(const score_statistics& s, const table_statistics& st, int d,
                               const detail::methods_words& w, const std::string& lang) {
    if (s.items.empty()) return {};
    const std::string rows = count_text(s.n_complete, lang);
    switch (s.gap) {
        case reliability_gap::too_few_rows:
            return fill(w.too_few_rows, {{"rows", rows}, {"k", std::to_string(s.items.size())}});
        case reliability_gap::no_variance:
            return fill(w.no_variance, {{"rows", rows}});
        default:
            break;
    }
    std::string t = fill(w.alpha_ci, {{"alpha", apa_text(s.alpha, d, lang)},
                                      {"low", apa_text(s.alpha_ci_low, d, lang)},
                                      {"high", apa_text(s.alpha_ci_high, d, lang)}});
    if (s.omega_heywood)
        t += w.omega_improper;
    else if (std::isfinite(s.omega_total))
        t += fill(w.omega, {{"omega", apa_text(s.omega_total, d, lang)}});
    if (s.gap == reliability_gap::constant_items) {
        std::vector<std::string> items;
        for (int n : s.constant_items)
            items.push_back(std::to_string(n));
        t += fill(s.constant_items.size() == 1 ? w.constant_item : w.constant_items,
                  {{"items", detail::join(items, w.list_and)}});
    }
    return t + fill(st.pairwise ? w.over_pairwise : w.over_complete, {{"rows", rows}});
}

std::string score_sentence(const instrument& inst, const score_definition& def,
                           const score_statistics& s, const table_statistics& st, int d, bool cite,
                           const std::string& lang) {
    const auto& w = detail::methods_words_for(lang);
    std::string label = detail::text_in(def.label, lang);
    if (cite) label += " (" + inst.short_name + "; " + in_text_citation(inst.cite, w) + ")";
    return fill(w.score, {{"label", label},
                          {"how", how_computed(def, w)},
                          {"n", count_text(s.n, lang)},
                          {"m", decimal_text(s.mean, d, lang)},
                          {"sd", decimal_text(s.sd, d, lang)},
                          {"rel", reliability_clause(s, st, d, w, lang)}});
}

}  // namespace

std::string methods_paragraph(const instrument& inst, const table_statistics& st, int digits,
                              const std::string& language) {
    const std::string lang = language == "es" ? "es" : "en";
    std::vector<std::string> parts;
    bool reliability = false;
    for (std::size_t i = 0; i < st.scores.size() && i < inst.scores.size(); ++i) {
        parts.push_back(
            score_sentence(inst, inst.scores[i], st.scores[i], st, digits, i == 0, lang));
        reliability = reliability || std::isfinite(st.scores[i].alpha);
    }
    for (auto& sentence : detail::data_sentences(inst, st, lang))
        parts.push_back(std::move(sentence));
    if (reliability) parts.push_back(detail::reliability_method(st, lang));
    for (auto& sentence : detail::screening_sentences(inst, st, digits, lang))
        parts.push_back(std::move(sentence));
    return detail::join(parts, " ");
}

}  // namespace attachscore
