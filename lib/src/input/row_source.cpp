#include "input/row_source.hpp"

#include "common/text_util.hpp"

namespace attachscore::detail {

namespace {

// Windows-1252's characters at 0x80–0x9F (0 where it has none: those bytes stay C1 controls).
constexpr char16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_code_point(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool has_high_bytes(std::string_view text) noexcept {
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

}  // namespace

std::string to_utf8(std::string_view text, text_encoding encoding) {
    if (encoding == text_encoding::utf8) return std::string(text);
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        char32_t cp = c;
        if (encoding == text_encoding::windows1252 && c >= 0x80 && c < 0xA0 &&
            cp1252_high[c - 0x80])
            cp = cp1252_high[c - 0x80];
        append_code_point(out, cp);
    }
    return out;
}

row_source::row_source(std::istream& in, char delimiter, std::string file, text_encoding encoding)
    : in_(in), reader_(in, delimiter), file_(std::move(file)), encoding_(encoding) {}

row_source::row_source(const cell_table& cells, std::string file)
    : in_(no_stream_),
      reader_(no_stream_, ','),
      file_(std::move(file)),
      encoding_(text_encoding::utf8),
      cells_(&cells) {}

row_source::row_source(table_input input, char delimiter, std::string file, text_encoding encoding)
    : in_(input.csv() ? *input.csv() : no_stream_),
      reader_(in_, input.csv() ? delimiter : ','),
      file_(std::move(file)),
      encoding_(input.csv() ? encoding : text_encoding::utf8),
      cells_(input.cells()) {}

bool row_source::read_record() {
    const auto st = reader_.next();
    if (st == csv_reader::status::error)
        error_ = {{{file_, "", reader_.error_line(), 0}, reader_.error_message() + "."}};
    return st == csv_reader::status::record;
}

row_source::stored row_source::copy() const {
    stored s;
    s.line = line();
    const std::size_t n = field_count();
    s.ends.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        s.text += field(i);
        s.ends.push_back(static_cast<std::uint32_t>(s.text.size()));
    }
    return s;
}

// The current row with its Latin-1 or Windows-1252 text as UTF-8.
void row_source::convert_current() {
    if (encoding_ == text_encoding::utf8 || (current_ && current_->converted)) return;
    bool high = false;
    for (std::size_t i = 0; i < field_count() && !high; ++i)
        high = has_high_bytes(field(i));
    if (!high) return;
    stored s;
    s.line = line();
    s.converted = true;
    for (std::size_t i = 0; i < field_count(); ++i) {
        s.text += to_utf8(field(i), encoding_);
        s.ends.push_back(static_cast<std::uint32_t>(s.text.size()));
    }
    current_ = std::move(s);
}

diagnostics row_source::open() {
    if (cells_) {
        header_.clear();
        for (const auto& name : cells_->header())
            header_.emplace_back(trim(name));
        if (!header_.empty()) return {};
    }
    if (cells_ || !read_record()) {
        if (!error_.empty()) return error_;
        return {{{file_, "", 0, 0},
                 "the input is empty; expected a header row naming the columns, then one row per "
                 "respondent."}};
    }
    // Excel's "Unicode text" is UTF-16: every other byte is 0, and the CSV reader would see
    // columns with names nobody typed.
    for (std::size_t i = 0; i < field_count(); ++i)
        if (field(i).find('\0') != std::string_view::npos || field(i).rfind("\xFF\xFE", 0) == 0 ||
            field(i).rfind("\xFE\xFF", 0) == 0)
            return {{{file_, "", 1, 0},
                     "this file is UTF-16 (as Excel saves \"Unicode text\"), not UTF-8 text. Save "
                     "it as \"CSV UTF-8\", or convert it: iconv -f UTF-16 -t UTF-8 FILE > "
                     "FILE-utf8.csv"}};
    convert_current();
    header_.clear();
    for (std::size_t i = 0; i < field_count(); ++i)
        header_.emplace_back(trim(field(i)));
    current_.reset();
    // Qualtrics writes the question text in row 2 and {"ImportId":"QID…"} in row 3.
    for (int k = 0; k < 2 && read_record(); ++k)
        ahead_.push_back(copy());
    if (!error_.empty()) return error_;
    // Only the whole shape makes a Qualtrics export: every filled cell of row 3 is an ImportId
    // object, in at least half the columns. One free-text answer that starts like one does not.
    if (ahead_.size() == 2) {
        std::size_t filled = 0, import_ids = 0;
        for (std::size_t i = 0; i < ahead_[1].ends.size(); ++i) {
            const auto cell = trim(ahead_[1].field(i));
            filled += !cell.empty();
            import_ids += cell.rfind("{\"ImportId\"", 0) == 0;
        }
        qualtrics_ = import_ids > 0 && import_ids == filled && import_ids * 2 >= header_.size();
        if (qualtrics_) ahead_.clear();
    }
    return {};
}

bool row_source::next() {
    current_.reset();
    if (!ahead_.empty()) {
        current_ = std::move(ahead_.front());
        ahead_.pop_front();
    } else if (cells_) {
        if (next_cell_row_ >= cells_->rows()) return false;
        cell_row_ = {cells_->row_text(next_cell_row_), cells_->row_ends(next_cell_row_),
                     next_cell_row_ + 2};
        ++next_cell_row_;
        return true;
    } else if (!read_record()) {
        return false;
    }
    convert_current();
    return true;
}

std::size_t row_source::field_count() const noexcept {
    return current().field_count();
}

std::string_view row_source::field(std::size_t i) const noexcept {
    return current().field(i);
}

std::size_t row_source::line() const noexcept {
    return current().line;
}

row_view row_source::current() const noexcept {
    if (current_) return {current_->text, current_->ends, current_->line};
    if (cells_) return cell_row_;
    return {reader_.text(), reader_.ends(), reader_.line()};
}

bool row_source::seekable() {
    if (cells_) return true;
    in_.clear();
    return in_.tellg() >= 0;
}

bool row_source::rewind() {
    if (cells_) {
        next_cell_row_ = 0;
        ahead_.clear();
        held_.clear();
        current_.reset();
        return true;
    }
    in_.clear();
    in_.seekg(0);
    if (!in_) return false;
    reader_.restart();
    ahead_.clear();
    held_.clear();
    current_.reset();
    error_.clear();
    if (!read_record()) return false;  // the header
    if (qualtrics_)
        for (int k = 0; k < 2; ++k)
            read_record();
    return true;
}

bool row_source::hold(std::size_t limit_bytes) {
    stored s = copy();
    s.converted = true;
    held_bytes_ += s.text.size() + s.ends.size() * sizeof(std::uint32_t);
    held_.push_back(std::move(s));
    return held_bytes_ < limit_bytes;
}

void row_source::replay() {
    // Held rows came before any row still read ahead.
    while (!held_.empty()) {
        ahead_.push_front(std::move(held_.back()));
        held_.pop_back();
    }
    held_bytes_ = 0;
}

}  // namespace attachscore::detail
