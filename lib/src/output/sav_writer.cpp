#include <readstat.h>

#include <map>
#include <set>
#include <sstream>

#include "attachscore/table.hpp"
#include "input/csv_reader.hpp"
#include "common/text_util.hpp"

namespace attachscore {
namespace {

ssize_t write_bytes(const void* data, size_t len, void* ctx) {
    auto& out = *static_cast<std::ostream*>(ctx);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(len));
    return out ? static_cast<ssize_t>(len) : -1;
}

// SPSS names: a letter first, then letters, digits and _ (here "ecr-r.anxiety" → "ecr_r_anxiety").
std::string spss_name(const std::string& column, std::set<std::string>& taken) {
    std::string name;
    for (char c : column)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (name.empty() || !std::isalpha(static_cast<unsigned char>(name[0]))) name = "v_" + name;
    if (name.size() > 60) name.resize(60);
    std::string unique = name;
    for (int k = 2; !taken.insert(detail::lower(unique)).second; ++k)
        unique = name + "_" + std::to_string(k);
    return unique;
}

// A label for a score column from the instrument: "ECR-R Attachment anxiety (mean, 1–7)".
std::string column_label(const instrument& inst, const std::string& column) {
    const auto label_of = [&](const score_definition& s) {
        auto it = s.label.find("en");
        return it == s.label.end() ? s.id : it->second;
    };
    for (const auto& s : inst.scores) {
        const std::string range = std::to_string(static_cast<long long>(s.lowest)) + "–" +
                                  std::to_string(static_cast<long long>(s.highest));
        const std::string base = inst.short_name + " " + label_of(s);
        if (column == s.id)
            return base + " (" + (s.aggregate == aggregation::mean ? "mean" : "sum") + ", " +
                   range + ")";
        if (column == s.id + "_answered")
            return base + ": " + (s.derived() ? "valid input scores" : "items answered");
        if (column == s.id + "_band") return base + ": band";
        if (column == s.id + "_z") return base + ": z against the norms";
        if (column == s.id + "_t") return base + ": T against the norms";
        if (column == s.id + "_percentile") return base + ": percentile against the norms";
        if (column == s.id + "_sample_z") return base + ": z within this sample";
    }
    for (const auto& c : inst.categories) {
        auto it = c.label.find("en");
        const std::string label = it == c.label.end() ? c.id : it->second;
        if (column == c.id) return inst.short_name + " category: " + label;
        if (column == c.id + "_method") return inst.short_name + " category method";
        if (column == c.id + "_near_boundary") return inst.short_name + " category near a boundary";
    }
    if (column == "status") return "Scoring status (ok, or why not)";
    return column;
}

}  // namespace

diagnostics write_sav(const instrument& inst, const std::string& csv_text, std::ostream& out) {
    // Read the scored table: its columns, and for each whether every value is a number.
    std::istringstream in(csv_text);
    detail::csv_reader reader(in);
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    if (reader.next() != detail::csv_reader::status::record)
        return {{{}, "there is nothing to write."}};
    for (std::size_t i = 0; i < reader.field_count(); ++i)
        header.emplace_back(reader.field(i));
    while (reader.next() == detail::csv_reader::status::record) {
        rows.emplace_back();
        for (std::size_t i = 0; i < reader.field_count(); ++i)
            rows.back().emplace_back(reader.field(i));
    }
    const std::size_t n = header.size();
    std::vector<bool> numeric(n, true);
    std::vector<std::size_t> width(n, 1);
    std::vector<std::set<std::string>> values(n);
    for (const auto& r : rows)
        for (std::size_t i = 0; i < n && i < r.size(); ++i) {
            double v = 0;
            if (!r[i].empty() && !detail::parse_number(r[i], v)) numeric[i] = false;
            width[i] = std::max(width[i], r[i].size());
            values[i].insert(r[i]);
        }
    // Category columns become numeric codes with value labels, as SPSS users expect.
    std::vector<bool> coded(n, false);
    for (std::size_t i = 0; i < n; ++i)
        for (const auto& c : inst.categories)
            if (header[i] == c.id && !numeric[i]) coded[i] = true;

    readstat_writer_t* w = readstat_writer_init();
    readstat_set_data_writer(w, write_bytes);
    readstat_writer_set_file_label(w, (inst.short_name + " scores (attachscore)").c_str());
    std::set<std::string> taken;
    std::vector<readstat_variable_t*> vars(n);
    std::vector<std::map<std::string, double>> codes(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::string name = spss_name(header[i], taken);
        if (coded[i]) {
            readstat_label_set_t* set =
                readstat_add_label_set(w, READSTAT_TYPE_DOUBLE, (name + "_l").c_str());
            double code = 1;
            for (const auto& v : values[i])
                if (!v.empty()) {
                    codes[i][v] = code;
                    readstat_label_double_value(set, code++, v.c_str());
                }
            vars[i] = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_label_set(vars[i], set);
        } else if (numeric[i]) {
            vars[i] = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_DOUBLE, 0);
        } else {
            vars[i] = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_STRING, width[i]);
        }
        readstat_variable_set_label(vars[i], column_label(inst, header[i]).c_str());
    }
    diagnostics problems;
    if (readstat_begin_writing_sav(w, &out, static_cast<long>(rows.size())) != READSTAT_OK)
        problems.push_back({{}, "ReadStat could not start the SPSS file."});
    for (std::size_t r = 0; r < rows.size() && problems.empty(); ++r) {
        readstat_begin_row(w);
        for (std::size_t i = 0; i < n; ++i) {
            const std::string cell = i < rows[r].size() ? rows[r][i] : std::string();
            double v = 0;
            if (coded[i])
                cell.empty() ? readstat_insert_missing_value(w, vars[i])
                             : readstat_insert_double_value(w, vars[i], codes[i][cell]);
            else if (numeric[i])
                cell.empty() || !detail::parse_number(cell, v)
                    ? readstat_insert_missing_value(w, vars[i])
                    : readstat_insert_double_value(w, vars[i], v);
            else
                readstat_insert_string_value(w, vars[i], cell.c_str());
        }
        if (readstat_end_row(w) != READSTAT_OK)
            problems.push_back({{}, "ReadStat could not write a row."});
    }
    if (problems.empty() && readstat_end_writing(w) != READSTAT_OK)
        problems.push_back({{}, "ReadStat could not finish the SPSS file."});
    readstat_writer_free(w);
    return problems;
}

}  // namespace attachscore
