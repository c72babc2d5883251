// The library's options named as this program's flags, for the ways on in its messages.
#pragma once

#include "attachscore/findings.hpp"

namespace attachscore::cli {

/// `--scale 1-5`, `--already-reversed all`, `'attachscore info ecr-r'`.
[[nodiscard]] const option_words& flag_words();

}  // namespace attachscore::cli
