/// @file instrument.hpp
/// @brief The in-memory form of an instrument file: items, keys, scores, bands and sources.
#pragma once

#include "attachscore/export.hpp"
#include "attachscore/result.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attachscore {

/// Text shown to people, by language code ("en", "es", …). Every declared language is present.
using localized_text = std::map<std::string, std::string>;

struct citation {
    std::string authors;
    int year = 0;
    std::string title;
    std::string source;  ///< journal, volume, pages, or book
    std::string doi;     ///< may be empty
};

/// A public source that a fact in the file was checked against.
struct reference {
    std::string what;   ///< which fact it supports
    std::string where;  ///< the source
};

struct anchor {
    int value = 0;
    localized_text label;
};

struct response_scale {
    int min = 1;
    int max = 7;
    std::vector<anchor> anchors;

    [[nodiscard]] int reverse(int value) const noexcept { return min + max - value; }
};

/// One of the answers a choice item allows, e.g. the RQ forced choice "A" = secure.
struct choice_option {
    int code = 0;                      ///< the number stored for it
    std::string category;              ///< what choosing it means, e.g. "secure"
    std::vector<std::string> aliases;  ///< other ways data may write it, e.g. "A"
    localized_text label;
};

enum class item_kind { rating, choice };

struct item {
    int number = 0;
    item_kind kind = item_kind::rating;
    bool reverse = false;                ///< default keying in scores (rating items)
    std::optional<localized_text> text;  ///< only where the authors publish it for free use
    std::string id;                      ///< choice items: the output column, e.g. "forced_choice"
    std::vector<choice_option> options;  ///< choice items
    bool optional = false;               ///< may be missing from the data altogether
};

/// The same questionnaire answered about several people (ECR-RS: mother, father, …).
struct target {
    std::string id;  ///< what {target} stands for in column names, e.g. "mother"
    localized_text label;
};

/// An item as a score uses it: the keying may differ between scores (RSQ item 6).
struct keyed_item {
    int number = 0;
    bool reverse = false;
};

/// A score computed from other scores, with a weight (−1 subtracts it).
struct score_input {
    std::string score;
    double weight = 1;
};

enum class aggregation { mean, sum };

/// What a score does with unanswered items (or, for a derived score, not-valid inputs).
enum class missing_rule {
    prorate,  ///< mean of the answered items (a sum is scaled up to the full item count)
    invalid   ///< any unanswered item makes the score not valid
};

/// A range of score values [from, to) — the last band of a score includes its upper end.
struct band {
    double from = 0;
    double to = 0;
    localized_text label;
    localized_text text;
};

struct score_definition {
    std::string id;  ///< also the output column name
    localized_text label;
    std::string description;          ///< for researchers (English): what it measures and how
    std::string target;               ///< for a score of one target: its id; else empty
    std::vector<keyed_item> items;    ///< an item score: its items and their keying
    std::vector<score_input> inputs;  ///< a derived score: the scores it combines
    aggregation aggregate = aggregation::mean;
    missing_rule missing = missing_rule::prorate;
    int min_answered = 0;            ///< items (or valid inputs) needed for a valid score
    std::string min_answered_basis;  ///< why that many: its source, or that it is a convention
    std::string bands_basis;         ///< where the cut-points come from
    std::vector<band> bands;
    /// The bands are positions on the answer scale (its thirds, its middle), not published
    /// cut-offs: on another administered scale they are moved to that scale's own positions.
    bool bands_relative = false;
    double lowest = 0;   ///< the lowest possible value on the instrument's scale
    double highest = 0;  ///< the highest possible value on the instrument's scale

    [[nodiscard]] bool derived() const noexcept { return !inputs.empty(); }
    /// Items, or input scores for a derived score.
    [[nodiscard]] std::size_t parts() const noexcept {
        return derived() ? inputs.size() : items.size();
    }
};

enum class category_method {
    highest,  ///< the candidate score with the highest value; ties broken by a choice item
    linear,   ///< the category whose linear function of the inputs is highest (Brennan et al. 1998)
    quadrants  ///< the quadrant of two inputs split at cut-points (scale midpoint, Collins 1996)
};

/// One classification function: constant + Σ weight × input.
struct linear_function {
    std::string category;
    std::vector<double> weights;  ///< one per input
    double constant = 0;
};

/// Quadrant cells in this order: x low & y low, x high & y low, x low & y high, both high.
inline constexpr const char* quadrant_names[4] = {"low_low", "high_low", "low_high", "high_high"};

/// A categorical result computed from scores, always named with its method and basis.
struct category_rule {
    std::string id;  ///< the output column
    localized_text label;
    category_method method = category_method::highest;
    std::string basis;   ///< where the rule comes from, and how much to trust it
    std::string option;  ///< empty: computed by default; else computed when asked for by this name
    std::vector<std::string> scores;  ///< highest: the candidates; the category is a candidate's id
    std::string tie_break;            ///< highest: id of a choice item that settles ties
    std::vector<std::string> inputs;  ///< linear and quadrants: the scores used
    std::vector<linear_function> functions;  ///< linear
    double cuts[2] = {0, 0};                 ///< quadrants: "high" is at or above the cut
    bool unclassified_at_cut = false;  ///< quadrants: a value exactly at a cut gets no category
    std::string cells[4];              ///< quadrants: the category of each cell
    double near_boundary = 0;  ///< a result this close to another category is flagged (score units)
    std::string near_boundary_basis;
    /// Quadrants: the cuts are positions on the answer scale (its middle), so on another
    /// administered scale they move to that scale's middle; otherwise the rule belongs to the
    /// published scale alone.
    bool relative_to_scale = false;
};

/// Plain-language text for the two main dimensions together, by quadrant of two scores.
struct profile_cell {
    localized_text label;
    localized_text text;
    std::string
        prototype;  ///< the pattern the cell describes ("secure"), as category rules name it
};
struct profile {
    std::vector<std::string> inputs;  ///< two score ids
    double cuts[2] = {0, 0};          ///< at or above a cut counts as high
    std::string basis;                ///< in English
    localized_text basis_text;        ///< the basis by language (English at least)
    profile_cell cells[4];            ///< in quadrant_names order
    bool relative_to_scale = false;   ///< the cuts move to another administered scale's middle
};

/// Published norms: per group (e.g. by sex), each score's mean and standard deviation.
struct norm_values {
    double mean = 0;
    double sd = 1;
    std::optional<double> reliability;  ///< enables a 90 % band from the standard error
};
struct norm_group {
    std::string id;                    ///< matched (ignoring case) against the --norm-group column
    std::vector<std::string> aliases;  ///< other values that mean this group
    localized_text label;
    std::map<std::string, norm_values> scores;
};
struct norm_set {
    std::string id;
    std::string population;
    int n = 0;
    std::string source;
    std::vector<norm_group> groups;
    std::string bands_basis;
    std::vector<double> cuts;                 ///< z cut-points between bands, increasing
    std::vector<localized_text> band_labels;  ///< cuts.size() + 1 labels
    std::map<std::string, std::vector<localized_text>> band_texts;  ///< per score, one per band
};

/// Another numbering of the same questionnaire in published use. Either the item at each
/// position is known (positions: the item this file numbers positions[p − 1] is shown at
/// position p), or only each position's scale and keying are (scales and reversed): then the
/// items are numbered by position (with_item_order), and which of this file's items each one is
/// stays unsaid.
struct item_order_variant {
    std::string id;  ///< e.g. "dependlab-interleaved"
    /// How to recognise it, by language (English at least; the instrument file may give one
    /// English text).
    localized_text description;
    std::string source;  ///< where it is used and documented
    std::vector<int> positions;
    std::map<std::string, std::vector<int>> scales;  ///< score id → its positions
    std::vector<int> reversed;                       ///< positions reverse-keyed
    [[nodiscard]] bool by_position() const noexcept { return positions.empty(); }
};

/// A text in `language`, else in English, else in the first language it has; "" when it has none.
[[nodiscard]] ATTACHSCORE_API const std::string& text_in_language(const localized_text& text,
                                                                  std::string_view language);

/// Thread safety: a plain value; const use from many threads at once is safe.
struct ATTACHSCORE_API instrument {
    std::string id;
    std::string version;  ///< version of this file's content, not of the questionnaire
    std::string name;
    std::string short_name;
    citation cite;
    std::vector<reference> key_sources;
    std::string licence;
    std::string item_order;  ///< id of the item-order variant, e.g. "fraley-2000-grouped"
    std::string item_order_description;  ///< how to recognise that order
    /// Other orders the same items circulate in, which data can be read in (--item-order).
    std::vector<item_order_variant> other_orders;
    /// Made by with_item_order: the items are numbered by position in item_order.
    bool numbered_by_position = false;
    std::string wording;  ///< why item wording is or is not included, and where to get it
    std::vector<std::string> languages;
    response_scale scale;
    std::vector<item> items;
    std::vector<target> targets;  ///< empty unless the items are answered about several people
    std::vector<score_definition> scores;  ///< per-target scores already expanded, in order
    std::vector<category_rule> categories;
    std::optional<attachscore::profile> profile;
    std::vector<norm_set> norms;
    std::vector<std::string> column_patterns;  ///< extra column-name patterns to try
    localized_text disclaimer;
    std::string origin;  ///< "built-in" or the file it was loaded from

    /// Position of an item number in items, or nullopt.
    [[nodiscard]] std::optional<std::size_t> item_index(int number) const noexcept;
    /// The score with this id, or nullptr.
    [[nodiscard]] const score_definition* find_score(std::string_view score_id) const noexcept;
    /// Index of a score id in scores, or nullopt.
    [[nodiscard]] std::optional<std::size_t> score_index(std::string_view score_id) const noexcept;
    /// Answers per respondent: every item once per target (once when there are no targets).
    [[nodiscard]] std::size_t answer_count() const noexcept {
        return items.size() * (targets.empty() ? 1 : targets.size());
    }
};

/// The definition as one JSON object (citation, scale, each score's items, keys, minimum, bands and
/// the basis of its bands, the categories' methods and bases, the disclaimer), texts in
/// `language` (English where a text lacks it). What scored rows leave out, said once.
[[nodiscard]] ATTACHSCORE_API std::string to_json(const instrument& inst,
                                                  const std::string& language = "en");

/// The instrument with its items numbered as another order it declares numbers them (an
/// instrument::other_orders entry that gives only each position's scale and keying): item p is
/// the one shown at position p, each score takes the positions the order gives it, and
/// item_order names that order. Errors when the instrument declares no such order.
[[nodiscard]] ATTACHSCORE_API result<instrument> with_item_order(const instrument& inst,
                                                                 std::string_view order);

/// The band a value falls in, or nullptr when the score has no bands or the value is outside them.
[[nodiscard]] ATTACHSCORE_API const band* find_band(const score_definition& score,
                                                    double value) noexcept;

}  // namespace attachscore
