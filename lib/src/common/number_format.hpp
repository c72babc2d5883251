// Numbers in output: the shortest text that reads back to the same double.
#pragma once

#include <string>

namespace attachscore::detail {

void append_number(std::string& out, double value);
/// The same as a string.
[[nodiscard]] std::string number_text(double value);

}  // namespace attachscore::detail
