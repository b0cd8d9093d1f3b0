/*
 * The fuzz harnesses of the pure helpers (src/pure/pure.h).
 *
 * Each fuzz/fuzz_<name>.c holds one harness, fuzz_<name>_one(), that feeds an
 * input to the helpers and re-checks what they return with code of its own
 * (the invariants).  It is built two ways:
 *
 *   - with clang and -DMPIN_LIBFUZZER (make fuzz): LLVMFuzzerTestOneInput
 *     calls it through fuzz_run(), and a broken invariant aborts, so that
 *     libFuzzer saves the input as a crash;
 *   - without that define into tests/unit/run_unit, where test_fuzz_corpus.c
 *     replays every file of fuzz/corpus/<name>/ through it and a broken
 *     invariant is a unit-test failure.
 *
 * A harness returns how many invariants the input broke (0 when all held).
 */
#ifndef MPIN_FUZZ_H
#define MPIN_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include "apr_pools.h"
#include "pure/pure.h"

#if defined(__GNUC__)
#define FUZZ_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define FUZZ_PRINTF(f, a)
#endif

typedef int (*fuzz_fn)(apr_pool_t *p, const uint8_t *data, size_t size);

int fuzz_cookie_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_return_url_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_rps_reply_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_pinpad_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_form_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_template_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_path_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_record_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_json_one(apr_pool_t *p, const uint8_t *data, size_t size);
int fuzz_http_reply_one(apr_pool_t *p, const uint8_t *data, size_t size);
/* Parses the reply d (len bytes) fed whole into *out (and its state into
 * *out_state), checks its invariants, and that feeding it one byte at a time
 * and in two pieces (at every split point when all_splits, else at a few)
 * gives the same result.  Returns how many invariants broke. */
int fuzz_http_reply_check(apr_pool_t *p, const char *d, size_t len, int head, size_t cap,
                          int all_splits, mpin_http_reply *out, mpin_http_state *out_state);

/* Reports a broken invariant and returns 1.  In the libFuzzer build it
 * prints and aborts; the unit build (tests/unit/test_fuzz_corpus.c) counts a
 * failure and goes on. */
int fuzz_fail(const char *file, int line, const char *what, const char *fmt, ...)
    FUZZ_PRINTF(4, 5);

/* Checks an invariant inside a harness, which must have "int bad = 0;". */
#define FCHECK(cond, ...) \
    do { \
        if (!(cond)) bad += fuzz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__); \
    } while (0)

/* Splits the input at NUL bytes into at most max NUL-terminated strings (the
 * last one is cut at its own first NUL, if any); returns how many there are
 * (at least 1: an empty input is one empty string). */
int fuzz_split(apr_pool_t *p, const uint8_t *data, size_t size, const char **parts, int max);

/* A printable rendering of s (n bytes; at most 160 of them), \xNN for control
 * and non-ASCII bytes.  Lives in a small static ring of buffers. */
const char *fuzz_show_n(const char *s, size_t n);
const char *fuzz_show(const char *s);

/* Independent helpers of the harnesses (not the module's own code). */
int fuzz_hexval(int c);
/* One layer of lenient percent-decoding, as a browser or a backend might do
 * it: every well-formed %XX is decoded, anything else is copied.  out must
 * hold strlen(in) + 1 bytes.  Returns how many escapes were decoded, or -1
 * when one decoded to NUL (out then holds the text up to it). */
int fuzz_pct_decode(const char *in, char *out);
/* Strict decoding of n bytes at s: NULL on a malformed escape or a NUL (raw
 * or %00); *outlen (if not NULL) gets the decoded length. */
char *fuzz_strict_decode(apr_pool_t *p, const char *s, size_t n, size_t *outlen);
/* 1 when s holds a well-formed %XX escape. */
int fuzz_has_escape(const char *s);
/* 1 when len bytes at s are valid UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF). */
int fuzz_utf8_ok(const char *s, size_t len);
/* RFC 3986 section 5.2.4 remove_dot_segments on a path (no query), into a
 * new string. */
char *fuzz_remove_dots(apr_pool_t *p, const char *path);

#ifdef MPIN_LIBFUZZER
/* Runs fn on one input with a pool created once and cleared after every
 * input.  While fn runs, apr_palloc is replaced by one malloc per allocation
 * (freed after the input), so that AddressSanitizer sees an overrun of a
 * pool allocation that would otherwise land silently in the pool's block. */
int fuzz_run(fuzz_fn fn, const uint8_t *data, size_t size);
#define FUZZ_TARGET(name) \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size); \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) \
    { \
        return fuzz_run(fuzz_##name##_one, data, size); \
    }
#else
#define FUZZ_TARGET(name)
#endif

#endif
