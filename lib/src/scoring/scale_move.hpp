// An instrument's scale-relative cut-points (bands that are thirds or the middle of the answer
// scale, quadrant rules and profiles split at its middle) carried to another administered scale.
// Every score is affine in the answers, and moving the answers from the published scale
// (min, max) to the administered one (min', max') maps a score s to C + r s, with
// r = (max' − min') / (max − min) and C found from the score's definition; a cut-point c moves
// to C + r c, so it keeps its place on the scale (a third stays a third).
#pragma once

#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore::detail {

struct moved_cuts {
    std::vector<bool> bands;       ///< per score: its bands were moved (else they do not apply)
    std::vector<bool> categories;  ///< per rule: its cuts were moved, or it needs none
    bool profile = false;
};

/// Moves the cut-points of `inst` (on its published scale) to `given`, in place.
[[nodiscard]] moved_cuts move_to_scale(instrument& inst, scale_bounds given);

}  // namespace attachscore::detail
