#include <readstat.h>

#include <string>
#include <vector>

#include "attachscore/table.hpp"
#include "common/number_format.hpp"
#include "input/stat_kind.hpp"

namespace attachscore {
namespace {

using detail::kind_of;
using detail::stat_kind;

// Collects the file's cases as cells: variable names first, then one row per case.
struct collector {
    std::vector<std::string> names;
    cell_table cells;
    std::vector<std::string> row;  ///< the case being read, one cell per variable
    bool started = false;
    std::string error;
};

// A damaged file can give a variable no name, or an index out of order: neither may crash.
int on_variable(int index, readstat_variable_t* variable, const char*, void* ctx) {
    auto& c = *static_cast<collector*>(ctx);
    if (index < 0 || index > 100000) {
        c.error = "a variable has an impossible position";
        return READSTAT_HANDLER_ABORT;
    }
    const auto i = static_cast<std::size_t>(index);
    if (i >= c.names.size()) c.names.resize(i + 1);
    const char* name = readstat_variable_get_name(variable);
    c.names[i] = name && *name ? name : "V" + std::to_string(i + 1);
    return READSTAT_HANDLER_OK;
}

int on_value(int, readstat_variable_t* variable, readstat_value_t value, void* ctx) {
    auto& c = *static_cast<collector*>(ctx);
    if (!c.started) {  // every variable is known by the first value
        c.cells.header() = c.names;
        c.row.resize(c.names.size());
        c.started = true;
    }
    const int index = readstat_variable_get_index(variable);
    if (index < 0 || static_cast<std::size_t>(index) >= c.names.size()) {
        c.error = "a value belongs to no variable";
        return READSTAT_HANDLER_ABORT;
    }
    auto& cell = c.row[static_cast<std::size_t>(index)];
    cell.clear();
    // The stored value, never its label; every kind of missing value is a blank cell.
    if (!readstat_value_is_missing(value, variable)) {
        if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
            const char* s = readstat_string_value(value);
            cell = s ? s : "";
        } else {
            detail::append_number(cell, readstat_double_value(value));
        }
    }
    if (static_cast<std::size_t>(index) + 1 == c.names.size()) {
        for (const auto& v : c.row)
            c.cells.add_cell(v);
        c.cells.end_row();
    }
    return READSTAT_HANDLER_OK;
}

void on_error(const char* message, void* ctx) {
    static_cast<collector*>(ctx)->error = message ? message : "";
}

// Runs the parser that fits the file's kind; READSTAT_ERROR_OPEN for no kind.
readstat_error_t parse(readstat_parser_t* parser, const std::filesystem::path& path, void* ctx) {
    const std::string file = path.string();
    switch (kind_of(path)) {
        case stat_kind::sav:
            return readstat_parse_sav(parser, file.c_str(), ctx);
        case stat_kind::por:
            return readstat_parse_por(parser, file.c_str(), ctx);
        case stat_kind::dta:
            return readstat_parse_dta(parser, file.c_str(), ctx);
        case stat_kind::sas7bdat:
            return readstat_parse_sas7bdat(parser, file.c_str(), ctx);
        case stat_kind::xport:
            return readstat_parse_xport(parser, file.c_str(), ctx);
        case stat_kind::none:
            break;
    }
    return READSTAT_ERROR_OPEN;
}

diagnostics parse_problem(const std::filesystem::path& path, readstat_error_t err,
                          const std::string& detail) {
    const std::string file = path.string();
    if (kind_of(path) == stat_kind::none)
        return {{{file, "", 0, 0}, "this is not an SPSS, Stata or SAS file (by its extension)."}};
    return {{{file, "", 0, 0},
             "cannot read this file: " + std::string(readstat_error_message(err)) +
                 (detail.empty() ? "" : " (" + detail + ")") + "."}};
}

// The labels: each variable's label and label set, and each label set's values.
struct label_collector {
    std::map<std::string, stat_labels> variables;
    std::map<std::string, std::string> set_of;  ///< variable → its label set
    std::map<std::string, std::vector<std::pair<double, std::string>>> sets;
    std::string error;
};

int on_labelled_variable(int, readstat_variable_t* variable, const char* set, void* ctx) {
    auto& c = *static_cast<label_collector*>(ctx);
    const char* name = readstat_variable_get_name(variable);
    if (!name || !*name) return READSTAT_HANDLER_OK;
    const char* label = readstat_variable_get_label(variable);
    c.variables[name].label = label ? label : "";
    if (set && *set && readstat_variable_get_type_class(variable) == READSTAT_TYPE_CLASS_NUMERIC)
        c.set_of[name] = set;
    return READSTAT_HANDLER_OK;
}

int on_value_label(const char* set, readstat_value_t value, const char* label, void* ctx) {
    auto& c = *static_cast<label_collector*>(ctx);
    if (set && label && readstat_value_type_class(value) == READSTAT_TYPE_CLASS_NUMERIC &&
        !readstat_value_is_system_missing(value))
        c.sets[set].emplace_back(readstat_double_value(value), label);
    return READSTAT_HANDLER_OK;
}

void on_label_error(const char* message, void* ctx) {
    static_cast<label_collector*>(ctx)->error = message ? message : "";
}

}  // namespace

result<std::map<std::string, stat_labels>> read_stat_labels(const std::filesystem::path& path) {
    label_collector c;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_variable_handler(parser, on_labelled_variable);
    readstat_set_value_label_handler(parser, on_value_label);
    readstat_set_error_handler(parser, on_label_error);
    const readstat_error_t err = parse(parser, path, &c);
    readstat_parser_free(parser);
    if (err != READSTAT_OK || kind_of(path) == stat_kind::none)
        return parse_problem(path, err, c.error);
    for (const auto& [variable, set] : c.set_of)
        if (auto it = c.sets.find(set); it != c.sets.end())
            c.variables[variable].values = it->second;
    return c.variables;
}

result<cell_table> read_stat_file(const std::filesystem::path& path) {
    collector c;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_variable_handler(parser, on_variable);
    readstat_set_value_handler(parser, on_value);
    readstat_set_error_handler(parser, on_error);
    const readstat_error_t err = parse(parser, path, &c);
    readstat_parser_free(parser);
    if (err != READSTAT_OK || kind_of(path) == stat_kind::none)
        return parse_problem(path, err, c.error);
    if (!c.started) c.cells.header() = c.names;  // variables but no cases
    return std::move(c.cells);
}

}  // namespace attachscore
