#include "answer_input.hpp"

#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>

namespace attachscore::cli {
namespace {

// The terminal as it was, for the signal handler: tcsetattr is async-signal-safe.
termios saved_terminal{};

void restore_terminal() {
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_terminal);
}

extern "C" void restore_and_raise(int signal) {
    restore_terminal();
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Whatever else a key sent at once (the rest of an arrow key's escape sequence).
void drain_pending() {
    pollfd in{STDIN_FILENO, POLLIN, 0};
    char c;
    while (::poll(&in, 1, 0) > 0 && ::read(STDIN_FILENO, &c, 1) == 1) {
    }
}

}  // namespace

answer_input::answer_input(bool single_keys) {
    if (!single_keys || !::isatty(STDIN_FILENO) || !::isatty(STDOUT_FILENO)) return;
    if (::tcgetattr(STDIN_FILENO, &saved_terminal) != 0) return;
    termios raw = saved_terminal;
    raw.c_lflag &= static_cast<tcflag_t>(~(ICANON | ECHO));  // Ctrl-C still interrupts (ISIG)
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        std::signal(s, restore_and_raise);
    keys_ = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0;
}

answer_input::~answer_input() {
    if (!keys_) return;
    restore_terminal();
    for (int s : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
        std::signal(s, SIG_DFL);
}

std::optional<std::string> answer_input::next() {
    if (!keys_) {
        std::string line;
        if (!std::getline(std::cin, line)) return std::nullopt;
        return line;
    }
    for (;;) {
        char c;
        if (::read(STDIN_FILENO, &c, 1) != 1 || c == '\x04') return std::nullopt;  // Ctrl-D
        if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
        if (c == '\x1b') {  // an arrow or function key: not an answer
            drain_pending();
            continue;
        }
        fmt::print("{}\n", c);  // the key typed, as a line would have shown it
        std::fflush(stdout);
        return std::string(1, c);
    }
}

}  // namespace attachscore::cli
