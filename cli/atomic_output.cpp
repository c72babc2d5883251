#include "atomic_output.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <system_error>

namespace attachscore::cli {

atomic_output::atomic_output(std::filesystem::path target) : target_(std::move(target)) {
    std::string pattern = target_.string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) return;
    // mkstemp makes the file private; give it the permissions any new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    ::close(fd);
    temp_ = pattern;
    stream_.open(temp_, std::ios::binary | std::ios::trunc);
}

atomic_output::~atomic_output() {
    if (committed_ || temp_.empty()) return;
    stream_.close();
    std::error_code ec;
    std::filesystem::remove(temp_, ec);
}

std::string atomic_output::commit() {
    stream_.flush();
    if (!stream_) return "writing " + target_.string() + " failed";
    stream_.close();
    std::error_code ec;
    std::filesystem::rename(temp_, target_, ec);
    if (ec) return "cannot move the output into place at " + target_.string() + ": " + ec.message();
    committed_ = true;
    return {};
}

}  // namespace attachscore::cli
