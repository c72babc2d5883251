// Scoring the ECR-R with values worked out by hand from the published key (Fraley, Waller &
// Brennan 2000): anxiety = mean of items 1–18, avoidance = mean of items 19–36, 1–7 scale,
// reversed items 9, 11, 20, 22, 26–31, 33–36 scored as 8 − x.
#include <array>
#include <cmath>
#include <set>

#include "test_helpers.hpp"

using attachscore::score_status;

namespace {

const std::set<int> reversed = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36};

attachscore::scorer ecr_r() {
    auto cat = attachscore::catalogue::builtin();
    const auto* inst = cat.find("ecr-r");
    REQUIRE(inst != nullptr);
    return attachscore::scorer(*inst);
}

std::array<double, 36> all(double v) {
    std::array<double, 36> a{};
    a.fill(v);
    return a;
}

}  // namespace

TEST_CASE("ECR-R: every answer 1") {
    // anxiety: 16 items at 1, items 9 and 11 reversed to 7 → 30/18.
    // avoidance: 6 items at 1 (19, 21, 23, 24, 25, 32), 12 reversed to 7 → 90/18 = 5.
    auto r = ecr_r().score(all(1));
    REQUIRE(r.all_valid());
    CHECK(r.scores()[0].value == 30.0 / 18);
    CHECK(r.scores()[1].value == 5.0);
    CHECK(r.scores()[0].answered == 18);
    CHECK(r.scores()[1].answered == 18);
}

TEST_CASE("ECR-R: every answer 7") {
    // anxiety: 16 × 7 + 2 × 1 = 114 → 114/18; avoidance: 6 × 7 + 12 × 1 = 54 → 3.
    auto r = ecr_r().score(all(7));
    REQUIRE(r.all_valid());
    CHECK(r.scores()[0].value == 114.0 / 18);
    CHECK(r.scores()[1].value == 3.0);
}

TEST_CASE("ECR-R: reverse keys reach both ends of each dimension") {
    std::array<double, 36> low{}, high{};
    for (int n = 1; n <= 36; ++n) {
        const bool rev = reversed.count(n) != 0;
        low[static_cast<std::size_t>(n - 1)] = rev ? 7 : 1;
        high[static_cast<std::size_t>(n - 1)] = rev ? 1 : 7;
    }
    const auto s = ecr_r();
    auto r = s.score(low);
    CHECK(r.scores()[0].value == 1.0);
    CHECK(r.scores()[1].value == 1.0);
    r = s.score(high);
    CHECK(r.scores()[0].value == 7.0);
    CHECK(r.scores()[1].value == 7.0);
}

TEST_CASE("ECR-R: a mixed respondent, then with a missing item") {
    // Items 1–18 answered 1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4. Item 9 (answer 2) reverses to 6,
    // item 11 (answer 4) stays 4. Sum 70 → 70/18. Item 18 missing: 66/17.
    auto a = all(4);
    const double pattern[18] = {1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4};
    for (std::size_t i = 0; i < 18; ++i)
        a[i] = pattern[i];
    const auto s = ecr_r();
    auto r = s.score(a);
    CHECK(r.scores()[0].value == 70.0 / 18);
    CHECK(r.scores()[1].value == 4.0);  // all 4s: 4 and 8 − 4 are both 4
    a[17] = attachscore::missing;
    r = s.score(a);
    CHECK(r.scores()[0].value == 66.0 / 17);
    CHECK(r.scores()[0].answered == 17);
    CHECK(r.scores()[0].status == score_status::valid);
}

TEST_CASE("ECR-R: at least 15 of 18 answered, else not valid with the reason") {
    auto a = all(4);
    const auto s = ecr_r();
    for (std::size_t i : {0u, 1u, 2u})
        a[i] = attachscore::missing;
    auto r = s.score(a);
    CHECK(r.scores()[0].status == score_status::valid);
    CHECK(r.scores()[0].answered == 15);
    CHECK(r.scores()[0].value == 4.0);
    a[3] = attachscore::missing;
    r = s.score(a);
    CHECK(r.scores()[0].status == score_status::too_few_answered);
    CHECK(std::isnan(r.scores()[0].value));
    CHECK(r.scores()[0].answered == 14);
    CHECK(r.scores()[1].status == score_status::valid);  // the other score is unaffected
    CHECK(attachscore::explain(r.scores()[0], s.definition().scores[0]) ==
          "14 of 18 answered; at least 15 needed");
    CHECK(attachscore::explain(r.scores()[1], s.definition().scores[1]).empty());
}

TEST_CASE("ECR-R: answers off the scale are an error for the respondent, never clamped") {
    const auto s = ecr_r();
    for (double bad : {0.0, 8.0, -1.0, 99.0, HUGE_VAL}) {
        auto a = all(4);
        a[4] = bad;
        auto r = s.score(a);
        REQUIRE(r.problems().size() == 1);
        CHECK(r.problems()[0].slot == 4);
        CHECK(r.problems()[0].kind == attachscore::answer_problem_kind::outside_scale);
        CHECK(r.scores()[0].status == score_status::invalid_answers);
        CHECK(r.scores()[1].status == score_status::invalid_answers);  // the whole respondent
        CHECK(std::isnan(r.scores()[0].value));
        CHECK_FALSE(r.all_valid());
    }
    auto a = all(4);
    a[20] = 2.5;
    auto r = s.score(a);
    REQUIRE(r.problems().size() == 1);
    CHECK(r.problems()[0].kind == attachscore::answer_problem_kind::not_whole_number);
    CHECK(r.scores()[1].answered == 17);
}

TEST_CASE("ECR-R: nobody answered") {
    auto r = ecr_r().score(all(attachscore::missing));
    CHECK(r.scores()[0].status == score_status::too_few_answered);
    CHECK(r.scores()[0].answered == 0);
}

TEST_CASE("the result is reused without reallocating") {
    const auto s = ecr_r();
    auto r = s.make_result();
    const auto* before = r.scores().data();
    auto a = all(3);
    a[2] = 0;  // a problem fills the problem list, within its reserved capacity
    for (int i = 0; i < 3; ++i)
        s.score(a, r);
    CHECK(r.scores().data() == before);
    CHECK(r.problems().size() == 1);
    s.score(all(3), r);
    CHECK(r.problems().empty());
}

TEST_CASE("the wrong number of answers is a programming error") {
    const auto s = ecr_r();
    std::array<double, 35> short_answers{};
    CHECK_THROWS_AS((void)s.score(short_answers), std::invalid_argument);
}

TEST_CASE("sums: prorated, or not valid when any item is missing") {
    auto loaded = attachscore::parse_instrument(test::small_instrument, "tiny.json");
    REQUIRE(loaded.ok());
    const attachscore::scorer s(loaded.value());
    // a = mean(item 1, 6 − item 2); b = item 3 + item 4, every item needed.
    std::array<double, 4> answers = {2, 1, 3, 4};
    auto r = s.score(answers);
    CHECK(r.scores()[0].value == 3.5);  // (2 + 5) / 2
    CHECK(r.scores()[1].value == 7.0);
    answers[3] = attachscore::missing;
    answers[0] = attachscore::missing;
    r = s.score(answers);
    CHECK(r.scores()[0].value == 5.0);  // only item 2, reversed: 6 − 1
    CHECK(r.scores()[1].status == score_status::too_few_answered);
    CHECK(attachscore::explain(r.scores()[1], s.definition().scores[1]) ==
          "1 of 2 answered; at least 2 needed");
}

TEST_CASE("a band includes its lower end, and the last band its upper end too") {
    auto loaded = attachscore::parse_instrument(test::small_instrument, "tiny.json");
    REQUIRE(loaded.ok());
    const auto& def = loaded.value().scores[0];
    CHECK(attachscore::find_band(def, 1.0)->label.at("en") == "low");
    CHECK(attachscore::find_band(def, 2.999)->label.at("en") == "low");
    CHECK(attachscore::find_band(def, 3.0)->label.at("en") == "high");
    CHECK(attachscore::find_band(def, 5.0)->label.at("en") == "high");
    CHECK(attachscore::find_band(def, 5.5) == nullptr);
}
