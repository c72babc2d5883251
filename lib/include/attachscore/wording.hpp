/// @file wording.hpp
/// @brief Item wording supplied by the user. The built-in instruments carry no wording (it
/// belongs to the authors); a teacher or researcher copies it from the published source into a
/// wording file — a CSV `item,text` — that attachscore lends to the instrument.
#pragma once

#include "attachscore/export.hpp"

#include <filesystem>
#include <string>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"

namespace attachscore {

/// A wording file to fill in: the header `item,text`, then every item number with an empty text.
[[nodiscard]] ATTACHSCORE_API std::string wording_template(const instrument& inst);

/// Reads a wording file and returns the instrument with each item's text in `language`. Every
/// problem is reported with its line: a missing header, an unknown or repeated item, an item
/// left without text, items missing from the file.
[[nodiscard]] ATTACHSCORE_API result<instrument> apply_wording(instrument inst,
                                                               const std::filesystem::path& file,
                                                               const std::string& language = "en");

}  // namespace attachscore
