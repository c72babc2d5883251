// Finds the line and column of any JSON pointer in a text that Boost.JSON has already accepted,
// and the duplicate object keys that Boost.JSON silently folds into one.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace attachscore::detail {

struct text_position {
    std::size_t line = 0;  ///< 1-based; 0 when unknown
    std::size_t column = 0;
};

/// Line and column (in characters, 1-based) of a byte offset.
text_position position_of(std::string_view text, std::size_t offset);

/// "~" and "/" escaped as JSON Pointer requires.
std::string pointer_token(std::string_view key);

class json_locator {
  public:
    /// `text` must be valid JSON; it must outlive the locator.
    explicit json_locator(std::string_view text);

    /// Where the value at `pointer` starts; {0, 0} when there is no such value.
    [[nodiscard]] text_position find(const std::string& pointer) const;

    struct duplicate {
        std::string pointer;  ///< of the repeated key's second value
        std::string key;
        text_position first;
        text_position second;
    };
    [[nodiscard]] const std::vector<duplicate>& duplicates() const noexcept { return duplicates_; }

  private:
    /// position_of, without counting from the start each time: lines found by a binary search of
    /// their starts, columns counted from the line start (or from the last position asked for, on
    /// the same line and further on) — so that thousands of errors stay linear.
    [[nodiscard]] text_position locate(std::size_t offset) const;
    void value(const std::string& pointer);
    void skip_space();
    std::string string_token();

    std::string_view text_;
    std::size_t pos_ = 0;
    std::unordered_map<std::string, std::size_t> offsets_;
    std::vector<std::size_t> line_starts_;
    mutable std::size_t cursor_offset_ = 0;
    mutable text_position cursor_{1, 1};
    std::vector<duplicate> duplicates_;
};

}  // namespace attachscore::detail
