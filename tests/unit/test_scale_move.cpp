// Bands and cuts that are positions on the answer scale, carried to another administered scale
// (worked by hand: a cut c on min–max moves to min' + (c − min)(max' − min')/(max − min), times
// the item count for a sum); published rules stay with the published scale.
#include <cmath>

#include "test_helpers.hpp"

namespace {

const attachscore::catalogue& cat() {
    static const auto c = attachscore::catalogue::builtin();
    return c;
}

attachscore::scorer on(const char* id, int lo, int hi) {
    attachscore::scoring_options o;
    o.administered_scale = attachscore::scale_bounds{lo, hi};
    o.classify = {"midpoint"};
    return attachscore::scorer(*cat().find(id), o);
}

}  // namespace

TEST_CASE("thirds of 1–7 become thirds of 1–5, the middle 4 becomes 3") {
    const auto sc = on("ecr-s", 1, 5);
    const auto& anxiety = sc.definition().scores[0];
    REQUIRE(anxiety.bands.size() == 3);
    // 3 on 1–7 is a third of the way: 1 + 2·4/6 = 2.333…; 5 → 1 + 4·4/6 = 3.667; 7 → 5.
    CHECK(anxiety.bands[0].from == doctest::Approx(1));
    CHECK(anxiety.bands[1].from == doctest::Approx(7.0 / 3));
    CHECK(anxiety.bands[2].from == doctest::Approx(11.0 / 3));
    CHECK(anxiety.bands[2].to == doctest::Approx(5));
    CHECK(sc.bands_apply(0));
    CHECK(sc.profile_applies());
    CHECK(sc.definition().profile->cuts[0] == doctest::Approx(3));
    // The midpoint quadrants: 3 = the middle of 1–5, and a respondent at (1, 5) is low-high.
    std::vector<double> answers(12);
    for (std::size_t i = 0; i < 12; ++i)  // odd items avoidance, even anxiety; 1, 5, 8, 9 reversed
        answers[i] = (i + 1) % 2 == 1 ? ((i + 1 == 1 || i + 1 == 5 || i + 1 == 9) ? 1 : 5)
                                      : (i + 1 == 8 ? 5 : 1);
    const auto r = sc.score(answers);
    REQUIRE(r.all_valid());
    CHECK(r.scores()[0].value == doctest::Approx(1));  // anxiety
    CHECK(r.scores()[1].value == doctest::Approx(5));  // avoidance
    const auto& rules = sc.definition().categories;
    for (std::size_t c = 0; c < rules.size(); ++c)
        if (rules[c].option == "midpoint") {
            CHECK(r.categories()[c].valid);
            CHECK(attachscore::category_text(r.categories()[c], rules[c]) == "dismissing");
        }
}

TEST_CASE("a combination of scores and a middle band move as their answers do") {
    // RQ self model = secure + dismissing − fearful − preoccupied: the constant cancels (weights
    // sum to 0), so −4 on 1–7 moves to −4 · 4/6 on 1–5.
    const auto rq = on("rq", 1, 5);
    const auto& inst = rq.definition();
    const auto self = *inst.score_index("self_model");
    CHECK(rq.bands_apply(self));
    CHECK(inst.scores[self].bands[1].from == doctest::Approx(-4.0 * 4 / 6));
    // RAAS middle band 2.5 to 3.5 on 1–5, given on 1–7: 1 + 1.5 · 1.5 = 3.25 and 1 + 2.5 · 1.5.
    const auto raas = on("raas", 1, 7);
    const auto close = *raas.definition().score_index("close");
    CHECK(raas.definition().scores[close].bands[1].from == doctest::Approx(3.25));
    CHECK(raas.definition().scores[close].bands[1].to == doctest::Approx(4.75));
}

TEST_CASE("published rules stay on the published scale") {
    // The ECR's classification functions and Collins' RAAS rule are not moved: not applied.
    const auto ecr = on("ecr", 1, 5);
    const auto r = ecr.score(std::vector<double>(36, 3));
    const auto& rules = ecr.definition().categories;
    for (std::size_t c = 0; c < rules.size(); ++c)
        if (rules[c].method == attachscore::category_method::linear)
            CHECK(r.categories()[c].not_applied);
    attachscore::scoring_options o;
    o.administered_scale = attachscore::scale_bounds{1, 7};
    o.classify = {"collins"};
    const attachscore::scorer raas(*cat().find("raas"), o);
    const auto rr = raas.score(std::vector<double>(18, 4));
    for (std::size_t c = 0; c < raas.definition().categories.size(); ++c)
        if (raas.definition().categories[c].option == "collins")
            CHECK(rr.categories()[c].not_applied);
    // The published scale itself: nothing moves.
    const attachscore::scorer plain(*cat().find("ecr-s"));
    CHECK(plain.definition().scores[0].bands[1].from == 3);
}

TEST_CASE("the highest and lowest possible scores on another scale keep a band") {
    // 7 on 1–7 moved to 1–5 must be 5 exactly, or a score of 5 would fall past the last band.
    for (const char* id : {"ecr", "ecr-r", "ecr-s", "ecr-rs", "rq", "rsq", "raas"})
        for (auto [lo, hi] : {std::pair{1, 5}, {1, 6}, {0, 6}, {1, 9}, {1, 4}}) {
            const auto sc = on(id, lo, hi);
            for (int end : {lo, hi}) {
                std::vector<double> answers(sc.answer_count(), end);
                for (auto slot : sc.choice_slots())
                    answers[slot] = attachscore::missing;
                const auto r = sc.score(answers);
                for (std::size_t s = 0; s < r.scores().size(); ++s) {
                    const auto& v = r.scores()[s];
                    const auto& def = sc.definition().scores[s];
                    if (v.status != attachscore::score_status::valid || def.bands.empty()) continue;
                    CHECK_MESSAGE(
                        attachscore::find_band(def, v.value) != nullptr,
                        id << " " << def.id << " = " << v.value << " on " << lo << "–" << hi);
                }
            }
        }
}
