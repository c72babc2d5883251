#include "input/stat_kind.hpp"

#include <string>

#include "attachscore/table.hpp"
#include "common/text_util.hpp"

namespace attachscore {

detail::stat_kind detail::kind_of(const std::filesystem::path& path) {
    const std::string ext = lower(path.extension().string());
    if (ext == ".sav" || ext == ".zsav") return stat_kind::sav;
    if (ext == ".por") return stat_kind::por;
    if (ext == ".dta") return stat_kind::dta;
    if (ext == ".sas7bdat") return stat_kind::sas7bdat;
    if (ext == ".xpt") return stat_kind::xport;
    return stat_kind::none;
}

bool is_stat_file(const std::filesystem::path& path) {
    return detail::kind_of(path) != detail::stat_kind::none;
}

}  // namespace attachscore
