// The checks of a whole table as one stage: every row added (on any thread, one table_checks per
// batch, merged in input order), then the findings. score_table, compute_statistics, the HTML
// report, table_reader and the C API all run this same stage, so what one door guards every door
// guards.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "analysis/audit.hpp"
#include "attachscore/findings.hpp"
#include "attachscore/table.hpp"
#include "input/column_mapping.hpp"
#include "input/row_source.hpp"
#include "pipeline/row_scorer.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore::detail {

/// What every table_checks of one table shares; it must outlive them.
struct check_context {
    const scorer& sc;
    const table_options& options;
    const std::vector<std::string>& header;
    const column_mapping& mapping;
    const table_columns& columns;
    std::vector<std::string> slot_names;  ///< each answer's input column
};

[[nodiscard]] check_context make_check_context(const scorer& sc, const table_options& options,
                                               const std::vector<std::string>& header,
                                               const column_mapping& mapping,
                                               const table_columns& columns);

class table_checks {
  public:
    explicit table_checks(const check_context& context);
    /// One row, as `rows` read and scored it.
    void add(const row_view& row, const row_scorer& rows) {
        add(row, rows.answers(), rows.result());
    }
    /// One row with its answers and their scores.
    void add(const row_view& row, std::span<const double> answers, const respondent_scores& result);
    /// What another table_checks of the same table saw (rows that come after these).
    void merge(const table_checks& other);
    /// Stops first, then hints. `needs_utf8`: text that is not UTF-8 stops the run.
    [[nodiscard]] std::vector<finding> findings(bool needs_utf8) const;

  private:
    const check_context* context_;
    audit audit_;
    std::size_t bad_line_ = 0;  ///< where text that is not UTF-8 was first seen (0: nowhere)
    std::string bad_column_;
};

/// The findings that stop a run, as diagnostics worded in English with the caller's words.
[[nodiscard]] diagnostics stops_of(const std::vector<finding>& findings, const instrument& inst,
                                   const table_options& options);
/// A finding in the run's words, for the summary (English: the command line prints it).
[[nodiscard]] std::string summary_text(const finding& f, const instrument& inst,
                                       const table_options& options);

}  // namespace attachscore::detail
