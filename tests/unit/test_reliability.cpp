// Reliability against R psych on tests/data/stats/ecr-r-200.csv (the anxiety items 1–18, oriented
// by the published key; item 5 is reversed in that export, as a keying mistake would leave it).
// The expected values were printed by tests/validation/reliability_psych.R (psych 2.2.9, R 4.2.2),
// not by attachscore.
#include <cmath>
#include <fstream>
#include <sstream>

#include "analysis/reliability.hpp"
#include "test_helpers.hpp"

using attachscore::detail::compute_reliability;
using attachscore::detail::covariance_sums;

namespace {

covariance_sums anxiety_sums() {
    const int reversed[] = {9, 11};
    std::ifstream in(std::string(ATTACHSCORE_TEST_DATA) + "/stats/ecr-r-200.csv");
    std::string line;
    std::getline(in, line);
    covariance_sums sums(18, 4);
    while (std::getline(in, line)) {
        std::istringstream cells(line);
        std::string cell;
        std::getline(cells, cell, ',');  // the id
        std::vector<double> x;
        for (int n = 1; n <= 18 && std::getline(cells, cell, ','); ++n) {
            const double v = std::stod(cell);
            const bool rev = n == reversed[0] || n == reversed[1];
            x.push_back(rev ? 8 - v : v);
        }
        sums.add(x);
    }
    return sums;
}

}  // namespace

TEST_CASE("alpha, standardized alpha, lambda 6, average r and r.drop equal psych::alpha") {
    const auto sums = anxiety_sums();
    REQUIRE(sums.n() == 200);
    const auto rel = compute_reliability(sums.covariance(), 18);
    CHECK(rel.alpha == doctest::Approx(0.8291547034).epsilon(1e-9));
    CHECK(rel.std_alpha == doctest::Approx(0.8283363015).epsilon(1e-9));
    CHECK(rel.lambda6 == doctest::Approx(0.8504589224).epsilon(1e-9));
    CHECK(rel.average_r == doctest::Approx(0.2114028844).epsilon(1e-9));
    CHECK(rel.r_drop[0] == doctest::Approx(0.2329557897).epsilon(1e-9));
    CHECK(rel.r_drop[1] == doctest::Approx(0.3462738683).epsilon(1e-9));
    CHECK(rel.r_drop[2] == doctest::Approx(0.1579315578).epsilon(1e-9));
    CHECK(rel.alpha_if_dropped[0] == doctest::Approx(0.8307195571).epsilon(1e-9));
    CHECK(rel.alpha_if_dropped[1] == doctest::Approx(0.8246266475).epsilon(1e-9));
    CHECK(rel.alpha_if_dropped[2] == doctest::Approx(0.8351536218).epsilon(1e-9));
    CHECK(sums.mean(0) == doctest::Approx(3.905));
    CHECK(std::sqrt(sums.covariance()[0]) == doctest::Approx(1.495714145).epsilon(1e-9));
    CHECK(rel.r_drop[4] < 0);  // item 5, reversed in the export
}

TEST_CASE("omega total from the one-factor minres model equals psych::omega(flip = FALSE)") {
    const auto rel = compute_reliability(anxiety_sums().covariance(), 18);
    CHECK(rel.omega_total == doctest::Approx(0.8460968).epsilon(1e-6));
    CHECK(rel.loadings[0] == doctest::Approx(0.2614).epsilon(1e-3));
    CHECK(rel.loadings[4] == doctest::Approx(-0.3024).epsilon(1e-3));
    CHECK(rel.loadings[17] == doctest::Approx(0.1515).epsilon(1e-3));
}

TEST_CASE("Feldt's interval equals psych::alpha.ci; F quantiles equal R's qf") {
    const auto [lo, hi] = attachscore::detail::feldt_interval(0.8291547034, 200, 18);
    CHECK(lo == doctest::Approx(0.7926945).epsilon(1e-6));
    CHECK(hi == doctest::Approx(0.8617784).epsilon(1e-6));
    // qf(0.975, 199, 3383), qf(0.025, 5, 10), qf(0.5, 1e6, 3.5e7) in R 4.2.
    CHECK(attachscore::detail::f_quantile(0.975, 199, 3383) == doctest::Approx(1.2134104369).epsilon(1e-6));
    CHECK(attachscore::detail::f_quantile(0.025, 5, 10) == doctest::Approx(0.1510767010).epsilon(1e-6));
    CHECK(attachscore::detail::f_quantile(0.5, 1e6, 3.5e7) == doctest::Approx(0.9999993333).epsilon(1e-6));
}

TEST_CASE("sums merged from parts give the covariances of the whole") {
    const auto whole = anxiety_sums();
    covariance_sums a(2, 4), b(2, 4), all(2, 4);
    const double rows[4][2] = {{1, 2}, {3, 7}, {5, 5}, {7, 1}};
    for (int i = 0; i < 4; ++i) {
        (i < 2 ? a : b).add(rows[i]);
        all.add(rows[i]);
    }
    a.merge(b);
    CHECK(a.covariance() == all.covariance());
    // By hand: x = 1, 3, 5, 7 (mean 4, variance 20/3); y = 2, 7, 5, 1 (mean 3.75);
    // cov = ((−3)(−1.75) + (−1)(3.25) + (1)(1.25) + (3)(−2.75)) / 3 = −5 / 3.
    CHECK(all.covariance()[0] == doctest::Approx(20.0 / 3));
    CHECK(all.covariance()[1] == doctest::Approx(-5.0 / 3));
    CHECK(whole.k() == 18);
}
