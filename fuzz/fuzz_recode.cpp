// libFuzzer target: any bytes as a --recode file, then as a norm file for the RAAS. Loading must
// report problems with their lines, never crash, hang or leak.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "attachscore/attachscore.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto cat = attachscore::catalogue::builtin();
    static const auto* raas = cat.find("raas");
    const std::string path = "/tmp/attachscore-fuzz-recode-" + std::to_string(::getpid());
    if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    (void)attachscore::load_recode_file(path);
    (void)attachscore::load_norm_file(*raas, path);
    std::remove(path.c_str());
    return 0;
}
