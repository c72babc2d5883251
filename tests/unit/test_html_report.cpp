// The HTML report: every row a card, points where the published key puts them (worked by hand),
// the sample's figures, escaping, nothing fetched, one person's page, and its refusals.
#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>

#include "test_helpers.hpp"

namespace {

const attachscore::instrument& ecr_s() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-s");
}

// ECR-S key: anxiety = items 2, 4, 6, 8R, 10, 12; avoidance = 1R, 3, 5R, 7, 9R, 11 (1–7).
// All 1s: anxiety (1+1+1+7+1+1)/6 = 2, avoidance (7+1+7+1+7+1)/6 = 4.
// All 7s: anxiety (7·5+1)/6 = 6, avoidance 4. All 4s: 4 and 4. The last row's Q1 = 9 is off the
// scale: the row is not scored.
const std::string class_csv =
    "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12,group\n"
    "<script>alert(1)</script>,1,1,1,1,1,1,1,1,1,1,1,1,<b>A</b>\n"
    "p2,7,7,7,7,7,7,7,7,7,7,7,7,B\n"
    "p3,4,4,4,4,4,4,4,4,4,4,4,4,A\n"
    "p4,9,4,4,4,4,4,4,4,4,4,4,4,B\n";

attachscore::result<attachscore::html_report> report(const std::string& csv,
                                                     attachscore::table_options options = {},
                                                     attachscore::html_report_options page = {}) {
    options.id_column = "id";
    std::istringstream in(csv);
    return attachscore::make_html_report(ecr_s(), in, options, page);
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

}  // namespace

TEST_CASE("a class page: a card for every row, each point where the key puts it") {
    attachscore::table_options options;
    options.keep = {"group"};
    const auto made = report(class_csv, options);
    REQUIRE(made.ok());
    const auto& page = made.value();
    const auto& html = page.html;
    CHECK(page.cards == 4);
    CHECK(count(html, "<article class=\"card\"") == 4);
    CHECK(count(html, "<p class=\"disclaimer\">") == 4);
    CHECK(page.summary.rows == 4);
    CHECK(page.summary.rows_valid == 3);
    // x 70–460 and y 420–50 for 1–7: (2, 4) → (135, 235); (6, 4) → (395, 235); (4, 4) → (265, 235).
    CHECK(count(page.plane, "<circle ") == 3);
    CHECK(page.plane.find("<circle cx=\"135.0\" cy=\"235.0\" r=\"4\"") != std::string::npos);
    CHECK(page.plane.find("<circle cx=\"395.0\" cy=\"235.0\" r=\"4\"") != std::string::npos);
    CHECK(page.plane.find("<circle cx=\"265.0\" cy=\"235.0\" r=\"4\"") != std::string::npos);
    CHECK(html.find(page.plane) != std::string::npos);
    CHECK(html.find("Each point is one respondent: 3 of 4 have both scores.") != std::string::npos);
    CHECK(html.find("<p>4 rows read; 3 scored without a problem.</p>") != std::string::npos);
    // Anxiety 2, 6, 4: mean 4, SD √(8/2) = 2; avoidance 4, 4, 4 (the fourth row not scored).
    CHECK(html.find("<td>Attachment anxiety</td><td>3</td><td>4.00</td><td>2.00</td><td>2.00</td>"
                    "<td>6.00</td>") != std::string::npos);
    CHECK(html.find("<td>Attachment avoidance</td><td>3</td><td>4.00</td><td>0.00</td>") !=
          std::string::npos);
    // The row that is not valid keeps its card, with its reason.
    CHECK(html.find("<h3>Respondent p4 (line 5)</h3>") != std::string::npos);
    CHECK(std::regex_search(html, std::regex("<p class=\"notice\">line 5: [^<]*Q1")));
    CHECK(html.find("Attachment avoidance: not scored") != std::string::npos);
}

TEST_CASE("the page escapes what came from the input and fetches nothing") {
    attachscore::table_options options;
    options.keep = {"group"};
    const auto made = report(class_csv, options);
    REQUIRE(made.ok());
    const auto& html = made.value().html;
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("Respondent &lt;script&gt;alert(1)&lt;/script&gt; (line 2)") !=
          std::string::npos);
    CHECK(html.find("<p class=\"kept\">group: &lt;b&gt;A&lt;/b&gt;</p>") != std::string::npos);
    CHECK(html.find("<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>") != std::string::npos);
    // The only URL is the SVG namespace; no src, link, url() or @import.
    CHECK(count(html, "http:") + count(html, "https:") ==
          count(html, "http://www.w3.org/2000/svg"));
    for (const char* fetch : {" src=", "<link", "url(", "@import", "<img", "<iframe"})
        CHECK_MESSAGE(html.find(fetch) == std::string::npos, fetch);
    CHECK(html.find("Content-Security-Policy\" content=\"default-src 'none'; style-src "
                    "'unsafe-inline'\"") != std::string::npos);
}

TEST_CASE("one person's page shows their point alone, without the others' figures") {
    attachscore::html_report_options page;
    page.respondent = "p2";
    const auto made = report(class_csv, {}, page);
    REQUIRE(made.ok());
    const auto& html = made.value().html;
    CHECK(made.value().cards == 1);
    CHECK(count(html, "<article class=\"card\"") == 1);
    CHECK(count(made.value().plane, "<circle ") == 1);
    CHECK(html.find("<circle cx=\"395.0\" cy=\"235.0\" r=\"8\"") != std::string::npos);
    CHECK(html.find("<table") == std::string::npos);
    CHECK(html.find("p3") == std::string::npos);
    CHECK(html.find("<h1>ECR-S: results of p2</h1>") != std::string::npos);
    page.respondent = "nobody";
    const auto missing = report(class_csv, {}, page);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errors().front().message.find("no row has the id \"nobody\"") !=
          std::string::npos);
}

TEST_CASE("in Spanish, every word of the page and decimal commas") {
    attachscore::table_options options;
    options.language = "es";
    const auto made = report(class_csv, options);
    REQUIRE(made.ok());
    const auto& html = made.value().html;
    CHECK(html.find("<html lang=\"es\">") != std::string::npos);
    CHECK(html.find("<h1>ECR-S: resultados de 4 personas</h1>") != std::string::npos);
    CHECK(html.find("Cada punto es una persona: 3 de 4 tienen ambas puntuaciones.") !=
          std::string::npos);
    CHECK(html.find("<td>3</td><td>4,00</td><td>2,00</td><td>2,00</td><td>6,00</td>") !=
          std::string::npos);
    CHECK(html.find("<h3>Persona p2 (línea 3)</h3>") != std::string::npos);
    for (const char* english : {"Respondent", "Together", "Each point", "Distributions", "Score<",
                                "Mean<", "How the pattern", "A heuristic for a plain-language"})
        CHECK_MESSAGE(html.find(english) == std::string::npos, english);
    // The profile's method in Spanish, and numbers in the plane's ticks and the histograms' bins
    // with a decimal comma.
    CHECK(html.find("Cómo se nombra el patrón de las fichas: Un criterio propio") !=
          std::string::npos);
    CHECK(html.find(">4,0</text>") != std::string::npos);         // a plane tick
    CHECK(html.find("<title>1,00–1,50: ") != std::string::npos);  // a histogram bin
    CHECK(html.find(">4.0</text>") == std::string::npos);
    CHECK(html.find("<title>1.00–1.50") == std::string::npos);
}

TEST_CASE("the page refuses what it cannot show truly") {
    attachscore::html_report_options page;
    page.max_rows = 3;
    const auto big = report(class_csv, {}, page);
    REQUIRE_FALSE(big.ok());
    CHECK(big.errors().front().message ==
          "4 rows: the HTML report draws every respondent and stops at 3. For a large sample's "
          "figures use 'attachscore stats'; for one person's page add the respondent ID.");
    // Answers on a 1–5 scale: the plane keeps that scale, its lines at that scale's middle (3,
    // where the published 1–7 plane has them at 4) and the corner names with them.
    attachscore::table_options five;
    five.scoring.administered_scale = attachscore::scale_bounds{1, 5};
    const std::string one =
        "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\na,1,1,1,1,1,1,1,1,1,1,1,1\n";
    const auto made = report(one, five);
    REQUIRE(made.ok());
    const auto& plane = made.value().plane;
    // x = 70 + (3 − 1)/4 · 390 = 265; y = 420 − (3 − 1)/4 · 370 = 235.
    CHECK(plane.find("<line x1=\"265.0\"") != std::string::npos);
    CHECK(plane.find("Comfortable") != std::string::npos);
    // On 1–5: anxiety (1·5 + 5)/6 = 1.67, avoidance (5·3 + 1·3)/6 = 3 → x 70 + 0.67/4·390 = 135,
    // y 420 − 2/4·370 = 235.
    CHECK(plane.find("<circle cx=\"135.0\" cy=\"235.0\"") != std::string::npos);
    CHECK(made.value().html.find("Here the answers were given on the 1–5 scale, whose middle "
                                 "puts the split at 3.00 and 3.00.") != std::string::npos);
    // A profile split at published cut-offs (not the scale's middle) keeps to the published
    // scale: no lines and no names on 1–5.
    auto fixed_cuts = ecr_s();
    fixed_cuts.profile->relative_to_scale = false;
    std::istringstream in(one);
    five.id_column = "id";
    const auto kept = attachscore::make_html_report(fixed_cuts, in, five, {});
    REQUIRE(kept.ok());
    CHECK(kept.value().plane.find("stroke-dasharray") == std::string::npos);
    CHECK(kept.value().plane.find("Comfortable") == std::string::npos);
    CHECK(kept.value().html.find("The answers were given on a 1–5 scale, not the published "
                                 "1–7") != std::string::npos);
}

TEST_CASE("a histogram counts each value in its bin, the highest in the last") {
    const std::vector<double> values{1, 1.4, 4, 7, std::nan(""), 9};
    const auto svg = attachscore::histogram_svg(values, 1, 7, "A <score>", 12);
    CHECK(svg.find("<title>1.00–1.50: 2</title>") != std::string::npos);
    CHECK(svg.find("<title>4.00–4.50: 1</title>") != std::string::npos);
    CHECK(svg.find("<title>6.50–7.00: 1</title>") != std::string::npos);
    CHECK(count(svg, ": 0</title>") == 9);
    CHECK(svg.find("A &lt;score&gt;") != std::string::npos);
    // Bars of one unit centred on whole numbers are labelled by their value.
    const std::vector<double> ratings{1, 2, 2, 5};
    const auto bars = attachscore::histogram_svg(ratings, 0.5, 5.5, "ratings", 5);
    CHECK(bars.find("<title>1.5–2.5: 2</title>") != std::string::npos);
    CHECK(bars.find("text-anchor=\"middle\">3</text>") != std::string::npos);
}

TEST_CASE("an input far larger than the rows a page can show is not read into memory") {
    attachscore::html_report_options page;
    page.max_rows = 1;  // at most 2 × 64 KiB are read
    std::string big = "id,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\n";
    while (big.size() < (std::size_t{200} << 10))
        big += "a,1,1,1,1,1,1,1,1,1,1,1,1\n";
    const auto made = report(big, {}, page);
    REQUIRE_FALSE(made.ok());
    CHECK(made.errors().front().message ==
          "more than 1 rows' worth of data: the HTML report draws every respondent and stops at "
          "1. For a large sample's figures use 'attachscore stats'; for one person's page add "
          "the respondent ID.");
}
