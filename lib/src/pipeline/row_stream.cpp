#include "pipeline/row_stream.hpp"

#include "common/text_util.hpp"

namespace attachscore::detail {

diagnostics row_stream::open(const instrument& inst) {
    if (auto problems = check_options(inst, options); !problems.empty()) return problems;
    if (auto problems = reader.open(); !problems.empty()) return problems;
    const auto& header = reader.header();
    auto mapped = map_columns(inst, header, choice_of(options), options.input_name);
    if (!mapped) return mapped.errors();
    mapping = std::move(mapped).value();
    auto found = find_columns(inst, header, mapping, options, options.input_name);
    if (!found) return found.errors();
    columns = std::move(found).value();
    rows = std::make_unique<row_scorer>(inst, options, header, mapping, columns.norm_group,
                                        reader.delimiter());
    kept.resize(columns.kept.size());
    return {};
}

const row_view* row_stream::next() {
    if (!reader.next()) return nullptr;
    current = reader.current();
    for (std::size_t k = 0; k < kept.size(); ++k) {
        const auto col = columns.kept[k];
        kept[k] = col < current.field_count() ? trim(current.field(col)) : "";
    }
    return &current;
}

}  // namespace attachscore::detail
