// libFuzzer target: any bytes as an instrument file. Loading must report problems, never crash;
// a file that loads must compile into a scorer and score answers.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "attachscore/attachscore.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto loaded = attachscore::parse_instrument(text, "fuzz.json");
    if (!loaded) return 0;
    const attachscore::scorer sc(loaded.value());
    std::vector<double> answers(sc.answer_count());
    for (std::size_t i = 0; i < answers.size(); ++i)
        answers[i] = static_cast<double>(i % 9);
    auto result = sc.score(answers);
    for (std::size_t c = 0; c < result.categories().size(); ++c)
        (void)attachscore::category_text(result.categories()[c], sc.definition().categories[c]);
    return 0;
}
