/// @file stats.hpp
/// @brief What a researcher reports after scoring: per score the sample's description,
/// reliability (alpha with Feldt's interval, standardized alpha, lambda 6, omega total, average
/// r), item statistics with a keying audit, missing data, and the correlations between scores.
/// Computed in one pass from sums and cross-products: memory does not grow with the rows.
#pragma once

#include "attachscore/export.hpp"
#include "attachscore/findings.hpp"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"
#include "attachscore/scorer.hpp"
#include "attachscore/table.hpp"

namespace attachscore {

enum class keying_rule : std::uint8_t {
    none,
    single_item,    ///< r.drop below −0.10 with a 95 % interval below 0
    reversed_group  ///< the sum of the reverse-keyed items against the sum of the others
};

/// Why reliability figures are left out ("–"), when they are.
enum class reliability_gap : std::uint8_t {
    none,
    too_few_rows,    ///< no more complete rows than items (n ≤ k)
    no_variance,     ///< the items' total does not vary (alpha undefined)
    constant_items,  ///< an item does not vary: its correlations, std. alpha, lambda 6, omega
    singular         ///< the correlations are singular: lambda 6 (and the smc start of omega)
};

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
    /// Which rule flagged it: its own r.drop, or the reverse-keyed items as a group running
    /// against the others (then its own r.drop may be positive).
    keying_rule flag_rule = keying_rule::none;
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
    /// The one-factor model behind omega has a loading above 1 (a Heywood case, which psych
    /// warns of): omega total is not a proper estimate then.
    bool omega_heywood = false;
    reliability_gap gap = reliability_gap::none;
    std::vector<int> constant_items;  ///< items answered the same by every complete row
    /// The correlation between the sums of the reverse-keyed items and of the others, when it
    /// flagged the reverse-keyed items as a group (keying_rule::reversed_group); else NaN.
    double reversed_group_r = std::numeric_limits<double>::quiet_NaN();
    /// With statistics_options::bootstrap: the 2.5th and 97.5th percentiles of alpha over the
    /// resamples (NaN otherwise).
    double alpha_boot_low = 0, alpha_boot_high = 0;
    std::vector<item_statistics> items;  ///< empty for a score made of other scores
    /// With table_options::hints_by (--by): items that run against the score in one group but
    /// with it overall, each as a sentence (English), and as data in group_keyings.
    std::vector<std::string> group_flags;
    struct group_keying {
        int item = 0;
        std::string group;  ///< the --by column's value
        double r = 0;       ///< corrected item–total r in that group
        std::size_t rows = 0;
    };
    std::vector<group_keying> group_keyings;
    bool groups_dropped = false;  ///< values of --by past the first 100 were not checked
};

struct score_correlation {
    std::string a, b;
    std::size_t n = 0;  ///< respondents with both scores valid (pairwise)
    double r = 0;
    double ci_low = 0, ci_high = 0;  ///< 95 %, Fisher's z
};

/// Careless-response indices of one respondent, computed on the answers as the person gave them
/// (an already reversed column is turned back first) and on rating items only (a forced choice
/// holds a code, not a position on the scale). Each is oriented so that higher means more
/// careless:
/// - longstring: the longest run of identical answers in item order (Johnson 2005; Meade &
///   Craig 2012); a blank breaks a run;
/// - irv: the SD (n − 1) of the person's answers (intra-individual response variability, Dunn et
///   al. 2018), high for random answering (runs of one answer show in longstring);
/// - evenodd: minus the even–odd consistency (Johnson 2005, as careless::evenodd): the correlation
///   across scales between the means of each scale's odd- and even-positioned items, oriented by
///   the key, Spearman–Brown corrected and kept at −1 or above. Only scales of at least
///   evenodd_min_items items enter, and it is computed only when at least evenodd_min_scales of
///   them do (Johnson's cut-off of .30 comes from 30 scales; on fewer, attentive people fall
///   below it by chance). NaN otherwise, and when either half's means do not vary;
/// - reverse_inconsistency: per scale, the gap between the mean of the items the instrument
///   declares reverse-keyed and of its other items, both oriented by the key, as a share of the
///   scale's range, averaged over the scales that have both kinds (0: consistent, 1: one end of
///   the scale for both kinds of statement); the instrument's own keys stand in for the
///   psychometric antonyms of Meade & Craig (2012).
/// The careless flag and its signs: longstring at least half the rating items (and 6); even–odd
/// consistency below .30 (Johnson 2005); reverse_inconsistency of 0.5 or more. The longstring and
/// reverse-inconsistency cut-offs are this project's heuristics: no published cut-off applies to
/// every instrument. IRV has no cut-off.
enum class careless_sign : std::uint8_t {
    long_run,       ///< longstring at or above longstring_cutoff()
    low_evenodd,    ///< even–odd consistency below .30
    opposite_alike  ///< reverse_inconsistency of 0.5 or more
};

inline constexpr int evenodd_min_scales = 10;
inline constexpr int evenodd_min_items = 4;
inline constexpr double evenodd_cutoff = 0.30;
inline constexpr double reverse_inconsistency_cutoff = 0.5;

struct careless_indices {
    int longstring = 0;
    double irv = 0;
    double evenodd = 0;
    int evenodd_scales = 0;  ///< the scales even–odd rests on (counted even when too few)
    double reverse_inconsistency = 0;
    int reverse_scales = 0;  ///< the scales with items keyed both ways
    bool careless = false;
    std::vector<careless_sign> signs;
};

/// The run of one answer that flags a respondent: half the rating items (rounded up), at least 6.
[[nodiscard]] ATTACHSCORE_API int longstring_cutoff(const instrument& inst);

/// The scales of at least evenodd_min_items items that even–odd would rest on, and the scales with
/// items keyed both ways that reverse inconsistency rests on.
[[nodiscard]] ATTACHSCORE_API int evenodd_scale_count(const instrument& inst);
[[nodiscard]] ATTACHSCORE_API int reverse_scale_count(const instrument& inst);

/// The indices of one respondent's answers (scorer::answer_count() of them, NaN for blanks).
[[nodiscard]] ATTACHSCORE_API careless_indices screen_respondent(const scorer& sc,
                                                                 std::span<const double> answers);

/// Why a respondent is flagged, in `language` ("en" or "es"; English otherwise), e.g. "the same
/// answer 36 times in a row".
[[nodiscard]] ATTACHSCORE_API std::string careless_sign_text(careless_sign sign,
                                                             const careless_indices& q,
                                                             const std::string& language = "en");

/// How many respondents the indices flag, and why.
struct careless_summary {
    std::size_t screened = 0;  ///< respondents with at least one answer
    std::size_t flagged = 0;
    std::size_t by_longstring = 0, by_evenodd = 0, by_reverse_inconsistency = 0;
    double mean_longstring = 0, mean_irv = 0, mean_reverse_inconsistency = 0;
    int rating_items = 0;       ///< the answers longstring and IRV look at, per respondent
    int longstring_cutoff = 0;  ///< the run that flags (longstring_cutoff())
    /// Scales even–odd rests on: computed (and by_evenodd counted) only when at least
    /// evenodd_min_scales.
    int evenodd_scales = 0;
    int reverse_scales =
        0;  ///< scales with items keyed both ways: 0, reverse inconsistency is not computed
    [[nodiscard]] bool evenodd_computed() const noexcept {
        return evenodd_scales >= evenodd_min_scales;
    }
};

/// What the run did to the data before the statistics, for a methods paragraph built from it
/// (methods_paragraph never says more than this records).
struct run_record {
    std::optional<scale_bounds> administered_scale;  ///< when it differs from the published one
    std::vector<std::string> missing_codes;          ///< cells that meant "not answered"
    std::vector<int> already_reversed;               ///< items taken as the export reversed them
    bool keys_as_declared = false;
    std::string item_order;         ///< another order the columns were read in (--item-order)
    bool item_columns = false;      ///< each item's column named (--item-columns)
    std::size_t recoded_words = 0;  ///< words mapped to numbers by a recode file
    // Rows with no valid score, by why (a row may count under several): an answer outside the
    // scale (and those answers by value), not a whole number, not a choice, text where a number
    // belongs, a wrong number of values, too few items answered.
    std::size_t rows_not_scored = 0;
    std::size_t rows_outside_scale = 0, rows_not_whole = 0, rows_not_a_choice = 0;
    std::size_t rows_unreadable = 0, rows_wrong_values = 0, rows_too_few = 0;
    std::map<double, std::size_t> outside_values;
};

struct table_statistics {
    std::string instrument;
    run_record record;
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
    std::string by_column;      ///< the column the keying was also checked by (--by)
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
    const instrument& inst, table_input in, const table_options& options = {},
    const statistics_options& stats_options = {});

/// As JSON (numbers rounded to `digits` decimals; −1: every digit).
[[nodiscard]] ATTACHSCORE_API std::string statistics_json(const table_statistics& stats,
                                                          int digits = -1);
/// One CSV row per item (score, item, mean, sd, r.drop, alpha if dropped, missing, flag) with
/// the score's own figures repeated on each row.
[[nodiscard]] ATTACHSCORE_API std::string statistics_csv(const table_statistics& stats,
                                                         int digits = -1);
/// A readable table for a terminal of `width` columns; its sentences in `language` ("en" or
/// "es"), naming options in `words`.
[[nodiscard]] ATTACHSCORE_API std::string statistics_text(
    const instrument& inst, const table_statistics& stats, int digits = 2, std::size_t width = 80,
    const std::string& language = "en", const option_words& words = plain_option_words());
/// A methods paragraph a researcher can adapt (APA style), built from what the run recorded:
/// how each score was computed with its n, mean, SD and reliability over its own rows, what was
/// done to the data (the administered scale, missing codes, items taken as already reversed, the
/// item order, the rows not scored and why), how reliability was estimated, the missing answers,
/// the careless-response indices that were computed and the items flagged. "en" or "es".
[[nodiscard]] ATTACHSCORE_API std::string methods_paragraph(const instrument& inst,
                                                            const table_statistics& stats,
                                                            int digits = 2,
                                                            const std::string& language = "en");

}  // namespace attachscore
