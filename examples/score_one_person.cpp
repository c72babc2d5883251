// Scores one person's ECR-R answers with the library: the shortest complete use of the API.
#include <attachscore/attachscore.hpp>

#include <array>
#include <iostream>

int main() {
    const auto instruments = attachscore::catalogue::builtin();
    const attachscore::scorer ecr_r(*instruments.find("ecr-r"));

    // Answers to items 1–36 on the 1–7 scale; attachscore::missing marks an unanswered item.
    std::array<double, 36> answers{};
    answers.fill(3);
    answers[4] = attachscore::missing;

    auto result = ecr_r.make_result();  // reuse it for every respondent: scoring does not allocate
    ecr_r.score(answers, result);

    const auto& inst = ecr_r.definition();
    for (std::size_t i = 0; i < inst.scores.size(); ++i) {
        const auto& def = inst.scores[i];
        const auto& value = result.scores()[i];
        if (value.status != attachscore::score_status::valid) {
            std::cout << def.label.at("en") << ": " << attachscore::explain(value, def) << "\n";
            continue;
        }
        std::cout << def.label.at("en") << ": " << value.value << " (" << value.answered << " of "
                  << def.items.size() << " answered) — "
                  << attachscore::find_band(def, value.value)->label.at("en") << "\n";
    }
    std::cout << inst.disclaimer.at("en") << "\n";
}
