// The methods paragraph says what the run recorded and nothing more, in English and Spanish
// (numbers chosen by hand; the wording is the project's own).
#include <cmath>
#include <string>

#include "test_helpers.hpp"

namespace {

const attachscore::instrument& ecr_r() {
    static const auto cat = attachscore::catalogue::builtin();
    return *cat.find("ecr-r");
}

attachscore::table_statistics hpp_like() {
    attachscore::table_statistics st;
    st.instrument = "ecr-r";
    st.n_rows = 1523;
    st.answers = 1523 * 36;
    st.missing_answers = 1523 * 36 / 50;  // 2.0 %
    st.rows_complete = 1380;
    for (const char* id : {"anxiety", "avoidance"}) {
        attachscore::score_statistics s;
        s.id = id;
        s.n = 1393;
        s.mean = 3.412;
        s.sd = 1.118;
        s.n_complete = 1380;
        s.alpha = 0.9213, s.alpha_ci_low = 0.9151, s.alpha_ci_high = 0.9273;
        s.omega_total = 0.9241;
        s.items.resize(18);
        for (std::size_t i = 0; i < 18; ++i)
            s.items[i].item = static_cast<int>(i + 1 + (s.id == std::string("avoidance") ? 18 : 0));
        st.scores.push_back(s);
    }
    st.scores[0].items[4].flag_rule = attachscore::keying_rule::single_item;
    st.scores[1].reversed_group_r = -0.43;
    auto& r = st.record;
    r.missing_codes = {"NA"};
    r.already_reversed = attachscore::reverse_keyed_items(ecr_r());
    r.rows_not_scored = 130;
    r.rows_outside_scale = 114;
    r.outside_values[8] = 310;
    r.rows_too_few = 16;
    auto& q = st.careless;
    q.screened = 1507, q.flagged = 71, q.rating_items = 36, q.longstring_cutoff = 18;
    q.evenodd_scales = 2, q.reverse_scales = 2;
    return st;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the methods paragraph says what the run did, with APA's numbers") {
    const auto t = attachscore::methods_paragraph(ecr_r(), hpp_like());
    CHECK(has(t,
              "(n = 1,393, M = 3.41, SD = 1.12; α = .92, 95% CI [.92, .93], ω = .92, over the "
              "1,380 respondents who answered every item)"));
    CHECK(has(t, "Cells holding “NA” were treated as not answered."));
    CHECK(has(t,
              "The 14 reverse-keyed items were taken as already reversed in the export and "
              "were not reversed again."));
    CHECK(has(t,
              "Of the 1,523 rows, 1,393 had at least one valid score; 114 had an answer "
              "outside the scale (310 answers of 8) and 16 had too few items answered."));
    CHECK(has(t, "over at least half the items (18 of 36 in a row; a heuristic of this tool)"));
    CHECK(has(t, "The indices use the answers as the respondents gave them"));
    CHECK(has(t, "Even–odd consistency (Johnson, 2005) was not computed: ECR-R has 2 scales"));
    CHECK_FALSE(has(t, "below .30 (Johnson"));  // a check that did not run is never claimed
    CHECK(has(t, "Item 5 ran against its scale as keyed"));
    CHECK(has(
        t,
        "In attachment avoidance, the reverse-keyed items ran against the other items as a group "
        "(r = −.43 between their sums)"));
    CHECK_FALSE(has(t, "-."));  // one minus sign
    CHECK_FALSE(has(t, "95 %"));
    CHECK_FALSE(has(t, "answered 1–5"));  // no administered scale was recorded
}

TEST_CASE("the methods paragraph names another administered scale and says nothing not done") {
    auto st = hpp_like();
    st.record = {};
    st.record.administered_scale = attachscore::scale_bounds{1, 5};
    st.careless.reverse_scales = 0;
    st.scores[1].reversed_group_r = std::nan("");
    st.scores[0].items[4].flag_rule = attachscore::keying_rule::none;
    const auto t = attachscore::methods_paragraph(ecr_r(), st);
    CHECK(has(t,
              "Answers were given on a 1–5 scale rather than the published 1–7 and were "
              "scored on that scale (reverse-keyed items as 6 − x)."));
    CHECK(has(t, "All 1,523 rows were scored."));
    CHECK_FALSE(has(t, "Cells holding"));
    CHECK_FALSE(has(t, "already reversed"));
    CHECK_FALSE(has(t, "opposite directions"));  // reverse inconsistency was not computed
    CHECK_FALSE(has(t, "ran against"));
}

TEST_CASE("the methods paragraph in Spanish") {
    const auto t = attachscore::methods_paragraph(ecr_r(), hpp_like(), 2, "es");
    CHECK(has(t,
              "(n = 1393, M = 3,41, DE = 1,12; α = ,92, IC 95\u00a0% [,92; ,93], ω = ,92, "
              "sobre las 1380 personas que respondieron todos los ítems)"));
    CHECK(has(t, "Las celdas con «NA» se trataron como no respondidas."));
    CHECK(has(t,
              "De las 1523 filas, 1393 tuvieron al menos una puntuación válida; 114 tenían "
              "una respuesta fuera de la escala (310 respuestas de 8) y 16 tenían menos ítems "
              "respondidos de los necesarios."));
    CHECK(has(t, "La consistencia par–impar (Johnson, 2005) no se calculó"));
    CHECK_FALSE(has(t, "Reliability"));
    CHECK_FALSE(has(t, " were "));
}
