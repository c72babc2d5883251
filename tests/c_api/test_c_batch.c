/* The C API's batch call and whole-table checks from C99: the three check fixtures stop as the
 * command line stops (codes 1 and 5), configured options settle them, the batch equals one call
 * per respondent, and a binding's words name its options in the findings. */
#include <attachscore/attachscore.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "c_check.h"

enum { ROWS = 120, ITEMS = 36 };
static double answers[ROWS * ITEMS];

/* checks/NAME: an id column, then Q1..Q36, one respondent per line, no blanks. */
static int read_fixture(const char* name) {
    char path[512], line[1024];
    size_t row = 0;
    FILE* in;
    snprintf(path, sizeof path, "%s/checks/%s", TEST_DATA, name);
    in = fopen(path, "r");
    if (!in) return 0;
    if (!fgets(line, sizeof line, in)) row = ROWS + 1;
    while (row < ROWS && fgets(line, sizeof line, in)) {
        char* cell = strchr(line, ',');
        size_t item;
        for (item = 0; item < ITEMS && cell; ++item) {
            answers[row * ITEMS + item] = strtod(cell + 1, NULL);
            cell = strchr(cell + 1, ',');
        }
        ++row;
    }
    fclose(in);
    return row == ROWS;
}

/* The first finding's code after checking the fixture with `inst`. */
static int first_code(const attachscore_instrument* inst, int* stops) {
    attachscore_checks* checks = NULL;
    int code = 0;
    CHECK(attachscore_checks_new(inst, NULL, &checks) == ATTACHSCORE_OK);
    CHECK(attachscore_checks_add(checks, answers, 60) == ATTACHSCORE_OK); /* in two batches */
    CHECK(attachscore_checks_add(checks, answers + 60 * ITEMS, 60) == ATTACHSCORE_OK);
    *stops = 0;
    if (attachscore_checks_evaluate(checks) > 0) {
        code = attachscore_finding_code(checks, 0);
        *stops = attachscore_finding_stops(checks, 0);
    }
    attachscore_checks_free(checks);
    return code;
}

static attachscore_instrument* configured(const attachscore_instrument* base, const char* name,
                                          const char* value) {
    attachscore_options* options = attachscore_options_new();
    attachscore_instrument* inst = NULL;
    char* message = NULL;
    CHECK(attachscore_options_set(options, name, value, &message) == ATTACHSCORE_OK);
    CHECK(attachscore_instrument_configure(base, options, &inst, &message) == ATTACHSCORE_OK);
    if (message) fprintf(stderr, "%s\n", message);
    attachscore_string_free(message);
    attachscore_options_free(options);
    return inst;
}

static void test_fixtures_stop(const attachscore_instrument* ecr_r) {
    int stops = 0;
    attachscore_instrument* settled;
    CHECK(read_fixture("five-point-120.csv"));
    CHECK(first_code(ecr_r, &stops) == 1 && stops);
    settled = configured(ecr_r, "scale", "1-5");
    CHECK(first_code(settled, &stops) == 0 || !stops);
    attachscore_instrument_free(settled);

    CHECK(read_fixture("zero-based-120.csv"));
    CHECK(first_code(ecr_r, &stops) == 1 && stops);

    CHECK(read_fixture("reversed-120.csv"));
    CHECK(first_code(ecr_r, &stops) == 5 && stops);
    settled = configured(ecr_r, "already_reversed", "all");
    CHECK(first_code(settled, &stops) == 0 || !stops);
    attachscore_instrument_free(settled);
}

static void test_words(const attachscore_instrument* ecr_r) {
    attachscore_words words;
    attachscore_checks* checks = NULL;
    const char* text;
    int items[20];
    memset(&words, 0, sizeof words);
    words.names[ATTACHSCORE_OPTION_ALREADY_REVERSED] = "already_reversed";
    words.names[ATTACHSCORE_OPTION_KEYS_AS_DECLARED] = "keys_as_declared";
    words.setting = "{name}=\"{value}\"";
    words.flag = "{name}=True";
    CHECK(read_fixture("reversed-120.csv"));
    CHECK(attachscore_checks_new(ecr_r, NULL, &checks) == ATTACHSCORE_OK);
    CHECK(attachscore_checks_add(checks, answers, ROWS) == ATTACHSCORE_OK);
    CHECK(attachscore_checks_evaluate(checks) >= 1);
    CHECK(attachscore_finding_items(checks, 0, items, 20) == 14);
    CHECK(items[0] == 9 && items[13] == 36);
    text = attachscore_finding_text(checks, 0, &words);
    CHECK(text && strstr(text, "score with already_reversed=\"all\""));
    CHECK(text && strstr(text, "use keys_as_declared=True."));
    CHECK(text && !strstr(text, "--"));
    text = attachscore_finding_text(checks, 0, NULL);
    CHECK(text && strstr(text, "every reverse-keyed item marked as already reversed"));
    CHECK(attachscore_finding_text(checks, 99, NULL) == NULL);
    attachscore_checks_free(checks);
}

static void test_batch(const attachscore_instrument* ecr_r) {
    static double values[ROWS * 2];
    static int answered[ROWS * 2], statuses[ROWS * 2], bands[ROWS * 2], problems[ROWS];
    static size_t positions[ROWS];
    attachscore_result* one = attachscore_result_new(ecr_r);
    size_t r, s;
    CHECK(read_fixture("reversed-120.csv"));
    answers[3 * ITEMS + 4] = 9;   /* row 3, item 5: off the scale */
    answers[7 * ITEMS + 0] = NAN; /* row 7: one blank */
    CHECK(attachscore_score_batch(ecr_r, answers, ROWS, values, answered, statuses, bands, problems,
                                  positions) == ATTACHSCORE_OK);
    for (r = 0; r < ROWS; ++r) {
        CHECK(attachscore_score(ecr_r, answers + r * ITEMS, ITEMS, one) == ATTACHSCORE_OK);
        for (s = 0; s < 2; ++s) {
            const double v = attachscore_result_value(one, s);
            CHECK((isnan(v) && isnan(values[r * 2 + s])) || v == values[r * 2 + s]);
            CHECK(answered[r * 2 + s] == attachscore_result_answered(one, s));
            CHECK(statuses[r * 2 + s] == (int)attachscore_result_status(one, s));
            if (bands[r * 2 + s] >= 0)
                CHECK(strcmp(attachscore_band_label(ecr_r, s, (size_t)bands[r * 2 + s], "en"),
                             attachscore_result_band(one, s, "en")) == 0);
            else
                CHECK(attachscore_result_band(one, s, "en") == NULL);
        }
    }
    CHECK(problems[3] == ATTACHSCORE_PROBLEM_OUTSIDE_SCALE && positions[3] == 4);
    CHECK(problems[7] == ATTACHSCORE_PROBLEM_NONE && statuses[7 * 2] == ATTACHSCORE_SCORE_VALID);
    CHECK(answered[7 * 2] == 17);
    CHECK(attachscore_score_batch(NULL, answers, 1, NULL, NULL, NULL, NULL, NULL, NULL) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strstr(attachscore_last_error(), "NULL") != NULL);
    attachscore_result_free(one);
}

static void test_options_refused(const attachscore_instrument* ecr_r) {
    attachscore_options* options = attachscore_options_new();
    attachscore_instrument* inst = NULL;
    char* message = NULL;
    CHECK(attachscore_options_set(options, "scale", "five", &message) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(message && strstr(message, "\"1-5\""));
    attachscore_string_free(message);
    CHECK(attachscore_options_set(options, "colour", "red", &message) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(message && strstr(message, "\"colour\""));
    attachscore_string_free(message);
    CHECK(attachscore_options_set(options, "already_reversed", "1", NULL) == ATTACHSCORE_OK);
    CHECK(attachscore_instrument_configure(ecr_r, options, &inst, &message) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(inst == NULL);
    CHECK(message && strstr(message, "item 1") && !strstr(message, "--"));
    attachscore_string_free(message);
    attachscore_options_free(options);
}

int main(void) {
    attachscore_instrument* ecr_r = NULL;
    CHECK(attachscore_instrument_open_builtin("ecr-r", &ecr_r, NULL) == ATTACHSCORE_OK);
    if (!ecr_r) return 1;
    test_fixtures_stop(ecr_r);
    test_words(ecr_r);
    test_batch(ecr_r);
    test_options_refused(ecr_r);
    attachscore_instrument_free(ecr_r);
    if (failures) fprintf(stderr, "%d checks failed\n", failures);
    return failures ? 1 : 0;
}
