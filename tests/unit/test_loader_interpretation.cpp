// Loading classifications, profiles and norms: each rule checked by its message, and a valid
// file scored through every method.
#include <cmath>

#include "test_helpers.hpp"

using attachscore::parse_instrument;
using test::errors_of;
using test::has_error;
using test::interpreted_instrument;
using test::listing;

namespace {
std::string interp(const std::string& from, const std::string& to) {
    return test::with(from, to, interpreted_instrument);
}
}  // namespace

TEST_CASE("classifications, a profile and norms load and score") {
    auto r = parse_instrument(interpreted_instrument, "i.json");
    REQUIRE_MESSAGE(r.ok(), listing(r.errors()));
    const auto& inst = r.value();
    REQUIRE(inst.categories.size() == 2);
    CHECK(inst.categories[1].unclassified_at_cut);
    REQUIRE(inst.profile.has_value());
    REQUIRE(inst.norms.size() == 1);
    CHECK(inst.norms[0].groups[0].scores.at("a").reliability == 0.8);

    attachscore::scoring_options options;
    options.classify = {"quad"};
    const attachscore::scorer sc(inst, options);
    CHECK(sc.category_enabled(0));  // on by default
    CHECK(sc.category_enabled(1));  // asked for
    // a = mean(item 1, 6 − item 2), b = item 3 + item 4.
    auto result = sc.score(std::vector<double>{5, 1, 1, 1});  // a = 5, b = 2
    // lin: up = a = 5, down = b − 3 = −1 → up; margin (5 − (−1)) / √2 = 4.24.
    CHECK(attachscore::category_text(result.categories()[0], inst.categories[0]) == "up");
    CHECK(result.categories()[0].margin == doctest::Approx(6 / std::sqrt(2.0)));
    CHECK_FALSE(result.categories()[0].near_boundary);
    CHECK(attachscore::category_text(result.categories()[1], inst.categories[1]) ==
          "hl");  // a ≥ 3, b < 6
    CHECK(attachscore::find_profile_cell(inst, result.scores()) == 1);
    result = sc.score(std::vector<double>{3, 3, 3, 3});  // a = 3 (on the cut), b = 6 (on the cut)
    CHECK(attachscore::category_text(result.categories()[1], inst.categories[1]) == "unclassified");
    CHECK(attachscore::find_profile_cell(inst, result.scores()) ==
          3);  // the profile counts a cut as high
    // up = 3, down = 3: on the boundary.
    CHECK(result.categories()[0].near_boundary);

    attachscore::scoring_options no_defaults;
    no_defaults.default_categories = false;
    const attachscore::scorer defaults_off(inst, no_defaults);
    CHECK_FALSE(defaults_off.category_enabled(0));
    CHECK_FALSE(defaults_off.category_enabled(1));
}

TEST_CASE("classification rules are checked") {
    CHECK(has_error(
        errors_of(interp("\"inputs\": [\"a\", \"b\"], \"basis\": \"test\",\n     \"functions\"",
                         "\"inputs\": [\"a\", \"z\"], \"basis\": \"test\",\n     \"functions\"")),
        "/categories/0/inputs/1", "there is no score \"z\"."));
    CHECK(has_error(
        errors_of(interp("\"inputs\": [\"a\", \"b\"], \"basis\": \"test\",\n     \"functions\"",
                         "\"inputs\": [\"a\", \"a\"], \"basis\": \"test\",\n     \"functions\"")),
        "/categories/0/inputs/1", "score \"a\" is listed twice."));
    CHECK(has_error(
        errors_of(interp("\"inputs\": [\"a\", \"b\"], \"basis\": \"test\",\n     \"functions\"",
                         "\"inputs\": [\"a\", 2], \"basis\": \"test\",\n     \"functions\"")),
        "/categories/0/inputs/1", "expected a score id, found a whole number."));
    CHECK(has_error(errors_of(interp("\"weights\": [1, 0]", "\"weights\": [1]")),
                    "/categories/0/functions/0/weights",
                    "\"weights\" must be 2 numbers, one for each input."));
    CHECK(has_error(errors_of(interp("{\"category\": \"down\"", "{\"category\": \"up\"")),
                    "/categories/0/functions/1/category", "category \"up\" has two functions."));
    CHECK(has_error(
        errors_of(interp(
            ",\n                   {\"category\": \"down\", \"weights\": [0, 1], \"constant\": -3}",
            "")),
        "/categories/0/functions", "a classification needs at least 2 functions."));
    CHECK(has_error(errors_of(interp("\"near_boundary\": 0.5", "\"near_boundary\": -1")),
                    "/categories/0/near_boundary",
                    "\"near_boundary\" is a distance and cannot be negative."));
    CHECK(has_error(errors_of(interp("\"option\": \"quad\"", "\"option\": \"Quad Rule\"")),
                    "/categories/1/option",
                    "option \"Quad Rule\" must be a lower-case word of at most 64 letters, e.g. "
                    "\"midpoint\"."));
    CHECK(
        has_error(errors_of(interp(
                      "\"method\": \"quadrants\", \"option\": \"quad\", \"inputs\": [\"a\", \"b\"]",
                      "\"method\": \"quadrants\", \"option\": \"quad\", \"inputs\": [\"a\"]")),
                  "/categories/1/inputs", "\"inputs\" names exactly 2 scores; found 1."));
    CHECK(has_error(
        errors_of(interp("\"inputs\": [\"a\", \"b\"], \"basis\": \"test\",\n     \"functions\"",
                         "\"inputs\": [], \"basis\": \"test\",\n     \"functions\"")),
        "/categories/0/inputs", "\"inputs\" must not be an empty list."));
    CHECK(has_error(errors_of(interp("\"cuts\": [3, 6], \"at_cut\"", "\"cuts\": [3], \"at_cut\"")),
                    "/categories/1/cuts", "\"cuts\" must be two numbers, one for each input."));
    CHECK(has_error(errors_of(interp("\"at_cut\": \"unclassified\"", "\"at_cut\": \"low\"")),
                    "/categories/1/at_cut",
                    "\"at_cut\" must be \"high\" (a value at the cut counts as high) or "
                    "\"unclassified\", not \"low\"."));
    CHECK(has_error(errors_of(interp("\"low_high\": \"lh\", ", "")), "/categories/1/cells",
                    "missing required key \"low_high\"."));
}

TEST_CASE("the profile needs two inputs and a text for each quadrant") {
    CHECK(has_error(errors_of(interp("\"profile\": {\"inputs\": [\"a\", \"b\"]",
                                     "\"profile\": {\"inputs\": [\"a\"]")),
                    "/profile/inputs", "\"inputs\" names exactly 2 scores; found 1."));
    CHECK(has_error(
        errors_of(interp(
            "\"low_high\": {\"label\": {\"en\": \"LH\"}, \"text\": {\"en\": \"lh text\"}},", "")),
        "/profile/cells", "missing required key \"low_high\"."));
    CHECK(has_error(
        errors_of(interp("\"text\": {\"en\": \"hh text\"}", "\"text\": {\"es\": \"hh\"}")),
        "/profile/cells/high_high/text/es", "language \"es\" is not declared in /languages"));
}

TEST_CASE("norm sets are checked") {
    CHECK(has_error(errors_of(interp("\"sd\": 0.5", "\"sd\": 0")), "/norms/0/groups/1/scores/a/sd",
                    "a standard deviation must be a number of at least 0.000001."));
    // A subnormal SD would make every z infinite.
    CHECK(has_error(errors_of(interp("\"sd\": 0.5", "\"sd\": 1e-320")),
                    "/norms/0/groups/1/scores/a/sd",
                    "a standard deviation must be a number of at least 0.000001."));
    CHECK(has_error(errors_of(interp("\"reliability\": 0.8", "\"reliability\": 1.2")),
                    "/norms/0/groups/0/scores/a/reliability",
                    "a reliability must lie between 0 and 1."));
    CHECK(has_error(
        errors_of(interp("\"scores\": {\"a\": {\"mean\": 2,", "\"scores\": {\"q\": {\"mean\": 2,")),
        "/norms/0/groups/1/scores/q", "there is no score \"q\"."));
    CHECK(has_error(
        errors_of(interp("\"scores\": {\"a\": {\"mean\": 2, \"sd\": 0.5}}", "\"scores\": [1]")),
        "/norms/0/groups/1/scores",
        "\"scores\" must be an object of score ids, e.g. {\"anxiety\": {\"mean\": 2.3, \"sd\": "
        "0.9}}."));
    CHECK(has_error(errors_of(interp("\"cuts\": [-1, 1]", "\"cuts\": [1, -1]")),
                    "/norms/0/bands/cuts", "the z cut-points must increase."));
    CHECK(has_error(errors_of(interp("\"cuts\": [-1, 1]", "\"cuts\": [-1, \"x\"]")),
                    "/norms/0/bands/cuts", "\"cuts\" must be z values, e.g. [-1, 1]."));
    CHECK(has_error(errors_of(interp(", {\"en\": \"above\"}]", "]")), "/norms/0/bands/labels",
                    "2 cut-points make 3 bands, so \"labels\" needs 3 entries."));
    CHECK(has_error(errors_of(interp("[{\"en\": \"t1\"}, {\"en\": \"t2\"}, {\"en\": \"t3\"}]",
                                     "[{\"en\": \"t1\"}]")),
                    "/norms/0/bands/texts/a", "each score needs 3 texts, one per band."));
    CHECK(has_error(errors_of(interp("\"texts\": {\"a\": [", "\"texts\": {\"b\": [")),
                    "/norms/0/bands/texts", "score \"a\" has norms but no band texts."));
    CHECK(
        has_error(errors_of(interp(
                      "\"texts\": {\"a\": [{\"en\": \"t1\"}, {\"en\": \"t2\"}, {\"en\": \"t3\"}]}",
                      "\"texts\": 3")),
                  "/norms/0/bands/texts",
                  "\"texts\" must be an object of score ids, each with one text per band."));
    CHECK(has_error(errors_of(interp("\"aliases\": [\"one\"]", "\"aliases\": [\"g2\"]")),
                    "/norms/0/groups/1", "group name \"g2\" is used twice."));
    CHECK(has_error(
        errors_of(interp("\"norms\": [{\"id\": \"n1\"",
                         "\"norms\": [{\"id\": \"n1\", \"population\": \"p\", \"n\": 1, "
                         "\"source\": \"s\", \"groups\": [], \"bands\": {}}, {\"id\": \"n1\"")),
        "/norms/1/id", "norm set \"n1\" is defined twice."));
}
