// Careless-response indices of one respondent, from the instrument's own definition: the item
// order it was administered in, its scales (for even–odd consistency) and its declared reverse
// keys (for the inconsistency between statements keyed in opposite directions). They look at what
// the person pressed, so a column an export already reversed is turned back first; a forced
// choice is a code, not a position on the scale, and stays out. Each index is oriented so that
// higher means more careless.
#include <algorithm>
#include <cmath>
#include <limits>

#include "attachscore/stats.hpp"

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
    double n = 0, sum = 0;
    for (double a : answers)
        if (!std::isnan(a)) n += 1, sum += a;
    if (n < 2) return nan;
    const double mean = sum / n;
    double sq = 0;
    for (double a : answers)
        if (!std::isnan(a)) sq += (a - mean) * (a - mean);
    return std::sqrt(sq / (n - 1));
}

// Means of answers on one scale, computed from different item counts, differ by rounding when
// equal (10/3 against 20/6): spread below this is none.
constexpr double no_spread = 1e-9;

bool varies(const std::vector<double>& x) {
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    return *hi - *lo > no_spread;
}

// Pearson's r, NaN when either side does not vary (as R's cor, which careless::evenodd uses).
double correlation(const std::vector<double>& x, const std::vector<double>& y) {
    if (!varies(x) || !varies(y)) return nan;
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        mx += x[i] / n, my += y[i] / n;
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

std::size_t target_of(const instrument& inst, const score_definition& def) {
    for (std::size_t t = 0; t < inst.targets.size(); ++t)
        if (inst.targets[t].id == def.target) return t;
    return 0;
}

bool has_both_keys(const score_definition& def) {
    const auto reversed = std::count_if(def.items.begin(), def.items.end(),
                                        [](const keyed_item& k) { return k.reverse; });
    return reversed > 0 && static_cast<std::size_t>(reversed) < def.items.size();
}

// The answers as given: rating items only, an already reversed column turned back.
std::vector<double> answers_given(const scorer& sc, std::span<const double> answers) {
    std::vector<double> given;
    given.reserve(answers.size());
    const double flip = sc.scale().min + sc.scale().max;
    for (std::size_t slot = 0; slot < answers.size(); ++slot) {
        const auto& it = sc.slot_item(slot);
        if (it.kind != item_kind::rating) continue;
        const double a = answers[slot];
        given.push_back(!std::isnan(a) && sc.already_reversed(it.number) ? flip - a : a);
    }
    return given;
}

// Per scale, its odd- and even-position means and the gap between its items keyed each way.
struct scale_sums {
    std::vector<double> odd_means, even_means;
    double gap_sum = 0;
    int gaps = 0;
};

void add_scale(scale_sums& out, const scorer& sc, const score_definition& def,
               std::span<const double> answers) {
    const auto& inst = sc.definition();
    const double flip = sc.scale().min + sc.scale().max;
    const double range = sc.scale().max - sc.scale().min;
    const std::size_t target = target_of(inst, def);
    double halves[2] = {0, 0}, half_counts[2] = {0, 0};  // odd, even positions
    double keyed[2] = {0, 0}, keyed_counts[2] = {0, 0};  // declared not reversed, reversed
    for (std::size_t i = 0; i < def.items.size(); ++i) {
        const auto& k = def.items[i];
        const double a = answers[target * inst.items.size() + *inst.item_index(k.number)];
        if (std::isnan(a)) continue;
        // The column holds the keyed answer where the scorer reverses nothing more; otherwise
        // reversing it gives the keyed answer. Either way, it is the answer oriented by the key.
        const double oriented = sc.reverses(k) ? flip - a : a;
        halves[i % 2] += oriented, half_counts[i % 2] += 1;
        keyed[k.reverse] += oriented, keyed_counts[k.reverse] += 1;
    }
    if (def.items.size() >= static_cast<std::size_t>(evenodd_min_items) && half_counts[0] > 0 &&
        half_counts[1] > 0) {
        out.odd_means.push_back(halves[0] / half_counts[0]);
        out.even_means.push_back(halves[1] / half_counts[1]);
    }
    if (keyed_counts[0] > 0 && keyed_counts[1] > 0 && range > 0) {
        out.gap_sum += std::fabs(keyed[0] / keyed_counts[0] - keyed[1] / keyed_counts[1]) / range;
        ++out.gaps;
    }
}

}  // namespace

int longstring_cutoff(const instrument& inst) {
    int rating = 0;
    for (const auto& it : inst.items)
        rating += it.kind == item_kind::rating;
    rating *= static_cast<int>(std::max<std::size_t>(1, inst.targets.size()));
    return std::max(6, (rating + 1) / 2);
}

int evenodd_scale_count(const instrument& inst) {
    return static_cast<int>(
        std::count_if(inst.scores.begin(), inst.scores.end(), [](const score_definition& def) {
            return !def.derived() &&
                   def.items.size() >= static_cast<std::size_t>(evenodd_min_items);
        }));
}

int reverse_scale_count(const instrument& inst) {
    return static_cast<int>(std::count_if(
        inst.scores.begin(), inst.scores.end(),
        [](const score_definition& def) { return !def.derived() && has_both_keys(def); }));
}

careless_indices screen_respondent(const scorer& sc, std::span<const double> answers) {
    const auto& inst = sc.definition();
    careless_indices out;
    const auto given = answers_given(sc, answers);
    out.longstring = longest_run(given);
    out.irv = response_sd(given);
    scale_sums sums;
    for (const auto& def : inst.scores)
        if (!def.derived() && def.items.size() >= 2) add_scale(sums, sc, def, answers);
    out.evenodd_scales = evenodd_scale_count(inst);
    out.evenodd = nan;
    if (out.evenodd_scales >= evenodd_min_scales && sums.odd_means.size() >= 3) {
        // Spearman–Brown runs to −∞ as r nears −1: it is kept at −1 or above (careless::evenodd).
        const double r = correlation(sums.odd_means, sums.even_means);
        if (!std::isnan(r)) out.evenodd = -std::max(-1.0, 2 * r / std::max(1e-12, 1 + r));
    }
    out.reverse_scales = reverse_scale_count(inst);
    out.reverse_inconsistency = sums.gaps ? sums.gap_sum / sums.gaps : nan;
    if (out.longstring >= longstring_cutoff(inst)) out.signs.push_back(careless_sign::long_run);
    if (!std::isnan(out.evenodd) && -out.evenodd < evenodd_cutoff)
        out.signs.push_back(careless_sign::low_evenodd);
    if (!std::isnan(out.reverse_inconsistency) &&
        out.reverse_inconsistency >= reverse_inconsistency_cutoff)
        out.signs.push_back(careless_sign::opposite_alike);
    out.careless = !out.signs.empty();
    return out;
}

}  // namespace attachscore
