#include "common/number_format.hpp"

#include <charconv>

namespace attachscore::detail {

void append_number(std::string& out, double value) {
    char buf[32];
    // to_chars without a precision gives the shortest round-trip form.
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, res.ptr);
}

}  // namespace attachscore::detail
