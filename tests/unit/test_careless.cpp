// Careless-response indices worked by hand from their definitions (careless::longstring,
// careless::irv, careless::evenodd; Johnson 2005; Dunn et al. 2018), on the answers as given.
#include <cmath>
#include <string>
#include <vector>

#include "test_helpers.hpp"

namespace {

const attachscore::catalogue& catalogue() {
    static const auto cat = [] {
        auto c = attachscore::catalogue::builtin();
        const auto problems = c.add_file(std::string(ATTACHSCORE_TEST_DATA) +
                                         "/instruments-careless/ten-scales.json");
        REQUIRE(problems.empty());
        return c;
    }();
    return cat;
}

// Ten four-item scales on 1–5, the fourth item of each reversed: answers whose oriented values
// are odd[k] at positions 1 and 3 of scale k and even[k] at positions 2 and 4.
std::vector<double> ten_scales(const double (&odd)[10], const double (&even)[10]) {
    std::vector<double> answers;
    for (std::size_t k = 0; k < 10; ++k)
        answers.insert(answers.end(), {odd[k], even[k], odd[k], 6 - even[k]});
    return answers;
}

bool has(const attachscore::careless_indices& q, attachscore::careless_sign s) {
    for (auto x : q.signs)
        if (x == s) return true;
    return false;
}

}  // namespace

TEST_CASE("careless indices look at the answers given, not at reversed columns") {
    const auto& inst = *catalogue().find("ecr-r");
    // Someone pressed 7 on all 36 items; the export reversed the 14 reverse-keyed ones (8 − 7 = 1).
    std::vector<double> columns(36, 7);
    for (int n : attachscore::reverse_keyed_items(inst))
        columns[static_cast<std::size_t>(n - 1)] = 1;
    attachscore::scoring_options exported;
    exported.already_reversed = attachscore::reverse_keyed_items(inst);
    const attachscore::scorer sc(inst, exported);
    const auto q = attachscore::screen_respondent(sc, columns);
    CHECK(q.longstring == 36);
    CHECK(q.irv == 0);
    // Reverse-keyed statements oriented 1, the others 7: the whole range, in both scores.
    CHECK(q.reverse_inconsistency == 1);
    CHECK(q.reverse_scales == 2);
    CHECK(q.careless);
    CHECK(has(q, attachscore::careless_sign::long_run));
    CHECK(has(q, attachscore::careless_sign::opposite_alike));
    CHECK(attachscore::careless_sign_text(attachscore::careless_sign::long_run, q) ==
          "the same answer 36 times in a row");
    CHECK(attachscore::careless_sign_text(attachscore::careless_sign::long_run, q, "es") ==
          "la misma respuesta 36 veces seguidas");
    // The same person scored from an export that did not reverse: the same indices.
    const attachscore::scorer plain(inst);
    const auto same = attachscore::screen_respondent(plain, std::vector<double>(36, 7));
    CHECK(same.longstring == q.longstring);
    CHECK(same.irv == q.irv);
    CHECK(same.reverse_inconsistency == q.reverse_inconsistency);
}

TEST_CASE("careless indices worked by hand on the ECR-R") {
    const attachscore::scorer ecr(*catalogue().find("ecr-r"));
    std::vector<double> ones(36, 1);
    auto q = attachscore::screen_respondent(ecr, ones);
    CHECK(q.longstring == 36);
    CHECK(q.irv == 0);
    CHECK(std::isnan(q.evenodd));  // two scales: not computed
    CHECK(q.evenodd_scales == 2);
    CHECK(q.reverse_inconsistency == 1);
    CHECK(q.careless);
    CHECK(q.signs.size() == 2);
    // The published key answered consistently: 1 everywhere once oriented (14 sevens, 22 ones).
    std::vector<double> low(36, 1);
    for (int n : {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36})
        low[static_cast<std::size_t>(n - 1)] = 7;
    q = attachscore::screen_respondent(ecr, low);
    CHECK(q.longstring == 8);                                // items 1–8
    CHECK(q.irv == doctest::Approx(std::sqrt(308.0 / 35)));  // Σ(x − 10/3)² = 308 over 36 answers
    CHECK(q.reverse_inconsistency == 0);
    CHECK_FALSE(q.careless);
    // A blank breaks a run; the cut-off is half the 36 items.
    ones[10] = attachscore::missing;
    CHECK(attachscore::screen_respondent(ecr, ones).longstring == 25);
    CHECK(attachscore::longstring_cutoff(ecr.definition()) == 18);
}

TEST_CASE("a forced choice enters neither longstring nor IRV") {
    const attachscore::scorer rq(*catalogue().find("rq"));
    REQUIRE(rq.answer_count() == 5);
    for (double choice : {1.0, 2.0}) {  // paragraph A or B
        const auto q = attachscore::screen_respondent(rq, std::vector<double>{2, 2, 2, 2, choice});
        CHECK(q.longstring == 4);
        CHECK(q.irv == 0);
    }
    const auto q = attachscore::screen_respondent(rq, std::vector<double>{1, 2, 3, 4, 2});
    CHECK(q.longstring == 1);
    CHECK(q.irv == doctest::Approx(std::sqrt(5.0 / 3)));  // 1, 2, 3, 4: Σ(x − 2.5)² = 5 over 3
    CHECK(attachscore::longstring_cutoff(rq.definition()) == 6);
}

TEST_CASE("even–odd consistency only where enough scales carry it") {
    // The RAAS has three scales: even–odd is not computed, so rounding noise cannot flag anyone.
    const attachscore::scorer raas(*catalogue().find("raas"));
    const std::vector<double> answers{4, 2, 2, 4, 4, 4, 3, 2, 3, 3, 4, 3, 2, 4, 4, 3, 2, 3};
    const auto q = attachscore::screen_respondent(raas, answers);
    CHECK(std::isnan(q.evenodd));
    CHECK(q.evenodd_scales == 3);
    CHECK_FALSE(has(q, attachscore::careless_sign::low_evenodd));
    CHECK(attachscore::evenodd_scale_count(*catalogue().find("rsq")) == 4);

    const attachscore::scorer ten(*catalogue().find("ten-scales"));
    // Odd-half means equal to the even-half means across the ten scales: r = 1, Spearman–Brown 1.
    auto r = attachscore::screen_respondent(
        ten, ten_scales({1, 2, 3, 4, 5, 1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 1, 2, 3, 4, 5}));
    CHECK(r.evenodd_scales == 10);
    CHECK(r.evenodd == doctest::Approx(-1));
    CHECK_FALSE(has(r, attachscore::careless_sign::low_evenodd));
    // Deviations (−2 −1 0 1 2 −2 −1 0 1 2) against (−2 −1 0 1 2 2 1 0 −1 −2): Σxy = 10 − 10 = 0,
    // so r = 0 and the consistency 0, below .30: flagged.
    r = attachscore::screen_respondent(
        ten, ten_scales({1, 2, 3, 4, 5, 1, 2, 3, 4, 5}, {1, 2, 3, 4, 5, 5, 4, 3, 2, 1}));
    CHECK(r.evenodd == doctest::Approx(0).epsilon(1e-12));
    CHECK(has(r, attachscore::careless_sign::low_evenodd));
    CHECK(attachscore::careless_sign_text(attachscore::careless_sign::low_evenodd, r) ==
          "even–odd consistency .00 (below .30, over 10 scales)");
    // Reversed order: r = −1, Spearman–Brown −∞ kept at −1, so the index is 1.
    r = attachscore::screen_respondent(
        ten, ten_scales({1, 2, 3, 4, 5, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 5, 4, 3, 2, 1}));
    CHECK(r.evenodd == doctest::Approx(1));
    CHECK(attachscore::careless_sign_text(attachscore::careless_sign::low_evenodd, r, "es") ==
          "consistencia par–impar −1,00 (por debajo de ,30, sobre 10 escalas)");
    // One half the same in every scale (3 = 6 − 3 reversed): undefined, as in careless::evenodd,
    // and not flagged, however the means round.
    r = attachscore::screen_respondent(
        ten, ten_scales({1, 2, 3, 4, 5, 1, 2, 3, 4, 5}, {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}));
    CHECK(std::isnan(r.evenodd));
    CHECK_FALSE(has(r, attachscore::careless_sign::low_evenodd));
    // Means that differ only by rounding (as 10/3 and 20/6 may) count as equal.
    auto noisy = ten_scales({1, 2, 3, 4, 5, 1, 2, 3, 4, 5}, {3, 3, 3, 3, 3, 3, 3, 3, 3, 3});
    noisy[1] = std::nextafter(3.0, 4.0);
    r = attachscore::screen_respondent(ten, noisy);
    CHECK(std::isnan(r.evenodd));
}
