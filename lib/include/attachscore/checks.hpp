/// @file checks.hpp
/// @brief The whole-table checks over answers an application holds itself (a DataFrame, an
/// array): the same checks score_table runs over a file, fed batch by batch, with findings as
/// data (findings.hpp). An application that scores rows from memory runs them first and stops,
/// or shows the findings, as the command line does.
///
/// @code
///   attachscore::scorer sc(inst, options);
///   attachscore::answer_checks checks(sc, attachscore::settings_of(options));
///   checks.add(answers, rows);        // rows × sc.answer_count(), NaN for a blank
///   for (const auto& f : checks.findings())
///       if (f.severity == attachscore::finding_severity::stop) { /* finding_text(f, …) */ }
/// @endcode
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "attachscore/findings.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore {

/// What the caller has settled already, so that a check does not stop on it.
struct check_settings {
    bool scale_given = false;     ///< the administered scale was named (even the published one)
    bool keys_settled = false;    ///< keys as declared, or items given as already reversed
    bool order_settled = false;   ///< the instrument's own item order was confirmed
    std::string order_given;      ///< the order the answers are in (empty: the instrument's own)
    bool columns_listed = false;  ///< each item's column was named one by one
};

/// The settings that scoring options imply: a named scale, items given as already reversed.
[[nodiscard]] ATTACHSCORE_API check_settings settings_of(const scoring_options& options);

/// The checks of one table, fed in batches. One object belongs to one thread; merge() joins what
/// objects on other threads saw (their rows come after this one's).
class ATTACHSCORE_API answer_checks {
  public:
    /// `sc` must outlive the checks. `columns` names each answer's column (empty: unnamed).
    answer_checks(const scorer& sc, check_settings settings = {},
                  std::vector<std::string> columns = {});
    answer_checks(answer_checks&&) noexcept;
    answer_checks& operator=(answer_checks&&) noexcept;
    ~answer_checks();

    /// `rows` respondents, row-major: rows × sc.answer_count() answers, NaN for a blank.
    /// Throws std::invalid_argument when answers.size() is not rows × answer_count().
    void add(std::span<const double> answers, std::size_t rows);
    void merge(const answer_checks& other);
    /// Stops first, then hints.
    [[nodiscard]] std::vector<finding> findings() const;

  private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

}  // namespace attachscore
