/* Scores one ECR-R respondent with the installed C API. */
#include <attachscore/attachscore.h>
#include <stdio.h>

int main(void) {
    attachscore_instrument* inst = NULL;
    attachscore_result* result = NULL;
    double answers[36];
    char* message = NULL;
    size_t i;
    if (attachscore_instrument_open_builtin("ecr-r", &inst, &message) != ATTACHSCORE_OK) {
        fprintf(stderr, "%s\n", message);
        attachscore_string_free(message);
        return 1;
    }
    for (i = 0; i < 36; ++i)
        answers[i] = 4;
    result = attachscore_result_new(inst);
    if (!result || attachscore_score(inst, answers, 36, result) != ATTACHSCORE_OK) return 1;
    printf("C %s: anxiety %.4f avoidance %.4f\n", attachscore_version(),
           attachscore_result_value(result, 0), attachscore_result_value(result, 1));
    attachscore_result_free(result);
    attachscore_instrument_free(inst);
    return 0;
}
