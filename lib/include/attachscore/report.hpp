/// @file report.hpp
/// @brief One respondent's report as text: the scores, their bands and texts, the profile, the
/// categories and the disclaimer — what `attachscore score --format report` prints for each row.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <span>
#include <string>

#include "attachscore/instrument.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore {

struct report_options {
    std::string language = "en";        ///< one of instrument::languages
    std::size_t width = 80;             ///< lines are wrapped to at most this many columns
    std::string id;                     ///< the respondent's id, shown when not empty
    std::size_t line = 0;               ///< the input line, shown when not 0
    const norm_set* norms = nullptr;    ///< compare with these norms (z, T, percentile)
    const norm_group* group = nullptr;  ///< the respondent's group in `norms`
    /// The answers scored (scorer order, NaN for blanks): when the instrument has item wording,
    /// the report lists the items left blank with their wording. Empty: not listed.
    std::span<const double> answers{};
};

/// The report for a respondent scored by `sc`. Text shown to a person: the disclaimer is always
/// part of it. A language the instrument does not have falls back to English.
[[nodiscard]] ATTACHSCORE_API std::string render_report(const scorer& sc,
                                                        const respondent_scores& scores,
                                                        const report_options& options = {});

}  // namespace attachscore
