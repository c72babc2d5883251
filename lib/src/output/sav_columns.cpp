#include "output/sav_columns.hpp"

#include <algorithm>

#include "output/output_writer.hpp"

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

// The careless-response columns of --quality.
bool quality_column(sav_column& col, const std::string& column) {
    static const std::pair<const char*, const char*> labels[] = {
        {"longstring", "Longest run of one answer (careless-response index)"},
        {"irv", "SD of the person's answers, IRV (careless-response index)"},
        {"evenodd", "Minus even–odd consistency (careless-response index)"},
        {"reverse_inconsistency", "Reverse inconsistency (careless-response index)"},
        {"careless_reasons", "Why flagged as possibly careless"}};
    for (const auto& [name, label] : labels)
        if (column == name) {
            col.label = label;
            col.numeric_role = column != "careless_reasons";
            return true;
        }
    if (column != "careless") return false;
    col.label = "Flagged as possibly careless (heuristic; see the reasons)";
    col.coded = true;
    add_code(col, "no", 0);
    add_code(col, "yes", 1);
    return true;
}

// The column as one instrument names it (without the "id." prefix of a joined table).
sav_column describe_one(const instrument& inst, const std::string& column, const std::string& lang,
                        const norm_set* norms, const std::optional<scale_bounds>& administered) {
    sav_column col;
    if (quality_column(col, column)) return col;
    for (const auto& s : inst.scores) {
        const std::string base = inst.short_name + " " + text_in(s.label, "en");
        col.numeric_role = true;
        if (column == s.id) {
            col.label = base + " (" + (s.aggregate == aggregation::mean ? "mean" : "sum") + ", " +
                        range_text(s, administered) + ")";
        } else if (column == s.id + "_answered") {
            col.label = base + ": " + (s.derived() ? "valid input scores" : "items answered");
        } else if (column == s.id + "_band") {
            col.label = base + ": band";
            col.numeric_role = false;
            col.coded = true;
            band_codes(col, s, lang, norms);
        } else if (column == s.id + "_z" || column == s.id + "_t" ||
                   column == s.id + "_percentile") {
            col.label = base + ": " + column.substr(s.id.size() + 1) + " against the norms";
        } else if (column == s.id + "_band90_low" || column == s.id + "_band90_high") {
            col.label = base + ": 90 % band, " + column.substr(s.id.size() + 8);
        } else if (column == s.id + "_sample_z") {
            col.label = base + ": z within this sample";
        } else if (column == s.id + "_interpretation") {
            col.label = base + ": interpretation";
            col.numeric_role = false;
        } else {
            col.numeric_role = false;
            continue;
        }
        return col;
    }
    for (std::size_t slot = 0; slot < inst.answer_count(); ++slot) {
        const item& it = inst.items[slot % inst.items.size()];
        if (it.kind != item_kind::choice || column != choice_column(inst, slot)) continue;
        col.label = inst.short_name + " " + it.id;
        col.coded = true;
        for (const auto& opt : it.options)
            add_code(col, opt.category, opt.code);
        return col;
    }
    for (const auto& c : inst.categories) {
        const std::string label = inst.short_name + " " + text_in(c.label, "en");
        if (column == c.id) {
            col.label = label;
            col.coded = true;
            category_codes(col, c);
        } else if (column == c.id + "_method") {
            col.label = label + ": method";
        } else if (column == c.id + "_near_boundary") {
            col.label = label + ": near a boundary";
            col.coded = true;
            add_code(col, "no", 0);
            add_code(col, "yes", 1);
        } else {
            continue;
        }
        return col;
    }
    if (column == "status") col.label = inst.short_name + " scoring status (ok, or why not)";
    if (column == "profile" || column == "profile_text") col.label = inst.short_name + " profile";
    if (column == "administered_scale") col.label = inst.short_name + " scale administered";
    if (column == "norm_group") col.label = "Norm group";
    if (column == "percentile_basis") col.label = "How the percentiles were computed";
    if (column == "disclaimer") col.label = "What these scores are and are not";
    return col;
}

}  // namespace

sav_column describe_sav_column(std::span<const instrument* const> insts, const std::string& column,
                               const std::string& language, const norm_set* norms,
                               const std::optional<scale_bounds>& administered) {
    if (insts.size() == 1)
        return describe_one(*insts.front(), column, language, norms, administered);
    for (const auto* inst : insts)
        if (column.size() > inst->id.size() + 1 &&
            column.compare(0, inst->id.size(), inst->id) == 0 && column[inst->id.size()] == '.')
            return describe_one(*inst, column.substr(inst->id.size() + 1), language, norms,
                                administered);
    return {};
}

}  // namespace attachscore::detail
