#include "classroom/qr_svg.hpp"

#include <qrencode.h>

#include "attachscore/plots.hpp"

namespace attachscore::classroom {

std::string qr_svg(const std::string& text, const std::string& label) {
    QRcode* code = QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) return {};
    const int n = code->width;
    constexpr int quiet = 4;  // modules of white around the code, as the standard asks
    const std::string size = std::to_string(n + 2 * quiet);
    // One path: each run of dark modules in a row is one rectangle.
    std::string path;
    for (int row = 0; row < n; ++row)
        for (int col = 0; col < n;) {
            if (!(code->data[row * n + col] & 1)) {
                ++col;
                continue;
            }
            int end = col;
            while (end < n && (code->data[row * n + end] & 1))
                ++end;
            path += "M" + std::to_string(col + quiet) + " " + std::to_string(row + quiet) + "h" +
                    std::to_string(end - col) + "v1h-" + std::to_string(end - col) + "z";
            col = end;
        }
    QRcode_free(code);
    return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " +
           size + "\" role=\"img\" aria-label=\"" + escape_markup(label) +
           "\" shape-rendering=\"crispEdges\"><rect width=\"" + size + "\" height=\"" + size +
           "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>\n";
}

}  // namespace attachscore::classroom
