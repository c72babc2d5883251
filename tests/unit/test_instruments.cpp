// Golden respondents for every built-in instrument, worked out by hand from the published keys
// (see each instrument's key_sources): every answer at the minimum, at the maximum, and a mixed
// pattern with missing answers. Item means are compared exactly: they are one division of a
// whole-number sum. Scores made from other scores are compared to 1e-12.
#include <cmath>
#include <set>
#include <vector>

#include "test_helpers.hpp"

using attachscore::score_status;
using doctest::Approx;

namespace {

const attachscore::catalogue& builtins() {
    static const auto cat = attachscore::catalogue::builtin();
    return cat;
}

attachscore::scorer scorer_for(const char* id) {
    const auto* inst = builtins().find(id);
    REQUIRE(inst != nullptr);
    return attachscore::scorer(*inst);
}

// Answer n (1-based) is ((n − 1) mod k) + 1: 1, 2, …, k, 1, 2, …
std::vector<double> cycle(std::size_t count, int k) {
    std::vector<double> a(count);
    for (std::size_t n = 1; n <= count; ++n)
        a[n - 1] = static_cast<double>((n - 1) % static_cast<std::size_t>(k) + 1);
    return a;
}

struct scored {
    attachscore::scorer sc;
    attachscore::respondent_scores r;
    const attachscore::score_value& operator[](const char* id) const {
        const auto index = sc.definition().score_index(id);
        REQUIRE_MESSAGE(index.has_value(), "no score " << id);
        return r.scores()[*index];
    }
    std::string category(std::size_t c = 0) const {
        return attachscore::category_text(r.categories()[c], sc.definition().categories[c]);
    }
};

scored run(const char* id, const std::vector<double>& answers) {
    auto sc = scorer_for(id);
    auto r = sc.score(answers);
    return {std::move(sc), std::move(r)};
}

}  // namespace

TEST_CASE("ECR: minimum, maximum and a mixed respondent with blanks") {
    // anxiety = even items, 22 reversed; avoidance = odd items, 3, 15, 19, 25, 27, 29, 31, 33, 35
    // reversed.
    auto low = run("ecr", std::vector<double>(36, 1));
    CHECK(low["anxiety"].value == 24.0 / 18);    // 17 × 1 + 7
    CHECK(low["avoidance"].value == 72.0 / 18);  // 9 × 1 + 9 × 7
    auto high = run("ecr", std::vector<double>(36, 7));
    CHECK(high["anxiety"].value == 120.0 / 18);  // 17 × 7 + 1
    CHECK(high["avoidance"].value == 72.0 / 18);
    auto a = cycle(36, 7);
    a[1] = a[2] = attachscore::missing;  // items 2 and 3
    auto mixed = run("ecr", a);
    CHECK(mixed["anxiety"].value == 73.0 / 17);
    CHECK(mixed["anxiety"].answered == 17);
    CHECK(mixed["avoidance"].value == 69.0 / 17);
}

TEST_CASE("ECR-S: minimum, maximum and a mixed respondent with a blank") {
    // anxiety = 2, 4, 6, 8R, 10, 12; avoidance = 1R, 3, 5R, 7, 9R, 11.
    auto low = run("ecr-s", std::vector<double>(12, 1));
    CHECK(low["anxiety"].value == 2.0);    // (5 + 7) / 6
    CHECK(low["avoidance"].value == 4.0);  // (3 × 7 + 3) / 6
    auto high = run("ecr-s", std::vector<double>(12, 7));
    CHECK(high["anxiety"].value == 6.0);  // (35 + 1) / 6
    CHECK(high["avoidance"].value == 4.0);
    auto a = cycle(12, 7);
    a[11] = attachscore::missing;  // item 12: 5 of 6 anxiety items is enough
    auto mixed = run("ecr-s", a);
    CHECK(mixed["anxiety"].value == 22.0 / 5);  // 2 + 4 + 6 + (8 − 1) + 3
    CHECK(mixed["avoidance"].value == 5.0);     // (8 − 1) + 3 + (8 − 5) + 7 + (8 − 2) + 4
    a[9] = attachscore::missing;                // item 10 too: 4 of 6 is not enough
    auto too_few = run("ecr-s", a);
    CHECK(too_few["anxiety"].status == score_status::too_few_answered);
    CHECK(
        attachscore::explain(too_few["anxiety"], *too_few.sc.definition().find_score("anxiety")) ==
        "4 of 6 answered; at least 5 needed");
}

TEST_CASE("ECR-RS: four targets, then the global means") {
    // Per target: avoidance = mean of 1R–4R, 5, 6; anxiety = mean of 7–9. Answers: mother, father,
    // partner, friend, 9 items each.
    auto low = run("ecr-rs", std::vector<double>(36, 1));
    for (const char* t :
         {"mother_avoidance", "father_avoidance", "partner_avoidance", "friend_avoidance"})
        CHECK(low[t].value == 5.0);  // (4 × 7 + 2) / 6
    CHECK(low["partner_anxiety"].value == 1.0);
    CHECK(low["global_avoidance"].value == Approx(5.0).epsilon(1e-12));
    CHECK(low["global_anxiety"].value == Approx(1.0).epsilon(1e-12));
    auto high = run("ecr-rs", std::vector<double>(36, 7));
    CHECK(high["friend_avoidance"].value == 3.0);  // (4 + 14) / 6
    CHECK(high["global_anxiety"].value == Approx(7.0).epsilon(1e-12));

    std::vector<double> a;
    for (double v : {1, 2, 3, 4, 5, 6, 7, 1, 2})
        a.push_back(v);  // mother
    for (int i = 0; i < 9; ++i)
        a.push_back(4);  // father
    for (int i = 0; i < 9; ++i)
        a.push_back(i == 8 ? attachscore::missing : 4);  // partner, item 9 blank
    for (int i = 0; i < 9; ++i)
        a.push_back(2);  // friend
    auto mixed = run("ecr-rs", a);
    CHECK(mixed["mother_avoidance"].value == 33.0 / 6);  // 7 + 6 + 5 + 4 + 5 + 6
    CHECK(mixed["mother_anxiety"].value == 10.0 / 3);    // 7 + 1 + 2
    CHECK(mixed["father_avoidance"].value == 4.0);
    CHECK(mixed["partner_anxiety"].status == score_status::too_few_answered);  // all 3 needed
    CHECK(mixed["friend_avoidance"].value == 28.0 / 6);                        // 4 × 6 + 2 × 2
    CHECK(mixed["global_avoidance"].value ==
          Approx((33.0 / 6 + 4 + 4 + 28.0 / 6) / 4).epsilon(1e-12));
    CHECK(mixed["global_avoidance"].answered == 4);
    CHECK(mixed["global_anxiety"].status == score_status::too_few_answered);
    CHECK(mixed["global_anxiety"].answered == 3);
    CHECK(attachscore::explain(mixed["global_anxiety"],
                               *mixed.sc.definition().find_score("global_anxiety")) ==
          "3 of 4 scores valid; all 4 needed");
}

TEST_CASE("RQ: ratings, self and other models, the category and its tie-break") {
    // Items 1–4: secure, fearful, preoccupied, dismissing; item 5: forced choice (1–4).
    const double none = attachscore::missing;
    auto mixed = run("rq", {6, 2, 5, 3, none});
    CHECK(mixed["secure"].value == 6.0);
    CHECK(mixed["self_model"].value == Approx(2.0).epsilon(1e-12));   // (6 + 3) − (2 + 5)
    CHECK(mixed["other_model"].value == Approx(6.0).epsilon(1e-12));  // (6 + 5) − (2 + 3)
    CHECK(mixed.category() == "secure");

    auto flat = run("rq", {1, 1, 1, 1, none});
    CHECK(flat["self_model"].value == Approx(0.0).epsilon(1e-12));
    CHECK(flat.category() == "tie:secure+fearful+preoccupied+dismissing");
    CHECK(run("rq", {7, 7, 7, 7, 2}).category() == "fearful");  // the forced choice settles it

    CHECK(run("rq", {5, 5, 2, 1, 1}).category() == "secure");
    CHECK(run("rq", {5, 5, 2, 1, 2}).category() == "fearful");
    // A forced choice outside the tie does not pick: the tie is reported.
    auto unsettled = run("rq", {5, 5, 2, 1, 3});
    CHECK(unsettled.category() == "tie:secure+fearful");
    CHECK_FALSE(unsettled.r.categories()[0].settled_by_choice);

    auto missing_rating = run("rq", {5, none, 2, 1, 1});
    CHECK(missing_rating["fearful"].status == score_status::too_few_answered);
    CHECK(missing_rating["self_model"].status == score_status::too_few_answered);
    CHECK(missing_rating.category().empty());

    auto bad_choice = run("rq", {5, 4, 2, 1, 9});
    REQUIRE(bad_choice.r.problems().size() == 1);
    CHECK(bad_choice.r.problems()[0].kind == attachscore::answer_problem_kind::not_a_choice);
    CHECK(bad_choice["secure"].status == score_status::invalid_answers);
}

TEST_CASE("RSQ: item 6 counts in two prototypes with opposite keying") {
    // secure = 3, 9R, 10, 15, 28R; fearful = 1, 5, 12, 24; preoccupied = 6R, 8, 16, 25;
    // dismissing = 2, 6, 19, 22, 26; 1–5 scale, reversed as 6 − x.
    auto low = run("rsq", std::vector<double>(30, 1));
    CHECK(low["secure"].value == 13.0 / 5);  // 1 + 5 + 1 + 1 + 5
    CHECK(low["fearful"].value == 1.0);
    CHECK(low["preoccupied"].value == 8.0 / 4);                     // 5 + 1 + 1 + 1
    CHECK(low["dismissing"].value == 1.0);                          // item 6 not reversed here
    CHECK(low["self_model"].value == Approx(0.6).epsilon(1e-12));   // (2.6 + 1) − (1 + 2)
    CHECK(low["other_model"].value == Approx(2.6).epsilon(1e-12));  // (2.6 + 2) − (1 + 1)
    auto high = run("rsq", std::vector<double>(30, 5));
    CHECK(high["secure"].value == 17.0 / 5);
    CHECK(high["preoccupied"].value == 16.0 / 4);
    CHECK(high["self_model"].value == Approx(-0.6).epsilon(1e-12));
    CHECK(high["other_model"].value == Approx(-2.6).epsilon(1e-12));

    auto a = cycle(30, 5);
    a[9] = attachscore::missing;  // item 10: secure keeps 4 of 5
    auto mixed = run("rsq", a);
    CHECK(mixed["secure"].value == 13.0 / 4);       // 3 + (6 − 4) + 5 + (6 − 3)
    CHECK(mixed["fearful"].value == 12.0 / 4);      // 1 + 5 + 2 + 4
    CHECK(mixed["preoccupied"].value == 14.0 / 4);  // (6 − 1) + 3 + 1 + 5
    CHECK(mixed["dismissing"].value == 10.0 / 5);   // 2 + 1 + 4 + 2 + 1
    CHECK(mixed["self_model"].value == Approx(-1.25).epsilon(1e-12));
    CHECK(mixed["other_model"].value == Approx(1.75).epsilon(1e-12));
}

TEST_CASE("RAAS: close, depend, anxiety and close-depend") {
    // close = 1, 6, 8R, 12, 13R, 17R; depend = 2R, 5, 7R, 14, 16R, 18R; anxiety = 3, 4, 9, 10,
    // 11, 15.
    auto low = run("raas", std::vector<double>(18, 1));
    CHECK(low["close"].value == 18.0 / 6);
    CHECK(low["depend"].value == 22.0 / 6);
    CHECK(low["anxiety"].value == 1.0);
    CHECK(low["close_depend"].value == Approx((18.0 / 6 + 22.0 / 6) / 2).epsilon(1e-12));
    auto high = run("raas", std::vector<double>(18, 5));
    CHECK(high["close"].value == 18.0 / 6);
    CHECK(high["depend"].value == 14.0 / 6);
    CHECK(high["anxiety"].value == 5.0);
    auto a = cycle(18, 5);
    a[2] = attachscore::missing;  // item 3
    auto mixed = run("raas", a);
    CHECK(mixed["close"].value == 14.0 / 6);   // 1 + 1 + 3 + 2 + 3 + 4
    CHECK(mixed["depend"].value == 25.0 / 6);  // 4 + 5 + 4 + 4 + 5 + 3
    CHECK(mixed["anxiety"].value == 19.0 / 5);
    CHECK(mixed["close_depend"].value == Approx(39.0 / 12).epsilon(1e-12));
}

TEST_CASE("an administered scale changes reversal and the range check") {
    // The openpsychometrics ECR used 1–5: a reversed 1 counts 5 (6 − 1), not 7.
    const auto* ecr = builtins().find("ecr");
    attachscore::scoring_options options;
    options.administered_scale = attachscore::scale_bounds{1, 5};
    const attachscore::scorer sc(*ecr, options);
    CHECK(sc.scale_overridden());
    auto r = sc.score(std::vector<double>(36, 1));
    CHECK(r.scores()[0].value == 22.0 / 18);  // anxiety: 17 × 1 + (6 − 1)
    CHECK(r.scores()[1].value == 54.0 / 18);  // avoidance: 9 × 1 + 9 × 5
    auto six = sc.score(std::vector<double>(36, 6));
    CHECK(six.problems().size() == 36);  // 6 is off a 1–5 scale
}

TEST_CASE("RAAS against Ledley et al. (2006): z, T and percentile worked out by hand") {
    const auto* raas = builtins().find("raas");
    REQUIRE(raas != nullptr);
    REQUIRE(raas->norms.size() == 1);
    const auto& set = raas->norms[0];
    const auto* men = attachscore::find_norm_group(set, " Male ");
    const auto* women = attachscore::find_norm_group(set, "f");
    REQUIRE(men != nullptr);
    REQUIRE(women != nullptr);
    CHECK(attachscore::find_norm_group(set, "x") == nullptr);
    CHECK(men->id == "male");
    // Close 4.5 against men (M 3.59, SD 0.87): z = 0.91 / 0.87 = 1.0460; T = 60.46; a normal table
    // gives Φ(1.04) = .8508 and Φ(1.05) = .8531, so the percentile is about 85.2.
    const auto r = attachscore::apply_norm(men->scores.at("close"), 4.5);
    CHECK(r.z == Approx(0.91 / 0.87).epsilon(1e-12));
    CHECK(r.t == Approx(50 + 10 * 0.91 / 0.87).epsilon(1e-12));
    CHECK(r.percentile > 85.08);
    CHECK(r.percentile < 85.31);
    CHECK_FALSE(r.band90_low.has_value());  // Ledley et al. give no reliabilities
    // Against women (M 3.65): z = 0.85 / 0.87 = 0.977, below the +1 cut: the usual range.
    CHECK(attachscore::apply_norm(women->scores.at("close"), 4.5).z ==
          Approx(0.85 / 0.87).epsilon(1e-12));
    // Anxiety: men M 2.31, SD 0.89; women M 2.62, SD 1.01.
    CHECK(attachscore::apply_norm(men->scores.at("anxiety"), 1.0).z ==
          Approx(-1.31 / 0.89).epsilon(1e-12));
    CHECK(attachscore::apply_norm(women->scores.at("anxiety"), 4.0).z ==
          Approx(1.38 / 1.01).epsilon(1e-12));
    // Depend: men M 3.43, SD 0.83.
    CHECK(attachscore::apply_norm(men->scores.at("depend"), 3.43).z == Approx(0.0));

    // The band follows the norm: z ≥ 1 is "higher than most".
    attachscore::score_value v{4.5, 6, attachscore::score_status::valid};
    const auto meaning =
        attachscore::describe_score(*raas->find_score("close"), v, &set, men, false);
    REQUIRE(meaning.label != nullptr);
    CHECK(meaning.from_norm);
    CHECK(meaning.label->at("en") == "Higher than most in the norm group");
    const auto usual =
        attachscore::describe_score(*raas->find_score("close"), v, &set, women, false);
    CHECK(usual.label->at("en") == "Within the usual range of the norm group");
    // close_depend has no published norm: its own (heuristic) band.
    const auto own =
        attachscore::describe_score(*raas->find_score("close_depend"), v, &set, men, false);
    CHECK_FALSE(own.from_norm);
    CHECK(own.label->at("en") == "Upper part of the scale");
}

TEST_CASE("a norm's reliability gives a 90 % band from the standard error of measurement") {
    attachscore::norm_values nv{3.0, 0.87, 0.8};
    const auto r = attachscore::apply_norm(nv, 4.0);
    // SEM = 0.87 × √0.2 = 0.38908; 1.645 × SEM = 0.64.
    REQUIRE(r.band90_low.has_value());
    CHECK(*r.band90_low == Approx(4.0 - 1.6448536269514722 * 0.87 * std::sqrt(0.2)).epsilon(1e-12));
    CHECK(*r.band90_high == Approx(4.64).epsilon(1e-3));
}

TEST_CASE("ECR: Brennan et al.'s classification functions and the near-boundary flag") {
    // Test vectors computed by hand from the four functions (research notes, ECR section):
    // (avoidance, anxiety) → category.
    const auto* ecr = builtins().find("ecr");
    const attachscore::scorer sc(*ecr);
    const auto& rule = ecr->categories[0];
    REQUIRE(rule.method == attachscore::category_method::linear);
    auto classify = [&](double avoidance, double anxiety) {
        attachscore::respondent_scores r = sc.make_result();
        // Answers that give exactly these means: avoidance items (odd) all a, anxiety items all x,
        // with reversed items answered 8 − value so that every keyed answer equals the mean.
        std::vector<double> a(36);
        for (int n = 1; n <= 36; ++n) {
            const double mean = n % 2 ? avoidance : anxiety;
            const bool rev = std::set<int>{3, 15, 19, 22, 25, 27, 29, 31, 33, 35}.count(n) != 0;
            a[static_cast<std::size_t>(n - 1)] = rev ? 8 - mean : mean;
        }
        sc.score(a, r);
        return std::make_pair(attachscore::category_text(r.categories()[0], rule),
                              r.categories()[0]);
    };
    CHECK(classify(1, 1).first == "secure");
    CHECK(classify(2, 2).first == "secure");
    CHECK(classify(4, 4).first == "fearful");
    CHECK(classify(2, 5).first == "preoccupied");
    CHECK(classify(5, 2).first == "dismissing");
    CHECK(classify(4, 3).first == "dismissing");
    CHECK(classify(7, 7).first == "fearful");
    // (3, 3): secure 14.755 vs dismissing 14.686 — a margin of 0.069 function units over a weight
    // difference of √(4.076² + 0.533²) = 4.111: 0.017 scale points from the boundary.
    const auto [close_call, value] = classify(3, 3);
    CHECK(close_call == "secure");
    CHECK(value.margin == Approx(0.0168).epsilon(0.02));
    CHECK(value.near_boundary);
    CHECK_FALSE(classify(1, 1).second.near_boundary);
}
