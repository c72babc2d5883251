#include "analysis/score_stats.hpp"

#include <algorithm>
#include <cmath>

#include "common/number_format.hpp"

namespace attachscore::detail {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

}  // namespace

void moments::describe(score_statistics& out) const {
    out.n = static_cast<std::size_t>(n);
    if (n < 1) {
        out.mean = out.sd = out.min = out.max = out.skew = out.kurtosis = nan;
        return;
    }
    const double mu = s1 / n;
    const double m2 = s2 / n - mu * mu;
    const double m3 = s3 / n - 3 * mu * s2 / n + 2 * mu * mu * mu;
    const double m4 = s4 / n - 4 * mu * s3 / n + 6 * mu * mu * s2 / n - 3 * mu * mu * mu * mu;
    out.mean = mu + shift;
    out.min = min;
    out.max = max;
    out.sd = n > 1 ? std::sqrt(m2 * n / (n - 1)) : nan;
    const bool spread = m2 > 1e-12;
    out.skew = spread ? m3 / std::pow(m2, 1.5) * std::pow((n - 1) / n, 1.5) : nan;
    out.kurtosis = spread ? (m4 / (m2 * m2)) * (1 - 1 / n) * (1 - 1 / n) - 3 : nan;
}

std::vector<item_score> plan_item_scores(const scorer& sc) {
    const auto& inst = sc.definition();
    const double middle = (sc.scale().min + sc.scale().max) / 2.0;
    std::vector<item_score> plans;
    for (std::size_t s = 0; s < inst.scores.size(); ++s) {
        const auto& def = inst.scores[s];
        if (def.derived() || def.items.size() < 2) continue;
        std::size_t target = 0;
        for (std::size_t t = 0; t < inst.targets.size(); ++t)
            if (inst.targets[t].id == def.target) target = t;
        item_score plan;
        plan.score = s;
        plan.sums = covariance_sums(def.items.size(), middle);
        for (const auto& k : def.items) {
            plan.slots.push_back(target * inst.items.size() + *inst.item_index(k.number));
            plan.reversed.push_back(sc.reverses(k));
        }
        plan.oriented.resize(def.items.size());
        plans.push_back(std::move(plan));
    }
    return plans;
}

// Adds the row to a score's sums (and its group's) when every item of it is answered on the
// scale.
void add_complete(item_score& plan, const scorer& sc, std::span<const double> answers,
                  const respondent_scores& result, const std::string_view* group,
                  std::mt19937_64& rng, std::poisson_distribution<int>& draw) {
    const double flip = sc.scale().min + sc.scale().max;
    if (plan.pairwise) {  // every answer on the scale counts, whatever the others
        for (std::size_t i = 0; i < plan.slots.size(); ++i) {
            const double x = answers[plan.slots[i]];
            plan.oriented[i] = plan.reversed[i] && !std::isnan(x) ? flip - x : x;
        }
        for (const auto& p : result.problems())
            for (std::size_t i = 0; i < plan.slots.size(); ++i)
                if (p.slot == plan.slots[i]) plan.oriented[i] = nan;
        plan.pairwise->add(plan.oriented);
    }
    for (const auto& p : result.problems())
        for (auto slot : plan.slots)
            if (p.slot == slot) return;
    for (std::size_t i = 0; i < plan.slots.size(); ++i) {
        const double x = answers[plan.slots[i]];
        if (std::isnan(x)) return;
        plan.oriented[i] = plan.reversed[i] ? flip - x : x;
    }
    plan.sums.add(plan.oriented);
    for (auto& resample : plan.resamples)
        if (const auto w = static_cast<unsigned>(draw(rng))) resample.add(plan.oriented, w);
    if (!group) return;
    auto it = plan.by_group.find(*group);
    if (it == plan.by_group.end()) {
        if (plan.by_group.size() >= max_stats_groups) {
            plan.groups_dropped = true;
            return;
        }
        it = plan.by_group
                 .emplace(std::string(*group), covariance_sums(plan.slots.size(), (flip) / 2))
                 .first;
    }
    it->second.add(plan.oriented);
}

namespace {

std::string keying_flag(const score_definition& def, const keyed_item& k, double r,
                        const option_words& words) {
    const std::string where = "runs against the rest of " + def.id + " (corrected item–total r = " +
                              number_text(std::round(r * 100) / 100) + ")";
    if (k.reverse)
        return where +
               ": it is reverse-keyed, and an export that already reversed it looks like "
               "this; if it did, score with " +
               words.setting(option_id::already_reversed, std::to_string(k.number)) +
               ". Otherwise check the item order.";
    return where +
           ": an export that reversed it, or another item order, looks like this; check "
           "the column against the questionnaire.";
}

// The "runs against" rule of the checks: r below −0.10 with a 95 % interval below 0, n ≥ 30.
bool against(double r, std::size_t n) {
    const double pairs = static_cast<double>(n);
    return std::isfinite(r) && pairs >= min_pairs && r < against_threshold &&
           upper_95(r, pairs) < 0;
}

// The correlation between the sum of the reverse-keyed items and the sum of the others (both
// oriented by the key), from the covariance matrix; NaN when either group is empty.
double reversed_group_r(const std::vector<double>& cov, const std::vector<bool>& reversed) {
    const std::size_t k = reversed.size();
    double va = 0, vb = 0, cab = 0;
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j) {
            const double c = cov[i * k + j];
            if (reversed[i] && reversed[j])
                va += c;
            else if (!reversed[i] && !reversed[j])
                vb += c;
            else
                cab += c / 2;  // each pair is met twice
        }
    return va > 0 && vb > 0 ? cab / std::sqrt(va * vb) : nan;
}

std::string group_flag(const score_definition& def, int number, double r,
                       const option_words& words) {
    return "is reverse-keyed, and the reverse-keyed items of " + def.id +
           " run against the others (r = " + number_text(std::round(r * 100) / 100) +
           " between their sums): an export that already reversed them looks like this; if it "
           "did, score with " +
           words.setting(option_id::already_reversed, "all") + " (or list them, e.g. " +
           std::to_string(number) + ").";
}

// Why the reliability figures are left out, where they are.
reliability_gap gap_of(const score_statistics& out, const std::vector<double>& cov, std::size_t k,
                       std::size_t rows) {
    if (rows <= k) return reliability_gap::too_few_rows;
    if (!std::isfinite(out.alpha)) return reliability_gap::no_variance;
    if (!out.constant_items.empty()) return reliability_gap::constant_items;  // left out
    for (double c : cov)
        if (!std::isfinite(c)) return reliability_gap::too_few_rows;  // a pair seen < 2 times
    if (!std::isfinite(out.lambda6)) return reliability_gap::singular;
    return reliability_gap::none;
}

// The items that vary over the rows: an item answered alike by everyone is left out of the
// reliability figures, as psych::alpha does ("had no variance and was deleted but still is
// counted in the score").
std::vector<std::size_t> varying_items(const std::vector<double>& cov, std::size_t k,
                                       std::size_t rows) {
    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < k; ++i)
        if (rows < 2 || cov[i * k + i] > 1e-12) keep.push_back(i);
    return keep;
}

void finish_items(score_statistics& out, const item_score& plan, const instrument& inst,
                  const option_words& words) {
    const auto& def = inst.scores[plan.score];
    const std::size_t k = plan.slots.size();
    const std::size_t rows = plan.pairwise ? plan.pairwise->rows() : plan.sums.n();
    out.n_complete = rows;
    const auto cov = plan.pairwise ? plan.pairwise->covariance() : plan.sums.covariance();
    bool enough = rows > k;
    for (double c : cov)
        enough = enough && std::isfinite(c);
    const auto keep = enough ? varying_items(cov, k, rows) : std::vector<std::size_t>{};
    enough = enough && keep.size() >= 2;
    const auto rel =
        enough ? compute_reliability(submatrix(cov, k, keep), keep.size()) : reliability{};
    out.alpha = enough ? rel.alpha : nan;
    out.std_alpha = enough ? rel.std_alpha : nan;
    out.lambda6 = enough ? rel.lambda6 : nan;
    out.omega_total = enough ? rel.omega_total : nan;
    out.average_r = enough ? rel.average_r : nan;
    out.omega_heywood = enough && std::any_of(rel.loadings.begin(), rel.loadings.end(),
                                              [](double l) { return std::fabs(l) > 1; });
    out.alpha_ci_low = out.alpha_ci_high = nan;
    std::tie(out.alpha_boot_low, out.alpha_boot_high) = bootstrap_alpha_interval(
        plan.resamples, keep.size() < k ? keep : std::vector<std::size_t>{});
    if (enough && std::isfinite(rel.alpha))
        std::tie(out.alpha_ci_low, out.alpha_ci_high) =
            feldt_interval(rel.alpha, rows, keep.size());
    std::size_t kept = 0;  // position among the varying items
    for (std::size_t i = 0; i < k; ++i) {
        item_statistics item;
        item.item = def.items[i].number;
        item.target = def.target;
        item.reversed = plan.reversed[i];
        item.mean = plan.pairwise ? plan.pairwise->mean(i) : plan.sums.mean(i);
        item.sd = std::sqrt(cov[i * k + i]);
        const bool varies = std::find(keep.begin(), keep.end(), i) != keep.end();
        if (rows > 1 && !(cov[i * k + i] > 1e-12)) out.constant_items.push_back(item.item);
        item.corrected_item_total_r = enough && varies ? rel.r_drop[kept] : nan;
        item.alpha_if_dropped = enough && varies ? rel.alpha_if_dropped[kept] : nan;
        kept += varies;
        const double r = item.corrected_item_total_r;
        if (against(r, rows)) {
            item.keying_flag = keying_flag(def, def.items[i], r, words);
            item.flag_rule = keying_rule::single_item;
        }
        out.items.push_back(std::move(item));
    }
    out.gap = gap_of(out, cov, k, rows);
    // When the reverse-keyed items as a group run against the others, the export reversed them
    // all already: say so on each of them, and not on the others, which only look odd beside them.
    const double group_r = reversed_group_r(cov, plan.reversed);
    out.reversed_group_r = nan;
    if (!against(group_r, rows)) return;
    out.reversed_group_r = group_r;
    for (std::size_t i = 0; i < k; ++i) {
        out.items[i].keying_flag =
            plan.reversed[i] ? group_flag(def, def.items[i].number, group_r, words) : std::string();
        out.items[i].flag_rule = plan.reversed[i] ? keying_rule::reversed_group : keying_rule::none;
    }
}

score_correlation correlate(const instrument& inst, std::size_t a, std::size_t b,
                            const pair_sums& sums) {
    score_correlation c{
        inst.scores[a].id, inst.scores[b].id, static_cast<std::size_t>(sums.n), sums.r(), nan, nan};
    if (std::isfinite(c.r) && sums.n > 3) {
        const double z = std::atanh(std::fmin(std::fmax(c.r, -0.999999), 0.999999));
        const double half = 1.959963984540054 / std::sqrt(sums.n - 3);
        c.ci_low = std::tanh(z - half);
        c.ci_high = std::tanh(z + half);
    }
    return c;
}

// Items that run against their score in one group (a site, a wave) but with it overall: keyed
// differently there, or a translation that reads the other way. Each item is tested in every
// group, so the intervals are Bonferroni-corrected for items × groups: 100 groups of random
// answers raise no alarm.
void group_flags(score_statistics& out, const item_score& plan, const instrument& inst,
                 const std::string& by, bool groups_dropped) {
    const auto& def = inst.scores[plan.score];
    const std::size_t k = plan.slots.size();
    const double tests = static_cast<double>(k * std::max<std::size_t>(1, plan.by_group.size()));
    const double tail = 0.025 / tests;
    for (const auto& [group, sums] : plan.by_group) {
        const auto n = static_cast<double>(sums.n());
        if (sums.n() <= k || n < min_pairs) continue;
        const auto rel = compute_reliability(sums.covariance(), k);
        for (std::size_t i = 0; i < k; ++i) {
            const double r = rel.r_drop[i];
            const double overall = out.items[i].corrected_item_total_r;
            const bool here_against =
                std::isfinite(r) && r < against_threshold && upper_bound(r, n, tail) < 0;
            const bool with_elsewhere =
                std::isfinite(overall) &&
                lower_bound(overall, static_cast<double>(out.n_complete), 0.025) > 0;
            if (!here_against || !with_elsewhere) continue;
            out.group_keyings.push_back({def.items[i].number, group, r, sums.n()});
            out.group_flags.push_back(
                "item " + std::to_string(def.items[i].number) + " runs against the rest of " +
                def.id + " at " + by + " = " + group + " (corrected item–total r = " +
                number_text(std::round(r * 100) / 100) + " over " + std::to_string(sums.n()) +
                " complete rows) but with it elsewhere: is it keyed "
                "differently there?");
        }
    }
    out.groups_dropped = groups_dropped;
    if (groups_dropped)
        out.group_flags.push_back("only the first " + std::to_string(max_stats_groups) +
                                  " values of " + by + " were checked group by group");
}

}  // namespace

table_statistics finish_statistics(const instrument& inst, table_statistics stats,
                                   const std::vector<item_score>& plans,
                                   const std::vector<moments>& described,
                                   const std::vector<pair_sums>& pairs,
                                   const std::vector<std::size_t>& blanks, const std::string& by,
                                   const option_words& words) {
    const std::size_t scores = inst.scores.size();
    stats.answers = stats.n_rows * blanks.size();
    for (auto m : blanks)
        stats.missing_answers += m;
    for (std::size_t s = 0; s < scores; ++s) {
        score_statistics st;
        st.id = inst.scores[s].id;
        described[s].describe(st);
        st.reversed_group_r = st.alpha = st.alpha_ci_low = st.alpha_ci_high = st.std_alpha =
            st.lambda6 = st.omega_total = st.average_r = st.alpha_boot_low = st.alpha_boot_high =
                nan;
        for (const auto& plan : plans) {
            if (plan.score != s) continue;
            finish_items(st, plan, inst, words);
            group_flags(st, plan, inst, by, plan.groups_dropped);
            for (std::size_t i = 0; i < plan.slots.size(); ++i)
                st.items[i].missing = blanks[plan.slots[i]];
        }
        stats.scores.push_back(std::move(st));
    }
    for (std::size_t a = 0; a < scores; ++a)
        for (std::size_t b = a + 1; b < scores; ++b)
            if (pairs[a * scores + b].n >= 3)
                stats.correlations.push_back(correlate(inst, a, b, pairs[a * scores + b]));
    return stats;
}

}  // namespace attachscore::detail
