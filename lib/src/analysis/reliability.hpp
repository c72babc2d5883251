// Reliability from sums and cross-products: the items of a score, oriented by the key, added row
// by row in constant memory (mergeable across batches), then the statistics psych::alpha and
// psych::omega report, by their formulas (Revelle, psych 2.x: alpha(), omega(flip = FALSE)).
#pragma once

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace attachscore::detail {

/// Sums of k variables and of their products over complete rows (listwise).
class covariance_sums {
  public:
    explicit covariance_sums(std::size_t k = 0, double shift = 0);
    /// One complete row of k values, counted `weight` times (a bootstrap resample's weight).
    void add(std::span<const double> x, unsigned weight = 1) noexcept;
    void merge(const covariance_sums& other) noexcept;
    [[nodiscard]] std::size_t n() const noexcept { return n_; }
    [[nodiscard]] std::size_t k() const noexcept { return k_; }
    [[nodiscard]] double mean(std::size_t i) const noexcept;
    /// The k × k sample covariance matrix (n − 1), row-major.
    [[nodiscard]] std::vector<double> covariance() const;

  private:
    std::size_t k_;
    double shift_;  ///< subtracted from every value (the scale's middle) to keep the sums small
    std::size_t n_ = 0;
    std::vector<double> sum_;
    std::vector<double> cross_;  ///< upper triangle used, full storage for simplicity
};

/// Sums for pairwise covariances (R's use = "pairwise.complete.obs"): each pair of variables over
/// the rows where both are present, each variance over the rows where that variable is.
class pairwise_sums {
  public:
    explicit pairwise_sums(std::size_t k = 0, double shift = 0);
    /// One row of k values; NaN where absent.
    void add(std::span<const double> x) noexcept;
    [[nodiscard]] std::size_t rows() const noexcept { return rows_; }  ///< with at least one value
    [[nodiscard]] double mean(std::size_t i) const noexcept;
    /// The k × k pairwise covariance matrix, row-major; NaN for a pair seen fewer than twice.
    [[nodiscard]] std::vector<double> covariance() const;

  private:
    struct pair {
        double n = 0, x = 0, y = 0, xy = 0;
    };
    std::size_t k_;
    double shift_;
    std::size_t rows_ = 0;
    std::vector<pair> pairs_;  ///< [i * k + j], j ≥ i; the diagonal holds x² in xy
    std::vector<double> centred_;
};

struct reliability {
    double alpha = 0;        ///< Cronbach's alpha from the covariances (psych raw_alpha)
    double std_alpha = 0;    ///< from the correlations (psych std.alpha)
    double lambda6 = 0;      ///< Guttman's lambda 6 from squared multiple correlations (G6(smc))
    double average_r = 0;    ///< mean inter-item correlation
    double omega_total = 0;  ///< one-factor minres model: 1 − Σ uniquenesses / Σ R
    std::vector<double> r_drop;            ///< corrected item–total r (item vs the rest)
    std::vector<double> alpha_if_dropped;  ///< raw alpha of the other items
    std::vector<double> loadings;          ///< the one-factor model's loadings
};

/// The statistics of k ≥ 2 items from their covariance matrix. NaN where undefined (a constant
/// item, a singular correlation matrix for lambda 6).
[[nodiscard]] reliability compute_reliability(const std::vector<double>& cov, std::size_t k);

/// Feldt's (1965) confidence interval for alpha, as psych::alpha.ci computes it:
/// 1 − (1 − α) F, with F the quantiles of F(n − 1, (n − 1)(k − 1)).
[[nodiscard]] std::pair<double, double> feldt_interval(double alpha, std::size_t n, std::size_t k,
                                                       double level = 0.95);

/// The 2.5th and 97.5th percentiles of alpha over bootstrap resamples (of the items `keep`, all
/// when empty); NaN with fewer than two.
[[nodiscard]] std::pair<double, double> bootstrap_alpha_interval(
    const std::vector<covariance_sums>& resamples, const std::vector<std::size_t>& keep = {});

/// The rows and columns `keep` of a k × k matrix.
[[nodiscard]] std::vector<double> submatrix(const std::vector<double>& m, std::size_t k,
                                            const std::vector<std::size_t>& keep);

/// The p quantile of the F distribution with d1 and d2 degrees of freedom.
[[nodiscard]] double f_quantile(double p, double d1, double d2);

}  // namespace attachscore::detail
