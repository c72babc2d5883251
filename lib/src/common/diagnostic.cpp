#include "attachscore/diagnostic.hpp"

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

}  // namespace attachscore
