/// @file table.hpp
/// @brief Scores a CSV table of respondents, streaming: one output row for every input row.
#pragma once

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore {

/// csv, JSON Lines, one JSON document, or a readable report for people (one block per respondent).
enum class output_format { csv, jsonl, json, report };

struct table_options {
    std::string input_name = "<stdin>";  ///< names the input in messages
    std::string id_column;               ///< carried to the output; empty for none
    std::string column_pattern;  ///< e.g. "Q{n}"; empty to detect one of the common patterns
    std::vector<std::string> missing_codes;  ///< cell values that mean "not answered"
    output_format format = output_format::csv;
    std::string language = "en";      ///< for band labels and texts in JSON output
    scoring_options scoring;          ///< e.g. the response scale actually administered
    bool interpretations = false;     ///< CSV: add band texts, the profile and the disclaimer
    const norm_set* norms = nullptr;  ///< a norm set to compare scores with (z, T, percentile)
    std::string norm_group_column;    ///< the column naming each row's norm group (e.g. sex)
    bool standardize_sample = false;  ///< add z-scores within this input; the input is read twice
    std::string respondent;  ///< only the row whose id (see id_column) is this; for the report view
    char delimiter = 0;      ///< ',', ';' or '\t'; 0 detects it from the header line
    bool strict = false;     ///< stop at the first row that cannot be scored, with an error
    std::vector<std::string> keep;  ///< input columns carried to the output (e.g. age, sex)
    bool keep_all = false;          ///< carry every input column that is not an answer
    /// Text from the input that a spreadsheet would run as a formula (starting with =, +, -, @, tab
    /// or CR, and not a number) is written with a leading apostrophe in CSV output.
    bool protect_formulas = true;
    std::string hints_by;  ///< a column (e.g. Site) by which hints say where a problem sits
    /// Answers written as words, mapped to numbers (from a --recode file), besides the
    /// instrument's own anchor labels ("Strongly agree" → 7), matched ignoring case and spacing.
    std::vector<std::pair<std::string, double>> recode;
};

struct table_summary {
    std::size_t rows = 0;
    std::size_t rows_valid = 0;
    std::string column_pattern;                   ///< the pattern used
    std::map<std::string, std::size_t> problems;  ///< rows affected, by kind of problem
    std::vector<std::string> notes;     ///< how the input was read (delimiter, Qualtrics rows)
    std::vector<std::string> warnings;  ///< e.g. duplicate respondent ids
    std::vector<std::string> hints;     ///< signs of a mistaken administration or export
};

/// Reads a CSV with a header row from `in` and writes one result row per data row to `out`, in
/// input order. Problems of single rows go into that row's status; problems that make the whole
/// input unusable (no header, columns not found, an unclosed quote) are returned as diagnostics,
/// and then what was written to `out` must be discarded.
[[nodiscard]] result<table_summary> score_table(const instrument& inst, std::istream& in,
                                                std::ostream& out, const table_options& options);

/// Reads a norm file (`{"format": 1, "instrument": "raas", "norms": [...]}`) for an instrument;
/// every problem is reported, as for instrument files.
[[nodiscard]] result<std::vector<norm_set>> load_norm_file(const instrument& inst,
                                                           const std::filesystem::path& path);

/// Reads a norm file (`{"format": 1, "instrument": "raas", "norms": [...]}`) for an instrument;
/// every problem is reported, as for instrument files.
[[nodiscard]] result<std::vector<norm_set>> load_norm_file(const instrument& inst,
                                                           const std::filesystem::path& path);

/// Reads a recode file: a CSV with a header row and two columns, the answer as written and the
/// number it stands for ("Somewhat agree,5"). Every problem is reported with its line.
[[nodiscard]] result<std::vector<std::pair<std::string, double>>> load_recode_file(
    const std::filesystem::path& path);

/// Scores several instruments from one CSV: each reads the same input (so it must be seekable) and
/// the CSV outputs are joined side by side, row for row. The id and kept columns come once; every
/// other column is prefixed by its instrument's id ("rq.secure", "ecr-r.status"). CSV output only.
/// `column_patterns[i]` is instrument i's pattern (empty: detected).
[[nodiscard]] result<std::vector<table_summary>> score_tables(
    std::span<const instrument* const> insts, std::istream& in, std::ostream& out,
    const table_options& options, std::span<const std::string> column_patterns);

/// Writes a scored CSV table (score_table's output) as an SPSS .sav file with ReadStat: numbers as
/// numeric variables, variable labels such as "ECR-R Attachment anxiety (mean, 1–7)", and category
/// columns as numeric codes with value labels. Returns the problems, empty on success.
[[nodiscard]] diagnostics write_sav(const instrument& inst, const std::string& csv_text,
                                    std::ostream& out);

/// Whether a path names an SPSS (.sav, .zsav, .por), Stata (.dta) or SAS (.sas7bdat, .xpt) file.
[[nodiscard]] bool is_stat_file(const std::filesystem::path& path);

/// Reads such a file with ReadStat as CSV text for score_table: variable names as the header, the
/// stored values (never the value labels), every kind of missing value as a blank cell.
[[nodiscard]] result<std::string> read_stat_file(const std::filesystem::path& path);

/// The column-name patterns tried, in order, when table_options::column_pattern is empty.
[[nodiscard]] std::vector<std::string> candidate_patterns(const instrument& inst);

}  // namespace attachscore
