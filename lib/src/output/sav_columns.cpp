#include "output/sav_columns.hpp"

#include <algorithm>

#include "attachscore/output_columns.hpp"

namespace attachscore::detail {

namespace {

// Codes for text columns. Categories: 1, 2, … in the order the rule lists them; 99 unclassified;
// a tie of candidates i, j, … is 100 + the sum of 2^i. Bands: 1, 2, … in the score's order; norm
// bands 101, 102, … from the lowest.
constexpr double unclassified_code = 99;
constexpr double tie_code = 100;
constexpr double norm_band_code = 101;

const std::string& text_in(const localized_text& t, const std::string& lang) {
    auto it = t.find(lang);
    if (it == t.end()) it = t.find("en");
    static const std::string none;
    return it == t.end() ? none : it->second;
}

void add_code(sav_column& col, const std::string& value, double code, std::string label = {}) {
    col.codes.emplace(value, code);
    col.value_labels.emplace_back(code, label.empty() ? value : std::move(label));
}

void category_codes(sav_column& col, const category_rule& rule) {
    std::vector<std::string> names;
    if (rule.method == category_method::highest) names = rule.scores;
    for (const auto& f : rule.functions)
        names.push_back(f.category);
    for (const auto& c : rule.cells)
        if (!c.empty()) names.push_back(c);
    std::vector<std::string> unique;
    for (const auto& n : names)
        if (std::find(unique.begin(), unique.end(), n) == unique.end()) unique.push_back(n);
    for (std::size_t i = 0; i < unique.size(); ++i)
        add_code(col, unique[i], static_cast<double>(i + 1));
    if (rule.method == category_method::quadrants) add_code(col, "unclassified", unclassified_code);
    if (rule.method != category_method::highest || rule.scores.size() > 8) return;
    // Every tie of two or more candidates, in the form category_text writes it.
    const std::uint32_t n = static_cast<std::uint32_t>(rule.scores.size());
    for (std::uint32_t mask = 1; mask < (1u << n); ++mask) {
        if ((mask & (mask - 1)) == 0) continue;  // a single candidate is a winner, not a tie
        std::string text = "tie:";               // labelled as the CSV writes it
        for (std::uint32_t k = 0; k < n; ++k)
            if ((mask >> k) & 1u) text += (text.size() > 4 ? "+" : "") + rule.scores[k];
        add_code(col, text, tie_code + mask);
    }
}

void band_codes(sav_column& col, const score_definition& def, const std::string& lang,
                const norm_set* norms) {
    for (std::size_t b = 0; b < def.bands.size(); ++b)
        add_code(col, text_in(def.bands[b].label, lang), static_cast<double>(b + 1));
    if (!norms || !norms->band_texts.count(def.id)) return;
    for (std::size_t b = 0; b < norms->band_labels.size(); ++b)
        add_code(col, text_in(norms->band_labels[b], lang),
                 norm_band_code + static_cast<double>(b));
}

// "1–7", or on another administered scale its own range ("1–5"; a sum of 6 items "6–30"); a
// score made of other scores says only the scale.
std::string range_text(const score_definition& s, const std::optional<scale_bounds>& administered) {
    const auto number = [](double v) { return std::to_string(static_cast<long long>(v)); };
    if (!administered) return number(s.lowest) + "–" + number(s.highest);
    const std::string scale = number(administered->min) + "–" + number(administered->max);
    if (s.derived()) return "answers on the " + scale + " scale administered";
    if (s.aggregate == aggregation::mean) return scale + ", the scale administered";
    const double k = static_cast<double>(s.items.size());
    return number(k * administered->min) + "–" + number(k * administered->max) +
           ", answers on the " + scale + " scale administered";
}

// The careless-response columns of table_options::quality.
void quality_column(sav_column& col, column_role role) {
    col.numeric_role = role != column_role::careless_reasons;
    switch (role) {
        case column_role::longstring:
            col.label = "Longest run of one answer (careless-response index)";
            return;
        case column_role::irv:
            col.label = "SD of the person's answers, IRV (careless-response index)";
            return;
        case column_role::evenodd:
            col.label = "Minus even–odd consistency (careless-response index)";
            return;
        case column_role::reverse_inconsistency:
            col.label = "Reverse inconsistency (careless-response index)";
            return;
        case column_role::careless_reasons:
            col.label = "Why flagged as possibly careless";
            return;
        default:
            break;
    }
    col.label = "Flagged as possibly careless (heuristic; see the reasons)";
    col.numeric_role = false;
    col.coded = true;
    add_code(col, "no", 0);
    add_code(col, "yes", 1);
}

// A column of one score: its value, count, band, norms, sample z or interpretation.
void score_column(sav_column& col, const score_definition& s, const std::string& short_name,
                  column_role role, const std::string& lang, const norm_set* norms,
                  const std::optional<scale_bounds>& administered) {
    const std::string base = short_name + " " + text_in(s.label, "en");
    col.numeric_role = true;
    switch (role) {
        case column_role::score:
            col.label = base + " (" + (s.aggregate == aggregation::mean ? "mean" : "sum") + ", " +
                        range_text(s, administered) + ")";
            return;
        case column_role::answered:
            col.label = base + ": " + (s.derived() ? "valid input scores" : "items answered");
            return;
        case column_role::band:
            col.label = base + ": band";
            col.numeric_role = false;
            col.coded = true;
            band_codes(col, s, lang, norms);
            return;
        case column_role::norm_z:
            col.label = base + ": z against the norms";
            return;
        case column_role::norm_t:
            col.label = base + ": t against the norms";
            return;
        case column_role::norm_percentile:
            col.label = base + ": percentile against the norms";
            return;
        case column_role::band90_low:
            col.label = base + ": 90 % band, low";
            return;
        case column_role::band90_high:
            col.label = base + ": 90 % band, high";
            return;
        case column_role::sample_z:
            col.label = base + ": z within this sample";
            return;
        default:  // the interpretation
            col.label = base + ": interpretation";
            col.numeric_role = false;
    }
}

void category_column(sav_column& col, const instrument& inst, const output_column& column) {
    const auto& rule = inst.categories[column.index];
    col.label = inst.short_name + " " + text_in(rule.label, "en");
    if (column.role == column_role::category) {
        col.coded = true;
        category_codes(col, rule);
    } else if (column.role == column_role::category_method) {
        col.label += ": method";
    } else {
        col.label += ": near a boundary";
        col.coded = true;
        add_code(col, "no", 0);
        add_code(col, "yes", 1);
    }
}

}  // namespace

sav_column describe_sav_column(const instrument& inst, const output_column& column,
                               const std::string& language, const norm_set* norms,
                               const std::optional<scale_bounds>& administered) {
    sav_column col;
    using r = column_role;
    switch (column.role) {
        case r::id:
        case r::kept:
            return col;  // the input's own
        case r::score:
        case r::answered:
        case r::band:
        case r::norm_z:
        case r::norm_t:
        case r::norm_percentile:
        case r::band90_low:
        case r::band90_high:
        case r::sample_z:
        case r::interpretation:
            score_column(col, inst.scores[column.index], inst.short_name, column.role, language,
                         norms, administered);
            return col;
        case r::choice: {
            const item& it = inst.items[column.index % inst.items.size()];
            col.label = inst.short_name + " " + it.id;
            col.coded = true;
            for (const auto& opt : it.options)
                add_code(col, opt.category, opt.code);
            return col;
        }
        case r::category:
        case r::category_method:
        case r::near_boundary:
            category_column(col, inst, column);
            return col;
        case r::longstring:
        case r::irv:
        case r::evenodd:
        case r::reverse_inconsistency:
        case r::careless:
        case r::careless_reasons:
            quality_column(col, column.role);
            return col;
        case r::status:
            col.label = inst.short_name + " scoring status (ok, or why not)";
            break;
        case r::profile:
        case r::profile_text:
            col.label = inst.short_name + " profile";
            break;
        case r::administered_scale:
            col.label = inst.short_name + " scale administered";
            break;
        case r::norm_group:
            col.label = "Norm group";
            break;
        case r::percentile_basis:
            col.label = "How the percentiles were computed";
            break;
        case r::disclaimer:
            col.label = "What these scores are and are not";
            break;
    }
    return col;
}

}  // namespace attachscore::detail
