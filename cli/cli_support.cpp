#include "cli_support.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <sstream>

#include "commands.hpp"

namespace attachscore::cli {

void add_common(po::options_description& desc, common_options& c) {
    desc.add_options()("instruments", po::value(&c.instrument_dirs)->composing()->value_name("DIR"),
                       "also load the instrument files (*.json) in DIR; may be repeated")(
        "help,h", po::bool_switch(&c.help), "show this help");
}

std::size_t text_width() {
    std::size_t width = 80;
    if (const char* columns = std::getenv("COLUMNS")) {
        const long n = std::strtol(columns, nullptr, 10);
        if (n > 0) width = static_cast<std::size_t>(n);
    } else if (struct winsize ws{}; ::isatty(STDOUT_FILENO) &&
                                    ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col) {
        width = ws.ws_col;
    }
    return std::max<std::size_t>(width, 40);
}

void print_diagnostics(const diagnostics& ds) {
    for (const auto& d : ds)
        eprint("attachscore: {}\n", printable(to_string(d)));
}

// Parses one command's arguments; returns an exit code when parsing failed.
std::optional<int> parse(const std::vector<std::string>& args, const po::options_description& desc,
                         const po::positional_options_description& positional,
                         std::string_view command) {
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(args).options(desc).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::unknown_option& e) {
        std::vector<std::string> names;
        for (const auto& opt : desc.options())
            if (!opt->long_name().empty()) names.push_back("--" + opt->long_name());
        const std::string guess = did_you_mean(e.get_option_name(), names);
        eprint("attachscore {}: {}{}.\nRun 'attachscore {} --help' for usage.\n", command, e.what(),
               guess.empty() ? "" : " (did you mean " + guess + "?)", command);
        return exit_error;
    } catch (const po::error& e) {
        eprint("attachscore {}: {}.\nRun 'attachscore {} --help' for usage.\n", command, e.what(),
               command);
        return exit_error;
    }
    return std::nullopt;
}

void print_help(std::string_view usage_line, std::string_view about,
                const po::options_description& desc, std::string_view example) {
    std::ostringstream opts;
    opts << desc;
    fmt::print("Usage: {}\n\n{}\n\n{}\nExample:\n{}\n", usage_line, about, opts.str(), example);
}

// Built-in instruments plus the folders named by ATTACHSCORE_INSTRUMENTS and --instruments.
std::optional<catalogue> load_catalogue(const common_options& c) {
    catalogue cat = catalogue::builtin();
    std::vector<std::string> dirs;
    if (const char* env = std::getenv("ATTACHSCORE_INSTRUMENTS")) {
        std::string_view rest(env);
        while (!rest.empty()) {
            const auto colon = rest.find(':');
            if (const auto part = rest.substr(0, colon); !part.empty()) dirs.emplace_back(part);
            rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
        }
    }
    dirs.insert(dirs.end(), c.instrument_dirs.begin(), c.instrument_dirs.end());
    diagnostics problems;
    for (const auto& dir : dirs) {
        auto found = cat.add_directory(dir);
        problems.insert(problems.end(), found.begin(), found.end());
    }
    if (!problems.empty()) {
        print_diagnostics(problems);
        eprint(
            "attachscore: cannot go on until the instrument problems above are fixed "
            "(check a file with 'attachscore validate FILE').\n");
        return std::nullopt;
    }
    return cat;
}

const instrument* find_or_explain(const catalogue& cat, const std::string& id) {
    if (const auto* inst = cat.find(id)) return inst;
    std::vector<std::string> ids;
    for (const auto& inst : cat.instruments())
        ids.push_back(inst.id);
    const std::string guess = did_you_mean(id, ids);
    eprint("attachscore: there is no instrument \"{}\"{}. Available: {}. See 'attachscore list'.\n",
           id, guess.empty() ? "" : " (did you mean " + guess + "?)", fmt::join(ids, ", "));
    return nullptr;
}

bool has_language_or_explain(const instrument& inst, const std::string& lang,
                             std::string_view command) {
    if (std::find(inst.languages.begin(), inst.languages.end(), lang) != inst.languages.end())
        return true;
    eprint("attachscore {}: {} has no language \"{}\"; it has {}.\n", command, inst.short_name,
           printable(lang), fmt::join(inst.languages, ", "));
    return false;
}

bool missing_code(std::string_view word) {
    std::string w;
    for (char c : word)
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* code : {"na", "n/a", "#n/a", "nan", "null", "none", "missing", ".", "-", "--",
                             "?", "nr", "dk", "refused", "skipped"})
        if (w == code) return true;
    return false;
}

std::optional<instrument> instrument_with_wording(const common_options& c, const std::string& id,
                                                  const std::string& lang,
                                                  const std::string& wording,
                                                  std::string_view command,
                                                  std::string* item_order) {
    const auto cat = load_catalogue(c);
    if (!cat) return std::nullopt;
    const auto* found = find_or_explain(*cat, id);
    if (!found) return std::nullopt;
    if (!has_language_or_explain(*found, lang, command)) return std::nullopt;
    std::optional<instrument> ordered;
    if (item_order && !item_order->empty()) {
        const auto& orders = found->other_orders;
        const auto it = std::find_if(orders.begin(), orders.end(), [&](const auto& o) {
            return o.id == *item_order && o.by_position();
        });
        if (it != orders.end()) {
            auto renumbered = with_item_order(*found, *item_order);
            if (!renumbered) {
                print_diagnostics(renumbered.errors());
                return std::nullopt;
            }
            ordered = std::move(renumbered).value();
            found = &*ordered;
            *item_order = found->item_order;  // the data are in the order it now numbers
        }
    }
    if (wording.empty()) return *found;
    auto worded = apply_wording(*found, wording, lang);
    if (!worded) {
        print_diagnostics(worded.errors());
        return std::nullopt;
    }
    return std::move(worded).value();
}

}  // namespace attachscore::cli
