/* @file attachscore.h
 * @brief The C API (C99): open an instrument, score respondents, read each score's value,
 * validity, band and text. For C programs and for other languages' foreign-function interfaces
 * (the Python module uses it through ctypes).
 *
 * Ownership, everywhere below:
 * - a handle made by attachscore_*_open or attachscore_result_new is the caller's and is freed
 *   with the matching *_free function (which accepts NULL);
 * - a message returned through a `char** message` argument is the caller's, freed with
 *   attachscore_string_free;
 * - every `const char*` returned by a function belongs to the handle passed in and stays valid
 *   while that handle lives (for a result: until it is scored again or freed). Never free it.
 *
 * Threads: an attachscore_instrument is immutable once opened and may be used by any number of
 * threads at once; an attachscore_result belongs to one thread at a time.
 * No C++ exception crosses this boundary: every failure is a status code.
 *
 * Scores describe tendencies on continuous dimensions, not a diagnosis; an application that shows
 * them shows the instrument's disclaimer (attachscore_instrument_disclaimer) beside them.
 */
#ifndef ATTACHSCORE_ATTACHSCORE_H
#define ATTACHSCORE_ATTACHSCORE_H

#include <stddef.h>

#include "attachscore/export.hpp"
#include "attachscore/version.hpp"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum attachscore_status {
    ATTACHSCORE_OK = 0,
    ATTACHSCORE_NOT_FOUND = 1,    /* no built-in instrument has that id */
    ATTACHSCORE_INVALID_FILE = 2, /* the instrument file cannot be read or is not valid */
    ATTACHSCORE_INVALID_ARGUMENT =
        3, /* a NULL handle, a wrong answer count, an index out of range */
    ATTACHSCORE_OUT_OF_MEMORY = 4,
    ATTACHSCORE_INTERNAL_ERROR = 5
} attachscore_status;

/* Whether a score could be computed (attachscore_result_status). */
typedef enum attachscore_score_status {
    ATTACHSCORE_SCORE_VALID = 0,
    ATTACHSCORE_SCORE_TOO_FEW_ANSWERED = 1, /* fewer answered items than the score needs */
    ATTACHSCORE_SCORE_INVALID_ANSWERS = 2,  /* an answer is off the scale or not an option */
    ATTACHSCORE_SCORE_NOT_SCORED =
        3 /* no respondent scored into the result yet, or s out of range */
} attachscore_score_status;

typedef struct attachscore_instrument attachscore_instrument;
typedef struct attachscore_result attachscore_result;

/* "0.1.0": the library actually linked (the header's is ATTACHSCORE_VERSION_STRING). */
ATTACHSCORE_API const char* attachscore_version(void);
/* A sentence for a status code, e.g. "no built-in instrument has that id". Static; never free. */
ATTACHSCORE_API const char* attachscore_status_text(attachscore_status status);
/* Frees a message returned through a `char** message` argument. Accepts NULL. */
ATTACHSCORE_API void attachscore_string_free(char* text);

/* --- Instruments ---------------------------------------------------------------------------- */

/* Opens a built-in instrument by id, ignoring case ("ecr-r", "ECR-S"). On failure *out is NULL
 * and, when `message` is not NULL, *message holds why (free it with attachscore_string_free) —
 * or NULL when even the message found no memory; attachscore_status_text(status) always works. */
ATTACHSCORE_API attachscore_status attachscore_instrument_open_builtin(const char* id,
                                                                       attachscore_instrument** out,
                                                                       char** message);
/* Opens an instrument file (JSON, the format of instruments/). The message lists every problem
 * with its place in the file. */
ATTACHSCORE_API attachscore_status attachscore_instrument_open_file(const char* path,
                                                                    attachscore_instrument** out,
                                                                    char** message);
ATTACHSCORE_API void attachscore_instrument_free(attachscore_instrument* inst);

/* The id ("ecr-r"), full name and short name ("ECR-R"). */
ATTACHSCORE_API const char* attachscore_instrument_id(const attachscore_instrument* inst);
ATTACHSCORE_API const char* attachscore_instrument_name(const attachscore_instrument* inst);
ATTACHSCORE_API const char* attachscore_instrument_short_name(const attachscore_instrument* inst);
/* The citation of the published instrument, as one line. */
ATTACHSCORE_API const char* attachscore_instrument_citation(const attachscore_instrument* inst);
/* The disclaimer every interpretation is shown with, in `language` ("en", "es"); NULL when the
 * instrument has no text in that language. */
ATTACHSCORE_API const char* attachscore_instrument_disclaimer(const attachscore_instrument* inst,
                                                              const char* language);
/* The response scale: answers are whole numbers from min to max. */
ATTACHSCORE_API int attachscore_scale_min(const attachscore_instrument* inst);
ATTACHSCORE_API int attachscore_scale_max(const attachscore_instrument* inst);

/* Items and targets. A respondent has attachscore_answer_count() answers: item i about target t
 * is at position t * attachscore_item_count() + i (one target when there are none). */
ATTACHSCORE_API size_t attachscore_item_count(const attachscore_instrument* inst);
/* The published item number of item i (0-based position); 0 when i is out of range. */
ATTACHSCORE_API int attachscore_item_number(const attachscore_instrument* inst, size_t i);
/* 0 for a rating item; 1 for a choice item (its answer is an option's code). */
ATTACHSCORE_API int attachscore_item_is_choice(const attachscore_instrument* inst, size_t i);
ATTACHSCORE_API size_t attachscore_target_count(const attachscore_instrument* inst);
ATTACHSCORE_API const char* attachscore_target_id(const attachscore_instrument* inst, size_t t);
ATTACHSCORE_API size_t attachscore_answer_count(const attachscore_instrument* inst);

/* Scores, in output order; NULL for an index out of range. The label is in `language`. */
ATTACHSCORE_API size_t attachscore_score_count(const attachscore_instrument* inst);
ATTACHSCORE_API const char* attachscore_score_id(const attachscore_instrument* inst, size_t s);
ATTACHSCORE_API const char* attachscore_score_label(const attachscore_instrument* inst, size_t s,
                                                    const char* language);

/* Categories computed by default (e.g. the RQ's highest rating), in output order. */
ATTACHSCORE_API size_t attachscore_category_count(const attachscore_instrument* inst);
ATTACHSCORE_API const char* attachscore_category_id(const attachscore_instrument* inst, size_t c);

/* --- Scoring -------------------------------------------------------------------------------- */

/* A result sized for this instrument, to be scored into again and again (no allocation while
 * scoring). NULL when out of memory. The instrument must outlive it. */
ATTACHSCORE_API attachscore_result* attachscore_result_new(const attachscore_instrument* inst);
ATTACHSCORE_API void attachscore_result_free(attachscore_result* result);

/* Scores one respondent from `count` answers (count == attachscore_answer_count; NaN marks a
 * blank). Reverse keys use the published scale. An answer off the scale is never clamped: it
 * makes every score ATTACHSCORE_SCORE_INVALID_ANSWERS. Returns ATTACHSCORE_INVALID_ARGUMENT
 * for a NULL pointer, a wrong count, or a result made for another instrument. */
ATTACHSCORE_API attachscore_status attachscore_score(const attachscore_instrument* inst,
                                                     const double* answers, size_t count,
                                                     attachscore_result* result);

/* Each score s of the last respondent scored (before the first attachscore_score, or for s out of
 * range: NaN, 0, ATTACHSCORE_SCORE_NOT_SCORED and NULL texts): */
/* the value (NaN unless valid), */
ATTACHSCORE_API double attachscore_result_value(const attachscore_result* result, size_t s);
/* the items answered (for a derived score, its valid inputs), */
ATTACHSCORE_API int attachscore_result_answered(const attachscore_result* result, size_t s);
ATTACHSCORE_API attachscore_score_status attachscore_result_status(const attachscore_result* result,
                                                                   size_t s);
/* why it is not valid ("7 of 18 answered; at least 15 needed"), or "" when it is, */
ATTACHSCORE_API const char* attachscore_result_reason(attachscore_result* result, size_t s);
/* the label of its band ("Middle third of the scale") and the band's text, in `language`; NULL
 * when the score is not valid, has no bands, or has no text in that language. */
ATTACHSCORE_API const char* attachscore_result_band(const attachscore_result* result, size_t s,
                                                    const char* language);
ATTACHSCORE_API const char* attachscore_result_interpretation(const attachscore_result* result,
                                                              size_t s, const char* language);
/* Category c: the category ("secure"), "tie:a+b", "unclassified", or "" when not valid; NULL
 * before the first attachscore_score or for c out of range. */
ATTACHSCORE_API const char* attachscore_result_category(attachscore_result* result, size_t c);

/* --- Options: a configured instrument ------------------------------------------------------- */

typedef struct attachscore_options attachscore_options;

/* NULL when out of memory. */
ATTACHSCORE_API attachscore_options* attachscore_options_new(void);
ATTACHSCORE_API void attachscore_options_free(attachscore_options* options);
/* Sets one option by name, its value as text (a later call for the same name replaces it):
 *   "scale"             "1-5"           the response scale actually administered
 *   "already_reversed"  "all" or "9,11" reverse-keyed items the data hold already reversed
 *   "keys_as_declared"  "true"          score the keys as declared even when the data say the
 *                                       export reversed them (the check then only hints)
 *   "item_order"        an order's id   the order the answers are in, one the instrument
 *                                       declares; its own order's id confirms its numbering
 *   "classify"          "midpoint,…"    category rules the instrument offers as options
 *   "language"          "en" or "es"    of reasons and findings
 *   "norms"             a set's id      a norm set of the instrument ("ledley-2006"), or the
 *                       or a file       path of a norm file, for attachscore_norm_batch
 *   "norm_group"        "female"        the norm group the respondents belong to (an id or an
 *                                       alias; needed when the set has several groups)
 * ATTACHSCORE_INVALID_ARGUMENT, with a message, for an unknown name or a value of the wrong
 * form; what depends on the instrument is checked by attachscore_instrument_configure. */
ATTACHSCORE_API attachscore_status attachscore_options_set(attachscore_options* options,
                                                           const char* name, const char* value,
                                                           char** message);
/* The instrument scored with these options, as a new handle (base and options may be freed
 * after). ATTACHSCORE_INVALID_ARGUMENT, with a message, for options that do not fit it (an item
 * that is not reverse-keyed, an order it does not declare). */
ATTACHSCORE_API attachscore_status attachscore_instrument_configure(
    const attachscore_instrument* base, const attachscore_options* options,
    attachscore_instrument** out, char** message);

/* --- Many respondents at once ---------------------------------------------------------------- */

/* Why an answer cannot be scored (attachscore_score_batch's problems). */
typedef enum attachscore_problem {
    ATTACHSCORE_PROBLEM_NONE = 0,
    ATTACHSCORE_PROBLEM_OUTSIDE_SCALE = 1,
    ATTACHSCORE_PROBLEM_NOT_WHOLE_NUMBER = 2,
    ATTACHSCORE_PROBLEM_NOT_A_CHOICE = 3,
    ATTACHSCORE_PROBLEM_UNREADABLE = 4
} attachscore_problem;

/* Scores `rows` respondents from `answers`, row-major: rows × attachscore_answer_count numbers,
 * NaN for a blank. Writes into the caller's arrays, each rows × attachscore_score_count long, row
 * r's score s at [r * score_count + s] (any may be NULL):
 *   values    the score, NaN unless valid;
 *   answered  the items answered;
 *   statuses  an attachscore_score_status;
 *   bands     the index of its band (attachscore_band_label), -1 when not valid or no band
 *             applies (a score without bands, answers on another scale than the published one);
 * and into arrays `rows` long (may be NULL): problems, the attachscore_problem of the row's first
 * answer that cannot be scored, and positions, that answer's index (0 when none).
 * Allocates nothing per row. Threads: any number may call it at once on the same instrument,
 * each with its own arrays. The whole-table checks are attachscore_checks_*: run them first. */
ATTACHSCORE_API attachscore_status attachscore_score_batch(const attachscore_instrument* inst,
                                                           const double* answers, size_t rows,
                                                           double* values, int* answered,
                                                           int* statuses, int* bands, int* problems,
                                                           size_t* positions);
/* Compares `rows` respondents' scores with the configured norms ("norms", "norm_group"):
 * `values` is rows × attachscore_score_count scores as attachscore_score_batch wrote them, and
 * z, t (50 + 10z) and percentiles (the normal curve's, 0 at the lowest possible score and 100 at
 * the highest) are written at the same places (any may be NULL); NaN where the score is NaN or
 * the group has no norm for it. ATTACHSCORE_INVALID_ARGUMENT when the instrument was configured
 * without norms. Allocates nothing. Threads: any number may call it at once on the same
 * instrument, each with its own arrays. */
ATTACHSCORE_API attachscore_status attachscore_norm_batch(const attachscore_instrument* inst,
                                                          const double* values, size_t rows,
                                                          double* z, double* t,
                                                          double* percentiles);
/* Score s's bands, in order, and band b's label in `language` (NULL when out of range). */
ATTACHSCORE_API size_t attachscore_band_count(const attachscore_instrument* inst, size_t s);
ATTACHSCORE_API const char* attachscore_band_label(const attachscore_instrument* inst, size_t s,
                                                   size_t b, const char* language);

/* The message of this thread's last call that failed (attachscore_score_batch,
 * attachscore_checks_*), or "" — valid until this thread's next such call. */
ATTACHSCORE_API const char* attachscore_last_error(void);

/* --- The whole-table checks ----------------------------------------------------------------- */

/* What the command line checks before it scores a file (another administered scale, reverse-keyed
 * items already reversed, items in another order, answers off the scale, rows of zeros, …), over
 * respondents held in memory and fed in batches. A finding that stops the command line means the
 * scores would be wrong; an application stops, or shows the finding, before it uses them. */
typedef struct attachscore_checks attachscore_checks;

/* The options the findings' ways on refer to (attachscore_words.names). */
typedef enum attachscore_option {
    ATTACHSCORE_OPTION_SCALE = 0,
    ATTACHSCORE_OPTION_MISSING = 1,
    ATTACHSCORE_OPTION_ALREADY_REVERSED = 2,
    ATTACHSCORE_OPTION_KEYS_AS_DECLARED = 3,
    ATTACHSCORE_OPTION_ITEM_ORDER = 4,
    ATTACHSCORE_OPTION_ITEM_COLUMNS = 5,
    ATTACHSCORE_OPTION_COLUMNS = 6,
    ATTACHSCORE_OPTION_ENCODING = 7,
    ATTACHSCORE_OPTION_ID_COLUMN = 8,
    ATTACHSCORE_OPTION_CLASSIFY = 9,
    ATTACHSCORE_OPTION_NORMS = 10,
    ATTACHSCORE_OPTION_NORM_GROUP = 11,
    ATTACHSCORE_OPTION_OUTPUT_DELIMITER = 12,
    ATTACHSCORE_OPTION_RESPONDENT = 13,
    ATTACHSCORE_OPTION_STANDARDIZE = 14,
    ATTACHSCORE_OPTION_STRICT = 15,
    ATTACHSCORE_OPTION_QUALITY = 16,
    ATTACHSCORE_OPTION_PORT = 17,
    ATTACHSCORE_OPTION_COUNT = 18
} attachscore_option;

/* How a binding names the options in a finding's ways on; a NULL member: the library's words.
 * "{name}" and "{value}" in the patterns stand for the option's name and value. For Python:
 * names "scale", "missing" …; setting "{name}=\"{value}\""; flag "{name}=True"; together ", ";
 * description "attachscore.Instrument(\"{id}\").info()". */
typedef struct attachscore_words {
    const char* names[ATTACHSCORE_OPTION_COUNT];
    const char* setting;     /* an option with a value */
    const char* flag;        /* an option without one */
    const char* together;    /* between two settings given together */
    const char* description; /* what describes instrument {id}'s items and orders */
} attachscore_words;

/* `columns`: attachscore_answer_count names of the answers' columns, for the findings (NULL:
 * unnamed). The instrument must outlive the checks; one checks handle belongs to one thread. */
ATTACHSCORE_API attachscore_status attachscore_checks_new(const attachscore_instrument* inst,
                                                          const char* const* columns,
                                                          attachscore_checks** out);
ATTACHSCORE_API void attachscore_checks_free(attachscore_checks* checks);
/* Adds `rows` respondents, as attachscore_score_batch takes them. */
ATTACHSCORE_API attachscore_status attachscore_checks_add(attachscore_checks* checks,
                                                          const double* answers, size_t rows);
/* Judges what was added: the number of findings, those that stop first. */
ATTACHSCORE_API size_t attachscore_checks_evaluate(attachscore_checks* checks);
/* Finding i of the last evaluation: its code (attachscore::finding_code, findings.hpp: 1 another
 * administered scale, 5 reverse-keyed items already reversed, 10 another item order …; 0 for i
 * out of range), whether it stops (1) or is a hint (0), the item numbers it names (at most
 * `capacity` written; the count returned), and its sentence in the instrument's language with
 * the ways on in `words` (NULL: the library's), valid until the next call on these checks. */
ATTACHSCORE_API int attachscore_finding_code(const attachscore_checks* checks, size_t i);
ATTACHSCORE_API int attachscore_finding_stops(const attachscore_checks* checks, size_t i);
ATTACHSCORE_API size_t attachscore_finding_items(const attachscore_checks* checks, size_t i,
                                                 int* numbers, size_t capacity);
ATTACHSCORE_API const char* attachscore_finding_text(attachscore_checks* checks, size_t i,
                                                     const attachscore_words* words);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif /* ATTACHSCORE_ATTACHSCORE_H */
