// What each column of a scored table is, for SPSS: its variable label, and for coded columns
// (bands, categories, choices, near-boundary flags, the careless flag) the codes and value labels
// — all from the column's role in the output schema and the instrument definition, never from
// the data or the header's names, so a code means the same in every file.
#pragma once

#include <map>
#include <span>
#include <string>
#include <vector>

#include <optional>

#include "attachscore/instrument.hpp"
#include "attachscore/output_columns.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore::detail {

struct sav_column {
    std::string label;                    ///< the variable label
    bool numeric_role = false;            ///< a score, count, z …: always numeric
    bool coded = false;                   ///< text values stored as codes with value labels
    std::map<std::string, double> codes;  ///< value as written in the table → code
    std::vector<std::pair<double, std::string>> value_labels;  ///< code → label, in code order
};

/// What `column` of a table scored with `inst` is for SPSS; an input column (id, kept) gets an
/// empty label and no role. With `administered` (answers given on another scale than the
/// published one) the score labels give the range on that scale.
[[nodiscard]] sav_column describe_sav_column(const instrument& inst, const output_column& column,
                                             const std::string& language, const norm_set* norms,
                                             const std::optional<scale_bounds>& administered = {});

}  // namespace attachscore::detail
