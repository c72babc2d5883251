// Writes tests/data/ecr-r-golden.csv as SPSS (.sav) and Stata (.dta) files with ReadStat, so the
// CLI tests can check that they score exactly like the CSV. usage: write_stat_fixtures CSV OUTDIR
#include <readstat.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

ssize_t write_bytes(const void* data, size_t len, void* ctx) {
    return static_cast<ssize_t>(std::fwrite(data, 1, len, static_cast<std::FILE*>(ctx)));
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> out;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ','))
        out.push_back(cell);
    if (!line.empty() && line.back() == ',') out.emplace_back();
    return out;
}

bool write(const std::vector<std::vector<std::string>>& rows, const std::string& path, bool sav) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return false;
    readstat_writer_t* w = readstat_writer_init();
    readstat_set_data_writer(w, write_bytes);
    std::vector<readstat_variable_t*> vars;
    const auto& header = rows.front();
    vars.push_back(readstat_add_variable(w, header[0].c_str(), READSTAT_TYPE_STRING, 32));
    for (std::size_t i = 1; i < header.size(); ++i) {
        vars.push_back(readstat_add_variable(w, header[i].c_str(), READSTAT_TYPE_DOUBLE, 0));
        readstat_variable_set_label(vars.back(), ("ECR-R item " + header[i].substr(1)).c_str());
    }
    const long n = static_cast<long>(rows.size() - 1);
    if (sav ? readstat_begin_writing_sav(w, f, n) : readstat_begin_writing_dta(w, f, n))
        return false;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        readstat_begin_row(w);
        readstat_insert_string_value(w, vars[0], rows[r][0].c_str());
        for (std::size_t i = 1; i < vars.size(); ++i) {
            const std::string& cell = i < rows[r].size() ? rows[r][i] : std::string();
            if (cell.empty())
                readstat_insert_missing_value(w, vars[i]);
            else
                readstat_insert_double_value(w, vars[i], std::stod(cell));
        }
        readstat_end_row(w);
    }
    const bool ok = readstat_end_writing(w) == READSTAT_OK;
    readstat_writer_free(w);
    std::fclose(f);
    return ok;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    std::ifstream in(argv[1]);
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(in, line);)
        rows.push_back(split(line));
    const std::string dir = argv[2];
    return write(rows, dir + "/ecr-r-golden.sav", true) &&
                   write(rows, dir + "/ecr-r-golden.dta", false)
               ? 0
               : 1;
}
