#include "input/answer_cells.hpp"

#include <algorithm>
#include <cctype>

#include "common/text_util.hpp"

namespace attachscore::detail {

missing_codes::missing_codes(const std::vector<std::string>& codes) {
    for (const auto& c : codes) {
        const auto t = trim(c);
        double v = 0;
        if (parse_number(t, v))
            numbers_.push_back(v);
        else
            texts_.push_back(lower(t));
    }
}

bool missing_codes::text_is_missing(std::string_view cell) const {
    if (cell.empty()) return true;
    if (texts_.empty()) return false;
    const auto same = [cell](const std::string& code) {  // code is lower case already
        if (code.size() != cell.size()) return false;
        for (std::size_t i = 0; i < cell.size(); ++i)
            if ((cell[i] >= 'A' && cell[i] <= 'Z' ? static_cast<char>(cell[i] - 'A' + 'a')
                                                  : cell[i]) != code[i])
                return false;
        return true;
    };
    return std::any_of(texts_.begin(), texts_.end(), same);
}

bool missing_codes::number_is_missing(double v) const {
    return std::find(numbers_.begin(), numbers_.end(), v) != numbers_.end();
}

label_reader::label_reader(const instrument& inst,
                           const std::vector<std::pair<std::string, double>>& recode) {
    for (const auto& a : inst.scale.anchors)
        for (const auto& [lang, text] : a.label)
            map_[key(text)] = a.value;
    for (const auto& [text, value] : recode)
        map_[key(text)] = value;
}

bool label_reader::read(std::string_view cell, double& value) const {
    if (map_.empty()) return false;
    auto it = map_.find(key(cell));
    if (it == map_.end()) return false;
    value = it->second;
    return true;
}

std::string label_reader::key(std::string_view text) {
    std::string out;
    for (char c : lower(trim(text))) {
        if (c == ' ' || c == '\t') {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

choice_reader::choice_reader(const item& it) {
    for (const auto& opt : it.options) {
        names.emplace_back(lower(opt.category), opt.code);
        for (const auto& a : opt.aliases)
            names.emplace_back(lower(a), opt.code);
        for (const auto& [lang, text] : opt.label)
            names.emplace_back(lower(text), opt.code);
        if (!listing.empty()) listing += ", ";
        listing += std::to_string(opt.code) + " = " + opt.category;
        if (!opt.aliases.empty()) listing += " (" + join(opt.aliases, ", ") + ")";
    }
}

bool choice_reader::read(std::string_view cell, double& code) const {
    const std::string l = lower(cell);
    for (const auto& [name, c] : names)
        if (name == l) {
            code = c;
            return true;
        }
    return false;
}

bool parse_decimal_comma(std::string_view text, double& out) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos || comma == 0 || comma + 1 == text.size() ||
        text.find_first_of(",.", comma + 1) != std::string_view::npos ||
        text.find('.') != std::string_view::npos)
        return false;
    const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    if (!digit(text[comma - 1]) || !digit(text[comma + 1])) return false;
    std::string point(text);
    point[comma] = '.';
    return parse_number(point, out);
}

}  // namespace attachscore::detail
