/// @file administration.hpp
/// @brief Giving a questionnaire one item at a time — in a terminal (`attachscore take`) or any
/// other front end: the current question with its wording and answer keys, answer, skip, back;
/// then the answers, scored like any others, and saved as a row that `attachscore score` reads.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/result.hpp"

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
    /// Records the answer typed for the current question and moves on: one of its option keys
    /// exactly as question::options shows it (a number on the scale, or a choice's letter, in
    /// either case), spaces around it aside: "4", not "4.0" or "04". Empty when accepted; else
    /// why not, in the administration's language, and the question stays.
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

/// The sentences of giving a questionnaire item by item (attachscore take's), in the order of
/// the English and Spanish word lists; the values each fills are named in braces.
enum class take_message {
    intro_keys,            ///< {n}
    intro_lines,           ///< {n}
    no_wording,            ///< {cite} {template} {flag}
    question_heading,      ///< {i} {n} {name} {item}
    about,                 ///< {target}
    item_without_wording,  ///< {item}
    prompt,
    first_question,
    stopped,    ///< this person's answers are not saved
    saved,      ///< {file} {id}
    not_saved,  ///< {why}: the file cannot be kept, before anyone answers
    more,
    next_person,
    answer_choice,  ///< {keys}
    answer_scale,   ///< {min} {max}
    all_answered,
    row_not_saved,  ///< {why}: one person's answers (others may be saved already)
    count
};

/// One sentence in `language` ("es", else English) with its values filled in.
[[nodiscard]] ATTACHSCORE_API std::string take_text(
    take_message message, std::string_view language,
    std::initializer_list<std::pair<const char*, std::string>> values = {});

/// The header of a CSV of answers that `attachscore score ID FILE --id-column id` reads: id, then
/// Q1… (or target_1… for an instrument answered about several people).
[[nodiscard]] ATTACHSCORE_API std::string answers_csv_header(const instrument& inst);
/// One row of that CSV (the id quoted as CSV needs; blank cells for unanswered questions).
/// Throws std::invalid_argument when answers.size() != inst.answer_count().
[[nodiscard]] ATTACHSCORE_API std::string answers_csv_row(const instrument& inst,
                                                          std::string_view id,
                                                          std::span<const double> answers);

/// A CSV of answers that grows one respondent at a time (`take --save`, the class session's
/// `--save`), kept open from the start of a session to its end:
/// - opening it refuses what is not a regular file (a folder, a device such as /dev/zero, a FIFO)
///   at once, refuses a file with other columns, and creates a new file with its header there and
///   then, so that a folder that does not exist is said before anyone answers;
/// - the rows already in the file are read (a session restarted on it goes on from them), and a
///   last line without its newline gets one, so that the next row is never glued to it;
/// - each row goes in one write and is one whole line or nothing: after a failed write (a full
///   disk) the file is cut back to what it held.
/// Thread safety: one object, one thread at a time (the class session holds a lock).
class ATTACHSCORE_API answers_file {
  public:
    struct row {
        std::string id;
        std::vector<double> answers;  ///< attachscore::missing for blanks
    };
    /// The header is read as `attachscore score` reads it: a byte-order mark, CRLF line ends and
    /// the case of the names do not matter.
    [[nodiscard]] static result<answers_file> open(const std::filesystem::path& path,
                                                   const instrument& inst);
    answers_file(answers_file&& other) noexcept;
    answers_file& operator=(answers_file&& other) noexcept;
    answers_file(const answers_file&) = delete;
    answers_file& operator=(const answers_file&) = delete;
    ~answers_file();

    /// The rows the file held when it was opened, in order.
    [[nodiscard]] const std::vector<row>& rows() const noexcept { return rows_; }
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }
    /// Appends one row; empty on success, else why not (the file then holds what it held).
    [[nodiscard]] diagnostics append(std::string_view id, std::span<const double> answers);
    /// Replaces the rows after the header by `all` (a changed answer): written to a temporary file
    /// beside it and renamed over it, so that a failure leaves the file as it was.
    [[nodiscard]] diagnostics rewrite(const std::vector<row>& all);

  private:
    answers_file(const instrument& inst, std::filesystem::path path, int fd);
    const instrument* inst_;
    std::filesystem::path path_;
    int fd_ = -1;
    std::vector<row> rows_;
};

}  // namespace attachscore
