// An unnamed temporary file as a stream buffer: written once, then read from the start, gone when
// destroyed. For intermediate tables that must not sit in memory (several instruments joined).
#pragma once

#include <cstdio>
#include <streambuf>

namespace attachscore::detail {

class scratch_file final : public std::streambuf {
  public:
    scratch_file() : file_(std::tmpfile()) {}
    ~scratch_file() override {
        if (file_) std::fclose(file_);
    }
    scratch_file(const scratch_file&) = delete;
    scratch_file& operator=(const scratch_file&) = delete;

    /// Whether the temporary file could be made.
    [[nodiscard]] bool ok() const noexcept { return file_ != nullptr; }

  protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        const char ch = traits_type::to_char_type(c);
        return std::fwrite(&ch, 1, 1, file_) == 1 ? c : traits_type::eof();
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        return static_cast<std::streamsize>(std::fwrite(s, 1, static_cast<std::size_t>(n), file_));
    }
    int_type underflow() override {
        const std::size_t got = std::fread(buffer_, 1, sizeof buffer_, file_);
        if (got == 0) return traits_type::eof();
        setg(buffer_, buffer_, buffer_ + got);
        return traits_type::to_int_type(buffer_[0]);
    }
    pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode) override {
        if (dir == std::ios_base::cur) off -= static_cast<off_type>(egptr() - gptr());
        setg(buffer_, buffer_, buffer_);
        const int whence = dir == std::ios_base::beg   ? SEEK_SET
                           : dir == std::ios_base::cur ? SEEK_CUR
                                                       : SEEK_END;
        if (std::fflush(file_) != 0 || std::fseek(file_, static_cast<long>(off), whence) != 0)
            return pos_type(off_type(-1));
        return pos_type(static_cast<off_type>(std::ftell(file_)));
    }
    pos_type seekpos(pos_type pos, std::ios_base::openmode which) override {
        return seekoff(off_type(pos), std::ios_base::beg, which);
    }
    int sync() override { return std::fflush(file_) == 0 ? 0 : -1; }

  private:
    std::FILE* file_;
    char buffer_[1 << 16];
};

}  // namespace attachscore::detail
