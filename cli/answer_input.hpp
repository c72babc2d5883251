// Where take's answers come from: on a terminal, one key per answer (no Enter needed); from a
// script or a pipe, one line per answer.
#pragma once

#include <termios.h>

#include <optional>
#include <string>

namespace attachscore::cli {

class answer_input {
  public:
    /// One key at a time when `single_keys` (every answer is one character) and standard input
    /// and output are terminals; the terminal is set back however the program ends.
    explicit answer_input(bool single_keys);
    ~answer_input();
    answer_input(const answer_input&) = delete;
    answer_input& operator=(const answer_input&) = delete;

    /// The next answer as typed (one key, or one line), or nullopt at the end of the input.
    [[nodiscard]] std::optional<std::string> next();
    [[nodiscard]] bool keys() const noexcept { return keys_; }

  private:
    bool keys_ = false;
};

}  // namespace attachscore::cli
