// The statistics of the scores, from sums added row by row: each score's moments; its complete
// rows' item sums and cross-products (or pairwise ones, or bootstrap resamples), overall and per
// group with --by; then reliability, the item statistics and the keying flags from those sums.
// compute_statistics (pipeline/table_stats.cpp) reads the rows and adds them here.
#pragma once

#include <cstddef>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/correlation.hpp"
#include "analysis/reliability.hpp"
#include "attachscore/findings.hpp"
#include "attachscore/scorer.hpp"
#include "attachscore/stats.hpp"

namespace attachscore::detail {

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
    /// psych::describe, type 3: b1 = g1 ((n − 1)/n)^1.5, b2 = (g2 + 3)(1 − 1/n)² − 3.
    void describe(score_statistics& out) const;
};

// A score of items: where its answers are, how each is oriented, and its sums.
struct item_score {
    std::size_t score = 0;
    std::vector<std::size_t> slots;
    std::vector<bool> reversed;
    covariance_sums sums;
    std::vector<double> oriented;
    std::map<std::string, covariance_sums, std::less<>> by_group;  ///< with --by
    bool groups_dropped = false;             ///< a value of --by past max_groups was not followed
    std::optional<pairwise_sums> pairwise;   ///< with statistics_options::pairwise
    std::vector<covariance_sums> resamples;  ///< with statistics_options::bootstrap
};

constexpr std::size_t max_stats_groups = 100;

/// One plan per score of two or more items, with its answer positions and keying.
[[nodiscard]] std::vector<item_score> plan_item_scores(const scorer& sc);

/// Adds a row to a score's sums (and its group's) when every item of it is answered on the
/// scale; with pairwise sums, every answer on the scale.
void add_complete(item_score& plan, const scorer& sc, std::span<const double> answers,
                  const respondent_scores& result, const std::string_view* group,
                  std::mt19937_64& rng, std::poisson_distribution<int>& draw);

/// The statistics from the sums: each score described, its reliability, items and keying flags,
/// the correlations between scores.
[[nodiscard]] table_statistics finish_statistics(const instrument& inst, table_statistics stats,
                                                 const std::vector<item_score>& plans,
                                                 const std::vector<moments>& described,
                                                 const std::vector<pair_sums>& pairs,
                                                 const std::vector<std::size_t>& blanks,
                                                 const std::string& by, const option_words& words);

}  // namespace attachscore::detail
