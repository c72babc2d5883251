#include <readstat.h>

#include <string>
#include <vector>

#include "attachscore/table.hpp"
#include "common/number_format.hpp"
#include "common/text_util.hpp"
#include "input/stat_kind.hpp"

namespace attachscore {
namespace {

using detail::kind_of;
using detail::stat_kind;

// Collects the file as CSV text: a header of variable names, then one line per case.
struct collector {
    std::vector<std::string> names;
    std::string csv;
    std::string row;
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
    if (c.csv.empty()) {  // the header, once every variable is known
        for (std::size_t i = 0; i < c.names.size(); ++i) {
            if (i) c.csv += ',';
            detail::append_csv_field(c.csv, c.names[i]);
        }
        c.csv += '\n';
    }
    const int index = readstat_variable_get_index(variable);
    if (index < 0 || static_cast<std::size_t>(index) >= c.names.size()) {
        c.error = "a value belongs to no variable";
        return READSTAT_HANDLER_ABORT;
    }
    if (index > 0) c.row += ',';
    // The stored value, never its label; every kind of missing value is a blank cell.
    if (!readstat_value_is_missing(value, variable)) {
        if (readstat_value_type_class(value) == READSTAT_TYPE_CLASS_STRING) {
            const char* s = readstat_string_value(value);
            detail::append_csv_field(c.row, s ? s : "");
        } else {
            detail::append_number(c.row, readstat_double_value(value));
        }
    }
    if (static_cast<std::size_t>(index) + 1 == c.names.size()) {
        c.csv += c.row;
        c.csv += '\n';
        c.row.clear();
    }
    return READSTAT_HANDLER_OK;
}

void on_error(const char* message, void* ctx) {
    static_cast<collector*>(ctx)->error = message ? message : "";
}

}  // namespace

result<std::string> read_stat_file(const std::filesystem::path& path) {
    const std::string file = path.string();
    collector c;
    readstat_parser_t* parser = readstat_parser_init();
    readstat_set_variable_handler(parser, on_variable);
    readstat_set_value_handler(parser, on_value);
    readstat_set_error_handler(parser, on_error);
    readstat_error_t err = READSTAT_OK;
    switch (kind_of(path)) {
        case stat_kind::sav:
            err = readstat_parse_sav(parser, file.c_str(), &c);
            break;
        case stat_kind::por:
            err = readstat_parse_por(parser, file.c_str(), &c);
            break;
        case stat_kind::dta:
            err = readstat_parse_dta(parser, file.c_str(), &c);
            break;
        case stat_kind::sas7bdat:
            err = readstat_parse_sas7bdat(parser, file.c_str(), &c);
            break;
        case stat_kind::xport:
            err = readstat_parse_xport(parser, file.c_str(), &c);
            break;
        case stat_kind::none:
            break;
    }
    readstat_parser_free(parser);
    if (kind_of(path) == stat_kind::none)
        return diagnostics{
            {{file, "", 0, 0}, "this is not an SPSS, Stata or SAS file (by its extension)."}};
    if (err != READSTAT_OK)
        return diagnostics{{{file, "", 0, 0},
                            "cannot read this file: " + std::string(readstat_error_message(err)) +
                                (c.error.empty() ? "" : " (" + c.error + ")") + "."}};
    if (c.csv.empty()) {  // variables but no cases
        for (std::size_t i = 0; i < c.names.size(); ++i) {
            if (i) c.csv += ',';
            detail::append_csv_field(c.csv, c.names[i]);
        }
        if (!c.names.empty()) c.csv += '\n';
    }
    return c.csv;
}

}  // namespace attachscore
