// attachscore score's options: declared for Boost.Program_options, then turned into the library's
// table_options, with a message for every value that does not fit.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "atomic_output.hpp"
#include "attachscore/attachscore.hpp"
#include "cli_support.hpp"

namespace attachscore::cli {

/// The options as typed.
struct score_args {
    std::string command = "score";  ///< the command these options belong to, for its messages
    common_options common;
    std::string id, input = "-", output, format, lang = "en", scale, norms, standardize;
    std::string delimiter, output_delimiter, decimal, encoding, recode, already_reversed, mode;
    std::string wording;  ///< --wording FILE: the report lists blank items with their wording
    std::optional<mode_t> file_mode;  ///< --mode, parsed
    std::vector<std::string> missing, classify, answers, keep, item_columns;
    bool no_formula_protection = false;
    bool quiet = false;  ///< no progress display
    table_options table;
};

/// How the input is read: --columns, --missing, --delimiter, --decimal, --encoding.
void add_reading_options(po::options_description& desc, score_args& a);
/// The options, and the positional ID and INPUT in `all`.
po::options_description score_option_list(score_args& a);
void add_score_positionals(po::options_description& all, score_args& a);

/// Fills a.table from the text options that need no instrument; prints the problem (as
/// `command`'s) and returns false when one does not fit.
[[nodiscard]] bool convert_score_args(score_args& a, std::string_view command = "score");
/// The rest, once the instrument is known (--already-reversed all, --norms ID).
[[nodiscard]] bool apply_instrument_args(score_args& a, const instrument& inst,
                                         std::vector<norm_set>& norm_file);

/// Reads --recode FILE into a.table.recode; false after printing its problems.
[[nodiscard]] bool load_recode(score_args& a);
/// How -o writes: --mode for a new file, and the input, which it must not overwrite.
/// Where output may go: never over a file the command reads (`flag` names the option).
[[nodiscard]] atomic_output::options output_options(const score_args& a, std::string flag = "-o");
/// --mode FILE permission bits for a new output file.
void add_mode_option(po::options_description& desc, score_args& a);

/// "a,b" "c" → a, b, c.
[[nodiscard]] std::vector<std::string> split_commas(const std::vector<std::string>& values);
/// Whether the output is an SPSS file (--format sav, or -o NAME.sav).
[[nodiscard]] bool wants_sav(const score_args& a);

}  // namespace attachscore::cli
