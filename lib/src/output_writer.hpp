// Writes scored rows as CSV, JSON Lines or one JSON document.
#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "attachscore/scorer.hpp"
#include "attachscore/table.hpp"

namespace attachscore::detail {

struct scored_row {
    std::size_t line = 0;  ///< where the row starts in the input
    std::string_view id;   ///< empty when there is no id column
    const respondent_scores* result = nullptr;
    std::string_view status;  ///< "ok" or the reasons
};

class output_writer {
  public:
    virtual ~output_writer() = default;
    virtual void begin() = 0;
    virtual void row(const scored_row& r) = 0;
    virtual void end() = 0;
};

/// `id_name` is the id column's header name, empty when there is none.
std::unique_ptr<output_writer> make_writer(output_format format, std::ostream& out,
                                           const scorer& sc, std::string id_name,
                                           std::string language);

/// The output column of a choice slot: the item's id, prefixed by the target when there are
/// targets.
std::string choice_column(const instrument& inst, std::size_t slot);

}  // namespace attachscore::detail
