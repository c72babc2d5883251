/* Scores one person's ECR-R answers through the C API (C99): open, score, read, free. */
#include <attachscore/attachscore.h>
#include <math.h>
#include <stdio.h>

int main(void) {
    attachscore_instrument* ecr_r = NULL;
    attachscore_result* result = NULL;
    char* message = NULL;
    double answers[36];
    size_t i, s;

    attachscore_status status = attachscore_instrument_open_builtin("ecr-r", &ecr_r, &message);
    if (status != ATTACHSCORE_OK) {
        fprintf(stderr, "%s\n", message ? message : attachscore_status_text(status));
        attachscore_string_free(message); /* messages are the caller's */
        return 1;
    }
    /* Answers to items 1–36 on the 1–7 scale; NAN marks an unanswered item. */
    for (i = 0; i < 36; ++i)
        answers[i] = 3;
    answers[4] = NAN;

    result = attachscore_result_new(ecr_r); /* reuse it for every respondent */
    if (!result || attachscore_score(ecr_r, answers, 36, result) != ATTACHSCORE_OK) return 1;
    for (s = 0; s < attachscore_score_count(ecr_r); ++s) {
        const char* label = attachscore_score_label(ecr_r, s, "en");
        if (attachscore_result_status(result, s) != ATTACHSCORE_SCORE_VALID) {
            printf("%s: %s\n", label, attachscore_result_reason(result, s));
            continue;
        }
        const char* band = attachscore_result_band(result, s, "en"); /* NULL: no bands */
        printf("%s: %.2f (%d answered) - %s\n", label, attachscore_result_value(result, s),
               attachscore_result_answered(result, s), band ? band : "no band");
    }
    /* Scores are shown with the instrument's disclaimer. */
    printf("%s\n", attachscore_instrument_disclaimer(ecr_r, "en"));
    attachscore_result_free(result);
    attachscore_instrument_free(ecr_r);
    return 0;
}
