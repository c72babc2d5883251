// The scored table's columns (attachscore/output_columns.hpp) for an output context: the CSV
// writer's header and the SPSS sink's variables come from this one list.
#pragma once

#include <vector>

#include "attachscore/output_columns.hpp"
#include "output/output_writer.hpp"

namespace attachscore::detail {

[[nodiscard]] std::vector<output_column> output_columns(const output_context& ctx);

}  // namespace attachscore::detail
