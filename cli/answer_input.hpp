// Where take's answers come from: on a terminal, one key per answer (no Enter needed); from a
// script or a pipe, one line per answer.
#pragma once

#include <termios.h>

#include <cstddef>
#include <optional>
#include <string>

namespace attachscore::cli {

struct terminal_size {
    std::size_t width = 80;
    std::size_t height = 0;  ///< 0: not a terminal (no pages)
};

class answer_input {
  public:
    /// One key at a time when `single_keys` (every answer is one character) and standard input
    /// and output are terminals; the terminal is set back however the program ends.
    explicit answer_input(bool single_keys);
    ~answer_input();
    answer_input(const answer_input&) = delete;
    answer_input& operator=(const answer_input&) = delete;

    /// The next answer as typed (one key, or one line), or nullopt at the end of the input.
    /// Keys: Backspace and ← are "<" (back), → is ">" (skip); keys typed before the call are
    /// dropped, so that nobody answers a question not yet shown.
    [[nodiscard]] std::optional<std::string> next();
    /// Waits for a key (or a line); false at the end of the input.
    bool wait();
    /// Of the terminal standard output goes to.
    [[nodiscard]] terminal_size size() const;
    [[nodiscard]] bool keys() const noexcept { return keys_; }

  private:
    bool keys_ = false;
};

}  // namespace attachscore::cli
