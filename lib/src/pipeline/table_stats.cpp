// compute_statistics: one pass over a table — each row read (table_reader), scored, and added to
// per-score sums: the valid scores' moments, the complete rows' item sums and cross-products, the
// pairs of scores; then reliability and the keying audit from those sums.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <random>

#include "analysis/correlation.hpp"
#include "analysis/reliability.hpp"
#include "attachscore/scorer.hpp"
#include "attachscore/stats.hpp"
#include "attachscore/table_reader.hpp"
#include "common/number_format.hpp"

namespace attachscore {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Sums of powers about a fixed point near the middle, for the mean, SD, skew and kurtosis.
struct moments {
    double shift = 0, n = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    void add(double x) {
        const double d = x - shift;
        n += 1;
        s1 += d;
        s2 += d * d;
        s3 += d * d * d;
        s4 += d * d * d * d;
        min = std::fmin(min, x);
        max = std::fmax(max, x);
    }
    // psych::describe, type 3: b1 = g1 ((n − 1)/n)^1.5, b2 = (g2 + 3)(1 − 1/n)² − 3.
    void describe(score_statistics& out) const {
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
};

// A score of items: where its answers are, how each is oriented, and its sums.
struct item_score {
    std::size_t score = 0;
    std::vector<std::size_t> slots;
    std::vector<bool> reversed;
    detail::covariance_sums sums;
    std::vector<double> oriented;
    std::map<std::string, detail::covariance_sums, std::less<>> by_group;  ///< with --by
    std::optional<detail::pairwise_sums> pairwise;   ///< with statistics_options::pairwise
    std::vector<detail::covariance_sums> resamples;  ///< with statistics_options::bootstrap
};

constexpr std::size_t max_groups = 100;

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
        item_score plan{s,  {}, {}, detail::covariance_sums(def.items.size(), middle),
                        {}, {}, {}, {}};
        for (const auto& k : def.items) {
            plan.slots.push_back(target * inst.items.size() + *inst.item_index(k.number));
            plan.reversed.push_back(sc.reverses(k));
        }
        plan.oriented.resize(def.items.size());
        plans.push_back(std::move(plan));
    }
    return plans;
}

// The careless indices' counts and sums over the respondents screened.
struct screening {
    careless_summary sum;
    double irv_rows = 0, reverse_rows = 0;  ///< where those indices are defined

    careless_summary finish() const {
        auto out = sum;
        out.mean_longstring /= std::max(1.0, static_cast<double>(sum.screened));
        out.mean_irv = irv_rows > 0 ? sum.mean_irv / irv_rows : nan;
        out.mean_reverse_inconsistency =
            reverse_rows > 0 ? sum.mean_reverse_inconsistency / reverse_rows : nan;
        return out;
    }
};

void add_screening(screening& screen, const scorer& sc, std::span<const double> answers) {
    auto& sum = screen.sum;
    const auto c = screen_respondent(sc, answers);
    ++sum.screened;
    sum.flagged += c.careless;
    sum.by_longstring += !c.reasons.empty() && c.reasons.front().rfind("the same answer", 0) == 0;
    sum.by_evenodd += !std::isnan(c.evenodd) && c.evenodd > -0.30;
    sum.by_reverse_inconsistency +=
        !std::isnan(c.reverse_inconsistency) && c.reverse_inconsistency >= 0.5;
    sum.mean_longstring += c.longstring;
    if (!std::isnan(c.irv)) sum.mean_irv += c.irv, screen.irv_rows += 1;
    if (!std::isnan(c.reverse_inconsistency))
        sum.mean_reverse_inconsistency += c.reverse_inconsistency, screen.reverse_rows += 1;
}

// Adds the row to a score's sums (and its group's) when every item of it is answered on the
// scale.
void add_complete(item_score& plan, const scorer& sc, const table_row& row,
                  const respondent_scores& result, const std::string_view* group,
                  std::mt19937_64& rng, std::poisson_distribution<int>& draw) {
    const double flip = sc.scale().min + sc.scale().max;
    if (plan.pairwise) {  // every answer on the scale counts, whatever the others
        for (std::size_t i = 0; i < plan.slots.size(); ++i) {
            const double x = row.answers[plan.slots[i]];
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
        const double x = row.answers[plan.slots[i]];
        if (std::isnan(x)) return;
        plan.oriented[i] = plan.reversed[i] ? flip - x : x;
    }
    plan.sums.add(plan.oriented);
    for (auto& resample : plan.resamples)
        if (const auto w = static_cast<unsigned>(draw(rng))) resample.add(plan.oriented, w);
    if (!group) return;
    auto it = plan.by_group.find(*group);
    if (it == plan.by_group.end()) {
        if (plan.by_group.size() >= max_groups) return;
        it = plan.by_group
                 .emplace(std::string(*group),
                          detail::covariance_sums(plan.slots.size(), (flip) / 2))
                 .first;
    }
    it->second.add(plan.oriented);
}

std::string keying_flag(const score_definition& def, const keyed_item& k, double r) {
    const std::string where = "runs against the rest of " + def.id + " (corrected item–total r = " +
                              detail::number_text(std::round(r * 100) / 100) + ")";
    if (k.reverse)
        return where +
               ": it is reverse-keyed, and an export that already reversed it looks like "
               "this; if it did, score with --already-reversed " +
               std::to_string(k.number) + ". Otherwise check the item order.";
    return where +
           ": an export that reversed it, or another item order, looks like this; check "
           "the column against the questionnaire.";
}

// The "runs against" rule of the checks: r below −0.10 with a 95 % interval below 0, n ≥ 30.
bool against(double r, std::size_t n) {
    const double pairs = static_cast<double>(n);
    return std::isfinite(r) && pairs >= detail::min_pairs && r < detail::against_threshold &&
           detail::upper_95(r, pairs) < 0;
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

std::string group_flag(const score_definition& def, int number, double r) {
    return "is reverse-keyed, and the reverse-keyed items of " + def.id +
           " run against the others (r = " + detail::number_text(std::round(r * 100) / 100) +
           " between their sums): an export that already reversed them looks like this; if it "
           "did, score with --already-reversed all (or list them, e.g. " +
           std::to_string(number) + ").";
}

void finish_items(score_statistics& out, const item_score& plan, const instrument& inst) {
    const auto& def = inst.scores[plan.score];
    const std::size_t k = plan.slots.size();
    const std::size_t rows = plan.pairwise ? plan.pairwise->rows() : plan.sums.n();
    out.n_complete = rows;
    const auto cov = plan.pairwise ? plan.pairwise->covariance() : plan.sums.covariance();
    bool enough = rows > k;
    for (double c : cov)
        enough = enough && std::isfinite(c);
    const auto rel = enough ? detail::compute_reliability(cov, k) : detail::reliability{};
    out.alpha = enough ? rel.alpha : nan;
    out.std_alpha = enough ? rel.std_alpha : nan;
    out.lambda6 = enough ? rel.lambda6 : nan;
    out.omega_total = enough ? rel.omega_total : nan;
    out.average_r = enough ? rel.average_r : nan;
    out.alpha_ci_low = out.alpha_ci_high = nan;
    std::tie(out.alpha_boot_low, out.alpha_boot_high) =
        detail::bootstrap_alpha_interval(plan.resamples);
    if (enough && std::isfinite(rel.alpha))
        std::tie(out.alpha_ci_low, out.alpha_ci_high) = detail::feldt_interval(rel.alpha, rows, k);
    for (std::size_t i = 0; i < k; ++i) {
        item_statistics item;
        item.item = def.items[i].number;
        item.target = def.target;
        item.reversed = plan.reversed[i];
        item.mean = plan.pairwise ? plan.pairwise->mean(i) : plan.sums.mean(i);
        item.sd = std::sqrt(cov[i * k + i]);
        item.corrected_item_total_r = enough ? rel.r_drop[i] : nan;
        item.alpha_if_dropped = enough ? rel.alpha_if_dropped[i] : nan;
        const double r = item.corrected_item_total_r;
        if (against(r, rows)) item.keying_flag = keying_flag(def, def.items[i], r);
        out.items.push_back(std::move(item));
    }
    // When the reverse-keyed items as a group run against the others, the export reversed them
    // all already: say so on each of them, and not on the others, which only look odd beside them.
    const double group_r = reversed_group_r(cov, plan.reversed);
    if (!against(group_r, rows)) return;
    for (std::size_t i = 0; i < k; ++i)
        out.items[i].keying_flag =
            plan.reversed[i] ? group_flag(def, def.items[i].number, group_r) : std::string();
}

score_correlation correlate(const instrument& inst, std::size_t a, std::size_t b,
                            const detail::pair_sums& sums) {
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

// Items that run against their score in one group (a site, a wave) but not overall: keyed
// differently there, or a translation that reads the other way.
void group_flags(score_statistics& out, const item_score& plan, const instrument& inst,
                 const std::string& by) {
    const auto& def = inst.scores[plan.score];
    const std::size_t k = plan.slots.size();
    for (const auto& [group, sums] : plan.by_group) {
        if (sums.n() <= k) continue;  // against() asks for 30 rows besides
        const auto rel = detail::compute_reliability(sums.covariance(), k);
        for (std::size_t i = 0; i < k; ++i) {
            const double r = rel.r_drop[i];
            if (!against(r, sums.n()) || !(out.items[i].corrected_item_total_r > 0)) continue;
            out.group_flags.push_back(
                "item " + std::to_string(def.items[i].number) + " runs against the rest of " +
                def.id + " at " + by + " = " + group +
                " (corrected item–total r = " + detail::number_text(std::round(r * 100) / 100) +
                " over " + std::to_string(sums.n()) +
                " complete rows) but with it elsewhere: is it keyed "
                "differently there?");
        }
    }
    if (plan.by_group.size() >= max_groups)
        out.group_flags.push_back("only the first " + std::to_string(max_groups) + " values of " +
                                  by + " were checked group by group");
}

table_statistics finish_statistics(const instrument& inst, table_statistics stats,
                                   const std::vector<item_score>& plans,
                                   const std::vector<moments>& described,
                                   const std::vector<detail::pair_sums>& pairs,
                                   const std::vector<std::size_t>& blanks, const std::string& by) {
    const std::size_t scores = inst.scores.size();
    stats.answers = stats.n_rows * blanks.size();
    for (auto m : blanks)
        stats.missing_answers += m;
    for (std::size_t s = 0; s < scores; ++s) {
        score_statistics st;
        st.id = inst.scores[s].id;
        described[s].describe(st);
        st.alpha = st.alpha_ci_low = st.alpha_ci_high = st.std_alpha = st.lambda6 = st.omega_total =
            st.average_r = st.alpha_boot_low = st.alpha_boot_high = nan;
        for (const auto& plan : plans) {
            if (plan.score != s) continue;
            finish_items(st, plan, inst);
            group_flags(st, plan, inst, by);
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

}  // namespace

result<table_statistics> compute_statistics(const instrument& inst, std::istream& in,
                                            const table_options& options,
                                            const statistics_options& stats_options) {
    // The --by column comes with each row as the last kept column.
    table_options reading = options;
    if (!options.hints_by.empty()) reading.keep.push_back(options.hints_by);
    auto reader = table_reader::open(inst, in, reading);
    if (!reader) return reader.errors();
    const scorer sc(inst, options.scoring);
    auto result = sc.make_result();
    auto plans = plan_item_scores(sc);
    std::mt19937_64 rng(stats_options.seed);
    std::poisson_distribution<int> draw(1.0);
    for (auto& plan : plans)
        plan.resamples.assign(
            stats_options.bootstrap,
            detail::covariance_sums(plan.slots.size(), (sc.scale().min + sc.scale().max) / 2.0));
    if (stats_options.pairwise)
        for (auto& plan : plans)
            plan.pairwise.emplace(plan.slots.size(), (sc.scale().min + sc.scale().max) / 2.0);
    const std::size_t scores = inst.scores.size();
    std::vector<moments> described(scores);
    for (std::size_t s = 0; s < scores; ++s)
        described[s].shift = (inst.scores[s].lowest + inst.scores[s].highest) / 2;
    std::vector<detail::pair_sums> pairs(scores * scores);
    std::vector<std::size_t> blanks(sc.answer_count(), 0);
    table_statistics stats;
    stats.instrument = inst.id;
    screening screened;
    stats.rows_by_blanks.assign(sc.answer_count() + 1, 0);
    while (const auto* row = reader.value().next()) {
        sc.score(row->answers, result, row->unreadable);
        ++stats.n_rows;
        std::size_t blank = 0;
        for (std::size_t slot = 0; slot < row->answers.size(); ++slot)
            if (std::isnan(row->answers[slot])) ++blanks[slot], ++blank;
        for (auto slot : row->unreadable)  // text where a number belongs is not a blank
            if (std::isnan(row->answers[slot])) --blanks[slot], --blank;
        stats.rows_complete += blank == 0 && row->unreadable.empty();
        stats.rows_empty += blank == row->answers.size();
        ++stats.rows_by_blanks[blank];
        const std::string_view* group = options.hints_by.empty() ? nullptr : &row->kept.back();
        for (auto& plan : plans)
            add_complete(plan, sc, *row, result, group, rng, draw);
        if (blank < row->answers.size()) add_screening(screened, sc, row->answers);
        const auto values = result.scores();
        for (std::size_t a = 0; a < scores; ++a) {
            if (values[a].status != score_status::valid) continue;
            described[a].add(values[a].value);
            for (std::size_t b = a + 1; b < scores; ++b)
                if (values[b].status == score_status::valid)
                    pairs[a * scores + b].add(values[a].value, values[b].value);
        }
    }
    if (!reader.value().error().empty()) return reader.value().error();
    stats.careless = screened.finish();
    stats.pairwise = stats_options.pairwise;
    stats.bootstrap = stats_options.bootstrap;
    return finish_statistics(inst, std::move(stats), plans, described, pairs, blanks,
                             options.hints_by);
}

}  // namespace attachscore
