// Loading instrument files: every validation rule has a case here, checked by its message.
#include "test_helpers.hpp"

using attachscore::parse_instrument;
using test::errors_of;
using test::has_error;
using test::listing;
using test::with;

TEST_CASE("a valid instrument loads completely") {
    auto r = parse_instrument(test::small_instrument, "tiny.json");
    REQUIRE_MESSAGE(r.ok(), listing(r.errors()));
    const auto& inst = r.value();
    CHECK(inst.id == "tiny");
    CHECK(inst.cite.year == 2020);
    CHECK(inst.scale.min == 1);
    CHECK(inst.scale.max == 5);
    REQUIRE(inst.items.size() == 4);
    CHECK(inst.items[1].reverse);
    CHECK_FALSE(inst.items[0].reverse);
    REQUIRE(inst.scores.size() == 2);
    CHECK(inst.scores[1].aggregate == attachscore::aggregation::sum);
    CHECK(inst.scores[1].missing == attachscore::missing_rule::invalid);
    CHECK(inst.scores[1].min_answered == 2);  // "invalid" needs every item
    CHECK(inst.scores[0].bands.size() == 2);
    CHECK(inst.disclaimer.at("en") == "Not a diagnosis.");
    CHECK(inst.origin == "tiny.json");
}

TEST_CASE("JSON syntax errors give the line and column") {
    auto r =
        parse_instrument("{\n  \"id\": \"x\",\n  \"name\": \"y\"\n  \"version\": 1\n}", "bad.json");
    REQUIRE_FALSE(r.ok());
    REQUIRE(r.errors().size() == 1);
    const auto& d = r.errors().front();
    CHECK(d.where.file == "bad.json");
    CHECK(d.where.line == 4);
    CHECK(d.where.column == 3);
    CHECK(d.message.find("not valid JSON") != std::string::npos);
    CHECK(attachscore::to_string(d).rfind("bad.json:4:3: this is not valid JSON", 0) == 0);
}

TEST_CASE("an empty file is reported as empty") {
    auto ds = errors_of("  \n");
    CHECK(ds.front().message == "the file is empty; an instrument file is one JSON object.");
}

TEST_CASE("the top level must be an object") {
    auto ds = errors_of("[1, 2]");
    CHECK(has_error(ds, "", "expected an object here, found a list."));
}

TEST_CASE("unknown keys are named, with a suggestion for typos") {
    auto ds = errors_of(with("\"licence\"", "\"license\""));
    CHECK_MESSAGE(has_error(ds, "/license", "unknown key \"license\". Did you mean \"licence\"?"),
                  listing(ds));
    CHECK(has_error(ds, "", "missing required key \"licence\"."));
    auto nested = errors_of(with("\"reverse\": true", "\"reverse\": true, \"revers\": true"));
    CHECK_MESSAGE(has_error(nested, "/items/1/revers", "Did you mean \"reverse\"?"),
                  listing(nested));
}

TEST_CASE("missing required keys are named") {
    auto ds = errors_of(with("\"name\": \"Tiny test scale\",", ""));
    CHECK(has_error(ds, "", "missing required key \"name\"."));
    auto in_score = errors_of(with("\"aggregate\": \"mean\",", ""));
    CHECK(has_error(in_score, "/scores/0", "missing required key \"aggregate\"."));
}

TEST_CASE("values of the wrong type are named with what was found") {
    CHECK(has_error(errors_of(with("\"year\": 2020", "\"year\": \"2020\"")), "/citation/year",
                    "\"year\" must be a whole number, found text."));
    CHECK(has_error(errors_of(with("\"name\": \"Tiny test scale\"", "\"name\": 3")), "/name",
                    "\"name\" must be text, found a whole number."));
    CHECK(has_error(errors_of(with("\"reverse\": true", "\"reverse\": \"yes\"")),
                    "/items/1/reverse", "\"reverse\" must be true or false, found text."));
    CHECK(has_error(errors_of(with("\"min\": 1, \"max\": 5", "\"min\": 1.5, \"max\": 5")),
                    "/scale/min", "\"min\" must be a whole number, found a number."));
    CHECK(has_error(errors_of(with("\"scale\": {", "\"scale\": [], \"x\": {")), "/scale",
                    "expected an object here, found a list."));
    CHECK(has_error(errors_of(with("\"from\": 2,", "\"from\": null,")),
                    "/scores/1/bands/ranges/0/from", "\"from\" must be a number, found null."));
    CHECK(has_error(errors_of(with("\"name\": \"Tiny test scale\"", "\"name\": \"  \"")), "/name",
                    "\"name\" must not be empty."));
}

TEST_CASE("the format version and ids are checked") {
    CHECK(has_error(errors_of(with("\"format\": 1", "\"format\": 2")), "/format",
                    "format 2 is not one this attachscore reads (it reads format 1)."));
    CHECK(has_error(errors_of(with("\"id\": \"tiny\"", "\"id\": \"Tiny Scale\"")), "/id",
                    "must be at most 64 lower-case letters, digits and hyphens"));
    CHECK(has_error(errors_of(with("\"year\": 2020", "\"year\": 20")), "/citation/year",
                    "\"year\" 20 is not a plausible publication year."));
}

TEST_CASE("the response scale is checked") {
    CHECK(has_error(errors_of(with("\"min\": 1, \"max\": 5", "\"min\": 5, \"max\": 5")),
                    "/scale/max", "the scale's \"max\" (5) must be greater than its \"min\" (5)."));
    CHECK(has_error(errors_of(with("{\"value\": 1, \"label\"", "{\"value\": 9, \"label\"")),
                    "/scale/anchors/0/value", "anchor value 9 is outside the scale 1–5."));
    CHECK(has_error(errors_of(with("{\"value\": 1, \"label\": {\"en\": \"No\"}}",
                                   "{\"value\": 1, \"label\": {\"en\": \"No\"}}, {\"value\": 1, "
                                   "\"label\": {\"en\": \"N\"}}")),
                    "/scale/anchors/1/value", "anchor value 1 is labelled twice."));
}

TEST_CASE("items must be numbered once each") {
    CHECK(has_error(errors_of(with("{\"number\": 4,", "{\"number\": 3,")), "/items/3/number",
                    "item 3 is defined twice."));
    CHECK(has_error(errors_of(with("{\"number\": 4,", "{\"number\": 0,")), "/items/3/number",
                    "item numbers start at 1; found 0."));
    CHECK(has_error(errors_of(with("\"items\": [\n", "\"items\": [],\"x\": [\n")), "/items",
                    "\"items\" must not be an empty list."));
}

TEST_CASE("scores may only use items that exist, once") {
    CHECK(has_error(errors_of(with("\"items\": [1, 2]", "\"items\": [1, 7]")), "/scores/0/items/1",
                    "item 7 does not exist; /items defines 4 items."));
    CHECK(has_error(errors_of(with("\"items\": [1, 2]", "\"items\": [1, 1]")), "/scores/0/items/1",
                    "item 1 is listed twice in this score."));
    CHECK(has_error(errors_of(with("\"items\": [1, 2]", "\"items\": [1, \"2\"]")),
                    "/scores/0/items/1", "expected an item number, found text."));
}

TEST_CASE("score rules are checked") {
    CHECK(has_error(errors_of(with("\"aggregate\": \"mean\"", "\"aggregate\": \"average\"")),
                    "/scores/0/aggregate",
                    "\"aggregate\" must be \"mean\" or \"sum\", not \"average\"."));
    CHECK(has_error(errors_of(with("\"missing\": \"prorate\"", "\"missing\": \"impute\"")),
                    "/scores/0/missing",
                    "\"missing\" must be \"prorate\" or \"invalid\", not \"impute\"."));
    CHECK(has_error(errors_of(with("\"min_answered\": 1,", "\"min_answered\": 3,")),
                    "/scores/0/min_answered",
                    "\"min_answered\" must be between 1 and the score's 2 items; found 3."));
    CHECK(has_error(errors_of(with("\"missing\": \"invalid\"",
                                   "\"missing\": \"invalid\", \"min_answered\": 1")),
                    "/scores/1/min_answered", "\"min_answered\" must be 2 or left out."));
    CHECK(has_error(errors_of(with("\"min_answered\": 1, \"min_answered_basis\": \"test\",", "")),
                    "/scores/0", "missing required key \"min_answered\"."));
    CHECK(has_error(errors_of(with(" \"min_answered_basis\": \"test\",", "")), "/scores/0",
                    "missing required key \"min_answered_basis\"."));
    CHECK(has_error(errors_of(with("\"id\": \"a\"", "\"id\": \"2a\"")), "/scores/0/id",
                    "must be at most 64 lower-case letters, digits and _, starting with a letter"));
    CHECK(has_error(errors_of(with("\"id\": \"b\"", "\"id\": \"a\"")), "/scores/1/id",
                    "score id \"a\" clashes with another output column."));
    CHECK(has_error(errors_of(with("\"id\": \"b\"", "\"id\": \"a_answered\"")), "/scores/1/id",
                    "clashes with another output column."));
    CHECK(has_error(errors_of(with("\"id\": \"b\"", "\"id\": \"status\"")), "/scores/1/id",
                    "clashes with another output column."));
}

TEST_CASE("bands must cover the score's range without gaps or overlaps") {
    CHECK(has_error(errors_of(with("\"from\": 3, \"to\": 5", "\"from\": 3.5, \"to\": 5")),
                    "/scores/0/bands/ranges/1/from",
                    "gap between bands 1 and 2: scores from 3 to 3.5 fall in no band."));
    CHECK(has_error(
        errors_of(with("\"from\": 3, \"to\": 5", "\"from\": 2.5, \"to\": 5")),
        "/scores/0/bands/ranges/1/from",
        "bands 1 and 2 overlap from 2.5 to 3; each band must start where the one before it ends."));
    CHECK(has_error(errors_of(with("\"from\": 1, \"to\": 3", "\"from\": 0, \"to\": 3")),
                    "/scores/0/bands/ranges/0/from",
                    "the first band starts at 0 but the score's lowest possible value is 1."));
    CHECK(has_error(errors_of(with("\"from\": 2, \"to\": 10", "\"from\": 2, \"to\": 9")),
                    "/scores/1/bands/ranges/0/to",
                    "the last band ends at 9 but the score's highest possible value is 10."));
    CHECK(has_error(errors_of(with("\"from\": 3, \"to\": 5", "\"from\": 5, \"to\": 3")),
                    "/scores/0/bands/ranges/1",
                    "band 2 runs from 5 to 3; \"from\" must be below \"to\"."));
}

TEST_CASE("every text needs every declared language, and no other") {
    auto ds = errors_of(with("\"languages\": [\"en\"]", "\"languages\": [\"en\", \"es\"]"));
    CHECK_MESSAGE(has_error(ds, "/disclaimer",
                            "the \"es\" text is missing; every declared language needs one."),
                  listing(ds));
    CHECK(has_error(ds, "/scores/0/bands/ranges/0/text", "the \"es\" text is missing"));
    CHECK(has_error(ds, "/scale/anchors/0/label", "the \"es\" text is missing"));
    CHECK(has_error(
        errors_of(with("{\"en\": \"Not a diagnosis.\"}", "{\"en\": \"x\", \"fr\": \"y\"}")),
        "/disclaimer/fr", "language \"fr\" is not declared in /languages"));
    CHECK(has_error(errors_of(with("{\"en\": \"Not a diagnosis.\"}", "\"Not a diagnosis.\"")),
                    "/disclaimer", "must be an object of texts by language"));
    CHECK(has_error(
        errors_of(with("\"languages\": [\"en\"]", "\"languages\": [\"en\", \"English\"]")),
        "/languages/1", "a language must be a code such as \"en\", \"es\" or \"pt-BR\"."));
    CHECK(has_error(errors_of(with("\"languages\": [\"en\"]", "\"languages\": [\"en\", \"en\"]")),
                    "/languages/1", "language \"en\" is listed twice."));
}

TEST_CASE("a key written twice in one object is an error, not a silent overwrite") {
    auto ds = errors_of(with("{\"number\": 2, \"reverse\": true}",
                             "{\"number\": 2, \"reverse\": true, \"reverse\": false}"));
    REQUIRE(ds.size() == 1);
    CHECK(ds.front().where.pointer == "/items/1/reverse");
    CHECK(ds.front().message.find("key \"reverse\" appears twice in the same object") !=
          std::string::npos);
}

TEST_CASE("column patterns need exactly one {n}") {
    auto ds = errors_of(with("\"disclaimer\"",
                             "\"column_patterns\": [\"Q{n}\", \"Q\", \"{n}{n}\"], \"disclaimer\""));
    CHECK(
        has_error(ds, "/column_patterns/1", "column pattern \"Q\" must contain {n} exactly once."));
    CHECK(has_error(ds, "/column_patterns/2", "must contain {n} exactly once."));
    CHECK(ds.size() == 2);
}

TEST_CASE("every problem is reported at once, each with its line") {
    std::string text = with("\"format\": 1", "\"format\": 2");
    text = with("\"items\": [1, 2]", "\"items\": [1, 9]", text);
    text = with("\"from\": 3, \"to\": 5", "\"from\": 3.5, \"to\": 5", text);
    auto ds = errors_of(text);
    CHECK_MESSAGE(ds.size() == 3, listing(ds));
    for (const auto& d : ds) {
        CHECK(d.where.file == "test.json");
        CHECK(d.where.line > 0);
    }
    CHECK(has_error(ds, "/format", "format 2"));
    // "format" is on line 2 of the fixture.
    for (const auto& d : ds)
        if (d.where.pointer == "/format") CHECK(d.where.line == 2);
}

TEST_CASE("an unreadable file is one clear diagnostic") {
    auto r = attachscore::load_instrument_file("/nonexistent/attachscore/x.json");
    REQUIRE_FALSE(r.ok());
    CHECK(r.errors().front().message == "there is no such file.");
    CHECK(r.errors().front().where.file == "/nonexistent/attachscore/x.json");
}

TEST_CASE("only regular files of bounded size are read: a folder, a FIFO or /dev/zero is refused") {
    for (const char* path : {"/tmp", "/dev/zero", "/dev/null"}) {
        auto r = attachscore::load_instrument_file(path);
        REQUIRE_FALSE(r.ok());
        CHECK(r.errors().front().message ==
              "this is not a regular file (a folder, a FIFO or a device); an instrument file must "
              "be a file.");
        auto recode = attachscore::load_recode_file(path);
        REQUIRE_FALSE(recode.ok());
        CHECK(recode.errors().front().message.find("a recode file must be a file") !=
              std::string::npos);
    }
}

TEST_CASE("reading the value of a failed result is a programming error") {
    auto r = parse_instrument("[]", "x.json");
    CHECK_THROWS_AS((void)r.value(), attachscore::bad_result_access);
}

TEST_CASE("ids and language tags of any length are refused with a short message, never a crash") {
    const std::string huge(27000, 'a');
    auto errors = errors_of(with("\"id\": \"tiny\"", "\"id\": \"" + huge + "\""));
    CHECK(has_error(errors, "/id", "must be at most 64 lower-case letters"));
    CHECK(listing(errors).size() < 2000);
    CHECK(listing(errors).find("(27000 bytes)") != std::string::npos);
    errors = errors_of(with("\"id\": \"a\"", "\"id\": \"" + huge + "\""));
    CHECK(has_error(errors, "/scores/0/id", "must be at most 64"));
    errors = errors_of(with("\"languages\": [\"en\"]", "\"languages\": [\"" + huge + "\"]"));
    CHECK(has_error(errors, "/languages/0", "a language must be a code"));
}

TEST_CASE("another item order's description is one English text or texts by language") {
    const std::string order = R"("description": "as numbered", "others": [{"id": "flipped",
        "source": "a test", "positions": [2, 1, 3, 4], "description": )";
    const auto other = [&](const std::string& description) {
        return with(R"("description": "as numbered")", order + description + "}]");
    };
    auto plain = parse_instrument(other(R"("swapped first pair")"), "t.json");
    REQUIRE_MESSAGE(plain.ok(), listing(plain.errors()));
    CHECK(plain.value().other_orders.front().description.at("en") == "swapped first pair");
    auto texts = parse_instrument(other(R"({"en": "swapped first pair"})"), "t.json");
    REQUIRE_MESSAGE(texts.ok(), listing(texts.errors()));
    CHECK(attachscore::text_in_language(texts.value().other_orders.front().description, "es") ==
          "swapped first pair");  // English when the file has no Spanish
    CHECK(has_error(errors_of(other("5")), "/item_order/others/0/description",
                    "must be an object of texts by language"));
}
