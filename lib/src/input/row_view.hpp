// One data row as its fields: a view of text owned elsewhere (the reader's buffer, a held copy,
// or a batch of rows on its way to a worker thread).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace attachscore::detail {

struct row_view {
    std::string_view text;                ///< the fields' text, one after another
    std::span<const std::uint32_t> ends;  ///< where each field ends in text
    std::size_t line = 0;                 ///< the line the row starts on (1-based)

    [[nodiscard]] std::size_t field_count() const noexcept { return ends.size(); }
    [[nodiscard]] std::string_view field(std::size_t i) const noexcept {
        const std::size_t begin = i == 0 ? 0 : ends[i - 1];
        return text.substr(begin, ends[i] - begin);
    }
};

}  // namespace attachscore::detail
