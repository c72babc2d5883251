/// @file scorer.hpp
/// @brief An instrument compiled for scoring one respondent after another without allocating.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/instrument.hpp"

namespace attachscore {

/// The value that marks an unanswered item in the answers passed to scorer::score.
inline constexpr double missing = std::numeric_limits<double>::quiet_NaN();

/// The lowest and highest answer of a response scale.
struct scale_bounds {
    int min = 1;
    int max = 7;
};

struct scoring_options {
    /// The response scale actually administered, when it differs from the published one (the
    /// openpsychometrics ECR used 1–5 instead of 1–7). Reverse keys and range checks use it; bands
    /// defined on the published scale no longer apply.
    std::optional<scale_bounds> administered_scale;
    /// Category rules offered as options (e.g. "midpoint", "collins") to compute as well.
    std::vector<std::string> classify;
    /// Whether the rules that are on by default (an instrument's published scoring) are computed.
    bool default_categories = true;
    /// Items whose column already holds the reversed answer (min + max − x), as some survey
    /// exports deliver reverse-keyed items: a score that reverses such an item takes the column
    /// as it is, and a score that uses it unreversed reverses it back. Item numbers.
    std::vector<int> already_reversed;
};

/// The items that some score of the instrument reverses, in item order: what
/// scoring_options::already_reversed names when an export reversed "all" of them.
[[nodiscard]] ATTACHSCORE_API std::vector<int> reverse_keyed_items(const instrument& inst);

enum class score_status : std::uint8_t {
    valid,
    too_few_answered,  ///< fewer answered items (or valid inputs) than the score's minimum
    invalid_answers    ///< the respondent gave an answer that is not on the scale
};

struct score_value {
    double value = missing;  ///< NaN unless status is valid
    int answered = 0;        ///< items answered; for a derived score, its valid inputs
    score_status status = score_status::valid;
};

enum class answer_problem_kind : std::uint8_t {
    outside_scale,
    not_whole_number,
    not_a_choice,
    unreadable  ///< the caller could not read the answer at all (text where a number belongs)
};

/// An answer that cannot be scored: never clamped, never ignored.
struct answer_problem {
    std::size_t slot = 0;  ///< position in the answers (see scorer::score)
    double value = 0;
    answer_problem_kind kind = answer_problem_kind::outside_scale;
};

/// The result of a category rule: a winner, a tie the data cannot settle, or not valid.
struct category_value {
    bool valid = false;  ///< false when an input score is not valid, or the rule does not apply
    bool not_applied = false;  ///< defined on the published scale, which the data did not use
    int winner = -1;  ///< index into the rule's scores, functions or cells; −1: tie or unclassified
    std::uint32_t tied = 0;          ///< highest, with a tie: a bit for each tied candidate
    bool settled_by_choice = false;  ///< a tie was broken by the tie-break choice
    bool unclassified = false;       ///< quadrants: a value lies exactly on a cut
    double margin = 0;               ///< distance to the nearest other category, in score units
    bool near_boundary = false;      ///< margin below the rule's near_boundary
};

/// One respondent's results, reused across respondents.
/// Thread safety: one thread at a time; give each thread its own (scorer::make_result).
class ATTACHSCORE_API respondent_scores {
  public:
    /// In the order of instrument::scores.
    [[nodiscard]] std::span<const score_value> scores() const noexcept { return scores_; }
    [[nodiscard]] std::span<const answer_problem> problems() const noexcept { return problems_; }
    /// For each choice slot (scorer::choice_slots), the option chosen (index) or −1.
    [[nodiscard]] std::span<const int> choices() const noexcept { return choices_; }
    /// In the order of instrument::categories.
    [[nodiscard]] std::span<const category_value> categories() const noexcept {
        return categories_;
    }
    /// True when every score is valid.
    [[nodiscard]] bool all_valid() const noexcept;

  private:
    friend class scorer;
    std::vector<score_value> scores_;
    std::vector<answer_problem> problems_;
    std::vector<int> choices_;
    std::vector<category_value> categories_;
};

/// Thread safety: immutable once constructed; any number of threads may score with one scorer
/// at once, each into its own respondent_scores.
class ATTACHSCORE_API scorer {
  public:
    /// Compiles the instrument; the scorer keeps its own copy, so the argument may go away.
    /// Throws std::invalid_argument when the instrument is inconsistent (a loaded one never is).
    explicit scorer(instrument inst, scoring_options options = {});

    [[nodiscard]] const attachscore::instrument& definition() const noexcept { return inst_; }
    /// The scale answers are checked and reversed on: the administered one when given.
    [[nodiscard]] const response_scale& scale() const noexcept { return scale_; }
    [[nodiscard]] bool scale_overridden() const noexcept { return overridden_; }
    /// Whether score `score`'s bands apply: always on the published scale; on another
    /// administered scale when they are positions on the scale (instrument::bands_relative), then
    /// moved to that scale's own thirds or middle in definition(); never for published cut-offs.
    [[nodiscard]] bool bands_apply(std::size_t score) const noexcept {
        return !overridden_ || bands_moved_[score];
    }
    /// The same for the profile's cuts.
    [[nodiscard]] bool profile_applies() const noexcept { return !overridden_ || profile_moved_; }
    /// Whether item `number`'s column holds already reversed answers (scoring_options).
    [[nodiscard]] bool already_reversed(int number) const noexcept;
    /// Whether an item enters a score reversed from its column: the instrument's keying, turned
    /// round for an already reversed column.
    [[nodiscard]] bool reverses(const keyed_item& k) const noexcept {
        return k.reverse != already_reversed(k.number);
    }

    /// How many answers one respondent has: items × targets. Answer `t × items + i` is item i
    /// (instrument::items order) about target t (instrument::targets order).
    [[nodiscard]] std::size_t answer_count() const noexcept { return inst_.answer_count(); }
    /// The answer positions that hold choice items, in the order of respondent_scores::choices.
    [[nodiscard]] std::span<const std::size_t> choice_slots() const noexcept {
        return choice_slots_;
    }
    /// The item an answer position belongs to.
    [[nodiscard]] const item& slot_item(std::size_t slot) const noexcept {
        return inst_.items[slot % inst_.items.size()];
    }

    /// Whether a category rule is computed under the options given (on by default, or asked for).
    [[nodiscard]] bool category_enabled(std::size_t rule) const noexcept { return enabled_[rule]; }

    /// A result sized for this instrument; pass it to score() again and again.
    [[nodiscard]] respondent_scores make_result() const;

    /// Scores one respondent from answer_count() answers (attachscore::missing for blanks; a
    /// choice item holds its option's code). Reverse keys use the scale (min + max − x), never the
    /// data. Any answer off the scale, or not an option, makes every score invalid_answers and
    /// is listed in problems(). Does not allocate when `out` came from make_result(). Throws
    /// std::invalid_argument when answers.size() != answer_count().
    void score(std::span<const double> answers, respondent_scores& out) const;

    /// The same, for a caller that could not read some answers (text in a number column): those
    /// positions are listed as `unreadable` problems and void the respondent like any other.
    void score(std::span<const double> answers, respondent_scores& out,
               std::span<const std::size_t> unreadable) const;

    /// Convenience form that allocates its result.
    [[nodiscard]] respondent_scores score(std::span<const double> answers) const;

  private:
    struct term {
        std::uint32_t slot;
        double sign;    ///< −1 when the item is reversed, else 1
        double offset;  ///< min + max when reversed, else 0
    };
    struct input {
        std::uint32_t score;
        double weight;
    };
    struct compiled_score {
        std::uint32_t first;  ///< into terms_ (item score) or inputs_ (derived)
        std::uint32_t count;
        std::uint32_t min_answered;
        aggregation aggregate;
        bool derived;
    };
    struct compiled_category {
        std::vector<std::uint32_t> candidates;  ///< highest: score indices
        std::vector<int> choice_to_candidate;   ///< for each option of the tie-break choice
        int choice = -1;                        ///< index into choice_slots_, or −1
        std::vector<std::uint32_t> inputs;      ///< linear and quadrants: score indices
    };
    void classify(std::size_t rule, respondent_scores& out) const;

    attachscore::instrument inst_;
    response_scale scale_;
    bool overridden_ = false;
    std::vector<term> terms_;
    std::vector<input> inputs_;
    std::vector<compiled_score> scores_;
    std::vector<std::size_t> choice_slots_;
    std::vector<compiled_category> categories_;
    std::vector<bool> enabled_;
    std::vector<int> already_reversed_;  ///< sorted item numbers
    std::vector<bool> bands_moved_;      ///< per score, on another administered scale
    std::vector<bool> categories_moved_;
    bool profile_moved_ = false;
};

/// Why a score is not valid, e.g. "7 of 18 answered; at least 15 needed". Empty when valid.
[[nodiscard]] ATTACHSCORE_API std::string explain(const score_value& value,
                                                  const score_definition& def);
/// The same in "en" or "es" ("7 de 18 ítems respondidos; se necesitan al menos 15").
[[nodiscard]] ATTACHSCORE_API std::string explain(const score_value& value,
                                                  const score_definition& def,
                                                  std::string_view language);

/// A category as text: the winner ("secure"), "tie:fearful+preoccupied", "unclassified", or empty
/// when not valid.
[[nodiscard]] ATTACHSCORE_API std::string category_text(const category_value& value,
                                                        const category_rule& rule);

}  // namespace attachscore
