#include "attachscore/interpret.hpp"

#include <algorithm>
#include <cmath>

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
