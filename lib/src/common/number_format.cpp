#include "common/number_format.hpp"

#include <charconv>

namespace attachscore::detail {

void append_number(std::string& out, double value) {
    char buf[32];
    // to_chars without a precision gives the shortest round-trip form.
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

std::string number_text(double value) {
    std::string out;
    append_number(out, value);
    return out;
}

}  // namespace attachscore::detail
