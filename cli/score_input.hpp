// Where attachscore score reads from: answers typed on the command line, an SPSS/Stata/SAS file,
// a CSV file, or standard input — copied to an unnamed temporary file when it must be read more
// than once (several instruments, sample z-scores, SPSS output), so memory stays bounded.
#pragma once

#include <fstream>
#include <iostream>
#include <string>

#include "score_options.hpp"

namespace attachscore::cli {

class score_input {
  public:
    /// Opens the input named in `a` (setting a.table.input_name and, for --answers, the id and
    /// column pattern); prints the problem and returns false when it cannot.
    [[nodiscard]] bool open(score_args& a, const instrument& inst, bool read_twice);
    /// The rows: CSV text, or the cells of an SPSS, Stata or SAS file or of --answers.
    [[nodiscard]] table_input input() const {
        return in_ ? table_input(*in_) : table_input(cells_);
    }
    /// The CSV stream, or null when the rows are cells.
    [[nodiscard]] std::istream* csv() const { return in_; }

  private:
    bool spool_stdin();
    std::ifstream file_;
    std::fstream spool_;
    cell_table cells_;
    std::istream* in_ = &std::cin;  ///< null: the rows are cells_
};

/// An unnamed read-write file in the temporary folder (gone when closed); false when none can be
/// made.
[[nodiscard]] bool open_scratch_file(std::fstream& f);

}  // namespace attachscore::cli
