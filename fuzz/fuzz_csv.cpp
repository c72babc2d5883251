// libFuzzer target: any bytes as a CSV export scored with the ECR-R, answers written as numbers or
// as words (anchor labels and a recode), with hints. Must never crash, hang or leak, whatever the
// quoting, delimiters, encodings or row lengths.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "attachscore/attachscore.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto cat = attachscore::catalogue::builtin();
    static const auto* ecr_r = cat.find("ecr-r");
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    std::ostringstream out;
    attachscore::table_options options;
    options.missing_codes = {"NA", "-99"};
    options.recode = {{"Somewhat agree", 5}, {"  mixed   feelings ", 4}};
    options.keep_all = true;
    (void)attachscore::score_table(*ecr_r, in, out, options);
    return 0;
}
