// The address students open, as a QR code the board shows (dark modules on white, whatever the
// page's colours, with the quiet zone readers need).
#pragma once

#include <string>

namespace attachscore::classroom {

/// An SVG QR code of `text`; empty when the text cannot be encoded (too long).
[[nodiscard]] std::string qr_svg(const std::string& text, const std::string& label);

}  // namespace attachscore::classroom
