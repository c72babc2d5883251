// A scored table as an SPSS .sav file through ReadStat, streaming: a first pass over the table
// finds each column's type and width and counts the rows, a second writes them.
#include <readstat.h>

#include <algorithm>
#include <set>

#include "attachscore/table.hpp"
#include "common/text_util.hpp"
#include "input/csv_reader.hpp"
#include "input/row_source.hpp"
#include "output/sav_columns.hpp"

namespace attachscore {
namespace {

ssize_t write_bytes(const void* data, size_t len, void* ctx) {
    auto& out = *static_cast<std::ostream*>(ctx);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(len));
    return out ? static_cast<ssize_t>(len) : -1;
}

// SPSS names: a letter first, then letters, digits and _ (here "ecr-r.anxiety" → "ecr_r_anxiety"),
// at most 64 bytes, unique ignoring case, and none of SPSS's reserved words (ALL, BY, …: ReadStat
// fails on them).
std::string spss_name(const std::string& column, std::set<std::string>& taken) {
    static const std::set<std::string> reserved = {"all", "and", "by",  "eq", "ge", "gt",  "le",
                                                   "lt",  "ne",  "not", "or", "to", "with"};
    std::string name;
    for (char c : column)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) name = "v_" + name;
    if (reserved.count(detail::lower(name))) name += '_';
    if (name.size() > 60) name.resize(60);
    std::string unique = name;
    for (int k = 2; !taken.insert(detail::lower(unique)).second; ++k)
        unique = name + "_" + std::to_string(k);
    return unique;
}

struct column_plan {
    detail::sav_column role;
    bool numeric = true;
    std::size_t width = 1;
    readstat_variable_t* var = nullptr;
    bool from_input = false;           ///< carried from the input (an id, a kept column)
    std::vector<std::string> missing;  ///< cells that mean "not answered" there
};

// A column carried from the input: its missing codes are SPSS missing values, and an input file's
// labels stay with it.
void carry_input(column_plan& p, const output_column& column, const sav_options& options) {
    if (column.role != column_role::id && column.role != column_role::kept) return;
    p.from_input = true;
    p.missing = options.missing_codes;
    const auto it = options.input_labels.find(column.name);
    if (it == options.input_labels.end()) return;
    p.role.label = it->second.label;
    p.role.value_labels = it->second.values;
}

bool is_missing(const column_plan& p, std::string_view cell) {
    return std::find(p.missing.begin(), p.missing.end(), cell) != p.missing.end();
}

// The first pass: every column's type and width, the row count, and values a coded column does
// not know (which would be a bug) or text that is not UTF-8.
diagnostics plan_columns(std::istream& in, std::vector<column_plan>& plan, long& rows,
                         const option_words& words) {
    detail::csv_reader reader(in);
    if (reader.next() != detail::csv_reader::status::record)
        return {{{}, "there is nothing to write."}};
    rows = 0;
    for (;;) {
        const auto st = reader.next();
        if (st == detail::csv_reader::status::end) break;
        if (st == detail::csv_reader::status::error) return {{{}, reader.error_message() + "."}};
        ++rows;
        for (std::size_t i = 0; i < plan.size() && i < reader.field_count(); ++i) {
            auto& p = plan[i];
            std::string_view cell = reader.field(i);
            if (is_missing(p, cell)) cell = {};
            p.width = std::max(p.width, cell.size());
            double v = 0;
            if (p.role.coded) {
                if (!cell.empty() && !p.role.codes.count(std::string(cell)))
                    return {{{"", "", reader.line(), i + 1},
                             "\"" + std::string(cell) + "\" has no code in " + p.role.label +
                                 "; please report this as a bug."}};
            } else if (p.numeric && !cell.empty() && !detail::parse_number(cell, v)) {
                if (p.role.numeric_role)
                    return {{{"", "", reader.line(), i + 1},
                             "\"" + std::string(cell) + "\" is not a number."}};
                p.numeric = false;
            }
            if (!detail::valid_utf8(cell))
                return {{{"", "", reader.line(), i + 1},
                         "the text is not UTF-8, which SPSS files hold; say how the input is "
                         "encoded with " +
                             words.setting(option_id::encoding, "latin1") + " (or windows-1252)."}};
        }
    }
    return {};
}

void declare(readstat_writer_t* w, const std::vector<std::string>& header,
             std::vector<column_plan>& plan) {
    std::set<std::string> taken;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        auto& p = plan[i];
        const std::string name = spss_name(header[i], taken);
        if (p.role.coded) {
            auto* set = readstat_add_label_set(w, READSTAT_TYPE_DOUBLE, (name + "_l").c_str());
            for (const auto& [code, label] : p.role.value_labels)
                readstat_label_double_value(set, code, label.c_str());
            p.var = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_label_set(p.var, set);
            readstat_variable_set_measure(p.var, READSTAT_MEASURE_NOMINAL);
        } else if (p.numeric) {
            p.var = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_measure(p.var, READSTAT_MEASURE_SCALE);
            if (!p.role.value_labels.empty()) {  // an input variable's own value labels
                auto* set = readstat_add_label_set(w, READSTAT_TYPE_DOUBLE, (name + "_l").c_str());
                for (const auto& [code, label] : p.role.value_labels)
                    readstat_label_double_value(set, code, label.c_str());
                readstat_variable_set_label_set(p.var, set);
                readstat_variable_set_measure(p.var, READSTAT_MEASURE_NOMINAL);
            }
        } else {
            p.var = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_STRING,
                                          std::min<std::size_t>(p.width, 32767));
        }
        const std::string label = p.role.label.empty() ? header[i] : p.role.label;
        readstat_variable_set_label(p.var, label.substr(0, 255).c_str());
    }
}

readstat_error_t write_rows(readstat_writer_t* w, std::istream& in,
                            const std::vector<column_plan>& plan) {
    detail::csv_reader reader(in);
    reader.next();  // the header
    std::string cell;
    while (reader.next() == detail::csv_reader::status::record) {
        if (auto e = readstat_begin_row(w); e != READSTAT_OK) return e;
        for (std::size_t i = 0; i < plan.size(); ++i) {
            const auto& p = plan[i];
            cell = i < reader.field_count() ? std::string(reader.field(i)) : std::string();
            if (is_missing(p, cell)) cell.clear();
            double v = 0;
            readstat_error_t e = READSTAT_OK;
            if (p.role.coded)
                e = cell.empty() ? readstat_insert_missing_value(w, p.var)
                                 : readstat_insert_double_value(w, p.var, p.role.codes.at(cell));
            else if (p.numeric)
                e = cell.empty() || !detail::parse_number(cell, v)
                        ? readstat_insert_missing_value(w, p.var)
                        : readstat_insert_double_value(w, p.var, v);
            else
                e = readstat_insert_string_value(w, p.var, cell.substr(0, 32767).c_str());
            if (e != READSTAT_OK) return e;
        }
        if (auto e = readstat_end_row(w); e != READSTAT_OK) return e;
    }
    return READSTAT_OK;
}

// The table must be the one its description was made for: the same columns in the same order.
diagnostics check_schema(std::size_t instruments, const std::vector<std::string>& header,
                         const std::vector<output_column>& columns) {
    const std::string way_on =
        " Give write_sav the table_summary::columns of the run that wrote the table (or "
        "joined_columns for several instruments).";
    if (columns.size() != header.size())
        return {{{},
                 "the table has " + std::to_string(header.size()) +
                     " columns and its description " + std::to_string(columns.size()) + "." +
                     way_on}};
    for (std::size_t i = 0; i < header.size(); ++i)
        if (columns[i].name != header[i] || columns[i].instrument >= instruments)
            return {{{"", "", 1, i + 1},
                     "the table's column \"" + header[i] + "\" is \"" + columns[i].name +
                         "\" in its description." + way_on}};
    return {};
}

}  // namespace

diagnostics write_sav(std::span<const instrument* const> insts, std::istream& scored,
                      std::ostream& out, const sav_options& options) {
    std::vector<std::string> header;
    {
        detail::csv_reader reader(scored);
        if (reader.next() != detail::csv_reader::status::record)
            return {{{}, "there is nothing to write."}};
        for (std::size_t i = 0; i < reader.field_count(); ++i)
            header.emplace_back(reader.field(i));
    }
    if (auto problems = check_schema(insts.size(), header, options.columns); !problems.empty())
        return problems;
    std::vector<column_plan> plan(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        const auto& column = options.columns[i];
        plan[i].role =
            detail::describe_sav_column(*insts[column.instrument], column, options.language,
                                        options.norms, options.administered_scale);
        if (column.role == column_role::id) plan[i].numeric = false;  // "007" is not 7
        for (const auto& name : options.text_columns)
            if (detail::normalize_name(name) == detail::normalize_name(header[i]))
                plan[i].numeric = false;
        carry_input(plan[i], column, options);
    }
    long rows = 0;
    scored.clear();
    scored.seekg(0);
    if (auto problems =
            plan_columns(scored, plan, rows, options.words ? *options.words : plain_option_words());
        !problems.empty())
        return problems;

    readstat_writer_t* w = readstat_writer_init();
    readstat_set_data_writer(w, write_bytes);
    std::string file_label;
    for (const auto* inst : insts)
        file_label += (file_label.empty() ? "" : ", ") + inst->short_name;
    readstat_writer_set_file_label(w, (file_label + " scores (attachscore)").substr(0, 64).c_str());
    readstat_writer_set_compression(w, READSTAT_COMPRESS_ROWS);
    declare(w, header, plan);
    scored.clear();
    scored.seekg(0);
    readstat_error_t e = readstat_begin_writing_sav(w, &out, rows);
    if (e == READSTAT_OK) e = write_rows(w, scored, plan);
    if (e == READSTAT_OK) e = readstat_end_writing(w);
    readstat_writer_free(w);
    if (e != READSTAT_OK)
        return {{{},
                 std::string("ReadStat could not write the SPSS file: ") +
                     readstat_error_message(e) + "."}};
    return {};
}

}  // namespace attachscore
