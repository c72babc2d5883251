// A streaming RFC 4180 CSV reader: quoted fields with delimiters, quotes and line breaks, CRLF or
// LF, a UTF-8 byte-order mark. Memory stays the size of the longest record.
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace attachscore::detail {

class csv_reader {
  public:
    /// `delimiter` 0 detects it from the first line: the most frequent of comma, semicolon (as
    /// European spreadsheets write) and tab outside quotes; comma when none occurs.
    explicit csv_reader(std::istream& in, char delimiter = ',');

    [[nodiscard]] char delimiter() const noexcept { return delimiter_; }

    enum class status { record, end, error };

    /// Starts again from the stream's current position (after the caller rewound it).
    void restart();

    /// Reads the next record. Lines that are empty (or only spaces) are skipped: they hold no
    /// respondent. After status::error, error_message() says why; reading cannot go on.
    status next();

    [[nodiscard]] std::size_t field_count() const noexcept { return ends_.size(); }
    [[nodiscard]] std::string_view field(std::size_t i) const noexcept {
        const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(text_).substr(begin, ends_[i] - begin);
    }
    [[nodiscard]] std::string_view text() const noexcept { return text_; }
    [[nodiscard]] const std::vector<std::uint32_t>& ends() const noexcept { return ends_; }
    /// Bytes taken from the stream so far (for progress).
    [[nodiscard]] std::uint64_t bytes_read() const noexcept { return consumed_ + pos_; }
    /// The line the current record starts on (1-based).
    [[nodiscard]] std::size_t line() const noexcept { return record_line_; }

    [[nodiscard]] const std::string& error_message() const noexcept { return error_; }
    [[nodiscard]] std::size_t error_line() const noexcept { return error_line_; }

  private:
    void detect_delimiter();
    int peek();
    int get();
    void end_line(int c);
    bool read_simple_record();
    bool too_long();
    int read_quoted();
    int read_plain(bool& only_blank);

    std::istream& in_;
    char delimiter_;
    std::vector<char> buf_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    bool at_start_ = true;
    std::string text_;
    std::vector<std::uint32_t> ends_;
    std::uint64_t consumed_ = 0;  ///< bytes of the buffers before the current one
    std::size_t line_ = 1;
    std::size_t record_line_ = 0;
    std::string error_;
    std::size_t error_line_ = 0;
};

}  // namespace attachscore::detail
