// The whole-table checks through every door of the library: findings with codes, the same stops
// for the row reader and the statistics as for score_table, and sentences in the caller's words.
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "attachscore/attachscore.hpp"
#include "test_helpers.hpp"

namespace {

using attachscore::finding_code;

std::string check_file(const std::string& name) {
    std::ifstream in(std::string(ATTACHSCORE_TEST_DATA) + "/checks/" + name);
    std::stringstream text;
    text << in.rdbuf();
    REQUIRE_FALSE(text.str().empty());
    return text.str();
}

// The header and the first rows: a sample too small for a check to stop on.
std::string first_lines(const std::string& text, int count) {
    std::istringstream lines(text);
    std::string out, line;
    for (int i = 0; i < count && std::getline(lines, line); ++i)
        out += line + "\n";
    return out;
}

attachscore::table_options with_id() {
    attachscore::table_options options;
    options.id_column = "id";
    return options;
}

// Words for the options as a Python binding would give them.
class keyword_words final : public attachscore::option_words {
  public:
    std::string setting(attachscore::option_id option, std::string_view value) const override {
        return name(option) + (value.empty() ? "=True" : "=\"" + std::string(value) + "\"");
    }
    std::string name(attachscore::option_id option) const override {
        switch (option) {
            case attachscore::option_id::administered_scale:
                return "scale";
            case attachscore::option_id::already_reversed:
                return "already_reversed";
            case attachscore::option_id::keys_as_declared:
                return "keys_as_declared";
            case attachscore::option_id::missing_codes:
                return "missing";
            default:
                return "other";
        }
    }
    std::string together(const std::string& a, const std::string& b) const override {
        return a + ", " + b;
    }
};

const attachscore::instrument& ecr_r() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-r");
}

}  // namespace

TEST_CASE("the row reader and the statistics stop where score_table stops, with the same code") {
    const std::pair<const char*, finding_code> files[] = {
        {"five-point-120.csv", finding_code::another_scale},
        {"reversed-120.csv", finding_code::reversed_export},
        {"zero-based-120.csv", finding_code::another_scale},
    };
    for (const auto& [file, code] : files) {
        CAPTURE(file);
        const std::string text = check_file(file);
        std::istringstream a(text), b(text), c(text);
        std::ostringstream out;
        auto scored = attachscore::score_table(ecr_r(), a, out, with_id());
        REQUIRE_FALSE(scored.ok());
        auto reader = attachscore::table_reader::open(ecr_r(), b, with_id());
        REQUIRE_FALSE(reader.ok());
        auto stats = attachscore::compute_statistics(ecr_r(), c, with_id());
        REQUIRE_FALSE(stats.ok());
        CHECK(scored.errors().front().code == code);
        CHECK(reader.errors().front().code == code);
        CHECK(stats.errors().front().code == code);
        CHECK(reader.errors().front().message == scored.errors().front().message);
        CHECK(stats.errors().front().message == scored.errors().front().message);
    }
}

TEST_CASE("an embedder can read the findings instead of stopping, and then read every row") {
    std::istringstream in(check_file("five-point-120.csv"));
    auto reader = attachscore::table_reader::open(ecr_r(), in, with_id(),
                                                  attachscore::table_checks_mode::report);
    REQUIRE_MESSAGE(reader.ok(), test::listing(reader.errors()));
    std::map<finding_code, std::size_t> by_code;
    for (const auto& f : reader.value().findings())
        ++by_code[f.code];
    CHECK(by_code[finding_code::another_scale] == 1);
    const auto& f = reader.value().findings().front();
    CHECK(f.severity == attachscore::finding_severity::stop);
    CHECK(f.seen.min == 1);
    CHECK(f.seen.max == 5);
    CHECK(f.respondents == 120);
    // The rows were read for the checks and are read again from the first.
    std::size_t rows = 0;
    const auto* row = reader.value().next();
    REQUIRE(row != nullptr);
    CHECK(row->id == "r1");
    for (; row; row = reader.value().next())
        ++rows;
    CHECK(rows == 120);
}

TEST_CASE("a finding's sentence names options in the caller's words, in English or Spanish") {
    std::istringstream in(check_file("zero-based-120.csv"));
    auto reader = attachscore::table_reader::open(ecr_r(), in, with_id(),
                                                  attachscore::table_checks_mode::report);
    REQUIRE(reader.ok());
    const auto& f = reader.value().findings().front();
    REQUIRE(f.code == finding_code::another_scale);
    CHECK(f.starts_below);
    const keyword_words words;
    const auto en = attachscore::finding_text(f, ecr_r(), "en", words);
    CHECK(en.find("score with scale=\"0-6\"") != std::string::npos);
    CHECK(en.find("score with missing=\"0\", scale=\"1-6\"") != std::string::npos);
    CHECK(en.find("--") == std::string::npos);
    const auto es = attachscore::finding_text(f, ecr_r(), "es", words);
    CHECK(es.find("scale=\"0-6\"") != std::string::npos);
    CHECK(es.find("120 personas") != std::string::npos);
    CHECK(es.find("every answer") == std::string::npos);
}

TEST_CASE("score_table's summary gives its hints as findings with codes") {
    // Five respondents on 1–5: too few to stop, so a hint.
    const std::string csv = first_lines(check_file("five-point-120.csv"), 31);
    std::istringstream in(csv);
    std::ostringstream out;
    auto scored = attachscore::score_table(ecr_r(), in, out, with_id());
    REQUIRE_MESSAGE(scored.ok(), test::listing(scored.errors()));
    const auto& s = scored.value();
    REQUIRE(s.findings.size() == s.hints.size());
    CHECK(std::count_if(s.findings.begin(), s.findings.end(), [](const attachscore::finding& f) {
              return f.code == finding_code::another_scale &&
                     f.severity == attachscore::finding_severity::hint;
          }) == 1);
}

TEST_CASE("a Spanish report page gives the checks' hints in Spanish") {
    const std::string csv = first_lines(check_file("five-point-120.csv"), 31);
    for (const char* language : {"es", "en"}) {
        CAPTURE(language);
        std::istringstream in(csv);
        auto options = with_id();
        options.language = language;
        auto page = attachscore::make_html_report(ecr_r(), in, options);
        REQUIRE_MESSAGE(page.ok(), test::listing(page.errors()));
        const auto& html = page.value().html;
        const bool es = std::string(language) == "es";
        CHECK((html.find("todas las respuestas se mantienen en 1–5") != std::string::npos) == es);
        CHECK((html.find("every answer lies within 1–5") != std::string::npos) == !es);
    }
}

TEST_CASE("a program counts the rows not scored by the code of their problem") {
    // Five rows of a tiny ECR-R table: two answers off the scale, one text, one short row.
    std::string csv = "id";
    for (int n = 1; n <= 36; ++n)
        csv += ",Q" + std::to_string(n);
    csv += "\n";
    const auto row = [](const std::string& id, const std::string& first) {
        std::string r = id + "," + first;
        for (int n = 2; n <= 36; ++n)
            r += ",4";
        return r + "\n";
    };
    csv += row("a", "9") + row("b", "8") + row("c", "x") + row("d", "4") + "e,4,4\n";
    std::istringstream in(csv);
    std::ostringstream out;
    auto scored = attachscore::score_table(ecr_r(), in, out, with_id());
    REQUIRE_MESSAGE(scored.ok(), test::listing(scored.errors()));
    const auto& counts = scored.value().problem_counts;
    using attachscore::row_problem;
    CHECK(counts.at(row_problem::outside_scale) == 2);
    CHECK(counts.at(row_problem::not_a_number) == 1);
    CHECK(counts.at(row_problem::wrong_value_count) == 1);
    CHECK(counts.count(row_problem::too_few_answered) == 0);
    CHECK(scored.value().problems.at("an answer outside the scale") == 2);
    CHECK(attachscore::row_problem_text(row_problem::outside_scale, "es") ==
          "una respuesta fuera de la escala");
}

TEST_CASE("the item-order finding quotes the order's description in the reader's language") {
    std::istringstream in(check_file("ecr-r-selcuk-150.csv"));
    auto reader = attachscore::table_reader::open(ecr_r(), in, with_id(),
                                                  attachscore::table_checks_mode::report);
    REQUIRE(reader.ok());
    REQUIRE_FALSE(reader.value().findings().empty());
    const auto& f = reader.value().findings().front();
    REQUIRE(f.code == finding_code::another_item_order);
    CHECK(f.order == "selcuk-2005");
    const keyword_words words;
    const auto en = attachscore::finding_text(f, ecr_r(), "en", words);
    const auto es = attachscore::finding_text(f, ecr_r(), "es", words);
    CHECK(en.find("selcuk-2005: The alternating numbering of the Turkish adaptation") !=
          std::string::npos);
    CHECK(es.find("selcuk-2005: La numeración alternada de la adaptación turca") !=
          std::string::npos);
    CHECK(es.find("The alternating") == std::string::npos);
}
