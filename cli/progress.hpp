// Progress of a long run on standard error, only when it is a terminal: rows, MB/s and the time
// left, shown once a run has taken a second, on one line that is cleared at the end.
#pragma once

#include <chrono>
#include <cstdint>

#include "attachscore/table.hpp"

namespace attachscore::cli {

class progress_display {
  public:
    /// `total_bytes` 0 when the input's size is unknown (a pipe): then no time left is shown.
    progress_display(std::uint64_t total_bytes, bool enabled);
    ~progress_display();
    progress_display(const progress_display&) = delete;
    progress_display& operator=(const progress_display&) = delete;

    void update(const table_progress& p);
    /// Clears the line, before the summary is printed.
    void finish();

  private:
    using clock = std::chrono::steady_clock;
    std::uint64_t total_;
    bool enabled_;
    bool shown_ = false;
    clock::time_point start_ = clock::now();
    clock::time_point last_{};
    clock::duration delay_;
};

}  // namespace attachscore::cli
