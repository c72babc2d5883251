// table_reader: the reading half of score_table (row source, column mapping, answer cells) as a
// public, row-by-row API.
#include "attachscore/table_reader.hpp"

#include <fstream>
#include <optional>
#include <vector>

#include "pipeline/row_stream.hpp"
#include "pipeline/table_checks.hpp"

namespace attachscore {

struct table_reader::impl {
    impl(table_input in, const table_options& opts) : stream(in, opts) {}
    std::unique_ptr<std::istream> owned;      ///< open_file's CSV stream
    std::unique_ptr<cell_table> owned_cells;  ///< or its SPSS, Stata or SAS file
    detail::row_stream stream;
    table_row row;
    // table_checks_mode::alongside: the checks of the rows read so far.
    std::optional<detail::check_context> context;
    std::optional<detail::table_checks> checks;
    std::optional<respondent_scores> scored;
    bool scored_now = false;  ///< `scored` holds the current row's scores

    void check_alongside(const detail::row_view& view, const table_row& r) {
        auto& rows = *stream.rows;
        scored_now = false;
        if (stream.options.skip_empty && rows.empty()) return;
        rows.sc().score(r.answers, *scored, r.unreadable);
        scored_now = true;
        checks->add(view, r.answers, *scored);
    }
};

table_reader::table_reader(std::unique_ptr<impl> state) : impl_(std::move(state)) {}
table_reader::table_reader(table_reader&&) noexcept = default;
table_reader& table_reader::operator=(table_reader&&) noexcept = default;
table_reader::~table_reader() = default;

result<table_reader> table_reader::open(const instrument& inst, table_input in,
                                        const table_options& options, table_checks_mode checks) {
    auto state = std::make_unique<impl>(in, options);
    auto& stream = state->stream;
    if (auto problems = stream.open(inst); !problems.empty()) return problems;
    if (checks == table_checks_mode::alongside) {
        auto& s = *state;
        s.context.emplace(detail::make_check_context(stream.rows->sc(), stream.options,
                                                     stream.reader.header(), stream.mapping,
                                                     stream.columns));
        s.checks.emplace(*s.context);
        s.scored.emplace(stream.rows->sc().make_result());
        return table_reader(std::move(state));
    }
    if (auto problems = stream.check(); !problems.empty()) return problems;
    if (checks == table_checks_mode::stop)
        if (auto stops = detail::stops_of(stream.findings, inst, options); !stops.empty())
            return stops;
    return table_reader(std::move(state));
}

result<table_reader> table_reader::open_file(const instrument& inst,
                                             const std::filesystem::path& path,
                                             const table_options& options,
                                             table_checks_mode checks) {
    table_options named = options;
    named.input_name = path.string();
    if (is_stat_file(path)) {
        auto cells = read_stat_file(path);
        if (!cells) return cells.errors();
        auto owned = std::make_unique<cell_table>(std::move(cells).value());
        auto reader = open(inst, *owned, named, checks);
        if (reader) reader.value().impl_->owned_cells = std::move(owned);
        return reader;
    }
    auto stream = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*stream) return diagnostics{{{named.input_name, "", 0, 0}, "cannot open this file."}};
    auto reader = open(inst, *stream, named, checks);
    if (reader) reader.value().impl_->owned = std::move(stream);
    return reader;
}

const std::string& table_reader::column_pattern() const noexcept {
    return impl_->stream.mapping.pattern;
}

std::span<const std::string> table_reader::kept_names() const noexcept {
    return impl_->stream.columns.kept_names;
}

std::span<const finding> table_reader::findings() const noexcept {
    return impl_->stream.findings;
}

const table_row* table_reader::next() {
    auto& s = impl_->stream;
    const auto* view = s.next();
    if (!view) {
        if (impl_->checks) s.findings = impl_->checks->findings(s.options.require_utf8);
        return nullptr;
    }
    auto& rows = *s.rows;
    rows.read(*view);
    auto& row = impl_->row;
    row.line = view->line;
    row.id = rows.id();
    row.answers = rows.answers();
    row.unreadable = rows.unreadable();
    row.kept = s.kept;
    row.problem = rows.reasons().empty() ? std::string_view() : rows.reasons().front();
    if (impl_->checks) impl_->check_alongside(*view, row);
    return &row;
}

const respondent_scores* table_reader::scores() const noexcept {
    return impl_->scored_now ? &*impl_->scored : nullptr;
}

const diagnostics& table_reader::error() const noexcept {
    return impl_->stream.reader.error();
}

}  // namespace attachscore
