// The page around the cards: the instrument and its framing, the planes of the two main
// dimensions with how their lines and names were made, the sample's figures and histograms.
#include <algorithm>
#include <cmath>

#include "attachscore/html_report.hpp"
#include "output/html_parts.hpp"
#include "output/report_model.hpp"
#include "output/writer_support.hpp"

namespace attachscore::detail {
namespace {

constexpr std::string_view style = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.45;color:#222;
 max-width:62rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;margin:.2rem 0}h2{border-bottom:2px solid #ddd;margin-top:2rem}
h3{margin:.2rem 0 .6rem;font-size:1.1rem}
.framing,.disclaimer{background:#f4f8fb;border-left:4px solid #2c7fb8;padding:.5rem .8rem}
figure{margin:1rem 0}figure svg{width:100%;max-width:34rem;height:auto;display:block}
figcaption{font-size:.9rem;color:#444;max-width:40rem}
.planes,.histograms{display:grid;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr));gap:1rem}
table{border-collapse:collapse;margin:1rem 0;font-size:.95rem}
th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child,td.wording{text-align:left}
.card{border:1px solid #ccc;border-radius:8px;padding:.8rem 1rem;margin:1rem 0}
.card .head{font-weight:600;margin:.6rem 0 .1rem}.card .text{margin:.1rem 0 .4rem 1rem}
.card .notice{color:#8a4b00}.card .kept{color:#555;font-size:.9rem}
svg.bar{width:15rem;max-width:80%;height:1.1rem;display:block;margin-left:1rem}
.scroll{overflow-x:auto}
@media (max-width:30rem){body{padding:.5rem}th,td{padding:.2rem .3rem;font-size:.85rem}}
@media print{@page{size:A4;margin:15mm}body{max-width:none;padding:0}
 .card,figure{break-inside:avoid}h2{break-after:avoid}
 .planes figure svg{max-height:110mm;width:auto;max-width:100%}}
)";

// The class summary on one A4 page: the figures side by side and small enough to fit.
constexpr const char* summary_style = R"(
.planes{grid-template-columns:repeat(2,minmax(0,1fr))}.planes figure svg{max-height:88mm}
.histograms{grid-template-columns:repeat(3,minmax(0,1fr))}.histograms svg{max-height:40mm}
@media print{body{font-size:9pt}figure{margin:.2rem 0}figcaption{font-size:8pt}
 table{margin:.3rem 0;font-size:8.5pt}h1{font-size:14pt;margin:0}h2{font-size:11pt;margin:.3rem 0}
 p{margin:.3rem 0}}
)";

std::string number(double v, const std::string& lang) {
    return std::isfinite(v) ? fixed2(v, lang) : page_words_for(lang).not_available;
}

std::string scale_range_text(const response_scale& s) {
    return std::to_string(s.min) + "–" + std::to_string(s.max);
}

struct plane_spec {
    plane_layout layout;
    std::size_t x = 0, y = 0;  ///< score indices
    std::string title;
};

// The profile's plane and, for an instrument answered about several people, one per person:
// the profile's scores with "global_" replaced by the person's id ("global_anxiety" →
// "mother_anxiety").
std::vector<plane_spec> planes_of(const instrument& inst, const std::string& lang) {
    std::vector<plane_spec> out;
    const auto layout = plane_layout_for(inst, lang);
    if (!layout) return out;
    const auto& in = inst.profile->inputs;
    out.push_back({*layout, *inst.score_index(in[0]), *inst.score_index(in[1]),
                   inst.short_name + ": " + layout->x_label + " × " + layout->y_label});
    for (const auto& t : inst.targets) {
        const auto per_person = [&](const std::string& id) {
            const auto plain = id.rfind("global_", 0) == 0 ? id.substr(7) : id;
            return inst.score_index(t.id + "_" + plain);
        };
        const auto x = per_person(in[0]), y = per_person(in[1]);
        if (!x || !y) continue;
        plane_spec p{*layout, *x, *y, inst.short_name + ": " + in_language(t.label, lang)};
        p.layout.x_label = in_language(inst.scores[*x].label, lang);
        p.layout.y_label = in_language(inst.scores[*y].label, lang);
        out.push_back(std::move(p));
    }
    return out;
}

std::string plane_figure(const report_data& d, plane_spec p, std::string& svg) {
    const auto& w = page_words_for(d.language);
    const scorer& sc = *d.sc;
    const auto& inst = sc.definition();
    const std::string given = scale_range_text(sc.scale()),
                      published = scale_range_text(inst.scale);
    const auto xr = score_range(sc, inst.scores[p.x]), yr = score_range(sc, inst.scores[p.y]);
    if (!xr || !yr)
        return "<p>" + escape_markup(fill(w.plane_missing, {{"given", given}})) + "</p>\n";
    std::vector<plane_point> points;
    for (std::size_t i = 0; i < d.cards.size(); ++i) {
        const double x = d.values[p.x][i], y = d.values[p.y][i];
        if (std::isfinite(x) && std::isfinite(y))
            points.push_back({x, y, d.labels[i], !d.respondent.empty()});
    }
    std::string caption;
    if (sc.scale_overridden() && sc.profile_applies()) {
        p.layout.x_min = xr->first, p.layout.x_max = xr->second;
        p.layout.y_min = yr->first, p.layout.y_max = yr->second;
        caption = !d.respondent.empty()
                      ? std::string(w.one_caption)
                      : fill(w.moved_cuts, {{"k", std::to_string(points.size())},
                                            {"n", std::to_string(d.cards.size())},
                                            {"given", given},
                                            {"published", published},
                                            {"xcut", fixed2(p.layout.x_cut, d.language)},
                                            {"xlabel", p.layout.x_label},
                                            {"ycut", fixed2(p.layout.y_cut, d.language)},
                                            {"ylabel", p.layout.y_label}});
    } else if (sc.scale_overridden()) {
        p.layout.x_min = xr->first, p.layout.x_max = xr->second;
        p.layout.y_min = yr->first, p.layout.y_max = yr->second;
        p.layout.show_cuts = false;
        for (auto& q : p.layout.quadrants)
            q.clear();
        caption = fill(w.no_cuts, {{"given", given}, {"published", published}});
    } else {
        caption = d.respondent.empty()
                      ? fill(w.plane_caption, {{"k", std::to_string(points.size())},
                                               {"n", std::to_string(d.cards.size())},
                                               {"xcut", fixed2(p.layout.x_cut, d.language)},
                                               {"xlabel", p.layout.x_label},
                                               {"ycut", fixed2(p.layout.y_cut, d.language)},
                                               {"ylabel", p.layout.y_label}})
                      : w.one_caption;
    }
    svg = plane_svg(points, p.layout, p.title);
    return "<figure>\n" + svg + "<figcaption>" + escape_markup(caption) +
           "</figcaption>\n</figure>\n";
}

// n, mean, SD (n − 1), min and max of the valid scores: the values the cards, the plane and the
// histograms show.
struct description {
    std::size_t n = 0;
    double mean = NAN, sd = NAN, min = NAN, max = NAN;
};
description describe(const std::vector<double>& values) {
    description out;
    double sum = 0;
    for (double v : values)
        if (std::isfinite(v)) {
            ++out.n, sum += v;
            out.min = out.n == 1 ? v : std::fmin(out.min, v);
            out.max = out.n == 1 ? v : std::fmax(out.max, v);
        }
    if (out.n == 0) return out;
    out.mean = sum / static_cast<double>(out.n);
    double squares = 0;
    for (double v : values)
        if (std::isfinite(v)) squares += (v - out.mean) * (v - out.mean);
    if (out.n > 1) out.sd = std::sqrt(squares / static_cast<double>(out.n - 1));
    return out;
}

std::string statistics_table(const report_data& d) {
    const auto& w = page_words_for(d.language);
    const auto& inst = d.sc->definition();
    std::string s = "<div class=\"scroll\"><table>\n<tr>";
    for (const char* h : {w.score, w.n, w.mean, w.sd, w.min, w.max, w.alpha})
        s += std::string("<th>") + h + "</th>";
    s += "</tr>\n";
    const auto num = [&](double v) { return number(v, d.language); };
    for (std::size_t i = 0; i < inst.scores.size(); ++i) {
        const auto desc = describe(d.values[i]);
        std::string alpha = w.not_available;
        // Alpha is over the rows that answered every item, as compute_statistics gives it.
        for (const auto& st : d.stats->scores)
            if (st.id == inst.scores[i].id && std::isfinite(st.alpha))
                alpha = num(st.alpha) + " (" + num(st.alpha_ci_low) + "–" + num(st.alpha_ci_high) +
                        "), n = " + std::to_string(st.n_complete);
        s += "<tr><td>" + escape_markup(in_language(inst.scores[i].label, d.language)) +
             "</td><td>" + std::to_string(desc.n) + "</td><td>" + num(desc.mean) + "</td><td>" +
             num(desc.sd) + "</td><td>" + num(desc.min) + "</td><td>" + num(desc.max) +
             "</td><td>" + alpha + "</td></tr>\n";
    }
    return s + "</table></div>\n<p class=\"note\">" + escape_markup(w.alpha_note) + "</p>\n";
}

std::string histograms(const report_data& d) {
    const auto& inst = d.sc->definition();
    std::string s = std::string("<h3>") + page_words_for(d.language).distributions +
                    "</h3>\n<div class=\"histograms\">\n";
    for (std::size_t i = 0; i < inst.scores.size(); ++i) {
        const auto range = score_range(*d.sc, inst.scores[i]);
        double low = range ? range->first : HUGE_VAL, high = range ? range->second : -HUGE_VAL;
        if (!range)  // another scale and not a mean: the sample's own range
            for (double v : d.values[i])
                if (std::isfinite(v)) low = std::fmin(low, v), high = std::fmax(high, v);
        if (!(high >= low)) continue;
        // A mean of few items takes few values: one bar per value, centred on it.
        std::size_t bins = 12;
        const auto& def = inst.scores[i];
        if (range && !def.derived() && def.aggregate == aggregation::mean) {
            const double values = (high - low) * static_cast<double>(def.items.size()) + 1;
            if (values <= 13) {
                const double half = 0.5 / static_cast<double>(def.items.size());
                low -= half, high += half;
                bins = static_cast<std::size_t>(values);
            }
        }
        s += "<figure>\n" +
             histogram_svg(d.values[i], low, high, in_language(def.label, d.language), bins,
                           d.language) +
             "</figure>\n";
    }
    return s + "</div>\n";
}

// Each item of each score with its wording (when supplied), mean, SD, r with the rest and blanks.
std::string item_table(const report_data& d) {
    const auto& w = page_words_for(d.language);
    const auto& inst = d.sc->definition();
    if (std::all_of(d.stats->scores.begin(), d.stats->scores.end(),
                    [](const score_statistics& st) { return st.items.empty(); }))
        return {};
    const bool worded = std::any_of(inst.items.begin(), inst.items.end(),
                                    [](const item& it) { return it.text.has_value(); });
    const auto& c = inst.cite;
    std::string s =
        std::string("<h3>") + w.items + "</h3>\n<p class=\"note\">" +
        escape_markup(
            (worded ? std::string()
                    : fill(w.no_wording, {{"source", c.authors + " (" + std::to_string(c.year) +
                                                         "), " + c.source}}) +
                          " ") +
            w.item_note) +
        "</p>\n<div class=\"scroll\"><table class=\"items\">\n";
    for (const auto& st : d.stats->scores) {
        if (st.items.empty()) continue;
        const auto* def = inst.find_score(st.id);
        s += "<tr><th colspan=\"" + std::string(worded ? "6" : "5") + "\">" +
             escape_markup(def ? in_language(def->label, d.language) : st.id) +
             "</th></tr>\n<tr><th>" + w.item_head + "</th>" +
             (worded ? std::string("<th>") + w.wording + "</th>" : "") + "<th>" + w.mean +
             "</th><th>" + w.sd + "</th><th>" + w.r_drop + "</th><th>" + w.blanks + "</th></tr>\n";
        for (const auto& it : st.items) {
            const auto at = inst.item_index(it.item);
            const auto* text = at && inst.items[*at].text ? &*inst.items[*at].text : nullptr;
            std::string person;
            for (const auto& t : inst.targets)
                if (t.id == it.target) person = in_language(t.label, d.language) + ": ";
            s += "<tr><td>" + escape_markup(person) + std::to_string(it.item) +
                 (it.reversed ? w.reversed : "") + "</td>" +
                 (worded ? "<td class=\"wording\">" +
                               (text ? escape_markup(in_language(*text, d.language)) : "") + "</td>"
                         : "") +
                 "<td>" + number(it.mean, d.language) + "</td><td>" + number(it.sd, d.language) +
                 "</td><td>" + number(it.corrected_item_total_r, d.language) + "</td><td>" +
                 std::to_string(it.missing) + "</td></tr>\n";
        }
    }
    return s + "</table></div>\n";
}

std::string notes(const report_data& d) {
    const auto& sum = d.summary;
    std::vector<std::string> all(sum.notes);
    all.insert(all.end(), sum.warnings.begin(), sum.warnings.end());
    // The hints in the page's language (summary.hints are the command line's, in English).
    for (const auto& f : sum.findings)
        all.push_back(finding_text(f, d.sc->definition(), d.language,
                                   d.words ? *d.words : plain_option_words()));
    if (all.empty()) return {};
    std::string s = std::string("<h3>") + page_words_for(d.language).notes + "</h3>\n<ul>\n";
    for (const auto& n : all)
        s += "<li>" + escape_markup(n) + "</li>\n";
    return s + "</ul>\n";
}

std::string header(const report_data& d) {
    const auto& w = page_words_for(d.language);
    const auto& inst = d.sc->definition();
    std::string title = d.title;
    if (title.empty())
        title = d.respondent.empty()
                    ? fill(w.default_title,
                           {{"name", inst.short_name}, {"n", std::to_string(d.cards.size())}})
                    : fill(w.one_title, {{"name", inst.short_name}, {"id", d.respondent}});
    const auto& c = inst.cite;
    return std::string("<!DOCTYPE html>\n<html lang=\"") + w.lang +
           "\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
           "style-src 'unsafe-inline'\">\n<title>" +
           escape_markup(title) + "</title>\n<style>" + std::string(style) +
           (d.summary_only ? summary_style : "") + "</style>\n</head>\n<body>\n" +
           "<header>\n<h1>" + escape_markup(title) + "</h1>\n<p class=\"instrument\">" +
           escape_markup(inst.name + ". " + c.authors + " (" + std::to_string(c.year) + "). " +
                         c.title + ". " + c.source + ".") +
           "</p>\n<p class=\"framing\">" + escape_markup(in_language(inst.disclaimer, d.language)) +
           "</p>\n</header>\n";
}

// On another administered scale the profile's published cuts name the published scale's middle:
// say where they are here.
std::string moved_note(const report_data& d) {
    if (!d.sc->scale_overridden()) return {};
    const auto& p = *d.sc->definition().profile;
    return fill(page_words_for(d.language).moved_method,
                {{"given", scale_range_text(d.sc->scale())},
                 {"xcut", fixed2(p.cuts[0], d.language)},
                 {"ycut", fixed2(p.cuts[1], d.language)}});
}

}  // namespace

std::string html_page(const report_data& d, std::string& plane) {
    const auto& w = page_words_for(d.language);
    const auto& inst = d.sc->definition();
    std::string s = header(d) + "<section class=\"summary\">\n<h2>" +
                    (d.respondent.empty() ? w.together : w.on_the_plane) + "</h2>\n";
    if (d.respondent.empty()) {
        std::string rows = fill(w.rows_read, {{"rows", std::to_string(d.summary.rows)},
                                              {"valid", std::to_string(d.summary.rows_valid)}});
        // Rows with some items blank (not all) are prorated: the reader should know.
        if (d.stats) {
            const auto& st = *d.stats;
            const auto blank = st.n_rows - st.rows_complete - st.rows_empty;
            if (blank > 0)
                rows += fill(blank == 1 ? w.with_blanks_one : w.with_blanks,
                             {{"blank", std::to_string(blank)}}) +
                        (d.summary_only ? "." : w.cards_say);
        }
        s += "<p>" + escape_markup(rows) + "</p>\n";
    }
    s += "<div class=\"planes\">\n";
    plane.clear();
    for (auto& p : planes_of(inst, d.language)) {
        std::string svg;
        s += plane_figure(d, std::move(p), svg);
        if (plane.empty()) plane = svg;
    }
    s += "</div>\n";
    // The method paragraph names the pattern on the cards: a summary has none.
    if (inst.profile && d.sc->profile_applies() && !d.summary_only)
        s += "<p class=\"method\">" +
             escape_markup(w.method + detail::text_in(inst.profile->basis_text, d.language) +
                           moved_note(d)) +
             "</p>\n";
    if (d.stats) s += statistics_table(d) + histograms(d) + (d.summary_only ? "" : item_table(d));
    if (d.summary_only) return s + notes(d) + "</section>\n</body>\n</html>\n";
    s += notes(d) + "</section>\n<section class=\"cards\">\n<h2>" + w.respondents + "</h2>\n";
    for (const auto& card : d.cards)
        s += card;
    return s + "</section>\n</body>\n</html>\n";
}

}  // namespace attachscore::detail

std::string_view attachscore::report_stylesheet() noexcept {
    return detail::style;
}
