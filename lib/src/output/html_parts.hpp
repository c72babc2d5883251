// Pieces of the HTML report: a respondent's card, the words around the numbers, score ranges.
#pragma once

#include "texts/numbers.hpp"  // fill

#include <initializer_list>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attachscore/stats.hpp"

#include "attachscore/plots.hpp"
#include "output/output_writer.hpp"

namespace attachscore::detail {

/// One respondent's report as an <article class="card">: the same blocks as the text report
/// (report_model), a bar beside each score showing where it lies on its possible range.
[[nodiscard]] std::string html_card(const output_context& ctx, const scored_row& r);

/// The range a score can take as scored: the published one, or for a mean of items the
/// administered scale when another was used; nullopt when it is not known (a sum on another
/// scale).
[[nodiscard]] std::optional<std::pair<double, double>> score_range(const scorer& sc,
                                                                   const score_definition& def);

/// The words of the page around the instrument's own texts.
struct page_words {
    const char* lang;
    const char* default_title;  ///< "{name}: results of {n} respondents"
    const char* one_title;      ///< "{name}: results of {id}"
    const char* together;
    const char* on_the_plane;  ///< the heading on one person's page
    const char* rows_read;     ///< "{rows} rows read, {valid} scored without a problem."
    const char* with_blanks;   ///< " {blank} of them have items left blank" (then cards_say or ".")
    const char* plane_caption;  ///< "{k} of {n} … {xcut} {xlabel} {ycut} {ylabel}"
    const char* one_caption;    ///< one person's point
    const char* no_cuts;        ///< another scale: "{given}" "{published}"
    const char* moved_cuts;     ///< another scale, lines at its middle: "{given}" "{published}" …
    const char* method;         ///< "How patterns are named (…): "
    const char* moved_method;   ///< " On the {given} scale administered, the middle is …"
    const char* plane_missing;  ///< the plane cannot be drawn on another scale
    const char *score, *n, *mean, *sd, *min, *max, *alpha;
    const char* alpha_note;
    const char* distributions;
    const char* respondents;
    const char* notes;
    const char* items;            ///< heading of the item table
    const char* item_head;        ///< "Item"
    const char* wording;          ///< "Wording"
    const char* r_drop;           ///< "r with the rest"
    const char* blanks;           ///< "Blank"
    const char* reversed;         ///< " (reverse-keyed)"
    const char* no_wording;       ///< "{source}"
    const char* item_note;        ///< what the item figures are over
    const char* not_available;    ///< "—"
    const char* with_blanks_one;  ///< " 1 of them has items left blank"
    const char* cards_say;        ///< after with_blanks, where there are cards
};
[[nodiscard]] const page_words& page_words_for(const std::string& lang);

/// What the page shows, gathered from the rows.
struct report_data {
    const scorer* sc = nullptr;
    std::string language;
    std::string title;
    std::string respondent;                   ///< one person's page: their id
    bool summary_only = false;                ///< the sample's figures only (one printed page)
    std::vector<std::string> cards;           ///< one per row, in input order
    std::vector<std::vector<double>> values;  ///< per score, one value per card (NaN: not valid)
    std::vector<std::string> labels;          ///< per card: the id, shown as the point's tooltip
    table_summary summary;
    const option_words* words = nullptr;    ///< how the findings name options (null: the library's)
    std::optional<table_statistics> stats;  ///< the sample's figures (not on one person's page)
};

/// The page, and the main plane alone as SVG in `plane` (empty without a profile).
[[nodiscard]] std::string html_page(const report_data& data, std::string& plane);

}  // namespace attachscore::detail
