/*
 * Cookie header parsing (security item 7: crafted and duplicate cookies).
 * Pure.  The parser is linear, allocates only for the values it returns and
 * bounds how many it returns, whatever the header holds.
 */
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

static int is_ows(char c)
{
    return c == ' ' || c == '\t';
}

int mpin_cookie_values_ex(apr_pool_t *p, const char *header, const char *name,
                          apr_array_header_t *out, int max, int commas)
{
    apr_size_t nlen = strlen(name);
    const char *s = header, *separators = commas ? ";," : ";";
    int found = 0;

    if (!header) return 0;
    while (*s) {
        const char *pair_end, *eq, *ns, *ne, *vs, *ve;

        pair_end = s + strcspn(s, separators);
        ns = s;
        while (ns < pair_end && is_ows(*ns)) ns++;
        eq = memchr(ns, '=', (apr_size_t)(pair_end - ns));
        if (eq) {
            ne = eq;
            while (ne > ns && is_ows(ne[-1])) ne--;
            if ((apr_size_t)(ne - ns) == nlen && !memcmp(ns, name, nlen)) {
                vs = eq + 1;
                ve = pair_end;
                while (vs < ve && is_ows(*vs)) vs++;
                while (ve > vs && is_ows(ve[-1])) ve--;
                if (found < max)
                    APR_ARRAY_PUSH(out, const char *) = apr_pstrmemdup(p, vs, (apr_size_t)(ve - vs));
                found++;
            }
        }
        s = *pair_end ? pair_end + 1 : pair_end;
    }
    return found;
}

int mpin_cookie_values(apr_pool_t *p, const char *header, const char *name,
                       apr_array_header_t *out, int max)
{
    return mpin_cookie_values_ex(p, header, name, out, max, 0);
}

/* 1 for a token character (RFC 6265 / RFC 9110): a visible ASCII character
 * that is not a separator, i.e. a letter, a digit or one of !#$%&'*+-.^_`|~.
 * A table rather than strchr over the separators: the RPS client checks
 * every header name of every reply with it. */
const unsigned char mpin_tchar[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 1, 1, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 0,
    /* 0x80-0xff: 0 */
};

int mpin_cookie_name_ok(const char *name)
{
    if (!name || !*name) return 0;
    for (; *name; name++)
        if (!mpin_tchar[(unsigned char)*name]) return 0;
    return 1;
}

/* Whether name already carries a prefix (browsers match them regardless of
 * case, RFC 6265bis 4.1.3). */
static int has_prefix(const char *name)
{
    return !strncasecmp(name, "__Host-", 7) || !strncasecmp(name, "__Secure-", 9);
}

const char *mpin_cookie_prefixed_name(apr_pool_t *p, const char *base, int secure,
                                      const char *domain, const char *path)
{
    if (!secure || has_prefix(base)) return base;
    /* __Host- requires Secure, Path=/ and no Domain; a cookie with a Domain
     * or another path can still say that only a secure origin set it */
    if ((!domain || !*domain) && path && !strcmp(path, "/"))
        return apr_pstrcat(p, "__Host-", base, NULL);
    return apr_pstrcat(p, "__Secure-", base, NULL);
}
