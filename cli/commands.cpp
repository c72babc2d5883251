#include "commands.hpp"

#include <fmt/format.h>

#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "attachscore/attachscore.hpp"
#include "cli_support.hpp"
#include "describe.hpp"

namespace attachscore::cli {

int run_list(const std::vector<std::string>& args) {
    common_options common;
    po::options_description desc("Options");
    add_common(desc, common);
    if (auto code = parse(args, desc, {}, "list")) return *code;
    if (common.help) {
        print_help("attachscore list [--instruments DIR]",
                   "Lists the instruments available: the built-in ones and those in your folders.",
                   desc, "  attachscore list --instruments ./my-instruments");
        return exit_ok;
    }
    const auto cat = load_catalogue(common);
    if (!cat) return exit_error;
    fmt::print("{}", list_text(cat->instruments()));
    return exit_ok;
}

int run_info(const std::vector<std::string>& args) {
    common_options common;
    std::string id, format = "text", lang = "en";
    po::options_description desc("Options");
    desc.add_options()("format", po::value(&format)->value_name("text|json"),
                       "text for people (default), or the definition as JSON: each score's items, "
                       "keys, bands and the basis of its bands, said once for tools that read "
                       "JSON Lines scores")("lang", po::value(&lang)->value_name("CODE"),
                                            "the language of labels in JSON (default en)");
    add_common(desc, common);
    po::options_description hidden;
    hidden.add_options()("id", po::value(&id));
    po::options_description all;
    all.add(desc).add(hidden);
    po::positional_options_description pos;
    pos.add("id", 1);
    if (auto code = parse(args, all, pos, "info")) return *code;
    if (common.help) {
        print_help(
            "attachscore info ID [--format text|json] [--instruments DIR]",
            "Shows an instrument's citation, licence, scale, items, reverse keys, scoring rules,\n"
            "interpretation bands and the sources its key was checked against.",
            desc, "  attachscore info ecr-r\n  attachscore info ecr-r --format json");
        return exit_ok;
    }
    if (id.empty()) {
        eprint("attachscore info: name an instrument, e.g. 'attachscore info ecr-r'.\n");
        return exit_error;
    }
    if (format != "text" && format != "json") {
        eprint("attachscore info: --format is text or json, not \"{}\".\n", printable(format));
        return exit_error;
    }
    const auto cat = load_catalogue(common);
    if (!cat) return exit_error;
    const auto* inst = find_or_explain(*cat, id);
    if (!inst) return exit_error;
    if (format == "json") {
        if (std::find(inst->languages.begin(), inst->languages.end(), lang) ==
            inst->languages.end()) {
            std::string known;
            for (const auto& l : inst->languages)
                known += (known.empty() ? "" : ", ") + l;
            eprint("attachscore info: instrument {} has no texts in language \"{}\"; it has: {}.\n",
                   inst->id, printable(lang), known);
            return exit_error;
        }
        fmt::print("{}", to_json(*inst, lang));
        return exit_ok;
    }
    fmt::print("{}", fit_lines(info_text(*inst), text_width()));
    return exit_ok;
}

int run_validate(const std::vector<std::string>& args) {
    common_options common;
    std::vector<std::string> files;
    po::options_description desc("Options");
    desc.add_options()("help,h", po::bool_switch(&common.help), "show this help");
    po::options_description hidden;
    hidden.add_options()("file", po::value(&files));
    po::options_description all;
    all.add(desc).add(hidden);
    po::positional_options_description pos;
    pos.add("file", -1);
    if (auto code = parse(args, all, pos, "validate")) return *code;
    if (common.help) {
        print_help("attachscore validate FILE...",
                   "Checks instrument files and reports every problem with its place (file, line,\n"
                   "JSON pointer). Exit code 0 when every file is valid, 2 otherwise.",
                   desc, "  attachscore validate instruments/my-scale.json");
        return exit_ok;
    }
    if (files.empty()) {
        eprint("attachscore validate: name at least one instrument file.\n");
        return exit_error;
    }
    int code = exit_ok;
    for (const auto& f : files) {
        auto loaded = load_instrument_file(f);
        if (loaded) {
            const auto& inst = loaded.value();
            fmt::print("{}: valid — {} ({} item{}, {} score{})\n", f, inst.id, inst.items.size(),
                       inst.items.size() == 1 ? "" : "s", inst.scores.size(),
                       inst.scores.size() == 1 ? "" : "s");
        } else {
            print_diagnostics(loaded.errors());
            fmt::print("{}: {} problem{}\n", f, loaded.errors().size(),
                       loaded.errors().size() == 1 ? "" : "s");
            code = exit_error;
        }
    }
    return code;
}

}  // namespace attachscore::cli
