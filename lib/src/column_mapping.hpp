// Finds which input column holds which item, the respondent id, and explains when it cannot.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"

namespace attachscore::detail {

struct column_mapping {
    std::vector<std::size_t> item_columns;  ///< for each instrument item, its column
    std::optional<std::size_t> id_column;
    std::string pattern;  ///< the pattern used
};

/// The column name a pattern gives for item `number`: "{n}" is the number, "{n:03}" zero-padded.
/// nullopt when the pattern has no valid placeholder.
[[nodiscard]] std::optional<std::string> expand_pattern(std::string_view pattern, int number);

/// `pattern` empty means: try candidate_patterns(inst) and use the one that fits every item.
[[nodiscard]] result<column_mapping> map_columns(const instrument& inst,
                                                 const std::vector<std::string>& header,
                                                 std::string_view pattern,
                                                 std::string_view id_column,
                                                 const std::string& file);

}  // namespace attachscore::detail
