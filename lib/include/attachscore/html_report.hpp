/// @file html_report.hpp
/// @brief A class's (or one person's) results as one self-contained HTML page: every respondent
/// on the plane of the instrument's two main dimensions, a histogram of each score, the sample's
/// n, means, SDs and reliability, and a card per respondent with their scores, bands, texts and
/// the disclaimer. Inline CSS and SVG only: no script, no network, prints on A4.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/instrument.hpp"
#include "attachscore/report.hpp"
#include "attachscore/result.hpp"
#include "attachscore/table.hpp"

namespace attachscore {

struct html_report_options {
    /// One person's report: only the row whose id (table_options::id_column) is this, alone on
    /// the plane, without the sample's figures. Empty: everyone.
    std::string respondent;
    /// The page's heading; empty: "<short name>: results of <n> respondents" in the language.
    std::string title;
    /// The page draws every respondent: inputs with more data rows are refused (use
    /// compute_statistics for a large sample's figures).
    std::size_t max_rows = 10000;
    /// The sample's figures only (the plane, histograms, n, means, SDs, reliability and the
    /// framing), without the item table and the cards: a class summary that prints on one A4 page.
    bool summary = false;
};

struct html_report {
    std::string html;  ///< the page
    /// The plane of the instrument's profile alone, as SVG (for slides); empty without one.
    std::string plane;
    table_summary summary;  ///< as score_table gives it: rows, problems, hints, notes
    std::size_t cards = 0;  ///< respondents shown, one card each
};

/// Reads a CSV table as score_table does — the same options (columns, ids, missing codes, the
/// administered scale, already reversed items, kept columns, language in
/// table_options::language) and the same checks before anything is shown: another administered
/// scale or keys reversed in the export stop it with the reason and what to do. Every input row
/// gets a card, scored or with its reason; text from the input (ids, kept columns) is escaped.
/// Thread safety: separate calls may run at once.
[[nodiscard]] ATTACHSCORE_API result<html_report> make_html_report(
    const instrument& inst, table_input in, const table_options& options,
    const html_report_options& report = {});

/// One respondent's report as an HTML fragment, <article class="card">…</article>: the blocks of
/// render_report (report.hpp), each score with a bar showing where it lies on its range; every
/// text escaped. report_stylesheet() styles it.
[[nodiscard]] ATTACHSCORE_API std::string render_report_html(const scorer& sc,
                                                             const respondent_scores& scores,
                                                             const report_options& options = {});

/// The CSS of the report page (cards, tables, figures, print), for pages that show cards.
[[nodiscard]] ATTACHSCORE_API std::string_view report_stylesheet() noexcept;

}  // namespace attachscore
