// The anxiety × avoidance plane as SVG: axes with the scale's ends, the quadrant lines at the
// profile's cuts with the quadrants' names, one circle per respondent (its id as a tooltip).
#include <algorithm>
#include <cstdio>
#include <vector>

#include "attachscore/plots.hpp"
#include "output/writer_support.hpp"
#include "texts/numbers.hpp"

namespace attachscore {
namespace {

constexpr double size = 480, margin_left = 70, margin_bottom = 60, margin_top = 50,
                 margin_right = 20;

std::string fixed(double v) {
    return detail::fixed_decimals(v, 1);
}

using detail::in_language;

struct frame {
    const plane_layout& l;
    double px(double x) const {
        const double w = size - margin_left - margin_right;
        return margin_left + (std::clamp(x, l.x_min, l.x_max) - l.x_min) / (l.x_max - l.x_min) * w;
    }
    double py(double y) const {
        const double h = size - margin_top - margin_bottom;
        return size - margin_bottom -
               (std::clamp(y, l.y_min, l.y_max) - l.y_min) / (l.y_max - l.y_min) * h;
    }
};

std::string text(double x, double y, const std::string& words, const char* anchor,
                 const std::string& extra = "") {
    return "<text x=\"" + fixed(x) + "\" y=\"" + fixed(y) + "\" text-anchor=\"" + anchor + "\"" +
           extra + ">" + escape_markup(words) + "</text>\n";
}

std::string axes(const frame& f) {
    const auto& l = f.l;
    std::string s = "<rect x=\"" + fixed(f.px(l.x_min)) + "\" y=\"" + fixed(f.py(l.y_max)) +
                    "\" width=\"" + fixed(f.px(l.x_max) - f.px(l.x_min)) + "\" height=\"" +
                    fixed(f.py(l.y_min) - f.py(l.y_max)) +
                    "\" fill=\"#fafafa\" stroke=\"#555\"/>\n";
    if (l.show_cuts) {
        s += "<line x1=\"" + fixed(f.px(l.x_cut)) + "\" y1=\"" + fixed(f.py(l.y_min)) + "\" x2=\"" +
             fixed(f.px(l.x_cut)) + "\" y2=\"" + fixed(f.py(l.y_max)) +
             "\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n";
        s += "<line x1=\"" + fixed(f.px(l.x_min)) + "\" y1=\"" + fixed(f.py(l.y_cut)) + "\" x2=\"" +
             fixed(f.px(l.x_max)) + "\" y2=\"" + fixed(f.py(l.y_cut)) +
             "\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n";
    }
    const double x_middle = l.show_cuts ? l.x_cut : (l.x_min + l.x_max) / 2;
    const double y_middle = l.show_cuts ? l.y_cut : (l.y_min + l.y_max) / 2;
    for (double v : {l.x_min, x_middle, l.x_max})
        s += text(f.px(v), size - margin_bottom + 18, detail::decimal_text(v, 1, l.language),
                  "middle");
    for (double v : {l.y_min, y_middle, l.y_max})
        s += text(margin_left - 8, f.py(v) + 4, detail::decimal_text(v, 1, l.language), "end");
    s += text((f.px(l.x_min) + f.px(l.x_max)) / 2, size - 15, l.x_label, "middle");
    const double middle = (f.py(l.y_min) + f.py(l.y_max)) / 2;
    s += text(18, middle, l.y_label, "middle",
              " transform=\"rotate(-90 18 " + fixed(middle) + ")\"");
    return s;
}

// A name on one line, or on two (split at the space nearest the middle) when it is longer than
// `fits` characters.
std::vector<std::string> name_lines(const std::string& name, std::size_t fits) {
    if (name.size() <= fits) return {name};
    std::size_t best = std::string::npos;
    for (std::size_t i = name.find(' '); i != std::string::npos; i = name.find(' ', i + 1))
        if (best == std::string::npos ||
            (i > name.size() / 2 ? i - name.size() / 2 : name.size() / 2 - i) <
                (best > name.size() / 2 ? best - name.size() / 2 : name.size() / 2 - best))
            best = i;
    if (best == std::string::npos) return {name};
    return {name.substr(0, best), name.substr(best + 1)};
}

std::string quadrant_texts(const frame& f) {
    const auto& l = f.l;
    const double xs[2] = {(f.px(l.x_min) + f.px(l.x_cut)) / 2, (f.px(l.x_cut) + f.px(l.x_max)) / 2};
    std::string s;
    for (int cell = 0; cell < 4; ++cell) {
        if (l.quadrants[cell].empty()) continue;
        const auto lines = name_lines(l.quadrants[cell], 28);  // 12-px characters in half the plot
        const double line_height = 14;
        // Low y at the bottom: names of the bottom cells end just above the x axis.
        const double first =
            cell / 2 == 0 ? f.py(l.y_min) - 8 - line_height * static_cast<double>(lines.size() - 1)
                          : f.py(l.y_max) + 16;
        for (std::size_t i = 0; i < lines.size(); ++i)
            s += text(xs[cell % 2], first + line_height * static_cast<double>(i), lines[i],
                      "middle", " fill=\"#666\" font-size=\"12\"");
    }
    return s;
}

}  // namespace

std::string escape_markup(std::string_view in) {
    std::string out;
    out.reserve(in.size());
    for (char c : in) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::optional<plane_layout> plane_layout_for(const instrument& inst, const std::string& language) {
    if (!inst.profile) return std::nullopt;
    const auto* x = inst.find_score(inst.profile->inputs[0]);
    const auto* y = inst.find_score(inst.profile->inputs[1]);
    if (!x || !y) return std::nullopt;
    plane_layout l;
    l.language = language;
    l.x_label = in_language(x->label, language);
    l.y_label = in_language(y->label, language);
    l.x_min = x->lowest, l.x_max = x->highest, l.y_min = y->lowest, l.y_max = y->highest;
    l.x_cut = inst.profile->cuts[0], l.y_cut = inst.profile->cuts[1];
    for (int c = 0; c < 4; ++c)
        l.quadrants[c] = in_language(inst.profile->cells[c].label, language);
    l.method = inst.profile->basis;
    return l;
}

std::string plane_svg(std::span<const plane_point> points, const plane_layout& layout,
                      const std::string& title) {
    const frame f{layout};
    std::string s =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 480\" "
        "role=\"img\" font-family=\"sans-serif\" font-size=\"12\">\n";
    s += "<title>" + escape_markup(title) + "</title>\n";
    // 15 px fits about 50 characters in the width; a longer title takes two lines.
    const auto title_lines = name_lines(title, 50);
    for (std::size_t i = 0; i < title_lines.size(); ++i)
        s += text(size / 2, title_lines.size() == 1 ? 22 : 17 + 17 * static_cast<double>(i),
                  title_lines[i], "middle",
                  title_lines.size() == 1 ? " font-size=\"15\" font-weight=\"bold\""
                                          : " font-size=\"14\" font-weight=\"bold\"");
    s += axes(f) + quadrant_texts(f);
    for (const auto& p : points)
        s += "<circle cx=\"" + fixed(f.px(p.x)) + "\" cy=\"" + fixed(f.py(p.y)) + "\" r=\"" +
             (p.highlight ? "8" : "4") + "\" fill=\"" + (p.highlight ? "#c0392b" : "#2c7fb8") +
             "\" fill-opacity=\"0.6\"><title>" + escape_markup(p.label) + "</title></circle>\n";
    return s + "</svg>\n";
}

}  // namespace attachscore
