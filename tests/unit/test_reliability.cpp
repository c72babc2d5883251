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
    CHECK(attachscore::detail::f_quantile(0.975, 199, 3383) ==
          doctest::Approx(1.2134104369).epsilon(1e-6));
    CHECK(attachscore::detail::f_quantile(0.025, 5, 10) ==
          doctest::Approx(0.1510767010).epsilon(1e-6));
    CHECK(attachscore::detail::f_quantile(0.5, 1e6, 3.5e7) ==
          doctest::Approx(0.9999993333).epsilon(1e-6));
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

namespace {

attachscore::table_statistics table_stats(const std::string& csv,
                                          attachscore::table_options options = {}) {
    static const auto cat = attachscore::catalogue::builtin();
    std::istringstream in(csv);
    options.id_column = "id";
    auto r = attachscore::compute_statistics(*cat.find("ecr-r"), in, options);
    REQUIRE_MESSAGE(r.ok(), test::listing(r.errors()));
    return std::move(r).value();
}

std::string fixture() {
    std::ifstream in(std::string(ATTACHSCORE_TEST_DATA) + "/stats/ecr-r-200.csv");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a table's statistics equal psych::describe, psych::alpha and cor.test") {
    const auto st = table_stats(fixture());
    CHECK(st.n_rows == 200);
    CHECK(st.missing_answers == 0);
    CHECK(st.rows_complete == 200);
    REQUIRE(st.scores.size() == 2);
    const auto& anx = st.scores[0];
    CHECK(anx.n == 200);
    CHECK(anx.mean == doctest::Approx(3.939166667).epsilon(1e-9));
    CHECK(anx.sd == doctest::Approx(0.7440564).epsilon(1e-7));
    CHECK(anx.min == doctest::Approx(2.111111111).epsilon(1e-9));
    CHECK(anx.skew == doctest::Approx(0.1558027).epsilon(1e-6));
    CHECK(anx.kurtosis == doctest::Approx(-0.4080992).epsilon(1e-6));
    CHECK(st.scores[1].kurtosis == doctest::Approx(0.2110706).epsilon(1e-6));
    CHECK(anx.alpha == doctest::Approx(0.8291547034).epsilon(1e-9));
    CHECK(anx.alpha_ci_low == doctest::Approx(0.7926945).epsilon(1e-6));
    CHECK(anx.omega_total == doctest::Approx(0.8460968).epsilon(1e-6));
    REQUIRE(anx.items.size() == 18);
    CHECK(anx.items[8].item == 9);
    CHECK(anx.items[8].reversed);
    CHECK(anx.items[0].corrected_item_total_r == doctest::Approx(0.2329557897).epsilon(1e-9));
    // Only item 5, reversed in this export, runs against its scale.
    for (const auto& s : st.scores)
        for (const auto& it : s.items)
            CHECK_MESSAGE(it.keying_flag.empty() == (it.item != 5), it.item);
    CHECK(anx.items[4].keying_flag.find("an export that reversed it") != std::string::npos);
    REQUIRE(st.correlations.size() == 1);
    CHECK(st.correlations[0].r == doctest::Approx(0.05888946487).epsilon(1e-9));
    CHECK(st.correlations[0].ci_low == doctest::Approx(-0.08050934260).epsilon(1e-7));
    CHECK(st.correlations[0].ci_high == doctest::Approx(0.19602884908).epsilon(1e-7));
}

TEST_CASE("blanks: counted per item, reliability listwise, scores by the missing-data rule") {
    // The fixture with Q1 blank in the first 10 rows and every answer blank in row 11.
    std::istringstream lines(fixture());
    std::string csv, line;
    int row = -1;
    while (std::getline(lines, line)) {
        if (row >= 0 && row < 10) {  // Q1 is the cell between the first two commas
            const auto first = line.find(',');
            line.erase(first + 1, line.find(',', first + 1) - first - 1);
        }
        if (row == 10) line = line.substr(0, line.find(',')) + std::string(36, ',');
        csv += line + "\n";
        ++row;
    }
    const auto st = table_stats(csv);
    CHECK(st.n_rows == 200);
    CHECK(st.missing_answers == 10 + 36);
    CHECK(st.rows_complete == 189);
    CHECK(st.rows_empty == 1);
    REQUIRE(st.rows_by_blanks.size() == 37);
    CHECK(st.rows_by_blanks[0] == 189);
    CHECK(st.rows_by_blanks[1] == 10);
    CHECK(st.rows_by_blanks[36] == 1);
    const auto& anx = st.scores[0];
    CHECK(anx.items[0].missing == 11);
    CHECK(anx.items[1].missing == 1);
    CHECK(anx.n == 199);           // 17 of 18 answered is enough (15 needed); the empty row is not
    CHECK(anx.n_complete == 189);  // listwise
    CHECK(st.scores[1].n_complete == 199);
}

TEST_CASE("a table that does not fit is refused with the reasons score_table gives") {
    static const auto cat = attachscore::catalogue::builtin();
    std::istringstream in("id,Q1,Q2\n1,2,3\n");
    attachscore::table_options options;
    options.id_column = "id";
    const auto r = attachscore::compute_statistics(*cat.find("ecr-r"), in, options);
    REQUIRE_FALSE(r.ok());
    CHECK(test::listing(r.errors()).find("Q3") != std::string::npos);
}

TEST_CASE(
    "the keying audit: reverse-keyed items already reversed, and an item keyed against one site") {
    // Every reverse-keyed item written reversed, as some exports deliver them: the 14 are flagged
    // as a group, the others are not.
    const int reverse[] = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36};
    std::istringstream lines(fixture());
    std::string line, reversed_csv, sites_csv;
    std::getline(lines, line);
    reversed_csv = line + "\n";
    sites_csv = line + ",site\n";
    for (int row = 0; std::getline(lines, line); ++row) {
        std::vector<std::string> cells;
        std::istringstream split(line);
        for (std::string cell; std::getline(split, cell, ',');)
            cells.push_back(cell);
        auto flipped = cells, sited = cells;
        for (int n : reverse)
            flipped[static_cast<std::size_t>(n)] =
                std::to_string(8 - std::stoi(cells[static_cast<std::size_t>(n)]));
        if (row >= 140)  // site B: item 12 keyed the other way
            sited[12] = std::to_string(8 - std::stoi(cells[12]));
        std::string a, b;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            a += (i ? "," : "") + flipped[i];
            b += (i ? "," : "") + sited[i];
        }
        reversed_csv += a + "\n";
        sites_csv += b + (row >= 140 ? ",B\n" : ",A\n");
    }
    // Like score, stats stops on an export that reversed them all, with the finding's code …
    {
        std::istringstream in(reversed_csv);
        attachscore::table_options plain;
        plain.id_column = "id";
        auto stopped = attachscore::compute_statistics(
            *attachscore::catalogue::builtin().find("ecr-r"), in, plain);
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.errors().front().code == attachscore::finding_code::reversed_export);
    }
    // … and with the keys confirmed as declared it flags them item by item.
    attachscore::table_options as_declared;
    as_declared.keys_as_declared = true;
    const auto st = table_stats(reversed_csv, as_declared);
    std::size_t flagged = 0;
    for (const auto& s : st.scores)
        for (const auto& it : s.items) {
            flagged += !it.keying_flag.empty();
            CHECK_MESSAGE(it.keying_flag.empty() == !it.reversed, it.item);
        }
    // Beside a reversed group the other items' own correlations mean little, so item 5 (reversed
    // by mistake in the fixture) waits until the group is fixed.
    CHECK(flagged == 14);
    CHECK(st.scores[1].items[1].keying_flag.find(
              "every reverse-keyed item marked as already reversed") != std::string::npos);

    attachscore::table_options by_site;
    by_site.hints_by = "site";
    const auto sites = table_stats(sites_csv, by_site);
    REQUIRE(sites.scores[0].group_flags.size() == 1);
    CHECK(sites.scores[0].group_flags[0].rfind(
              "item 12 runs against the rest of anxiety at site = B", 0) == 0);
    CHECK(sites.scores[1].group_flags.empty());
}

TEST_CASE("pairwise reliability equals psych::alpha's default on data with blanks") {
    static const auto cat = attachscore::catalogue::builtin();
    std::ifstream file(std::string(ATTACHSCORE_TEST_DATA) + "/stats/ecr-r-200-blanks.csv");
    std::stringstream in;
    in << file.rdbuf();
    attachscore::table_options options;
    options.id_column = "id";
    attachscore::statistics_options pairwise;
    pairwise.pairwise = true;
    const auto r = attachscore::compute_statistics(*cat.find("ecr-r"), in, options, pairwise);
    REQUIRE(r.ok());
    const auto& anx = r.value().scores[0];
    CHECK(r.value().pairwise);
    CHECK(anx.alpha == doctest::Approx(0.8303565355).epsilon(1e-9));
    CHECK(anx.std_alpha == doctest::Approx(0.8300430255).epsilon(1e-9));
    CHECK(anx.lambda6 == doctest::Approx(0.854612384).epsilon(1e-8));
    CHECK(anx.average_r == doctest::Approx(0.2134187987).epsilon(1e-9));
    CHECK(anx.items[0].corrected_item_total_r == doctest::Approx(0.2415810403).epsilon(1e-9));
    CHECK(anx.items[0].mean == doctest::Approx(3.910526316).epsilon(1e-9));
    CHECK(anx.items[2].alpha_if_dropped == doctest::Approx(0.8362348493).epsilon(1e-9));
    // Listwise on the same file uses fewer rows and gives another alpha.
    std::stringstream again;
    file.clear();
    file.seekg(0);
    again << file.rdbuf();
    const auto listwise = attachscore::compute_statistics(*cat.find("ecr-r"), again, options);
    REQUIRE(listwise.ok());
    CHECK(listwise.value().scores[0].n_complete < 200);
    CHECK(listwise.value().scores[0].alpha != doctest::Approx(anx.alpha).epsilon(1e-6));
}

TEST_CASE("the bootstrap interval of alpha: reproducible by seed, near R psych's") {
    static const auto cat = attachscore::catalogue::builtin();
    const auto run = [&](std::uint64_t seed) {
        std::istringstream in(fixture());
        attachscore::table_options options;
        options.id_column = "id";
        attachscore::statistics_options boot;
        boot.bootstrap = 2000;
        boot.seed = seed;
        auto r = attachscore::compute_statistics(*cat.find("ecr-r"), in, options, boot);
        REQUIRE(r.ok());
        return r.value().scores[0];
    };
    const auto a = run(1), b = run(1), c = run(2);
    CHECK(a.alpha_boot_low == b.alpha_boot_low);
    CHECK(a.alpha_boot_high == b.alpha_boot_high);
    CHECK(a.alpha_boot_low != c.alpha_boot_low);
    CHECK(a.alpha_boot_low < a.alpha);
    CHECK(a.alpha_boot_high > a.alpha);
    // psych::alpha(n.iter = 2000) with set.seed(1) gave [0.792839, 0.857099]; resampling error
    // at 2000 resamples is a few thousandths.
    CHECK(a.alpha_boot_low == doctest::Approx(0.792839).epsilon(0.01));
    CHECK(a.alpha_boot_high == doctest::Approx(0.857099).epsilon(0.01));
}

TEST_CASE("pairwise item means and variances keep rows that answered one item (psych::alpha)") {
    static const auto cat = attachscore::catalogue::builtin();
    std::ifstream file(std::string(ATTACHSCORE_TEST_DATA) + "/stats/ecr-s-400-blanks.csv");
    std::stringstream in;
    in << file.rdbuf();
    attachscore::table_options options;
    options.id_column = "id";
    attachscore::statistics_options pairwise;
    pairwise.pairwise = true;
    const auto r = attachscore::compute_statistics(*cat.find("ecr-s"), in, options, pairwise);
    REQUIRE(r.ok());
    const auto& anx = r.value().scores[0];  // items 2, 4, 6, 8R, 10, 12
    CHECK(anx.alpha == doctest::Approx(0.9068012565).epsilon(1e-9));
    CHECK(anx.std_alpha == doctest::Approx(0.9067612046).epsilon(1e-9));
    CHECK(anx.lambda6 == doctest::Approx(0.8956381401).epsilon(1e-9));
    CHECK(anx.average_r == doctest::Approx(0.6184455938).epsilon(1e-9));
    CHECK(anx.items[0].mean == doctest::Approx(4.089605735).epsilon(1e-9));
    CHECK(anx.items[0].sd == doctest::Approx(1.522918271).epsilon(1e-9));
    CHECK(anx.items[5].corrected_item_total_r == doctest::Approx(0.7799617723).epsilon(1e-9));
    CHECK(anx.items[3].mean == doctest::Approx(4.003663004).epsilon(1e-9));
}

TEST_CASE("an item answered alike by everyone is left out of reliability, as psych::alpha does") {
    // tests/data/stats/ecr-s-constant-item.csv: 60 generated ECR-S respondents with item 2 set to
    // 4 for all. psych 2.2.9: "Item = Q2 had no variance and was deleted but still is counted in
    // the score"; raw_alpha .8992065582, std.alpha .9003489016, Feldt [.8523849, .9345343],
    // r.drop of item 4 .7414726185 (tests/validation/reliability_psych.R).
    static const auto cat = attachscore::catalogue::builtin();
    std::ifstream file(std::string(ATTACHSCORE_TEST_DATA) + "/stats/ecr-s-constant-item.csv");
    std::stringstream in;
    in << file.rdbuf();
    attachscore::table_options options;
    options.id_column = "id";
    const auto r = attachscore::compute_statistics(*cat.find("ecr-s"), in, options);
    REQUIRE(r.ok());
    const auto& anx = r.value().scores[0];
    CHECK(anx.gap == attachscore::reliability_gap::constant_items);
    CHECK(anx.constant_items == std::vector<int>{2});
    CHECK(anx.alpha == doctest::Approx(0.8992065582).epsilon(1e-9));
    CHECK(anx.std_alpha == doctest::Approx(0.9003489016).epsilon(1e-9));
    CHECK(anx.alpha_ci_low == doctest::Approx(0.8523849).epsilon(1e-6));
    CHECK(anx.alpha_ci_high == doctest::Approx(0.9345343).epsilon(1e-6));
    CHECK(std::isnan(anx.items[0].corrected_item_total_r));
    CHECK(anx.items[1].corrected_item_total_r == doctest::Approx(0.7414726185).epsilon(1e-9));
}
