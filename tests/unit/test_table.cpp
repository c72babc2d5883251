// Scoring CSV tables: column mapping, row statuses, output formats and input-wide errors.
#include <sstream>

#include "input/column_mapping.hpp"
#include "test_helpers.hpp"

using attachscore::output_format;
using attachscore::table_options;
using test::tiny;

namespace {

struct run_result {
    bool ok = false;
    std::string output;
    attachscore::table_summary summary;
    attachscore::diagnostics errors;
};

run_result run(const std::string& csv, table_options options = {},
               const attachscore::instrument& inst = tiny()) {
    std::istringstream in(csv);
    std::ostringstream out;
    options.input_name = "in.csv";
    auto r = attachscore::score_table(inst, in, out, options);
    run_result res;
    res.ok = r.ok();
    res.output = out.str();
    if (r.ok())
        res.summary = r.value();
    else
        res.errors = r.errors();
    return res;
}

table_options with_id() {
    table_options o;
    o.id_column = "id";
    return o;
}

}  // namespace

TEST_CASE("a clean table: one row out per row in, numbers in shortest form") {
    // a = mean(Q1, 6 − Q2); b = Q3 + Q4.
    auto r = run("id,Q1,Q2,Q3,Q4\nr1,2,1,3,4\nr2,1,2,1,1\nr3,5,5,5,5\n", with_id());
    REQUIRE(r.ok);
    CHECK(r.output ==
          "id,a,a_answered,a_band,b,b_answered,b_band,status\n"
          "r1,3.5,2,high,7,2,all,ok\n"
          "r2,2.5,2,low,2,2,all,ok\n"
          "r3,3,2,high,10,2,all,ok\n");
    CHECK(r.summary.rows == 3);
    CHECK(r.summary.rows_valid == 3);
    CHECK(r.summary.column_pattern == "Q{n}");
}

TEST_CASE("blanks and missing codes are missing, and the reason names the score") {
    table_options o = with_id();
    o.missing_codes = {"NA", "-99"};
    auto r = run("id,Q1,Q2,Q3,Q4\nr1,,na,3,-99.0\nr2, 4 ,,1,NA\n", o);
    REQUIRE(r.ok);
    CHECK(
        r.output ==
        "id,a,a_answered,a_band,b,b_answered,b_band,status\n"
        "r1,,0,,,1,,line 2: a: 0 of 2 answered; at least 1 needed; b: 1 of 2 answered; at least 2 "
        "needed\n"
        "r2,4,1,high,,1,,line 3: b: 1 of 2 answered; at least 2 needed\n");
    CHECK(r.summary.rows_valid == 0);
    CHECK(r.summary.problems.at("too few items answered") == 2);
}

TEST_CASE("bad values name the line, the column and the value, and void the respondent") {
    auto r =
        run("id,Q1,Q2,Q3,Q4\n"
            "r1,abc,1,3,4\n"
            "r2,2,6,3,4\n"
            "r3,2,1,0,2.5\n"
            "r4,1,2,3\n"
            "\"r5\",1,2,3,4,5\n"
            "r6,1,1,1,1\n",
            with_id());
    REQUIRE(r.ok);
    CHECK(
        r.output ==
        "id,a,a_answered,a_band,b,b_answered,b_band,status\n"
        "r1,,1,,,2,,\"line 2: Q1 = \"\"abc\"\" is not a number\"\n"
        "r2,,1,,,2,,line 3: Q2 = 6 is outside the scale 1–5\n"
        "r3,,2,,,0,,line 4: Q3 = 0 is outside the scale 1–5; Q4 = 2.5 is not a whole number on the "
        "scale 1–5\n"
        "r4,,0,,,0,,line 5: 4 values where the header has 5 columns; the row is not scored because "
        "its values "
        "may be shifted\n"
        "r5,,0,,,0,,line 6: 6 values where the header has 5 columns; the row is not scored because "
        "its values "
        "may be shifted\n"
        "r6,3,2,high,2,2,all,ok\n");
    CHECK(r.summary.rows == 6);
    CHECK(r.summary.rows_valid == 1);
    CHECK(r.summary.problems.at("a value that is not a number") == 1);
    CHECK(r.summary.problems.at("an answer outside the scale") == 2);
    CHECK(r.summary.problems.at("an answer that is not a whole number") == 1);
    CHECK(r.summary.problems.at("the wrong number of values") == 2);
}

TEST_CASE("header names are matched trimmed and ignoring case, and extra columns are ignored") {
    auto r = run("age, q4 ,Q3,q2,Q1,ID,notes\n30,4,3,1,2,x,\"a, b\"\n", with_id());
    REQUIRE(r.ok);
    CHECK(r.output ==
          "ID,a,a_answered,a_band,b,b_answered,b_band,status\nx,3.5,2,high,7,2,all,ok\n");
}

TEST_CASE("column patterns: given, zero-padded, detected, ambiguous, or not found") {
    table_options o;
    o.column_pattern = "TINY_{n:02}";
    auto padded = run("TINY_01,TINY_02,TINY_03,TINY_04\n2,1,3,4\n", o);
    REQUIRE(padded.ok);
    CHECK(padded.output ==
          "a,a_answered,a_band,b,b_answered,b_band,status\n3.5,2,high,7,2,all,ok\n");

    auto detected = run("item_1,item_2,item_3,item_4\n2,1,3,4\n");
    REQUIRE(detected.ok);
    CHECK(detected.summary.column_pattern == "item_{n}");

    auto ambiguous = run("Q1,Q2,Q3,Q4,item1,item2,item3,item4\n1,1,1,1,1,1,1,1\n");
    REQUIRE_FALSE(ambiguous.ok);
    CHECK(ambiguous.errors.front().message ==
          "several column patterns fit every TINY item: Q{n}, item{n}. Say which holds the answers "
          "with the column pattern, e.g. the column pattern Q{n}.");
    CHECK(ambiguous.output.empty());

    auto none = run("id,Q1,Q2,Q4\n1,1,1,1\n");
    REQUIRE_FALSE(none.ok);
    CHECK(none.errors.front().message ==
          "cannot tell which columns hold the 4 TINY items: no column pattern fits every item. "
          "Looked for Q{n}, "
          "Q_{n}, item{n}, item_{n}, {n}. Closest: Q{n} found 3 of 4 (missing Q3). The header has: "
          "id, Q1, Q2, Q4. "
          "Name the item columns with the column pattern PATTERN, where {n} stands for the item "
          "number (e.g. the column pattern Q{n} for Q1 … Q4).");

    o.column_pattern = "Q{n}";
    auto missing = run("id,Q1,Q2\n1,1,1\n", o);
    REQUIRE_FALSE(missing.ok);
    CHECK(missing.errors.front().message ==
          "with the column pattern \"Q{n}\", 2 of 4 TINY item columns are missing: Q3, Q4. The "
          "header has: id, Q1, Q2.");
    CHECK(missing.errors.front().where.file == "in.csv");

    o.column_pattern = "Q";
    auto bad = run("Q1,Q2,Q3,Q4\n1,1,1,1\n", o);
    REQUIRE_FALSE(bad.ok);
    CHECK(bad.errors.front().message ==
          "the column pattern \"Q\" needs {n} (or {n:02} for zero-padded numbers) exactly once, "
          "e.g. \"Q{n}\".");
}

TEST_CASE("a duplicated item column or id column stops the run") {
    auto dup = run("Q1,Q2,Q3,Q4,q2\n1,1,1,1,1\n");
    REQUIRE_FALSE(dup.ok);
    CHECK(dup.errors.front().message ==
          "column \"Q2\" (item 2) appears 2 times in the header (columns 2 and 5); which one holds "
          "the answers is "
          "unclear. Rename or remove one.");
    auto dup_id = run("id,Q1,Q2,Q3,Q4,ID\n1,1,1,1,1,1\n", with_id());
    REQUIRE_FALSE(dup_id.ok);
    CHECK(dup_id.errors.front().message ==
          "the id column \"id\" appears 2 times in the header; rename or remove one.");
    auto no_id = run("pid,Q1,Q2,Q3,Q4\n1,1,1,1,1\n", with_id());
    REQUIRE_FALSE(no_id.ok);
    CHECK(no_id.errors.front().message ==
          "there is no id column \"id\". The header has: pid, Q1, Q2, Q3, Q4.");
}

TEST_CASE("an empty input, a header alone, and an unclosed quote") {
    auto empty = run("");
    REQUIRE_FALSE(empty.ok);
    CHECK(empty.errors.front().message ==
          "the input is empty; expected a header row naming the columns, then one row per "
          "respondent.");
    auto blank = run("\n\n");
    CHECK_FALSE(blank.ok);

    auto header_only = run("Q1,Q2,Q3,Q4\n");
    REQUIRE(header_only.ok);
    CHECK(header_only.summary.rows == 0);
    CHECK(header_only.output == "a,a_answered,a_band,b,b_answered,b_band,status\n");

    auto open = run("Q1,Q2,Q3,Q4\n1,1,1,1\n1,\"2,1,1\n1,1,1,1\n");
    REQUIRE_FALSE(open.ok);
    CHECK(open.errors.front().where.line == 3);
    CHECK(open.errors.front().message ==
          "a quoted field that starts on line 3 is never closed; the rest of the file would be "
          "read as one value.");
}

TEST_CASE("ids are quoted when they need it") {
    auto r = run("id,Q1,Q2,Q3,Q4\n\"Doe, J.\",2,1,3,4\n", with_id());
    REQUIRE(r.ok);
    CHECK(r.output ==
          "id,a,a_answered,a_band,b,b_answered,b_band,status\n\"Doe, J.\",3.5,2,high,7,2,all,ok\n");
}

TEST_CASE("JSON Lines carry values, counts, validity and bands; texts only when asked for") {
    table_options o = with_id();
    o.format = output_format::jsonl;
    const std::string input = "id,Q1,Q2,Q3,Q4\nr\"1,2,1,3,4\nr2,x,1,3,4\n";
    auto r = run(input, o);
    REQUIRE(r.ok);
    CHECK(r.output ==
          "{\"line\":2,\"id\":\"r\\\"1\",\"status\":\"ok\",\"scores\":{"
          "\"a\":{\"value\":3.5,\"answered\":2,\"of\":2,\"valid\":true,\"band\":\"high\"},"
          "\"b\":{\"value\":7,\"answered\":2,\"of\":2,\"valid\":true,\"band\":\"all\"}}}\n"
          "{\"line\":3,\"id\":\"r2\",\"status\":\"line 3: Q1 = \\\"x\\\" is not a "
          "number\",\"scores\":{"
          "\"a\":{\"value\":null,\"answered\":1,\"of\":2,\"valid\":false,\"band\":null},"
          "\"b\":{\"value\":null,\"answered\":2,\"of\":2,\"valid\":false,\"band\":null}}}\n");

    o.interpretations = true;  // then every row carries the texts, their basis and the disclaimer
    r = run(input, o);
    REQUIRE(r.ok);
    CHECK(r.output ==
          "{\"line\":2,\"id\":\"r\\\"1\",\"status\":\"ok\",\"scores\":{"
          "\"a\":{\"value\":3.5,\"answered\":2,\"of\":2,\"valid\":true,\"band\":\"high\","
          "\"band_basis\":\"test\",\"interpretation\":\"high text\"},"
          "\"b\":{\"value\":7,\"answered\":2,\"of\":2,\"valid\":true,\"band\":\"all\","
          "\"band_basis\":\"test\",\"interpretation\":\"all text\"}},"
          "\"disclaimer\":\"Not a diagnosis.\"}\n"
          "{\"line\":3,\"id\":\"r2\",\"status\":\"line 3: Q1 = \\\"x\\\" is not a "
          "number\",\"scores\":{"
          "\"a\":{\"value\":null,\"answered\":1,\"of\":2,\"valid\":false,\"band\":null,"
          "\"interpretation\":null},"
          "\"b\":{\"value\":null,\"answered\":2,\"of\":2,\"valid\":false,\"band\":null,"
          "\"interpretation\":null}},"
          "\"disclaimer\":\"Not a diagnosis.\"}\n");
}

TEST_CASE("JSON is one document: the instrument, the disclaimer, then the respondents") {
    table_options o;
    o.format = output_format::json;
    auto r = run("Q1,Q2,Q3,Q4\n2,1,3,4\n1,1,1,1\n", o);
    REQUIRE(r.ok);
    CHECK(r.output.rfind(
              "{\"instrument\":{\"id\":\"tiny\",\"name\":\"Tiny test scale\",\"version\":\"1.0.0\","
              "\"scale\":{\"min\":1,\"max\":5}},\"disclaimer\":\"Not a "
              "diagnosis.\",\"respondents\":[\n{",
              0) == 0);
    CHECK(r.output.find("},\n{\"line\":3") != std::string::npos);
    CHECK(r.output.substr(r.output.size() - 4) == "\n]}\n");
    auto empty = run("Q1,Q2,Q3,Q4\n", o);
    CHECK(empty.output.find("\"respondents\":[\n]}\n") != std::string::npos);
}

TEST_CASE("a language the instrument lacks is refused before reading") {
    table_options o;
    o.language = "fr";
    auto r = run("Q1,Q2,Q3,Q4\n1,1,1,1\n", o);
    REQUIRE_FALSE(r.ok);
    CHECK(r.errors.front().message ==
          "instrument tiny has no texts in language \"fr\"; it has: en.");
}

TEST_CASE("expanding column patterns") {
    using attachscore::detail::expand_pattern;
    CHECK(expand_pattern("Q{n}", 7) == "Q7");
    CHECK(expand_pattern("{n}_ecr", 12) == "12_ecr");
    CHECK(expand_pattern("Q{n:03}", 7) == "Q007");
    CHECK(expand_pattern("Q{n:02}", 123) == "Q123");
    CHECK_FALSE(expand_pattern("Q", 1));
    CHECK_FALSE(expand_pattern("Q{n}{n}", 1));
    CHECK_FALSE(expand_pattern("Q{n:2}", 1));
    CHECK_FALSE(expand_pattern("Q{n", 1));
}

namespace {
attachscore::instrument multi() {
    auto r = attachscore::parse_instrument(test::targets_instrument, "multi.json");
    REQUIRE(r.ok());
    return std::move(r).value();
}
}  // namespace

TEST_CASE("targets: columns per target, derived scores, a choice read by alias, and the category") {
    // mum_x = mean(1, 6 − 2); mum_y = mean(2, 3); gap = mum_x − mum_y; both = mean(mum_x, dad_x).
    auto r =
        run("id,mum-1,mum-2,mum-3,dad-1,dad-2,dad-3,mum_pick\n"
            "a,5,1,1,3,3,3,B\n"
            "b,2,4,2,,,,\n"
            "c,2,4,2,1,5,1,z\n",
            with_id(), multi());
    REQUIRE_MESSAGE(r.ok, test::listing(r.errors));
    CHECK(r.summary.column_pattern == "{target}-{n}");
    // Every score's single band is "l"; the category "kind" (method "K") is the higher of mum_x
    // and mum_y, with no near-boundary distance set.
    CHECK(r.output ==
          "id,mum_x,mum_x_answered,mum_x_band,dad_x,dad_x_answered,dad_x_band,mum_y,mum_y_answered,"
          "mum_y_band,"
          "dad_y,dad_y_answered,dad_y_band,gap,gap_answered,gap_band,both,both_answered,both_band,"
          "mum_pick,"
          "dad_pick,kind,kind_method,kind_near_boundary,status\n"
          "a,5,2,l,3,2,l,1,2,l,3,2,l,4,2,l,4,2,l,mum_y,,mum_x,K,no,ok\n"
          "b,2,2,l,,0,,3,2,l,,0,,-1,2,l,2,1,l,,,mum_y,K,no,line 3: dad_x: 0 of 2 answered; at "
          "least 2 "
          "needed; dad_y: 0 of 2 answered; at least 2 needed\n"
          "c,,2,,,2,,,2,,,2,,,0,,,0,,,,,K,,\"line 4: mum_pick = \"\"z\"\" is not one of the "
          "choices: 1 = mum_x "
          "(A), 2 = mum_y (B)\"\n");
}

TEST_CASE("with targets, a given pattern must name {target}") {
    table_options o;
    o.column_pattern = "Q{n}";
    auto r = run("Q1,Q2,Q3\n1,1,1\n", o, multi());
    REQUIRE_FALSE(r.ok);
    CHECK(r.errors.front().message ==
          "the column pattern \"Q{n}\" needs {target}: MULTI items are answered about several "
          "people (2 targets), e.g. the column pattern {target}_{n} for mum_1 ….");
}

TEST_CASE("an administered scale is named in every row and removes the bands") {
    table_options o;
    o.scoring.administered_scale = attachscore::scale_bounds{1, 7};
    auto csv = run("Q1,Q2,Q3,Q4\n7,1,6,1\n", o);
    REQUIRE(csv.ok);
    // a = mean(7, 8 − 1) on 1–7; b = 6 + 1.
    CHECK(csv.output ==
          "a,a_answered,a_band,b,b_answered,b_band,administered_scale,status\n7,2,,7,2,,1-7,ok\n");
    o.format = output_format::jsonl;
    o.interpretations = true;
    auto json = run("Q1,Q2,Q3,Q4\n7,1,6,1\n", o);
    CHECK(json.output.find("\"band\":null,\"interpretation\":null") != std::string::npos);
    CHECK(json.output.find("\"band\":\"") == std::string::npos);
}
