// Reading the small files a user names (instrument, norm and recode files): regular files only,
// of bounded size, so that a FIFO never blocks and /dev/zero never fills the memory.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "attachscore/result.hpp"

namespace attachscore::detail {

inline constexpr std::size_t max_definition_file = std::size_t{16} << 20;  // 16 MiB

/// The whole file; a diagnostic naming it when it is not a regular file, is larger than `limit`
/// bytes, or cannot be read. `what` names it in messages ("an instrument file").
[[nodiscard]] result<std::string> read_regular_file(const std::filesystem::path& path,
                                                    const std::string& what,
                                                    std::size_t limit = max_definition_file);

}  // namespace attachscore::detail
