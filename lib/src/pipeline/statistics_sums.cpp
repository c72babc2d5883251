#include "pipeline/statistics_sums.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace attachscore::detail {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

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

statistics_sums::statistics_sums(const instrument& inst, const table_options& options,
                                 const statistics_options& stats_options)
    : inst_(inst),
      options_(options),
      stats_options_(stats_options),
      sc_(inst, options.scoring),
      plans_(plan_item_scores(sc_)),
      rng_(stats_options.seed),
      described_(inst.scores.size()),
      pairs_(inst.scores.size() * inst.scores.size()),
      blanks_(sc_.answer_count(), 0) {
    const double middle = (sc_.scale().min + sc_.scale().max) / 2.0;
    for (auto& plan : plans_) {
        plan.resamples.assign(stats_options.bootstrap, covariance_sums(plan.slots.size(), middle));
        if (stats_options.pairwise) plan.pairwise.emplace(plan.slots.size(), middle);
    }
    for (std::size_t s = 0; s < inst.scores.size(); ++s)
        described_[s].shift = (inst.scores[s].lowest + inst.scores[s].highest) / 2;
    stats_.instrument = inst.id;
    stats_.record = record_of(inst, options, sc_);
    stats_.rows_by_blanks.assign(sc_.answer_count() + 1, 0);
}

void statistics_sums::add(std::span<const double> answers, std::span<const std::size_t> unreadable,
                          const respondent_scores& result, const std::string_view* group) {
    ++stats_.n_rows;
    tally_not_scored(result, !unreadable.empty());
    std::size_t blank = 0;
    for (std::size_t slot = 0; slot < answers.size(); ++slot)
        if (std::isnan(answers[slot])) ++blanks_[slot], ++blank;
    for (auto slot : unreadable)  // text where a number belongs is not a blank
        if (std::isnan(answers[slot])) --blanks_[slot], --blank;
    stats_.rows_complete += blank == 0 && unreadable.empty();
    stats_.rows_empty += blank == answers.size();
    ++stats_.rows_by_blanks[blank];
    for (auto& plan : plans_)
        add_complete(plan, sc_, answers, result, group, rng_, draw_);
    if (blank < answers.size()) screen(answers);
    const auto values = result.scores();
    const std::size_t scores = values.size();
    for (std::size_t a = 0; a < scores; ++a) {
        if (values[a].status != score_status::valid) continue;
        described_[a].add(values[a].value);
        for (std::size_t b = a + 1; b < scores; ++b)
            if (values[b].status == score_status::valid)
                pairs_[a * scores + b].add(values[a].value, values[b].value);
    }
}

// The careless indices' counts and sums over the respondents screened.
void statistics_sums::screen(std::span<const double> answers) {
    auto& sum = screened_.sum;
    const auto c = screen_respondent(sc_, answers);
    ++sum.screened;
    sum.flagged += c.careless;
    const auto has = [&](careless_sign s) {
        return std::find(c.signs.begin(), c.signs.end(), s) != c.signs.end();
    };
    sum.by_longstring += has(careless_sign::long_run);
    sum.by_evenodd += has(careless_sign::low_evenodd);
    sum.by_reverse_inconsistency += has(careless_sign::opposite_alike);
    sum.mean_longstring += c.longstring;
    if (!std::isnan(c.irv)) sum.mean_irv += c.irv, screened_.irv_rows += 1;
    if (!std::isnan(c.reverse_inconsistency))
        sum.mean_reverse_inconsistency += c.reverse_inconsistency, screened_.reverse_rows += 1;
}

// Why a row has no valid score, counted once per reason.
void statistics_sums::tally_not_scored(const respondent_scores& result, bool unreadable) {
    auto& record = stats_.record;
    bool any_valid = false;
    bool too_few = false;
    for (const auto& v : result.scores()) {
        any_valid = any_valid || v.status == score_status::valid;
        too_few = too_few || v.status == score_status::too_few_answered;
    }
    if (any_valid) return;
    ++record.rows_not_scored;
    if (unreadable) {
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

table_statistics statistics_sums::finish(const option_words& words) {
    auto& sum = screened_.sum;
    auto careless = sum;
    careless.mean_longstring /= std::max(1.0, static_cast<double>(sum.screened));
    careless.mean_irv = screened_.irv_rows > 0 ? sum.mean_irv / screened_.irv_rows : nan;
    careless.mean_reverse_inconsistency =
        screened_.reverse_rows > 0 ? sum.mean_reverse_inconsistency / screened_.reverse_rows : nan;
    careless.longstring_cutoff = longstring_cutoff(inst_);
    careless.evenodd_scales = evenodd_scale_count(inst_);
    careless.reverse_scales = reverse_scale_count(inst_);
    for (std::size_t slot = 0; slot < sc_.answer_count(); ++slot)
        careless.rating_items += sc_.slot_item(slot).kind == item_kind::rating;
    stats_.careless = careless;
    stats_.pairwise = stats_options_.pairwise;
    stats_.by_column = options_.hints_by;
    stats_.bootstrap = stats_options_.bootstrap;
    return finish_statistics(inst_, std::move(stats_), plans_, described_, pairs_, blanks_,
                             options_.hints_by, words);
}

}  // namespace attachscore::detail
