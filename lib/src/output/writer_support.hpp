// Pieces every output format shares: text in a language, norms of a row, safe CSV and JSON text.
#pragma once

#include <string>
#include <string_view>

#include "attachscore/stats.hpp"
#include "output/output_writer.hpp"

namespace attachscore::detail {

/// JSON strings must be valid UTF-8: bytes that are not become U+FFFD (the pipeline stops before
/// such text reaches a JSON writer unless the user chose an encoding).
void append_json_string(std::string& out, std::string_view text);
/// A number for JSON; null when it is not finite (JSON has no infinity or NaN).
void append_json_number(std::string& out, double value);
/// "1-5", as the administered_scale column writes it.
[[nodiscard]] std::string scale_text(const response_scale& s);
[[nodiscard]] const choice_option* chosen_option(const scorer& sc, const scored_row& r,
                                                 std::size_t k);
[[nodiscard]] const std::string& in_language(const localized_text& t, const std::string& lang);
/// The norm values for a score in this row's group, or nullptr.
[[nodiscard]] const norm_values* norm_for(const output_context& ctx, const scored_row& r,
                                          const std::string& score);
/// Scores that have norms in some group of the set get norm columns.
[[nodiscard]] bool has_norm(const output_context& ctx, const std::string& score);
[[nodiscard]] bool has_reliability(const output_context& ctx, const std::string& score);
[[nodiscard]] std::string category_method_text(const category_rule& rule, const category_value& v,
                                               const std::string& lang);
/// Text from the input as a CSV field. A spreadsheet runs a cell starting with =, +, -, @, tab or
/// CR as a formula; with `protect`, such text (unless a number) gets a leading apostrophe.
void append_input_text(std::string& out, std::string_view text, bool protect, char delimiter);
/// A number for a CSV cell, with the decimal separator asked for.
/// `value` with `digits` decimals (no sign on a value that rounds to 0); every digit needed to
/// read the double back when `digits` is negative.
[[nodiscard]] std::string fixed_decimals(double value, int digits);
/// `digits` decimals when 0 or more, else every digit needed to read the double back.
void append_decimal(std::string& out, double value, char decimal, int digits = -1);
/// ,"quality":{…} for a JSON row: the careless indices, the flag, its signs (codes) and its
/// reasons (sentences in `language`).
void append_quality_json(std::string& out, const careless_indices& q, const std::string& language);

std::unique_ptr<output_writer> make_csv_writer(std::ostream& out, output_context context);
std::unique_ptr<output_writer> make_json_writer(std::ostream& out, output_context context,
                                                bool lines);
std::unique_ptr<output_writer> make_report_writer(std::ostream& out, output_context context);

}  // namespace attachscore::detail
