// An output file that appears only when complete: written to a temporary file beside it and
// renamed at the end, so a failed run never leaves half a file.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace attachscore::cli {

class atomic_output {
  public:
    explicit atomic_output(std::filesystem::path target);
    ~atomic_output();  // removes the temporary file unless commit() succeeded
    atomic_output(const atomic_output&) = delete;
    atomic_output& operator=(const atomic_output&) = delete;

    [[nodiscard]] bool is_open() const { return stream_.is_open(); }
    [[nodiscard]] std::ostream& stream() { return stream_; }
    /// Flushes, closes and renames; returns an error message, empty on success.
    [[nodiscard]] std::string commit();

  private:
    std::filesystem::path target_;
    std::filesystem::path temp_;
    std::ofstream stream_;
    bool committed_ = false;
};

}  // namespace attachscore::cli
