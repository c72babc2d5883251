// Which statistics package wrote a file, by its extension (ReadStat reads them all).
#pragma once

#include <filesystem>

namespace attachscore::detail {

enum class stat_kind { none, sav, por, dta, sas7bdat, xport };

[[nodiscard]] stat_kind kind_of(const std::filesystem::path& path);

}  // namespace attachscore::detail
