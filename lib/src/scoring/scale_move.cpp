#include "scoring/scale_move.hpp"

namespace attachscore::detail {
namespace {

// C of each score times the published range (whole numbers for scores of items): a mean of items
// moves as an answer does, a sum of k items k times that, a combination of scores as its weighted
// inputs. Kept scaled so that a cut moves with one division, exactly where it can: 7 on 1–7 is 5
// on 1–5, not 4.999…, and a third lands where a mean of whole answers at a third does.
std::vector<double> scaled_constants(const instrument& inst, scale_bounds given) {
    const double range = inst.scale.max - inst.scale.min;
    const double answer_constant =
        given.min * range - static_cast<double>(given.max - given.min) * inst.scale.min;
    std::vector<double> c(inst.scores.size(), 0);
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        const auto& def = inst.scores[s];
        const double parts = static_cast<double>(def.parts());
        if (!def.derived()) {
            c[s] = answer_constant * (def.aggregate == aggregation::sum ? parts : 1);
            continue;
        }
        double sum = 0;
        for (const auto& in : def.inputs)
            if (const auto index = inst.score_index(in.score)) sum += in.weight * c[*index];
        c[s] = def.aggregate == aggregation::mean ? sum / parts : sum;
    }
    return c;
}

}  // namespace

moved_cuts move_to_scale(instrument& inst, scale_bounds given) {
    const double range = inst.scale.max - inst.scale.min;
    const double given_range = given.max - given.min;
    const double r = given_range / range;
    const auto c = scaled_constants(inst, given);
    const auto move = [&](std::size_t score, double cut) {
        return (given_range * cut + c[score]) / range;
    };
    moved_cuts out;
    out.bands.assign(inst.scores.size(), false);
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        auto& def = inst.scores[s];
        if (!def.bands_relative) continue;
        for (auto& b : def.bands)
            b.from = move(s, b.from), b.to = move(s, b.to);
        out.bands[s] = true;
    }
    for (auto& rule : inst.categories) {
        bool moved = rule.method == category_method::highest;  // the highest rating is scale-free
        if (moved) rule.near_boundary *= r;
        if (rule.method == category_method::quadrants && rule.relative_to_scale) {
            for (int k = 0; k < 2; ++k)
                if (const auto index = inst.score_index(rule.inputs[static_cast<std::size_t>(k)]))
                    rule.cuts[k] = move(*index, rule.cuts[k]);
            rule.near_boundary *= r;
            moved = true;
        }
        out.categories.push_back(moved);
    }
    if (inst.profile && inst.profile->relative_to_scale) {
        for (int k = 0; k < 2; ++k)
            if (const auto index =
                    inst.score_index(inst.profile->inputs[static_cast<std::size_t>(k)]))
                inst.profile->cuts[k] = move(*index, inst.profile->cuts[k]);
        out.profile = true;
    }
    return out;
}

}  // namespace attachscore::detail
