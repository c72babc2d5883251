/* The C API from C99: every status, ownership as documented, and scores equal to the published
 * ECR-R key worked by hand (Fraley, Waller & Brennan 2000: items 9, 11, 20, 22, 26–31 and 33–36
 * reverse-keyed, 1–7 scale, reversed as 8 − x). */
#include <attachscore/attachscore.h>

#include <math.h>
#include <stdio.h>
#include <string.h>
#include "c_check.h"

static int reversed(int number) {
    static const int keyed[] = {9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36};
    size_t k;
    for (k = 0; k < sizeof keyed / sizeof keyed[0]; ++k)
        if (keyed[k] == number) return 1;
    return 0;
}

static void test_open_errors(void) {
    attachscore_instrument* inst = (attachscore_instrument*)1;
    char* message = NULL;
    CHECK(attachscore_instrument_open_builtin("ecr-x", &inst, &message) == ATTACHSCORE_NOT_FOUND);
    CHECK(inst == NULL);
    CHECK(message != NULL && strstr(message, "\"ecr-x\"") && strstr(message, "ecr-r"));
    attachscore_string_free(message);
    CHECK(attachscore_instrument_open_file(TEST_DATA "/not-json.json", &inst, &message) ==
          ATTACHSCORE_INVALID_FILE);
    CHECK(message != NULL && strstr(message, "not-json.json"));
    attachscore_string_free(message);
    CHECK(attachscore_instrument_open_builtin(NULL, &inst, NULL) == ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(attachscore_instrument_open_builtin("ecr-r", NULL, NULL) == ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strcmp(attachscore_status_text(ATTACHSCORE_NOT_FOUND),
                 "no built-in instrument has that id") == 0);
    attachscore_instrument_free(NULL);
    attachscore_result_free(NULL);
    attachscore_string_free(NULL);
}

static void test_ecr_r(void) {
    attachscore_instrument* inst = NULL;
    attachscore_result* result;
    double answers[36];
    size_t i;
    CHECK(attachscore_instrument_open_builtin("ECR-R", &inst, NULL) == ATTACHSCORE_OK);
    if (!inst) return;
    CHECK(strcmp(attachscore_instrument_id(inst), "ecr-r") == 0);
    CHECK(attachscore_answer_count(inst) == 36 && attachscore_item_count(inst) == 36);
    CHECK(attachscore_scale_min(inst) == 1 && attachscore_scale_max(inst) == 7);
    CHECK(attachscore_score_count(inst) == 2);
    CHECK(strcmp(attachscore_score_id(inst, 0), "anxiety") == 0);
    CHECK(strcmp(attachscore_score_id(inst, 1), "avoidance") == 0);
    CHECK(attachscore_score_id(inst, 2) == NULL);
    CHECK(attachscore_item_number(inst, 35) == 36 && attachscore_item_number(inst, 36) == 0);
    CHECK(attachscore_instrument_disclaimer(inst, "en") != NULL);
    CHECK(attachscore_instrument_disclaimer(inst, "xx") == NULL);
    result = attachscore_result_new(inst);
    CHECK(result != NULL);
    /* Nothing scored yet: nothing is valid. */
    CHECK(attachscore_result_status(result, 0) == ATTACHSCORE_SCORE_NOT_SCORED);
    CHECK(isnan(attachscore_result_value(result, 0)));
    CHECK(attachscore_result_reason(result, 0) == NULL);

    /* Everyone answering 2, reverse-keyed items 6: every item counts as 2 after reversing. */
    for (i = 0; i < 36; ++i)
        answers[i] = reversed((int)i + 1) ? 6 : 2;
    CHECK(attachscore_score(inst, answers, 36, result) == ATTACHSCORE_OK);
    CHECK(attachscore_result_value(result, 0) == 2.0);
    CHECK(attachscore_result_value(result, 1) == 2.0);
    CHECK(attachscore_result_answered(result, 0) == 18);
    CHECK(attachscore_result_status(result, 0) == ATTACHSCORE_SCORE_VALID);
    CHECK(strcmp(attachscore_result_reason(result, 0), "") == 0);
    CHECK(attachscore_result_band(result, 0, "en") != NULL);
    CHECK(attachscore_result_interpretation(result, 0, "en") != NULL);
    CHECK(attachscore_result_band(result, 0, "xx") == NULL);

    /* All 1s: anxiety (16 × 1 + 2 × 7) / 18, avoidance (6 × 1 + 12 × 7) / 18. */
    for (i = 0; i < 36; ++i)
        answers[i] = 1;
    CHECK(attachscore_score(inst, answers, 36, result) == ATTACHSCORE_OK);
    CHECK(fabs(attachscore_result_value(result, 0) - 30.0 / 18) < 1e-12);
    CHECK(fabs(attachscore_result_value(result, 1) - 90.0 / 18) < 1e-12);

    /* Four anxiety items blank: 14 of 18, fewer than the 15 needed. */
    for (i = 0; i < 4; ++i)
        answers[i] = NAN;
    CHECK(attachscore_score(inst, answers, 36, result) == ATTACHSCORE_OK);
    CHECK(attachscore_result_status(result, 0) == ATTACHSCORE_SCORE_TOO_FEW_ANSWERED);
    CHECK(isnan(attachscore_result_value(result, 0)));
    CHECK(strstr(attachscore_result_reason(result, 0), "14 of 18 answered") != NULL);
    CHECK(attachscore_result_band(result, 0, "en") == NULL);
    CHECK(attachscore_result_status(result, 1) == ATTACHSCORE_SCORE_VALID);

    /* An 8 on a 1–7 scale is never clamped: nothing is valid. */
    answers[0] = 8;
    CHECK(attachscore_score(inst, answers, 36, result) == ATTACHSCORE_OK);
    CHECK(attachscore_result_status(result, 1) == ATTACHSCORE_SCORE_INVALID_ANSWERS);

    CHECK(attachscore_result_status(result, 2) == ATTACHSCORE_SCORE_NOT_SCORED);
    CHECK(attachscore_result_band(result, 2, "en") == NULL);
    CHECK(attachscore_score(inst, answers, 35, result) == ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(attachscore_score(inst, NULL, 36, result) == ATTACHSCORE_INVALID_ARGUMENT);
    attachscore_result_free(result);
    attachscore_instrument_free(inst);
}

static void test_categories(void) {
    attachscore_instrument* rq = NULL;
    attachscore_instrument* ecr = NULL;
    attachscore_result* result;
    /* RQ: four ratings (secure, fearful, preoccupied, dismissing) and the forced choice. */
    double answers[5] = {7, 1, 2, 3, NAN};
    CHECK(attachscore_instrument_open_builtin("rq", &rq, NULL) == ATTACHSCORE_OK);
    CHECK(attachscore_instrument_open_builtin("ecr-r", &ecr, NULL) == ATTACHSCORE_OK);
    if (!rq || !ecr) return;
    CHECK(attachscore_answer_count(rq) == 5);
    CHECK(attachscore_category_count(rq) >= 1);
    result = attachscore_result_new(rq);
    CHECK(attachscore_score(ecr, answers, 5, result) == ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(attachscore_score(rq, answers, 5, result) == ATTACHSCORE_OK);
    CHECK(strcmp(attachscore_result_category(result, 0), "secure") == 0);
    attachscore_result_free(result);
    attachscore_instrument_free(rq);
    attachscore_instrument_free(ecr);
}

/* With the "language" option "es", a reason is in Spanish. */
static void test_reason_in_spanish(void) {
    attachscore_instrument *base = NULL, *inst = NULL;
    attachscore_options* options = attachscore_options_new();
    attachscore_result* result;
    double answers[36];
    size_t i;
    CHECK(attachscore_instrument_open_builtin("ecr-r", &base, NULL) == ATTACHSCORE_OK);
    CHECK(attachscore_options_set(options, "language", "es", NULL) == ATTACHSCORE_OK);
    CHECK(attachscore_instrument_configure(base, options, &inst, NULL) == ATTACHSCORE_OK);
    attachscore_options_free(options);
    attachscore_instrument_free(base);
    if (!inst) return;
    result = attachscore_result_new(inst);
    for (i = 0; i < 36; ++i)
        answers[i] = i < 4 ? NAN : 4;
    CHECK(attachscore_score(inst, answers, 36, result) == ATTACHSCORE_OK);
    CHECK(strcmp(attachscore_result_reason(result, 0),
                 "14 de 18 ítems respondidos; se necesitan al menos 15") == 0);
    attachscore_result_free(result);
    attachscore_instrument_free(inst);
}

int main(void) {
    CHECK(strcmp(attachscore_version(), ATTACHSCORE_VERSION_STRING) == 0);
    CHECK(ATTACHSCORE_VERSION == ATTACHSCORE_VERSION_MAJOR * 10000 +
                                     ATTACHSCORE_VERSION_MINOR * 100 + ATTACHSCORE_VERSION_PATCH);
    test_open_errors();
    test_ecr_r();
    test_categories();
    test_reason_in_spanish();
    if (failures) return 1;
    printf("C API: all checks passed\n");
    return 0;
}
