/// @file loader.hpp
/// @brief Reads and validates instrument files, reporting every problem at once.
#pragma once

#include "attachscore/export.hpp"

#include <filesystem>
#include <string_view>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"

namespace attachscore {

/// Parses instrument JSON. `source_name` names it in diagnostics (a path, or "built-in:ecr-r").
/// Nothing is half-loaded: either a complete, valid instrument or every problem found.
[[nodiscard]] ATTACHSCORE_API result<instrument> parse_instrument(std::string_view json_text,
                                                                  std::string_view source_name);

/// Reads a file and parses it; an unreadable file is one diagnostic.
[[nodiscard]] ATTACHSCORE_API result<instrument> load_instrument_file(
    const std::filesystem::path& path);

}  // namespace attachscore
