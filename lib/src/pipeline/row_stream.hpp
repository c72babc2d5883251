// A table opened for reading row by row on one thread: the header read, the columns found, a row
// scorer ready. table_reader only reads its rows; the HTML report scores them as score_table does.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/table.hpp"
#include "input/column_mapping.hpp"
#include "input/row_source.hpp"
#include "pipeline/row_scorer.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore::detail {

struct row_stream {
    row_stream(table_input in, const table_options& opts)
        : options(opts), reader(in, opts.delimiter, opts.input_name, opts.encoding) {}
    // The row scorer keeps references to the options, header and mapping: a row_stream is never
    // moved once opened (hold it by pointer).
    row_stream(const row_stream&) = delete;
    row_stream& operator=(const row_stream&) = delete;

    /// Checks the options, reads the header and finds the columns: every problem, or none.
    [[nodiscard]] diagnostics open(const instrument& inst);
    /// Runs the whole-table checks over every row (a stream's first options.check_bytes, held
    /// to be read again), keeps their findings and goes back to the first row. The problems of
    /// reading; the findings, stops among them, are in `findings`.
    [[nodiscard]] diagnostics check();
    /// The next row's view and its kept columns' values, or nullptr at the end (or when the
    /// input breaks off: reader.error() says why). Scoring or reading it is the caller's.
    [[nodiscard]] const row_view* next();

    table_options options;
    row_source reader;
    column_mapping mapping;
    table_columns columns;
    std::unique_ptr<row_scorer> rows;
    std::vector<std::string_view> kept;
    row_view current;
    std::vector<finding> findings;  ///< after check()
};

}  // namespace attachscore::detail
