// Small text helpers shared by the table reader and writers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace attachscore::detail {

[[nodiscard]] std::string_view trim(std::string_view s) noexcept;
[[nodiscard]] std::string lower(std::string_view s);
/// A header name as matched: trimmed and lower-case.
[[nodiscard]] std::string normalize_name(std::string_view s);
[[nodiscard]] std::string join(const std::vector<std::string>& parts, std::string_view separator);
/// The first `limit` names, then "… (N in all)".
[[nodiscard]] std::string list_some(const std::vector<std::string>& names, std::size_t limit);
/// The length of the valid UTF-8 character at text[i] (1–4), or 0 when the bytes there are not
/// one: cut short, overlong, a surrogate, beyond U+10FFFF, or a stray continuation byte.
[[nodiscard]] std::size_t utf8_char_length(std::string_view text, std::size_t i) noexcept;
/// Whether text is valid UTF-8.
[[nodiscard]] bool valid_utf8(std::string_view text) noexcept;
/// Levenshtein distance: single-character insertions, deletions and substitutions.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);
/// Appends a CSV field, quoted when needed (a delimiter, quote or line break inside, edge spaces).
void append_csv_field(std::string& out, std::string_view text, char delimiter = ',');
/// Parses a whole cell as a finite number; false for anything else ("abc", "4x", "inf").
[[nodiscard]] bool parse_number(std::string_view text, double& out) noexcept;

}  // namespace attachscore::detail
