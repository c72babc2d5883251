// Looks across all rows for signs of a mistaken administration or export, and says what to check:
// a column whose answers are all off the scale (0–4 data on a 1–5 scale), answers off the scale in
// a column (8s on 1–7), rows of zeros (0 meaning "not answered"), and an item that goes against the
// rest of its score (already reversed in the export?). Constant memory: sums per column.
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore::detail {

class audit {
  public:
    /// `columns` names each answer slot's input column (empty when absent).
    audit(const scorer& sc, std::vector<std::string> columns);

    /// One row's answers (NaN for blank), its result, and (with a group column) its group, e.g. the
    /// site of a multi-site study: hints then say where a problem sits.
    void add(std::span<const double> answers, const respondent_scores& result,
             std::string_view group = {});
    void set_group_name(std::string name) { group_name_ = std::move(name); }

    /// Plain sentences, most important first.
    [[nodiscard]] std::vector<std::string> hints() const;

  private:
    struct column_stats {
        std::size_t numbers = 0;
        std::size_t outside = 0;
        double min = 0;
        double max = 0;
        std::map<std::string, std::size_t> outside_by_group;
    };
    struct item_rest {  ///< sums for the correlation of one keyed item with the rest of its score
        double n = 0, x = 0, xx = 0, r = 0, rr = 0, xr = 0;
        void add(double xv, double rv);
        void add(const item_rest& o);
        [[nodiscard]] double correlation() const;  ///< NaN when undefined
    };
    std::string group_name_;
    std::map<std::string, std::vector<std::vector<item_rest>>> by_group_;  ///< group → score → item
    [[nodiscard]] std::string where(const column_stats& st) const;

    const scorer& sc_;
    std::vector<std::string> columns_;
    std::vector<column_stats> stats_;
    std::vector<std::vector<item_rest>> item_rest_;  ///< per score, per item
    std::size_t zero_rows_ = 0;
    std::vector<double> keyed_;
};

}  // namespace attachscore::detail
