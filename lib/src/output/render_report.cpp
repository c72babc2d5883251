// render_report: the report writer's text for one respondent, without a table around it.
#include "attachscore/report.hpp"

#include <sstream>

#include "attachscore/html_report.hpp"
#include "output/html_parts.hpp"
#include "output/output_writer.hpp"

namespace attachscore {

namespace {

// The row a report is made of, for one respondent scored outside a table.
struct single_row {
    detail::output_context context;
    std::string status;
    std::string_view id;

    single_row(const scorer& sc, const respondent_scores& scores, const report_options& options)
        : id(options.id) {
        context.sc = &sc;
        context.language = options.language;
        context.norms = options.norms;
        context.width = options.width;
        const auto& defs = sc.definition().scores;
        for (std::size_t s = 0; s < defs.size(); ++s)
            if (auto why = explain(scores.scores()[s], defs[s]); !why.empty())
                status += (status.empty() ? "" : "; ") + defs[s].id + ": " + why;
        if (status.empty()) status = "ok";
    }
    detail::scored_row row(const respondent_scores& scores, const report_options& options) const {
        return {options.line,
                {&id, id.empty() ? 0u : 1u},
                id,
                &scores,
                options.group,
                {},
                status,
                options.answers,
                {}};
    }
};

}  // namespace

std::string render_report(const scorer& sc, const respondent_scores& scores,
                          const report_options& options) {
    const single_row one(sc, scores, options);
    std::ostringstream out;
    const auto writer = detail::make_writer(output_format::report, out, one.context);
    writer->row(one.row(scores, options));
    return out.str();
}

std::string render_report_html(const scorer& sc, const respondent_scores& scores,
                               const report_options& options) {
    const single_row one(sc, scores, options);
    return detail::html_card(one.context, one.row(scores, options));
}

}  // namespace attachscore
