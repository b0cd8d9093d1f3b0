/*
 * Fuzzing mpin_json_read (json_read.c), the strict reader of the bodies of
 * the login path and the RPS callbacks, differentially against jansson
 * (json_loadb with JSON_REJECT_DUPLICATES | JSON_DECODE_ANY), which the
 * module used before and which must never be stricter than ours.
 *
 * Input: a document, as bytes (not NUL-terminated: the reader must keep to
 * len).
 *
 * Invariants:
 *   - ours accepts => jansson accepts, with the same kind of top-level value;
 *   - jansson accepts => ours accepts, unless the document passes our
 *     documented limits (more than MPIN_JSON_MAX_MEMBERS members in an
 *     object, containers nested deeper than MPIN_JSON_MAX_DEPTH), or holds
 *     a NUL byte right after a number or a literal: jansson's lexer loses
 *     that byte (it puts it back, then takes the NUL for the end of its
 *     look-ahead buffer) and reads "[1\0]" as "[1]"; we refuse the NUL, and
 *     must accept the document without it;
 *   - both accept an object => every member jansson sees is found with the
 *     same kind, strings (unescaped) and integers equal, and a nested
 *     object's span, read again, compares equal the same way, at every
 *     level; a few names that are not members are reported absent.
 * The unit tests (tests/unit/test_json_read.c) run this on their tables and
 * on every file of fuzz/corpus/.
 */
#include <string.h>
#include <jansson.h>
#include "apr_strings.h"
#include "fuzz.h"

/* Names looked up besides jansson's keys: the module's, and keys that a
 * seed's escapes spell. */
static const char *const extra[] = { "status", "userId", "mpinResponse", "authOTT", "a", "" };
#define N_EXTRA (int)(sizeof(extra) / sizeof(extra[0]))

static int kind_of(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return MPIN_JSON_OBJECT;
    case JSON_ARRAY: return MPIN_JSON_ARRAY;
    case JSON_STRING: return MPIN_JSON_STRING;
    case JSON_INTEGER: return MPIN_JSON_INTEGER;
    case JSON_REAL: return MPIN_JSON_REAL;
    case JSON_TRUE: return MPIN_JSON_TRUE;
    case JSON_FALSE: return MPIN_JSON_FALSE;
    default: return MPIN_JSON_NULL;
    }
}

/* 1 when v passes our limits somewhere: too many members or too deep. */
static int past_limits(const json_t *v, int depth)
{
    const char *k;
    json_t *m;
    size_t i;

    if (!json_is_object(v) && !json_is_array(v)) return 0;
    if (depth > MPIN_JSON_MAX_DEPTH) return 1;
    if (json_is_object(v) && json_object_size(v) > MPIN_JSON_MAX_MEMBERS) return 1;
    if (json_is_object(v)) {
        json_object_foreach((json_t *)v, k, m) {
            if (past_limits(m, depth + 1)) return 1;
        }
    }
    else {
        json_array_foreach(v, i, m) {
            if (past_limits(m, depth + 1)) return 1;
        }
    }
    return 0;
}

/* Reads the object doc/len, which jansson read as obj, and compares every
 * member; returns how many invariants broke. */
static int same_object(apr_pool_t *p, const char *doc, size_t len, json_t *obj)
{
    size_t n = json_object_size(obj), i = 0;
    mpin_json_field *f = apr_pcalloc(p, (n + N_EXTRA) * sizeof(*f));
    const char *k;
    json_t *v;
    int bad = 0, kind, j;

    json_object_foreach(obj, k, v) f[i++].name = k;
    for (j = 0; j < N_EXTRA; j++) f[n + j].name = extra[j];
    kind = mpin_json_read(p, doc, len, f, (int)(n + N_EXTRA));
    FCHECK(kind == MPIN_JSON_OBJECT, "an object read as kind %d", kind);
    for (i = 0; i < n + N_EXTRA; i++) {
        v = json_object_get(obj, f[i].name);
        if (i >= n && v) continue; /* an extra name that is a member: done above */
        if (!v) {
            FCHECK(f[i].kind == MPIN_JSON_ABSENT, "\"%s\" found but not a member",
                   fuzz_show(f[i].name));
            continue;
        }
        FCHECK(f[i].kind == kind_of(v), "\"%s\" has kind %d, jansson's is %d",
               fuzz_show(f[i].name), f[i].kind, kind_of(v));
        if (f[i].kind != kind_of(v)) continue;
        if (json_is_string(v))
            FCHECK(f[i].str && strlen(f[i].str) == json_string_length(v)
                   && !memcmp(f[i].str, json_string_value(v), json_string_length(v)),
                   "\"%s\" is \"%s\", jansson's is \"%s\"", fuzz_show(f[i].name),
                   fuzz_show(f[i].str), fuzz_show(json_string_value(v)));
        if (json_is_integer(v))
            FCHECK(f[i].num == json_integer_value(v), "\"%s\" is %lld, jansson's is %lld",
                   fuzz_show(f[i].name), f[i].num, (long long)json_integer_value(v));
        FCHECK(f[i].raw && mpin_json_read(p, f[i].raw, f[i].raw_len, NULL, 0) == f[i].kind,
               "the span of \"%s\" does not read again as its kind", fuzz_show(f[i].name));
        if (json_is_object(v) && f[i].raw)
            bad += same_object(p, f[i].raw, f[i].raw_len, v);
    }
    return bad;
}

/* The document without the NUL bytes that follow a digit or a letter (the
 * end of a number or a literal, outside strings: jansson refuses NULs in
 * strings), which jansson does not see; NULL when there is none. */
static const char *without_lost_nuls(apr_pool_t *p, const char *doc, size_t size, size_t *n)
{
    char *out = apr_palloc(p, size ? size : 1);
    size_t i;

    for (i = 0, *n = 0; i < size; i++) {
        unsigned char prev = i ? (unsigned char)doc[i - 1] : 0;
        if (doc[i] || !((prev >= '0' && prev <= '9') || (prev >= 'a' && prev <= 'z')))
            out[(*n)++] = doc[i];
    }
    return *n < size ? out : NULL;
}

int fuzz_json_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    const char *doc = (const char *)data;
    json_error_t err;
    json_t *root = json_loadb(doc, size, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &err);
    mpin_json_field probe[N_EXTRA];
    int kind, bad = 0, j;

    for (j = 0; j < N_EXTRA; j++) probe[j].name = extra[j];
    kind = mpin_json_read(p, doc, size, probe, N_EXTRA);
    if (kind == MPIN_JSON_INVALID) {
        if (root && !past_limits(root, 1)) {
            size_t n;
            const char *seen = without_lost_nuls(p, doc, size, &n);
            FCHECK(seen && mpin_json_read(p, seen, n, NULL, 0) == kind_of(root),
                   "refused what jansson reads, within our limits");
        }
        for (j = 0; j < N_EXTRA; j++)
            FCHECK(probe[j].kind == MPIN_JSON_ABSENT, "\"%s\" set by a refused document",
                   fuzz_show(extra[j]));
    }
    else {
        FCHECK(root != NULL, "accepted what jansson refuses: %s", fuzz_show(err.text));
        if (root) {
            FCHECK(kind == kind_of(root), "top-level kind %d, jansson's is %d", kind,
                   kind_of(root));
            FCHECK(!past_limits(root, 1), "accepted past the limits");
            if (json_is_object(root)) bad += same_object(p, doc, size, root);
        }
    }
    json_decref(root);
    return bad;
}

FUZZ_TARGET(json)
