/*
 * A strict JSON reader for the bodies the module reads (security item 7):
 * it validates a whole document per RFC 8259 and hands back the top-level
 * object's members that the caller names.  It replaces jansson's json_loadb
 * on the login path, where building a tree for a body of a few hundred
 * bytes cost tens of thousands of instructions; it must never be looser
 * than jansson with JSON_REJECT_DUPLICATES (tests/unit/test_json_read.c and
 * fuzz/fuzz_json.c compare the two on every input they have).
 *
 * One pass, no tree: strings are checked where they lie and only the wanted
 * ones are unescaped into the pool; a nested value is handed back as its
 * span, to be read again.  Pure: no httpd, no malloc, nothing logged.
 */
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

typedef struct {
    apr_pool_t *p;
    const unsigned char *s;     /* the next byte to read */
    const unsigned char *end;   /* one past the last byte of the document */
    int depth;                  /* containers open around s */
} reader;

/* A key as it compares: its unescaped bytes (in the document when it holds
 * no escape, else a copy in the pool). */
typedef struct {
    const char *s;
    apr_size_t n;
} key;

static int value(reader *r, mpin_json_field *f);

/* RFC 8259 section 2: whitespace is space, tab, LF and CR, nothing else. */
static void skip_ws(reader *r)
{
    while (r->s < r->end && (*r->s == ' ' || *r->s == '\t' || *r->s == '\n' || *r->s == '\r'))
        r->s++;
}

/* 1 and moves past c when it is the next byte. */
static int eat(reader *r, unsigned char c)
{
    if (r->s < r->end && *r->s == c) {
        r->s++;
        return 1;
    }
    return 0;
}

/* The four hex digits at s (fewer than four bytes left: 0). */
static int hex4(const unsigned char *s, const unsigned char *end, unsigned long *v)
{
    int i, d;

    if ((apr_size_t)(end - s) < 4) return 0;
    for (*v = 0, i = 0; i < 4; i++) {
        if ((d = mpin_hexval(s[i])) < 0) return 0;
        *v = (*v << 4) | (unsigned long)d;
    }
    return 1;
}

/* The \uXXXX escape at s (s[0] is the backslash), with its low surrogate
 * when it is a high one: how many bytes it takes (6 or 12) and its code
 * point in *cp; 0 when invalid.  Refused as jansson refuses them: a lone or
 * reversed surrogate, and U+0000, which our NUL-terminated strings could
 * not hold (a reader and a check could then see different strings). */
static apr_size_t u_escape(const unsigned char *s, const unsigned char *end, unsigned long *cp)
{
    unsigned long hi, lo;

    if (!hex4(s + 2, end, &hi) || hi == 0 || (hi >= 0xdc00 && hi <= 0xdfff)) return 0;
    if (hi < 0xd800 || hi > 0xdbff) {
        *cp = hi;
        return 6;
    }
    if ((apr_size_t)(end - s) < 12 || s[6] != '\\' || s[7] != 'u' || !hex4(s + 8, end, &lo)
        || lo < 0xdc00 || lo > 0xdfff)
        return 0;
    *cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
    return 12;
}

/* The length of the escape at s (s[0] is the backslash); 0 when invalid. */
static apr_size_t escape_len(const unsigned char *s, const unsigned char *end)
{
    unsigned long cp;

    if (end - s < 2) return 0;
    switch (s[1]) {
    case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
        return 2;
    case 'u':
        return u_escape(s, end, &cp);
    default:
        return 0;
    }
}

/* The ASCII bytes that stand for themselves in a string: not a control
 * character, a quote or a backslash.  Most bytes of a body are, so a table
 * makes them one test each (the string scan is most of the reader's work). */
#define ROW16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
static const unsigned char plain[256] = {
    ROW16(0), ROW16(0),                                 /* 0x00-0x1f: controls */
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,     /* 0x20-0x2f: '"' */
    ROW16(1), ROW16(1),                                 /* 0x30-0x4f */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,     /* 0x50-0x5f: '\\' */
    ROW16(1), ROW16(1),                                 /* 0x60-0x7f */
    /* 0x80-0xff: 0, UTF-8 is checked by runs */
};

/* Moves past the string whose opening quote r->s is at, checking it: no
 * control character, valid escapes, valid UTF-8.  *body and *n are what lies
 * between the quotes; *escaped says whether it holds an escape. */
static int scan_string(reader *r, const unsigned char **body, apr_size_t *n, int *escaped)
{
    const unsigned char *s = r->s + 1, *end = r->end, *run;
    apr_size_t k;

    *escaped = 0;
    for (;;) {
        while (s < end && plain[*s]) s++;
        if (s >= end || *s < 0x20) return 0;
        if (*s == '"') break;
        if (*s == '\\') {
            if (!(k = escape_len(s, end))) return 0;
            *escaped = 1;
            s += k;
            continue;
        }
        /* a run of non-ASCII bytes between ASCII ones holds whole sequences
         * when the string is valid UTF-8, so checking each run on its own
         * checks the whole string */
        for (run = s; s < end && *s >= 0x80; s++)
            ;
        if (!mpin_is_utf8((const char *)run, (apr_size_t)(s - run))) return 0;
    }
    *body = r->s + 1;
    *n = (apr_size_t)(s - *body);
    r->s = s + 1;
    return 1;
}

/* Writes code point cp (at most U+10FFFF) as UTF-8 at o; returns the end. */
static char *put_utf8(char *o, unsigned long cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    }
    else if (cp < 0x800) {
        *o++ = (char)(0xc0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3f));
    }
    else if (cp < 0x10000) {
        *o++ = (char)(0xe0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
        *o++ = (char)(0x80 | (cp & 0x3f));
    }
    else {
        *o++ = (char)(0xf0 | (cp >> 18));
        *o++ = (char)(0x80 | ((cp >> 12) & 0x3f));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3f));
        *o++ = (char)(0x80 | (cp & 0x3f));
    }
    return o;
}

/* The n bytes at s (a string body that scan_string accepted) unescaped,
 * NUL-terminated, in the pool.  No escape is shorter than what it stands
 * for (\uXXXX is 6 bytes for at most 3, a pair 12 for 4), so n + 1 bytes do. */
static char *unescape(apr_pool_t *p, const unsigned char *s, apr_size_t n, apr_size_t *outlen)
{
    char *out = apr_palloc(p, n + 1), *o = out;
    const unsigned char *end = s + n;
    unsigned long cp;

    while (s < end) {
        if (*s != '\\') {
            *o++ = (char)*s++;
            continue;
        }
        switch (s[1]) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u':
            s += u_escape(s, end, &cp);
            o = put_utf8(o, cp);
            continue;
        default: *o++ = (char)s[1]; /* " \ / */
        }
        s += 2;
    }
    *o = '\0';
    *outlen = (apr_size_t)(o - out);
    return out;
}

/* A string value; its unescaped copy in *str when str is not NULL. */
static int string(reader *r, const char **str)
{
    const unsigned char *body;
    apr_size_t n;
    int escaped;

    if (!scan_string(r, &body, &n, &escaped)) return 0;
    if (str)
        *str = escaped ? unescape(r->p, body, n, &n) : apr_pstrmemdup(r->p, (const char *)body, n);
    return 1;
}

/* An object key, unescaped only when it holds an escape. */
static int read_key(reader *r, key *k)
{
    const unsigned char *body;
    int escaped;

    if (r->s >= r->end || *r->s != '"' || !scan_string(r, &body, &k->n, &escaped)) return 0;
    k->s = escaped ? unescape(r->p, body, k->n, &k->n) : (const char *)body;
    return 1;
}

/* Moves past the digits at r->s; how many there were. */
static apr_size_t digits(reader *r)
{
    const unsigned char *start = r->s;

    while (r->s < r->end && *r->s >= '0' && *r->s <= '9') r->s++;
    return (apr_size_t)(r->s - start);
}

/* The integer of n digits at s (after an optional '-'), as jansson reads it
 * into a json_int_t (long long): 0 when out of range, which jansson refuses
 * as a whole document.  Unsigned arithmetic, so no overflow is undefined. */
static int integer(const unsigned char *s, apr_size_t n, int neg, long long *out)
{
    unsigned long long v = 0, limit = neg ? (unsigned long long)LLONG_MAX + 1 : LLONG_MAX;
    apr_size_t i;

    for (i = 0; i < n; i++) {
        unsigned d = (unsigned)(s[i] - '0');
        if (v > (limit - d) / 10) return 0;
        v = v * 10 + d;
    }
    /* -(v - 1) - 1 reaches LLONG_MIN without overflowing */
    *out = neg ? (v ? -(long long)(v - 1) - 1 : 0) : (long long)v;
    return 1;
}

/* jansson refuses a real that overflows a double (strtod gives HUGE_VAL
 * with ERANGE) and takes one that underflows; so do we, with strtod on a
 * copy whose '.' is the locale's decimal point, as jansson does. */
static int real_ok(apr_pool_t *p, const unsigned char *s, apr_size_t n)
{
    char *copy = apr_pstrmemdup(p, (const char *)s, n), *dot = strchr(copy, '.');
    double d;

    if (dot) *dot = *localeconv()->decimal_point;
    errno = 0;
    d = strtod(copy, NULL);
    return !((d == HUGE_VAL || d == -HUGE_VAL) && errno == ERANGE);
}

/* RFC 8259 section 6: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
 * An integer (no fraction, no exponent) goes to *num when num is not NULL. */
static int number(reader *r, long long *num, int *kind)
{
    const unsigned char *start = r->s, *int_start;
    apr_size_t int_len;
    int neg = eat(r, '-');
    long long v;

    int_start = r->s;
    if (!(int_len = digits(r)) || (int_len > 1 && *int_start == '0')) return 0;
    *kind = MPIN_JSON_INTEGER;
    if (eat(r, '.')) {
        if (!digits(r)) return 0;
        *kind = MPIN_JSON_REAL;
    }
    if (eat(r, 'e') || eat(r, 'E')) {
        if (!eat(r, '+')) eat(r, '-');
        if (!digits(r)) return 0;
        *kind = MPIN_JSON_REAL;
    }
    if (*kind == MPIN_JSON_REAL) return real_ok(r->p, start, (apr_size_t)(r->s - start));
    if (!integer(int_start, int_len, neg, &v)) return 0;
    if (num) *num = v;
    return 1;
}

/* true, false or null. */
static int literal(reader *r, const char *word, apr_size_t n)
{
    if ((apr_size_t)(r->end - r->s) < n || memcmp(r->s, word, n)) return 0;
    r->s += n;
    return 1;
}

/* The wanted field named k, or NULL. */
static mpin_json_field *wanted(mpin_json_field *fields, int nfields, const key *k)
{
    int i;

    for (i = 0; i < nfields; i++) {
        if (strlen(fields[i].name) == k->n && !memcmp(fields[i].name, k->s, k->n))
            return &fields[i];
    }
    return NULL;
}

/* An object at r->s; the members named in fields are filled in.  Keys are
 * kept (on the stack, MPIN_JSON_MAX_MEMBERS of them) to refuse a duplicate,
 * which two readers could take differently; the bound keeps that check
 * from growing quadratic with a hostile body. */
static int object(reader *r, mpin_json_field *fields, int nfields)
{
    key keys[MPIN_JSON_MAX_MEMBERS];
    int n = 0, i;

    r->s++;
    if (++r->depth > MPIN_JSON_MAX_DEPTH) return 0;
    skip_ws(r);
    if (eat(r, '}')) {
        r->depth--;
        return 1;
    }
    for (;;) {
        if (n == MPIN_JSON_MAX_MEMBERS || !read_key(r, &keys[n])) return 0;
        for (i = 0; i < n; i++) {
            if (keys[i].n == keys[n].n && !memcmp(keys[i].s, keys[n].s, keys[n].n)) return 0;
        }
        skip_ws(r);
        if (!eat(r, ':')) return 0;
        skip_ws(r);
        if (!value(r, wanted(fields, nfields, &keys[n++]))) return 0;
        skip_ws(r);
        if (eat(r, '}')) break;
        if (!eat(r, ',')) return 0;
        skip_ws(r);
    }
    r->depth--;
    return 1;
}

static int array(reader *r)
{
    r->s++;
    if (++r->depth > MPIN_JSON_MAX_DEPTH) return 0;
    skip_ws(r);
    if (!eat(r, ']')) {
        do {
            skip_ws(r);
            if (!value(r, NULL)) return 0;
            skip_ws(r);
        } while (eat(r, ','));
        if (!eat(r, ']')) return 0;
    }
    r->depth--;
    return 1;
}

/* Any value at r->s; its kind, string, integer and span go to f when f is
 * not NULL.  Returns 0 when invalid. */
static int value(reader *r, mpin_json_field *f)
{
    const unsigned char *start = r->s;
    int kind, ok;

    if (r->s >= r->end) return 0;
    switch (*r->s) {
    case '{': kind = MPIN_JSON_OBJECT; ok = object(r, NULL, 0); break;
    case '[': kind = MPIN_JSON_ARRAY; ok = array(r); break;
    case '"': kind = MPIN_JSON_STRING; ok = string(r, f ? &f->str : NULL); break;
    case 't': kind = MPIN_JSON_TRUE; ok = literal(r, "true", 4); break;
    case 'f': kind = MPIN_JSON_FALSE; ok = literal(r, "false", 5); break;
    case 'n': kind = MPIN_JSON_NULL; ok = literal(r, "null", 4); break;
    default: ok = number(r, f ? &f->num : NULL, &kind);
    }
    if (ok && f) {
        f->kind = kind;
        f->raw = (const char *)start;
        f->raw_len = (apr_size_t)(r->s - start);
    }
    return ok;
}

static void clear(mpin_json_field *fields, int nfields)
{
    int i;

    for (i = 0; i < nfields; i++) {
        fields[i].kind = MPIN_JSON_ABSENT;
        fields[i].str = NULL;
        fields[i].num = 0;
        fields[i].raw = NULL;
        fields[i].raw_len = 0;
    }
}

int mpin_json_read(apr_pool_t *p, const char *doc, apr_size_t len, mpin_json_field *fields,
                   int nfields)
{
    reader r;
    mpin_json_field top;

    clear(fields, nfields);
    if (!doc) return MPIN_JSON_INVALID;
    r.p = p;
    r.s = (const unsigned char *)doc;
    r.end = r.s + len;
    r.depth = 0;
    skip_ws(&r);
    top.kind = MPIN_JSON_INVALID;
    if (r.s < r.end && *r.s == '{') {
        if (object(&r, fields, nfields)) top.kind = MPIN_JSON_OBJECT;
    }
    else if (!value(&r, &top)) {
        top.kind = MPIN_JSON_INVALID;
    }
    skip_ws(&r);
    if (top.kind == MPIN_JSON_INVALID || r.s != r.end) {
        clear(fields, nfields);
        return MPIN_JSON_INVALID;
    }
    return top.kind;
}
