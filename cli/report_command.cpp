// attachscore report: a class's (or one person's) results as one self-contained HTML page, and
// the plane alone as SVG — the library's make_html_report, written to files.
#include <fmt/format.h>

#include "atomic_output.hpp"
#include "cli_support.hpp"
#include "commands.hpp"
#include "score_input.hpp"
#include "score_options.hpp"

namespace attachscore::cli {
namespace {

struct report_args {
    score_args score;
    std::string wording, svg, title;
    bool summary = false;
};

po::options_description report_options(report_args& r) {
    auto& a = r.score;
    auto& t = a.table;
    po::options_description desc("Options");
    desc.add_options()("output,o", po::value(&a.output)->value_name("FILE"),
                       "write the page here (e.g. report.html) instead of standard output; the "
                       "file appears only when complete")(
        "svg", po::value(&r.svg)->value_name("FILE"),
        "also write the anxiety × avoidance plane alone as SVG, for slides")(
        "respondent", po::value(&t.respondent)->value_name("ID"),
        "one person's page: only the row with this id (needs --id-column)")(
        "summary", po::bool_switch(&r.summary),
        "the sample's figures only (plane, histograms, means, SDs, alpha, framing), no cards: "
        "a class summary that prints on one A4 page")(
        "lang", po::value(&a.lang)->value_name("CODE"), "language of the page: en or es")(
        "wording", po::value(&r.wording)->value_name("FILE"),
        "the items' wording (item,text) from the published source, shown in the item table")(
        "title", po::value(&r.title)->value_name("TEXT"), "the page's heading")(
        "id-column", po::value(&t.id_column)->value_name("NAME[,NAME]"),
        "the respondent id column(s), which are not items")(
        "keep", po::value(&a.keep)->composing()->value_name("COL,..."),
        "show these input columns on each card (e.g. group)")(
        "recode", po::value(&a.recode)->value_name("FILE"),
        "a CSV (answer,value) mapping answers written as words to numbers")(
        "skip-empty", po::bool_switch(&t.skip_empty),
        "leave out rows where every item is blank (and count them)")(
        "scale", po::value(&a.scale)->value_name("MIN-MAX"),
        "the response scale actually administered, e.g. 1-5; reverse keys use it")(
        "already-reversed", po::value(&a.already_reversed)->value_name("ITEMS|all"),
        "these reverse-keyed items are already reversed in the input")(
        "keys-as-declared", po::bool_switch(&t.keys_as_declared),
        "score the reverse-keyed items as declared even when the data say they were reversed");
    add_reading_options(desc, a);
    add_mode_option(desc, a);
    add_common(desc, a.common);
    return desc;
}

int make_report(report_args& r) {
    auto& a = r.score;
    if (!convert_score_args(a, "report")) return exit_error;
    a.table.language = a.lang;
    auto inst =
        instrument_with_wording(a.common, a.id, a.lang, r.wording, "report", &a.table.item_order);
    if (!inst) return exit_error;
    std::vector<norm_set> no_norms;
    if (!apply_instrument_args(a, *inst, no_norms) || !load_recode(a)) return exit_error;
    score_input input;
    if (!input.open(a, *inst, false)) return exit_error;
    html_report_options options;
    options.respondent = a.table.respondent;
    options.title = r.title;
    options.summary = r.summary;
    if (r.summary && !options.respondent.empty()) {
        eprint(
            "attachscore report: --summary shows the sample's figures and --respondent one "
            "person's page: give one or the other.\n");
        return exit_error;
    }
    a.table.respondent.clear();  // the report picks the row; score_table's check runs on all
    auto report = make_html_report(*inst, input.input(), a.table, options);
    if (!report) {
        print_diagnostics(report.errors());
        return exit_error;
    }
    const auto& page = report.value();
    if (!r.svg.empty()) {
        if (page.plane.empty()) {
            eprint("attachscore report: {} has no plane of two dimensions to write to {}.\n",
                   inst->short_name, r.svg);
            return exit_error;
        }
        auto svg_options = output_options(a, "--svg");
        if (!r.wording.empty()) svg_options.reads.emplace_back(r.wording, "the wording file");
        if (!a.output.empty() && a.output != "-")
            svg_options.reads.emplace_back(a.output, "the page (-o)");
        if (!write_all(r.svg, page.plane, svg_options)) return exit_error;
    }
    auto page_options = output_options(a);
    if (!r.wording.empty()) page_options.reads.emplace_back(r.wording, "the wording file");
    if (!write_all(a.output, page.html, page_options)) return exit_error;
    const auto& sum = page.summary;
    if (!a.output.empty() && r.summary)
        eprint("{}: the summary of {} rows, {} scored without a problem.\n", a.output, sum.rows,
               sum.rows_valid);
    else if (!a.output.empty())
        eprint("{}: {} card{}, {} scored without a problem.\n", a.output, page.cards,
               page.cards == 1 ? "" : "s", sum.rows_valid);
    return sum.rows_valid < sum.rows ? exit_rows_not_valid : exit_ok;
}

}  // namespace

int run_report(const std::vector<std::string>& args) {
    report_args r;
    auto& a = r.score;
    auto desc = report_options(r);
    po::options_description all;
    all.add(desc);
    add_score_positionals(all, a);
    po::positional_options_description pos;
    pos.add("id", 1).add("input", 1);
    if (auto code = parse(args, all, pos, "report")) return *code;
    if (a.common.help) {
        print_help("attachscore report ID INPUT [options] -o report.html",
                   "Writes one self-contained HTML page (no script, no network; prints on A4):\n"
                   "every respondent on the plane of the two main dimensions, a histogram of\n"
                   "each score, n, means, SDs and alpha, an item table, and a card per\n"
                   "respondent with their scores, bands, texts and the disclaimer. The input is\n"
                   "checked as 'score' checks it. --respondent ID gives one person's page.",
                   desc, "  attachscore report ecr-s class.csv --id-column id -o class.html");
        return exit_ok;
    }
    if (a.id.empty()) {
        eprint(
            "attachscore report: name an instrument and an input, e.g. 'attachscore report "
            "ecr-s class.csv --id-column id -o class.html'.\n");
        return exit_error;
    }
    return make_report(r);
}

}  // namespace attachscore::cli
