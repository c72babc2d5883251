// Rows given as cells (an SPSS file, --answers, a program's rows) go through the same engine as
// CSV: the same output, the same findings and stops, and no CSV text in between.
#include <fstream>
#include <sstream>

#include "attachscore/attachscore.hpp"
#include "test_helpers.hpp"

namespace {

using attachscore::cell_table;
using attachscore::finding_code;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    REQUIRE_FALSE(text.str().empty());
    return text.str();
}

// The test files hold no quotes: a line's cells are what lies between its commas.
std::vector<std::string> split_line(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream parts(line);
    while (std::getline(parts, cell, ','))
        cells.push_back(cell);
    if (!line.empty() && line.back() == ',') cells.emplace_back();
    return cells;
}

cell_table cells_of(const std::string& csv) {
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    cell_table table(split_line(line));
    while (std::getline(lines, line)) {
        for (const auto& cell : split_line(line))
            table.add_cell(cell);
        table.end_row();
    }
    return table;
}

const attachscore::instrument& ecr_r() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-r");
}

attachscore::table_options with_id() {
    attachscore::table_options options;
    options.id_column = "id";
    return options;
}

}  // namespace

TEST_CASE("a cell_table keeps each row's cells as they were added") {
    cell_table t({"id", "note"});
    t.add_cell("a");
    t.add_cell("x, \"y\"");
    t.end_row();
    t.end_row();  // a row with no cells
    t.add_cell("b");
    t.end_row();
    REQUIRE(t.rows() == 3);
    CHECK(t.row_text(0) == "ax, \"y\"");
    REQUIRE(t.row_ends(0).size() == 2);
    CHECK(t.row_ends(0)[0] == 1);
    CHECK(t.row_ends(0)[1] == 7);
    CHECK(t.row_ends(1).empty());
    CHECK(t.row_text(2) == "b");
    REQUIRE(t.row_ends(2).size() == 1);
    CHECK(t.row_ends(2)[0] == 1);
}

TEST_CASE("cells score to the same output as the CSV they came from") {
    const std::string csv = read_file(std::string(ATTACHSCORE_TEST_DATA) + "/ecr-r-golden.csv");
    const cell_table cells = cells_of(csv);
    for (const auto format : {attachscore::output_format::csv, attachscore::output_format::jsonl}) {
        auto options = with_id();
        options.format = format;
        options.quality = true;
        std::istringstream in(csv);
        std::ostringstream from_csv, from_cells;
        auto a = attachscore::score_table(ecr_r(), in, from_csv, options);
        auto b = attachscore::score_table(ecr_r(), cells, from_cells, options);
        REQUIRE_MESSAGE(a.ok(), test::listing(a.errors()));
        REQUIRE_MESSAGE(b.ok(), test::listing(b.errors()));
        CHECK(from_cells.str() == from_csv.str());
        CHECK(b.value().rows == a.value().rows);
        CHECK(b.value().rows_valid == a.value().rows_valid);
    }
}

TEST_CASE("a cell holding commas, quotes and a line break is one value, never split") {
    cell_table t({"id", "note"});
    for (int i = 1; i <= 36; ++i)
        t.header().push_back("Q" + std::to_string(i));
    t.add_cell("r1");
    t.add_cell("said \"no\",\nthen left");
    for (int i = 1; i <= 36; ++i)
        t.add_cell("4");
    t.end_row();
    t.add_cell("r2");  // one cell short: not valid, located on its own line
    t.add_cell("");
    for (int i = 1; i <= 35; ++i)
        t.add_cell("4");
    t.end_row();
    auto options = with_id();
    options.keep = {"note"};
    std::ostringstream out;
    auto scored = attachscore::score_table(ecr_r(), t, out, options);
    REQUIRE_MESSAGE(scored.ok(), test::listing(scored.errors()));
    CHECK(scored.value().rows == 2);
    CHECK(scored.value().rows_valid == 1);
    CHECK(scored.value().problem_counts.at(attachscore::row_problem::wrong_value_count) == 1);
    CHECK(out.str().find("r1,\"said \"\"no\"\",\nthen left\",4,18,") != std::string::npos);
    REQUIRE_FALSE(scored.value().first_problems.empty());
    CHECK(scored.value().first_problems.front().rfind("line 3:", 0) == 0);
}

TEST_CASE("cells stop every door where their CSV stops score_table, with the same code") {
    const std::pair<const char*, finding_code> files[] = {
        {"five-point-120.csv", finding_code::another_scale},
        {"reversed-120.csv", finding_code::reversed_export},
        {"zero-based-120.csv", finding_code::another_scale},
    };
    for (const auto& [file, code] : files) {
        CAPTURE(file);
        const std::string csv = read_file(std::string(ATTACHSCORE_TEST_DATA) + "/checks/" + file);
        const cell_table cells = cells_of(csv);
        std::istringstream in(csv);
        std::ostringstream out;
        auto want = attachscore::score_table(ecr_r(), in, out, with_id());
        REQUIRE_FALSE(want.ok());
        REQUIRE(want.errors().front().code == code);
        auto scored = attachscore::score_table(ecr_r(), cells, out, with_id());
        auto reader = attachscore::table_reader::open(ecr_r(), cells, with_id());
        auto stats = attachscore::compute_statistics(ecr_r(), cells, with_id());
        auto report = attachscore::make_html_report(ecr_r(), cells, with_id(), {});
        REQUIRE_FALSE(scored.ok());
        REQUIRE_FALSE(reader.ok());
        REQUIRE_FALSE(stats.ok());
        REQUIRE_FALSE(report.ok());
        for (const auto* errors :
             {&scored.errors(), &reader.errors(), &stats.errors(), &report.errors()}) {
            CHECK(errors->front().code == code);
            CHECK(errors->front().message == want.errors().front().message);
        }
    }
}
