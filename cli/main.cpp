// attachscore: parses the command line and hands over to one subcommand.
#include <fmt/format.h>

#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/diagnostic.hpp"
#include "attachscore/version.hpp"
#include "commands.hpp"

namespace {

constexpr std::string_view usage = R"(Usage: attachscore <command> [options]

Scores adult-attachment questionnaires (ECR-R and others) and explains the results.

Commands:
  list               List the instruments available: built-in and your own
  info ID            Show an instrument's source, licence, scale, items and scoring rules
  validate FILE...   Check instrument files; exit 0 when all are valid, 2 otherwise
  score ID [INPUT]   Score a table of answers: a CSV, an SPSS/Stata/SAS file, or standard input
                     when INPUT is - or absent
  recode-template ID INPUT
                     List the answers written as words, as a recode file to fill in

Options for every command:
  --instruments DIR  Also load the instrument files (*.json) in DIR; may be repeated. The
                     ATTACHSCORE_INSTRUMENTS variable can list folders too, separated by ':'.
  -h, --help         Help for a command, e.g. attachscore score --help
  --version          Print the version

Example:
  attachscore score ecr-r answers.csv --id-column id -o scores.csv
)";

}  // namespace

int main(int argc, char** argv) {
    using namespace attachscore::cli;
    std::ios::sync_with_stdio(false);  // scores go to std::cout, messages through stdio
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        fmt::print(stderr,
                   "attachscore: name a command: list, info, validate or score. "
                   "Run 'attachscore --help' for more.\n");
        return exit_error;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    if (command == "-h" || command == "--help" || command == "help") {
        fmt::print("{}", usage);
        return exit_ok;
    }
    if (command == "--version" || command == "version") {
        fmt::print("attachscore {}\n", attachscore::version_string);
        return exit_ok;
    }
    try {
        if (command == "list") return run_list(args);
        if (command == "info") return run_info(args);
        if (command == "validate") return run_validate(args);
        if (command == "score") return run_score(args);
        if (command == "recode-template") return run_recode_template(args);
    } catch (const std::exception& e) {
        // Reaching this is a bug in attachscore, not in the user's input.
        fmt::print(stderr, "attachscore: internal error: {}\n", e.what());
        return exit_error;
    }
    const std::string guess = attachscore::did_you_mean(
        command, {"list", "info", "validate", "score", "recode-template"});
    fmt::print(stderr,
               "attachscore: unknown command \"{}\"{}. Commands: list, info, validate, score, "
               "recode-template.\n"
               "Run 'attachscore --help' for more.\n",
               command, guess.empty() ? "" : " (did you mean " + guess + "?)");
    return exit_error;
}
