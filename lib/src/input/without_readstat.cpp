// A build without ReadStat (configured with ATTACHSCORE_WITH_READSTAT=OFF, or libreadstat-dev
// absent): SPSS, Stata and SAS files are refused with the way to get them, never half-read.
#include <string>

#include "attachscore/table.hpp"

namespace attachscore {
namespace {

std::string how_to_get_readstat(const std::string& what) {
    return "this attachscore was built without ReadStat, which " + what +
           ": install libreadstat-dev (Debian and Ubuntu) and build attachscore again, or use CSV.";
}

}  // namespace

result<cell_table> read_stat_file(const std::filesystem::path& path) {
    return diagnostics{
        {{path.string(), "", 0, 0}, how_to_get_readstat("reads SPSS, Stata and SAS files")}};
}

result<std::map<std::string, stat_labels>> read_stat_labels(const std::filesystem::path& path) {
    return diagnostics{
        {{path.string(), "", 0, 0}, how_to_get_readstat("reads SPSS, Stata and SAS files")}};
}

diagnostics write_sav(std::span<const instrument* const>, std::istream&, std::ostream&,
                      const sav_options&) {
    return {{{}, how_to_get_readstat("writes SPSS files")}};
}

}  // namespace attachscore
