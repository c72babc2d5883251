#include "score_input.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace attachscore::cli {
namespace {

// Answers typed on the command line become a one-row table with the instrument's own column names.
cell_table answers_table(const instrument& inst, const std::vector<std::string>& answers) {
    cell_table table({"id"});
    table.add_cell("answers");
    const std::size_t n_targets = inst.targets.empty() ? 1 : inst.targets.size();
    std::size_t k = 0;
    for (std::size_t t = 0; t < n_targets; ++t)
        for (const auto& it : inst.items) {
            const std::string prefix = inst.targets.empty() ? "" : inst.targets[t].id + "_";
            table.header().push_back(prefix + "item" + std::to_string(it.number));
            table.add_cell(k < answers.size() ? answers[k] : std::string());
            ++k;
        }
    table.end_row();
    return table;
}

}  // namespace

bool open_scratch_file(std::fstream& f) {
    const char* dir = std::getenv("TMPDIR");
    std::string path = std::string(dir && *dir ? dir : "/tmp") + "/attachscore-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0) return false;
    f.open(path, std::ios::in | std::ios::out | std::ios::binary | std::ios::trunc);
    ::close(fd);
    ::unlink(path.c_str());  // the open stream keeps it; nothing is left behind
    return f.is_open();
}

bool score_input::spool_stdin() {
    if (!open_scratch_file(spool_)) {
        eprint("attachscore: cannot make a temporary file to hold standard input: {}.\n",
               std::strerror(errno));
        return false;
    }
    spool_ << std::cin.rdbuf();
    spool_.flush();
    spool_.seekg(0);
    if (!spool_) {
        eprint(
            "attachscore: cannot hold standard input in a temporary file (disk "
            "full?).\n");
        return false;
    }
    in_ = &spool_;
    return true;
}

bool score_input::open(score_args& a, const instrument& inst, bool read_twice) {
    auto& t = a.table;
    t.input_name = "<stdin>";
    if (!a.answers.empty()) {
        const auto values = split_commas(a.answers);
        if (values.size() != inst.answer_count()) {
            eprint(
                "attachscore score: --answers has {} values; {} needs {}, in item order "
                "(leave a value empty for an unanswered item).\n",
                values.size(), inst.short_name, inst.answer_count());
            return false;
        }
        cells_ = answers_table(inst, values);
        in_ = nullptr;
        t.input_name = "--answers";
        t.id_column = "id";
        t.column_pattern = inst.targets.empty() ? "item{n}" : "{target}_item{n}";
        return true;
    }
    if (a.input == "-") {
        if (::isatty(STDIN_FILENO))
            eprint(
                "attachscore: reading CSV from the keyboard; end with Ctrl-D (or name a "
                "file).\n");
        return !read_twice || spool_stdin();
    }
    t.input_name = a.input;
    if (std::filesystem::is_directory(a.input)) {
        eprint("attachscore: {} is a folder; name a CSV file.\n", a.input);
        return false;
    }
    if (is_stat_file(a.input)) {
        // SPSS, Stata and SAS files are read whole through ReadStat into cells.
        auto cells = read_stat_file(a.input);
        if (!cells) {
            print_diagnostics(cells.errors());
            return false;
        }
        cells_ = std::move(cells).value();
        in_ = nullptr;
        return true;
    }
    file_.open(a.input, std::ios::binary);
    if (!file_) {
        eprint("attachscore: cannot open {}: {}.\n", a.input, std::strerror(errno));
        return false;
    }
    in_ = &file_;
    return true;
}

}  // namespace attachscore::cli
