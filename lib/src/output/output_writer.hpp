// Writes scored rows as CSV, JSON Lines or one JSON document.
#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attachscore/scorer.hpp"
#include "attachscore/table.hpp"

namespace attachscore::detail {

/// What the output holds besides the scores, the same for every row.
struct output_context {
    const scorer* sc = nullptr;
    std::vector<std::string> id_names;  ///< the id columns' header names (several: composite id)
    std::string language;
    bool interpretations = false;
    const norm_set* norms = nullptr;
    std::vector<std::pair<double, double>> sample;  ///< per score: mean and SD within the input
    std::vector<std::string> kept_names;            ///< input columns carried to the output
    bool protect_formulas = true;
    char delimiter = ',';    ///< CSV: between fields
    char decimal = '.';      ///< CSV: in numbers
    std::size_t width = 80;  ///< reports: the longest line
    bool quality = false;    ///< CSV, JSON: each respondent's careless-response indices
    int digits = -1;         ///< CSV: decimals of numbers; −1: every digit
};

struct scored_row {
    std::size_t line = 0;                   ///< where the row starts in the input
    std::span<const std::string_view> ids;  ///< one value per id column
    std::string_view id;                    ///< the id values joined by "/"; empty without ids
    const respondent_scores* result = nullptr;
    const norm_group* group = nullptr;        ///< the row's norm group, when norms are used
    std::span<const std::string_view> kept;   ///< the kept columns' values
    std::string_view status;                  ///< "ok" or the reasons
    std::span<const double> answers;          ///< as scored (for the careless indices)
    std::span<const std::size_t> unreadable;  ///< answer positions whose cell could not be read
};

class output_writer {
  public:
    virtual ~output_writer() = default;
    virtual void begin() = 0;
    /// Writes one row, without what goes between rows (see separator).
    virtual void row(const scored_row& r) = 0;
    /// What goes between two rows: rows written on several threads are joined with it.
    [[nodiscard]] virtual std::string separator() const { return {}; }
    virtual void end() = 0;
};

std::unique_ptr<output_writer> make_writer(output_format format, std::ostream& out,
                                           output_context context);

/// The output column of a choice slot: the item's id, prefixed by the target when there are
/// targets.
std::string choice_column(const instrument& inst, std::size_t slot);

}  // namespace attachscore::detail
