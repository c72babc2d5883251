// table_reader: the reading half of score_table (row source, column mapping, answer cells) as a
// public, row-by-row API.
#include "attachscore/table_reader.hpp"

#include <fstream>
#include <sstream>
#include <vector>

#include "common/text_util.hpp"
#include "input/column_mapping.hpp"
#include "input/row_source.hpp"
#include "pipeline/row_scorer.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore {

struct table_reader::impl {
    impl(std::istream& in, const table_options& opts)
        : options(opts), reader(in, opts.delimiter, opts.input_name, opts.encoding) {}
    // The row scorer keeps references to the options, header and mapping: this state is never
    // moved once built (the reader moves its pointer).
    std::unique_ptr<std::istream> owned;  ///< open_file's stream
    table_options options;
    detail::row_source reader;
    detail::column_mapping mapping;
    detail::table_columns columns;
    std::unique_ptr<detail::row_scorer> rows;
    std::vector<std::string_view> kept;
    table_row row;
};

table_reader::table_reader(std::unique_ptr<impl> state) : impl_(std::move(state)) {}
table_reader::table_reader(table_reader&&) noexcept = default;
table_reader& table_reader::operator=(table_reader&&) noexcept = default;
table_reader::~table_reader() = default;

result<table_reader> table_reader::open(const instrument& inst, std::istream& in,
                                        const table_options& options) {
    if (auto problems = detail::check_options(inst, options); !problems.empty()) return problems;
    auto state = std::make_unique<impl>(in, options);
    auto& s = *state;
    if (auto problems = s.reader.open(); !problems.empty()) return problems;
    const auto& header = s.reader.header();
    auto mapped = detail::map_columns(inst, header, s.options.column_pattern, s.options.id_column,
                                      s.options.input_name);
    if (!mapped) return mapped.errors();
    s.mapping = std::move(mapped).value();
    auto columns = detail::find_columns(inst, header, s.mapping, s.options, s.options.input_name);
    if (!columns) return columns.errors();
    s.columns = std::move(columns).value();
    s.rows = std::make_unique<detail::row_scorer>(inst, s.options, header, s.mapping,
                                                  s.columns.norm_group, s.reader.delimiter());
    s.kept.resize(s.columns.kept.size());
    return table_reader(std::move(state));
}

result<table_reader> table_reader::open_file(const instrument& inst,
                                             const std::filesystem::path& path,
                                             const table_options& options) {
    table_options named = options;
    named.input_name = path.string();
    std::unique_ptr<std::istream> stream;
    if (is_stat_file(path)) {
        auto text = read_stat_file(path);
        if (!text) return text.errors();
        stream = std::make_unique<std::istringstream>(std::move(text).value());
    } else {
        auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
        if (!*file) return diagnostics{{{named.input_name, "", 0, 0}, "cannot open this file."}};
        stream = std::move(file);
    }
    auto reader = open(inst, *stream, named);
    if (reader) reader.value().impl_->owned = std::move(stream);
    return reader;
}

const std::string& table_reader::column_pattern() const noexcept {
    return impl_->mapping.pattern;
}

std::span<const std::string> table_reader::kept_names() const noexcept {
    return impl_->columns.kept_names;
}

const table_row* table_reader::next() {
    auto& s = *impl_;
    if (!s.reader.next()) return nullptr;
    const auto view = s.reader.current();
    auto& rows = *s.rows;
    rows.read(view);
    for (std::size_t k = 0; k < s.kept.size(); ++k) {
        const auto col = s.columns.kept[k];
        s.kept[k] = col < view.field_count() ? detail::trim(view.field(col)) : "";
    }
    s.row.line = view.line;
    s.row.id = rows.id();
    s.row.answers = rows.answers();
    s.row.unreadable = rows.unreadable();
    s.row.kept = s.kept;
    s.row.problem = rows.reasons().empty() ? std::string_view() : rows.reasons().front();
    return &s.row;
}

const diagnostics& table_reader::error() const noexcept {
    return impl_->reader.error();
}

}  // namespace attachscore
