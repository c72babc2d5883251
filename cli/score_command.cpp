// attachscore score: options, the input, one call to the library (score_table, or score_tables
// for several instruments), SPSS conversion when asked for, then the summary on standard error.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <optional>

#include <unistd.h>

#include "atomic_output.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "flag_words.hpp"
#include "progress.hpp"
#include "score_input.hpp"
#include "score_options.hpp"
#include "score_summary.hpp"

namespace attachscore::cli {
namespace {

constexpr std::string_view about =
    "Scores a table with a header row and one row per respondent: a CSV (comma, semicolon or tab;\n"
    "Qualtrics' extra header rows are skipped), an SPSS .sav/.por, Stata .dta or SAS file, or\n"
    "standard input. Several instruments from one export: ID,ID (e.g. ecr-r,rq), joined side by\n"
    "side. Writes one row per input row, in order: the id, then for each score S the columns S\n"
    "(blank when not valid), S_answered and S_band, then choices, categories (with their method\n"
    "and a near-boundary flag) and status ('ok' or the reason, naming the line, column and "
    "value).\n"
    "Before writing, the answers are checked against the instrument: answers that avoid the top\n"
    "of its scale, or reverse-keyed items already reversed in the export, stop the run and say\n"
    "how to go on (--scale, --already-reversed, --keys-as-declared).\n"
    "--respondent ID or --answers prints a readable report for one person instead.\n"
    "Exit code: 0 every row scored, 1 some rows not valid (count on stderr), 2 usage or input "
    "error.";

constexpr std::string_view examples =
    "  attachscore score ecr-r answers.csv --id-column id -o scores.csv\n"
    "  attachscore score ecr export.csv --scale 1-5 --missing 0 --classify midpoint\n"
    "  attachscore score ecr-r,rq qualtrics.csv --columns ecr-r=Q{n},rq=RQ{n} -o scores.sav\n"
    "  attachscore score ecr-r survey.sav --id-column record_id,redcap_event_name --skip-empty\n"
    "  attachscore score raas answers.csv --norms ledley-2006 --norm-group sex --interpretations\n"
    "  attachscore score rq --answers 6,2,5,3,A --lang es";

bool same_id(const std::string& a, const std::string& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

// --columns ID=PATTERN,ID=PATTERN (a plain pattern applies to all; ids ignoring case).
std::vector<std::string> patterns_for(const std::vector<const instrument*>& insts,
                                      const std::string& given) {
    std::vector<std::string> patterns(insts.size(), given);
    for (const auto& part : split_commas({given})) {
        const auto eq = part.find('=');
        if (eq == std::string::npos) continue;
        for (std::size_t i = 0; i < insts.size(); ++i)
            if (same_id(insts[i]->id, part.substr(0, eq))) patterns[i] = part.substr(eq + 1);
    }
    for (auto& p : patterns)
        if (p.find('=') != std::string::npos) p.clear();  // a pattern for another instrument
    return patterns;
}

result<std::vector<table_summary>> score_all(const std::vector<const instrument*>& insts,
                                             table_input in, std::ostream& out,
                                             const table_options& options) {
    if (insts.size() > 1)
        return score_tables(insts, in, out, options, patterns_for(insts, options.column_pattern));
    auto one = score_table(*insts.front(), in, out, options);
    if (!one) return one.errors();
    return std::vector<table_summary>{std::move(one).value()};
}

// Scores into `out`, or for SPSS output into a scratch CSV that is then converted.
diagnostics write_output(score_args& a, const std::vector<const instrument*>& insts, table_input in,
                         std::ostream& out, std::vector<table_summary>& summaries) {
    std::fstream scratch;
    const bool sav = wants_sav(a);
    if (sav && !open_scratch_file(scratch))
        return {{{},
                 std::string("cannot make a temporary file for the SPSS conversion: ") +
                     std::strerror(errno) + "."}};
    if (sav) a.table.output_discardable = true;
    auto scored = score_all(insts, in, sav ? scratch : out, a.table);
    if (!scored) return scored.errors();
    summaries = std::move(scored).value();
    if (!sav) return {};
    scratch.flush();
    scratch.seekg(0);
    sav_options options;
    options.columns =
        insts.size() == 1 ? summaries.front().columns : joined_columns(insts, summaries);
    options.words = &flag_words();
    options.language = a.table.language;
    options.norms = a.table.norms;
    options.text_columns = split_commas({a.table.id_column});
    options.missing_codes = a.table.missing_codes;
    if (const auto& given = a.table.scoring.administered_scale;
        given && insts.size() == 1 &&
        (given->min != insts.front()->scale.min || given->max != insts.front()->scale.max))
        options.administered_scale = given;
    if (a.answers.empty() && a.input != "-" && is_stat_file(a.input)) {
        auto labels = read_stat_labels(a.input);
        if (!labels) return labels.errors();
        options.input_labels = std::move(labels).value();
    }
    return write_sav(insts, scratch, out, options);
}

// The instruments named, the options that need them, the recode file and the SPSS settings;
// false (after saying why) when something does not fit.
bool prepare(score_args& a, const catalogue& cat, std::vector<const instrument*>& insts,
             std::vector<norm_set>& norm_file, std::optional<instrument>& worded) {
    const auto ids = split_commas({a.id});
    if (ids.size() > 1 && !a.wording.empty()) {
        eprint("attachscore score: --wording belongs to one instrument; name only that one.\n");
        return false;
    }
    if (ids.size() > 1 && (!a.table.item_order.empty() || !a.table.item_columns.empty())) {
        eprint(
            "attachscore score: --item-order and --item-columns belong to one instrument; "
            "score the instruments one at a time.\n");
        return false;
    }
    for (const auto& one : ids) {
        const auto* found = find_or_explain(cat, one);
        if (!found) return false;
        if (!a.wording.empty() && a.table.format != output_format::report) {
            eprint(
                "attachscore score: --wording is shown in reports (--format report, "
                "--respondent or --answers), not in a table.\n");
            return false;
        }
        if (!a.wording.empty() || !a.table.item_order.empty()) {
            worded = instrument_with_wording(a.common, one, a.lang, a.wording, "score",
                                             &a.table.item_order);
            if (!worded) return false;
            found = &*worded;
        }
        if (std::find(insts.begin(), insts.end(), found) != insts.end()) {
            eprint("attachscore score: {} is named twice; name each instrument once.\n", found->id);
            return false;
        }
        insts.push_back(found);
    }
    if (insts.size() > 1 && a.table.skip_empty) {
        // Rows empty for one instrument may be filled for another: the joined rows would slip.
        eprint("attachscore score: --skip-empty works with one instrument at a time.\n");
        return false;
    }
    if (!apply_instrument_args(a, *insts.front(), norm_file) || !load_recode(a)) return false;
    if (!wants_sav(a)) return true;
    if (a.output.empty() || a.output == "-") {
        eprint("attachscore score: SPSS output is a file; name it with -o FILE.sav.\n");
        return false;
    }
    // The scratch table keeps the default CSV form, text as read (no formula protection: SPSS runs
    // no formulas); SPSS needs UTF-8 text.
    a.table.require_utf8 = true;
    a.table.protect_formulas = false;
    a.table.output_delimiter = ',';
    a.table.output_decimal = '.';
    return true;
}

// One summary per instrument; the exit code.
int report(const score_args& a, const std::vector<const instrument*>& insts,
           const std::vector<table_summary>& summaries) {
    int code = exit_ok;
    for (std::size_t i = 0; i < insts.size(); ++i) {
        const std::string prefix = insts.size() > 1 ? insts[i]->id + ": " : "";
        print_messages(summaries[i], prefix);
        if (!a.table.respondent.empty() || !a.answers.empty()) {
            if (summaries[i].rows_valid < summaries[i].rows) code = exit_rows_not_valid;
            continue;
        }
        code = std::max(code, print_summary(summaries[i], a, *insts[i], prefix));
    }
    return code;
}

}  // namespace

int run_score(const std::vector<std::string>& args) {
    score_args a;
    auto desc = score_option_list(a);
    po::options_description all;
    all.add(desc);
    add_score_positionals(all, a);
    po::positional_options_description pos;
    pos.add("id", 1).add("input", 1);
    if (auto code = parse(args, all, pos, "score")) return *code;
    if (a.common.help) {
        print_help("attachscore score ID[,ID…] [INPUT|-] [options]", about, desc, examples);
        return exit_ok;
    }
    if (a.id.empty()) {
        eprint(
            "attachscore score: name an instrument, e.g. 'attachscore score ecr-r "
            "answers.csv'.\n");
        return exit_error;
    }
    if (!convert_score_args(a)) return exit_error;
    const auto cat = load_catalogue(a.common);
    if (!cat) return exit_error;
    std::vector<const instrument*> insts;
    std::vector<norm_set> norm_file;
    std::optional<instrument> worded;
    if (!prepare(a, *cat, insts, norm_file, worded)) return exit_error;
    score_input input;
    if (!input.open(a, *insts.front(), insts.size() > 1 || a.table.standardize_sample))
        return exit_error;

    std::optional<atomic_output> out_file;
    std::ostream* out = &std::cout;
    if (!a.output.empty() && a.output != "-") {
        out_file.emplace(a.output, output_options(a));
        if (!out_file->error().empty()) {
            eprint("attachscore: {}.\n", out_file->error());
            return exit_error;
        }
        out = &out_file->stream();
        a.table.output_discardable = out_file->held_until_commit();
    }
    std::vector<table_summary> summaries;
    std::uint64_t total = 0;  // for the time left; unknown for a pipe
    if (auto* csv = input.csv(); csv && csv->tellg() >= 0) {
        const auto here = csv->tellg();
        csv->seekg(0, std::ios::end);
        total = static_cast<std::uint64_t>(std::max<std::streamoff>(0, csv->tellg()));
        csv->clear();
        csv->seekg(here);
    }
    progress_display progress(total, !a.quiet && isatty(STDERR_FILENO));
    a.table.progress = [&progress](const table_progress& p) { progress.update(p); };
    auto problems = write_output(a, insts, input.input(), *out, summaries);
    progress.finish();
    if (!problems.empty()) {
        print_diagnostics(problems);
        if (out_file) eprint("attachscore: nothing was written to {}.\n", a.output);
        return exit_error;
    }
    if (out_file)
        if (auto err = out_file->commit(); !err.empty()) {
            eprint("attachscore: {}.\n", err);
            return exit_error;
        }
    return report(a, insts, summaries);
}

}  // namespace attachscore::cli
