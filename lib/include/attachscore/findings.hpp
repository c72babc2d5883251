/// @file findings.hpp
/// @brief What the checks of a whole table found, as data: a code, a severity, where, and the
/// numbers it rests on. Sentences come from finding_text(), in English or Spanish; the ways on
/// ("score with the administered scale 1–5") are worded by the caller's option_words, so that the
/// command line says `--scale 1-5`, Python `scale="1-5"` and R `scale = "1-5"`.
#pragma once

#include "attachscore/export.hpp"

#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/diagnostic.hpp"
#include "attachscore/instrument.hpp"
#include "attachscore/scorer.hpp"

namespace attachscore {

/// Each kind of finding. The numbers never change meaning (the C API returns them).
enum class finding_code {
    none = 0,  ///< not a finding (diagnostic::code of other problems)
    /// Answers keep within a narrower or shifted range than the published scale (a 1–5
    /// administration of a 1–7 instrument): seen, respondents, below, columns_below.
    another_scale = 1,
    /// Every answer of some columns is off the scale: columns (name, min, max).
    columns_off_scale = 2,
    /// Some answers of some columns are off the scale; those rows are not scored: columns.
    answers_off_scale = 3,
    /// Rows with 0 in every answered item: count.
    zero_rows = 4,
    /// Every reverse-keyed item runs against the others, in every score with both keyings (an
    /// export that already reversed them): scores (with r and rows), items (all reverse-keyed).
    reversed_export = 5,
    /// Some reverse-keyed items of a score run against the others: scores, items.
    reversed_items = 6,
    /// One item runs against the rest of its score: scores, items (with r and rows).
    item_against_rest = 7,
    /// An item runs against its score at one value of the group column and with it elsewhere:
    /// scores, items (r here, r elsewhere), group.
    item_keyed_by_group = 8,
    /// The group column has too many values to say where problems sit: group, count.
    too_many_groups = 9,
    /// The columns look like the items in another order the instrument declares: order, fit.
    another_item_order = 10,
    /// The items fit their scales only with keys read from the data: fit.
    keys_do_not_fit = 11,
    /// Items correlate more with another scale than with their own: items, fit.
    items_elsewhere = 12,
    /// Text that is not UTF-8 in the ids, kept columns or header: where.
    not_utf8 = 13,
};

enum class finding_severity {
    stop,  ///< scoring on would give wrong scores marked valid: the run stops
    hint,  ///< worth a look; scoring went on
};

/// The options a finding's ways on (and a refused option's message) refer to; option_words names
/// them in the caller's terms. The numbers are the C API's ATTACHSCORE_OPTION_*.
enum class option_id {
    administered_scale,  ///< value "1-5"
    missing_codes,       ///< value "0"
    already_reversed,    ///< value "all" or "3,5"
    keys_as_declared,    ///< no value
    item_order,          ///< value an order id
    item_columns,        ///< value "COL,COL,…"
    column_pattern,      ///< value "Q{n}"
    encoding,            ///< value "latin1"
    id_column,           ///< value "id,wave"
    classify,            ///< value a category rule's option name
    norms,               ///< value a norm set's id
    norm_group,          ///< value a column
    output_delimiter,    ///< value "semicolon"
    respondent,          ///< value an id
    standardize,         ///< value "sample"
    strict,              ///< no value
    quality,             ///< no value: each respondent's careless-response indices
    port,                ///< value a port number
};

/// Words for the options, in the terms of whoever shows the sentence (a flag, a keyword argument).
class ATTACHSCORE_API option_words {
  public:
    virtual ~option_words() = default;
    /// The option with a value, as the caller sets it: `--scale 1-5`, `scale="1-5"`.
    [[nodiscard]] virtual std::string setting(option_id option, std::string_view value) const;
    /// The option's name alone: `--scale`, `scale`.
    [[nodiscard]] virtual std::string name(option_id option) const;
    /// Two settings given together: `--missing 0 --scale 1-5`, `missing="0", scale="1-5"`.
    [[nodiscard]] virtual std::string together(const std::string& first,
                                               const std::string& second) const;
    /// What describes an instrument's items and orders: `'attachscore info ecr-r'`.
    [[nodiscard]] virtual std::string description_of(std::string_view instrument_id) const;
};

/// An item a finding names.
struct finding_item {
    int number = 0;
    std::string target;  ///< for instruments with targets (the ECR-RS's mother, partner …)
    std::string column;  ///< its input column, when known
    double r = std::numeric_limits<double>::quiet_NaN();  ///< item–rest r (at the group)
    double r_elsewhere = std::numeric_limits<double>::quiet_NaN();
    std::size_t rows = 0;              ///< complete rows r rests on
    bool reversed_in_scoring = false;  ///< the scorer reverses it
};

/// A column a finding names, with what was seen in it.
struct finding_column {
    std::string name;
    std::size_t count = 0;  ///< answers concerned
    double min = 0, max = 0;
    std::string group_value;      ///< the group holding most of them (empty: spread out)
    std::size_t group_count = 0;  ///< how many of them it holds
};

/// A score a finding names, with the correlation it rests on.
struct finding_score {
    std::string id;
    double r = std::numeric_limits<double>::quiet_NaN();
    std::size_t rows = 0;
};

struct finding {
    finding_code code{};
    finding_severity severity = finding_severity::hint;
    source_location where;
    std::vector<finding_score> scores;
    std::vector<finding_item> items;
    std::vector<finding_column> columns;
    scale_bounds seen{};            ///< another_scale: the range the answers keep to
    scale_bounds published{};       ///< the instrument's scale (the administered one, if given)
    std::size_t respondents = 0;    ///< another_scale: respondents with an answer on the scale
    std::size_t count = 0;          ///< answers, rows or values counted (see the code)
    std::size_t columns_below = 0;  ///< another_scale: columns holding answers below the scale
    bool starts_below = false;      ///< another_scale: the range starts one below the scale
    std::string group_column;       ///< the column hints are grouped by (e.g. Site)
    std::string group_value;        ///< item_keyed_by_group: where it runs the other way
    /// another_item_order: the order the columns look like; otherwise empty.
    std::string order;
    std::string order_description;  ///< its description in English (the texts give it in theirs)
    std::string read_as;            ///< the order the columns were read in ("" = the file's own)
    bool columns_listed = false;    ///< the columns were named item by item
    double fit_found = 0, fit_declared = 0;  ///< mean keyed item–rest r: found, declared
    std::size_t items_judged = 0;            ///< items_elsewhere: of how many
    /// The user already settled the question (named the scale, confirmed the order or keys),
    /// so the finding is a hint and does not propose it again.
    bool settled = false;
};

/// The finding in a sentence, in `language` ("en" or "es"; others give English), with the ways
/// on worded by `words`. True of the numbers in the finding.
[[nodiscard]] ATTACHSCORE_API std::string finding_text(const finding& f, const instrument& inst,
                                                       std::string_view language,
                                                       const option_words& words);

/// The library's own words for options, for callers that have none.
[[nodiscard]] ATTACHSCORE_API const option_words& plain_option_words();

}  // namespace attachscore
