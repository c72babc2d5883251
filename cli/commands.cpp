#include "commands.hpp"

#include <fmt/format.h>

#include <unistd.h>

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

#include "atomic_output.hpp"
#include "attachscore/attachscore.hpp"
#include "describe.hpp"

namespace attachscore::cli {
namespace {

namespace po = boost::program_options;

struct common_options {
    std::vector<std::string> instrument_dirs;
    bool help = false;
};

void add_common(po::options_description& desc, common_options& c) {
    desc.add_options()("instruments", po::value(&c.instrument_dirs)->composing()->value_name("DIR"),
                       "also load the instrument files (*.json) in DIR; may be repeated")(
        "help,h", po::bool_switch(&c.help), "show this help");
}

void print_diagnostics(const diagnostics& ds) {
    for (const auto& d : ds)
        fmt::print(stderr, "attachscore: {}\n", to_string(d));
}

// Parses one command's arguments; returns an exit code when parsing failed.
std::optional<int> parse(const std::vector<std::string>& args, const po::options_description& desc,
                         const po::positional_options_description& positional,
                         std::string_view command) {
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(args).options(desc).positional(positional).run(), vm);
        po::notify(vm);
    } catch (const po::error& e) {
        fmt::print(stderr, "attachscore {}: {}.\nRun 'attachscore {} --help' for usage.\n", command,
                   e.what(), command);
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
        fmt::print(stderr,
                   "attachscore: cannot go on until the instrument problems above are fixed "
                   "(check a file with 'attachscore validate FILE').\n");
        return std::nullopt;
    }
    return cat;
}

const instrument* find_or_explain(const catalogue& cat, const std::string& id) {
    if (const auto* inst = cat.find(id)) return inst;
    std::string ids;
    for (const auto& inst : cat.instruments())
        ids += (ids.empty() ? "" : ", ") + inst.id;
    fmt::print(
        stderr,
        "attachscore: there is no instrument \"{}\". Available: {}. See 'attachscore list'.\n", id,
        ids);
    return nullptr;
}

std::vector<std::string> split_commas(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const auto& v : values) {
        std::size_t start = 0;
        for (;;) {
            const auto comma = v.find(',', start);
            out.push_back(
                v.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
    }
    return out;
}

// "1-5" or "-3-3" → a scale; nullopt when malformed or not increasing.
std::optional<scale_bounds> parse_scale(const std::string& text) {
    const auto dash = text.find('-', 1);
    if (dash == std::string::npos) return std::nullopt;
    scale_bounds s;
    const auto read = [](std::string_view part, int& out) {
        if (!part.empty() && part.front() == '+') return false;
        const auto res = std::from_chars(part.data(), part.data() + part.size(), out);
        return res.ec == std::errc() && res.ptr == part.data() + part.size();
    };
    const std::string_view all(text);
    if (!read(all.substr(0, dash), s.min) || !read(all.substr(dash + 1), s.max) || s.min >= s.max)
        return std::nullopt;
    return s;
}

std::optional<output_format> format_from(const std::string& format, const std::string& output) {
    if (format == "csv") return output_format::csv;
    if (format == "jsonl") return output_format::jsonl;
    if (format == "json") return output_format::json;
    if (!format.empty()) return std::nullopt;
    const std::string ext = std::filesystem::path(output).extension().string();
    if (ext == ".jsonl" || ext == ".ndjson") return output_format::jsonl;
    if (ext == ".json") return output_format::json;
    return output_format::csv;
}

}  // namespace

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
    std::string id;
    po::options_description desc("Options");
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
            "attachscore info ID [--instruments DIR]",
            "Shows an instrument's citation, licence, scale, items, reverse keys, scoring rules,\n"
            "interpretation bands and the sources its key was checked against.",
            desc, "  attachscore info ecr-r");
        return exit_ok;
    }
    if (id.empty()) {
        fmt::print(stderr,
                   "attachscore info: name an instrument, e.g. 'attachscore info ecr-r'.\n");
        return exit_error;
    }
    const auto cat = load_catalogue(common);
    if (!cat) return exit_error;
    const auto* inst = find_or_explain(*cat, id);
    if (!inst) return exit_error;
    fmt::print("{}", info_text(*inst));
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
        fmt::print(stderr, "attachscore validate: name at least one instrument file.\n");
        return exit_error;
    }
    int code = exit_ok;
    for (const auto& f : files) {
        auto loaded = load_instrument_file(f);
        if (loaded) {
            const auto& inst = loaded.value();
            fmt::print("{}: valid — {} ({} items, {} scores)\n", f, inst.id, inst.items.size(),
                       inst.scores.size());
        } else {
            print_diagnostics(loaded.errors());
            fmt::print("{}: {} problem{}\n", f, loaded.errors().size(),
                       loaded.errors().size() == 1 ? "" : "s");
            code = exit_error;
        }
    }
    return code;
}

int run_score(const std::vector<std::string>& args) {
    common_options common;
    std::string id, input = "-", output, format, lang = "en", scale;
    std::vector<std::string> missing;
    table_options options;
    po::options_description desc("Options");
    desc.add_options()(
        "output,o", po::value(&output)->value_name("FILE"),
        "write here instead of standard output; the file appears only when complete")(
        "format", po::value(&format)->value_name("csv|jsonl|json"),
        "output format; by default from the output's extension, else csv")(
        "id-column", po::value(&options.id_column)->value_name("NAME"),
        "carry this input column (the respondent id) to the output")(
        "columns", po::value(&options.column_pattern)->value_name("PATTERN"),
        "item n's column name, e.g. 'Q{n}', 'ECRR_{n}', 'Q{n:02}' for Q01; by default one of the "
        "common patterns that fits every item")(
        "missing", po::value(&missing)->composing()->value_name("CODE,..."),
        "cell values that mean 'not answered', besides blank, e.g. NA,-99")(
        "lang", po::value(&lang)->value_name("CODE"),
        "language of band labels and texts (JSON output)")(
        "scale", po::value(&scale)->value_name("MIN-MAX"),
        "the response scale actually administered when it differs from the published one, e.g. "
        "1-5; "
        "reverse keys use it, and bands made for the published scale are not applied");
    add_common(desc, common);
    po::options_description hidden;
    hidden.add_options()("id", po::value(&id))("input", po::value(&input));
    po::options_description all;
    all.add(desc).add(hidden);
    po::positional_options_description pos;
    pos.add("id", 1).add("input", 1);
    if (auto code = parse(args, all, pos, "score")) return *code;
    if (common.help) {
        print_help("attachscore score ID [INPUT|-] [options]",
                   "Scores a CSV with a header row and one row per respondent. Writes one row per "
                   "input row,\n"
                   "in order: the id (with --id-column), then for each score S the columns S "
                   "(blank when not\n"
                   "valid) and S_answered, then status ('ok' or the reason, naming the line, "
                   "column and value).\n"
                   "Exit code: 0 every row scored, 1 some rows not valid (count on stderr), 2 "
                   "usage or input error.",
                   desc,
                   "  attachscore score ecr-r answers.csv --id-column id -o scores.csv\n"
                   "  attachscore score ecr-r export.csv --columns 'ECRR_{n}' --missing NA,-99 "
                   "--format jsonl");
        return exit_ok;
    }
    if (id.empty()) {
        fmt::print(
            stderr,
            "attachscore score: name an instrument, e.g. 'attachscore score ecr-r answers.csv'.\n");
        return exit_error;
    }
    const auto fmt_choice = format_from(format, output);
    if (!fmt_choice) {
        fmt::print(stderr, "attachscore score: --format must be csv, jsonl or json, not \"{}\".\n",
                   format);
        return exit_error;
    }
    options.format = *fmt_choice;
    if (!scale.empty()) {
        const auto parsed = parse_scale(scale);
        if (!parsed) {
            fmt::print(stderr,
                       "attachscore score: --scale must be two whole numbers such as 1-5 (lowest, "
                       "then highest "
                       "answer), not \"{}\".\n",
                       scale);
            return exit_error;
        }
        options.scoring.administered_scale = parsed;
    }
    options.missing_codes = split_commas(missing);
    options.language = lang;

    const auto cat = load_catalogue(common);
    if (!cat) return exit_error;
    const auto* inst = find_or_explain(*cat, id);
    if (!inst) return exit_error;

    std::ifstream file;
    std::istream* in = &std::cin;
    options.input_name = "<stdin>";
    if (input == "-" && ::isatty(STDIN_FILENO))
        fmt::print(
            stderr,
            "attachscore: reading CSV from the keyboard; end with Ctrl-D (or name a file).\n");
    if (input != "-") {
        options.input_name = input;
        if (std::filesystem::is_directory(input)) {
            fmt::print(stderr, "attachscore: {} is a folder; name a CSV file.\n", input);
            return exit_error;
        }
        file.open(input, std::ios::binary);
        if (!file) {
            fmt::print(stderr, "attachscore: cannot open {}: {}.\n", input, std::strerror(errno));
            return exit_error;
        }
        in = &file;
    }

    std::optional<atomic_output> out_file;
    std::ostream* out = &std::cout;
    if (!output.empty() && output != "-") {
        out_file.emplace(output);
        if (!out_file->is_open()) {
            fmt::print(stderr, "attachscore: cannot create {}: {}.\n", output,
                       std::strerror(errno));
            return exit_error;
        }
        out = &out_file->stream();
    }

    auto scored = score_table(*inst, *in, *out, options);
    if (!scored) {
        print_diagnostics(scored.errors());
        if (out_file) fmt::print(stderr, "attachscore: nothing was written to {}.\n", output);
        return exit_error;
    }
    if (out_file) {
        if (auto err = out_file->commit(); !err.empty()) {
            fmt::print(stderr, "attachscore: {}.\n", err);
            return exit_error;
        }
    }
    const table_summary& s = scored.value();
    const std::size_t not_valid = s.rows - s.rows_valid;
    std::string details;
    for (const auto& [kind, count] : s.problems)
        details += fmt::format("{}{} with {}", details.empty() ? "" : ", ", count, kind);
    std::string scale_note;
    if (const auto& a = options.scoring.administered_scale;
        a && (a->min != inst->scale.min || a->max != inst->scale.max))
        scale_note = fmt::format("; answers on {}–{}, not the published {}–{}, so no bands", a->min,
                                 a->max, inst->scale.min, inst->scale.max);
    fmt::print(stderr, "attachscore: scored {} row{} of {} with {} (item columns {}{}): {} valid",
               s.rows, s.rows == 1 ? "" : "s", options.input_name, inst->short_name,
               s.column_pattern, scale_note, s.rows_valid);
    if (not_valid == 0) {
        fmt::print(stderr, ".\n");
        return exit_ok;
    }
    fmt::print(stderr, ", {} not valid: {}. The status column says why.\n", not_valid, details);
    return exit_rows_not_valid;
}

}  // namespace attachscore::cli
