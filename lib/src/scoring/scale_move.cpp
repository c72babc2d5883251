#include "scoring/scale_move.hpp"

namespace attachscore::detail {
namespace {

// C of each score (in order, inputs before the scores made of them): a mean of items moves as an
// answer does, a sum of k items k times that, a combination of scores as its weighted inputs.
std::vector<double> constants(const instrument& inst, scale_bounds given, double r) {
    const double answer_constant = given.min - r * inst.scale.min;
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
    const double r = static_cast<double>(given.max - given.min) /
                     static_cast<double>(inst.scale.max - inst.scale.min);
    const auto c = constants(inst, given, r);
    const auto move = [&](std::size_t score, double cut) { return c[score] + r * cut; };
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
            if (const auto index = inst.score_index(inst.profile->inputs[static_cast<std::size_t>(k)]))
                inst.profile->cuts[k] = move(*index, inst.profile->cuts[k]);
        out.profile = true;
    }
    return out;
}

}  // namespace attachscore::detail
