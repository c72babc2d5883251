// Looks across all rows for signs that the data do not fit the instrument's definition, and says
// what to check or how to go on. Two findings stop a run, because scoring on would give wrong
// scores marked valid: answers that keep to a narrower or shifted range than the published scale
// (a 1–5 administration of a 1–7 instrument), and reverse-keyed items that run against the others
// (an export that already reversed them). Weaker signs are hints: answers off the scale, rows of
// zeros, single items that run against their score, an item keyed differently at one site.
// Constant memory: sums per column and per item.
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/correlation.hpp"
#include "analysis/item_order.hpp"
#include "attachscore/checks.hpp"
#include "attachscore/findings.hpp"
#include "attachscore/instrument.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore::detail {

using audit_settings = check_settings;

/// Findings that stop the run first, then hints, most important first.
using audit_verdict = std::vector<finding>;

/// Respondents needed before answers that avoid the top of the scale stop a run (fewer give a
/// hint from hint_respondents on): see docs/cli.md, "Checks before scoring".
inline constexpr std::size_t stop_respondents = 100;
/// Groups (--hints-by values) followed at most: past that, hints stop saying where.
inline constexpr std::size_t max_groups = 1000;
inline constexpr std::size_t hint_respondents = 10;

class audit {
  public:
    /// `columns` names each answer slot's input column (empty when absent).
    audit(const scorer& sc, std::vector<std::string> columns, audit_settings settings);

    /// One row's answers (NaN for blank), its result, and (with a group column) its group, e.g. the
    /// site of a multi-site study: hints then say where a problem sits.
    void add(std::span<const double> answers, const respondent_scores& result,
             std::string_view group = {});
    void set_group_name(std::string name) { group_name_ = std::move(name); }
    /// Adds what another audit of the same instrument and columns saw (rows read by another
    /// thread, which come after this audit's rows).
    void merge(const audit& other);

    [[nodiscard]] audit_verdict verdict() const;

  private:
    struct column_stats {
        std::size_t numbers = 0;
        std::size_t outside = 0;
        std::size_t below = 0;  ///< answers one below the published minimum (0 on a 1–7 scale)
        double min = 0;
        double max = 0;
        std::map<std::string, std::size_t> outside_by_group;
    };
    /// Per item score: each item against the rest; each item against the mean of the items keyed
    /// the other way; the reverse-keyed items' mean against the other items' mean.
    struct score_sums {
        std::vector<pair_sums> item_rest;
        std::vector<pair_sums> item_other_side;
        pair_sums reversed_vs_direct;
    };
    using per_score = std::vector<score_sums>;
    struct keyed_slot {
        std::size_t slot;       ///< the answer position
        bool reverses;          ///< as the scorer keys it (turned round for reversed columns)
        bool declared_reverse;  ///< as the instrument declares it
    };

    [[nodiscard]] per_score make_sums() const;
    static void add_sums_of(per_score& to, const per_score& from);
    void add_correlations(std::span<const double> answers, per_score& sums, per_score* grouped);
    void add_columns(std::span<const double> answers, std::string_view group, bool grouping);
    void scale_findings(audit_verdict& out) const;
    void range_hints(audit_verdict& out) const;
    void keying_findings(audit_verdict& out) const;
    /// True when the items are in another order (a stop or a hint was added).
    bool order_findings(audit_verdict& out) const;
    [[nodiscard]] std::vector<int> reversed_against(std::size_t score) const;
    [[nodiscard]] finding_score score_r(std::size_t score) const;
    [[nodiscard]] finding_item item_of(std::size_t score, const keyed_item& k) const;
    void group_hints(audit_verdict& out) const;
    [[nodiscard]] finding_column column_finding(std::size_t slot) const;
    [[nodiscard]] const std::string& column_of(std::size_t score, const keyed_item& k) const;

    const scorer& sc_;
    std::vector<std::string> columns_;
    audit_settings settings_;
    std::string group_name_;
    std::vector<column_stats> stats_;
    per_score sums_;
    std::map<std::string, per_score> by_group_;
    bool too_many_groups_ = false;
    std::size_t zero_rows_ = 0;
    std::size_t respondents_ = 0;  ///< rows with an answer on the published scale
    double top_in_scale_ = 0;      ///< the highest answer seen on the published scale
    std::vector<double> keyed_;
    std::vector<std::vector<keyed_slot>> slots_;  ///< per score: its items' answer positions
    item_order_check order_;
};

}  // namespace attachscore::detail
