// Where attachscore score reads from: answers typed on the command line, an SPSS/Stata/SAS file,
// a CSV file, or standard input — copied to an unnamed temporary file when it must be read more
// than once (several instruments, sample z-scores, SPSS output), so memory stays bounded.
#pragma once

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "score_options.hpp"

namespace attachscore::cli {

class score_input {
  public:
    /// Opens the input named in `a` (setting a.table.input_name and, for --answers, the id and
    /// column pattern); prints the problem and returns false when it cannot.
    [[nodiscard]] bool open(score_args& a, const instrument& inst, bool read_twice);
    [[nodiscard]] std::istream& stream() { return *in_; }
    /// Whether stream() can be read again from the start.
    [[nodiscard]] bool seekable() const { return in_ != &std::cin; }

  private:
    bool spool_stdin();
    std::ifstream file_;
    std::fstream spool_;
    std::istringstream typed_;
    std::istream* in_ = &std::cin;
};

/// An unnamed read-write file in the temporary folder (gone when closed); false when none can be
/// made.
[[nodiscard]] bool open_scratch_file(std::fstream& f);

}  // namespace attachscore::cli
