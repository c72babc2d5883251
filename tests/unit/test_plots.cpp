// The plane as SVG: self-contained, positions on the scale, quadrants at the profile's cuts, and
// every text from the data escaped.
#include <regex>

#include "test_helpers.hpp"

TEST_CASE("respondents on the anxiety × avoidance plane, with ids escaped") {
    static const auto cat = attachscore::catalogue::builtin();
    const auto layout = attachscore::plane_layout_for(*cat.find("ecr-r"));
    REQUIRE(layout.has_value());
    CHECK(layout->x_label == "Attachment anxiety");
    CHECK(layout->x_cut == 4);
    CHECK_FALSE(attachscore::plane_layout_for(test::tiny()).has_value());  // no profile
    const std::vector<attachscore::plane_point> points = {
        {1, 1, "<script>alert(1)</script>", false},
        {7, 7, "a \"quoted\" & 'odd' id", true},
        {9, -3, "off the scale", false}};
    const auto svg = attachscore::plane_svg(points, *layout, "Class <3");
    CHECK(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 480\"", 0) == 0);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
    CHECK(svg.find("a &quot;quoted&quot; &amp; &#39;odd&#39; id") != std::string::npos);
    CHECK(svg.find("Class &lt;3") != std::string::npos);
    // Plot area x 70–460 for 1–7, y 420–50 for 1–7: the cut at 4 is x 265, y 235.
    CHECK(svg.find("<circle cx=\"70.0\" cy=\"420.0\" r=\"4\"") != std::string::npos);
    CHECK(svg.find("<circle cx=\"460.0\" cy=\"50.0\" r=\"8\"") != std::string::npos);
    CHECK(svg.find("<circle cx=\"460.0\" cy=\"420.0\"") != std::string::npos);  // kept on the plot
    CHECK(svg.find("x1=\"265.0\" y1=\"420.0\" x2=\"265.0\" y2=\"50.0\"") != std::string::npos);
    CHECK(svg.find("x1=\"70.0\" y1=\"235.0\" x2=\"460.0\" y2=\"235.0\"") != std::string::npos);
    // Each quadrant's name is one <text>, or two consecutive ones (a long name on two lines).
    std::vector<std::string> texts;
    const std::regex text_element("<text[^>]*>([^<]*)</text>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text_element);
         it != std::sregex_iterator(); ++it)
        texts.push_back((*it)[1]);
    for (const auto& q : layout->quadrants) {
        const auto escaped = attachscore::escape_markup(q);
        bool found = false;
        for (std::size_t i = 0; i < texts.size(); ++i)
            found = found || texts[i] == escaped ||
                    (i + 1 < texts.size() && texts[i] + " " + texts[i + 1] == escaped);
        CHECK_MESSAGE(found, q);
    }
    // A name longer than half the plot holds is split at the space nearest its middle.
    CHECK(std::find(texts.begin(), texts.end(), "Comfortable with") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "closeness, little worry") != texts.end());
    const std::regex circle("<circle ");
    CHECK(std::distance(std::sregex_iterator(svg.begin(), svg.end(), circle),
                        std::sregex_iterator()) == 3);
    // Nothing is fetched: the only URL is the SVG namespace.
    CHECK(svg.find("http") == svg.find("http://www.w3.org/2000/svg"));
    CHECK(svg.find("http", svg.find("http") + 1) == std::string::npos);
}
