// Scores one ECR-R respondent with the installed C++ library.
#include <attachscore/attachscore.hpp>
#include <cstdio>
#include <vector>

static_assert(ATTACHSCORE_VERSION_MAJOR >= 0, "the version macros are installed");

int main() {
    const auto cat = attachscore::catalogue::builtin();
    const auto* inst = cat.find("ecr-r");
    if (!inst) return 1;
    attachscore::scorer sc(*inst);
    std::vector<double> answers(sc.answer_count(), 4.0);
    const auto result = sc.score(answers);
    std::printf("C++ %s: anxiety %.4f avoidance %.4f\n", attachscore::version_string,
                result.scores()[0].value, result.scores()[1].value);
    return 0;
}
