/// @file cell_table.hpp
/// @brief Where the engine reads its rows from: CSV text, or a table already split into cells.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace attachscore {

/// A table already split into cells: an SPSS, Stata or SAS file read with ReadStat, answers typed
/// on a command line, or a program's own rows. The engine reads it as it reads a CSV file (the
/// same column mapping, checks and scoring), with no CSV text in between: a cell is never quoted,
/// split or unescaped, so a comma or a quote in a cell is just a character.
class ATTACHSCORE_API cell_table {
  public:
    cell_table() = default;
    explicit cell_table(std::vector<std::string> header) : header_(std::move(header)) {}

    /// Adds a cell to the row being built (the next column).
    void add_cell(std::string_view cell);
    /// Ends the row being built; a row may have fewer or more cells than the header has columns
    /// (it is then not valid, as a CSV line would be).
    void end_row();

    [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
    [[nodiscard]] std::vector<std::string>& header() noexcept { return header_; }
    [[nodiscard]] std::size_t rows() const noexcept { return row_starts_.size(); }

    /// Row `r`'s cells, one after another, and where each ends in that text.
    [[nodiscard]] std::string_view row_text(std::size_t r) const noexcept;
    [[nodiscard]] std::span<const std::uint32_t> row_ends(std::size_t r) const noexcept;

  private:
    struct row_start {
        std::size_t text = 0;  ///< into text_
        std::size_t ends = 0;  ///< into ends_
    };
    std::vector<std::string> header_;
    std::string text_;
    std::vector<std::uint32_t> ends_;  ///< relative to the row's first cell
    std::vector<row_start> row_starts_;
    row_start open_{};  ///< the row being built
};

/// The input of a table-reading call (score_table, compute_statistics, make_html_report,
/// table_reader, …): CSV text from a stream, or a cell_table. Either must outlive the call.
class table_input {
  public:
    // Implicit on purpose: a stream or a table is given where a table_input is asked for.
    table_input(std::istream& csv) noexcept : csv_(&csv) {}            // NOLINT
    table_input(const cell_table& cells) noexcept : cells_(&cells) {}  // NOLINT

    /// The CSV stream, or null for a cell_table.
    [[nodiscard]] std::istream* csv() const noexcept { return csv_; }
    /// The cell table, or null for a CSV stream.
    [[nodiscard]] const cell_table* cells() const noexcept { return cells_; }

  private:
    std::istream* csv_ = nullptr;
    const cell_table* cells_ = nullptr;
};

}  // namespace attachscore
