// The F distribution's quantiles, for Feldt's interval around alpha: the regularized incomplete
// beta function by its continued fraction (evaluated with the modified Lentz method), inverted
// by bisection.
#include <cmath>
#include <limits>

#include "analysis/reliability.hpp"

namespace attachscore::detail {

namespace {

// The continued fraction of I_x(a, b), good where x < (a + 1) / (a + b + 2).
double beta_fraction(double a, double b, double x) {
    constexpr double tiny = 1e-300;
    double c = 1, d = 1 - (a + b) * x / (a + 1);
    if (std::fabs(d) < tiny) d = tiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m < 1000000; ++m) {
        const double mm = m;
        const double even = mm * (b - mm) * x / ((a + 2 * mm - 1) * (a + 2 * mm));
        d = 1 + even * d;
        c = 1 + even / c;
        if (std::fabs(d) < tiny) d = tiny;
        if (std::fabs(c) < tiny) c = tiny;
        d = 1 / d;
        h *= d * c;
        const double odd = -(a + mm) * (a + b + mm) * x / ((a + 2 * mm) * (a + 2 * mm + 1));
        d = 1 + odd * d;
        c = 1 + odd / c;
        if (std::fabs(d) < tiny) d = tiny;
        if (std::fabs(c) < tiny) c = tiny;
        d = 1 / d;
        const double step = d * c;
        h *= step;
        if (std::fabs(step - 1) < 1e-15) break;
    }
    return h;
}

// The regularized incomplete beta function I_x(a, b).
double incomplete_beta(double a, double b, double x) {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    const double log_front =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    if (x < (a + 1) / (a + b + 2)) return std::exp(log_front) * beta_fraction(a, b, x) / a;
    return 1 - std::exp(log_front) * beta_fraction(b, a, 1 - x) / b;
}

}  // namespace

double f_quantile(double p, double d1, double d2) {
    if (!(p > 0 && p < 1 && d1 > 0 && d2 > 0)) return std::numeric_limits<double>::quiet_NaN();
    // F = (d2 y) / (d1 (1 − y)) where y has the Beta(d1/2, d2/2) distribution.
    double lo = 0, hi = 1;
    for (int i = 0; i < 200 && hi - lo > 1e-16; ++i) {
        const double mid = (lo + hi) / 2;
        (incomplete_beta(d1 / 2, d2 / 2, mid) < p ? lo : hi) = mid;
    }
    const double y = (lo + hi) / 2;
    return d2 * y / (d1 * (1 - y));
}

std::pair<double, double> feldt_interval(double alpha, std::size_t n, std::size_t k, double level) {
    const double df1 = static_cast<double>(n) - 1;
    const double df2 = df1 * (static_cast<double>(k) - 1);
    const double tail = (1 - level) / 2;
    return {1 - (1 - alpha) * f_quantile(1 - tail, df1, df2),
            1 - (1 - alpha) * f_quantile(tail, df1, df2)};
}

}  // namespace attachscore::detail
