// attachscore: parses the command line and hands over to one subcommand.
#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "attachscore/diagnostic.hpp"
#include "attachscore/version.hpp"
#include "cli_support.hpp"
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
  take ID            Answer a questionnaire in the terminal and see your report
  class ID           A live class session: students answer on their phones, each sees their
                     result, the board shows the class on the plane
  report ID INPUT    One HTML page of a class's results: the plane, histograms, figures and
                     a card per respondent (or one person's page with --respondent)
  stats ID INPUT     Reliability (alpha, omega, lambda 6), item statistics, missing data and
                     correlations of a table of answers, with a methods paragraph
  recode-template ID INPUT
                     List the answers written as words, as a recode file to fill in
  wording-template ID
                     Write a file to fill in with the items' wording from the published source

Options for every command:
  --instruments DIR  Also load the instrument files (*.json) in DIR; may be repeated. The
                     ATTACHSCORE_INSTRUMENTS variable can list folders too, separated by ':'.
  -h, --help         Help for a command, e.g. attachscore score --help
  --version          Print the version

Example:
  attachscore score ecr-r answers.csv --id-column id -o scores.csv
)";

// Runs one command; -1 when there is no such command.
int dispatch(const std::string& command, const std::vector<std::string>& args) {
    using namespace attachscore::cli;
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
        if (command == "stats") return run_stats(args);
        if (command == "wording-template") return run_wording_template(args);
        if (command == "take") return run_take(args);
        if (command == "report") return run_report(args);
        if (command == "class") return run_class(args);
    } catch (const std::system_error& e) {  // standard output closed or full
        eprint("attachscore: cannot write the output: {}.\n", e.what());
        return exit_error;
    } catch (const std::exception& e) {
        // Reaching this is a bug in attachscore, not in the user's input.
        eprint("attachscore: internal error: {}\n", e.what());
        return exit_error;
    }
    return -1;
}

}  // namespace

int main(int argc, char** argv) {
    using namespace attachscore::cli;
    std::ios::sync_with_stdio(false);  // scores go to std::cout, messages through stdio
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        eprint(
            "attachscore: name a command: list, info, validate, score, take, class, report, stats, "
            "recode-template or wording-template. "
            "Run 'attachscore --help' for more.\n");
        return exit_error;
    }
    const std::string command = args.front();
    args.erase(args.begin());
    const int code = dispatch(command, args);
    if (code >= 0) {
        // What is still buffered must reach its destination, or the run failed.
        std::cout.flush();
        if (std::fflush(stdout) != 0 || std::ferror(stdout) || !std::cout) {
            eprint(
                "attachscore: cannot write the output (disk full, or standard output "
                "closed).\n");
            return exit_error;
        }
        return code;
    }
    const std::string guess =
        attachscore::did_you_mean(command, {"list", "info", "validate", "score", "take", "report",
                                            "stats", "recode-template", "wording-template"});
    eprint(
        "attachscore: unknown command \"{}\"{}. Commands: list, info, validate, score, take, "
        "class, report, stats, recode-template, wording-template.\nRun 'attachscore --help' for "
        "more.\n",
        command, guess.empty() ? "" : " (did you mean " + guess + "?)");
    return exit_error;
}
