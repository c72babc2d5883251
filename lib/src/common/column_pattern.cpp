#include "common/column_pattern.hpp"

namespace attachscore::detail {

std::optional<std::string> expand_pattern(std::string_view pattern, int number,
                                          std::string_view target) {
    std::string p(pattern);
    for (auto at = p.find("{target}"); at != std::string::npos;
         at = p.find("{target}", at + target.size()))
        p.replace(at, 8, target);
    const auto open = p.find("{n");
    if (open == std::string::npos) return std::nullopt;
    const auto close = p.find('}', open);
    if (close == std::string::npos) return std::nullopt;
    if (p.find("{n", close) != std::string::npos) return std::nullopt;
    const std::string_view spec = std::string_view(p).substr(open + 2, close - open - 2);
    std::string digits = std::to_string(number);
    if (!spec.empty()) {
        // ":0W" pads with zeros to width W (1–9), as in "Q{n:02}" for Q01…Q36.
        if (spec.size() != 3 || spec[0] != ':' || spec[1] != '0' || spec[2] < '1' || spec[2] > '9')
            return std::nullopt;
        const auto width = static_cast<std::size_t>(spec[2] - '0');
        if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    }
    return p.substr(0, open) + digits + p.substr(close + 1);
}

}  // namespace attachscore::detail
