/// @file administration.hpp
/// @brief Giving a questionnaire one item at a time — in a terminal (`attachscore take`) or any
/// other front end: the current question with its wording and answer keys, answer, skip, back;
/// then the answers, scored like any others, and saved as a row that `attachscore score` reads.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attachscore/instrument.hpp"

namespace attachscore {

/// One question as a person sees it.
struct question {
    std::size_t slot = 0;    ///< the answer's position (scorer::score order)
    std::size_t number = 0;  ///< 1 for the first question, up to administration::size()
    int item = 0;            ///< the item number
    std::string target;      ///< who the item is about (ECR-RS: "your mother"), or empty
    std::string text;        ///< the wording, or empty when no wording was supplied
    /// The answers: the key to type and its label (an anchor label, or empty between anchors).
    std::vector<std::pair<std::string, std::string>> options;
};

/// Thread safety: one person's session, used by one thread at a time. The instrument (with its
/// wording, see apply_wording) must outlive it.
class ATTACHSCORE_API administration {
  public:
    administration(const instrument& inst, std::string language);

    [[nodiscard]] std::size_t size() const noexcept { return answers_.size(); }
    [[nodiscard]] std::size_t position() const noexcept { return position_; }
    [[nodiscard]] bool finished() const noexcept { return position_ >= answers_.size(); }
    /// The current question (finished() must be false).
    [[nodiscard]] question current() const;
    /// Records the answer typed for the current question and moves on: one of its option keys (a
    /// number on the scale, or a choice's letter). Empty when accepted; else why not, and the
    /// question stays.
    [[nodiscard]] std::string answer(std::string_view key);
    /// Leaves the current question unanswered and moves on.
    void skip();
    /// Back to the previous question (its answer kept until replaced); false at the first.
    bool back();
    /// One per question, in scorer order; attachscore::missing where not answered.
    [[nodiscard]] std::span<const double> answers() const noexcept { return answers_; }

  private:
    const instrument& inst_;
    std::string language_;
    std::vector<double> answers_;
    std::size_t position_ = 0;
};

/// The header of a CSV of answers that `attachscore score ID FILE --id-column id` reads: id, then
/// Q1… (or target_1… for an instrument answered about several people).
[[nodiscard]] ATTACHSCORE_API std::string answers_csv_header(const instrument& inst);
/// One row of that CSV (the id quoted as CSV needs; blank cells for unanswered questions).
/// Throws std::invalid_argument when answers.size() != inst.answer_count().
[[nodiscard]] ATTACHSCORE_API std::string answers_csv_row(const instrument& inst,
                                                          std::string_view id,
                                                          std::span<const double> answers);

/// Why answers cannot be added to `path` (it holds other columns than answers_csv_header), or
/// empty when they can (or the file does not exist yet).
[[nodiscard]] ATTACHSCORE_API std::string answers_file_problem(const std::filesystem::path& path,
                                                               const instrument& inst);
/// Appends one row of answers to `path`, creating it (readable by its owner only) with its
/// header. The row goes in one write, so rows added at once by several threads or programs never
/// interleave. Empty on success, else why not.
/// Thread safety: calls may run at once, on the same file too.
[[nodiscard]] ATTACHSCORE_API std::string append_answers(const std::filesystem::path& path,
                                                         const instrument& inst,
                                                         std::string_view id,
                                                         std::span<const double> answers);

}  // namespace attachscore
