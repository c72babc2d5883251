/// @file instrument.hpp
/// @brief The in-memory form of an instrument file: items, keys, scores, bands and sources.
#pragma once

#include <map>
#include <optional>
#include <string>
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

struct item {
    int number = 0;
    bool reverse = false;
    std::optional<localized_text> text;  ///< only where the authors publish it for free use
};

enum class aggregation { mean, sum };

/// What a score does with unanswered items.
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
    std::string label;
    std::string description;
    std::vector<int> items;  ///< item numbers
    aggregation aggregate = aggregation::mean;
    missing_rule missing = missing_rule::prorate;
    int min_answered = 0;
    std::string min_answered_basis;  ///< why that many: its source, or that it is a convention
    std::string bands_basis;         ///< where the cut-points come from
    std::vector<band> bands;

    /// The lowest and highest value the score can take on a given scale.
    [[nodiscard]] double lowest(const response_scale& s) const noexcept;
    [[nodiscard]] double highest(const response_scale& s) const noexcept;
};

struct instrument {
    std::string id;
    std::string version;  ///< version of this file's content, not of the questionnaire
    std::string name;
    std::string short_name;
    citation cite;
    std::vector<reference> key_sources;
    std::string licence;
    std::string item_order;  ///< id of the item-order variant, e.g. "fraley-2000-grouped"
    std::string item_order_description;  ///< how to recognise that order
    std::string wording;  ///< why item wording is or is not included, and where to get it
    std::vector<std::string> languages;
    response_scale scale;
    std::vector<item> items;
    std::vector<score_definition> scores;
    std::vector<std::string>
        column_patterns;  ///< extra column-name patterns to try, e.g. "ECRR{n}"
    localized_text disclaimer;
    std::string origin;  ///< "built-in" or the file it was loaded from

    /// Position of an item number in items, or nullopt.
    [[nodiscard]] std::optional<std::size_t> item_index(int number) const noexcept;
    /// The score with this id, or nullptr.
    [[nodiscard]] const score_definition* find_score(std::string_view score_id) const noexcept;
};

/// The band a value falls in, or nullptr when the score has no bands or the value is outside them.
[[nodiscard]] const band* find_band(const score_definition& score, double value) noexcept;

}  // namespace attachscore
