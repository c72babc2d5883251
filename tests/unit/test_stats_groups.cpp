// The statistics' keying flags per group (stats --by) on random answers: every item is tested in
// every group, so without a correction for the number of tests noise would raise alarms.
#include <random>
#include <sstream>
#include <string>

#include "test_helpers.hpp"

namespace {

// `groups` × `per_group` respondents answering each of the ECR's 36 items uniformly on 1–7.
std::string random_ecr(std::size_t groups, std::size_t per_group, std::uint64_t seed) {
    std::mt19937_64 rng(seed);
    std::string csv = "id";
    for (int n = 1; n <= 36; ++n)
        csv += ",Q" + std::to_string(n);
    csv += ",site\n";
    for (std::size_t g = 0; g < groups; ++g)
        for (std::size_t r = 0; r < per_group; ++r) {
            csv += "r" + std::to_string(g * per_group + r);
            for (int n = 1; n <= 36; ++n)
                csv += "," + std::to_string(1 + rng() % 7);
            csv += ",s" + std::to_string(g) + "\n";
        }
    return csv;
}

attachscore::table_statistics by_site(const std::string& csv) {
    static const auto cat = attachscore::catalogue::builtin();
    std::istringstream in(csv);
    attachscore::table_options options;
    options.id_column = "id";
    options.hints_by = "site";
    options.scoring.administered_scale = attachscore::scale_bounds{1, 7};
    auto r = attachscore::compute_statistics(*cat.find("ecr"), in, options);
    REQUIRE_MESSAGE(r.ok(), test::listing(r.errors()));
    return std::move(r).value();
}

}  // namespace

TEST_CASE("stats --by raises no alarm on 20,000 random respondents in 100 groups") {
    const auto st = by_site(random_ecr(100, 200, 2026));
    REQUIRE(st.n_rows == 20000);
    std::size_t flags = 0;
    for (const auto& s : st.scores) {
        for (const auto& f : s.group_flags)
            MESSAGE(f);
        flags += s.group_flags.size();
    }
    // Exactly 100 groups were all checked: nothing is said about values left out either.
    CHECK(flags == 0);
}

TEST_CASE("stats --by says when values of the column were left out") {
    const auto st = by_site(random_ecr(101, 40, 7));
    REQUIRE_FALSE(st.scores[0].group_flags.empty());
    CHECK(st.scores[0].group_flags.back() ==
          "only the first 100 values of site were checked group by group");
}
