// A CSV of answers that grows one respondent at a time (take --save, the class server's --save):
// created readable by its owner only, each row added in one write, so that rows from several
// threads or programs never interleave and a stop leaves whole rows.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "attachscore/administration.hpp"
#include "attachscore/diagnostic.hpp"

namespace attachscore {
namespace {

bool write_whole(int fd, const std::string& text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace

std::string answers_file_problem(const std::filesystem::path& path, const instrument& inst) {
    std::ifstream in(path);
    if (!in) return {};
    std::string first;
    std::getline(in, first);
    if (first + "\n" == answers_csv_header(inst)) return {};
    return path.string() + " holds other columns than " + inst.short_name + "'s answers (" +
           printable(first.substr(0, 40)) + "…); name another file";
}

std::string append_answers(const std::filesystem::path& path, const instrument& inst,
                           std::string_view id, std::span<const double> answers) {
    const std::string row = answers_csv_row(inst, id, answers);
    // A new file gets its header and first row in the same write.
    int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    std::string text = row;
    if (fd >= 0) {
        text = answers_csv_header(inst) + row;
    } else if (errno == EEXIST) {
        if (auto why = answers_file_problem(path, inst); !why.empty()) return why;
        fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
    }
    if (fd < 0) return "cannot write to " + path.string() + ": " + std::strerror(errno);
    const bool written = write_whole(fd, text);
    const bool closed = ::close(fd) == 0;
    if (!written || !closed)
        return "cannot write to " + path.string() + ": " + std::strerror(errno) + " (disk full?)";
    return {};
}

}  // namespace attachscore
