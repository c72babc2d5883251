/// @file stats.hpp
/// @brief What a researcher reports after scoring: per score the sample's description,
/// reliability (alpha with Feldt's interval, standardized alpha, lambda 6, omega total, average
/// r), item statistics with a keying audit, missing data, and the correlations between scores.
/// Computed in one pass from sums and cross-products: memory does not grow with the rows.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <span>
#include <string>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"
#include "attachscore/scorer.hpp"
#include "attachscore/table.hpp"

namespace attachscore {

struct item_statistics {
    int item = 0;             ///< the item number
    std::string target;       ///< for an instrument answered about several people; else empty
    bool reversed = false;    ///< oriented by the key (min + max − x) before anything else
    std::size_t missing = 0;  ///< rows where it is blank (of table_statistics::n_rows)
    // Over the score's complete rows (listwise), oriented by the key:
    double mean = 0;
    double sd = 0;
    double corrected_item_total_r = 0;  ///< with the sum of the score's other items (psych r.drop)
    double alpha_if_dropped = 0;
    /// Empty, or why this item looks keyed against its score (corrected item–total r below
    /// −0.10 with a 95 % interval below 0) and the likely cause.
    std::string keying_flag;
};

struct score_statistics {
    std::string id;
    // Over the respondents whose score is valid:
    std::size_t n = 0;
    double mean = 0, sd = 0, min = 0, max = 0;
    double skew = 0;      ///< as psych::describe (type 3)
    double kurtosis = 0;  ///< excess kurtosis, as psych::describe (type 3)
    /// Reliability, for a score of at least two items, over its complete rows: rows where every
    /// item of the score is answered on the scale (listwise). NaN where undefined.
    std::size_t n_complete = 0;
    double alpha = 0, alpha_ci_low = 0, alpha_ci_high = 0;  ///< Feldt (1965), 95 %
    double std_alpha = 0, lambda6 = 0, omega_total = 0, average_r = 0;
    /// With statistics_options::bootstrap: the 2.5th and 97.5th percentiles of alpha over the
    /// resamples (NaN otherwise).
    double alpha_boot_low = 0, alpha_boot_high = 0;
    std::vector<item_statistics> items;  ///< empty for a score made of other scores
    /// With table_options::hints_by (--by): items that run against the score in one group but
    /// not overall, each as a sentence.
    std::vector<std::string> group_flags;
};

struct score_correlation {
    std::string a, b;
    std::size_t n = 0;  ///< respondents with both scores valid (pairwise)
    double r = 0;
    double ci_low = 0, ci_high = 0;  ///< 95 %, Fisher's z
};

/// Careless-response indices of one respondent, each oriented so that higher means more careless:
/// - longstring: the longest run of identical answers in item order (Johnson 2005; Meade &
///   Craig 2012);
/// - irv: the SD of the person's answers (intra-individual response variability, Dunn et al.
///   2018), high for random answering (runs of one answer show in longstring);
/// - evenodd: minus the even–odd consistency (Johnson 2005): the correlation between the means
///   of each score's odd- and even-positioned items across the scores, Spearman–Brown corrected
///   (and kept at −1 or above);
///   NaN with fewer than three scores of items (the ECR-R has two);
/// - reverse_inconsistency: per score, the gap between the mean of its reverse-keyed items and of
///   its other items, both oriented by the key, as a share of the scale's range, averaged over the
///   scores (0: consistent, 1: one end of the scale for both kinds of statement); the instrument's
///   own keys stand in for the psychometric antonyms of Meade & Craig (2012).
/// The careless flag and its reasons: longstring at least half the items (and 6); even–odd
/// consistency below .30 (Johnson 2005); reverse_inconsistency of 0.5 or more. The longstring and
/// reverse-inconsistency cut-offs are this project's heuristics: no published cut-off applies to
/// every instrument. IRV has no cut-off.
struct careless_indices {
    int longstring = 0;
    double irv = 0;
    double evenodd = 0;
    double reverse_inconsistency = 0;
    bool careless = false;
    std::vector<std::string> reasons;
};

/// The indices of one respondent's answers (scorer::answer_count() of them, NaN for blanks).
[[nodiscard]] ATTACHSCORE_API careless_indices screen_respondent(const scorer& sc,
                                                                 std::span<const double> answers);

/// How many respondents the indices flag, and why.
struct careless_summary {
    std::size_t screened = 0;  ///< respondents with at least one answer
    std::size_t flagged = 0;
    std::size_t by_longstring = 0, by_evenodd = 0, by_reverse_inconsistency = 0;
    double mean_longstring = 0, mean_irv = 0, mean_reverse_inconsistency = 0;
};

struct table_statistics {
    std::string instrument;
    std::size_t n_rows = 0;           ///< data rows read
    std::size_t answers = 0;          ///< item answers expected (rows × items)
    std::size_t missing_answers = 0;  ///< of those, blank
    std::size_t rows_complete = 0;    ///< rows with every item answered
    std::size_t rows_empty = 0;       ///< rows with no item answered
    /// Missingness per respondent: [m] is how many rows left exactly m items blank.
    std::vector<std::size_t> rows_by_blanks;
    std::vector<score_statistics> scores;
    std::vector<score_correlation> correlations;
    careless_summary careless;
    bool pairwise = false;      ///< reliability from pairwise covariances (else listwise)
    std::size_t bootstrap = 0;  ///< resamples behind alpha_boot_low/high
};

struct statistics_options {
    /// Reliability from pairwise covariances (each pair of items over the rows that answered
    /// both, as R's psych::alpha does by default) instead of the rows that answered every item.
    bool pairwise = false;
    /// Resamples for a percentile bootstrap interval of alpha (0: none). Drawn as each row's
    /// Poisson(1) weight in every resample, so the input is still read once; listwise only.
    std::size_t bootstrap = 0;
    std::uint64_t seed = 1;  ///< the same seed gives the same interval
};

/// Reads a CSV table as score_table does (the same options: columns, ids, missing codes,
/// administered scale, already reversed items …) and computes the statistics of every score.
/// With table_options::hints_by naming a column, the keying audit also runs per value of it
/// (at most 100 values).
/// Thread safety: separate calls may run at once.
[[nodiscard]] ATTACHSCORE_API result<table_statistics> compute_statistics(
    const instrument& inst, std::istream& in, const table_options& options = {},
    const statistics_options& stats_options = {});

/// As JSON (numbers rounded to `digits` decimals; −1: every digit).
[[nodiscard]] ATTACHSCORE_API std::string statistics_json(const table_statistics& stats,
                                                          int digits = -1);
/// One CSV row per item (score, item, mean, sd, r.drop, alpha if dropped, missing, flag) with
/// the score's own figures repeated on each row.
[[nodiscard]] ATTACHSCORE_API std::string statistics_csv(const table_statistics& stats,
                                                         int digits = -1);
/// A readable table for a terminal of `width` columns.
[[nodiscard]] ATTACHSCORE_API std::string statistics_text(const instrument& inst,
                                                          const table_statistics& stats,
                                                          int digits = 2, std::size_t width = 80);
/// A methods paragraph a researcher can adapt: how each score was computed, its reliability,
/// the missing answers. English.
[[nodiscard]] ATTACHSCORE_API std::string methods_paragraph(const instrument& inst,
                                                            const table_statistics& stats,
                                                            int digits = 2);

}  // namespace attachscore
