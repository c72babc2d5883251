#include "common/text_util.hpp"

#include <algorithm>

#include <charconv>
#include <cmath>

namespace attachscore::detail {

std::string_view trim(std::string_view s) noexcept {
    // A plain loop: find_first_not_of calls memchr for every character, which cost a tenth of
    // the time of scoring a large file.
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    std::size_t first = 0, last = s.size();
    while (first < last && blank(s[first]))
        ++first;
    while (last > first && blank(s[last - 1]))
        --last;
    return s.substr(first, last - first);
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string normalize_name(std::string_view s) {
    return lower(trim(s));
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += separator;
        out += parts[i];
    }
    return out;
}

std::string list_some(const std::vector<std::string>& names, std::size_t limit) {
    if (names.size() <= limit) return join(names, ", ");
    std::vector<std::string> head(names.begin(),
                                  names.begin() + static_cast<std::ptrdiff_t>(limit));
    return join(head, ", ") + ", … (" + std::to_string(names.size()) + " in all)";
}

bool parse_number(std::string_view text, double& out) noexcept {
    if (text.empty()) return false;
    const char* first = text.data();
    const char* last = first + text.size();
    if (*first == '+') {  // "+3" is a number to a person; "+-4" is not
        ++first;
        if (first == last || *first == '-') return false;
    }
    // Most answers are one digit: read it without from_chars.
    if (last - first == 1 && *first >= '0' && *first <= '9') {
        out = *first - '0';
        return true;
    }
    const auto res = std::from_chars(first, last, out);
    return res.ec == std::errc() && res.ptr == last && std::isfinite(out);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diag = up;
        }
    }
    return row[b.size()];
}

std::size_t utf8_char_length(std::string_view text, std::size_t i) noexcept {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return 1;
    const std::size_t len = c >= 0xC2 && c < 0xE0   ? 2
                            : c >= 0xE0 && c < 0xF0 ? 3
                            : c >= 0xF0 && c < 0xF5 ? 4
                                                    : 0;
    if (len == 0 || i + len > text.size()) return 0;
    for (std::size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
    const auto c1 = static_cast<unsigned char>(text[i + 1]);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 >= 0x90))
        return 0;  // overlong forms, surrogates, beyond U+10FFFF
    return len;
}

bool valid_utf8(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = utf8_char_length(text, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

// RFC 4180: quoted when it holds a delimiter, a quote or a line break (or edge spaces, which
// spreadsheets trim).
void append_csv_field(std::string& out, std::string_view text, char delimiter) {
    const char special[] = {delimiter, '"', '\r', '\n', '\0'};
    const bool quote = text.find_first_of(special) != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

}  // namespace attachscore::detail
