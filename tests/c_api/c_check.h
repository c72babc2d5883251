/* CHECK for the C API's tests: says which condition failed, and counts it in `failures`. */
#ifndef ATTACHSCORE_TEST_C_CHECK_H
#define ATTACHSCORE_TEST_C_CHECK_H

#include <stdio.h>

static int failures = 0;
#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
            ++failures;                                                        \
        }                                                                      \
    } while (0)

#endif
