#include "input/row_source.hpp"

#include "common/text_util.hpp"

namespace attachscore::detail {

row_source::row_source(std::istream& in, char delimiter, std::string file)
    : in_(in), reader_(in, delimiter), file_(std::move(file)) {}

bool row_source::read_record() {
    const auto st = reader_.next();
    if (st == csv_reader::status::error)
        error_ = {{{file_, "", reader_.error_line(), 0}, reader_.error_message() + "."}};
    return st == csv_reader::status::record;
}

row_source::stored row_source::copy() const {
    stored s{{}, reader_.line()};
    for (std::size_t i = 0; i < reader_.field_count(); ++i)
        s.fields.emplace_back(reader_.field(i));
    return s;
}

diagnostics row_source::open() {
    if (!read_record()) {
        if (!error_.empty()) return error_;
        return {{{file_, "", 0, 0},
                 "the input is empty; expected a header row naming the columns, then one row per "
                 "respondent."}};
    }
    header_.clear();
    for (std::size_t i = 0; i < reader_.field_count(); ++i)
        header_.emplace_back(trim(reader_.field(i)));
    // Qualtrics writes the question text in row 2 and {"ImportId":"QID…"} in row 3.
    for (int k = 0; k < 2 && read_record(); ++k)
        ahead_.push_back(copy());
    if (!error_.empty()) return error_;
    if (ahead_.size() == 2)
        for (const auto& cell : ahead_[1].fields)
            if (trim(cell).rfind("{\"ImportId\"", 0) == 0) {
                qualtrics_ = true;
                ahead_.clear();
                break;
            }
    return {};
}

bool row_source::next() {
    current_.reset();
    if (!ahead_.empty()) {
        current_ = std::move(ahead_.front());
        ahead_.pop_front();
        return true;
    }
    return read_record();
}

std::size_t row_source::field_count() const noexcept {
    return current_ ? current_->fields.size() : reader_.field_count();
}

std::string_view row_source::field(std::size_t i) const noexcept {
    return current_ ? std::string_view(current_->fields[i]) : reader_.field(i);
}

std::size_t row_source::line() const noexcept {
    return current_ ? current_->line : reader_.line();
}

bool row_source::rewind() {
    in_.clear();
    in_.seekg(0);
    if (!in_) return false;
    reader_.restart();
    ahead_.clear();
    current_.reset();
    error_.clear();
    if (!read_record()) return false;  // the header
    if (qualtrics_)
        for (int k = 0; k < 2; ++k)
            read_record();
    return true;
}

}  // namespace attachscore::detail
