/// @file table_reader.hpp
/// @brief A table read row by row into answers, for an application that scores (and stores) the
/// rows itself instead of writing CSV: the reading score_table does, with the same column
/// mapping, answer words, missing codes and messages.
///
/// @code
///   std::ifstream in("export.csv");
///   attachscore::table_options options;
///   options.id_column = "id";
///   auto reader = attachscore::table_reader::open(inst, in, options);
///   if (!reader) { /* reader.errors(): every problem, with its place */ }
///   attachscore::scorer sc(inst, options.scoring);  // the administered scale, reversed columns
///   auto scores = sc.make_result();
///   while (const auto* row = reader.value().next()) {
///       sc.score(row->answers, scores, row->unreadable);
///       // row->id, row->line, row->kept, scores.scores() …
///   }
///   if (!reader.value().error().empty()) { /* the input broke off: a row, a quote … */ }
/// @endcode
///
/// Of table_options, the reader uses what says how to read: input_name, id_column,
/// column_pattern, missing_codes, recode, delimiter, decimal, encoding and keep/keep_all; and it
/// checks the rest against the instrument as score_table does. What says what to score or write
/// (scoring, respondent, strict, norms, format …) is the caller's to apply: build the scorer with
/// options.scoring.
///
/// Before the first row, open() runs the checks score_table runs over the whole input (another
/// administered scale, keys reversed in the export, items in another order, answers off the
/// scale …): a file is read through once, a stream's first options.check_bytes are held and read
/// again. A finding that stops score_table stops open() too, unless the caller asks for the
/// findings to decide itself (table_checks_mode::report; then findings() has them).
///
/// One reader belongs to one thread; the instrument and the stream must outlive it.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <filesystem>
#include <istream>
#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "attachscore/findings.hpp"
#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"
#include "attachscore/table.hpp"

namespace attachscore {

/// One data row as read. Its views stay valid until the reader's next call to next().
struct table_row {
    std::size_t line = 0;  ///< where the row starts in the input (1 is the header)
    std::string_view id;   ///< the id column's value (several joined by "/"); empty without one
    /// scorer::answer_count() answers in scorer order, attachscore::missing for blanks and
    /// missing codes; answers written as anchor labels or recoded words are numbers already.
    std::span<const double> answers;
    /// Answer positions whose cell could not be read (text where a number belongs): pass them
    /// to scorer::score so that the respondent is not scored as if they were blank.
    std::span<const std::size_t> unreadable;
    std::span<const std::string_view> kept;  ///< table_options::keep columns, in order
    /// Why the row cannot be read as a whole (a wrong number of values), else empty. Every
    /// answer of such a row is unreadable.
    std::string_view problem;
};

/// What table_reader::open does with the findings of the whole-table checks.
enum class table_checks_mode {
    stop,    ///< a finding that stops score_table makes open() fail with it (the default)
    report,  ///< every finding is kept in findings(); the caller decides
    /// The checks run as the rows are read, in one pass over the input: findings() is complete
    /// once next() has returned nullptr, and a caller that keeps nothing until then (a summary, a
    /// statistic) stops on a stop there, as compute_statistics does.
    alongside,
};

class ATTACHSCORE_API table_reader {
  public:
    /// Reads the header of a CSV table or a cell_table (delimiter, Qualtrics rows, encoding,
    /// column pattern and id as in table_options) and finds every item's column. All problems, or
    /// a reader. The stream or table must outlive the reader.
    [[nodiscard]] static result<table_reader> open(
        const instrument& inst, table_input in, const table_options& options = {},
        table_checks_mode checks = table_checks_mode::stop);
    /// The reader refers to the instrument: a temporary one would be gone before the first row.
    static result<table_reader> open(instrument&&, table_input, const table_options& = {},
                                     table_checks_mode = table_checks_mode::stop) = delete;
    /// The same for a file: CSV, or an SPSS, Stata or SAS file (is_stat_file) read with ReadStat.
    [[nodiscard]] static result<table_reader> open_file(
        const instrument& inst, const std::filesystem::path& path,
        const table_options& options = {}, table_checks_mode checks = table_checks_mode::stop);
    static result<table_reader> open_file(instrument&&, const std::filesystem::path&,
                                          const table_options& = {},
                                          table_checks_mode = table_checks_mode::stop) = delete;

    table_reader(table_reader&&) noexcept;
    table_reader& operator=(table_reader&&) noexcept;
    ~table_reader();

    /// The item column pattern found or given, e.g. "Q{n}".
    [[nodiscard]] const std::string& column_pattern() const noexcept;
    /// The names of the kept columns, in table_row::kept order.
    [[nodiscard]] std::span<const std::string> kept_names() const noexcept;
    /// What the whole-table checks found, stops first (with table_checks_mode::stop, only hints
    /// are left: a stop made open() fail; with alongside, only after the last row). Each
    /// finding's sentence: finding_text().
    [[nodiscard]] std::span<const finding> findings() const noexcept;
    /// The next row, or nullptr after the last one or when the input cannot be read on (then
    /// error() says where and why).
    [[nodiscard]] const table_row* next();
    [[nodiscard]] const diagnostics& error() const noexcept;
    /// With table_checks_mode::alongside: the current row's scores as the checks scored them
    /// (scorer(inst, options.scoring)), so that a caller need not score it again; else null.
    [[nodiscard]] const respondent_scores* scores() const noexcept;

  private:
    struct impl;
    explicit table_reader(std::unique_ptr<impl> state);
    std::unique_ptr<impl> impl_;
};

}  // namespace attachscore
