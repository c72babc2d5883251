// Numbers in output: the shortest text that reads back to the same double.
#pragma once

#include <string>

namespace attachscore::detail {

void append_number(std::string& out, double value);

}  // namespace attachscore::detail
