// attachscore score: options, inputs (a file, standard input or answers on the command line),
// norms and output, then one call to attachscore::score_table.
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "atomic_output.hpp"
#include "cli_support.hpp"
#include "commands.hpp"

namespace attachscore::cli {
namespace {

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

bool wants_sav(const std::string& format, const std::string& output) {
    return format == "sav" ||
           (format.empty() && std::filesystem::path(output).extension() == ".sav");
}

std::optional<output_format> format_from(const std::string& format, const std::string& output) {
    if (format == "csv" || wants_sav(format, output)) return output_format::csv;
    if (format == "jsonl") return output_format::jsonl;
    if (format == "json") return output_format::json;
    if (format == "report") return output_format::report;
    if (!format.empty()) return std::nullopt;
    const std::string ext = std::filesystem::path(output).extension().string();
    if (ext == ".jsonl" || ext == ".ndjson") return output_format::jsonl;
    if (ext == ".json") return output_format::json;
    return output_format::csv;
}

// Answers typed on the command line become a one-row table with the instrument's own column names.
std::string answers_table(const instrument& inst, const std::vector<std::string>& answers) {
    std::string header, row;
    const std::size_t n_targets = inst.targets.empty() ? 1 : inst.targets.size();
    std::size_t k = 0;
    for (std::size_t t = 0; t < n_targets; ++t)
        for (const auto& it : inst.items) {
            const std::string prefix = inst.targets.empty() ? "" : inst.targets[t].id + "_";
            header += (header.empty() ? "" : ",") + prefix + std::to_string(it.number);
            row += (k ? "," : "") + (k < answers.size() ? answers[k] : std::string());
            ++k;
        }
    return "id," + header + "\nanswers," + row + "\n";
}

constexpr std::string_view about =
    "Scores a CSV with a header row and one row per respondent. Writes one row per input row, in\n"
    "order: the id (with --id-column), then for each score S the columns S (blank when not "
    "valid),\n"
    "S_answered and S_band, then choices, categories (with their method and a near-boundary flag)\n"
    "and status ('ok' or the reason, naming the line, column and value).\n"
    "--respondent ID or --answers prints a readable report for one person instead.\n"
    "Exit code: 0 every row scored, 1 some rows not valid (count on stderr), 2 usage or input "
    "error.";

constexpr std::string_view examples =
    "  attachscore score ecr-r answers.csv --id-column id -o scores.csv\n"
    "  attachscore score ecr export.csv --scale 1-5 --missing 0 --classify midpoint\n"
    "  attachscore score raas answers.csv --norms ledley-2006 --norm-group sex --interpretations\n"
    "  attachscore score ecr-r answers.csv --id-column id --respondent P007 --lang es\n"
    "  attachscore score rq --answers 6,2,5,3,A";

// Several instruments: patterns given as ID=PATTERN (a plain pattern applies to all), the input
// made seekable, one summary line per instrument.
int run_several(const std::vector<const instrument*>& insts, std::istream& in, std::ostream& out,
                std::optional<atomic_output>& out_file, const std::string& output,
                table_options options, bool seekable) {
    std::vector<std::string> patterns(insts.size(), options.column_pattern);
    for (const auto& part : split_commas({options.column_pattern})) {
        const auto eq = part.find('=');
        if (eq == std::string::npos) continue;
        for (std::size_t i = 0; i < insts.size(); ++i)
            if (insts[i]->id == part.substr(0, eq)) patterns[i] = part.substr(eq + 1);
    }
    for (auto& p : patterns)
        if (p.find('=') != std::string::npos) p.clear();  // a pattern for another instrument
    std::stringstream spooled;
    std::istream* source = &in;
    if (!seekable) {
        spooled << in.rdbuf();
        source = &spooled;
    }
    auto scored = score_tables(insts, *source, out, options, patterns);
    if (!scored) {
        print_diagnostics(scored.errors());
        if (out_file) fmt::print(stderr, "attachscore: nothing was written to {}.\n", output);
        return exit_error;
    }
    if (out_file)
        if (auto err = out_file->commit(); !err.empty()) {
            fmt::print(stderr, "attachscore: {}.\n", err);
            return exit_error;
        }
    int code = exit_ok;
    for (std::size_t i = 0; i < insts.size(); ++i) {
        const auto& s = scored.value()[i];
        const std::size_t not_valid = s.rows - s.rows_valid;
        for (const auto& hint : s.hints)
            fmt::print(stderr, "attachscore: {}: hint: {}\n", insts[i]->id, hint);
        fmt::print(stderr, "attachscore: {}: scored {} rows of {} (item columns {}): {} valid{}\n",
                   insts[i]->id, s.rows, options.input_name, s.column_pattern, s.rows_valid,
                   not_valid ? fmt::format(", {} not valid; the {}.status column says why.",
                                           not_valid, insts[i]->id)
                             : std::string("."));
        if (not_valid) code = exit_rows_not_valid;
    }
    return code;
}

}  // namespace

int run_score(const std::vector<std::string>& args) {
    common_options common;
    std::string id, input = "-", output, format, lang = "en", scale, norms, standardize, delimiter,
                    recode;
    std::vector<std::string> missing, classify, answers, keep;
    bool no_formula_protection = false;
    table_options options;
    po::options_description desc("Options");
    desc.add_options()(
        "output,o", po::value(&output)->value_name("FILE"),
        "write here instead of standard output; the file appears only when complete")(
        "format", po::value(&format)->value_name("csv|jsonl|json|report|sav"),
        "output format; by default from the output's extension (.jsonl, .json, .sav), else csv")(
        "id-column", po::value(&options.id_column)->value_name("NAME"),
        "carry this input column (the respondent id) to the output")(
        "columns", po::value(&options.column_pattern)->value_name("PATTERN"),
        "item n's column name, e.g. 'Q{n}', 'ECRR_{n}', 'Q{n:02}' for Q01, '{target}_{n}' for "
        "mother_1; by default one of the common patterns that fits every item")(
        "missing", po::value(&missing)->composing()->value_name("CODE,..."),
        "cell values that mean 'not answered', besides blank, e.g. NA,-99")(
        "scale", po::value(&scale)->value_name("MIN-MAX"),
        "the response scale actually administered when it differs from the published one, e.g. "
        "1-5; "
        "reverse keys use it, and bands made for the published scale are not applied")(
        "classify", po::value(&classify)->composing()->value_name("NAME,..."),
        "also compute these optional classifications (see 'attachscore info ID'), e.g. midpoint or "
        "collins; 'none' turns off the ones computed by default")(
        "norms", po::value(&norms)->value_name("ID|FILE"),
        "compare scores with published norms: a norm set of the instrument (e.g. ledley-2006) or a "
        "norm file; adds S_z, S_t, S_percentile and norm-based bands")(
        "norm-group", po::value(&options.norm_group_column)->value_name("COLUMN"),
        "the column that names each respondent's norm group (e.g. sex: male/female)")(
        "standardize", po::value(&standardize)->value_name("sample"),
        "add S_sample_z: z-scores within this input (reads the input twice)")(
        "interpretations", po::bool_switch(&options.interpretations),
        "CSV: add each band's text, the profile and the disclaimer")(
        "lang", po::value(&lang)->value_name("CODE"), "language of labels and texts: en or es")(
        "respondent", po::value(&options.respondent)->value_name("ID"),
        "print a readable report for the row with this id (needs --id-column)")(
        "answers", po::value(&answers)->composing()->value_name("A,B,..."),
        "score one person's answers given here, in item order, and print a report")(
        "delimiter", po::value(&delimiter)->value_name("comma|semicolon|tab"),
        "the column separator; by default detected from the header line")(
        "keep", po::value(&keep)->composing()->value_name("COL,..."),
        "carry these input columns to the output (e.g. age,sex)")(
        "keep-all", po::bool_switch(&options.keep_all),
        "carry every input column that is not an answer")(
        "recode", po::value(&recode)->value_name("FILE"),
        "a CSV (answer,value) mapping answers written as words to numbers, besides the "
        "instrument's own "
        "anchor labels")(
        "hints-by", po::value(&options.hints_by)->value_name("COLUMN"),
        "say where problems sit by this column's values (e.g. Site in a multi-site study)")(
        "strict", po::bool_switch(&options.strict),
        "stop with exit code 2 at the first row that cannot be scored")(
        "no-formula-protection", po::bool_switch(&no_formula_protection),
        "write ids and kept text exactly as read, even when a spreadsheet would run it as a "
        "formula");
    add_common(desc, common);
    po::options_description hidden;
    hidden.add_options()("id", po::value(&id))("input", po::value(&input));
    po::options_description all;
    all.add(desc).add(hidden);
    po::positional_options_description pos;
    pos.add("id", 1).add("input", 1);
    if (auto code = parse(args, all, pos, "score")) return *code;
    if (common.help) {
        print_help("attachscore score ID [INPUT|-] [options]", about, desc, examples);
        return exit_ok;
    }
    if (id.empty()) {
        fmt::print(
            stderr,
            "attachscore score: name an instrument, e.g. 'attachscore score ecr-r answers.csv'.\n");
        return exit_error;
    }
    const bool single = !options.respondent.empty() || !answers.empty();
    const auto fmt_choice = format_from(format.empty() && single ? "report" : format, output);
    if (!fmt_choice) {
        fmt::print(
            stderr,
            "attachscore score: --format must be csv, jsonl, json, report or sav, not \"{}\".\n",
            format);
        return exit_error;
    }
    options.format = *fmt_choice;
    options.missing_codes = split_commas(missing);
    options.language = lang;
    for (const auto& name : split_commas(classify)) {
        if (name == "none")
            options.scoring.default_categories = false;
        else
            options.scoring.classify.push_back(name);
    }
    if (!standardize.empty() && standardize != "sample") {
        fmt::print(stderr,
                   "attachscore score: --standardize takes \"sample\" (z-scores within this "
                   "input), not \"{}\".\n",
                   standardize);
        return exit_error;
    }
    options.standardize_sample = !standardize.empty();
    options.keep = split_commas(keep);
    options.protect_formulas = !no_formula_protection;
    if (!delimiter.empty()) {
        if (delimiter == "comma" || delimiter == ",")
            options.delimiter = ',';
        else if (delimiter == "semicolon" || delimiter == ";")
            options.delimiter = ';';
        else if (delimiter == "tab" || delimiter == "\\t")
            options.delimiter = '\t';
        else {
            fmt::print(
                stderr,
                "attachscore score: --delimiter must be comma, semicolon or tab, not \"{}\".\n",
                delimiter);
            return exit_error;
        }
    }
    if (!scale.empty()) {
        const auto parsed = parse_scale(scale);
        if (!parsed) {
            fmt::print(
                stderr,
                "attachscore score: --scale must be two whole numbers such as 1-5 (lowest, then "
                "highest answer), not \"{}\".\n",
                scale);
            return exit_error;
        }
        options.scoring.administered_scale = parsed;
    }

    const auto cat = load_catalogue(common);
    if (!cat) return exit_error;
    // "ecr-r,rq": several instruments from one file, joined side by side.
    std::vector<const instrument*> insts;
    for (const auto& one : split_commas({id})) {
        const auto* found = find_or_explain(*cat, one);
        if (!found) return exit_error;
        insts.push_back(found);
    }
    const auto* inst = insts.front();
    if (!recode.empty()) {
        auto loaded = load_recode_file(recode);
        if (!loaded) {
            print_diagnostics(loaded.errors());
            return exit_error;
        }
        options.recode = std::move(loaded).value();
    }

    std::vector<norm_set> norm_file;
    if (!norms.empty()) {
        auto bundled = std::find_if(inst->norms.begin(), inst->norms.end(),
                                    [&](const norm_set& s) { return s.id == norms; });
        if (bundled != inst->norms.end()) {
            options.norms = &*bundled;
        } else if (std::filesystem::exists(norms)) {
            auto loaded = load_norm_file(*inst, norms);
            if (!loaded) {
                print_diagnostics(loaded.errors());
                return exit_error;
            }
            norm_file = std::move(loaded).value();
            if (norm_file.empty()) {
                fmt::print(stderr, "attachscore: {} holds no norm set.\n", norms);
                return exit_error;
            }
            options.norms = &norm_file.front();
        } else {
            std::string ids;
            for (const auto& s : inst->norms)
                ids += (ids.empty() ? "" : ", ") + s.id;
            fmt::print(stderr,
                       "attachscore: \"{}\" is neither a norm set of {} ({}) nor a norm file.\n",
                       norms, inst->short_name, ids.empty() ? "it bundles none" : "it has " + ids);
            return exit_error;
        }
    }

    // The input: answers from the command line, a file, or standard input (copied to a file when
    // it must be read twice).
    std::ifstream file;
    std::istringstream typed;
    std::stringstream spooled;
    std::istream* in = &std::cin;
    options.input_name = "<stdin>";
    if (!answers.empty()) {
        const auto values = split_commas(answers);
        if (values.size() != inst->answer_count()) {
            fmt::print(stderr,
                       "attachscore score: --answers has {} values; {} needs {}, in item order "
                       "(leave a value "
                       "empty for an unanswered item).\n",
                       values.size(), inst->short_name, inst->answer_count());
            return exit_error;
        }
        typed.str(answers_table(*inst, values));
        in = &typed;
        options.input_name = "--answers";
        options.id_column = "id";
        options.column_pattern = inst->targets.empty() ? "{n}" : "{target}_{n}";
    } else if (input != "-" && is_stat_file(input) && !std::filesystem::is_directory(input)) {
        // SPSS, Stata and SAS files are read whole through ReadStat, then scored as a table.
        auto text = read_stat_file(input);
        if (!text) {
            print_diagnostics(text.errors());
            return exit_error;
        }
        typed.str(std::move(text).value());
        in = &typed;
        options.input_name = input;
    } else if (input != "-") {
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
    } else {
        if (::isatty(STDIN_FILENO))
            fmt::print(
                stderr,
                "attachscore: reading CSV from the keyboard; end with Ctrl-D (or name a file).\n");
        if (options.standardize_sample) {
            spooled << std::cin.rdbuf();
            in = &spooled;
        }
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

    if (insts.size() > 1)
        return run_several(insts, *in, *out, out_file, output, options,
                           file.is_open() || in != &std::cin);

    // SPSS output: the scored table is built as CSV in memory, then written with its labels.
    const bool sav = wants_sav(format, output);
    if (sav && !out_file) {
        fmt::print(stderr, "attachscore score: SPSS output is a file; name it with -o FILE.sav.\n");
        return exit_error;
    }
    std::ostringstream table_text;
    auto scored = score_table(*inst, *in, sav ? table_text : *out, options);
    if (scored && sav)
        if (auto problems = write_sav(*inst, table_text.str(), *out); !problems.empty()) {
            print_diagnostics(problems);
            fmt::print(stderr, "attachscore: nothing was written to {}.\n", output);
            return exit_error;
        }
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
    for (const auto& note : s.notes)
        fmt::print(stderr, "attachscore: note: {}.\n", note);
    for (const auto& warning : s.warnings)
        fmt::print(stderr, "attachscore: warning: {}.\n", warning);
    for (const auto& hint : s.hints)
        fmt::print(stderr, "attachscore: hint: {}\n", hint);
    if (single) return not_valid == 0 ? exit_ok : exit_rows_not_valid;
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
