/*
 * A tiny unit-test framework for the pure helpers of mod_mpin_rpa (src/pure/pure.h).
 *
 *   CHECK(cond, fmt, ...)              counts a pass, or prints file:line, the
 *                                      condition and the description
 *   CHECK_STR(got, want, fmt, ...)     string equality; NULL only equals NULL
 *   CHECK_INT(got, want, fmt, ...)     integer equality
 *   CHECK_NULL(got, fmt, ...)          got is NULL (shows it otherwise)
 *
 * Descriptions are printf formats and must be string literals: payloads are
 * passed as "%s" arguments, shown through unit_show() so that control and
 * non-ASCII bytes print as \xNN.
 */
#ifndef MPIN_UNIT_H
#define MPIN_UNIT_H

#include <stdio.h>
#include "apr_pools.h"
#include "apr_tables.h"
#include "apr_strings.h"
#include "pure/pure.h"

#if defined(__GNUC__)
#define UNIT_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define UNIT_PRINTF(f, a)
#endif

extern int unit_passed;
extern int unit_failed;
/* The folder of the payload corpora (argv[1] of run_unit). */
extern const char *unit_corpus_dir;
/* The folder of the fuzzers' corpora (argv[2] of run_unit). */
extern const char *unit_fuzz_corpus_dir;

void unit_fail(const char *file, int line, const char *what, const char *fmt, ...)
    UNIT_PRINTF(4, 5);
void unit_check_str(const char *file, int line, const char *got, const char *want,
                    const char *fmt, ...) UNIT_PRINTF(5, 6);
void unit_check_int(const char *file, int line, long long got, long long want,
                    const char *fmt, ...) UNIT_PRINTF(5, 6);
void unit_check_null(const char *file, int line, const char *got, const char *fmt, ...)
    UNIT_PRINTF(4, 5);

/* A printable rendering of s (at most 200 bytes of it, then "..."): \xNN for
 * control and non-ASCII bytes, \\ for a backslash.  "(null)" for NULL.  The
 * result lives in a static ring of buffers, good for a few calls at a time. */
const char *unit_show(const char *s);
/* The same for len bytes that may hold NULs. */
const char *unit_show_n(const char *s, apr_size_t len);

#define CHECK(cond, ...) \
    do { \
        if (cond) unit_passed++; \
        else unit_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); \
    } while (0)

#define CHECK_STR(got, want, ...) unit_check_str(__FILE__, __LINE__, (got), (want), __VA_ARGS__)
#define CHECK_INT(got, want, ...) \
    unit_check_int(__FILE__, __LINE__, (long long)(got), (long long)(want), __VA_ARGS__)
#define CHECK_NULL(got, ...) unit_check_null(__FILE__, __LINE__, (got), __VA_ARGS__)

/* An apr_array_header_t of const char * from a NULL-terminated list. */
apr_array_header_t *unit_strings(apr_pool_t *p, const char *const *list);

/* The suites, one per source file. */
void suite_url(apr_pool_t *p);
void suite_escape(apr_pool_t *p);
void suite_cookie(apr_pool_t *p);
void suite_cookie_strip(apr_pool_t *p);
void suite_json(apr_pool_t *p);
void suite_json_read(apr_pool_t *p);
void suite_fields(apr_pool_t *p);
void suite_record(apr_pool_t *p);
void suite_session_index(apr_pool_t *p);
void suite_template(apr_pool_t *p);
void suite_path(apr_pool_t *p);
void suite_form(apr_pool_t *p);
void suite_crypto(apr_pool_t *p);
void suite_http_reply(apr_pool_t *p);
void suite_ratelimit(apr_pool_t *p);
void suite_username(apr_pool_t *p);
void suite_corpus(apr_pool_t *p);
void suite_fuzz_corpus(apr_pool_t *p);

#endif
