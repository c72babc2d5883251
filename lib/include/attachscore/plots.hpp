/// @file plots.hpp
/// @brief Pictures for people: respondents on the plane of an instrument's two profile
/// dimensions (anxiety × avoidance), as self-contained SVG — no script, no external resource,
/// every text from the data escaped.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <optional>
#include <span>
#include <string>

#include "attachscore/instrument.hpp"

namespace attachscore {

struct plane_point {
    double x = 0;            ///< the first profile dimension (e.g. anxiety)
    double y = 0;            ///< the second (e.g. avoidance)
    std::string label;       ///< shown as the point's tooltip (an id); escaped
    bool highlight = false;  ///< drawn larger (one person's own point)
};

/// The plane of an instrument's profile: its two scores' labels and ranges, the cuts between the
/// quadrants and what they are named, and how the split was made.
struct plane_layout {
    std::string x_label, y_label;
    double x_min = 1, x_max = 7, y_min = 1, y_max = 7;
    double x_cut = 4, y_cut = 4;
    std::string quadrants[4];  ///< in quadrant_names order: low-low, high-low, low-high, high-high
    std::string method;        ///< how the quadrants were drawn, e.g. "split at the middle …"
    bool show_cuts = true;     ///< false: no lines at the cuts (answers on another scale)
    std::string language = "en";  ///< how tick labels write numbers (a decimal comma in "es")
};

/// The layout for an instrument with a profile, in `language`; nullopt without one.
[[nodiscard]] ATTACHSCORE_API std::optional<plane_layout> plane_layout_for(
    const instrument& inst, const std::string& language = "en");

/// The points on the plane as one <svg> element (viewBox, scalable; `title` on top).
[[nodiscard]] ATTACHSCORE_API std::string plane_svg(std::span<const plane_point> points,
                                                    const plane_layout& layout,
                                                    const std::string& title);

/// A histogram of `values` (NaN ignored) over [lowest, highest] in `bins` equal bins, the last
/// one closed, as one <svg> element with `title` on top and each bar's count as its tooltip;
/// numbers written as `language` writes them.
[[nodiscard]] ATTACHSCORE_API std::string histogram_svg(std::span<const double> values,
                                                        double lowest, double highest,
                                                        const std::string& title,
                                                        std::size_t bins = 12,
                                                        const std::string& language = "en");

/// Text made safe for HTML and SVG: & < > " ' escaped.
[[nodiscard]] ATTACHSCORE_API std::string escape_markup(std::string_view text);

}  // namespace attachscore
