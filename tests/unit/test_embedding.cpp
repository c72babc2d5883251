// What an application links: the row reader and render_report give what score_table gives, and
// one compiled scorer serves many threads at once (run under ThreadSanitizer in CI).
#include <cmath>
#include <fstream>
#include <sstream>
#include <thread>

#include "test_helpers.hpp"

using namespace attachscore;

namespace {

const instrument& ecr_r() {
    static const catalogue cat = catalogue::builtin();
    return *cat.find("ecr-r");
}

std::string golden_path() {
    return std::string(ATTACHSCORE_TEST_DATA) + "/ecr-r-golden.csv";
}

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("rows read one by one and scored by the caller equal score_table's rows") {
    table_options options;
    options.id_column = "id";
    std::istringstream in(read_text(golden_path()));
    std::ostringstream table;
    REQUIRE(score_table(ecr_r(), in, table, options).ok());

    auto reader = table_reader::open_file(ecr_r(), golden_path(), options);
    REQUIRE(reader.ok());
    CHECK(reader.value().column_pattern() == "Q{n}");
    scorer sc(ecr_r());
    auto scores = sc.make_result();
    std::istringstream lines(table.str());
    std::string line;
    std::getline(lines, line);  // the header
    std::size_t rows = 0;
    while (const auto* row = reader.value().next()) {
        ++rows;
        REQUIRE(std::getline(lines, line));
        sc.score(row->answers, scores, row->unreadable);
        CHECK(line.rfind(std::string(row->id) + ",", 0) == 0);
        const auto& a = scores.scores()[0];
        const auto fields = line.substr(row->id.size() + 1);
        if (a.status == score_status::valid) {
            CHECK(std::stod(fields) == a.value);  // the CSV writes every digit
        } else {
            CHECK(fields.front() == ',');
        }
        CHECK(row->line == rows + 1);
        CHECK(row->problem.empty());
    }
    CHECK(reader.value().error().empty());
    CHECK(rows == 7);
    CHECK_FALSE(std::getline(lines, line));
}

TEST_CASE("the row reader says what score_table says about a table that does not fit") {
    table_options options;
    options.id_column = "id";
    options.input_name = "missing-column.csv";
    std::istringstream in1(read_text(std::string(ATTACHSCORE_TEST_DATA) + "/missing-column.csv"));
    std::istringstream in2(in1.str());
    std::ostringstream out;
    const auto table = score_table(ecr_r(), in1, out, options);
    const auto reader = table_reader::open(ecr_r(), in2, options);
    REQUIRE_FALSE(table.ok());
    REQUIRE_FALSE(reader.ok());
    CHECK(test::listing(reader.errors()) == test::listing(table.errors()));
    CHECK_FALSE(table_reader::open_file(ecr_r(), "no-such-file.csv").ok());
}

TEST_CASE("a row with text for an answer or a missing value is marked, never scored as blank") {
    std::istringstream in("id,Q1,Q2,Q3,Q4\nr1,1,x,3,4\nr2,1,2\n");
    const auto tiny = test::tiny();  // the reader refers to it
    auto reader = table_reader::open(tiny, in, [] {
        table_options o;
        o.id_column = "id";
        return o;
    }());
    REQUIRE(reader.ok());
    const auto* first = reader.value().next();
    REQUIRE(first != nullptr);
    CHECK(first->id == "r1");
    REQUIRE(first->unreadable.size() == 1);
    CHECK(first->unreadable[0] == 1);
    const auto* second = reader.value().next();
    REQUIRE(second != nullptr);
    CHECK(second->problem.find("3 values where the header has 5 columns") == 0);
    CHECK(second->unreadable.size() == 4);
    CHECK(reader.value().next() == nullptr);
}

TEST_CASE("render_report is the report score_table writes for the row") {
    table_options options;
    options.id_column = "id";
    options.format = output_format::report;
    std::istringstream in(read_text(golden_path()));
    std::ostringstream table;
    REQUIRE(score_table(ecr_r(), in, table, options).ok());
    const std::string rule = "\n" + std::string(60, '-') + "\n\n";
    const std::string& all = table.str();

    auto reader = table_reader::open_file(ecr_r(), golden_path(), options);
    REQUIRE(reader.ok());
    scorer sc(ecr_r());
    auto scores = sc.make_result();
    std::size_t at = 0;
    while (const auto* row = reader.value().next()) {
        sc.score(row->answers, scores, row->unreadable);
        report_options ro;
        ro.id = std::string(row->id);
        ro.line = row->line;
        const auto report = render_report(sc, scores, ro);
        CHECK(all.compare(at, report.size(), report) == 0);
        at += report.size() +
              (all.compare(at + report.size(), rule.size(), rule) == 0 ? rule.size() : 0);
        CHECK(report.find("These results describe") != std::string::npos);
    }
    CHECK(at == all.size());
}

TEST_CASE("one scorer scores on many threads at once, each with its own result") {
    const scorer sc(ecr_r());
    constexpr int respondents = 2000;
    const auto answers_of = [](int r) {
        std::vector<double> a(36);
        for (int i = 0; i < 36; ++i)
            a[static_cast<std::size_t>(i)] = (r * 7 + i * 3) % 13 == 0 ? missing : 1 + (r + i) % 7;
        return a;
    };
    std::vector<double> expected(respondents);
    {
        auto result = sc.make_result();
        for (int r = 0; r < respondents; ++r) {
            sc.score(answers_of(r), result);
            expected[static_cast<std::size_t>(r)] = result.scores()[1].value;
        }
    }
    std::vector<std::vector<double>> seen(4, std::vector<double>(respondents));
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&, t] {
            auto result = sc.make_result();
            for (int r = 0; r < respondents; ++r) {
                sc.score(answers_of(r), result);
                seen[t][static_cast<std::size_t>(r)] = result.scores()[1].value;
            }
        });
    for (auto& th : threads)
        th.join();
    for (const auto& s : seen)
        for (int r = 0; r < respondents; ++r) {
            const auto e = expected[static_cast<std::size_t>(r)];
            const auto v = s[static_cast<std::size_t>(r)];
            CHECK((v == e || (std::isnan(v) && std::isnan(e))));
        }
}
