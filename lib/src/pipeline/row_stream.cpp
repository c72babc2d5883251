#include "pipeline/row_stream.hpp"

#include "common/text_util.hpp"
#include "pipeline/table_checks.hpp"

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

diagnostics row_stream::check() {
    const bool seekable = reader.seekable();
    const auto context = make_check_context(rows->sc(), options, reader.header(), mapping, columns);
    table_checks checks(context);
    bool more = true;
    while (more && reader.next()) {
        if (!seekable) more = reader.hold(options.check_bytes);
        const auto& row = reader.current();
        rows->score(row);
        if (options.skip_empty && rows->empty()) continue;
        checks.add(row, *rows);
    }
    if (!reader.error().empty()) return reader.error();
    rows->forget_words();
    // What needs UTF-8 is the caller's output: the reader passes text on as it is.
    findings = checks.findings(options.require_utf8);
    if (!seekable) {
        reader.replay();
    } else if (!reader.rewind()) {
        return {{{options.input_name, "", 0, 0}, "the input could not be read again."}};
    }
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
