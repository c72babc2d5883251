// A score's distribution as SVG bars: equal bins over the scale's possible range, so histograms
// of different samples on the same scale can be compared by eye.
#include <algorithm>
#include <cmath>
#include <vector>

#include "attachscore/plots.hpp"
#include "output/writer_support.hpp"
#include "texts/numbers.hpp"

namespace attachscore {
namespace {

constexpr double width = 480, height = 240, left = 50, right = 20, top = 40, bottom = 40;

std::string number(double v, int digits) {
    return detail::fixed_decimals(v, digits);
}

std::vector<std::size_t> bin_counts(std::span<const double> values, double lowest, double highest,
                                    std::size_t bins) {
    std::vector<std::size_t> counts(bins, 0);
    const double step = (highest - lowest) / static_cast<double>(bins);
    for (double v : values) {
        if (!std::isfinite(v) || v < lowest || v > highest) continue;
        auto b = static_cast<std::size_t>((v - lowest) / step);
        counts[std::min(b, bins - 1)]++;  // the highest value belongs to the last bin
    }
    return counts;
}

}  // namespace

std::string histogram_svg(std::span<const double> values, double lowest, double highest,
                          const std::string& title, std::size_t bins, const std::string& language) {
    const auto label = [&](double v, int digits) {
        return detail::decimal_text(v, digits, language);
    };
    bins = std::max<std::size_t>(bins, 1);
    if (!(highest > lowest)) highest = lowest + 1;
    const auto counts = bin_counts(values, lowest, highest, bins);
    const std::size_t most =
        std::max<std::size_t>(1, *std::max_element(counts.begin(), counts.end()));
    const double plot_w = width - left - right, plot_h = height - top - bottom;
    const double bar_w = plot_w / static_cast<double>(bins);
    const double step = (highest - lowest) / static_cast<double>(bins);
    const int digits = step < 1 ? 2 : 1;
    std::string s =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 240\" role=\"img\" "
        "font-family=\"sans-serif\" font-size=\"12\">\n<title>" +
        escape_markup(title) + "</title>\n";
    s += "<text x=\"240\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\">" +
         escape_markup(title) + "</text>\n";
    for (std::size_t b = 0; b < bins; ++b) {
        const double h = plot_h * static_cast<double>(counts[b]) / static_cast<double>(most);
        const double from = lowest + step * static_cast<double>(b);
        s += "<rect x=\"" + number(left + bar_w * static_cast<double>(b) + 1, 1) + "\" y=\"" +
             number(top + plot_h - h, 1) + "\" width=\"" + number(bar_w - 2, 1) + "\" height=\"" +
             number(h, 1) + "\" fill=\"#2c7fb8\"><title>" + label(from, digits) + "–" +
             label(from + step, digits) + ": " + std::to_string(counts[b]) + "</title></rect>\n";
    }
    s += "<line x1=\"" + number(left, 1) + "\" y1=\"" + number(top + plot_h, 1) + "\" x2=\"" +
         number(width - right, 1) + "\" y2=\"" + number(top + plot_h, 1) + "\" stroke=\"#555\"/>\n";
    // Bars one unit wide centred on whole numbers (answers to one item) are labelled by their
    // value; other bars by the range's ends and middle.
    const double first_centre = lowest + step / 2;
    const bool whole = step == 1 && first_centre == std::floor(first_centre);
    std::vector<double> ticks{lowest, (lowest + highest) / 2, highest};
    if (whole) {
        ticks.clear();
        for (std::size_t b = 0; b < bins; ++b)
            ticks.push_back(first_centre + static_cast<double>(b));
    }
    for (double v : ticks)
        s += "<text x=\"" + number(left + (v - lowest) / (highest - lowest) * plot_w, 1) +
             "\" y=\"" + number(height - bottom + 16, 1) + "\" text-anchor=\"middle\">" +
             label(v, whole ? 0 : 1) + "</text>\n";
    s += "<text x=\"" + number(left - 6, 1) + "\" y=\"" + number(top + 4, 1) +
         "\" text-anchor=\"end\">" + std::to_string(most) + "</text>\n";
    s += "<text x=\"" + number(left - 6, 1) + "\" y=\"" + number(top + plot_h + 4, 1) +
         "\" text-anchor=\"end\">0</text>\n";
    return s + "</svg>\n";
}

}  // namespace attachscore
