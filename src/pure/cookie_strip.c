/*
 * Removing the module's own cookies from a Cookie header before the request
 * is handed to a backend (security row 20).  Pure.
 *
 * The other cookies must reach the backend exactly as the browser sent them,
 * so nothing is re-encoded: the header is cut into pairs and the pairs that
 * are kept are copied with the separator that preceded them.  A pair ends
 * at ';', and also at a ',' that is followed by a cookie name and '=':
 * httpd joins two Cookie header lines with ", " (HTTP/1.1), and a cookie of
 * ours on the second line must not hide inside the value of the last
 * cookie of the first.  (A ", name=" inside a value is then taken for a
 * separator too: only a pair that is named like one of ours is dropped
 * that way.)
 */
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* Where the pair that starts at s ends: at ';', at ", name=" or at the end. */
static const char *pair_end(const char *s)
{
    for (;; s++) {
        const char *n;
        s += strcspn(s, ";,");  /* values are long: skip them in one call */
        if (!*s || *s == ';') return s;
        for (n = s + 1; is_ows(*n); n++) ;
        if (!mpin_tchar[(unsigned char)*n]) continue;
        while (mpin_tchar[(unsigned char)*n]) n++;
        while (is_ows(*n)) n++;
        if (*n == '=') return s;
    }
}

/* 1 when the pair [s, e) is named like one of names. */
static int named(const char *s, const char *e, const char *const *names)
{
    const char *ne;
    apr_size_t len;

    while (s < e && is_ows(*s)) s++;
    ne = s;
    while (ne < e && *ne != '=') ne++;
    if (ne == e) return 0;
    while (ne > s && is_ows(ne[-1])) ne--;
    len = (apr_size_t)(ne - s);
    for (; *names; names++)
        if (strlen(*names) == len && !memcmp(s, *names, len)) return 1;
    return 0;
}

const char *mpin_cookie_strip(apr_pool_t *p, const char *header, const char *const *names,
                              int *removed)
{
    apr_size_t hlen = strlen(header);
    char *out = apr_palloc(p, hlen + 1), *o = out;
    const char *s = header;
    int gone = 0;

    while (*s) {
        const char *e = pair_end(s), *start = s;
        if (named(s, e, names)) {
            gone++;
        }
        else {
            while (start < e && is_ows(*start)) start++;
            if (start < e) {
                /* after a kept pair: the separator this pair came after and
                 * its blanks, as they were; first: the pair alone */
                if (o > out) {
                    *o++ = s[-1];
                    memcpy(o, s, (apr_size_t)(start - s));
                    o += start - s;
                }
                memcpy(o, start, (apr_size_t)(e - start));
                o += e - start;
            }
        }
        s = *e ? e + 1 : e;
    }
    *o = '\0';
    *removed = gone;
    if (!gone) return header;
    return o > out ? out : NULL;
}
