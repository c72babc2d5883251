/// \file
/// The one description of a scored table's columns: what each holds, in the order the CSV
/// writes them. score_table gives it in table_summary::columns, score_tables' joined table has
/// joined_columns, and the SPSS sink (write_sav) types and labels every variable from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "attachscore/export.hpp"

namespace attachscore {

struct instrument;
struct table_summary;

enum class column_role : std::uint8_t {
    id,    ///< a part of the respondent id, from the input (`index`: which part)
    kept,  ///< an input column carried to the output (`index`: which kept column)
    // Per score (`index`: the score in the instrument's order).
    score,
    answered,
    band,
    norm_z,
    norm_t,
    norm_percentile,
    band90_low,
    band90_high,
    sample_z,
    interpretation,
    choice,  ///< a choice item's answer (`index`: the answer position)
    // Per category rule (`index`: the rule).
    category,
    category_method,
    near_boundary,
    profile,
    profile_text,
    administered_scale,
    norm_group,
    percentile_basis,
    disclaimer,
    // The careless-response indices (table_options::quality).
    longstring,
    irv,
    evenodd,
    reverse_inconsistency,
    careless,
    careless_reasons,
    status,
};

struct output_column {
    std::string name;  ///< as the CSV header writes it
    column_role role = column_role::status;
    std::size_t index = 0;       ///< see column_role
    std::size_t instrument = 0;  ///< in a joined table: which of the instruments
};

/// The columns of score_tables' output, which joins the instruments' tables: the id and kept
/// columns once, from the first, then every instrument's own columns named "ID.column".
[[nodiscard]] ATTACHSCORE_API std::vector<output_column> joined_columns(
    std::span<const instrument* const> insts, std::span<const table_summary> summaries);

}  // namespace attachscore
