#include "answer_input.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>

namespace attachscore::cli {
namespace {

// The terminal as it was and as take sets it, for the signal handlers: tcsetattr is
// async-signal-safe.
termios saved_terminal{};
termios raw_terminal{};

void restore_terminal() {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_terminal);
}

extern "C" void restore_and_raise(int signal) {
    restore_terminal();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

extern "C" void on_continue(int);

// Ctrl-Z: the shell gets its terminal back as it was; `fg` (SIGCONT) sets single keys again.
extern "C" void on_stop(int) {
    restore_terminal();
    std::signal(SIGTSTP, SIG_DFL);
    std::raise(SIGTSTP);
}

extern "C" void on_continue(int) {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw_terminal);
    std::signal(SIGTSTP, on_stop);
}

// The rest of an escape sequence, and no more: "[D" for ←, "OC" for → (a key typed right
// after it is the next key).
std::string escape_sequence() {
    pollfd in{STDIN_FILENO, POLLIN, 0};
    std::string rest;
    char c;
    while (rest.size() < 16 && ::poll(&in, 1, 30) > 0 && ::read(STDIN_FILENO, &c, 1) == 1) {
        rest += c;
        if (rest.size() == 1 && c != '[' && c != 'O') break;  // Alt and a key
        if (rest.size() == 2 && rest[0] == 'O') break;
        if (rest.size() >= 2 && rest[0] == '[' && c >= 0x40 && c <= 0x7E) break;
    }
    return rest;
}

constexpr int handled[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

}  // namespace

answer_input::answer_input(bool single_keys) {
    if (!single_keys || !::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) return;
    if (::tcgetattr(STDIN_FILENO, &saved_terminal) != 0) return;
    raw_terminal = saved_terminal;
    raw_terminal.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));  // Ctrl-C still works
    raw_terminal.c_cc[VMIN] = 1;
    raw_terminal.c_cc[VTIME] = 0;
    for (int s : handled)
        std::signal(s, restore_and_raise);
    std::signal(SIGTSTP, on_stop);
    std::signal(SIGCONT, on_continue);
    keys_ = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw_terminal) == 0;
}

answer_input::~answer_input() {
    if (!keys_) return;
    restore_terminal();
    for (int s : handled)
        std::signal(s, SIG_DFL);
    std::signal(SIGTSTP, SIG_DFL);
    std::signal(SIGCONT, SIG_DFL);
}

std::optional<std::string> answer_input::next() {
    if (!keys_) {
        std::string line;
        if (!std::getline(std::cin, line)) return std::nullopt;
        return line;
    }
    // Keys pressed before the question was on the screen do not answer it.
    ::tcflush(STDIN_FILENO, TCIFLUSH);
    for (;;) {
        char c;
        if (::read(STDIN_FILENO, &c, 1) != 1 || c == '\x04') return std::nullopt;  // Ctrl-D
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
        std::string key(1, c);
        if (c == '\x7f' || c == '\b') key = "<";  // Backspace: back
        if (c == '\x1b') {                        // ← back, → skip; other keys are not answers
            const auto rest = escape_sequence();
            if (rest == "[D" || rest == "OD")
                key = "<";
            else if (rest == "[C" || rest == "OC")
                key = ">";
            else
                continue;
        }
        if (static_cast<unsigned char>(c) < 0x20 && key.size() == 1 && key[0] == c) continue;
        fmt::print("{}\n", key);  // the key typed, as a line would have shown it
        std::fflush(stdout);
        return key;
    }
}

bool answer_input::wait() {
    if (!keys_) {
        std::string line;
        return static_cast<bool>(std::getline(std::cin, line));
    }
    ::tcflush(STDIN_FILENO, TCIFLUSH);
    char c;
    return ::read(STDIN_FILENO, &c, 1) == 1 && c != '\x04';
}

terminal_size answer_input::size() const {
    winsize w{};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0)
        return {std::max<std::size_t>(w.ws_col, 40), std::max<std::size_t>(w.ws_row, 10)};
    return {80, 0};
}

}  // namespace attachscore::cli
