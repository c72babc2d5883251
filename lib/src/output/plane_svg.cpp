// The anxiety × avoidance plane as SVG: axes with the scale's ends, the quadrant lines at the
// profile's cuts with the quadrants' names, one circle per respondent (its id as a tooltip).
#include <algorithm>
#include <cstdio>

#include "attachscore/plots.hpp"
#include "output/writer_support.hpp"

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
    s += "<line x1=\"" + fixed(f.px(l.x_cut)) + "\" y1=\"" + fixed(f.py(l.y_min)) + "\" x2=\"" +
         fixed(f.px(l.x_cut)) + "\" y2=\"" + fixed(f.py(l.y_max)) +
         "\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n";
    s += "<line x1=\"" + fixed(f.px(l.x_min)) + "\" y1=\"" + fixed(f.py(l.y_cut)) + "\" x2=\"" +
         fixed(f.px(l.x_max)) + "\" y2=\"" + fixed(f.py(l.y_cut)) +
         "\" stroke=\"#999\" stroke-dasharray=\"4 4\"/>\n";
    for (double v : {l.x_min, l.x_cut, l.x_max})
        s += text(f.px(v), size - margin_bottom + 18, fixed(v), "middle");
    for (double v : {l.y_min, l.y_cut, l.y_max})
        s += text(margin_left - 8, f.py(v) + 4, fixed(v), "end");
    s += text((f.px(l.x_min) + f.px(l.x_max)) / 2, size - 15, l.x_label, "middle");
    const double middle = (f.py(l.y_min) + f.py(l.y_max)) / 2;
    s += text(18, middle, l.y_label, "middle",
              " transform=\"rotate(-90 18 " + fixed(middle) + ")\"");
    return s;
}

std::string quadrant_texts(const frame& f) {
    const auto& l = f.l;
    const double xs[2] = {(f.px(l.x_min) + f.px(l.x_cut)) / 2, (f.px(l.x_cut) + f.px(l.x_max)) / 2};
    const double ys[2] = {f.py(l.y_min) - 10, f.py(l.y_max) + 18};  // low y at the bottom
    std::string s;
    for (int cell = 0; cell < 4; ++cell)
        if (!l.quadrants[cell].empty())
            s += text(xs[cell % 2], ys[cell / 2], l.quadrants[cell], "middle",
                      " fill=\"#666\" font-size=\"13\"");
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
    s += text(size / 2, 22, title, "middle", " font-size=\"15\" font-weight=\"bold\"");
    s += axes(f) + quadrant_texts(f);
    for (const auto& p : points)
        s += "<circle cx=\"" + fixed(f.px(p.x)) + "\" cy=\"" + fixed(f.py(p.y)) + "\" r=\"" +
             (p.highlight ? "8" : "4") + "\" fill=\"" + (p.highlight ? "#c0392b" : "#2c7fb8") +
             "\" fill-opacity=\"0.6\"><title>" + escape_markup(p.label) + "</title></circle>\n";
    return s + "</svg>\n";
}

}  // namespace attachscore
