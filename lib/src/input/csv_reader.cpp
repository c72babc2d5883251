#include "input/csv_reader.hpp"

namespace attachscore::detail {

namespace {
constexpr int eof = -1;
constexpr std::size_t buffer_size = 1 << 16;
}  // namespace

csv_reader::csv_reader(std::istream& in, char delimiter)
    : in_(in), delimiter_(delimiter), buf_(buffer_size) {}

void csv_reader::restart() {
    pos_ = end_ = 0;
    at_start_ = true;
    line_ = 1;
    record_line_ = 0;
    error_.clear();
}

void csv_reader::detect_delimiter() {
    peek();  // fill the buffer
    std::size_t commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (std::size_t i = pos_; i < end_; ++i) {
        const char c = buf_[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') break;
        commas += c == ',';
        semicolons += c == ';';
        tabs += c == '\t';
    }
    delimiter_ = ',';
    if (semicolons > commas && semicolons >= tabs) delimiter_ = ';';
    if (tabs > commas && tabs > semicolons) delimiter_ = '\t';
}

int csv_reader::peek() {
    if (pos_ == end_) {
        if (!in_) return eof;
        in_.read(buf_.data(), static_cast<std::streamsize>(buf_.size()));
        end_ = static_cast<std::size_t>(in_.gcount());
        pos_ = 0;
        if (end_ == 0) return eof;
    }
    return static_cast<unsigned char>(buf_[pos_]);
}

int csv_reader::get() {
    const int c = peek();
    if (c != eof) ++pos_;
    return c;
}

// Consumes the rest of a line break whose first character `c` was already read.
void csv_reader::end_line(int c) {
    if (c == '\r' && peek() == '\n') get();
    ++line_;
}

csv_reader::status csv_reader::next() {
    if (!error_.empty()) return status::error;
    if (at_start_) {
        at_start_ = false;
        // A UTF-8 byte-order mark, as spreadsheet programs write, is not part of the first name.
        if (peek() == 0xEF && end_ - pos_ >= 3 &&
            static_cast<unsigned char>(buf_[pos_ + 1]) == 0xBB &&
            static_cast<unsigned char>(buf_[pos_ + 2]) == 0xBF)
            pos_ += 3;
        if (delimiter_ == 0) detect_delimiter();
    }
    for (;;) {
        text_.clear();
        ends_.clear();
        record_line_ = line_;
        if (peek() == eof) return status::end;
        bool only_blank = true;
        for (;;) {
            int c = get();
            if (c == '"') {
                only_blank = false;
                const std::size_t quote_line = line_;
                for (;;) {
                    c = get();
                    if (c == eof) {
                        error_ =
                            "a quoted field that starts on line " + std::to_string(quote_line) +
                            " is never closed; the rest of the file would be read as one value";
                        error_line_ = quote_line;
                        return status::error;
                    }
                    if (c == '"') {
                        if (peek() != '"') break;
                        get();
                    } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        ++line_;
                    }
                    text_ += static_cast<char>(c);
                }
                c = get();  // text after a closing quote is kept as written
            }
            while (c != eof && c != delimiter_ && c != '\n' && c != '\r') {
                if (c != ' ' && c != '\t') only_blank = false;
                text_ += static_cast<char>(c);
                c = get();
            }
            ends_.push_back(text_.size());
            if (c == delimiter_) {
                only_blank = false;
                continue;
            }
            if (c != eof) end_line(c);
            break;
        }
        if (!only_blank) return status::record;
    }
}

}  // namespace attachscore::detail
