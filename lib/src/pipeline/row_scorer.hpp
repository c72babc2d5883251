// One data row after another: its cells read as answers, scored, and every problem said in a
// sentence that names the line, the column and the value. Keeps its buffers between rows.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/scorer.hpp"
#include "attachscore/table.hpp"
#include "input/answer_cells.hpp"
#include "input/column_mapping.hpp"
#include "input/row_view.hpp"
#include "texts/row_words.hpp"

namespace attachscore::detail {

class row_scorer {
  public:
    /// `delimiter` is the input's: decimal commas are read when it is not a comma (or always
    /// with decimal_mark::comma).
    row_scorer(const instrument& inst, const table_options& options,
               const std::vector<std::string>& header, const column_mapping& mapping,
               std::optional<std::size_t> group_column, char delimiter);

    /// Scores a row into result(), ids, group and the reasons it is not valid (empty when it
    /// is). The ids are views into the row's text.
    void score(const row_view& row);
    /// Only reads a row: ids, answers() and unreadable(); a row with the wrong number of values
    /// has every answer unreadable and its reason in reasons().
    void read(const row_view& row);
    /// The answer positions whose cell could not be read (text where a number belongs).
    [[nodiscard]] std::span<const std::size_t> unreadable() const noexcept { return unreadable_; }

    [[nodiscard]] const scorer& sc() const noexcept { return sc_; }
    [[nodiscard]] const respondent_scores& result() const noexcept { return result_; }
    [[nodiscard]] std::span<const double> answers() const noexcept { return answers_; }
    /// Every item blank (and nothing unreadable).
    [[nodiscard]] bool empty() const noexcept { return blank_ == answers_.size(); }
    [[nodiscard]] std::span<const std::string_view> ids() const noexcept { return ids_; }
    [[nodiscard]] const std::string& id() const noexcept { return id_; }  ///< joined by "/"
    [[nodiscard]] const norm_group* group() const noexcept { return group_; }
    /// In the output's language (table_options::language), for the row's status.
    [[nodiscard]] const std::vector<std::string>& reasons() const noexcept { return reasons_; }
    /// The same in English, for the messages of the command line and the library.
    [[nodiscard]] const std::vector<std::string>& english_reasons() const noexcept {
        return english_ ? reasons_ : reasons_en_;
    }
    /// The kinds of problem of this row, sorted, each once.
    [[nodiscard]] std::vector<row_problem> kinds() const;
    [[nodiscard]] bool read_decimal_comma() const noexcept { return decimal_comma_seen_; }
    /// Forgets the words seen so far (the first pass reads rows that the second reads again).
    void forget_words() { words_.clear(); }
    /// Whether a decimal comma was read, and the words seen, from another scorer of the same
    /// input (a worker thread's), after this one's.
    void merge_from(const row_scorer& other);
    /// Words seen where answers belong, with counts (at most max_words kept).
    [[nodiscard]] const std::map<std::string, std::size_t, std::less<>>& words() const noexcept {
        return words_;
    }

  private:
    void read_answers(const row_view& row);
    [[nodiscard]] bool read_number(std::string_view cell, double& v);
    void note_word(std::string_view cell, std::size_t count = 1);
    void describe_problems();
    /// Words the reason in the output's language and counts its kind.
    void add_reason(const row_reason& r);
    void find_group(const row_view& row, std::size_t fields);

    const instrument& inst_;
    const table_options& options_;
    const std::vector<std::string>& header_;
    const column_mapping& mapping_;
    std::optional<std::size_t> group_column_;
    bool decimal_commas_;
    scorer sc_;
    respondent_scores result_;
    missing_codes codes_;
    label_reader labels_;
    std::string scale_;
    std::vector<std::optional<choice_reader>> choice_readers_;
    std::vector<double> answers_;
    std::vector<std::size_t> unreadable_;
    std::vector<std::size_t> all_slots_;
    std::size_t blank_ = 0;
    std::vector<std::string_view> ids_;
    std::string id_;
    const norm_group* group_ = nullptr;
    std::vector<std::string> reasons_;
    std::vector<std::string> reasons_en_;  ///< when the output's language is not English
    bool english_ = true;
    std::vector<row_problem> kinds_;
    bool decimal_comma_seen_ = false;
    std::map<std::string, std::size_t, std::less<>> words_;
};

}  // namespace attachscore::detail
