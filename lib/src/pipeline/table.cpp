// score_table: read → map columns → check the data against the definition (first pass) → score
// and write every row (second pass). The first pass reads the whole input when it can be read
// again, or holds a first part of a stream and replays it.
#include "attachscore/table.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "analysis/audit.hpp"
#include "common/text_util.hpp"
#include "input/column_mapping.hpp"
#include "input/row_source.hpp"
#include "output/output_writer.hpp"
#include "pipeline/row_scorer.hpp"
#include "pipeline/table_setup.hpp"

namespace attachscore {
namespace {

using detail::trim;

// Welford's running mean and variance of each score over the valid rows.
struct running_stats {
    std::size_t n = 0;
    double mean = 0;
    double m2 = 0;
    void add(double x) {
        ++n;
        const double d = x - mean;
        mean += d / static_cast<double>(n);
        m2 += d * (x - mean);
    }
    [[nodiscard]] double sd() const {
        return n > 1 ? std::sqrt(m2 / static_cast<double>(n - 1)) : 0;
    }
};

constexpr std::size_t max_listed_problems = 5;

// What both passes share.
struct table_run {
    const instrument& inst;
    const table_options& options;
    detail::row_source& reader;
    const detail::column_mapping& mapping;
    const detail::table_columns& columns;
    detail::row_scorer& rows;
    detail::audit& checks;
    std::string bad_text;          ///< where text that is not UTF-8 was first seen
    std::size_t checked_rows = 0;  ///< rows the first pass read (and gave to the audit)

    void audit_row() {
        checks.add(rows.answers(), rows.result(),
                   columns.hints_by && *columns.hints_by < reader.field_count()
                       ? trim(reader.field(*columns.hints_by))
                       : std::string_view());
        if (bad_text.empty() && options.encoding == text_encoding::utf8) check_text();
    }
    // Text carried to the output must be UTF-8 (JSON and SPSS files cannot hold anything else).
    void check_text() {
        const auto check = [&](std::size_t col) {
            if (col < reader.field_count() && !detail::valid_utf8(reader.field(col)))
                bad_text =
                    "line " + std::to_string(reader.line()) + ", column " + reader.header()[col];
        };
        for (auto col : mapping.id_columns)
            check(col);
        for (auto col : columns.kept)
            check(col);
    }
};

// The first pass: the audit of every row (or of a stream's first part) and the sample's means.
diagnostics check_pass(table_run& run, std::vector<running_stats>& sample) {
    auto& reader = run.reader;
    const bool seekable = reader.seekable();
    if (run.options.standardize_sample && !seekable)
        return {{{run.options.input_name, "", 0, 0},
                 "--standardize sample reads the input twice, and this input cannot be read "
                 "again; give a file."}};
    sample.assign(run.inst.scores.size(), {});
    bool more = true;
    while (more && reader.next()) {
        more = seekable || reader.hold(run.options.check_bytes);
        ++run.checked_rows;
        run.rows.score(reader);
        if (run.options.skip_empty && run.rows.empty()) continue;
        run.audit_row();
        for (std::size_t s = 0; s < sample.size(); ++s)
            if (run.rows.result().scores()[s].status == score_status::valid)
                sample[s].add(run.rows.result().scores()[s].value);
    }
    if (!reader.error().empty()) return reader.error();
    run.rows.forget_words();
    if (seekable) {
        if (!reader.rewind())
            return {{{run.options.input_name, "", 0, 0}, "the input could not be read again."}};
    } else {
        reader.replay();
    }
    return {};
}

// What the first pass found that stops the run: answers on another scale, keys reversed in the
// export, text that is not UTF-8 where the output needs it.
diagnostics stops_after_check(table_run& run, table_summary& summary) {
    diagnostics out;
    for (auto& stop : run.checks.verdict().stops)
        out.push_back({{run.options.input_name, "", 0, 0}, std::move(stop)});
    const bool needs_utf8 = run.options.require_utf8 || run.options.format == output_format::json ||
                            run.options.format == output_format::jsonl;
    for (const auto& name : run.reader.header())
        if (run.bad_text.empty() && !detail::valid_utf8(name)) run.bad_text = "the header";
    if (!run.bad_text.empty()) {
        const std::string where = run.bad_text + " holds text that is not UTF-8";
        const std::string how =
            "say how the file is encoded with --encoding latin1 (or windows-1252) to have it "
            "converted to UTF-8";
        if (needs_utf8)
            out.push_back({{run.options.input_name, "", 0, 0},
                           where + ", which this output cannot hold: " + how + "."});
        else
            summary.warnings.push_back(where + "; it was copied byte for byte: " + how);
    }
    return out;
}

detail::output_context make_context(const table_run& run,
                                    const std::vector<running_stats>& sample) {
    const auto& options = run.options;
    detail::output_context context;
    context.sc = &run.rows.sc();
    context.id_names = run.columns.id_names;
    context.language = options.language;
    context.interpretations = options.interpretations;
    context.norms = options.norms;
    if (options.standardize_sample)
        for (const auto& s : sample)
            context.sample.emplace_back(s.mean, s.sd());
    context.kept_names = run.columns.kept_names;
    context.protect_formulas = options.protect_formulas;
    context.decimal = options.output_decimal;
    context.delimiter = options.output_delimiter;
    context.width = options.report_width;
    return context;
}

// Repeated ids: every row is scored, but the user hears of it.
class id_tracker {
  public:
    void add(const std::string& id, std::size_t line, table_summary& summary) {
        if (id.empty()) return;
        auto [it, fresh] = first_line_.emplace(id, line);
        if (!fresh && ++repeats_ <= 5)
            summary.warnings.push_back("id \"" + printable(id) + "\" appears on line " +
                                       std::to_string(it->second) + " and again on line " +
                                       std::to_string(line));
    }
    void finish(table_summary& summary) const {
        if (repeats_ > 5)
            summary.warnings.push_back("… " + std::to_string(repeats_ - 5) + " more repeated ids");
        if (repeats_ > 0)
            summary.warnings.insert(
                summary.warnings.begin(),
                std::to_string(repeats_) + " row" + (repeats_ == 1 ? " has" : "s have") +
                    " an id that an earlier row already has; every row is scored, but check for "
                    "duplicate submissions");
    }

  private:
    std::unordered_map<std::string, std::size_t> first_line_;
    std::size_t repeats_ = 0;
};

// The second pass: every row scored and written, in input order.
diagnostics write_pass(table_run& run, detail::output_writer& writer, std::ostream& out,
                       table_summary& summary) {
    auto& reader = run.reader;
    auto& rows = run.rows;
    const auto& options = run.options;
    std::vector<std::string_view> kept_values(run.columns.kept.size());
    id_tracker ids;
    std::string status;
    std::size_t index = 0;
    writer.begin();
    while (reader.next()) {
        rows.score(reader);
        const bool checked = ++index <= run.checked_rows;
        if (options.skip_empty && rows.empty()) {
            ++summary.skipped_empty;
            continue;
        }
        if (!checked) run.audit_row();
        if (!options.respondent.empty() && rows.id() != options.respondent) continue;
        ++summary.rows;
        if (!run.mapping.id_columns.empty()) ids.add(rows.id(), reader.line(), summary);
        if (rows.reasons().empty()) {
            status = "ok";
            ++summary.rows_valid;
        } else {
            status =
                "line " + std::to_string(reader.line()) + ": " + detail::join(rows.reasons(), "; ");
            if (options.strict)
                return {{{options.input_name, "", reader.line(), 0},
                         detail::join(rows.reasons(), "; ") +
                             " (--strict stops at the first row that cannot be scored)."}};
            for (const auto& k : rows.kinds())
                ++summary.problems[k];
            if (summary.first_problems.size() < max_listed_problems)
                summary.first_problems.push_back(status);
        }
        for (std::size_t k = 0; k < kept_values.size(); ++k) {
            const auto col = run.columns.kept[k];
            kept_values[k] = col < reader.field_count() ? trim(reader.field(col)) : "";
        }
        writer.row({reader.line(), rows.ids(), rows.id(), &rows.result(), rows.group(), kept_values,
                    status});
        if (!out) return {{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    }
    if (!reader.error().empty()) return reader.error();
    writer.end();
    if (!out) return {{{"", "", 0, 0}, "writing the output failed (disk full?)."}};
    ids.finish(summary);
    return {};
}

void finish_summary(const table_run& run, table_summary& summary) {
    const auto& reader = run.reader;
    if (reader.delimiter() != ',')
        summary.notes.push_back(std::string("columns are separated by ") +
                                (reader.delimiter() == ';' ? "semicolons" : "tabs"));
    if (reader.qualtrics())
        summary.notes.push_back(
            "a Qualtrics export: its question-text and ImportId rows (lines 2 and 3) were skipped");
    for (const auto& note : run.columns.notes)
        summary.notes.push_back(note);
    if (run.rows.read_decimal_comma())
        summary.notes.push_back("numbers written with a decimal comma (3,5) were read as 3.5");
    auto verdict = run.checks.verdict();
    summary.hints = std::move(verdict.hints);
    for (auto& late : verdict.stops)  // a stream's later rows, after its first part was checked
        summary.hints.push_back(std::move(late));
    for (const auto& [word, count] : run.rows.words())
        summary.words.emplace_back(word, count);
    std::stable_sort(summary.words.begin(), summary.words.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
}

}  // namespace

result<table_summary> score_table(const instrument& inst, std::istream& in, std::ostream& out,
                                  const table_options& options) {
    const std::string& file = options.input_name;
    if (auto problems = detail::check_options(inst, options); !problems.empty()) return problems;
    detail::row_source reader(in, options.delimiter, file, options.encoding);
    if (auto problems = reader.open(); !problems.empty()) return problems;
    const auto& header = reader.header();
    auto mapped =
        detail::map_columns(inst, header, options.column_pattern, options.id_column, file);
    if (!mapped) return mapped.errors();
    const auto& mapping = mapped.value();
    auto columns = detail::find_columns(inst, header, mapping, options, file);
    if (!columns) return columns.errors();

    detail::row_scorer rows(inst, options, header, mapping, columns.value().norm_group,
                            reader.delimiter());
    std::vector<std::string> slot_names;
    for (auto col : mapping.slot_columns)
        slot_names.push_back(col == detail::no_column ? std::string() : header[col]);
    detail::audit checks(rows.sc(), slot_names,
                         {options.scoring.administered_scale.has_value(),
                          options.keys_as_declared || !options.scoring.already_reversed.empty()});
    if (columns.value().hints_by) checks.set_group_name(header[*columns.value().hints_by]);

    table_run run{inst, options, reader, mapping, columns.value(), rows, checks, {}, 0};
    std::vector<running_stats> sample;
    if (auto problems = check_pass(run, sample); !problems.empty()) return problems;
    table_summary summary;
    summary.column_pattern = mapping.pattern;
    if (auto stops = stops_after_check(run, summary); !stops.empty()) return stops;

    auto writer = detail::make_writer(options.format, out, make_context(run, sample));
    if (auto problems = write_pass(run, *writer, out, summary); !problems.empty()) return problems;
    if (!options.respondent.empty() && summary.rows == 0)
        return diagnostics{{{file, "", 0, 0},
                            "no row has the id \"" + options.respondent + "\" in column \"" +
                                options.id_column + "\"" +
                                (options.id_column.find(',') != std::string::npos
                                     ? "; a composite id is written with / between its parts, e.g. "
                                       "1/baseline_arm_1."
                                     : ".")}};
    finish_summary(run, summary);
    return summary;
}

}  // namespace attachscore
