/*
 * Fuzzing mpin_cookie_values (cookie.c, security item 7: crafted and
 * duplicate cookies) and mpin_cookie_name_ok.
 *
 * Input: header [NUL name].  Without a name, the module's default cookie
 * name is looked for.  The header is parsed with max = 8, 1 and 0.
 *
 * Invariants: the count and the values equal those of an independent parser
 * written here (split at ';', trim spaces and tabs, the name before the
 * first '='); at most max values come back; a value has no ';' and no
 * leading or trailing space or tab; a name that mpin_cookie_name_ok accepts
 * holds no separator.
 */
#include <string.h>
#include "apr_strings.h"
#include "fuzz.h"

#define DEFAULT_NAME "mpin_session"

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

/* The reference parser: collects every value of name in header. */
static int reference(apr_pool_t *p, const char *header, const char *name,
                     apr_array_header_t *values)
{
    char *copy = apr_pstrdup(p, header), *pair = copy;
    int n = 0;

    while (pair) {
        char *semi = strchr(pair, ';'), *eq, *k, *ke, *v, *ve;
        if (semi) *semi = '\0';
        eq = strchr(pair, '=');
        if (eq) {
            *eq = '\0';
            for (k = pair; is_ows(*k); k++) ;
            for (ke = k + strlen(k); ke > k && is_ows(ke[-1]); ke--) ;
            *ke = '\0';
            for (v = eq + 1; is_ows(*v); v++) ;
            for (ve = v + strlen(v); ve > v && is_ows(ve[-1]); ve--) ;
            *ve = '\0';
            if (!strcmp(k, name)) {
                APR_ARRAY_PUSH(values, const char *) = v;
                n++;
            }
        }
        pair = semi ? semi + 1 : NULL;
    }
    return n;
}

int fuzz_cookie_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    static const int maxes[] = { MPIN_COOKIE_MAX_VALUES, 1, 0 };
    const char *parts[2], *header, *name;
    apr_array_header_t *want = apr_array_make(p, 4, sizeof(const char *));
    int nparts = fuzz_split(p, data, size, parts, 2), nwant, m, i, bad = 0;

    header = parts[0];
    name = nparts > 1 ? parts[1] : DEFAULT_NAME;
    nwant = reference(p, header, name, want);

    for (m = 0; m < (int)(sizeof(maxes) / sizeof(maxes[0])); m++) {
        apr_array_header_t *out = apr_array_make(p, 1, sizeof(const char *));
        int n = mpin_cookie_values(p, header, name, out, maxes[m]);

        FCHECK(n == nwant, "%d values of \"%s\" found, the reference finds %d, in \"%s\"", n,
               fuzz_show(name), nwant, fuzz_show(header));
        FCHECK(out->nelts == (n < maxes[m] ? n : maxes[m]),
               "%d values returned for a count of %d and max %d", out->nelts, n, maxes[m]);
        for (i = 0; i < out->nelts; i++) {
            const char *v = APR_ARRAY_IDX(out, i, const char *);
            size_t len = v ? strlen(v) : 0;
            FCHECK(v != NULL, "value %d is NULL", i);
            if (!v) continue;
            FCHECK(!strchr(v, ';'), "value %d \"%s\" holds ';'", i, fuzz_show(v));
            FCHECK(!len || (!is_ows(v[0]) && !is_ows(v[len - 1])),
                   "value %d \"%s\" is not trimmed", i, fuzz_show(v));
            if (i < nwant)
                FCHECK(!strcmp(v, APR_ARRAY_IDX(want, i, const char *)),
                       "value %d is \"%s\", the reference says \"%s\"", i, fuzz_show(v),
                       fuzz_show(APR_ARRAY_IDX(want, i, const char *)));
        }
    }
    /* NULL header: nothing, whatever the name */
    FCHECK(mpin_cookie_values(p, NULL, name, want, 8) == 0, "a NULL header has values");

    if (mpin_cookie_name_ok(name)) {
        const unsigned char *c;
        FCHECK(*name != '\0', "the empty name is accepted");
        for (c = (const unsigned char *)name; *c; c++)
            FCHECK(*c > 0x20 && *c < 0x7f && !strchr("()<>@,;:\\\"/[]?={}", *c),
                   "cookie name \"%s\" accepted with byte 0x%02x", fuzz_show(name), *c);
    }
    return bad;
}

FUZZ_TARGET(cookie)
