// The methods paragraph's sentences about the data and the screening, each from the record of
// what the run did: nothing is said of a step that did not happen.
#include <algorithm>
#include <cmath>

#include "attachscore/scorer.hpp"
#include "common/text_util.hpp"
#include "texts/methods_words.hpp"
#include "texts/numbers.hpp"

namespace attachscore::detail {
namespace {

std::string range_text(int lo, int hi) {
    return std::to_string(lo) + "–" + std::to_string(hi);
}

std::string numbers_text(const std::vector<int>& numbers) {
    std::vector<std::string> parts;
    for (int n : numbers)
        parts.push_back(std::to_string(n));
    return join(parts, ", ");
}

// "“NA”, “-99”"
std::string codes_text(const std::vector<std::string>& codes, const std::string& lang) {
    std::vector<std::string> quoted;
    for (const auto& c : codes)
        quoted.push_back(lang == "es" ? "«" + c + "»" : "\u201c" + c + "\u201d");
    return join(quoted, ", ");
}

// "a, b and c" / "a, b y c"
std::string and_list(const std::vector<std::string>& parts, const std::string& lang) {
    if (parts.size() < 2) return parts.empty() ? std::string() : parts.front();
    std::vector<std::string> head(parts.begin(), parts.end() - 1);
    return join(head, ", ") + (lang == "es" ? " y " : " and ") + parts.back();
}

std::string rows_sentence(const run_record& r, std::size_t rows, const methods_words& w,
                          const std::string& lang) {
    if (r.rows_not_scored == 0)
        return rows == 1   ? std::string(w.rows_one)
               : rows == 2 ? std::string(w.rows_two)
                           : fill(w.rows_all, {{"rows", count_text(rows, lang)}});
    std::vector<std::string> why;
    if (r.rows_outside_scale) {
        std::vector<std::string> values;
        for (const auto& [value, n] : r.outside_values)
            values.push_back(fill(w.value_count, {{"n", count_text(n, lang)},
                                                  {"value", decimal_text(value, 0, lang)}}));
        why.push_back(fill(w.why_outside, {{"rows", count_text(r.rows_outside_scale, lang)},
                                           {"values", join(values, ", ")}}));
    }
    const std::pair<std::size_t, const char*> others[] = {{r.rows_not_whole, w.why_not_whole},
                                                          {r.rows_not_a_choice, w.why_not_choice},
                                                          {r.rows_unreadable, w.why_unreadable},
                                                          {r.rows_wrong_values, w.why_values},
                                                          {r.rows_too_few, w.why_too_few}};
    for (const auto& [n, phrase] : others)
        if (n) why.push_back(fill(phrase, {{"rows", count_text(n, lang)}}));
    return fill(w.rows_some, {{"rows", count_text(rows, lang)},
                              {"scored", count_text(rows - r.rows_not_scored, lang)},
                              {"why", and_list(why, lang)}});
}

std::string score_named(const instrument& inst, const std::string& id, const std::string& lang) {
    const auto* def = inst.find_score(id);
    return def ? in_sentence(text_in(def->label, lang)) : id;
}

}  // namespace

std::vector<std::string> data_sentences(const instrument& inst, const table_statistics& st,
                                        const std::string& lang) {
    const auto& w = methods_words_for(lang);
    const auto& r = st.record;
    std::vector<std::string> out;
    if (r.administered_scale)
        out.push_back(fill(
            w.scale,
            {{"given", range_text(r.administered_scale->min, r.administered_scale->max)},
             {"published", range_text(inst.scale.min, inst.scale.max)},
             {"flip", std::to_string(r.administered_scale->min + r.administered_scale->max)}}));
    if (!r.missing_codes.empty())
        out.push_back(fill(r.missing_codes.size() == 1 ? w.missing_one : w.missing_many,
                           {{"codes", codes_text(r.missing_codes, lang)}}));
    if (!r.already_reversed.empty()) {
        auto sorted = r.already_reversed;
        std::sort(sorted.begin(), sorted.end());
        if (sorted == reverse_keyed_items(inst))
            out.push_back(fill(w.reversed_all, {{"k", std::to_string(sorted.size())}}));
        else
            out.push_back(fill(w.reversed_some, {{"items", numbers_text(sorted)}}));
    } else if (r.keys_as_declared) {
        out.push_back(w.keys_declared);
    }
    if (!r.item_order.empty()) out.push_back(fill(w.order, {{"order", r.item_order}}));
    if (r.item_columns) out.push_back(w.columns_named);
    if (r.recoded_words) out.push_back(fill(w.recoded, {{"k", std::to_string(r.recoded_words)}}));
    out.push_back(rows_sentence(r, st.n_rows, w, lang));
    return out;
}

std::string reliability_method(const table_statistics& st, const std::string& lang) {
    const auto& w = methods_words_for(lang);
    return st.pairwise ? w.pairwise : w.listwise;
}

namespace {

std::string careless_sentence(const instrument& inst, const table_statistics& st,
                              const methods_words& w, const std::string& lang) {
    const auto& q = st.careless;
    std::vector<std::string> signs;
    signs.push_back(fill(w.sign_run, {{"run", std::to_string(q.longstring_cutoff)},
                                      {"items", std::to_string(q.rating_items)}}));
    if (q.evenodd_computed())
        signs.push_back(fill(w.sign_evenodd, {{"scales", std::to_string(q.evenodd_scales)}}));
    if (q.reverse_scales > 0)
        signs.push_back(fill(w.sign_opposite, {{"scales", std::to_string(q.reverse_scales)}}));
    std::string signs_text = signs.front();
    for (std::size_t i = 1; i < signs.size(); ++i)
        signs_text += (i + 1 == signs.size() ? w.or_ : std::string(", ")) + signs[i];
    std::string t =
        fill(w.careless,
             {{"signs", signs_text},
              {"flagged", count_text(q.flagged, lang)},
              {"share", percent_text(100 * static_cast<double>(q.flagged) /
                                         static_cast<double>(std::max<std::size_t>(1, q.screened)),
                                     lang)}});
    if (!st.record.already_reversed.empty()) t += " " + std::string(w.given_answers);
    if (!q.evenodd_computed())
        t += " " + fill(w.evenodd_not, {{"items", inst.short_name},
                                        {"scales", std::to_string(q.evenodd_scales)},
                                        {"needed", std::to_string(evenodd_min_scales)}});
    return t;
}

}  // namespace

std::vector<std::string> screening_sentences(const instrument& inst, const table_statistics& st,
                                             int digits, const std::string& lang) {
    const auto& w = methods_words_for(lang);
    std::vector<std::string> out;
    const double rows = static_cast<double>(st.n_rows);
    const double share = st.answers ? 100.0 * static_cast<double>(st.missing_answers) /
                                          static_cast<double>(st.answers)
                                    : 0;
    out.push_back(fill(
        w.missing_share,
        {{"share", percent_text(share, lang)},
         {"complete", count_text(st.rows_complete, lang)},
         {"complete_share",
          percent_text(rows > 0 ? 100 * static_cast<double>(st.rows_complete) / rows : 0, lang)}}));
    if (st.careless.screened > 0) out.push_back(careless_sentence(inst, st, w, lang));
    std::vector<std::string> single;
    for (const auto& s : st.scores) {
        for (const auto& it : s.items)
            if (it.flag_rule == keying_rule::single_item)
                single.push_back(std::to_string(it.item) +
                                 (it.target.empty() ? "" : " " + it.target));
        if (std::isfinite(s.reversed_group_r))
            out.push_back(fill(w.group_flag, {{"score", score_named(inst, s.id, lang)},
                                              {"r", apa_text(s.reversed_group_r, digits, lang)}}));
    }
    if (!single.empty())
        out.push_back(fill(single.size() == 1 ? w.item_flag_one : w.item_flag_many,
                           {{"items", and_list(single, lang)}}));
    return out;
}

}  // namespace attachscore::detail
