// The passes over a table's rows. The calling thread reads rows into batches; worker threads
// parse, score, audit and format each batch; the calling thread takes the batches back in input
// order, merges what they found and writes their rows. Input that fits in one batch is done on
// the calling thread alone.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "attachscore/table.hpp"
#include "input/column_mapping.hpp"
#include "input/row_source.hpp"
#include "output/output_writer.hpp"
#include "pipeline/id_tracker.hpp"
#include "pipeline/row_batch.hpp"
#include "pipeline/row_scorer.hpp"
#include "pipeline/table_checks.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore::detail {

/// Takes the rows of the write pass instead of an output writer (the HTML report's cards and
/// statistics). The passes then run one worker, so it sees the rows one at a time in input order.
class row_observer {
  public:
    virtual ~row_observer() = default;
    /// Before the first row: the columns found.
    virtual void start(const table_columns& columns) = 0;
    /// A row as scored: `written` as it would be written, or null for a row left out (skip_empty,
    /// another id than table_options::respondent). A diagnostic returned stops the run there.
    virtual std::optional<diagnostic> row(const row_view& row, const row_scorer& rows,
                                          const scored_row* written) = 0;
};

/// What the passes share; read-only while workers run.
struct table_run {
    const instrument& inst;
    const table_options& options;
    row_source& reader;
    const column_mapping& mapping;
    const table_columns& columns;
    row_observer* observer = nullptr;
};

/// score_table, with the rows given to `observer` (when not null) instead of written to `out`.
[[nodiscard]] result<table_summary> score_rows(const instrument& inst, table_input in,
                                               std::ostream& out, const table_options& options,
                                               row_observer* observer);

class table_passes {
  public:
    explicit table_passes(table_run& run);
    ~table_passes();
    table_passes(const table_passes&) = delete;
    table_passes& operator=(const table_passes&) = delete;

    /// The first pass: every row audited (a stream's first part, held to be read again) and the
    /// sample's means.
    diagnostics check();
    /// Instead of check(), for output the caller throws away when the run stops: write() then
    /// audits every row as it goes.
    void check_while_writing();
    /// The second pass: every row scored and written in input order.
    diagnostics write(output_context context, std::ostream& out, table_summary& summary);

    [[nodiscard]] const scorer& sc() const;
    [[nodiscard]] const table_checks& checks() const noexcept { return checks_; }
    [[nodiscard]] const std::vector<running_stats>& sample() const noexcept { return sample_; }
    /// With table_options::respondent: the lines of the rows with that id.
    [[nodiscard]] const std::vector<std::size_t>& respondent_lines() const noexcept {
        return respondent_lines_;
    }
    /// After write(): every worker's words and decimal commas.
    [[nodiscard]] const row_scorer& rows() const;

  private:
    struct worker;
    enum class pass { check, write };
    template <class Consume>
    diagnostics run_pass(pass p, Consume consume);
    bool fill(row_batch& b, pass p);
    void process(row_batch& b, worker& w, pass p);
    void write_row(row_batch& b, worker& w, const row_view& row) const;
    void report_progress(pass p) const;

    table_run& run_;
    std::vector<std::unique_ptr<worker>> workers_;
    check_context check_context_;
    table_checks checks_;
    std::vector<running_stats> sample_;
    std::vector<std::size_t> respondent_lines_;
    std::size_t rows_read_ = 0;     ///< in the current pass
    std::size_t checked_rows_ = 0;  ///< rows the first pass audited
    bool seekable_ = false;         ///< the input can be read again (a file)
    bool more_ = true;              ///< the current pass may read on
    bool at_end_ = false;
};

}  // namespace attachscore::detail
