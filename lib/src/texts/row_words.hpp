// Why one row, or one of its scores, cannot be scored: the sentences in the output's language.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "attachscore/table.hpp"

namespace attachscore::detail {

/// What a row's problem is about, for row_reason_text.
struct row_reason {
    row_problem kind{};
    std::string_view column;  ///< the answer's column (printable)
    std::string_view value;   ///< the cell as written, or the number
    bool quoted = false;      ///< the value is text from the cell, shown in quotes
    /// The scale ("1–7"), the choices' listing, or the norm set's groups ("male, female").
    std::string_view detail;
    std::string_view norms;               ///< no_norm_group: the norm set's id
    std::size_t values = 0, columns = 0;  ///< wrong_value_count
};

/// "Q5 = 9 is outside the scale 1–7" in "en" (the default) or "es".
[[nodiscard]] std::string row_reason_text(const row_reason& r, std::string_view language);

/// A row's status: "line 3: REASONS" / "línea 3: …".
[[nodiscard]] std::string row_status_text(std::size_t line, std::string_view reasons,
                                          std::string_view language);

}  // namespace attachscore::detail
