#include "input/csv_reader.hpp"

#include <cstring>

namespace attachscore::detail {

namespace {
constexpr int eof = -1;
constexpr std::size_t buffer_size = 1 << 18;
// Records are counted in 32-bit offsets, and memory stays small whatever the input.
constexpr std::size_t max_record_bytes = std::size_t{16} << 20;
}  // namespace

csv_reader::csv_reader(std::istream& in, char delimiter)
    : in_(in), delimiter_(delimiter), buf_(buffer_size) {}

void csv_reader::restart() {
    pos_ = end_ = 0;
    consumed_ = 0;
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
        consumed_ += end_;
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

bool csv_reader::too_long() {
    if (text_.size() + ends_.size() <= max_record_bytes) return false;  // text and delimiters
    error_ = "the row that starts on line " + std::to_string(record_line_) +
             " is longer than 16 MiB, which no survey export has; check that this is a CSV file";
    error_line_ = record_line_;
    return true;
}

// The rest of a quoted field after its opening quote; returns the character after the closing
// quote (or eof after an error).
int csv_reader::read_quoted() {
    const std::size_t quote_line = line_;
    for (;;) {
        // Copy the run up to the next quote or line break in one go.
        const char* p = buf_.data() + pos_;
        const char* e = buf_.data() + end_;
        const char* q = p;
        while (q < e && *q != '"' && *q != '\n' && *q != '\r')
            ++q;
        text_.append(p, q);
        pos_ += static_cast<std::size_t>(q - p);
        if (too_long()) return eof;
        int c = get();
        if (c == eof) {
            error_ = "a quoted field that starts on line " + std::to_string(quote_line) +
                     " is never closed; the rest of the file would be read as one value";
            error_line_ = quote_line;
            return eof;
        }
        if (c == '"') {
            if (peek() != '"') return get();  // text after a closing quote is kept as written
            get();
        } else if (c == '\n' || (c == '\r' && peek() != '\n')) {
            ++line_;
        }
        text_ += static_cast<char>(c);
    }
}

// Unquoted text up to the next delimiter or line break, which it returns (or eof).
int csv_reader::read_plain(bool& only_blank) {
    for (;;) {
        if (peek() == eof) return eof;
        const char* p = buf_.data() + pos_;
        const char* e = buf_.data() + end_;
        const char* q = p;
        while (q < e && *q != delimiter_ && *q != '\n' && *q != '\r') {
            only_blank = only_blank && (*q == ' ' || *q == '\t');
            ++q;
        }
        text_.append(p, q);
        pos_ += static_cast<std::size_t>(q - p);
        if (too_long()) return eof;
        if (q < e) return get();
    }
}

// Most records sit whole in the buffer, without quotes and ending in a line feed: split them in
// one sweep. Anything else (quotes, a carriage return, the buffer's end) takes the general way.
bool csv_reader::read_simple_record() {
    const char* p = buf_.data() + pos_;
    const char* e = buf_.data() + end_;
    const auto* nl =
        static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(e - p)));
    if (!nl || std::memchr(p, '"', static_cast<std::size_t>(nl - p)) ||
        (nl > p && nl[-1] == '\r') || static_cast<std::size_t>(nl - p) > max_record_bytes)
        return false;
    text_.resize(static_cast<std::size_t>(nl - p));
    char* out = text_.data();
    bool only_blank = true;
    for (const char* q = p; q < nl; ++q) {
        if (*q == delimiter_) {
            ends_.push_back(static_cast<std::uint32_t>(out - text_.data()));
            only_blank = false;
            continue;
        }
        if (*q == '\r') return false;  // a lone carriage return ends a line too
        only_blank = only_blank && (*q == ' ' || *q == '\t');
        *out++ = *q;
    }
    text_.resize(static_cast<std::size_t>(out - text_.data()));
    ends_.push_back(static_cast<std::uint32_t>(text_.size()));
    pos_ += static_cast<std::size_t>(nl - p) + 1;
    ++line_;
    if (only_blank) {  // a blank line holds no respondent
        text_.clear();
        ends_.clear();
    }
    return true;
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
        if (read_simple_record()) {
            if (ends_.empty()) continue;
            return status::record;
        }
        text_.clear();
        ends_.clear();
        bool only_blank = true;
        for (;;) {
            int c = peek();
            if (c == '"') {
                get();
                only_blank = false;
                c = read_quoted();
                if (error_.empty() && c != eof && c != delimiter_ && c != '\n' && c != '\r') {
                    text_ += static_cast<char>(c);
                    c = read_plain(only_blank);
                }
            } else {
                c = read_plain(only_blank);
            }
            if (!error_.empty()) return status::error;
            ends_.push_back(static_cast<std::uint32_t>(text_.size()));
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
