// make_html_report: the table checked and scored as score_table does it, every row made a card,
// the scores kept for the plane and the histograms, the sample's statistics, then the page.
#include "attachscore/html_report.hpp"

#include <cmath>
#include <limits>
#include <sstream>
#include <streambuf>

#include "attachscore/stats.hpp"
#include "common/text_util.hpp"
#include "output/html_parts.hpp"
#include "pipeline/row_stream.hpp"

namespace attachscore {
namespace {

// Where score_table's CSV goes when only its checks and summary are wanted.
class discard_buffer final : public std::streambuf {
  protected:
    int_type overflow(int_type c) override { return traits_type::not_eof(c); }
    std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
};

// The whole input, unless it is larger than `rows` rows of 64 KiB each could be.
bool read_bounded(std::istream& in, std::size_t rows, std::string& text) {
    const std::size_t most = (rows + 1) * (std::size_t{64} << 10);
    char chunk[1 << 16];
    while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
        text.append(chunk, static_cast<std::size_t>(in.gcount()));
        if (text.size() > most) return false;
    }
    return true;
}

diagnostics too_many_rows(const table_options& options, std::size_t rows, std::size_t most) {
    return {{{options.input_name, "", 0, 0},
             (rows ? std::to_string(rows) + " rows"
                   : "more than " + std::to_string(most) + " rows' worth of data") +
                 ": the HTML report draws every respondent and stops at " + std::to_string(most) +
                 ". For a large sample's figures use 'attachscore stats'; for one person's page "
                 "add " +
                 (options.words ? *options.words : plain_option_words())
                     .setting(option_id::respondent, "ID") +
                 "."}};
}

// Every row scored as score_table scores it, made a card, its scores kept.
diagnostics collect(const instrument& inst, const std::string& text, const table_options& options,
                    detail::report_data& data) {
    std::istringstream in(text);
    detail::row_stream stream(in, options);
    if (auto problems = stream.open(inst); !problems.empty()) return problems;
    auto& rows = *stream.rows;
    detail::output_context ctx;
    ctx.sc = &rows.sc();
    ctx.language = options.language;
    ctx.norms = options.norms;
    ctx.id_names = stream.columns.id_names;
    ctx.kept_names = stream.columns.kept_names;
    data.values.assign(inst.scores.size(), {});
    std::string status;
    while (const auto* view = stream.next()) {
        rows.score(*view);
        if (options.skip_empty && rows.empty()) continue;
        if (!options.respondent.empty() && rows.id() != options.respondent) continue;
        status = rows.reasons().empty() ? "ok"
                                        : "line " + std::to_string(view->line) + ": " +
                                              detail::join(rows.reasons(), "; ");
        data.cards.push_back(
            detail::html_card(ctx, {view->line, rows.ids(), rows.id(), &rows.result(), rows.group(),
                                    stream.kept, status, rows.answers(), rows.unreadable()}));
        data.labels.emplace_back(rows.id());
        for (std::size_t s = 0; s < inst.scores.size(); ++s) {
            const auto& v = rows.result().scores()[s];
            data.values[s].push_back(v.status == score_status::valid
                                         ? v.value
                                         : std::numeric_limits<double>::quiet_NaN());
        }
    }
    return stream.reader.error();
}

}  // namespace

result<html_report> make_html_report(const instrument& inst, std::istream& in,
                                     const table_options& options,
                                     const html_report_options& report) {
    // Read three times (checks, cards, statistics): held in memory, as the rows are few; an
    // input far larger than max_rows rows can be is refused before it fills the memory.
    std::string text;
    if (!read_bounded(in, report.max_rows, text)) return too_many_rows(options, 0, report.max_rows);
    table_options checks = options;
    checks.format = output_format::csv;
    checks.respondent = report.respondent;
    checks.output_discardable = true;
    checks.progress = {};
    discard_buffer nothing;
    std::ostream sink(&nothing);
    std::istringstream first(text);
    auto summary = score_table(inst, first, sink, checks);
    if (!summary) return summary.errors();
    if (summary.value().rows + summary.value().skipped_empty > report.max_rows)
        return too_many_rows(options, summary.value().rows, report.max_rows);

    detail::report_data data;
    data.language = options.language;
    data.title = report.title;
    data.respondent = report.respondent;
    data.summary_only = report.summary;
    data.summary = std::move(summary).value();
    data.words = options.words;
    if (auto problems = collect(inst, text, checks, data); !problems.empty()) return problems;
    if (report.respondent.empty()) {
        std::istringstream third(text);
        table_options plain = options;
        plain.progress = {};
        auto stats = compute_statistics(inst, third, plain);
        if (!stats) return stats.errors();
        data.stats = std::move(stats).value();
    }
    const scorer sc(inst, options.scoring);
    data.sc = &sc;
    html_report out;
    out.html = detail::html_page(data, out.plane);
    out.summary = std::move(data.summary);
    out.cards = data.cards.size();
    return out;
}

}  // namespace attachscore
