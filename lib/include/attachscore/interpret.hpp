/// @file interpret.hpp
/// @brief From scores to what they mean: bands, norms, the two-dimension profile.
#pragma once

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
};

[[nodiscard]] norm_result apply_norm(const norm_values& norm, double score) noexcept;

/// The group of a norm set that a data value names (its id or an alias, ignoring case and
/// surrounding spaces), or nullptr.
[[nodiscard]] const norm_group* find_norm_group(const norm_set& set, std::string_view value);

/// What a valid score means: the label and text of its band. With a norm group that has norms
/// for this score, the band follows the norm (z cut-points); otherwise the score's own bands,
/// unless the answers were on another scale than the published one (then there is no band).
struct band_text {
    const localized_text* label = nullptr;
    const localized_text* text = nullptr;
    bool from_norm = false;
};
[[nodiscard]] band_text describe_score(const score_definition& def, const score_value& value,
                                       const norm_set* norms, const norm_group* group,
                                       bool scale_overridden);

/// The profile cell (0–3, in quadrant_names order) for these scores, or −1 when an input is not
/// valid or the instrument has no profile.
[[nodiscard]] int find_profile_cell(const instrument& inst,
                                    std::span<const score_value> scores) noexcept;

/// Breaks text into lines of at most `width` characters for text that starts at column `indent`;
/// lines after the first are indented to line up. For reports printed to a terminal.
[[nodiscard]] std::string wrap_text(std::string_view text, std::size_t indent,
                                    std::size_t width = 100);

}  // namespace attachscore
