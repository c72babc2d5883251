// libFuzzer target: answers written as words (the RQ forced choice by code, letter or name) and
// targets (ECR-RS), through the label and choice readers of the table path.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "attachscore/attachscore.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto cat = attachscore::catalogue::builtin();
    const std::string body(reinterpret_cast<const char*>(data), size);
    for (const char* id : {"rq", "ecr-rs"}) {
        std::istringstream in(std::string(id[0] == 'r'
                                              ? "id,RQ1,RQ2,RQ3,RQ4,forced_choice\n"
                                              : "id,mother_1,father_1,partner_1,friend_1\n") +
                              body);
        std::ostringstream out;
        attachscore::table_options options;
        options.id_column = "id";
        options.format = attachscore::output_format::jsonl;
        (void)attachscore::score_table(*cat.find(id), in, out, options);
    }
    return 0;
}
