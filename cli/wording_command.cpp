// attachscore wording-template: a wording file to fill in from the published source, and the
// check of a filled one (--check), before a class or a study uses it.
#include <fmt/format.h>

#include <algorithm>

#include "atomic_output.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "score_options.hpp"

namespace attachscore::cli {
namespace {

int check_wording(const instrument& inst, const std::string& file, const std::string& lang) {
    auto worded = apply_wording(inst, file, lang);
    if (!worded) {
        print_diagnostics(worded.errors());
        return exit_error;
    }
    eprint("attachscore: {} words all {} items of {} ({}).\n", file, inst.items.size(),
           inst.short_name, lang);
    return exit_ok;
}

}  // namespace

int run_wording_template(const std::vector<std::string>& args) {
    score_args a;
    std::string check;
    po::options_description desc("Options");
    desc.add_options()("output,o", po::value(&a.output)->value_name("FILE"),
                       "write here instead of standard output")(
        "lang", po::value(&a.lang)->value_name("CODE"),
        "the language the wording will be in (default en)")(
        "check", po::value(&check)->value_name("FILE"),
        "instead, check a filled wording file: every item once, each with its text");
    add_mode_option(desc, a);
    add_common(desc, a.common);
    po::options_description all;
    all.add(desc);
    add_score_positionals(all, a);
    po::positional_options_description pos;
    pos.add("id", 1);
    if (auto code = parse(args, all, pos, "wording-template")) return *code;
    if (a.common.help) {
        print_help("attachscore wording-template ID [options]",
                   "Writes a wording file (item,text) with every item number and an empty text.\n"
                   "attachscore ships no item wording: it belongs to the instrument's authors.\n"
                   "Copy each item's wording from the published source (see 'attachscore info\n"
                   "ID' for where), then check the file with --check.",
                   desc, "  attachscore wording-template ecr-s -o ecr-s-en.csv");
        return exit_ok;
    }
    if (a.id.empty()) {
        eprint(
            "attachscore wording-template: name an instrument, e.g. 'attachscore "
            "wording-template ecr-s -o ecr-s-en.csv'.\n");
        return exit_error;
    }
    const auto cat = load_catalogue(a.common);
    if (!cat) return exit_error;
    const auto* inst = find_or_explain(*cat, a.id);
    if (!inst) return exit_error;
    if (!has_language_or_explain(*inst, a.lang, "wording-template")) return exit_error;
    if (!check.empty()) return check_wording(*inst, check, a.lang);
    auto template_options = output_options(a);
    template_options.template_file = true;
    if (!write_all(a.output, wording_template(*inst), template_options)) return exit_error;
    eprint(
        "attachscore: fill in the text of all {} items from the published source ({}), then "
        "check the file with --check.\n",
        inst->items.size(), inst->short_name);
    return exit_ok;
}

}  // namespace attachscore::cli
