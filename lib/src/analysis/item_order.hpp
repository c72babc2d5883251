// Whether the columns hold the items in the instrument's numbering. The same questionnaire
// circulates in several orders (the ECR-R grouped, 1–18 anxiety, or interleaved), and data in
// another order scored with this one give wrong scores that look valid. From the covariances of
// the answers on complete rows, each arrangement is judged by how well its items hang together
// with the rest of their own scale (the mean keyed item–rest r); the instrument's own order is
// tried as keyed and with its reverse-keyed items reversed in the export (that has a check of its
// own). It is another order when an order the instrument file names fits clearly better, or when
// many items correlate clearly more with another scale than with their own (Meng, Rosenthal &
// Rubin's 1992 test of dependent correlations, Bonferroni-corrected over items × scales).
#pragma once

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "analysis/reliability.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore::detail {

/// What the check found.
struct item_order_finding {
    bool evaluated = false;   ///< enough complete rows to judge
    std::size_t rows = 0;     ///< complete rows it rests on
    std::size_t items = 0;    ///< items of scales of three or more items, all judged
    double fit_declared = 0;  ///< mean keyed item–rest r in the instrument's order
    /// An order the instrument file names that fits clearly better: its index in
    /// instrument::other_orders, or −1.
    int better_order = -1;
    double fit_better = 0;
    /// Items that correlate clearly more with another scale than with their own, in the
    /// instrument's order: item numbers, and the target's id for an instrument with targets.
    struct placed_item {
        int number = 0;
        std::string target;
    };
    std::vector<placed_item> elsewhere;
    /// The items hang together within the instrument's scales far better with keys taken from
    /// the data than with the instrument's own (or its reversed export's): whole scales in each
    /// other's places, or another keying. Its mean item–rest r with those keys.
    double fit_data_keys = 0;
    bool keys_do_not_fit = false;
    [[nodiscard]] bool other_order() const noexcept {
        return better_order >= 0 || elsewhere.size() >= elsewhere_needed(items) || keys_do_not_fit;
    }
    /// How many items must sit elsewhere: a quarter of them, at least three.
    [[nodiscard]] static std::size_t elsewhere_needed(std::size_t items) noexcept {
        return std::max<std::size_t>(3, (items + 3) / 4);
    }
};

/// The fewest complete rows the check judges on, and the margin by which a named order must fit
/// better (in mean item–rest r): both measured against random answers (docs/cli.md).
inline constexpr std::size_t order_min_rows = 30;
inline constexpr double order_fit_margin = 0.2;

/// One keyed item of a scale: its column among the rating answers, and −1 when reversed.
struct order_term {
    std::size_t column;
    double sign;
};
using order_arrangement = std::vector<std::vector<order_term>>;  ///< per judged scale

class item_order_check {
  public:
    explicit item_order_check(const scorer& sc);
    /// One row's answers (NaN for blank); rows with a blank or a problem do not count.
    void add(std::span<const double> answers, const respondent_scores& result);
    /// Adds what another check of the same scorer saw.
    void merge(const item_order_check& other);
    [[nodiscard]] item_order_finding verdict() const;

  private:
    [[nodiscard]] order_arrangement declared(bool reversed_export) const;
    [[nodiscard]] order_arrangement reordered(const std::vector<int>& positions) const;
    [[nodiscard]] order_arrangement by_position(const item_order_variant& order) const;
    /// The declared arrangement with each item's sign taken from the data: the sign of its
    /// covariance with the rest of its scale, settled by a few rounds.
    [[nodiscard]] order_arrangement with_data_signs(const std::vector<double>& cov) const;

    const scorer& sc_;
    std::vector<std::size_t> slots_;  ///< the rating slots, in answer order
    std::vector<std::size_t> column_of_slot_;
    std::vector<std::size_t> scales_;  ///< indices of the judged scores
    std::vector<double> row_;
    covariance_sums sums_;
};

}  // namespace attachscore::detail
