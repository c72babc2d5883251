// attachscore recode-template: the words an export uses for answers, as a recode file to fill in.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#include "atomic_output.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "score_input.hpp"
#include "score_options.hpp"

namespace attachscore::cli {
int run_recode_template(const std::vector<std::string>& args) {
    score_args a;
    po::options_description desc("Options");
    desc.add_options()("output,o", po::value(&a.output)->value_name("FILE"),
                       "write here instead of standard output");
    add_reading_options(desc, a);
    add_mode_option(desc, a);
    add_common(desc, a.common);
    po::options_description all;
    all.add(desc);
    add_score_positionals(all, a);
    po::positional_options_description pos;
    pos.add("id", 1).add("input", 1);
    if (auto code = parse(args, all, pos, "recode-template")) return *code;
    if (a.common.help) {
        print_help(
            "attachscore recode-template ID INPUT [options]",
            "Lists every answer in the instrument's item columns that is written as a word\n"
            "and is neither a number nor one of the instrument's anchor labels, as a recode\n"
            "file (answer,value) with the values empty: fill them in from your survey's\n"
            "codebook and score with --recode FILE.",
            desc, "  attachscore recode-template ecr-r export.csv -o recode.csv");
        return exit_ok;
    }
    if (a.id.empty() ||
        (a.input == "-" && std::find(args.begin(), args.end(), "-") == args.end())) {
        eprint(
            "attachscore recode-template: name an instrument and an input, e.g. "
            "'attachscore recode-template ecr-r export.csv'.\n");
        return exit_error;
    }
    if (!convert_score_args(a, "recode-template")) return exit_error;
    const auto cat = load_catalogue(a.common);
    if (!cat) return exit_error;
    const auto* inst = find_or_explain(*cat, a.id);
    if (!inst) return exit_error;
    score_input input;
    if (!input.open(a, *inst, false)) return exit_error;
    auto words = find_answer_words(*inst, input.input(), a.table);
    if (!words) {
        print_diagnostics(words.errors());
        return exit_error;
    }
    std::vector<std::pair<std::string, std::size_t>> to_map;
    std::vector<std::string> codes;
    for (const auto& w : words.value()) {
        if (missing_code(w.first))
            codes.push_back(w.first);
        else
            to_map.push_back(w);
    }
    if (!codes.empty())
        eprint(
            "attachscore: left out of the template: {}, which {} for \"not answered\"; if "
            "{}, score with --missing {}.\n",
            fmt::join(codes, ", "), codes.size() == 1 ? "looks like a code" : "look like codes",
            codes.size() == 1 ? "it is" : "they are", fmt::join(codes, ","));
    words.value() = std::move(to_map);
    const std::string text = recode_template(words.value());
    auto template_options = output_options(a);
    template_options.template_file = true;
    if (!write_all(a.output, text, template_options)) return exit_error;
    if (words.value().empty())
        eprint(
            "attachscore: every answer in the {} item columns is a number, a blank "
            "or an anchor label: there is nothing to recode.\n",
            inst->short_name);
    else
        eprint(
            "attachscore: {} distinct word{}; fill in the value column, then score "
            "with --recode {}.\n",
            words.value().size(), words.value().size() == 1 ? "" : "s",
            a.output.empty() || a.output == "-" ? "FILE" : a.output);
    return exit_ok;
}

}  // namespace attachscore::cli
