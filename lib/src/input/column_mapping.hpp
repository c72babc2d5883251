// Finds which input column holds which answer, the respondent id, and explains when it cannot.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/findings.hpp"
#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"
#include "common/column_pattern.hpp"

namespace attachscore::detail {

inline constexpr std::size_t no_column = static_cast<std::size_t>(-1);

struct column_mapping {
    /// For each answer slot (target × item, see scorer::score), its column, or no_column for an
    /// optional item the input does not have.
    std::vector<std::size_t> slot_columns;
    std::vector<std::size_t> id_columns;  ///< one, several for a composite id, or none
    std::string pattern;                  ///< the pattern used
};

/// Which columns hold what, as the caller was told.
struct column_choice {
    /// Empty: try candidate_patterns(inst) and use the one that fits every item.
    std::string_view pattern;
    /// May name several columns separated by commas (a composite id); empty for none.
    std::string_view id_column;
    /// The order the items were administered in: the id of one of instrument::other_orders (the
    /// column the pattern names for number p holds the item that order shows at position p), or
    /// empty, or the instrument's own order id.
    std::string_view item_order;
    /// The column of each answer in the instrument's numbering (scorer::score's order), instead
    /// of a pattern; empty for none.
    std::span<const std::string> item_columns;
    const option_words* words = nullptr;  ///< how messages name the options (null: the library's)
};

[[nodiscard]] result<column_mapping> map_columns(const instrument& inst,
                                                 const std::vector<std::string>& header,
                                                 const column_choice& choice,
                                                 const std::string& file);

}  // namespace attachscore::detail
