// How a cell of an export becomes an answer: a number (with a decimal point or, where the export
// uses them, a decimal comma), a code meaning "not answered", an anchor label or recoded word, or
// a choice written as its category or alias.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "attachscore/instrument.hpp"

namespace attachscore::detail {

/// Cells that mean "not answered": blank, or one of the user's codes (matched as text, ignoring
/// case, or as the same number: "-99" matches "-99.0").
class missing_codes {
  public:
    explicit missing_codes(const std::vector<std::string>& codes);
    [[nodiscard]] bool text_is_missing(std::string_view cell) const;
    [[nodiscard]] bool number_is_missing(double v) const;

  private:
    std::vector<std::string> texts_;
    std::vector<double> numbers_;
};

/// Answers written as words: the instrument's anchor labels in every language, then the user's
/// recodes (which win), matched ignoring case and runs of spaces.
class label_reader {
  public:
    label_reader(const instrument& inst, const std::vector<std::pair<std::string, double>>& recode);
    [[nodiscard]] bool read(std::string_view cell, double& value) const;
    /// The form words are matched in: trimmed, lower-case, single spaces.
    [[nodiscard]] static std::string key(std::string_view text);

  private:
    std::unordered_map<std::string, double> map_;
};

/// How a choice item's answers may be written: its codes, categories, aliases and labels.
struct choice_reader {
    std::vector<std::pair<std::string, int>> names;  ///< lower-case text → code
    std::string listing;                             ///< for messages: "1 = secure (A), …"

    explicit choice_reader(const item& it);
    [[nodiscard]] bool read(std::string_view cell, double& code) const;
};

/// A number written with a decimal comma ("3,5"), as semicolon-separated European exports write
/// them: one comma between digits, nothing else. False for anything else.
[[nodiscard]] bool parse_decimal_comma(std::string_view text, double& out);

}  // namespace attachscore::detail
