// attachscore stats: reliability, item statistics, missing data and the correlations between
// scores of a table, with a methods paragraph — the library's compute_statistics, printed.
#include <fmt/format.h>

#include <algorithm>

#include "atomic_output.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "flag_words.hpp"
#include "score_input.hpp"
#include "score_options.hpp"

namespace attachscore::cli {
namespace {

struct stats_args {
    score_args score;
    statistics_options statistics;
    std::string format;  ///< text, json or csv
    int digits = -1;     ///< −1: 2 for text, every digit for JSON and CSV
};

po::options_description stats_options(stats_args& s) {
    auto& a = s.score;
    po::options_description desc("Options");
    desc.add_options()(
        "format", po::value(&s.format)->value_name("text|json|csv"),
        "text: tables and a methods paragraph (default); json: every figure; csv: one row per "
        "item")("output,o", po::value(&a.output)->value_name("FILE"),
                "write here instead of standard output; the file appears only when complete")(
        "digits", po::value(&s.digits)->value_name("N"),
        "decimals of every number (default 2 in text, every digit in JSON and CSV)")(
        "id-column", po::value(&a.table.id_column)->value_name("NAME[,NAME]"),
        "the respondent id column(s), which are not items")(
        "recode", po::value(&a.recode)->value_name("FILE"),
        "a CSV (answer,value) mapping answers written as words to numbers")(
        "scale", po::value(&a.scale)->value_name("MIN-MAX"),
        "the response scale actually administered, e.g. 1-5; reverse keys use it")(
        "already-reversed", po::value(&a.already_reversed)->value_name("ITEMS|all"),
        "these reverse-keyed items are already reversed in the input")(
        "keys-as-declared", po::bool_switch(&a.table.keys_as_declared),
        "use the reverse keys as the instrument declares them even when the data say the export "
        "already reversed them (the check then gives a hint instead of stopping)")(
        "bootstrap", po::value(&s.statistics.bootstrap)->value_name("N"),
        "also a percentile bootstrap interval for alpha from N resamples (e.g. 1000)")(
        "seed", po::value(&s.statistics.seed)->value_name("N"),
        "the bootstrap's random seed (default 1): the same seed gives the same interval")(
        "pairwise", po::bool_switch(&s.statistics.pairwise),
        "reliability from pairwise covariances (each pair of items over the rows that answered "
        "both, as psych::alpha does) instead of the rows that answered every item")(
        "by", po::value(&a.table.hints_by)->value_name("COLUMN"),
        "also check the keying within each value of this column (e.g. Site, wave)")(
        "lang", po::value(&a.lang)->value_name("CODE"),
        "language of the text and the methods paragraph: en or es");
    add_reading_options(desc, a);
    add_mode_option(desc, a);
    add_common(desc, a.common);
    return desc;
}

// The text of the statistics in the chosen format; empty after saying why not.
std::optional<std::string> render(const stats_args& s, const instrument& inst,
                                  const table_statistics& stats) {
    const std::string format = s.format.empty() ? "text" : s.format;
    if (format == "json") return statistics_json(stats, s.digits);
    if (format == "csv") return statistics_csv(stats, s.digits);
    return statistics_text(inst, stats, s.digits < 0 ? 2 : s.digits, 80, s.score.lang,
                           flag_words());
}

bool check_format(const stats_args& s) {
    if (!s.format.empty() && s.format != "text" && s.format != "json" && s.format != "csv") {
        eprint("attachscore stats: --format must be text, json or csv, not \"{}\".\n",
               printable(s.format));
        return false;
    }
    if (s.statistics.bootstrap > 0 && s.statistics.pairwise) {
        eprint(
            "attachscore stats: --bootstrap resamples the rows that answered every item; it "
            "cannot be combined with --pairwise.\n");
        return false;
    }
    if (s.statistics.bootstrap > 100000) {
        eprint(
            "attachscore stats: --bootstrap {} is more resamples than an interval needs; use "
            "1000 to 10000.\n",
            s.statistics.bootstrap);
        return false;
    }
    if (s.digits < -1 || s.digits > 15) {
        eprint("attachscore stats: --digits must be a whole number from 0 to 15, not {}.\n",
               s.digits);
        return false;
    }
    return true;
}

}  // namespace

int run_stats(const std::vector<std::string>& args) {
    stats_args s;
    auto& a = s.score;
    auto desc = stats_options(s);
    po::options_description all;
    all.add(desc);
    add_score_positionals(all, a);
    po::positional_options_description pos;
    pos.add("id", 1).add("input", 1);
    if (auto code = parse(args, all, pos, "stats")) return *code;
    if (a.common.help) {
        print_help("attachscore stats ID INPUT [options]",
                   "Describes each score (n, mean, SD, range, skew, kurtosis), its reliability\n"
                   "(Cronbach's alpha with Feldt's 95 % interval, standardized alpha, Guttman's\n"
                   "lambda 6, McDonald's omega total from a one-factor minres model, the mean\n"
                   "inter-item r) over the rows that answered every item, each item (mean, SD,\n"
                   "corrected item-total r, alpha if dropped, blanks) with items that run against\n"
                   "their scale flagged, the correlations between scores, and a methods paragraph.",
                   desc, "  attachscore stats ecr-r answers.csv --id-column id");
        return exit_ok;
    }
    if (a.id.empty()) {
        eprint(
            "attachscore stats: name an instrument and an input, e.g. 'attachscore stats "
            "ecr-r answers.csv --id-column id'.\n");
        return exit_error;
    }
    if (!check_format(s) || !convert_score_args(a, "stats")) return exit_error;
    const auto inst =
        instrument_with_wording(a.common, a.id, a.lang, {}, "stats", &a.table.item_order);
    if (!inst) return exit_error;
    std::vector<norm_set> no_norms;
    if (!apply_instrument_args(a, *inst, no_norms) || !load_recode(a)) return exit_error;
    score_input input;
    if (!input.open(a, *inst, false)) return exit_error;
    auto stats = compute_statistics(*inst, input.input(), a.table, s.statistics);
    if (!stats) {
        print_diagnostics(stats.errors());
        return exit_error;
    }
    const auto text = render(s, *inst, stats.value());
    if (!text || !write_all(a.output, *text, output_options(a))) return exit_error;
    return exit_ok;
}

}  // namespace attachscore::cli
