// Column-name patterns such as "Q{n}" or "{target}_{n:02}": what the instrument files may name
// and what the column mapping reads the header with.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace attachscore::detail {

/// The column name a pattern gives for item `number` about `target`: "{n}" is the number,
/// "{n:03}" the number zero-padded, "{target}" the target id. nullopt when the pattern has no
/// valid {n} placeholder.
[[nodiscard]] std::optional<std::string> expand_pattern(std::string_view pattern, int number,
                                                        std::string_view target = {});

}  // namespace attachscore::detail
