#include "pipeline/table_checks.hpp"

#include "common/text_util.hpp"

namespace attachscore::detail {

namespace {

audit_settings settings_of(const scorer& sc, const table_options& options) {
    const auto& order = sc.definition().item_order;
    return {options.scoring.administered_scale.has_value(),
            options.keys_as_declared || !options.scoring.already_reversed.empty(),
            !options.item_order.empty() && options.item_order == order,
            options.item_order == order ? std::string() : options.item_order,
            !options.item_columns.empty()};
}

}  // namespace

check_context make_check_context(const scorer& sc, const table_options& options,
                                 const std::vector<std::string>& header,
                                 const column_mapping& mapping, const table_columns& columns) {
    check_context c{sc, options, header, mapping, columns, {}};
    for (auto col : mapping.slot_columns)
        c.slot_names.push_back(col == no_column ? std::string() : header[col]);
    return c;
}

table_checks::table_checks(const check_context& context)
    : context_(&context),
      audit_(context.sc, context.slot_names, settings_of(context.sc, context.options)) {
    if (context.columns.hints_by) audit_.set_group_name(context.header[*context.columns.hints_by]);
}

void table_checks::add(const row_view& row, std::span<const double> answers,
                       const respondent_scores& result) {
    const auto& c = *context_;
    const auto group = c.columns.hints_by;
    audit_.add(answers, result,
               group && *group < row.field_count() ? trim(row.field(*group)) : std::string_view());
    // Text carried to the output must be UTF-8 (JSON and SPSS files cannot hold anything else).
    if (bad_line_ != 0 || c.options.encoding != text_encoding::utf8) return;
    const auto check = [&](std::size_t col) {
        if (bad_line_ == 0 && col < row.field_count() && !valid_utf8(row.field(col))) {
            bad_line_ = row.line;
            bad_column_ = c.header[col];
        }
    };
    for (auto col : c.mapping.id_columns)
        check(col);
    for (auto col : c.columns.kept)
        check(col);
}

void table_checks::merge(const table_checks& other) {
    audit_.merge(other.audit_);
    if (bad_line_ == 0 && other.bad_line_ != 0) {
        bad_line_ = other.bad_line_;
        bad_column_ = other.bad_column_;
    }
}

std::vector<finding> table_checks::findings(bool needs_utf8) const {
    const auto& c = *context_;
    auto out = audit_.verdict();
    bool header_bad = false;
    for (const auto& name : c.header)
        header_bad = header_bad || !valid_utf8(name);
    if (bad_line_ != 0 || header_bad) {
        finding f;
        f.code = finding_code::not_utf8;
        f.severity = needs_utf8 ? finding_severity::stop : finding_severity::hint;
        if (bad_line_ != 0) {  // a row says more than the header
            f.where.line = bad_line_;
            finding_column column;
            column.name = bad_column_;
            f.columns.push_back(std::move(column));
        }
        // Stops come first, as verdict() orders them.
        auto at = out.begin();
        while (needs_utf8 && at != out.end() && at->severity == finding_severity::stop)
            ++at;
        out.insert(needs_utf8 ? at : out.end(), std::move(f));
    }
    for (auto& f : out)
        f.where.file = c.options.input_name;
    return out;
}

diagnostics stops_of(const std::vector<finding>& findings, const instrument& inst,
                     const table_options& options) {
    diagnostics out;
    for (const auto& f : findings)
        if (f.severity == finding_severity::stop)
            out.push_back(
                {{f.where.file, "", 0, 0}, finding_text(f, inst, "en", words_of(options)), f.code});
    return out;
}

std::string summary_text(const finding& f, const instrument& inst, const table_options& options) {
    return finding_text(f, inst, "en", words_of(options));
}

}  // namespace attachscore::detail
