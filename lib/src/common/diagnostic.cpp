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

}  // namespace attachscore
