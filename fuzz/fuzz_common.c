/*
 * Helpers shared by the fuzz harnesses (see fuzz.h), and in the libFuzzer
 * build the driver: the pool, the malloc-backed apr_palloc and fuzz_fail.
 */
#ifdef MPIN_LIBFUZZER
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* RTLD_NEXT */
#endif
#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include "apr_general.h"
#endif
#include <string.h>
#include "apr_strings.h"
#include "fuzz.h"

int fuzz_split(apr_pool_t *p, const uint8_t *data, size_t size, const char **parts, int max)
{
    size_t start = 0, end;
    const uint8_t *z;
    int n = 0;

    while (n < max - 1 && start < size && (z = memchr(data + start, 0, size - start))) {
        end = (size_t)(z - data);
        parts[n++] = apr_pstrmemdup(p, (const char *)data + start, end - start);
        start = end + 1;
    }
    /* the last part runs to its own first NUL */
    z = start < size ? memchr(data + start, 0, size - start) : NULL;
    end = z ? (size_t)(z - data) : size;
    parts[n++] = start < size ? apr_pstrmemdup(p, (const char *)data + start, end - start) : "";
    return n;
}

#define SHOW_MAX 160
#define SHOW_RING 8

const char *fuzz_show_n(const char *s, size_t n)
{
    static char ring[SHOW_RING][SHOW_MAX * 4 + 8];
    static int next;
    static const char hex[] = "0123456789abcdef";
    char *out, *o;
    size_t i;

    if (!s) return "(null)";
    o = out = ring[next];
    next = (next + 1) % SHOW_RING;
    for (i = 0; i < n && i < SHOW_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\') {
            *o++ = '\\';
            *o++ = '\\';
        }
        else if (c < 0x20 || c >= 0x7f) {
            *o++ = '\\';
            *o++ = 'x';
            *o++ = hex[c >> 4];
            *o++ = hex[c & 0xf];
        }
        else {
            *o++ = (char)c;
        }
    }
    if (n > SHOW_MAX) {
        memcpy(o, "...", 3);
        o += 3;
    }
    *o = '\0';
    return out;
}

const char *fuzz_show(const char *s)
{
    return s ? fuzz_show_n(s, strlen(s)) : "(null)";
}

int fuzz_hexval(int c)
{
    static const char digits[] = "0123456789abcdef0123456789ABCDEF";
    const char *d;

    if (!c || !(d = strchr(digits, c))) return -1;
    return (int)((d - digits) % 16);
}

int fuzz_pct_decode(const char *in, char *out)
{
    int n = 0;

    while (*in) {
        if (in[0] == '%' && fuzz_hexval((unsigned char)in[1]) >= 0
            && fuzz_hexval((unsigned char)in[2]) >= 0) {
            int c = fuzz_hexval((unsigned char)in[1]) * 16 + fuzz_hexval((unsigned char)in[2]);
            if (!c) {
                *out = '\0';
                return -1;
            }
            *out++ = (char)c;
            in += 3;
            n++;
        }
        else {
            *out++ = *in++;
        }
    }
    *out = '\0';
    return n;
}

char *fuzz_strict_decode(apr_pool_t *p, const char *s, size_t n, size_t *outlen)
{
    char *out = apr_palloc(p, n + 1);
    size_t i = 0, o = 0;

    while (i < n) {
        int c = (unsigned char)s[i];
        if (c == '%') {
            if (n - i < 3 || fuzz_hexval((unsigned char)s[i + 1]) < 0
                || fuzz_hexval((unsigned char)s[i + 2]) < 0)
                return NULL;
            c = fuzz_hexval((unsigned char)s[i + 1]) * 16 + fuzz_hexval((unsigned char)s[i + 2]);
            i += 3;
        }
        else {
            i++;
        }
        if (!c) return NULL;
        out[o++] = (char)c;
    }
    out[o] = '\0';
    if (outlen) *outlen = o;
    return out;
}

int fuzz_has_escape(const char *s)
{
    for (; *s; s++)
        if (s[0] == '%' && fuzz_hexval((unsigned char)s[1]) >= 0
            && fuzz_hexval((unsigned char)s[2]) >= 0)
            return 1;
    return 0;
}

int fuzz_utf8_ok(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;

    while (i < len) {
        unsigned long cp;
        size_t extra, k;

        if (u[i] < 0x80) {
            i++;
            continue;
        }
        if ((u[i] & 0xe0) == 0xc0) { extra = 1; cp = u[i] & 0x1fu; }
        else if ((u[i] & 0xf0) == 0xe0) { extra = 2; cp = u[i] & 0x0fu; }
        else if ((u[i] & 0xf8) == 0xf0) { extra = 3; cp = u[i] & 0x07u; }
        else return 0;
        if (len - i <= extra) return 0;
        for (k = 1; k <= extra; k++) {
            if ((u[i + k] & 0xc0) != 0x80) return 0;
            cp = (cp << 6) | (u[i + k] & 0x3fu);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return 0;
        i += extra + 1;
    }
    return 1;
}

char *fuzz_remove_dots(apr_pool_t *p, const char *path)
{
    char *in = apr_pstrdup(p, path), *out = apr_palloc(p, strlen(path) + 1), *o = out;

    /* the loop of RFC 3986 5.2.4, rule by rule */
    while (*in) {
        if (!strncmp(in, "../", 3)) in += 3;                        /* A */
        else if (!strncmp(in, "./", 2)) in += 2;
        else if (!strncmp(in, "/./", 3)) in += 2;                   /* B */
        else if (!strcmp(in, "/.")) in[1] = '\0';
        else if (!strncmp(in, "/../", 4) || !strcmp(in, "/..")) {  /* C */
            if (in[3]) in += 3;
            else in[1] = '\0';
            while (o > out && o[-1] != '/') o--;
            if (o > out) o--;
        }
        else if (!strcmp(in, ".") || !strcmp(in, "..")) in += strlen(in); /* D */
        else {                                                      /* E */
            do *o++ = *in++;
            while (*in && *in != '/');
        }
    }
    *o = '\0';
    return out;
}

#ifdef MPIN_LIBFUZZER
int fuzz_fail(const char *file, int line, const char *what, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "INVARIANT BROKEN %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\n    condition: %s\n", what);
    abort();
}

/* While an input runs, every apr_palloc (ours, and libapr's own calls from
 * apr_pstrdup, apr_array_push... which go through the PLT) is a malloc of
 * exactly the size asked, so an overrun is an ASan report rather than a
 * silent write into the pool's block.  The blocks are freed after the input. */
static int tracking;
static void **tracked;
static size_t ntracked, captracked;

void *apr_palloc(apr_pool_t *p, apr_size_t size)
{
    static void *(*real)(apr_pool_t *, apr_size_t);
    void *m;

    if (!tracking) {
        if (!real) {
            *(void **)&real = dlsym(RTLD_NEXT, "apr_palloc");
            if (!real) abort();
        }
        return real(p, size);
    }
    if (ntracked == captracked) {
        captracked = captracked ? captracked * 2 : 1024;
        tracked = realloc(tracked, captracked * sizeof(*tracked));
        if (!tracked) abort();
    }
    /* malloc(0) gives a unique pointer that ASan treats as 0 bytes long */
    if (!(m = malloc(size))) abort();
    tracked[ntracked++] = m;
    return m;
}

int fuzz_run(fuzz_fn fn, const uint8_t *data, size_t size)
{
    static apr_pool_t *pool;
    size_t i;

    if (!pool) {
        if (apr_initialize() != APR_SUCCESS || apr_pool_create(&pool, NULL) != APR_SUCCESS)
            abort();
    }
    tracking = 1;
    fn(pool, data, size);
    tracking = 0;
    apr_pool_clear(pool);
    for (i = 0; i < ntracked; i++) free(tracked[i]);
    ntracked = 0;
    return 0;
}
#endif
