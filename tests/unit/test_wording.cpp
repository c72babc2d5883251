// Wording files: the template lists every item; a filled file lends its text to the instrument;
// every way a file can be wrong is reported with its line.
#include "test_helpers.hpp"

namespace {

const attachscore::instrument& ecr_s() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-s");
}

std::string data(const std::string& name) {
    return std::string(ATTACHSCORE_TEST_DATA) + "/wording/" + name;
}

}  // namespace

TEST_CASE("the wording template names every item once, with no text") {
    const auto text = attachscore::wording_template(ecr_s());
    std::string expected = "item,text\n";
    for (int n = 1; n <= 12; ++n)
        expected += std::to_string(n) + ",\n";
    CHECK(text == expected);
}

TEST_CASE("a filled wording file lends its text to each item, quotes and commas kept") {
    auto worded = attachscore::apply_wording(ecr_s(), data("ecr-s-placeholder.csv"), "es");
    REQUIRE_MESSAGE(worded.ok(), test::listing(worded.errors()));
    const auto& items = worded.value().items;
    REQUIRE(items.size() == 12);
    REQUIRE(items[6].text.has_value());
    CHECK(items[6].text->at("es") ==
          "Placeholder statement 7, written for the tests (not the published wording)");
    CHECK_FALSE(ecr_s().items[6].text.has_value());  // the catalogue's instrument is untouched
}

TEST_CASE("every problem of a wording file, each with its line") {
    auto worded = attachscore::apply_wording(ecr_s(), data("ecr-s-problems.csv"));
    REQUIRE_FALSE(worded.ok());
    const auto& e = worded.errors();
    REQUIRE(e.size() == 6);
    CHECK(e[0].where.line == 4);
    CHECK(e[0].message == "item 2 is worded twice (first on line 3).");
    CHECK(e[1].where.line == 5);
    CHECK(e[1].message.rfind("item 3 has no text. Copy each item's wording from the published",
                             0) == 0);
    CHECK(e[2].message == "\"13\" is not an item of ECR-S (items 1–12).");
    CHECK(e[3].message == "\"x\" is not an item of ECR-S (items 1–12).");
    CHECK(e[4].message.rfind("expected two values (item,text), found 3", 0) == 0);
    // The advice once, on the first problem it answers, not on each line of a template.
    CHECK(e[5].message == "no wording for items 4, 5, 6, 7, 8, 9, 10, 11, 12.");
    const auto headless = attachscore::apply_wording(ecr_s(), data("no-header.csv"));
    REQUIRE_FALSE(headless.ok());
    CHECK(headless.errors()[0].message.rfind("the first line must be the header item,text.", 0) ==
          0);
    CHECK_FALSE(attachscore::apply_wording(ecr_s(), data("no-such-file.csv")).ok());
}
