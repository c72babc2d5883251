// compute_statistics: one pass over a table — each row read (table_reader), scored, and added to
// the statistics' sums (statistics_sums), the whole-table checks beside them; then reliability
// and the keying audit from those sums.
#include "attachscore/scorer.hpp"
#include "attachscore/stats.hpp"
#include "attachscore/table_reader.hpp"
#include "pipeline/statistics_sums.hpp"
#include "pipeline/table_checks.hpp"

namespace attachscore {

result<table_statistics> compute_statistics(const instrument& inst, table_input in,
                                            const table_options& options,
                                            const statistics_options& stats_options) {
    // The --by column comes with each row as the last kept column.
    table_options reading = options;
    if (!options.hints_by.empty()) reading.keep.push_back(options.hints_by);
    // One pass: the checks run beside the sums, and a finding that stops score stops here too.
    auto reader = table_reader::open(inst, in, reading, table_checks_mode::alongside);
    if (!reader) return reader.errors();
    detail::statistics_sums sums(inst, options, stats_options);
    auto result = sums.sc().make_result();
    while (const auto* row = reader.value().next()) {
        // The checks scored the row already with the same scorer's settings.
        const auto* scored = reader.value().scores();
        if (!scored) {
            sums.sc().score(row->answers, result, row->unreadable);
            scored = &result;
        }
        const std::string_view* group = options.hints_by.empty() ? nullptr : &row->kept.back();
        sums.add(row->answers, row->unreadable, *scored, group);
    }
    if (!reader.value().error().empty()) return reader.value().error();
    const auto findings = reader.value().findings();
    if (auto stops = detail::stops_of({findings.begin(), findings.end()}, inst, options);
        !stops.empty())
        return stops;
    return sums.finish(options.words ? *options.words : plain_option_words());
}

}  // namespace attachscore
