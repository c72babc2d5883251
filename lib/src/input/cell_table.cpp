#include "attachscore/cell_table.hpp"

namespace attachscore {

void cell_table::add_cell(std::string_view cell) {
    text_ += cell;
    ends_.push_back(static_cast<std::uint32_t>(text_.size() - open_.text));
}

void cell_table::end_row() {
    row_starts_.push_back(open_);
    open_ = {text_.size(), ends_.size()};
}

std::string_view cell_table::row_text(std::size_t r) const noexcept {
    const std::size_t begin = row_starts_[r].text;
    const std::size_t end = r + 1 < row_starts_.size() ? row_starts_[r + 1].text : open_.text;
    return std::string_view(text_).substr(begin, end - begin);
}

std::span<const std::uint32_t> cell_table::row_ends(std::size_t r) const noexcept {
    const std::size_t begin = row_starts_[r].ends;
    const std::size_t end = r + 1 < row_starts_.size() ? row_starts_[r + 1].ends : open_.ends;
    return std::span<const std::uint32_t>(ends_).subspan(begin, end - begin);
}

}  // namespace attachscore
