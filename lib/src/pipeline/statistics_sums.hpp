// The sums behind table_statistics, added one row at a time in input order: what
// compute_statistics adds as it reads a table, and what the HTML report adds as the same rows are
// scored for its cards, so that both give the same figures from one pass.
#pragma once

#include <cstddef>
#include <random>
#include <span>
#include <string_view>
#include <vector>

#include "analysis/score_stats.hpp"
#include "attachscore/scorer.hpp"
#include "attachscore/stats.hpp"
#include "attachscore/table.hpp"

namespace attachscore::detail {

class statistics_sums {
  public:
    statistics_sums(const instrument& inst, const table_options& options,
                    const statistics_options& stats_options);

    /// One row as read and scored; `unreadable`: its cells that could not be read (all of
    /// them in a row with another number of values than the header); `group`: its value of the
    /// --by column, or null.
    void add(std::span<const double> answers, std::span<const std::size_t> unreadable,
             const respondent_scores& result, const std::string_view* group);
    /// The statistics of the rows added.
    [[nodiscard]] table_statistics finish(const option_words& words);
    /// The scorer the statistics are planned for (the options' scoring).
    [[nodiscard]] const scorer& sc() const noexcept { return sc_; }

  private:
    struct screening {
        careless_summary sum;
        double irv_rows = 0, reverse_rows = 0;  ///< where those indices are defined
    };
    void screen(std::span<const double> answers);
    void tally_not_scored(const respondent_scores& result, bool unreadable);

    const instrument& inst_;
    const table_options& options_;
    statistics_options stats_options_;
    scorer sc_;
    std::vector<item_score> plans_;
    std::mt19937_64 rng_;
    std::poisson_distribution<int> draw_{1.0};
    std::vector<moments> described_;
    std::vector<pair_sums> pairs_;
    std::vector<std::size_t> blanks_;
    screening screened_;
    table_statistics stats_;
};

}  // namespace attachscore::detail
