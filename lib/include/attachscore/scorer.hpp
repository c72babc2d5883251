/// @file scorer.hpp
/// @brief An instrument compiled for scoring one respondent after another without allocating.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "attachscore/instrument.hpp"

namespace attachscore {

/// The value that marks an unanswered item in the answers passed to scorer::score.
inline constexpr double missing = std::numeric_limits<double>::quiet_NaN();

enum class score_status : std::uint8_t {
    valid,
    too_few_answered,  ///< fewer answered items than the score's minimum
    invalid_answers    ///< the respondent gave an answer that is not on the scale
};

struct score_value {
    double value = missing;  ///< NaN unless status is valid
    int answered = 0;        ///< items of this score with a usable answer
    score_status status = score_status::valid;
};

enum class answer_problem_kind : std::uint8_t { outside_scale, not_whole_number };

/// An answer that cannot be scored: never clamped, never ignored.
struct answer_problem {
    std::size_t item_index = 0;  ///< position in instrument::items
    double value = 0;
    answer_problem_kind kind = answer_problem_kind::outside_scale;
};

/// One respondent's scores, in the order of instrument::scores. Reused across respondents.
class respondent_scores {
  public:
    [[nodiscard]] std::span<const score_value> scores() const noexcept { return scores_; }
    [[nodiscard]] std::span<const answer_problem> problems() const noexcept { return problems_; }
    /// True when every score is valid.
    [[nodiscard]] bool all_valid() const noexcept;

  private:
    friend class scorer;
    std::vector<score_value> scores_;
    std::vector<answer_problem> problems_;
};

class scorer {
  public:
    /// Compiles the instrument; the scorer keeps its own copy, so the argument may go away.
    explicit scorer(instrument inst);

    [[nodiscard]] const attachscore::instrument& definition() const noexcept { return inst_; }
    [[nodiscard]] std::size_t item_count() const noexcept { return inst_.items.size(); }

    /// A result sized for this instrument; pass it to score() again and again.
    [[nodiscard]] respondent_scores make_result() const;

    /// Scores one respondent. `answers[i]` is the answer to definition().items[i], or
    /// attachscore::missing. Reverse keys use the declared scale (min + max − x), never the data.
    /// Any answer off the scale makes every score invalid_answers and is listed in problems().
    /// Does not allocate when `out` came from make_result(). Throws std::invalid_argument when
    /// answers.size() != item_count().
    void score(std::span<const double> answers, respondent_scores& out) const;

    /// Convenience form that allocates its result.
    [[nodiscard]] respondent_scores score(std::span<const double> answers) const;

  private:
    struct term {
        std::uint32_t item_index;
        bool reverse;
    };
    struct compiled_score {
        std::uint32_t first_term;
        std::uint32_t term_count;
        std::uint32_t min_answered;
        aggregation aggregate;
        missing_rule missing;
    };

    attachscore::instrument inst_;
    std::vector<term> terms_;
    std::vector<compiled_score> scores_;
};

/// Why a score is not valid, e.g. "7 of 18 answered; at least 15 needed". Empty when valid.
[[nodiscard]] std::string explain(const score_value& value, const score_definition& def);

}  // namespace attachscore
