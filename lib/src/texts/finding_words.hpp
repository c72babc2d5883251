// The findings' sentences per language, and the small parts they share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "attachscore/findings.hpp"

namespace attachscore::detail {

[[nodiscard]] std::string finding_text_en(const finding& f, const instrument& inst,
                                          const option_words& words);
[[nodiscard]] std::string finding_text_es(const finding& f, const instrument& inst,
                                          const option_words& words);

/// "1–5", for a sentence; range_value gives "1-5", for an option's value.
[[nodiscard]] std::string range_text(int lo, int hi);
[[nodiscard]] std::string range_value(int lo, int hi);
/// A correlation with two decimals, "-0.41" (as the checks have always written it).
[[nodiscard]] std::string r_text(double r);
/// " (Q5)" after an item, or nothing when its column is not known (answers given as an array).
[[nodiscard]] inline std::string column_in_parens(const std::string& column) {
    return column.empty() ? std::string() : " (" + column + ")";
}
/// The description of the order an another_item_order finding names, in `language` when the
/// instrument file gives it there (else in English).
[[nodiscard]] std::string order_description(const finding& f, const instrument& inst,
                                            std::string_view language);
/// The items' numbers: "3, 5, 9" with separator ", ", "3,5,9" with ",".
[[nodiscard]] std::string item_numbers(const std::vector<finding_item>& items,
                                       const char* separator);

}  // namespace attachscore::detail
