// The data rows of a CSV export: reads the header, detects the delimiter, and skips the two extra
// header rows of a Qualtrics export (question text, then {"ImportId": …}).
#pragma once

#include <deque>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/diagnostic.hpp"
#include "input/csv_reader.hpp"

namespace attachscore::detail {

class row_source {
  public:
    /// `delimiter` 0 detects it.
    row_source(std::istream& in, char delimiter, std::string file);

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

    /// Reads the data rows again from the start (the stream must be seekable).
    bool rewind();

  private:
    struct stored {
        std::vector<std::string> fields;
        std::size_t line;
    };
    bool read_record();
    stored copy() const;

    std::istream& in_;
    csv_reader reader_;
    std::string file_;
    std::vector<std::string> header_;
    std::deque<stored> ahead_;       ///< rows read while looking for Qualtrics header rows
    std::optional<stored> current_;  ///< set when the current row came from ahead_
    bool qualtrics_ = false;
    diagnostics error_;
};

}  // namespace attachscore::detail
