// compute_statistics: one pass over a table — each row read (table_reader), scored, and added to
// per-score sums: the valid scores' moments, the complete rows' item sums and cross-products, the
// pairs of scores; then reliability and the keying audit from those sums.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <random>

#include "analysis/score_stats.hpp"
#include "attachscore/scorer.hpp"
#include "attachscore/stats.hpp"
#include "attachscore/table_reader.hpp"
#include "common/number_format.hpp"
#include "pipeline/table_checks.hpp"

namespace attachscore {
namespace {

using namespace detail;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

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
    const auto has = [&](careless_sign s) {
        return std::find(c.signs.begin(), c.signs.end(), s) != c.signs.end();
    };
    sum.by_longstring += has(careless_sign::long_run);
    sum.by_evenodd += has(careless_sign::low_evenodd);
    sum.by_reverse_inconsistency += has(careless_sign::opposite_alike);
    sum.mean_longstring += c.longstring;
    if (!std::isnan(c.irv)) sum.mean_irv += c.irv, screen.irv_rows += 1;
    if (!std::isnan(c.reverse_inconsistency))
        sum.mean_reverse_inconsistency += c.reverse_inconsistency, screen.reverse_rows += 1;
}

// Why a row has no valid score, counted once per reason.
void tally_not_scored(run_record& record, const table_row& row, const respondent_scores& result) {
    bool any_valid = false;
    bool too_few = false;
    for (const auto& v : result.scores()) {
        any_valid = any_valid || v.status == score_status::valid;
        too_few = too_few || v.status == score_status::too_few_answered;
    }
    if (any_valid) return;
    ++record.rows_not_scored;
    if (!row.problem.empty()) {
        ++record.rows_wrong_values;
        return;
    }
    bool kinds[4] = {false, false, false, false};
    for (const auto& p : result.problems()) {
        kinds[static_cast<int>(p.kind)] = true;
        if (p.kind == answer_problem_kind::outside_scale) ++record.outside_values[p.value];
    }
    record.rows_outside_scale += kinds[static_cast<int>(answer_problem_kind::outside_scale)];
    record.rows_not_whole += kinds[static_cast<int>(answer_problem_kind::not_whole_number)];
    record.rows_not_a_choice += kinds[static_cast<int>(answer_problem_kind::not_a_choice)];
    record.rows_unreadable += kinds[static_cast<int>(answer_problem_kind::unreadable)];
    record.rows_too_few += too_few && result.problems().empty();
}

run_record record_of(const instrument& inst, const table_options& options, const scorer& sc) {
    run_record r;
    if (sc.scale_overridden()) r.administered_scale = scale_bounds{sc.scale().min, sc.scale().max};
    r.missing_codes = options.missing_codes;
    r.already_reversed = options.scoring.already_reversed;
    r.keys_as_declared = options.keys_as_declared;
    if (options.item_order != inst.item_order) r.item_order = options.item_order;
    r.item_columns = !options.item_columns.empty();
    r.recoded_words = options.recode.size();
    return r;
}

}  // namespace

result<table_statistics> compute_statistics(const instrument& inst, std::istream& in,
                                            const table_options& options,
                                            const statistics_options& stats_options) {
    // The --by column comes with each row as the last kept column.
    table_options reading = options;
    if (!options.hints_by.empty()) reading.keep.push_back(options.hints_by);
    // One pass: the checks run beside the sums, and a finding that stops score stops here too.
    auto reader = table_reader::open(inst, in, reading, table_checks_mode::alongside);
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
    stats.record = record_of(inst, options, sc);
    screening screened;
    stats.rows_by_blanks.assign(sc.answer_count() + 1, 0);
    while (const auto* row = reader.value().next()) {
        sc.score(row->answers, result, row->unreadable);
        ++stats.n_rows;
        tally_not_scored(stats.record, *row, result);
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
            add_complete(plan, sc, row->answers, result, group, rng, draw);
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
    const auto findings = reader.value().findings();
    if (auto stops = detail::stops_of({findings.begin(), findings.end()}, inst, options);
        !stops.empty())
        return stops;
    stats.careless = screened.finish();
    stats.careless.longstring_cutoff = longstring_cutoff(inst);
    stats.careless.evenodd_scales = evenodd_scale_count(inst);
    stats.careless.reverse_scales = reverse_scale_count(inst);
    for (std::size_t slot = 0; slot < sc.answer_count(); ++slot)
        stats.careless.rating_items += sc.slot_item(slot).kind == item_kind::rating;
    stats.pairwise = stats_options.pairwise;
    stats.by_column = options.hints_by;
    stats.bootstrap = stats_options.bootstrap;
    return finish_statistics(inst, std::move(stats), plans, described, pairs, blanks,
                             options.hints_by,
                             options.words ? *options.words : plain_option_words());
}

}  // namespace attachscore
