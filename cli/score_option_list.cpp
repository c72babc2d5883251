// The options of attachscore score, as --help lists them.
#include "score_options.hpp"

namespace attachscore::cli {

void add_reading_options(po::options_description& desc, score_args& a) {
    desc.add_options()(
        "columns", po::value(&a.table.column_pattern)->value_name("PATTERN"),
        "item n's column name, e.g. 'Q{n}', 'ECRR_{n}', 'Q{n:02}' for Q01, '{target}_{n}' for "
        "mother_1; with several instruments ID=PATTERN,ID=PATTERN; by default one of the common "
        "patterns that fits every item")(
        "item-order", po::value(&a.table.item_order)->value_name("ID"),
        "the order the questionnaire was given in, when the columns do not follow the "
        "instrument's numbering (e.g. interleaved for the ECR-R; 'attachscore info ID' lists "
        "them); the instrument's own order id confirms its numbering")(
        "item-columns", po::value(&a.item_columns)->composing()->value_name("COL,..."),
        "the column of each item in the instrument's numbering, item 1 first, instead of "
        "--columns")("missing", po::value(&a.missing)->composing()->value_name("CODE,..."),
                     "cell values that mean 'not answered', besides blank, e.g. NA,-99")(
        "delimiter", po::value(&a.delimiter)->value_name("comma|semicolon|tab"),
        "the column separator; by default detected from the header line")(
        "decimal", po::value(&a.decimal)->value_name("point|comma"),
        "comma: numbers are read and written with a decimal comma (3,5), and the output is "
        "separated by semicolons; by default decimal commas are read when the columns are not "
        "separated by commas")(
        "encoding", po::value(&a.encoding)->value_name("utf-8|latin1|windows-1252"),
        "how the input's text is encoded; latin1 and windows-1252 are converted to UTF-8 "
        "(default utf-8)");
}

void add_mode_option(po::options_description& desc, score_args& a) {
    desc.add_options()("mode", po::value(&a.mode)->value_name("OCTAL"),
                       "permissions of a new output file (default 0600: readable by you only); an "
                       "existing file keeps its own");
}

po::options_description score_option_list(score_args& a) {
    auto& t = a.table;
    po::options_description input("Input");
    input.add_options()(
        "id-column", po::value(&t.id_column)->value_name("NAME[,NAME]"),
        "carry this input column (the respondent id) to the output; several columns make a "
        "composite id, e.g. record_id,redcap_event_name")(
        "recode", po::value(&a.recode)->value_name("FILE"),
        "a CSV (header answer,value) mapping answers written as words to numbers, besides the "
        "instrument's own anchor labels; 'attachscore recode-template' writes one to fill in")(
        "skip-empty", po::bool_switch(&t.skip_empty),
        "leave out rows whose every item is blank (e.g. REDCap events not yet filled); they are "
        "counted in the summary");
    add_reading_options(input, a);
    po::options_description scoring("Scoring");
    scoring.add_options()(
        "scale", po::value(&a.scale)->value_name("MIN-MAX"),
        "the response scale actually administered, e.g. 1-5; reverse keys use it, and bands made "
        "for the published scale are not applied. Also confirms the published scale when the "
        "answers avoid its top")(
        "already-reversed", po::value(&a.already_reversed)->value_name("ITEMS|all"),
        "these reverse-keyed items (numbers, e.g. 9,11) are already reversed in the input and are "
        "not reversed again; all: every reverse-keyed item")(
        "keys-as-declared", po::bool_switch(&t.keys_as_declared),
        "score the reverse-keyed items as the instrument declares them even when the data say "
        "the export already reversed them")(
        "classify", po::value(&a.classify)->composing()->value_name("NAME,..."),
        "also compute these optional classifications (see 'attachscore info ID'), e.g. midpoint or "
        "collins; 'none' turns off the ones computed by default")(
        "norms", po::value(&a.norms)->value_name("ID|FILE"),
        "compare scores with published norms: a norm set of the instrument (e.g. ledley-2006) or a "
        "norm file; adds S_z, S_t, S_percentile and norm-based bands")(
        "norm-group", po::value(&t.norm_group_column)->value_name("COLUMN"),
        "the column that names each respondent's norm group (e.g. sex: male/female)")(
        "standardize", po::value(&a.standardize)->value_name("sample"),
        "add S_sample_z: z-scores within this input (reads the input twice)")(
        "strict", po::bool_switch(&t.strict),
        "stop with exit code 2 at the first row that cannot be scored");
    po::options_description output("Output");
    output.add_options()(
        "output,o", po::value(&a.output)->value_name("FILE"),
        "write here instead of standard output; the file appears only when complete")(
        "format", po::value(&a.format)->value_name("csv|jsonl|json|report|sav"),
        "output format; by default from the output's extension (.jsonl, .json, .sav), else csv")(
        "output-delimiter", po::value(&a.output_delimiter)->value_name("comma|semicolon|tab"),
        "the column separator of CSV output (default comma)")(
        "keep", po::value(&a.keep)->composing()->value_name("COL,..."),
        "carry these input columns to the output (e.g. age,sex)")(
        "keep-all", po::bool_switch(&t.keep_all), "carry every input column that is not an answer")(
        "interpretations", po::bool_switch(&t.interpretations),
        "CSV: add each band's text, the profile and the disclaimer")(
        "digits", po::value(&t.digits)->value_name("N"),
        "CSV: round every number to N decimals (default: every digit)")(
        "quality", po::bool_switch(&t.quality),
        "add each respondent's careless-response indices (longstring, irv, evenodd, "
        "reverse_inconsistency) and a careless flag with its reasons; see 'attachscore stats'")(
        "lang", po::value(&a.lang)->value_name("CODE"), "language of labels and texts: en or es")(
        "wording", po::value(&a.wording)->value_name("FILE"),
        "the items' wording (item,text) from the published source: reports list the items left "
        "blank with their wording")(
        "respondent", po::value(&t.respondent)->value_name("ID"),
        "print a readable report for the row with this id (needs --id-column)")(
        "answers", po::value(&a.answers)->composing()->value_name("A,B,..."),
        "score one person's answers given here, in item order, and print a report")(
        "hints-by", po::value(&t.hints_by)->value_name("COLUMN"),
        "say where problems sit by this column's values (e.g. Site in a multi-site study)")(
        "no-formula-protection", po::bool_switch(&a.no_formula_protection),
        "write ids and kept text exactly as read, even when a spreadsheet would run it as a "
        "formula")("quiet", po::bool_switch(&a.quiet),
                   "no progress display (shown on a terminal when scoring takes over a second)");
    add_mode_option(output, a);
    po::options_description general("General");
    add_common(general, a.common);
    po::options_description all("Options");
    all.add(input).add(scoring).add(output).add(general);
    return all;
}

void add_score_positionals(po::options_description& all, score_args& a) {
    po::options_description hidden;
    hidden.add_options()("id", po::value(&a.id))("input", po::value(&a.input));
    all.add(hidden);
}

}  // namespace attachscore::cli
