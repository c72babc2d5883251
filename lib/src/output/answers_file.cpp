// A CSV of answers that grows one respondent at a time (take --save, the class session's --save):
// created readable by its owner only, each row added in one write (rows from several threads or
// programs never interleave), cut back after a failed write so that a full disk never leaves half
// a row for the next one to be glued to.
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <sstream>

#include "attachscore/administration.hpp"
#include "attachscore/diagnostic.hpp"
#include "common/text_util.hpp"
#include "input/csv_reader.hpp"

namespace attachscore {
namespace {

bool write_whole(int fd, std::string_view text) {
    std::size_t done = 0;
    while (done < text.size()) {
        const auto n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

diagnostics problem(const std::filesystem::path& path, const std::string& text) {
    return {{{path.string(), "", 0, 0}, text}};
}

// The header as `score` reads it: no byte-order mark, no CR, names compared ignoring case.
bool same_header(std::string_view line, const instrument& inst) {
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.remove_prefix(3);
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
        line.remove_suffix(1);
    std::string wanted = answers_csv_header(inst);
    wanted.pop_back();
    return detail::lower(line) == detail::lower(wanted);
}

// Every row after the header, or why the file is not a file of answers.
diagnostics read_rows(const std::filesystem::path& path, const std::string& text,
                      const instrument& inst, std::vector<answers_file::row>& rows) {
    std::istringstream in(text);
    detail::csv_reader reader(in, ',');
    if (reader.next() != detail::csv_reader::status::record) return {};
    const std::size_t answers = inst.answer_count();
    for (;;) {
        const auto st = reader.next();
        if (st == detail::csv_reader::status::end) return {};
        const std::string at = "line " + std::to_string(reader.line()) + " of " + path.string();
        if (st == detail::csv_reader::status::error || reader.field_count() != answers + 1)
            return problem(path, at + " is not a row of " + inst.short_name +
                                     " answers; name another file, or mend that line");
        answers_file::row r{std::string(reader.field(0)), {}};
        for (std::size_t i = 1; i <= answers; ++i) {
            const auto cell = detail::trim(reader.field(i));
            double v = std::nan("");
            if (!cell.empty() && !detail::parse_number(cell, v))
                return problem(path, at + " holds \"" + printable(std::string(cell)) +
                                         "\" where an answer belongs; name another file, or "
                                         "mend that line");
            r.answers.push_back(v);
        }
        rows.push_back(std::move(r));
    }
}

std::string read_all(int fd) {
    std::string text;
    char buf[65536];
    for (;;) {
        const auto n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        text.append(buf, static_cast<std::size_t>(n));
    }
    return text;
}

// 200,000 respondents of the largest instrument: a save file is never near it.
constexpr off_t max_bytes = off_t{256} << 20;

}  // namespace

answers_file::answers_file(const instrument& inst, std::filesystem::path path, int fd)
    : inst_(&inst), path_(std::move(path)), fd_(fd) {}

answers_file::answers_file(answers_file&& other) noexcept
    : inst_(other.inst_),
      path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)),
      rows_(std::move(other.rows_)) {}

answers_file& answers_file::operator=(answers_file&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        inst_ = other.inst_;
        path_ = std::move(other.path_);
        fd_ = std::exchange(other.fd_, -1);
        rows_ = std::move(other.rows_);
    }
    return *this;
}

answers_file::~answers_file() {
    if (fd_ >= 0) ::close(fd_);
}

// Held for the whole session: a second session, or a `take`, on the same file would otherwise
// add rows the first one's rewrite (a changed or removed answer) does not know of.
diagnostics lock(int fd, const std::filesystem::path& path) {
    if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return {};
    return problem(path, path.string() +
                             " is in use by another attachscore session that saves to it (class "
                             "or take); end that one, or name another file");
}

result<answers_file> answers_file::open(const std::filesystem::path& given,
                                        const instrument& inst) {
    // Through a symbolic link to the file it names: a rewrite renames a new file over the file,
    // not over the link.
    auto path = given;
    std::error_code ec;
    for (int hop = 0; hop < 40 && std::filesystem::is_symlink(path, ec); ++hop) {
        const auto target = std::filesystem::read_symlink(path, ec);
        if (ec) break;
        path = (target.is_absolute() ? target : path.parent_path() / target).lexically_normal();
    }
    // Looked at before it is opened: opening a FIFO waits for a writer, and /dev/zero never ends.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
        return problem(given, given.string() +
                                  " is not a regular file (a folder, a device or a pipe); name a "
                                  "file to keep the answers in");
    int fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {  // new: its header now, so that a failure shows before anyone answers
        answers_file file(inst, path, fd);
        if (auto locked = lock(fd, given); !locked.empty()) return locked;
        if (!write_whole(fd, answers_csv_header(inst)) || ::fsync(fd) != 0) {
            const std::string why = std::strerror(errno);
            ::unlink(path.c_str());
            return problem(given, "cannot write to " + given.string() + ": " + why);
        }
        return file;
    }
    if (errno != EEXIST)
        return problem(given, "cannot create " + given.string() + ": " + std::strerror(errno));
    fd = ::open(path.c_str(), O_RDWR | O_APPEND | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return problem(given, "cannot open " + given.string() + ": " + std::strerror(errno));
    answers_file file(inst, path, fd);
    if (auto locked = lock(fd, given); !locked.empty()) return locked;
    if (st.st_size > max_bytes)
        return problem(given,
                       given.string() + " is far larger than a file of answers; name another");
    const std::string text = read_all(fd);
    const std::string first = text.substr(0, text.find('\n'));
    if (!text.empty() && !same_header(first, inst))
        return problem(given, given.string() + " holds other columns than " + inst.short_name +
                                  "'s answers (" + printable(first.substr(0, 40)) +
                                  "…); name another file");
    if (auto bad = read_rows(given, text, inst, file.rows_); !bad.empty()) return bad;
    // An empty file gets its header; a last line without its newline gets one.
    const std::string mend = text.empty()          ? answers_csv_header(inst)
                             : text.back() != '\n' ? std::string("\n")
                                                   : std::string();
    if (!mend.empty() && !write_whole(fd, mend))
        return problem(given, "cannot write to " + given.string() + ": " + std::strerror(errno));
    return file;
}

diagnostics answers_file::append(std::string_view id, std::span<const double> answers) {
    const std::string line = answers_csv_row(*inst_, id, answers);
    struct stat before {};
    if (::fstat(fd_, &before) != 0) return problem(path_, "cannot write to " + path_.string());
    // On the disk before the caller shows a result for it: a full disk can also show at fsync.
    if (write_whole(fd_, line) && ::fsync(fd_) == 0) return {};
    const std::string why = std::strerror(errno);
    // One whole line or nothing: cut back what a short write left.
    const bool cut = ::ftruncate(fd_, before.st_size) == 0;
    return problem(path_, "cannot write to " + path_.string() + ": " + why + " (disk full?)" +
                              (cut ? "" : "; it may now end in part of a row"));
}

diagnostics answers_file::rewrite(const std::vector<row>& all) {
    std::string text = answers_csv_header(*inst_);
    for (const auto& r : all)
        text += answers_csv_row(*inst_, r.id, r.answers);
    const auto dir = path_.parent_path().empty() ? std::filesystem::path(".") : path_.parent_path();
    std::string temp = (dir / ".attachscore-XXXXXX").string();
    const int fd = ::mkstemp(temp.data());
    if (fd < 0)
        return problem(path_,
                       "cannot write beside " + path_.string() + ": " + std::strerror(errno));
    struct stat before {};
    // The file's permissions carry over, and the new file is locked before it takes the name.
    const bool written = ::fstat(fd_, &before) == 0 && ::fchmod(fd, before.st_mode & 07777) == 0 &&
                         ::flock(fd, LOCK_EX | LOCK_NB) == 0 && write_whole(fd, text) &&
                         ::fsync(fd) == 0 && ::fcntl(fd, F_SETFL, O_APPEND) == 0;
    const std::string why = std::strerror(errno);
    if (!written || ::rename(temp.c_str(), path_.c_str()) != 0) {
        ::close(fd);
        ::unlink(temp.c_str());
        return problem(path_, "cannot write to " + path_.string() + ": " + why + " (disk full?)");
    }
    ::close(fd_);  // the old file, no longer named
    fd_ = fd;
    return {};
}

}  // namespace attachscore
