// One person's report as blocks of sentences, before it becomes text or HTML: the text report
// (score --format report, take) and the HTML cards (report) render the same blocks, so they say
// the same things about the same numbers.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "output/output_writer.hpp"

namespace attachscore::detail {

struct report_block {
    enum class kind { targets, score, target_band, profile, category, unanswered, disclaimer };
    kind what = kind::score;
    std::vector<std::string> heads;       ///< one line each (several: one per target)
    std::vector<std::string> paragraphs;  ///< under the heads, in order
    /// A `score` block: the score's index in instrument::scores, for a bar beside it.
    std::size_t score = static_cast<std::size_t>(-1);
};

struct report_model {
    std::string title;                 ///< "ECR-R — Experiences in Close Relationships …"
    std::string who;                   ///< "Respondent P01 (line 2)"
    std::vector<std::string> notices;  ///< why the row is not fully scored; another scale
    std::vector<report_block> blocks;
};

/// The blocks of one row's report in ctx.language (English where the instrument lacks it).
[[nodiscard]] report_model build_report(const output_context& ctx, const scored_row& r);

/// Two decimals, with a decimal comma in Spanish.
[[nodiscard]] std::string fixed2(double v, const std::string& lang);

}  // namespace attachscore::detail
