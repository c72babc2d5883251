// Before any row is read: the options checked against the instrument, and the named columns
// (norm group, kept columns, hints by) found in the header.
#include "pipeline/table_setup.hpp"

#include <algorithm>
#include <set>

#include <cmath>

#include "common/number_format.hpp"
#include "input/answer_cells.hpp"
#include "output/output_writer.hpp"

#include "common/text_util.hpp"

namespace attachscore::detail {

namespace {

// The already-reversed items are reverse-keyed items, and keys as declared say the opposite.
void check_keys_options(const instrument& inst, const table_options& options, diagnostics& out) {
    const auto keyed = reverse_keyed_items(inst);
    const auto& w = words_of(options);
    const std::string reversed = w.name(option_id::already_reversed);
    for (int number : options.scoring.already_reversed)
        if (!inst.item_index(number))
            out.push_back({{},
                           reversed + " names item " + std::to_string(number) + ", but " +
                               inst.short_name + " has items " +
                               std::to_string(inst.items.front().number) + "–" +
                               std::to_string(inst.items.back().number) + "."});
        else if (std::find(keyed.begin(), keyed.end(), number) == keyed.end())
            out.push_back({{},
                           reversed + " names item " + std::to_string(number) + ", which " +
                               inst.short_name +
                               " does not reverse; it names reverse-keyed items only (see " +
                               w.description_of(inst.id) + ")."});
    if (options.keys_as_declared && !options.scoring.already_reversed.empty())
        out.push_back({{},
                       reversed + " and " + w.name(option_id::keys_as_declared) +
                           " say opposite things; choose one."});
}

// A recode maps words to answers on the scale, and never gives an anchor label another value.
void check_recode(const instrument& inst, const table_options& options, diagnostics& out) {
    const auto& scale = options.scoring.administered_scale;
    const int lo = scale ? scale->min : inst.scale.min, hi = scale ? scale->max : inst.scale.max;
    for (const auto& [text, value] : options.recode) {
        if (value < lo || value > hi || value != std::floor(value))
            out.push_back({{},
                           "the recode file maps \"" + text + "\" to " + number_text(value) +
                               ", which is not a whole answer on the scale " + std::to_string(lo) +
                               "–" + std::to_string(hi) + "."});
        for (const auto& a : inst.scale.anchors)
            for (const auto& [lang, label] : a.label)
                if (label_reader::key(label) == label_reader::key(text) && a.value != value)
                    out.push_back({{},
                                   "the recode file maps \"" + text + "\" to " +
                                       number_text(value) + ", but it is " + inst.short_name +
                                       "'s anchor label for " + std::to_string(a.value) +
                                       "; remove that line."});
    }
}

}  // namespace

diagnostics check_options(const instrument& inst, const table_options& options) {
    diagnostics out;
    const auto& w = words_of(options);
    if (std::find(inst.languages.begin(), inst.languages.end(), options.language) ==
        inst.languages.end())
        out.push_back({{},
                       "instrument " + inst.id + " has no texts in language \"" + options.language +
                           "\"; it has: " + detail::join(inst.languages, ", ") + "."});
    if (const auto& s = options.scoring.administered_scale; s && s->min >= s->max)
        out.push_back({{},
                       "the administered scale " + std::to_string(s->min) + "-" +
                           std::to_string(s->max) + " must go from a lower to a higher number."});
    if (!options.item_columns.empty() && !options.item_order.empty() &&
        options.item_order != inst.item_order)
        out.push_back({{},
                       w.name(option_id::item_columns) + " names each item's column in " +
                           inst.short_name + "'s own numbering; " +
                           w.setting(option_id::item_order, options.item_order) +
                           " does not apply then (leave it out)."});
    std::vector<std::string> offered;
    for (const auto& rule : inst.categories)
        if (!rule.option.empty()) offered.push_back(rule.option);
    for (const auto& name : options.scoring.classify)
        if (std::find(offered.begin(), offered.end(), name) == offered.end())
            out.push_back(
                {{},
                 w.setting(option_id::classify, name) + " is not offered for " + inst.short_name +
                     "; " +
                     (offered.empty() ? std::string("it offers no optional classification.")
                                      : "it offers: " + detail::join(offered, ", ") + ".")});
    if (options.norms && options.norms->groups.size() > 1 && options.norm_group_column.empty()) {
        std::vector<std::string> names;
        for (const auto& g : options.norms->groups)
            names.push_back(g.id);
        out.push_back({{},
                       "the norms " + options.norms->id + " are given by group (" +
                           detail::join(names, ", ") +
                           "); name the column that holds each respondent's group with " +
                           w.setting(option_id::norm_group, "COLUMN") + "."});
    }
    if (options.output_delimiter == options.output_decimal)
        out.push_back({{},
                       "numbers with a decimal comma cannot go in comma-separated output; use " +
                           w.setting(option_id::output_delimiter, "semicolon") + " (or tab)."});
    if (options.norms && options.scoring.administered_scale &&
        (options.scoring.administered_scale->min != inst.scale.min ||
         options.scoring.administered_scale->max != inst.scale.max))
        out.push_back({{},
                       "the norms " + options.norms->id + " were published for answers on " +
                           std::to_string(inst.scale.min) + "–" + std::to_string(inst.scale.max) +
                           "; scores from another administered scale cannot be compared with "
                           "them. Leave out " +
                           w.name(option_id::norms) + " or " +
                           w.name(option_id::administered_scale) + "."});
    check_keys_options(inst, options, out);
    check_recode(inst, options, out);
    if (!options.respondent.empty() && options.id_column.empty())
        out.push_back({{},
                       w.name(option_id::respondent) + " needs " + w.name(option_id::id_column) +
                           ", the column that holds the ids."});
    if (!options.norm_group_column.empty() && !options.norms)
        out.push_back({{},
                       w.name(option_id::norm_group) + " needs norms; choose them with " +
                           w.name(option_id::norms) + "."});
    return out;
}

namespace {
std::optional<std::size_t> find_column(const std::vector<std::string>& header,
                                       const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (normalize_name(header[i]) == normalize_name(name)) return i;
    return std::nullopt;
}

std::size_t count_columns(const std::vector<std::string>& header, const std::string& name) {
    return static_cast<std::size_t>(std::count_if(header.begin(), header.end(), [&](const auto& h) {
        return normalize_name(h) == normalize_name(name);
    }));
}

// Every column name the output of this instrument may have, lower-case.
std::set<std::string> output_names(const instrument& inst) {
    std::set<std::string> out = {
        "status",     "profile",          "profile_text", "administered_scale",
        "norm_group", "percentile_basis", "disclaimer"};
    for (const auto& s : inst.scores)
        for (const char* suffix : {"", "_answered", "_band", "_z", "_t", "_percentile",
                                   "_band90_low", "_band90_high", "_sample_z", "_interpretation"})
            out.insert(lower(s.id + suffix));
    for (std::size_t slot = 0; slot < inst.answer_count(); ++slot)
        if (inst.items[slot % inst.items.size()].kind == item_kind::choice)
            out.insert(lower(choice_column(inst, slot)));
    for (const auto& c : inst.categories)
        for (const char* suffix : {"", "_method", "_near_boundary"})
            out.insert(lower(c.id + suffix));
    return out;
}

// The input column's name in the output, renamed when the output already has it.
std::string output_name(const std::string& name, std::size_t column, std::set<std::string>& taken,
                        std::vector<std::string>& notes) {
    std::string unique = std::string(trim(name));
    for (int k = 2; !taken.insert(lower(unique)).second; ++k)
        unique = std::string(trim(name)) + "_" + std::to_string(k);
    if (unique != name)
        notes.push_back("the input column \"" + name + "\" (column " + std::to_string(column + 1) +
                        ") is written as \"" + unique +
                        "\": the output has a column of that name already");
    return unique;
}

diagnostic no_column_error(const std::string& file, const std::vector<std::string>& header,
                           const std::string& what) {
    return {{file, "", 1, 0},
            "there is no column \"" + what + ". The header has: " + list_some(header, 12) + "."};
}
}  // namespace

result<table_columns> find_columns(const instrument& inst, const std::vector<std::string>& header,
                                   const column_mapping& mapping, const table_options& options,
                                   const std::string& file) {
    table_columns out;
    if (!options.norm_group_column.empty()) {
        out.norm_group = find_column(header, options.norm_group_column);
        if (!out.norm_group)
            return diagnostics{{{file, "", 1, 0},
                                "there is no norm-group column \"" + options.norm_group_column +
                                    "\". The header has: " + list_some(header, 12) + "."}};
    }
    if (!options.hints_by.empty()) {
        out.hints_by = find_column(header, options.hints_by);
        if (!out.hints_by)
            return diagnostics{
                no_column_error(file, header, options.hints_by + "\" to group hints by")};
    }
    // Input columns carried to the output: those named, or every column that is not an answer.
    if (options.keep_all)
        for (std::size_t i = 0; i < header.size(); ++i) {
            const auto& answers = mapping.slot_columns;
            const auto& ids = mapping.id_columns;
            if (std::find(answers.begin(), answers.end(), i) == answers.end() &&
                std::find(ids.begin(), ids.end(), i) == ids.end())
                out.kept.push_back(i);
        }
    for (const auto& name : options.keep) {
        const auto found = find_column(header, name);
        if (!found) return diagnostics{no_column_error(file, header, name + "\" to keep")};
        if (const auto n = count_columns(header, name); n > 1)
            return diagnostics{{{file, "", 1, 0},
                                "the column \"" + name + "\" to keep appears " + std::to_string(n) +
                                    " times in the header (ignoring case and spaces); which one "
                                    "is meant is unclear. Rename or remove the others."}};
        if (std::find(out.kept.begin(), out.kept.end(), *found) == out.kept.end())
            out.kept.push_back(*found);
    }
    auto taken = output_names(inst);
    for (auto col : mapping.id_columns)
        out.id_names.push_back(output_name(header[col], col, taken, out.notes));
    for (auto col : out.kept)
        out.kept_names.push_back(output_name(header[col], col, taken, out.notes));
    return out;
}

}  // namespace attachscore::detail
