// Careless-response indices of one respondent, from the instrument's own definition: the item
// order it was administered in, its scores (for even–odd consistency) and its reverse keys (for
// the inconsistency between statements keyed in opposite directions). Each is oriented so that
// higher means more careless.
#include <algorithm>
#include <cmath>
#include <limits>

#include "attachscore/stats.hpp"
#include "common/number_format.hpp"

namespace attachscore {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The longest run of identical consecutive answers in item order (blanks break a run).
int longest_run(std::span<const double> answers) {
    int best = 0, run = 0;
    double last = nan;
    for (double a : answers) {
        if (std::isnan(a)) {
            run = 0;
        } else {
            run = a == last ? run + 1 : 1;
            best = std::max(best, run);
        }
        last = a;
    }
    return best;
}

// The SD (n − 1) of the answered items (Dunn et al. 2018).
double response_sd(std::span<const double> answers) {
    double n = 0, sum = 0, sq = 0;
    for (double a : answers)
        if (!std::isnan(a)) {
            n += 1;
            sum += a;
            sq += a * a;
        }
    if (n < 2) return nan;
    return std::sqrt(std::max(0.0, (sq - sum * sum / n) / (n - 1)));
}

double correlation(const std::vector<double>& x, const std::vector<double>& y) {
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i] / n;
        my += y[i] / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : nan;
}

}  // namespace

careless_indices screen_respondent(const scorer& sc, std::span<const double> answers) {
    const auto& inst = sc.definition();
    careless_indices out;
    out.evenodd = out.reverse_inconsistency = nan;  // until computed
    out.longstring = longest_run(answers);
    out.irv = response_sd(answers);
    const double flip = sc.scale().min + sc.scale().max;
    const double range = sc.scale().max - sc.scale().min;
    std::vector<double> odd_means, even_means;
    double gap_sum = 0;
    int gaps = 0;
    for (const auto& def : inst.scores) {
        if (def.derived() || def.items.size() < 2) continue;
        std::size_t target = 0;
        for (std::size_t t = 0; t < inst.targets.size(); ++t)
            if (inst.targets[t].id == def.target) target = t;
        double sums[2] = {0, 0}, counts[2] = {0, 0};         // odd, even positions
        double keyed[2] = {0, 0}, keyed_counts[2] = {0, 0};  // not reversed, reversed
        for (std::size_t i = 0; i < def.items.size(); ++i) {
            const auto slot = target * inst.items.size() + *inst.item_index(def.items[i].number);
            const double a = answers[slot];
            if (std::isnan(a)) continue;
            const bool rev = sc.reverses(def.items[i]);
            const double oriented = rev ? flip - a : a;
            sums[i % 2] += oriented;
            counts[i % 2] += 1;
            keyed[rev] += oriented;
            keyed_counts[rev] += 1;
        }
        if (counts[0] > 0 && counts[1] > 0) {
            odd_means.push_back(sums[0] / counts[0]);
            even_means.push_back(sums[1] / counts[1]);
        }
        if (keyed_counts[0] > 0 && keyed_counts[1] > 0 && range > 0) {
            gap_sum += std::fabs(keyed[0] / keyed_counts[0] - keyed[1] / keyed_counts[1]) / range;
            ++gaps;
        }
    }
    // Johnson (2005): the correlation between odd- and even-half means across the scores,
    // Spearman–Brown corrected; negated here so that higher means more careless.
    if (odd_means.size() >= 3) {
        const double r = correlation(odd_means, even_means);
        // Spearman–Brown would run to −∞ as r nears −1: it is kept at −1 or above.
        out.evenodd = std::isnan(r) ? nan : -std::max(-1.0, 2 * r / std::max(1e-12, 1 + r));
    }
    out.reverse_inconsistency = gaps ? gap_sum / gaps : nan;
    const auto items =
        static_cast<int>(inst.items.size() * std::max<std::size_t>(1, inst.targets.size()));
    if (out.longstring >= std::max(6, (items + 1) / 2))
        out.reasons.push_back("the same answer " + std::to_string(out.longstring) +
                              " times in a row");
    if (!std::isnan(out.evenodd) && out.evenodd > -0.30)
        out.reasons.push_back("even–odd consistency " +
                              detail::number_text(std::round(-out.evenodd * 100) / 100) +
                              " (below .30)");
    if (!std::isnan(out.reverse_inconsistency) && out.reverse_inconsistency >= 0.5)
        out.reasons.push_back("statements keyed in opposite directions answered alike");
    out.careless = !out.reasons.empty();
    return out;
}

}  // namespace attachscore
