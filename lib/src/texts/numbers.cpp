#include "texts/numbers.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace attachscore::detail {

std::string count_text(std::size_t n, const std::string& language) {
    const std::string digits = std::to_string(n);
    const bool es = language == "es";
    if (es && digits.size() <= 4) return digits;  // RAE: 1380, but 10 380
    const std::string group = es ? "\u00a0" : ",";
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += group;
        out += digits[i];
    }
    return out;
}

std::string decimal_text(double v, int digits, const std::string& language) {
    if (!std::isfinite(v)) return "–";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits < 0 ? 0 : digits, std::fabs(v));
    std::string text = buf;
    bool zero = true;  // -0.00 is written 0.00
    for (char c : text)
        zero = zero && (c == '0' || c == '.');
    if (language == "es")
        for (char& c : text)
            if (c == '.') c = ',';
    return (v < 0 && !zero ? "\u2212" : "") + text;
}

std::string apa_text(double v, int digits, const std::string& language) {
    std::string text = decimal_text(v, digits, language);
    const std::string minus = "\u2212";
    const bool negative = text.rfind(minus, 0) == 0;
    const std::size_t at = negative ? minus.size() : 0;
    if (text.compare(at, 2, language == "es" ? "0," : "0.") == 0) text.erase(at, 1);
    return text;
}

std::string percent_text(double share, const std::string& language) {
    return decimal_text(share, 1, language) + (language == "es" ? "\u00a0%" : "%");
}

std::string counted(std::size_t n, const char* one, const char* many, const std::string& language) {
    return count_text(n, language) + " " + (n == 1 ? one : many);
}

std::string text_in(const std::map<std::string, std::string>& text, const std::string& language) {
    if (auto it = text.find(language); it != text.end()) return it->second;
    if (auto it = text.find("en"); it != text.end()) return it->second;
    return {};
}

std::string in_sentence(const std::string& label) {
    if (label.empty() || (label.size() > 1 && std::isupper(static_cast<unsigned char>(label[1]))))
        return label;
    std::string out = label;
    out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

std::string fill(std::string pattern,
                 std::initializer_list<std::pair<const char*, std::string>> values) {
    for (const auto& [name, value] : values) {
        const std::string key = std::string("{") + name + "}";
        for (auto at = pattern.find(key); at != std::string::npos;
             at = pattern.find(key, at + value.size()))
            pattern.replace(at, key.size(), value);
    }
    return pattern;
}

}  // namespace attachscore::detail
