// Finds which input column holds which answer, the respondent id, and explains when it cannot.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"

namespace attachscore::detail {

inline constexpr std::size_t no_column = static_cast<std::size_t>(-1);

struct column_mapping {
    /// For each answer slot (target × item, see scorer::score), its column, or no_column for an
    /// optional item the input does not have.
    std::vector<std::size_t> slot_columns;
    std::vector<std::size_t> id_columns;  ///< one, several for a composite id, or none
    std::string pattern;                  ///< the pattern used
};

/// The column name a pattern gives for item `number` about `target`: "{n}" is the number,
/// "{n:03}" the number zero-padded, "{target}" the target id. nullopt when the pattern has no
/// valid {n} placeholder.
[[nodiscard]] std::optional<std::string> expand_pattern(std::string_view pattern, int number,
                                                        std::string_view target = {});

/// `pattern` empty means: try candidate_patterns(inst) and use the one that fits every item.
/// `id_column` may name several columns separated by commas (a composite id).
[[nodiscard]] result<column_mapping> map_columns(const instrument& inst,
                                                 const std::vector<std::string>& header,
                                                 std::string_view pattern,
                                                 std::string_view id_column,
                                                 const std::string& file);

}  // namespace attachscore::detail
