/// @file diagnostic.hpp
/// @brief A problem found in an instrument file or an input table, with where it is.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace attachscore {

/// Where a problem is: a file plus either a JSON pointer (instrument files) or a line and column
/// (JSON syntax, CSV input). Empty or zero parts are unknown and not printed.
struct source_location {
    std::string file;
    std::string pointer;
    std::size_t line = 0;
    std::size_t column = 0;
};

/// The kinds of finding of the whole-table checks (findings.hpp).
enum class finding_code;

/// One problem, in a sentence a researcher understands.
struct diagnostic {
    source_location where;
    std::string message;
    /// When a check of the whole table found it: which (findings.hpp); else none.
    finding_code code{};
};

using diagnostics = std::vector<diagnostic>;

/// "file:line:column: /pointer: message", leaving out the parts that are unknown.
[[nodiscard]] ATTACHSCORE_API std::string to_string(const diagnostic& d);

/// Text from a data file made safe to print on a terminal: control characters (escape sequences
/// that could move the cursor or retitle the window, C1 controls included) shown as \xHH.
[[nodiscard]] ATTACHSCORE_API std::string printable(std::string_view text);

/// The candidate a mistyped word most likely meant (ignoring case; at most two edits, and fewer
/// than half the word), or empty: for "did you mean …?" in messages.
[[nodiscard]] ATTACHSCORE_API std::string did_you_mean(std::string_view word,
                                                       const std::vector<std::string>& candidates);

}  // namespace attachscore
