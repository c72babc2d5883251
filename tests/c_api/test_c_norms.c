/* The C API's norms from C99: the RAAS's built-in norm set (Ledley et al., 2006: women's Close
 * 3.65 (SD 0.87), Depend 3.25 (0.86), Anxiety 2.62 (1.01), item means on 1-5) chosen by option,
 * refused with a sentence when it does not fit, and z, T and percentiles computed here from those
 * published means and SDs. */
#include <attachscore/attachscore.h>

#include <math.h>
#include <stdio.h>
#include <string.h>
#include "c_check.h"

enum { ITEMS = 18, SCORES = 4, ROWS = 2 };

/* Configures raas with up to two options; the status, and the message in `said`. */
static attachscore_status configure(const attachscore_instrument* base, const char* n1,
                                    const char* v1, const char* n2, const char* v2,
                                    attachscore_instrument** out, char* said, size_t room) {
    attachscore_options* options = attachscore_options_new();
    char* message = NULL;
    attachscore_status status;
    said[0] = '\0';
    CHECK(attachscore_options_set(options, n1, v1, NULL) == ATTACHSCORE_OK);
    if (n2) CHECK(attachscore_options_set(options, n2, v2, NULL) == ATTACHSCORE_OK);
    status = attachscore_instrument_configure(base, options, out, &message);
    if (message) snprintf(said, room, "%s", message);
    attachscore_string_free(message);
    attachscore_options_free(options);
    return status;
}

static int near(double a, double b) {
    return fabs(a - b) < 1e-12;
}

static double percentile(double z) {
    return 50.0 * erfc(-z / sqrt(2.0));
}

int main(void) {
    static const int reversed[ITEMS] = {0, 1, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1};
    static const int close_items[6] = {1, 6, 8, 12, 13, 17};
    double answers[ROWS * ITEMS], values[ROWS * SCORES], z[ROWS * SCORES], t[ROWS * SCORES],
        p[ROWS * SCORES];
    const double means[3] = {3.65, 3.25, 2.62}, sds[3] = {0.87, 0.86, 1.01};
    attachscore_instrument *raas = NULL, *women = NULL, *refused = NULL;
    char said[512];
    size_t i, s;
    CHECK(attachscore_instrument_open_builtin("raas", &raas, NULL) == ATTACHSCORE_OK);
    if (!raas) return 1;

    /* What does not fit is refused, with a sentence that says how to go on. */
    CHECK(configure(raas, "norms", "ledley-2006", NULL, NULL, &refused, said, sizeof said) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strstr(said, "has the groups male and female; name one with \"norm_group\"") != NULL);
    CHECK(configure(raas, "norms", "nobody-1999", NULL, NULL, &refused, said, sizeof said) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strstr(said, "neither a norm set of RAAS (ledley-2006) nor a norm file") != NULL);
    CHECK(configure(raas, "norms", "ledley-2006", "norm_group", "girls", &refused, said,
                    sizeof said) == ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strstr(said, "no group \"girls\"; its groups are male and female.") != NULL);
    CHECK(configure(raas, "norm_group", "female", NULL, NULL, &refused, said, sizeof said) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strstr(said, "set both") != NULL);
    CHECK(configure(raas, "norms", "ledley-2006", "scale", "1-7", &refused, said, sizeof said) ==
          ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strstr(said, "published for answers on 1-5") != NULL);
    CHECK(refused == NULL);
    CHECK(attachscore_norm_batch(raas, values, 1, z, t, p) == ATTACHSCORE_INVALID_ARGUMENT);
    CHECK(strstr(attachscore_last_error(), "configure it with the \"norms\" option") != NULL);

    /* An alias names the group. */
    CHECK(configure(raas, "norms", "ledley-2006", "norm_group", "Woman", &women, said,
                    sizeof said) == ATTACHSCORE_OK);
    if (!women) return 1;
    /* Row 0 answers 3 everywhere; row 1 gives Close its lowest score (1) and 3 elsewhere. */
    for (i = 0; i < ITEMS; ++i)
        answers[i] = answers[ITEMS + i] = 3;
    for (i = 0; i < 6; ++i) {
        const int item = close_items[i];
        answers[ITEMS + item - 1] = reversed[item - 1] ? 5 : 1;
    }
    CHECK(attachscore_score_batch(women, answers, ROWS, values, NULL, NULL, NULL, NULL, NULL) ==
          ATTACHSCORE_OK);
    CHECK(attachscore_norm_batch(women, values, ROWS, z, t, p) == ATTACHSCORE_OK);
    for (s = 0; s < 3; ++s) {
        const double want = (3.0 - means[s]) / sds[s];
        CHECK(near(values[s], 3.0));
        CHECK(near(z[s], want));
        CHECK(near(t[s], 50 + 10 * want));
        CHECK(near(p[s], percentile(want)));
    }
    CHECK(isnan(z[3]) && isnan(t[3]) && isnan(p[3])); /* Close-Depend has no published norm */
    CHECK(near(values[SCORES], 1.0));
    CHECK(near(z[SCORES], (1.0 - 3.65) / 0.87));
    CHECK(p[SCORES] == 0); /* nobody can score lower than the lowest possible score */
    values[0] = NAN;
    CHECK(attachscore_norm_batch(women, values, 1, z, NULL, NULL) == ATTACHSCORE_OK);
    CHECK(isnan(z[0]));

    attachscore_instrument_free(women);
    attachscore_instrument_free(raas);
    if (failures) fprintf(stderr, "%d checks failed\n", failures);
    return failures ? 1 : 0;
}
