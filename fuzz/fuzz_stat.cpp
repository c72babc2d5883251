// libFuzzer target: any bytes as an SPSS (.sav, .por), Stata (.dta) or SAS (.sas7bdat, .xpt) file,
// read through ReadStat as score does, then scored with the ECR-R. The first byte picks the format.
// Must never crash, hang or leak, whatever names, labels or counts the file claims.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>

#include "attachscore/attachscore.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto cat = attachscore::catalogue::builtin();
    static const auto* ecr_r = cat.find("ecr-r");
    static const char* extensions[] = {".sav", ".dta", ".por", ".sas7bdat", ".xpt"};
    if (size == 0) return 0;
    const std::string path =
        "/tmp/attachscore-fuzz-" + std::to_string(::getpid()) + extensions[data[0] % 5];
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data + 1, 1, size - 1, f);
        std::fclose(f);
    }
    auto text = attachscore::read_stat_file(path);
    std::remove(path.c_str());
    if (!text) return 0;
    std::ostringstream out;
    attachscore::table_options options;
    options.keep_all = true;
    (void)attachscore::score_table(*ecr_r, text.value(), out, options);
    return 0;
}
