#include "atomic_output.hpp"

#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <iostream>
#include <system_error>

#include <fmt/format.h>

#include "cli_support.hpp"

namespace attachscore::cli {
namespace {

// The temporary file to remove when a signal ends the run. A handler may only call
// async-signal-safe functions, so the name waits in a fixed buffer.
char pending_temp[PATH_MAX + 1];
volatile std::sig_atomic_t has_pending = 0;

extern "C" void remove_pending_and_die(int sig) {
    if (has_pending) ::unlink(pending_temp);
    ::signal(sig, SIG_DFL);
    ::raise(sig);
}

void watch(const std::filesystem::path& temp) {
    const std::string name = temp.string();
    if (name.size() > PATH_MAX) return;
    std::memcpy(pending_temp, name.c_str(), name.size() + 1);
    has_pending = 1;
    struct sigaction action {};
    action.sa_handler = remove_pending_and_die;
    sigemptyset(&action.sa_mask);
    for (int sig : {SIGINT, SIGTERM, SIGHUP})
        ::sigaction(sig, &action, nullptr);
}

void unwatch() {
    has_pending = 0;
}

bool names_stdout(const std::string& name) {
    return name == "/dev/stdout" || name == "/dev/fd/1" || name == "/proc/self/fd/1";
}

}  // namespace

std::ostream& atomic_output::stdout_stream() {
    return std::cout;
}

atomic_output::atomic_output(std::filesystem::path target, options opts)
    : target_(std::move(target)) {
    if (names_stdout(target_.string())) {
        through_stdout_ = true;
        return;
    }
    std::error_code ec;
    real_ = std::filesystem::is_symlink(target_, ec)
                ? std::filesystem::weakly_canonical(target_, ec)
                : target_;
    if (ec) real_ = target_;
    struct stat existing {};
    const bool exists = ::stat(real_.c_str(), &existing) == 0;
    if (exists && S_ISDIR(existing.st_mode)) {
        error_ = target_.string() + " is a folder; name a file";
        return;
    }
    if (exists && !S_ISREG(existing.st_mode)) {  // a device, a FIFO, a terminal: write through
        through_ = true;
        stream_.open(real_, std::ios::binary | std::ios::out);
        if (!stream_) error_ = "cannot write to " + target_.string() + ": " + std::strerror(errno);
        return;
    }
    for (const auto& [path, what] : opts.reads) {
        struct stat read {};
        if (exists && !path.empty() && ::stat(path.c_str(), &read) == 0 &&
            read.st_dev == existing.st_dev && read.st_ino == existing.st_ino) {
            error_ = opts.flag + " " + target_.string() + " names " + what +
                     ", which this command reads: writing there would replace it. Name another "
                     "output file";
            return;
        }
    }
    copy_in_ = exists && existing.st_nlink > 1;
    struct stat wanted = existing;
    if (!exists) wanted.st_mode = opts.mode.value_or(0600);
    open_temporary(real_, exists ? &existing : &wanted);
}

void atomic_output::open_temporary(const std::filesystem::path& real, const struct stat* like) {
    const auto dir = real.parent_path().empty() ? std::filesystem::path(".") : real.parent_path();
    // A short name, so that a target name near the 255-byte limit still leaves room.
    std::string pattern = (dir / ".attachscore-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) {
        error_ = "cannot create " + target_.string() + ": " + std::strerror(errno);
        return;
    }
    ::fchmod(fd, like->st_mode & 07777);
    if ((like->st_uid != ::geteuid() || like->st_gid != ::getegid()) &&
        ::fchown(fd, like->st_uid, like->st_gid) != 0) {
        // Only root may give a file to someone else; the mode is kept all the same.
    }
    ::close(fd);
    temp_ = pattern;
    watch(temp_);
    stream_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!stream_) error_ = "cannot create " + target_.string() + ": " + std::strerror(errno);
}

atomic_output::~atomic_output() {
    if (committed_ || temp_.empty()) return;
    stream_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
    unwatch();
}

std::string atomic_output::commit() {
    std::ostream& out = stream();
    out.flush();
    if (!out) return "writing " + target_.string() + " failed";
    if (through_stdout_) return {};
    stream_.close();
    if (through_) return {};
    std::error_code ec;
    if (copy_in_) {  // rewriting the file in place keeps its other names pointing at it
        std::filesystem::copy_file(temp_, real_, std::filesystem::copy_options::overwrite_existing,
                                   ec);
        if (!ec) std::filesystem::remove(temp_, ec);
    } else {
        std::filesystem::rename(temp_, real_, ec);
    }
    if (ec) return "cannot move the output into place at " + target_.string() + ": " + ec.message();
    unwatch();
    committed_ = true;
    return {};
}

std::optional<mode_t> parse_mode(const std::string& text) {
    if (text.empty() || text.size() > 4) return std::nullopt;
    mode_t mode = 0;
    for (char c : text) {
        if (c < '0' || c > '7') return std::nullopt;
        mode = static_cast<mode_t>(mode * 8 + static_cast<mode_t>(c - '0'));
    }
    return mode;
}

bool write_all(const std::string& output, const std::string& text,
               const atomic_output::options& opts) {
    if (output.empty() || output == "-") {
        fmt::print("{}", text);
        return true;
    }
    if (opts.template_file) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(output, ec) &&
            std::filesystem::file_size(output, ec) > 0) {
            std::ifstream existing(output, std::ios::binary);
            const std::string held{std::istreambuf_iterator<char>(existing), {}};
            if (held != text) {
                eprint(
                    "attachscore: {} {} already exists and holds something other than this "
                    "template (filled-in values?); writing the template would empty it. Name a "
                    "new file, or move that one away first.\n",
                    opts.flag, output);
                return false;
            }
        }
    }
    atomic_output out(output, opts);
    if (!out.error().empty()) {
        eprint("attachscore: {}.\n", out.error());
        return false;
    }
    out.stream() << text;
    if (auto err = out.commit(); !err.empty()) {
        eprint("attachscore: {}.\n", err);
        return false;
    }
    return true;
}

}  // namespace attachscore::cli
