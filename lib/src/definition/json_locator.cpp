#include "definition/json_locator.hpp"

#include <map>

namespace attachscore::detail {

text_position position_of(std::string_view text, std::size_t offset) {
    text_position p{1, 1};
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((c & 0xC0) != 0x80) {  // count characters, not UTF-8 continuation bytes
            ++p.column;
        }
    }
    return p;
}

std::string pointer_token(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

json_locator::json_locator(std::string_view text) : text_(text) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    skip_space();
    if (pos_ < text_.size()) value("");
}

text_position json_locator::find(const std::string& pointer) const {
    auto it = offsets_.find(pointer);
    if (it == offsets_.end()) return {};
    return locate(it->second);
}

text_position json_locator::locate(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    const auto line_it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
    const auto line = static_cast<std::size_t>(line_it - line_starts_.begin()) + 1;
    std::size_t from = *line_it;
    text_position p{line, 1};
    if (cursor_.line == line && cursor_offset_ <= offset && cursor_offset_ >= from) {
        from = cursor_offset_;
        p = cursor_;
    }
    for (std::size_t i = from; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++p.column;
    if (offset >= cursor_offset_ || cursor_.line != line) {
        cursor_offset_ = offset;
        cursor_ = p;
    }
    return p;
}

void json_locator::skip_space() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r'))
        ++pos_;
}

// Reads a string token at pos_ (which is at its opening quote). Escapes other than \" and \\ are
// kept as written: keys in instrument files are plain ASCII names.
std::string json_locator::string_token() {
    std::string out;
    ++pos_;
    while (pos_ < text_.size() && text_[pos_] != '"') {
        if (text_[pos_] == '\\' && pos_ + 1 < text_.size()) {
            const char next = text_[pos_ + 1];
            if (next == '"' || next == '\\' || next == '/') {
                out += next;
                pos_ += 2;
                continue;
            }
            out += '\\';
            ++pos_;
            continue;
        }
        out += text_[pos_++];
    }
    ++pos_;  // closing quote
    return out;
}

void json_locator::value(const std::string& pointer) {
    offsets_.emplace(pointer, pos_);
    if (pos_ >= text_.size()) return;
    const char c = text_[pos_];
    if (c == '{') {
        ++pos_;
        std::map<std::string, std::size_t> seen;
        for (;;) {
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] == '}') break;
            const std::size_t key_at = pos_;
            std::string key = string_token();
            skip_space();
            ++pos_;  // ':'
            skip_space();
            const std::string child = pointer + "/" + pointer_token(key);
            if (auto [it, inserted] = seen.emplace(key, key_at); !inserted) {
                duplicates_.push_back({child, key, locate(it->second), locate(key_at)});
                offsets_.erase(child);  // point at the value Boost.JSON keeps: the last one
            }
            value(child);
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
        }
        ++pos_;
    } else if (c == '[') {
        ++pos_;
        for (std::size_t index = 0;; ++index) {
            skip_space();
            if (pos_ >= text_.size() || text_[pos_] == ']') break;
            value(pointer + "/" + std::to_string(index));
            skip_space();
            if (pos_ < text_.size() && text_[pos_] == ',') ++pos_;
        }
        ++pos_;
    } else if (c == '"') {
        string_token();
    } else {
        while (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '}' &&
               text_[pos_] != ']' && text_[pos_] != ' ' && text_[pos_] != '\n' &&
               text_[pos_] != '\r' && text_[pos_] != '\t')
            ++pos_;
    }
}

}  // namespace attachscore::detail
