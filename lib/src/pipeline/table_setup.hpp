// Before any row is read: the options checked against the instrument, and the columns they name.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "attachscore/table.hpp"
#include "input/column_mapping.hpp"

namespace attachscore::detail {

/// Every option that does not fit the instrument (a language it lacks, a classification it does
/// not offer, norms without their group column …), each with the way to fix it.
[[nodiscard]] diagnostics check_options(const instrument& inst, const table_options& options);

/// Which columns the options name: pattern, id (unless `with_id` is false), item order or list.
/// Views into `options`, which must outlive the result.
/// How messages name the options: the caller's words, else the library's.
[[nodiscard]] inline const option_words& words_of(const table_options& options) {
    return options.words ? *options.words : plain_option_words();
}

[[nodiscard]] inline column_choice choice_of(const table_options& options, bool with_id = true) {
    return {options.column_pattern,
            with_id ? std::string_view(options.id_column) : std::string_view(), options.item_order,
            options.item_columns, options.words};
}

struct table_columns {
    std::optional<std::size_t> norm_group;
    std::optional<std::size_t> hints_by;
    std::vector<std::size_t> kept;  ///< carried to the output, in order
    /// The names the id and kept columns get in the output: their own, or with _2, _3 … when
    /// the output already has a column of that name (ignoring case), each renaming in `notes`.
    std::vector<std::string> id_names;
    std::vector<std::string> kept_names;
    std::vector<std::string> notes;
};

[[nodiscard]] result<table_columns> find_columns(const instrument& inst,
                                                 const std::vector<std::string>& header,
                                                 const column_mapping& mapping,
                                                 const table_options& options,
                                                 const std::string& file);

}  // namespace attachscore::detail
