// Loading the structural parts of the format: targets, choice items, per-score keying, scores
// made from other scores, and categories. Each rule is checked by its message.
#include "test_helpers.hpp"

using attachscore::parse_instrument;
using test::errors_of;
using test::has_error;
using test::listing;
using test::targets_instrument;
using test::with;

namespace {
std::string multi(const std::string& from, const std::string& to) {
    return with(from, to, targets_instrument);
}
}  // namespace

TEST_CASE("targets expand item scores, and derived scores and categories follow") {
    auto r = parse_instrument(targets_instrument, "multi.json");
    REQUIRE_MESSAGE(r.ok(), listing(r.errors()));
    const auto& inst = r.value();
    std::vector<std::string> ids;
    for (const auto& s : inst.scores)
        ids.push_back(s.id);
    CHECK(ids == std::vector<std::string>{"mum_x", "dad_x", "mum_y", "dad_y", "gap", "both"});
    CHECK(inst.scores[0].label.at("en") == "Mum: X");
    CHECK(inst.scores[1].target == "dad");
    CHECK(inst.scores[0].items[1].reverse);  // reversed in this score only
    CHECK_FALSE(inst.scores[2].items[0].reverse);
    CHECK(inst.scores[4].derived());
    CHECK(inst.scores[4].lowest == -4);  // x − y on a 1–5 scale
    CHECK(inst.scores[4].highest == 4);
    CHECK(inst.answer_count() == 8);  // 4 items × 2 targets
    REQUIRE(inst.categories.size() == 1);
    CHECK(inst.categories[0].tie_break == "pick");
    CHECK(inst.items[3].kind == attachscore::item_kind::choice);
    CHECK(inst.items[3].options[1].aliases == std::vector<std::string>{"B"});
}

TEST_CASE("targets are named once each, in column-name form") {
    CHECK(has_error(errors_of(multi("{\"id\": \"dad\"", "{\"id\": \"mum\"")), "/targets/1/id",
                    "target \"mum\" is listed twice."));
    CHECK(has_error(errors_of(multi("{\"id\": \"dad\"", "{\"id\": \"Dad\"")), "/targets/1/id",
                    "target id \"Dad\" must be at most 64 lower-case letters, digits and _ (it "
                    "names columns)."));
}

TEST_CASE("choice items need options with distinct codes and categories") {
    CHECK(has_error(errors_of(multi("{\"code\": 2,", "{\"code\": 1,")), "/items/3/options/1/code",
                    "code 1 is used by two options."));
    CHECK(has_error(errors_of(multi("\"category\": \"mum_y\"", "\"category\": \"mum_x\"")),
                    "/items/3/options/1/category", "category \"mum_x\" is used by two options."));
    CHECK(has_error(errors_of(multi("\"aliases\": [\"B\"]", "\"aliases\": [2]")),
                    "/items/3/options/1/aliases/0", "an alias must be non-empty text."));
    CHECK(has_error(errors_of(multi("\"kind\": \"choice\"", "\"kind\": \"pick\"")), "/items/3/kind",
                    "\"kind\" must be \"rating\" or \"choice\", not \"pick\"."));
    CHECK(has_error(
        errors_of(multi("\"kind\": \"choice\", ", "\"reverse\": false, ")), "/items/3",
        "\"id\" and \"options\" belong to choice items; add \"kind\": \"choice\" or remove them."));
    CHECK(has_error(
        errors_of(multi("\"kind\": \"choice\",", "\"kind\": \"choice\", \"reverse\": true,")),
        "/items/3/reverse", "a choice item has no keying; remove \"reverse\"."));
    CHECK(has_error(errors_of(multi("\"id\": \"pick\"", "\"id\": \"Pick\"")), "/items/3/id",
                    "choice id \"Pick\" must be at most 64 lower-case letters, digits and _ (it "
                    "becomes a column name)."));
    CHECK(has_error(errors_of(multi("\"id\": \"pick\"", "\"id\": \"kind\"")), "/categories/0/id",
                    "category id \"kind\" clashes with another output column."));
    CHECK(has_error(errors_of(multi("\"id\": \"pick\"", "\"id\": \"gap\"")), "/items/3/id",
                    "choice id \"gap\" clashes with another output column."));
}

TEST_CASE("score items: keyed per score, ratings only") {
    CHECK(has_error(errors_of(multi("{\"item\": 2, \"reverse\": true}", "{\"item\": 2}")),
                    "/scores/0/items/1", "missing required key \"reverse\"."));
    CHECK(
        has_error(errors_of(multi("\"items\": [2, 3]", "\"items\": [2, 4]")), "/scores/1/items/1",
                  "item 4 is a choice, not a rating; only ratings can be added up into a score."));
    CHECK(has_error(errors_of(multi("\"items\": [2, 3]",
                                    "\"items\": [2, 3], \"of\": [{\"score\": \"mum_x\"}]")),
                    "/scores/1",
                    "a score takes either \"items\" (answers added up) or \"of\" (other scores "
                    "combined), and not both."));
}

TEST_CASE("scores made from other scores") {
    CHECK(has_error(
        errors_of(multi("{\"score\": \"mum_x\"}, {\"score\": \"mum_y\", \"weight\": -1}",
                        "{\"score\": \"mum_z\"}, {\"score\": \"mum_y\", \"weight\": -1}")),
        "/scores/2/of/0/score",
        "\"of\" names \"mum_z\", which is not a score defined above this one."));
    CHECK(has_error(errors_of(multi("[{\"score\": \"mum_x\"}, {\"score\": \"dad_x\"}]",
                                    "[{\"score\": \"mum_x\"}, {\"score\": \"both\"}]")),
                    "/scores/3/of/1/score",
                    "\"of\" names \"both\", which is not a score defined above this one."));
    CHECK(has_error(errors_of(multi("[{\"score\": \"mum_x\"}, {\"score\": \"dad_x\"}]",
                                    "[{\"score\": \"mum_x\"}, {\"score\": \"mum_x\"}]")),
                    "/scores/3/of/1/score", "score \"mum_x\" is listed twice in this score."));
    CHECK(has_error(errors_of(multi("{\"score\": \"mum_y\", \"weight\": -1}",
                                    "{\"score\": \"mum_y\", \"weight\": 0}")),
                    "/scores/2/of/1/weight",
                    "a weight of 0 leaves the score out; remove it instead."));
    CHECK(has_error(
        errors_of(multi("{\"score\": \"dad_x\"}]", "{\"score\": \"dad_x\", \"weight\": 2}]")),
        "/scores/3/aggregate",
        "a \"mean\" of scores takes no weights; use \"sum\" for a weighted combination."));
    CHECK(has_error(
        errors_of(multi("\"aggregate\": \"sum\", \"missing\": \"invalid\"",
                        "\"aggregate\": \"sum\", \"missing\": \"prorate\", \"min_answered\": 1, "
                        "\"min_answered_basis\": \"t\"")),
        "/scores/2/missing",
        "a \"sum\" of scores needs every input; set \"missing\": \"invalid\"."));
    CHECK(has_error(errors_of(multi("\"min_answered\": 1, \"min_answered_basis\": \"test\"",
                                    "\"min_answered\": 3")),
                    "/scores/3/min_answered",
                    "\"min_answered\" must be between 1 and the score's 2 inputs; found 3."));
    // The range of x − y on 1–5 is −4 to 4, so bands must cover exactly that.
    CHECK(has_error(errors_of(multi("{\"from\": -4, \"to\": 4,", "{\"from\": -3, \"to\": 4,")),
                    "/scores/2/bands/ranges/0/from",
                    "the first band starts at -3 but the score's lowest possible value is -4."));
}

TEST_CASE("categories choose among existing scores, and the tie-break must cover them") {
    CHECK(has_error(errors_of(multi("\"scores\": [\"mum_x\", \"mum_y\"]",
                                    "\"scores\": [\"mum_x\", \"mum_q\"]")),
                    "/categories/0/scores/1", "there is no score \"mum_q\"."));
    CHECK(
        has_error(errors_of(multi("\"scores\": [\"mum_x\", \"mum_y\"]", "\"scores\": [\"mum_x\"]")),
                  "/categories/0/scores", "a category chooses among 2 to 32 scores; found 1."));
    CHECK(
        has_error(errors_of(multi("\"method\": \"highest\"", "\"method\": \"lowest\"")),
                  "/categories/0/method",
                  "\"method\" must be \"highest\", \"linear\" or \"quadrants\", not \"lowest\"."));
    CHECK(has_error(errors_of(multi("\"tie_break\": \"pick\"", "\"tie_break\": \"choose\"")),
                    "/categories/0/tie_break",
                    "there is no choice item \"choose\" to break ties."));
    CHECK(has_error(
        errors_of(multi("\"scores\": [\"mum_x\", \"mum_y\"]", "\"scores\": [\"mum_x\", \"gap\"]")),
        "/categories/0/tie_break",
        "the choice \"pick\" has no option for \"gap\", so it cannot break a tie that involves "
        "it."));
}

TEST_CASE("column patterns and targets must agree") {
    CHECK(has_error(
        errors_of(multi("[\"{target}-{n}\"]", "[\"Q{n}\"]")), "/column_patterns/0",
        "column pattern \"Q{n}\" needs {target}: the items are answered for several targets."));
    CHECK(has_error(
        errors_of(with("\"disclaimer\"", "\"column_patterns\": [\"{target}{n}\"], \"disclaimer\"")),
        "/column_patterns/0",
        "column pattern \"{target}{n}\" has {target}, but this instrument has no targets."));
}
