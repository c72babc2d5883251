/// @file table.hpp
/// @brief Scores a CSV table of respondents, streaming: one output row for every input row.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "attachscore/cell_table.hpp"
#include "attachscore/findings.hpp"
#include "attachscore/instrument.hpp"
#include "attachscore/output_columns.hpp"
#include "attachscore/result.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore {

/// csv, JSON Lines, one JSON document, or a readable report for people (one block per respondent).
enum class output_format { csv, jsonl, json, report };

/// How the text of an export is encoded; Latin-1 and Windows-1252 are converted to UTF-8.
enum class text_encoding { utf8, latin1, windows1252 };

/// The decimal separator of numbers in the input. automatic: decimal commas ("3,5") are read when
/// the columns are not separated by commas (as European spreadsheets write them).
enum class decimal_mark { automatic, point, comma };

/// How far score_table has come, for a progress display. Unless the output can be discarded
/// (table_options::output_discardable), the input is read twice: first to check the data against
/// the definition, then to score and write.
struct table_progress {
    bool checking = false;         ///< the first pass (checks); false: scoring and writing
    std::uint64_t bytes_read = 0;  ///< of the input, in this pass
    std::size_t rows = 0;          ///< data rows read in this pass
};

/// How the rows are read and matched to the items: the source stage.
struct input_options {
    std::string input_name = "<stdin>";  ///< names the input in messages
    /// The respondent id, carried to the output; several columns separated by commas make a
    /// composite id (record_id,redcap_event_name). Empty for none.
    std::string id_column;
    std::string column_pattern;  ///< e.g. "Q{n}"; empty to detect one of the common patterns
    /// The order the items were given in, when the columns do not follow the instrument's own
    /// numbering: the id of one of instrument::other_orders ("interleaved"), whose position p the
    /// pattern's number p names. The instrument's own order id (instrument::item_order) confirms
    /// its numbering, and the item-order check then gives a hint instead of stopping.
    std::string item_order;
    /// The column of each answer in the instrument's numbering (item 1 first; with targets, one
    /// target after another), instead of column_pattern.
    std::vector<std::string> item_columns;
    std::vector<std::string> missing_codes;  ///< cell values that mean "not answered"
    char delimiter = 0;  ///< ',', ';' or '\t'; 0 detects it from the header line
    text_encoding encoding = text_encoding::utf8;
    decimal_mark decimal = decimal_mark::automatic;
    /// Answers written as words, mapped to numbers (from a --recode file), besides the
    /// instrument's own anchor labels ("Strongly agree" → 7), matched ignoring case and spacing.
    std::vector<std::pair<std::string, double>> recode;
    std::vector<std::string> keep;  ///< input columns carried to the output (e.g. age, sex)
    bool keep_all = false;          ///< carry every input column that is not an answer
    /// Rows whose every item is blank (REDCap events not yet filled) are left out and counted.
    bool skip_empty = false;
    std::string respondent;  ///< only the row whose id (see id_column) is this; for the report view
    /// A stream that cannot be read twice is checked on its first part: this many bytes of rows.
    std::size_t check_bytes = std::size_t{8} << 20;
};

/// What the whole-table checks take into account: the check stage.
struct audit_options {
    /// Score the reverse-keyed items as the instrument declares them even when the data say they
    /// were already reversed (the check then gives a hint instead of stopping).
    bool keys_as_declared = false;
    std::string hints_by;  ///< a column (e.g. Site) by which hints say where a problem sits
    /// Stop when text carried to the output (ids, kept columns) is not valid UTF-8 (JSON and
    /// JSON Lines always do; SPSS output needs it).
    bool require_utf8 = false;
};

/// What is worked out for each row: the scoring stage.
struct compute_options {
    scoring_options scoring;          ///< e.g. the response scale actually administered
    const norm_set* norms = nullptr;  ///< a norm set to compare scores with (z, T, percentile)
    std::string norm_group_column;    ///< the column naming each row's norm group (e.g. sex)
    bool standardize_sample = false;  ///< add z-scores within this input; the input is read twice
    /// CSV, JSON, JSON Lines, SPSS: add each respondent's careless-response indices and flag
    /// (screen_respondent in stats.hpp).
    bool quality = false;
    bool strict = false;  ///< stop at the first row that cannot be scored, with an error
};

/// How the output is written: the sinks.
struct write_options {
    output_format format = output_format::csv;
    std::string language = "en";   ///< for band labels and texts in JSON output
    bool interpretations = false;  ///< CSV: add band texts, the profile and the disclaimer
    /// CSV: decimals of every number (rounded); −1 writes every digit needed to read the exact
    /// double back.
    int digits = -1;
    /// Text from the input that a spreadsheet would run as a formula (starting with =, +, -, @, tab
    /// or CR, and not a number) is written with a leading apostrophe in CSV output.
    bool protect_formulas = true;
    char output_delimiter = ',';  ///< CSV output: ',', ';' or '\t'
    char output_decimal = '.';    ///< CSV output: '.' or ',' (then the delimiter cannot be ',')
    /// Reports: lines are wrapped to at most this many columns.
    std::size_t report_width = 80;
};

/// How a call runs: threads, progress, whether its output may be thrown away, and how
/// its messages name the options.
struct run_options {
    /// The caller throws the output away when score_table returns errors (it writes to a
    /// temporary file and renames it only on success). Then the input is read once: the checks of
    /// the whole input run while the rows are written, and a finding that stops the run still
    /// stops it, with nothing kept. Otherwise the input is checked before the first row is written.
    bool output_discardable = false;
    /// Threads that parse, score and format rows beside the one reading (0: one per hardware
    /// thread). Small inputs are scored on the calling thread alone. Output order and results
    /// never depend on it.
    std::size_t threads = 0;
    /// Called on the calling thread every few thousand rows.
    std::function<void(const table_progress&)> progress;
    /// How messages name these options (the command line's flags, a binding's arguments); null:
    /// the library's own words (plain_option_words). Must outlive the call.
    const option_words* words = nullptr;
};

/// Every stage's options, as score_table and the other calls that read a table take them. Each
/// stage's code takes its own part (the source an input_options, the checks an audit_options, …),
/// so that a field is read by the stage it belongs to.
struct table_options : input_options, audit_options, compute_options, write_options, run_options {};

/// Why a row cannot be scored, as table_summary::problem_counts counts them.
enum class row_problem : std::uint8_t {
    wrong_value_count = 1,  ///< another number of values than the header has columns
    not_a_number,           ///< text where a number belongs
    not_a_choice,           ///< an answer that is not one of a choice item's options
    outside_scale,
    not_whole_number,
    too_few_answered,
    no_norm_group,  ///< the norm-group column names no group of the norms
};

/// The kind of problem as a phrase ("an answer outside the scale"), in "en" or "es".
[[nodiscard]] ATTACHSCORE_API std::string row_problem_text(row_problem problem,
                                                           std::string_view language = "en");

struct table_summary {
    std::size_t rows = 0;
    std::size_t rows_valid = 0;
    std::string column_pattern;                         ///< the pattern used
    std::map<std::string, std::size_t> problems;        ///< rows affected, by row_problem_text (en)
    std::map<row_problem, std::size_t> problem_counts;  ///< the same, by code
    std::vector<std::string> notes;     ///< how the input was read (delimiter, Qualtrics rows)
    std::vector<std::string> warnings;  ///< e.g. duplicate respondent ids
    std::vector<std::string> hints;     ///< signs of a mistaken administration or export
    /// The same hints as data, for a program that counts or words them (findings.hpp).
    std::vector<finding> findings;
    std::vector<std::string> first_problems;  ///< the first rows not valid: "line 3: Q5 = …"
    /// Answers written as words that are neither numbers, anchor labels nor recoded, with how
    /// often each occurs; the most frequent first.
    std::vector<std::pair<std::string, std::size_t>> words;
    std::size_t skipped_empty = 0;  ///< rows left out by skip_empty
    /// The output's columns, as CSV and SPSS write them (JSON and reports nest the same values).
    std::vector<output_column> columns;
};

/// Reads a CSV with a header row from `in` and writes one result row per data row to `out`, in
/// input order. Problems of single rows go into that row's status; problems that make the whole
/// input unusable (no header, columns not found, an unclosed quote) are returned as diagnostics,
/// and then what was written to `out` must be discarded.
/// Thread safety: separate calls may run on separate threads at once; the call itself scores on
/// table_options::threads worker threads and calls `progress` on the calling thread.
[[nodiscard]] ATTACHSCORE_API result<table_summary> score_table(const instrument& inst,
                                                                table_input in, std::ostream& out,
                                                                const table_options& options);

/// Reads a norm file (`{"format": 1, "instrument": "raas", "norms": [...]}`) for an instrument;
/// every problem is reported, as for instrument files.
[[nodiscard]] ATTACHSCORE_API result<std::vector<norm_set>> load_norm_file(
    const instrument& inst, const std::filesystem::path& path);

/// Reads a recode file: a CSV whose header is `answer,value`, then one row per answer as written
/// and the number it stands for ("Somewhat agree,5"). Every problem is reported with its line.
[[nodiscard]] ATTACHSCORE_API result<std::vector<std::pair<std::string, double>>> load_recode_file(
    const std::filesystem::path& path);

/// Every distinct answer written as a word in the instrument's item columns that is neither a
/// number, a missing-value code, an anchor label nor recoded, with its count, most frequent first:
/// what a recode file must map.
[[nodiscard]] ATTACHSCORE_API result<std::vector<std::pair<std::string, std::size_t>>>
find_answer_words(const instrument& inst, table_input in, const table_options& options);

/// A recode file to fill in: the header answer,value and one line per word with an empty value.
[[nodiscard]] ATTACHSCORE_API std::string recode_template(
    const std::vector<std::pair<std::string, std::size_t>>& words);

/// Scores several instruments from one CSV: each reads the same input (so it must be seekable) and
/// the CSV outputs are joined side by side, row for row. The id and kept columns come once; every
/// other column is prefixed by its instrument's id ("rq.secure", "ecr-r.status"). CSV output only.
/// `column_patterns[i]` is instrument i's pattern (empty: detected).
[[nodiscard]] ATTACHSCORE_API result<std::vector<table_summary>> score_tables(
    std::span<const instrument* const> insts, table_input in, std::ostream& out,
    const table_options& options, std::span<const std::string> column_patterns);

/// Writes a scored table — score_table's or score_tables' CSV output, with the default comma and
/// decimal point — as an SPSS .sav file with ReadStat. `scored` is read twice (types and widths,
/// then the rows), so it must be seekable (a file); memory stays bounded. Scores are numeric
/// variables with labels such as "ECR-R Attachment anxiety (mean, 1–7)"; bands, categories,
/// choices and near-boundary flags are numeric codes with value labels taken from the instrument
/// (and the norm set), so a code means the same in every file (see docs/cli.md). Returns the
/// problems, empty on success.
/// A variable's labels in an SPSS, Stata or SAS file: its variable label and, for a numeric
/// variable, its value labels.
struct stat_labels {
    std::string label;
    std::vector<std::pair<double, std::string>> values;
};

struct sav_options {
    /// What each column of the table is: table_summary::columns of the run that wrote it, or
    /// joined_columns for several instruments. Every variable's type, label and codes come from
    /// it, and the table's header must name the same columns.
    std::vector<output_column> columns;
    std::string language = "en";      ///< of the band labels in the table
    const norm_set* norms = nullptr;  ///< the norm set the table was scored with, if any
    /// The scale the answers were given on, when it differs from the published one: the score
    /// labels give the range on it.
    std::optional<scale_bounds> administered_scale;
    /// Columns that are text whatever they hold (the ids always are: "007" must not become 7),
    /// matched ignoring case and surrounding spaces.
    std::vector<std::string> text_columns;
    /// Cells that meant "not answered" in the input (table_options::missing_codes): in a column
    /// carried from the input they are SPSS's missing value, so that "NA" does not turn age
    /// into text.
    std::vector<std::string> missing_codes;
    /// The labels of the input file's variables (read_stat_labels), by column name: a column
    /// carried from the input keeps them.
    std::map<std::string, stat_labels> input_labels;
    /// How messages name the options (the command line's flags); null: the library's words.
    const option_words* words = nullptr;
};
[[nodiscard]] ATTACHSCORE_API diagnostics write_sav(std::span<const instrument* const> insts,
                                                    std::istream& scored, std::ostream& out,
                                                    const sav_options& options = {});

/// Whether a path names an SPSS (.sav, .zsav, .por), Stata (.dta) or SAS (.sas7bdat, .xpt) file.
[[nodiscard]] ATTACHSCORE_API bool is_stat_file(const std::filesystem::path& path);

/// Reads such a file with ReadStat into cells for score_table and the other readers of a table:
/// variable names as the header, the stored values (never the value labels; numbers written with
/// every digit needed to read them back), every kind of missing value as a blank cell.
[[nodiscard]] ATTACHSCORE_API result<cell_table> read_stat_file(const std::filesystem::path& path);

/// The variable and value labels of such a file, by variable name (empty for a CSV file).
[[nodiscard]] ATTACHSCORE_API result<std::map<std::string, stat_labels>> read_stat_labels(
    const std::filesystem::path& path);

/// The column-name patterns tried, in order, when table_options::column_pattern is empty.
[[nodiscard]] ATTACHSCORE_API std::vector<std::string> candidate_patterns(const instrument& inst);

}  // namespace attachscore
