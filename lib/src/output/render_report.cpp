// render_report: the report writer's text for one respondent, without a table around it.
#include "attachscore/report.hpp"

#include <sstream>

#include "output/output_writer.hpp"

namespace attachscore {

std::string render_report(const scorer& sc, const respondent_scores& scores,
                          const report_options& options) {
    detail::output_context context;
    context.sc = &sc;
    context.language = options.language;
    context.norms = options.norms;
    context.width = options.width;
    std::string status;
    const auto& defs = sc.definition().scores;
    for (std::size_t s = 0; s < defs.size(); ++s)
        if (auto why = explain(scores.scores()[s], defs[s]); !why.empty())
            status += (status.empty() ? "" : "; ") + defs[s].id + ": " + why;
    std::ostringstream out;
    const auto writer = detail::make_writer(output_format::report, out, context);
    const std::string_view id = options.id;
    writer->row({options.line,
                 {&id, options.id.empty() ? 0u : 1u},
                 id,
                 &scores,
                 options.group,
                 {},
                 status.empty() ? "ok" : status,
                 options.answers,
                 {}});
    return out.str();
}

}  // namespace attachscore
