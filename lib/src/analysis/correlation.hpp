// Running sums for a Pearson correlation, and the decision rule every keying hint uses.
#pragma once

#include <cmath>
#include <cstddef>

namespace attachscore::detail {

/// Sums of x, y, x², y² and xy over the pairs added: constant memory, mergeable.
struct pair_sums {
    double n = 0, x = 0, xx = 0, y = 0, yy = 0, xy = 0;

    void add(double xv, double yv) noexcept {
        n += 1;
        x += xv;
        xx += xv * xv;
        y += yv;
        yy += yv * yv;
        xy += xv * yv;
    }
    void add(const pair_sums& o) noexcept {
        n += o.n;
        x += o.x;
        xx += o.xx;
        y += o.y;
        yy += o.yy;
        xy += o.xy;
    }
    /// The pairs of `this` that are not in `part` (a subset of them).
    [[nodiscard]] pair_sums without(const pair_sums& part) const noexcept {
        return {n - part.n, x - part.x, xx - part.xx, y - part.y, yy - part.yy, xy - part.xy};
    }
    /// NaN when undefined (fewer than 3 pairs, or a constant variable).
    [[nodiscard]] double r() const noexcept {
        if (n < 3) return std::nan("");
        const double cov = xy / n - (x / n) * (y / n);
        const double vx = xx / n - (x / n) * (x / n);
        const double vy = yy / n - (y / n) * (y / n);
        if (vx <= 1e-12 || vy <= 1e-12) return std::nan("");
        return cov / std::sqrt(vx * vy);
    }
};

/// The upper end of r's 95 % confidence interval (Fisher's z: atanh r ± 1.96 / √(n − 3)).
[[nodiscard]] inline double upper_95(double r, double n) noexcept {
    if (n <= 3) return 1;
    return std::tanh(std::atanh(std::fmin(std::fmax(r, -0.999999), 0.999999)) +
                     1.959963984540054 / std::sqrt(n - 3));
}

/// The z with upper-tail probability p (0 < p < 1), by bisection on erfc: accurate to 1e-10,
/// for the few intervals a run asks for.
[[nodiscard]] inline double normal_upper_quantile(double p) noexcept {
    double lo = -40, hi = 40;
    for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
        const double mid = (lo + hi) / 2;
        (0.5 * std::erfc(mid / std::sqrt(2.0)) > p ? lo : hi) = mid;
    }
    return (lo + hi) / 2;
}

/// The ends of r's confidence interval by Fisher's z, at the level that leaves `tail` in each
/// tail (0.025 for 95 %); with many tests, tail / tests (Bonferroni).
[[nodiscard]] inline double upper_bound(double r, double n, double tail) noexcept {
    if (n <= 3) return 1;
    return std::tanh(std::atanh(std::fmin(std::fmax(r, -0.999999), 0.999999)) +
                     normal_upper_quantile(tail) / std::sqrt(n - 3));
}
[[nodiscard]] inline double lower_bound(double r, double n, double tail) noexcept {
    return -upper_bound(-r, n, tail);
}

/// Meng, Rosenthal & Rubin's (1992) z for r(x, a) = r1 against r(x, b) = r2, where r12 = r(a, b):
/// positive when x correlates more with a. Over n rows.
[[nodiscard]] inline double dependent_r_z(double r1, double r2, double r12, double n) noexcept {
    const auto clamp = [](double r) { return std::fmin(std::fmax(r, -0.999999), 0.999999); };
    r1 = clamp(r1), r2 = clamp(r2), r12 = clamp(r12);
    const double mean_sq = (r1 * r1 + r2 * r2) / 2;
    const double f = std::fmin(1.0, (1 - r12) / (2 * (1 - mean_sq)));
    const double h = (1 - f * mean_sq) / (1 - mean_sq);
    return (std::atanh(r1) - std::atanh(r2)) * std::sqrt((n - 3) / (2 * (1 - r12) * h));
}

/// The rule for "runs against": r below −0.10, a 95 % interval that excludes 0, and at least 30
/// pairs. Noise (r = −0.02 over a million rows) and small samples never qualify.
inline constexpr double against_threshold = -0.10;
inline constexpr double min_pairs = 30;
[[nodiscard]] inline bool clearly_against(const pair_sums& s) noexcept {
    const double r = s.r();
    return s.n >= min_pairs && r < against_threshold && upper_95(r, s.n) < 0;
}

}  // namespace attachscore::detail
