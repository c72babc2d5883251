#include "analysis/reliability.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace attachscore::detail {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Cronbach's alpha of the items in `use` (all when empty): k/(k−1) (1 − Σ var / Σ cov).
double alpha_of(const std::vector<double>& cov, std::size_t k, std::size_t skip = SIZE_MAX) {
    double total = 0, trace = 0;
    std::size_t used = 0;
    for (std::size_t i = 0; i < k; ++i) {
        if (i == skip) continue;
        ++used;
        trace += cov[i * k + i];
        for (std::size_t j = 0; j < k; ++j)
            if (j != skip) total += cov[i * k + j];
    }
    if (used < 2 || total <= 0) return nan;
    const double m = static_cast<double>(used);
    return m / (m - 1) * (1 - trace / total);
}

std::vector<double> correlations(const std::vector<double>& cov, std::size_t k) {
    std::vector<double> r(k * k, nan);
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = 0; j < k; ++j)
            r[i * k + j] = cov[i * k + j] / std::sqrt(cov[i * k + i] * cov[j * k + j]);
    return r;
}

// The inverse of a symmetric positive definite matrix by Gauss–Jordan elimination with partial
// pivoting; empty when it is singular.
std::vector<double> inverse(std::vector<double> a, std::size_t k) {
    std::vector<double> inv(k * k, 0);
    for (std::size_t i = 0; i < k; ++i)
        inv[i * k + i] = 1;
    for (std::size_t c = 0; c < k; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < k; ++r)
            if (std::fabs(a[r * k + c]) > std::fabs(a[pivot * k + c])) pivot = r;
        if (std::fabs(a[pivot * k + c]) < 1e-12) return {};
        for (std::size_t j = 0; j < k; ++j) {
            std::swap(a[c * k + j], a[pivot * k + j]);
            std::swap(inv[c * k + j], inv[pivot * k + j]);
        }
        const double d = a[c * k + c];
        for (std::size_t j = 0; j < k; ++j) {
            a[c * k + j] /= d;
            inv[c * k + j] /= d;
        }
        for (std::size_t r = 0; r < k; ++r) {
            if (r == c) continue;
            const double f = a[r * k + c];
            if (f == 0) continue;
            for (std::size_t j = 0; j < k; ++j) {
                a[r * k + j] -= f * a[c * k + j];
                inv[r * k + j] -= f * inv[c * k + j];
            }
        }
    }
    return inv;
}

// One-factor minres (unweighted least squares on the off-diagonal correlations): each loading in
// turn is the least-squares answer given the others, λᵢ = Σⱼ≠ᵢ rᵢⱼ λⱼ / Σⱼ≠ᵢ λⱼ², repeated until
// nothing moves. Started from the square roots of the squared multiple correlations.
std::vector<double> minres_loadings(const std::vector<double>& r, std::size_t k,
                                    const std::vector<double>& start) {
    std::vector<double> l = start;
    for (int iteration = 0; iteration < 10000; ++iteration) {
        double change = 0;
        for (std::size_t i = 0; i < k; ++i) {
            double num = 0, den = 0;
            for (std::size_t j = 0; j < k; ++j) {
                if (j == i) continue;
                num += r[i * k + j] * l[j];
                den += l[j] * l[j];
            }
            const double next = den > 0 ? num / den : 0;
            change = std::max(change, std::fabs(next - l[i]));
            l[i] = next;
        }
        if (change < 1e-12) break;
    }
    return l;
}

}  // namespace

covariance_sums::covariance_sums(std::size_t k, double shift)
    : k_(k), shift_(shift), sum_(k, 0), cross_(k * k, 0) {}

void covariance_sums::add(std::span<const double> x, unsigned weight) noexcept {
    n_ += weight;
    const double w = weight;
    for (std::size_t i = 0; i < k_; ++i) {
        const double xi = x[i] - shift_;
        sum_[i] += w * xi;
        double* row = &cross_[i * k_];
        const double wxi = w * xi;
        for (std::size_t j = i; j < k_; ++j)
            row[j] += wxi * (x[j] - shift_);
    }
}

void covariance_sums::merge(const covariance_sums& other) noexcept {
    n_ += other.n_;
    for (std::size_t i = 0; i < sum_.size(); ++i)
        sum_[i] += other.sum_[i];
    for (std::size_t i = 0; i < cross_.size(); ++i)
        cross_[i] += other.cross_[i];
}

double covariance_sums::mean(std::size_t i) const noexcept {
    return n_ ? sum_[i] / static_cast<double>(n_) + shift_ : nan;
}

std::vector<double> covariance_sums::covariance() const {
    std::vector<double> cov(k_ * k_, nan);
    if (n_ < 2) return cov;
    const double n = static_cast<double>(n_);
    for (std::size_t i = 0; i < k_; ++i)
        for (std::size_t j = i; j < k_; ++j) {
            const double c = (cross_[i * k_ + j] - sum_[i] * sum_[j] / n) / (n - 1);
            cov[i * k_ + j] = cov[j * k_ + i] = c;
        }
    return cov;
}

pairwise_sums::pairwise_sums(std::size_t k, double shift)
    : k_(k), shift_(shift), pairs_(k * k), centred_(k) {}

void pairwise_sums::add(std::span<const double> x) noexcept {
    std::size_t present = 0;
    for (std::size_t i = 0; i < k_; ++i) {
        centred_[i] = x[i] - shift_;
        present += !std::isnan(x[i]);
    }
    // A row with one answer still counts towards that item's mean and variance, as in R's
    // cov(use = "pairwise.complete.obs"), which psych::alpha uses by default.
    if (present == 0) return;
    ++rows_;
    for (std::size_t i = 0; i < k_; ++i) {
        const double xi = centred_[i];
        if (std::isnan(xi)) continue;
        for (std::size_t j = i; j < k_; ++j) {
            const double xj = centred_[j];
            if (std::isnan(xj)) continue;
            auto& p = pairs_[i * k_ + j];
            p.n += 1;
            p.x += xi;
            p.y += xj;
            p.xy += xi * xj;
        }
    }
}

double pairwise_sums::mean(std::size_t i) const noexcept {
    const auto& p = pairs_[i * k_ + i];
    return p.n > 0 ? p.x / p.n + shift_ : nan;
}

std::vector<double> pairwise_sums::covariance() const {
    std::vector<double> cov(k_ * k_, nan);
    for (std::size_t i = 0; i < k_; ++i)
        for (std::size_t j = i; j < k_; ++j) {
            const auto& p = pairs_[i * k_ + j];
            if (p.n < 2) continue;
            cov[i * k_ + j] = cov[j * k_ + i] = (p.xy - p.x * p.y / p.n) / (p.n - 1);
        }
    return cov;
}

reliability compute_reliability(const std::vector<double>& cov, std::size_t k) {
    reliability out;
    out.alpha = alpha_of(cov, k);
    const auto r = correlations(cov, k);
    double sum_r = 0;
    for (double v : r)
        sum_r += v;
    const double kk = static_cast<double>(k);
    out.std_alpha = (1 - kk / sum_r) * kk / (kk - 1);
    out.average_r = (sum_r - kk) / (kk * (kk - 1));
    const auto inv = inverse(r, k);
    std::vector<double> start(k, 0.5);
    if (!inv.empty()) {
        double smc_sum = 0;
        for (std::size_t i = 0; i < k; ++i) {
            const double smc = 1 - 1 / inv[i * k + i];
            smc_sum += smc;
            start[i] = std::sqrt(std::max(smc, 0.01));
        }
        out.lambda6 = 1 - (kk - smc_sum) / sum_r;
    } else {
        out.lambda6 = nan;
    }
    out.loadings = minres_loadings(r, k, start);
    double uniqueness = 0;
    for (double l : out.loadings)
        uniqueness += 1 - l * l;
    out.omega_total = 1 - uniqueness / sum_r;

    double total_var = 0;
    for (double v : cov)
        total_var += v;
    for (std::size_t i = 0; i < k; ++i) {
        double cov_it = 0;  // cov(item, total)
        for (std::size_t j = 0; j < k; ++j)
            cov_it += cov[i * k + j];
        const double vi = cov[i * k + i];
        const double rest_var = total_var - 2 * cov_it + vi;
        out.r_drop.push_back((cov_it - vi) / std::sqrt(vi * rest_var));
        out.alpha_if_dropped.push_back(alpha_of(cov, k, i));
    }
    return out;
}

std::vector<double> submatrix(const std::vector<double>& m, std::size_t k,
                              const std::vector<std::size_t>& keep) {
    std::vector<double> out;
    out.reserve(keep.size() * keep.size());
    for (auto i : keep)
        for (auto j : keep)
            out.push_back(m[i * k + j]);
    return out;
}

std::pair<double, double> bootstrap_alpha_interval(const std::vector<covariance_sums>& resamples,
                                                   const std::vector<std::size_t>& keep) {
    std::vector<double> alphas;
    for (const auto& r : resamples) {
        if (r.n() <= r.k()) continue;
        const auto cov = keep.empty() ? r.covariance() : submatrix(r.covariance(), r.k(), keep);
        const double a = alpha_of(cov, keep.empty() ? r.k() : keep.size());
        if (std::isfinite(a)) alphas.push_back(a);
    }
    if (alphas.size() < 2) return {nan, nan};
    std::sort(alphas.begin(), alphas.end());
    const auto at = [&](double p) {  // type 7, as R's quantile()
        const double h = (static_cast<double>(alphas.size()) - 1) * p;
        const auto lo = static_cast<std::size_t>(std::floor(h));
        const auto hi = std::min(lo + 1, alphas.size() - 1);
        return alphas[lo] + (h - std::floor(h)) * (alphas[hi] - alphas[lo]);
    };
    return {at(0.025), at(0.975)};
}

}  // namespace attachscore::detail
