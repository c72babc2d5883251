// Large tables go through worker threads in batches: the results, their order and the summary
// must not depend on how many threads there are, and repeated ids are found exactly however
// little memory the search may use.
#include <map>
#include <sstream>

#include "pipeline/id_tracker.hpp"
#include "test_helpers.hpp"

using attachscore::output_format;
using attachscore::table_options;
using test::tiny;

namespace {

constexpr int rows = 30000;  // several batches of 4096 rows
constexpr int distinct_ids = 20000;

// Row i: Q1 = 1 + i mod 5, Q2 = 1 + (i / 5) mod 5, Q3 = 1 + (i / 25) mod 5, Q4 = "x" every 7th
// row, else 1 + (i / 3) mod 5; ids repeat after 20,000 rows.
std::string table() {
    std::string csv = "id,Q1,Q2,Q3,Q4\n";
    for (int i = 0; i < rows; ++i)
        csv += "r" + std::to_string(i % distinct_ids) + "," + std::to_string(1 + i % 5) + "," +
               std::to_string(1 + (i / 5) % 5) + "," + std::to_string(1 + (i / 25) % 5) + "," +
               (i % 7 == 0 ? std::string("x") : std::to_string(1 + (i / 3) % 5)) + "\n";
    return csv;
}

struct outcome {
    std::string output;
    attachscore::table_summary summary;
};

outcome score(const std::string& csv, output_format format, std::size_t threads) {
    std::istringstream in(csv);
    std::ostringstream out;
    table_options o;
    o.id_column = "id";
    o.format = format;
    o.threads = threads;
    auto r = attachscore::score_table(tiny(), in, out, o);
    REQUIRE(r.ok());
    return {out.str(), r.value()};
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line)
        if (c == ',')
            out.emplace_back();
        else
            out.back() += c;
    return out;
}

}  // namespace

TEST_CASE("every row of a large table is scored by hand's rule, in order, whatever the threads") {
    const auto csv = table();
    const auto one = score(csv, output_format::csv, 1);
    const auto four = score(csv, output_format::csv, 4);
    CHECK(one.output == four.output);
    std::istringstream lines(one.output);
    std::string line;
    std::getline(lines, line);
    CHECK(line == "id,a,a_answered,a_band,b,b_answered,b_band,status");
    int i = 0;
    int valid = 0;
    for (; std::getline(lines, line); ++i) {
        const auto f = split(line);
        REQUIRE(f.size() == 8);
        CHECK(f[0] == "r" + std::to_string(i % distinct_ids));
        if (i % 7 == 0) {  // "x" in Q4 voids the row
            CHECK(f[1].empty());
            continue;
        }
        ++valid;
        // a = mean(Q1, 6 − Q2) on the 1–5 scale; b = Q3 + Q4.
        const double a = ((1 + i % 5) + (6 - (1 + (i / 5) % 5))) / 2.0;
        const int b = (1 + (i / 25) % 5) + (1 + (i / 3) % 5);
        CHECK(std::stod(f[1]) == a);
        CHECK(f[4] == std::to_string(b));
        CHECK(f[7] == "ok");
    }
    CHECK(i == rows);
    CHECK(one.summary.rows == static_cast<std::size_t>(rows));
    CHECK(one.summary.rows_valid == static_cast<std::size_t>(valid));
    CHECK(four.summary.rows_valid == static_cast<std::size_t>(valid));
    CHECK(one.summary.first_problems == four.summary.first_problems);
    CHECK(one.summary.first_problems.front() == "line 2: Q4 = \"x\" is not a number");
    REQUIRE(one.summary.warnings.size() == 7);
    CHECK(one.summary.warnings == four.summary.warnings);
    CHECK(one.summary.warnings[0].rfind("10000 rows have an id that an earlier row", 0) == 0);
    CHECK(one.summary.warnings[1] == "id \"r0\" appears on line 2 and again on line 20002");
    CHECK(one.summary.warnings[6] == "… 9995 more repeated ids");
}

TEST_CASE("rows written on several threads are joined as one document") {
    const auto csv = table();
    for (auto format : {output_format::json, output_format::jsonl, output_format::report}) {
        const auto one = score(csv, format, 1);
        const auto three = score(csv, format, 3);
        CHECK(one.output == three.output);
    }
    const auto json = score(csv, output_format::json, 3).output;
    std::size_t objects = 0, commas = 0;
    for (std::size_t at = json.find("\n{\"line\""); at != std::string::npos;
         at = json.find("\n{\"line\"", at + 1)) {
        ++objects;
        commas += json[at - 1] == ',';
    }
    CHECK(objects == static_cast<std::size_t>(rows));
    CHECK(commas == static_cast<std::size_t>(rows - 1));  // none before the first row
    CHECK(json.substr(json.size() - 4) == "\n]}\n");
    const auto report = score(csv, output_format::report, 3).output;
    std::size_t rules = 0;
    for (auto at = report.find("\n\n" + std::string(60, '-') + "\n\n"); at != std::string::npos;
         at = report.find("\n\n" + std::string(60, '-') + "\n\n", at + 1))
        ++rules;
    CHECK(rules == static_cast<std::size_t>(rows - 1));
}

TEST_CASE("repeated ids are found exactly when they must be sorted on disk") {
    // A budget of a few hundred bytes forces many sorted runs in temporary files.
    attachscore::detail::id_tracker small(256), large;
    std::map<std::string, std::size_t> first_line;
    std::vector<std::string> expected;
    std::size_t repeats = 0;
    for (std::size_t line = 2; line < 3000; ++line) {
        const std::string id = "p" + std::to_string((line * 7919) % 1000);
        small.add(id, line);
        large.add(id, line);
        auto [it, fresh] = first_line.emplace(id, line);
        if (!fresh && ++repeats <= 5)
            expected.push_back("id \"" + id + "\" appears on line " + std::to_string(it->second) +
                               " and again on line " + std::to_string(line));
    }
    attachscore::table_summary from_disk, in_memory;
    REQUIRE(small.finish(from_disk));
    REQUIRE(large.finish(in_memory));
    CHECK(from_disk.warnings == in_memory.warnings);
    REQUIRE(from_disk.warnings.size() == 7);
    CHECK(from_disk.warnings[0].rfind(std::to_string(repeats) + " rows have an id", 0) == 0);
    CHECK(std::vector<std::string>(from_disk.warnings.begin() + 1,
                                   from_disk.warnings.begin() + 6) == expected);
}

namespace {

attachscore::result<attachscore::table_summary> score_once(const std::string& csv, bool discardable,
                                                           std::string& output) {
    std::istringstream in(csv);
    std::ostringstream out;
    table_options o;
    o.id_column = "id";
    o.threads = 3;
    o.output_discardable = discardable;
    auto r = attachscore::score_table(tiny(), in, out, o);
    output = out.str();
    return r;
}

}  // namespace

TEST_CASE("one pass over output the caller can discard finds what two passes find") {
    const auto csv = table();
    std::string two_out, one_out;
    const auto two = score_once(csv, false, two_out);
    const auto one = score_once(csv, true, one_out);
    REQUIRE(two.ok());
    REQUIRE(one.ok());
    CHECK(one_out == two_out);
    CHECK(one.value().rows == two.value().rows);
    CHECK(one.value().rows_valid == two.value().rows_valid);
    CHECK(one.value().warnings == two.value().warnings);
    CHECK(one.value().hints == two.value().hints);
    CHECK(one.value().words == two.value().words);  // "x", counted once, not once per pass
    REQUIRE(one.value().words.size() == 1);
    CHECK(one.value().words[0].second == static_cast<std::size_t>((rows + 6) / 7));

    // Answers 0–4 on the 1–5 scale: either way the run stops with the same finding.
    std::string shifted = "id,Q1,Q2,Q3,Q4\n";
    for (int i = 0; i < rows; ++i) {
        shifted += "r" + std::to_string(i);
        for (int q = 0; q < 4; ++q)
            shifted += "," + std::to_string((i + q) % 5);
        shifted += "\n";
    }
    const auto two_stop = score_once(shifted, false, two_out);
    const auto one_stop = score_once(shifted, true, one_out);
    REQUIRE_FALSE(two_stop.ok());
    REQUIRE_FALSE(one_stop.ok());
    CHECK(test::listing(one_stop.errors()) == test::listing(two_stop.errors()));
    CHECK(test::listing(one_stop.errors()).find("lies within 0–4") != std::string::npos);
    CHECK(two_out.empty());  // two passes write nothing before the check
}
