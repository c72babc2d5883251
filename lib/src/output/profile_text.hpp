// The profile in words, the same in every output: the named pattern's label and text when the
// dimensions fit it, else a neutral sentence that is true of the scores (see describe_profile).
#pragma once

#include <string>

#include "attachscore/interpret.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore::detail {

struct profile_words {
    std::string label;   ///< the pattern's label, or empty when none is named
    std::string text;    ///< the paragraph
    std::string method;  ///< who named the pattern: a classification's label, or the heuristic
};

/// Empty text when the instrument has no profile or a dimension is not scored.
[[nodiscard]] profile_words profile_in_words(const scorer& sc, const respondent_scores& r,
                                             const std::string& lang);

/// A category as a person reads it: "secure" in English, "seguro" in Spanish; ties and
/// "unclassified" too.
[[nodiscard]] std::string category_in_words(const std::string& category, const std::string& lang);

}  // namespace attachscore::detail
