/// @file interpret.hpp
/// @brief From scores to what they mean: bands, norms, the two-dimension profile.
#pragma once

#include "attachscore/export.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "attachscore/instrument.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore {

/// A score against a norm group: z, T (50 + 10z), percentile from the normal distribution, and,
/// when the norm gives the score's reliability, a 90 % band (score ± 1.645 × SD × √(1 − r)).
struct norm_result {
    double z = 0;
    double t = 50;
    double percentile = 50;  ///< normal approximation, 0–100
    std::optional<double> band90_low;
    std::optional<double> band90_high;
    bool at_floor = false;    ///< the lowest possible score: nobody can score lower (percentile 0)
    bool at_ceiling = false;  ///< the highest possible score: nobody can score higher (100)
};

/// The bare arithmetic: z, T, the normal-curve percentile and the band, unclamped.
[[nodiscard]] ATTACHSCORE_API norm_result apply_norm(const norm_values& norm,
                                                     double score) noexcept;
/// As a report states it: at the lowest possible score of `def` the percentile is 0 and at the
/// highest 100 (the normal curve would put part of the group beyond the scale's ends, where
/// nobody can score), and the 90 % band is kept within the scale.
[[nodiscard]] ATTACHSCORE_API norm_result apply_norm(const norm_values& norm, double score,
                                                     const score_definition& def) noexcept;

/// The group of a norm set that a data value names (its id or an alias, ignoring case and
/// surrounding spaces), or nullptr.
[[nodiscard]] ATTACHSCORE_API const norm_group* find_norm_group(const norm_set& set,
                                                                std::string_view value);

/// What a valid score means: the label and text of its band. With a norm group that has norms
/// for this score, the band follows the norm (z cut-points); otherwise the score's own bands,
/// unless the answers were on another scale than the published one (then there is no band).
struct band_text {
    const localized_text* label = nullptr;
    const localized_text* text = nullptr;
    bool from_norm = false;
};
[[nodiscard]] ATTACHSCORE_API band_text describe_score(const score_definition& def,
                                                       const score_value& value,
                                                       const norm_set* norms,
                                                       const norm_group* group,
                                                       bool scale_overridden);

/// The profile cell (0–3, in quadrant_names order) for these scores by the profile's cuts alone,
/// or −1 when an input is not valid or the instrument has no profile. Reports use
/// describe_profile, which never names a pattern for a score in the middle band.
[[nodiscard]] ATTACHSCORE_API int find_profile_cell(const instrument& inst,
                                                    std::span<const score_value> scores) noexcept;

/// Where a valid score sits among its bands: in the first band (low), the last (high), or one in
/// between (middle). none: not valid, no bands, or bands that do not apply (another scale).
enum class score_position { none, low, middle, high };
[[nodiscard]] ATTACHSCORE_API score_position position_of(const score_definition& def,
                                                         const score_value& value,
                                                         bool scale_overridden) noexcept;

/// What a report may say about the two profile dimensions together — one model for every output:
/// - when a classification is computed by default and names the profile's patterns (the ECR's
///   Brennan et al. functions, the RQ's highest rating), the pattern comes from it, and its cell
///   is shown only when both dimensions sit outside their middle band on the cell's sides;
/// - otherwise the profile splits the dimensions at the middle of the scale (a heuristic), and
///   names a pattern only when neither dimension is in its middle band.
/// Everything else is said in neutral words: which dimensions do not fit, or that the method did
/// not settle (a tie).
struct profile_statement {
    bool shown = false;  ///< the instrument has a profile and both dimensions are scored
    int cell = -1;       ///< the cell whose pattern the report names, or −1
    const category_rule* method = nullptr;  ///< the classification that named it; null: heuristic
    std::string category;                   ///< the method's category ("dismissing", "tie:…")
    score_position positions[2] = {score_position::none, score_position::none};
    bool fits[2] = {true, true};  ///< whether each dimension sits on the named pattern's side
};
[[nodiscard]] ATTACHSCORE_API profile_statement describe_profile(const scorer& sc,
                                                                 const respondent_scores& r);

/// Breaks text into lines of at most `width` characters for text that starts at column `indent`;
/// lines after the first are indented to line up. For reports printed to a terminal (80 columns
/// unless it is wider).
[[nodiscard]] ATTACHSCORE_API std::string wrap_text(std::string_view text, std::size_t indent,
                                                    std::size_t width = 80);

}  // namespace attachscore
