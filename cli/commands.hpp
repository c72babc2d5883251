// The subcommands. Each takes its own arguments (after the command name) and returns the exit
// code: 0 success, 1 output complete but some rows not valid, 2 usage or input error.
#pragma once

#include <string>
#include <vector>

namespace attachscore::cli {

enum exit_code : int { exit_ok = 0, exit_rows_not_valid = 1, exit_error = 2 };

int run_list(const std::vector<std::string>& args);
int run_info(const std::vector<std::string>& args);
int run_validate(const std::vector<std::string>& args);
int run_score(const std::vector<std::string>& args);
int run_recode_template(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);
int run_wording_template(const std::vector<std::string>& args);
int run_take(const std::vector<std::string>& args);
int run_report(const std::vector<std::string>& args);
int run_class(const std::vector<std::string>& args);

}  // namespace attachscore::cli
