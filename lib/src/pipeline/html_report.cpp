// make_html_report: one pass of score_table's engine (detail::score_rows) with the rows given to
// an observer instead of a writer: each row checked as score checks it, made a card, its scores
// kept for the plane and the histograms, and added to the sample's statistics.
#include "attachscore/html_report.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <sstream>

#include "attachscore/stats.hpp"
#include "common/text_util.hpp"
#include "output/html_parts.hpp"
#include "pipeline/statistics_sums.hpp"
#include "pipeline/table_pass.hpp"

namespace attachscore {
namespace {

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

// The rows as score_table scores them: the cards and values of the first max_rows, and every
// row's sums for the sample's statistics (not on one person's page).
class report_rows final : public detail::row_observer {
  public:
    report_rows(const instrument& inst, const table_options& options, std::size_t max_rows,
                detail::report_data& data)
        : options_(options), max_rows_(max_rows), data_(data) {
        data_.values.assign(inst.scores.size(), {});
        if (options.respondent.empty()) sums_.emplace(inst, options, statistics_options{});
    }

    void start(const detail::table_columns& columns) override {
        ctx_.language = options_.language;
        ctx_.norms = options_.norms;
        ctx_.id_names = columns.id_names;
        ctx_.kept_names = columns.kept_names;
        by_ = columns.hints_by;
    }

    std::optional<diagnostic> row(const detail::row_view& row, const detail::row_scorer& rows,
                                  const detail::scored_row* written) override {
        if (sums_) {
            std::string_view group;
            if (by_) group = *by_ < row.field_count() ? detail::trim(row.field(*by_)) : "";
            sums_->add(rows.answers(), rows.unreadable(), rows.result(), by_ ? &group : nullptr);
        }
        if (written && ++rows_ <= max_rows_) add_card(rows, *written);
        return std::nullopt;
    }

    /// The rows given to the page (more than max_rows: the page is not made).
    [[nodiscard]] std::size_t rows() const noexcept { return rows_; }
    [[nodiscard]] std::optional<table_statistics> statistics() {
        if (!sums_) return std::nullopt;
        return sums_->finish(options_.words ? *options_.words : plain_option_words());
    }

  private:
    void add_card(const detail::row_scorer& rows, const detail::scored_row& written) {
        ctx_.sc = &rows.sc();
        data_.cards.push_back(detail::html_card(ctx_, written));
        data_.labels.emplace_back(rows.id());
        const auto scores = rows.result().scores();
        for (std::size_t s = 0; s < scores.size(); ++s)
            data_.values[s].push_back(scores[s].status == score_status::valid
                                          ? scores[s].value
                                          : std::numeric_limits<double>::quiet_NaN());
    }

    const table_options& options_;
    std::size_t max_rows_;
    detail::report_data& data_;
    detail::output_context ctx_;
    std::optional<std::size_t> by_;
    std::optional<detail::statistics_sums> sums_;
    std::size_t rows_ = 0;
};

}  // namespace

result<html_report> make_html_report(const instrument& inst, table_input in,
                                     const table_options& options,
                                     const html_report_options& report) {
    // CSV is held in memory, so that an input far larger than max_rows rows can be is refused
    // before it fills the memory; then read once. A cell_table is in memory already.
    std::string text;
    if (in.csv() && !read_bounded(*in.csv(), report.max_rows, text))
        return too_many_rows(options, 0, report.max_rows);
    if (in.cells() && in.cells()->rows() > report.max_rows)
        return too_many_rows(options, in.cells()->rows(), report.max_rows);
    table_options run = options;
    run.respondent = report.respondent;
    run.output_discardable = true;  // one pass: the checks beside the cards
    run.progress = {};
    detail::report_data data;
    data.language = options.language;
    data.title = report.title;
    data.respondent = report.respondent;
    data.summary_only = report.summary;
    data.words = options.words;
    report_rows rows(inst, run, report.max_rows, data);
    std::istringstream csv(text);
    const table_input input = in.csv() ? table_input(csv) : in;
    std::ostringstream nothing;  // an observer's run writes nothing
    auto summary = detail::score_rows(inst, input, nothing, run, &rows);
    if (!summary) return summary.errors();
    if (summary.value().rows + summary.value().skipped_empty > report.max_rows)
        return too_many_rows(options, summary.value().rows, report.max_rows);
    data.summary = std::move(summary).value();
    data.stats = rows.statistics();
    const scorer sc(inst, options.scoring);
    data.sc = &sc;
    html_report out;
    out.html = detail::html_page(data, out.plane);
    out.summary = std::move(data.summary);
    out.cards = data.cards.size();
    return out;
}

}  // namespace attachscore
