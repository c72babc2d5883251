// What attachscore score says on standard error once the output is written.
#pragma once

#include <string>

#include "score_options.hpp"

namespace attachscore::cli {

/// Notes, warnings and hints; `prefix` names the instrument when several were scored ("rq: ").
void print_messages(const table_summary& s, const std::string& prefix);
/// The summary line, rows left out, the first problems and words to recode; returns the exit code.
int print_summary(const table_summary& s, const score_args& a, const instrument& inst,
                  const std::string& prefix);

}  // namespace attachscore::cli
