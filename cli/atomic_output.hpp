// Where -o writes, without ever destroying what the name points at:
// - a regular file (new or existing) is written to a temporary file beside it and renamed over it
//   when complete, so a failed or interrupted run leaves the old file (or nothing) behind; an
//   existing file keeps its owner and mode, a new one is made 0600 (or --mode);
// - a symbolic link is followed and the file it points to is replaced that way, the link kept;
// - a file with several hard links is rewritten in place when complete, so the links stay one file;
// - anything that is not a regular file (/dev/null, a FIFO, a terminal, /dev/stdout) is written
//   through, never replaced;
// - a file the command reads (the input, a recode or wording file) is refused.
#pragma once

#include <sys/stat.h>
#include <sys/types.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attachscore::cli {

struct output_settings {
    std::optional<mode_t> mode;  ///< for a new file; default 0600
    /// The files the command reads (path, and what it is: "the input file", "the recode
    /// file" …), none of which may be overwritten.
    std::vector<std::pair<std::string, std::string>> reads;
    std::string flag = "-o";  ///< the option that named the target, for messages
    /// A template to be filled in: a regular file that already holds something else (filled-in
    /// values?) is not replaced (write_all).
    bool template_file = false;
};

class atomic_output {
  public:
    using options = output_settings;
    explicit atomic_output(std::filesystem::path target, options opts = {});
    ~atomic_output();  // removes the temporary file unless commit() succeeded
    atomic_output(const atomic_output&) = delete;
    atomic_output& operator=(const atomic_output&) = delete;

    /// Empty when open; else why not, as a sentence.
    [[nodiscard]] const std::string& error() const { return error_; }
    [[nodiscard]] std::ostream& stream() { return through_stdout_ ? stdout_stream() : stream_; }
    /// True when nothing reaches the target before commit() (a temporary file), so a failed run
    /// leaves no partial output.
    [[nodiscard]] bool held_until_commit() const { return !through_ && !through_stdout_; }
    /// Flushes and puts the output in place; returns an error message, empty on success.
    [[nodiscard]] std::string commit();

  private:
    static std::ostream& stdout_stream();
    void open_temporary(const std::filesystem::path& real, const struct stat* existing);

    std::filesystem::path target_;  ///< as named
    std::filesystem::path real_;    ///< the file it resolves to
    std::filesystem::path temp_;
    std::ofstream stream_;
    std::string error_;
    bool through_ = false;         ///< written directly (not a regular file)
    bool through_stdout_ = false;  ///< /dev/stdout and its aliases: standard output itself
    bool copy_in_ = false;         ///< several hard links: copy into place at commit
    bool committed_ = false;
};

/// Writes `text` to standard output (output empty or "-") or to a file that appears only when
/// complete; false after saying why not.
[[nodiscard]] bool write_all(const std::string& output, const std::string& text,
                             const atomic_output::options& opts);

/// Parses --mode ("0640", "640"); nullopt when it is not an octal mode.
[[nodiscard]] std::optional<mode_t> parse_mode(const std::string& text);

}  // namespace attachscore::cli
