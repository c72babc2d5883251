#include "attachscore/diagnostic.hpp"

#include "common/text_util.hpp"

namespace attachscore {

std::string to_string(const diagnostic& d) {
    std::string out = d.where.file;
    if (d.where.line != 0) {
        out += ':' + std::to_string(d.where.line);
        if (d.where.column != 0) out += ':' + std::to_string(d.where.column);
    }
    if (!d.where.pointer.empty()) {
        if (!out.empty()) out += ": ";
        out += d.where.pointer;
    }
    if (!out.empty()) out += ": ";
    out += d.message;
    return out;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    const std::string wanted = detail::lower(word);
    std::string best;
    std::size_t best_distance = 3;
    for (const auto& c : candidates) {
        const std::size_t d = detail::edit_distance(wanted, detail::lower(c));
        if (d < best_distance && d * 2 < wanted.size()) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

std::string printable(std::string_view text) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool c1 = c == 0xC2 && i + 1 < text.size() &&
                        static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(text[i + 1]) <= 0x9F;
        if (c < 0x20 || c == 0x7F || c1) {
            const auto shown = c1 ? static_cast<unsigned char>(text[++i]) : c;
            out += "\\x";
            out += hex[shown >> 4];
            out += hex[shown & 15];
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

}  // namespace attachscore
