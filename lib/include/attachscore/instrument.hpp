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
    std::string label;
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
    std::string label;
    std::string description;
    std::string target;               ///< for a score of one target: its id; else empty
    std::vector<keyed_item> items;    ///< an item score: its items and their keying
    std::vector<score_input> inputs;  ///< a derived score: the scores it combines
    aggregation aggregate = aggregation::mean;
    missing_rule missing = missing_rule::prorate;
    int min_answered = 0;            ///< items (or valid inputs) needed for a valid score
    std::string min_answered_basis;  ///< why that many: its source, or that it is a convention
    std::string bands_basis;         ///< where the cut-points come from
    std::vector<band> bands;
    double lowest = 0;   ///< the lowest possible value on the instrument's scale
    double highest = 0;  ///< the highest possible value on the instrument's scale

    [[nodiscard]] bool derived() const noexcept { return !inputs.empty(); }
    /// Items, or input scores for a derived score.
    [[nodiscard]] std::size_t parts() const noexcept {
        return derived() ? inputs.size() : items.size();
    }
};

enum class category_method {
    highest  ///< the candidate score with the highest value; ties broken by a choice item
};

/// A categorical result computed from scores, always named with its method.
struct category_rule {
    std::string id;  ///< the output column
    std::string label;
    category_method method = category_method::highest;
    std::vector<std::string> scores;  ///< the candidates; the category is a candidate's id
    std::string tie_break;            ///< id of a choice item that settles ties; may be empty
    std::string basis;                ///< where the rule comes from
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
    std::vector<target> targets;  ///< empty unless the items are answered about several people
    std::vector<score_definition> scores;  ///< per-target scores already expanded, in order
    std::vector<category_rule> categories;
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

/// The band a value falls in, or nullptr when the score has no bands or the value is outside them.
[[nodiscard]] const band* find_band(const score_definition& score, double value) noexcept;

}  // namespace attachscore
