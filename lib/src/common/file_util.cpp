#include "common/file_util.hpp"

#include <fstream>
#include <sstream>

namespace attachscore::detail {

result<std::string> read_regular_file(const std::filesystem::path& path, const std::string& what,
                                      std::size_t limit) {
    const std::string file = path.string();
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status))
        return diagnostics{{{file, "", 0, 0}, "there is no such file."}};
    if (!std::filesystem::is_regular_file(status))
        return diagnostics{{{file, "", 0, 0},
                            "this is not a regular file (a folder, a FIFO or a device); " + what +
                                " must be a file."}};
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limit)
        return diagnostics{{{file, "", 0, 0},
                            "this file has " + std::to_string(size) + " bytes, more than the " +
                                std::to_string(limit >> 20) + " MiB " + what +
                                " may have; is it the right file?"}};
    std::ifstream in(path, std::ios::binary);
    if (!in) return diagnostics{{{file, "", 0, 0}, "cannot open this file for reading."}};
    std::string text;
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad() || static_cast<std::size_t>(in.gcount()) != text.size())
        return diagnostics{{{file, "", 0, 0}, "reading this file failed."}};
    return text;
}

}  // namespace attachscore::detail
