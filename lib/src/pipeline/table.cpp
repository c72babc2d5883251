// score_table: read → map columns → check the data against the definition (first pass) → score
// and write every row (second pass). The first pass reads the whole input when it can be read
// again, or holds a first part of a stream and replays it. When the caller discards the output of
// a run that stops, one pass does both. The passes themselves, with their worker threads, are in
// table_pass.cpp.
#include "attachscore/table.hpp"

#include <algorithm>
#include <cmath>

#include "analysis/audit.hpp"
#include "common/text_util.hpp"
#include "input/column_mapping.hpp"
#include "input/row_source.hpp"
#include "output/output_columns.hpp"
#include "output/output_writer.hpp"
#include "pipeline/table_pass.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore {
namespace {

bool needs_utf8(const table_options& options) {
    return options.require_utf8 || options.format == output_format::json ||
           options.format == output_format::jsonl;
}

// What the first pass found that stops the run: answers on another scale, keys reversed in the
// export, text that is not UTF-8 where the output needs it.
diagnostics stops_after_check(const detail::table_run& run, const detail::table_passes& passes) {
    return detail::stops_of(passes.checks().findings(needs_utf8(run.options)), run.inst,
                            run.options);
}

detail::output_context make_context(const detail::table_run& run,
                                    const detail::table_passes& passes) {
    const auto& options = run.options;
    detail::output_context context;
    context.sc = &passes.sc();
    context.id_names = run.columns.id_names;
    context.language = options.language;
    context.interpretations = options.interpretations;
    context.norms = options.norms;
    if (options.standardize_sample)
        for (const auto& s : passes.sample())
            context.sample.emplace_back(s.mean, s.sd());
    context.kept_names = run.columns.kept_names;
    context.protect_formulas = options.protect_formulas;
    context.decimal = options.output_decimal;
    context.delimiter = options.output_delimiter;
    context.width = options.report_width;
    context.quality = options.quality;
    context.digits = options.digits;
    return context;
}

void finish_summary(const detail::table_run& run, const detail::table_passes& passes,
                    table_summary& summary) {
    const auto& reader = run.reader;
    if (reader.delimiter() != ',')
        summary.notes.push_back(std::string("columns are separated by ") +
                                (reader.delimiter() == ';' ? "semicolons" : "tabs"));
    if (reader.qualtrics())
        summary.notes.push_back(
            "a Qualtrics export: its question-text and ImportId rows (lines 2 and 3) were skipped");
    for (const auto& note : run.columns.notes)
        summary.notes.push_back(note);
    if (passes.rows().read_decimal_comma())
        summary.notes.push_back("numbers written with a decimal comma (3,5) were read as 3.5");
    // A stream's later rows may stop what its first part did not: they come after the hints.
    auto findings = passes.checks().findings(needs_utf8(run.options));
    std::stable_partition(findings.begin(), findings.end(),
                          [](const finding& f) { return f.severity == finding_severity::hint; });
    for (auto& f : findings) {
        const auto text = detail::summary_text(f, run.inst, run.options);
        if (f.code == finding_code::not_utf8) {  // said before any other warning, as it was
            summary.warnings.insert(summary.warnings.begin(), text);
            continue;
        }
        summary.hints.push_back(text);
        summary.findings.push_back(std::move(f));
    }
    for (const auto& [word, count] : passes.rows().words())
        summary.words.emplace_back(word, count);
    std::stable_sort(summary.words.begin(), summary.words.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
}

// One person's report of an id that several rows have would show them as one person.
diagnostics respondent_repeated(const detail::table_run& run, const detail::table_passes& passes) {
    const auto& lines = passes.respondent_lines();
    if (lines.size() < 2) return {};
    const auto& options = run.options;
    std::vector<std::string> at;
    for (auto line : lines)
        at.push_back(std::to_string(line));
    return {
        {{options.input_name, "", lines.front(), 0},
         std::to_string(lines.size()) + " rows have the id \"" + options.respondent + "\" (lines " +
             detail::list_some(at, 10) +
             "): a report of one person cannot show several. Give each row its own id, or "
             "add a column that tells them apart to the id (" +
             detail::words_of(options).setting(option_id::id_column, options.id_column + ",wave") +
             ")."}};
}

}  // namespace

namespace detail {

result<table_summary> score_rows(const instrument& inst, table_input in, std::ostream& out,
                                 const table_options& options, row_observer* observer) {
    const std::string& file = options.input_name;
    if (auto problems = detail::check_options(inst, options); !problems.empty()) return problems;
    detail::row_source reader(in, options.delimiter, file, options.encoding);
    if (auto problems = reader.open(); !problems.empty()) return problems;
    const auto& header = reader.header();
    auto mapped = detail::map_columns(inst, header, detail::choice_of(options), file);
    if (!mapped) return mapped.errors();
    const auto& mapping = mapped.value();
    auto columns = detail::find_columns(inst, header, mapping, options, file);
    if (!columns) return columns.errors();

    if (observer) observer->start(columns.value());
    detail::table_run run{inst, options, reader, mapping, columns.value(), observer};
    detail::table_passes passes(run);
    table_summary summary;
    summary.column_pattern = mapping.pattern;
    // One pass when the output can be thrown away; --strict keeps two so that a finding about
    // the whole input comes before the first row it stops at, as with any other output.
    const bool one_pass =
        options.output_discardable && !options.standardize_sample && !options.strict;
    if (one_pass) {
        passes.check_while_writing();
    } else {
        if (auto problems = passes.check(); !problems.empty()) return problems;
        if (auto repeated = respondent_repeated(run, passes); !repeated.empty()) return repeated;
        if (auto stops = stops_after_check(run, passes); !stops.empty()) return stops;
    }
    auto context = make_context(run, passes);
    summary.columns = detail::output_columns(context);
    if (auto problems = passes.write(std::move(context), out, summary); !problems.empty())
        return problems;
    if (one_pass)
        if (auto stops = stops_after_check(run, passes); !stops.empty()) return stops;
    if (!options.respondent.empty() && summary.rows == 0)
        return diagnostics{{{file, "", 0, 0},
                            "no row has the id \"" + options.respondent + "\" in column \"" +
                                options.id_column + "\"" +
                                (options.id_column.find(',') != std::string::npos
                                     ? "; a composite id is written with / between its parts, e.g. "
                                       "1/baseline_arm_1."
                                     : ".")}};
    if (auto repeated = respondent_repeated(run, passes); !repeated.empty()) return repeated;
    finish_summary(run, passes, summary);
    return summary;
}

}  // namespace detail

result<table_summary> score_table(const instrument& inst, table_input in, std::ostream& out,
                                  const table_options& options) {
    return detail::score_rows(inst, in, out, options, nullptr);
}

}  // namespace attachscore
