// One question at a time: keys, back, skip, and the saved row that score reads back.
#include <cmath>
#include <sstream>

#include "test_helpers.hpp"

namespace {

const attachscore::catalogue& cat() {
    static const auto c = attachscore::catalogue::builtin();
    return c;
}

}  // namespace

TEST_CASE("a session walks the items with answers, back and skip") {
    const auto& ecr_s = *cat().find("ecr-s");
    attachscore::administration s(ecr_s, "en");
    REQUIRE(s.size() == 12);
    CHECK_FALSE(s.back());  // nothing before the first question
    const auto q = s.current();
    CHECK(q.number == 1);
    CHECK(q.text.empty());  // the built-in instrument carries no wording
    REQUIRE(q.options.size() == 7);
    CHECK(q.options.front() == std::pair<std::string, std::string>{"1", "Strongly disagree"});
    CHECK(q.options[3].second.empty());
    CHECK(s.answer("8") == "answer with a whole number from 1 to 7");
    CHECK(s.answer("2.5") == "answer with a whole number from 1 to 7");
    CHECK(s.answer(" 3 ").empty());
    s.skip();
    CHECK(s.back());
    CHECK(s.answer("5").empty());
    CHECK(s.answers()[0] == 3);
    CHECK(s.answers()[1] == 5);
    CHECK(std::isnan(s.answers()[2]));
}

TEST_CASE("a choice item takes its letters or codes, any case") {
    const auto& rq = *cat().find("rq");
    attachscore::administration s(rq, "es");
    for (int i = 0; i < 4; ++i)
        REQUIRE(s.answer("4").empty());
    const auto q = s.current();
    REQUIRE(q.options.size() == 4);
    CHECK(q.options[1].first == "B");
    // The paragraph's letter only: its pattern's name would tell the student before choosing.
    CHECK(q.options[0].second == "Párrafo A");
    CHECK(s.answer("e") == "responde con una de estas teclas: A, B, C, D");  // in its language
    CHECK(s.answer("c").empty());
    CHECK(s.finished());
    CHECK(s.answers()[4] == 3);
}

TEST_CASE("the saved row is read back by score_table with the same answers") {
    const auto& ecr_s = *cat().find("ecr-s");
    std::vector<double> answers(12, 4);
    answers[4] = attachscore::missing;
    const auto csv = attachscore::answers_csv_header(ecr_s) +
                     attachscore::answers_csv_row(ecr_s, "a, \"quoted\" id", answers);
    CHECK(csv.rfind("id,Q1,Q2,", 0) == 0);
    CHECK(csv.find("\n\"a, \"\"quoted\"\" id\",4,4,4,4,,4,") != std::string::npos);
    std::istringstream in(csv);
    std::ostringstream out;
    attachscore::table_options o;
    o.id_column = "id";
    REQUIRE(attachscore::score_table(ecr_s, in, out, o).ok());
    CHECK(out.str().find("\n\"a, \"\"quoted\"\" id\",4,6,") != std::string::npos);
    CHECK_THROWS_AS((void)attachscore::answers_csv_row(ecr_s, "x", std::vector<double>(3, 1)),
                    std::invalid_argument);
}
