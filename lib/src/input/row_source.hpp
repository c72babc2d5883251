// The data rows of a CSV export: reads the header, detects the delimiter, skips the two extra
// header rows of a Qualtrics export (question text, then {"ImportId": …}), converts Latin-1 or
// Windows-1252 text to UTF-8, and can hold a first part of a stream to read it again.
#pragma once

#include <cstdint>
#include <deque>
#include <istream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/cell_table.hpp"
#include "attachscore/diagnostic.hpp"
#include "attachscore/table.hpp"
#include "input/csv_reader.hpp"
#include "input/row_view.hpp"

namespace attachscore::detail {

class row_source {
  public:
    /// `delimiter` 0 detects it.
    row_source(std::istream& in, char delimiter, std::string file,
               text_encoding encoding = text_encoding::utf8);
    /// Rows already split into cells (header line 1, row r on line r + 2); they are read as they
    /// are, and can always be read again.
    row_source(const cell_table& cells, std::string file);
    /// Either, as a table_input names it.
    row_source(table_input input, char delimiter, std::string file, text_encoding encoding);

    /// Reads the header (and looks ahead for Qualtrics rows). Empty on success.
    diagnostics open();
    [[nodiscard]] const std::vector<std::string>& header() const noexcept { return header_; }
    [[nodiscard]] bool qualtrics() const noexcept { return qualtrics_; }
    [[nodiscard]] char delimiter() const noexcept { return reader_.delimiter(); }

    /// Moves to the next data row; false at the end or on an error (then error() says which).
    bool next();
    [[nodiscard]] const diagnostics& error() const noexcept { return error_; }

    [[nodiscard]] std::size_t field_count() const noexcept;
    [[nodiscard]] std::string_view field(std::size_t i) const noexcept;
    [[nodiscard]] std::size_t line() const noexcept;
    /// The current row's fields.
    [[nodiscard]] row_view current() const noexcept;
    /// Bytes read from the input so far (for progress).
    [[nodiscard]] std::uint64_t bytes_read() const noexcept {
        return cells_ ? 0 : reader_.bytes_read();
    }

    /// Whether the input can be read again from the start (a file, not a pipe).
    [[nodiscard]] bool seekable();
    /// Reads the data rows again from the start (the stream must be seekable).
    bool rewind();

    /// Keeps a copy of the current row, to be read again after replay(); false once the rows
    /// held take `limit_bytes` or more.
    bool hold(std::size_t limit_bytes);
    /// The held rows come next, then the rest of the input.
    void replay();

  private:
    struct stored {
        std::string text;
        std::vector<std::uint32_t> ends;
        std::size_t line = 0;
        bool converted = false;  ///< already UTF-8 (a held copy of a converted row)
        [[nodiscard]] std::string_view field(std::size_t i) const noexcept {
            const std::size_t begin = i == 0 ? 0 : ends[i - 1];
            return std::string_view(text).substr(begin, ends[i] - begin);
        }
    };
    bool read_record();
    [[nodiscard]] stored copy() const;
    void convert_current();

    std::istringstream no_stream_;  ///< the CSV reader's stream when the rows are cells
    std::istream& in_;
    csv_reader reader_;
    std::string file_;
    text_encoding encoding_;
    std::vector<std::string> header_;
    std::deque<stored> ahead_;  ///< rows read ahead (Qualtrics check) or held for replay
    std::deque<stored> held_;   ///< rows kept by hold()
    std::size_t held_bytes_ = 0;
    std::optional<stored> current_;  ///< set when the current row is not the reader's own
    bool qualtrics_ = false;
    diagnostics error_;
    const cell_table* cells_ = nullptr;
    std::size_t next_cell_row_ = 0;
    row_view cell_row_;  ///< the current row of cells_
};

/// Latin-1 or Windows-1252 text as UTF-8 (unchanged for text_encoding::utf8).
[[nodiscard]] std::string to_utf8(std::string_view text, text_encoding encoding);

}  // namespace attachscore::detail
