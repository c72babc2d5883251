#include "progress.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace attachscore::cli {

progress_display::progress_display(std::uint64_t total_bytes, bool enabled)
    : total_(total_bytes), enabled_(enabled), delay_(std::chrono::seconds(1)) {
    // For tests and demonstrations: show progress sooner (milliseconds).
    if (const char* ms = std::getenv("ATTACHSCORE_PROGRESS_DELAY_MS"))
        delay_ = std::chrono::milliseconds(std::strtol(ms, nullptr, 10));
}

progress_display::~progress_display() {
    finish();
}

void progress_display::finish() {
    if (shown_) std::fputs("\r\033[K", stderr);
    shown_ = false;
    enabled_ = false;
}

void progress_display::update(const table_progress& p) {
    if (!enabled_) return;
    const auto now = clock::now();
    const clock::duration interval =
        std::min<clock::duration>(delay_, std::chrono::milliseconds(200));
    if (now - start_ < delay_ || now - last_ < interval) return;
    last_ = now;
    shown_ = true;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    // A file is read twice: the whole work is twice its size, and the second pass follows.
    const double passes = total_ ? 2.0 : 1.0;
    const double done = static_cast<double>(p.bytes_read) +
                        (!p.checking && total_ ? static_cast<double>(total_) : 0);
    const double rate = done / seconds;  // bytes a second over both passes
    std::string left;
    if (total_ && rate > 0) {
        const double remaining = (passes * static_cast<double>(total_) - done) / rate;
        left = remaining < 10 ? fmt::format(", about {:.1f} s left", std::max(remaining, 0.0))
                              : fmt::format(", about {:.0f} s left", remaining);
    }
    fmt::print(stderr, "\r\033[Kattachscore: {} {} rows, {:.1f} MB/s{}",
               p.checking ? "checking" : "scoring", p.rows, rate / 1e6, left);
    std::fflush(stderr);
}

}  // namespace attachscore::cli
