// Text the CLI prints about instruments: the `list` table and the `info` page.
#pragma once

#include <span>
#include <string>

#include "attachscore/instrument.hpp"

namespace attachscore::cli {

[[nodiscard]] std::string list_text(std::span<const instrument> instruments);
[[nodiscard]] std::string info_text(const instrument& inst);
/// Text whose lines longer than `width` are wrapped, continuing at their own indentation.
[[nodiscard]] std::string fit_lines(const std::string& text, std::size_t width);

}  // namespace attachscore::cli
