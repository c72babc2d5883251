#include "attachscore/interpret.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "common/text_util.hpp"

namespace attachscore {

norm_result apply_norm(const norm_values& norm, double score) noexcept {
    norm_result r;
    r.z = (score - norm.mean) / norm.sd;
    r.t = 50 + 10 * r.z;
    r.percentile = 50 * std::erfc(-r.z / std::sqrt(2.0));
    if (norm.reliability) {
        const double half = 1.6448536269514722 * norm.sd * std::sqrt(1 - *norm.reliability);
        r.band90_low = score - half;
        r.band90_high = score + half;
    }
    return r;
}

norm_result apply_norm(const norm_values& norm, double score,
                       const score_definition& def) noexcept {
    norm_result r = apply_norm(norm, score);
    constexpr double tolerance = 1e-9;
    r.at_floor = score <= def.lowest + tolerance;
    r.at_ceiling = score >= def.highest - tolerance;
    if (r.at_floor) r.percentile = 0;
    if (r.at_ceiling) r.percentile = 100;
    if (r.band90_low) r.band90_low = std::max(*r.band90_low, def.lowest);
    if (r.band90_high) r.band90_high = std::min(*r.band90_high, def.highest);
    return r;
}

const norm_group* find_norm_group(const norm_set& set, std::string_view value) {
    const std::string wanted = detail::normalize_name(value);
    if (wanted.empty()) return nullptr;
    for (const auto& g : set.groups) {
        if (detail::lower(g.id) == wanted) return &g;
        for (const auto& a : g.aliases)
            if (detail::lower(a) == wanted) return &g;
    }
    return nullptr;
}

band_text describe_score(const score_definition& def, const score_value& value,
                         const norm_set* norms, const norm_group* group, bool scale_overridden) {
    band_text out;
    if (value.status != score_status::valid) return out;
    if (norms && group) {
        auto norm = group->scores.find(def.id);
        auto texts = norms->band_texts.find(def.id);
        if (norm != group->scores.end() && texts != norms->band_texts.end()) {
            const double z = apply_norm(norm->second, value.value).z;
            std::size_t k = 0;
            while (k < norms->cuts.size() && z >= norms->cuts[k])
                ++k;
            out.label = &norms->band_labels[k];
            out.text = &texts->second[k];
            out.from_norm = true;
            return out;
        }
    }
    if (scale_overridden) return out;
    if (const band* b = find_band(def, value.value)) {
        out.label = &b->label;
        out.text = &b->text;
    }
    return out;
}

int find_profile_cell(const instrument& inst, std::span<const score_value> scores) noexcept {
    if (!inst.profile) return -1;
    const auto& p = *inst.profile;
    int cell = 0;
    for (int k = 0; k < 2; ++k) {
        const auto index = inst.score_index(p.inputs[static_cast<std::size_t>(k)]);
        if (!index || scores[*index].status != score_status::valid) return -1;
        if (scores[*index].value >= p.cuts[k]) cell += k == 0 ? 1 : 2;
    }
    return cell;
}

score_position position_of(const score_definition& def, const score_value& value,
                           bool scale_overridden) noexcept {
    if (value.status != score_status::valid || scale_overridden || def.bands.empty())
        return score_position::none;
    const band* b = find_band(def, value.value);
    if (!b) return score_position::none;
    if (def.bands.size() == 1) return score_position::middle;
    if (b == &def.bands.front()) return score_position::low;
    if (b == &def.bands.back()) return score_position::high;
    return score_position::middle;
}

namespace {

// The default classification whose categories are the profile's patterns, if any.
std::optional<std::size_t> profile_method(const scorer& sc) {
    const auto& inst = sc.definition();
    for (std::size_t c = 0; c < inst.categories.size(); ++c) {
        const auto& rule = inst.categories[c];
        if (!rule.option.empty() || !sc.category_enabled(c)) continue;
        for (const auto& cell : inst.profile->cells)
            if (!cell.prototype.empty() &&
                (std::find(rule.scores.begin(), rule.scores.end(), cell.prototype) !=
                     rule.scores.end() ||
                 std::any_of(
                     rule.functions.begin(), rule.functions.end(),
                     [&](const linear_function& f) { return f.category == cell.prototype; })))
                return c;
    }
    return std::nullopt;
}

}  // namespace

profile_statement describe_profile(const scorer& sc, const respondent_scores& r) {
    profile_statement out;
    const auto& inst = sc.definition();
    if (!inst.profile) return out;
    for (int k = 0; k < 2; ++k) {
        const auto index = inst.score_index(inst.profile->inputs[static_cast<std::size_t>(k)]);
        if (!index) return out;
        out.positions[k] =
            position_of(inst.scores[*index], r.scores()[*index], !sc.bands_apply(*index));
        if (out.positions[k] == score_position::none) return out;
    }
    out.shown = true;
    const auto side_fits = [&](int cell) {
        for (int k = 0; k < 2; ++k)
            out.fits[k] =
                out.positions[k] == ((cell >> k) & 1 ? score_position::high : score_position::low);
        return out.fits[0] && out.fits[1];
    };
    // A classification that belongs to the published scale is not applied on another one: the
    // profile then names the quadrant of the (moved) cuts, as it does without one.
    if (const auto method = profile_method(sc); method && !r.categories()[*method].not_applied) {
        out.method = &inst.categories[*method];
        const auto& v = r.categories()[*method];
        out.category = category_text(v, *out.method);
        for (int k = 0; k < 4; ++k)
            if (v.valid && v.winner >= 0 && inst.profile->cells[k].prototype == out.category &&
                side_fits(k))
                out.cell = k;
        return out;
    }
    const int cell = (out.positions[0] == score_position::high ? 1 : 0) +
                     (out.positions[1] == score_position::high ? 2 : 0);
    if (side_fits(cell)) out.cell = cell;
    return out;
}

std::string wrap_text(std::string_view text, std::size_t indent, std::size_t width) {
    // Width counts characters, not UTF-8 bytes.
    const auto chars = [](std::string_view s) {
        return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
            return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }));
    };
    std::string out, line;
    const std::string pad(indent, ' ');
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(start, end - start);
        if (!line.empty() && indent + chars(line) + 1 + chars(word) > width) {
            out += (out.empty() ? "" : pad) + line + "\n";
            line.clear();
        }
        if (!line.empty()) line += ' ';
        line += word;
        start = end + 1;
    }
    out += (out.empty() ? "" : pad) + line;
    return out;
}

}  // namespace attachscore
