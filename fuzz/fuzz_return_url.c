/*
 * Fuzzing mpin_url_return_ok (return_target.c, security item 1: open redirects), and
 * on the same input mpin_url_base_check and mpin_rps_public_path_ok.
 *
 * Input: url [NUL prefix].  The URL is checked without an allowlist, with the
 * allowlist of tests/corpus ("https://good.example/app/",
 * "https://partner.example") plus "http://Host.example:8080/base", and with
 * that list plus prefix when mpin_url_prefix_check accepts it (as the
 * MpinRedirectAllowed directive does).
 *
 * Invariants, re-checked here on the raw URL and on every percent-decoded
 * form of it (decoding again while a %XX remains, as many times as it takes):
 *   - without an allowlist, only same-host paths pass;
 *   - a same-host target starts with one '/', and no form of it starts with
 *     "//" or "/\", holds a backslash, a control character or a decoded NUL;
 *     no form of its path starts with "//" once its dot segments are removed
 *     (RFC 3986);
 *   - an absolute URL is http(s)://authority with exactly the authority of
 *     an allowed prefix (no userinfo, no suffix host), starts with that
 *     prefix at a path boundary, no form of it holds a backslash, a control
 *     character or a NUL, and no form of its path has a ".." segment.
 * "Its path" is the raw URL's path, up to the raw '?' or '#': a %3F or %23
 * decoded in a later form is part of the path, not its end.
 *   - the allowlist only ever adds absolute URLs: a same-host path gets the
 *     same answer with or without it;
 *   - a refusal gives a reason.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "fuzz.h"

#define MAX_LAYERS 64

static int has_control(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f) return 1;
    return 0;
}

/* The forms of url: forms[0] is url, forms[i + 1] decodes forms[i] once.
 * Returns how many; *nul when a layer decoded to NUL. */
static int all_forms(apr_pool_t *p, const char *url, const char **forms, int *nul)
{
    int n = 1;

    *nul = 0;
    forms[0] = url;
    while (n < MAX_LAYERS && fuzz_has_escape(forms[n - 1])) {
        char *next = apr_palloc(p, strlen(forms[n - 1]) + 1);
        if (fuzz_pct_decode(forms[n - 1], next) < 0) *nul = 1;
        forms[n++] = next;
    }
    return n;
}

/* The path of s: up to '?' or '#'. */
static const char *path_of(apr_pool_t *p, const char *s)
{
    return apr_pstrmemdup(p, s, strcspn(s, "?#"));
}

static int has_dotdot_segment(const char *path)
{
    const char *s = path;

    while (*s) {
        size_t n = strcspn(s, "/");
        if (n == 2 && s[0] == '.' && s[1] == '.') return 1;
        s += n;
        if (*s) s++;
    }
    return 0;
}

static int same_host_ok(apr_pool_t *p, const char *url, const char *how)
{
    const char *forms[MAX_LAYERS];
    int nul, n = all_forms(p, url, forms, &nul), i, bad = 0;

    FCHECK(url[0] == '/' && url[1] != '/' && url[1] != '\\',
           "%s: accepted \"%s\" does not start with a single '/'", how, fuzz_show(url));
    FCHECK(!nul, "%s: accepted \"%s\" decodes to a NUL", how, fuzz_show(url));
    FCHECK(n < MAX_LAYERS, "%s: accepted \"%s\" has %d layers of encoding", how, fuzz_show(url),
           n);
    for (i = 0; i < n; i++) {
        const char *f = forms[i];
        FCHECK(f[0] == '/', "%s: \"%s\" (layer %d of \"%s\") is not an absolute path", how,
               fuzz_show(f), i, fuzz_show(url));
        FCHECK(strncmp(f, "//", 2) && strncmp(f, "/\\", 2),
               "%s: \"%s\" (layer %d of \"%s\") starts with // or /\\", how, fuzz_show(f), i,
               fuzz_show(url));
        FCHECK(!strchr(f, '\\'), "%s: \"%s\" (layer %d of \"%s\") holds a backslash", how,
               fuzz_show(f), i, fuzz_show(url));
        FCHECK(!has_control(f), "%s: \"%s\" (layer %d of \"%s\") holds a control character",
               how, fuzz_show(f), i, fuzz_show(url));
    }
    /* the path is what comes before the raw '?' or '#': a decoded %3F or %23
     * is part of it, and does not end it */
    n = all_forms(p, path_of(p, url), forms, &nul);
    for (i = 0; i < n; i++) {
        const char *norm = fuzz_remove_dots(p, forms[i]);
        FCHECK(strncmp(norm, "//", 2),
               "%s: the path of \"%s\", \"%s\" at layer %d, is \"%s\" without dot segments",
               how, fuzz_show(url), fuzz_show(forms[i]), i, fuzz_show(norm));
    }
    return bad;
}

/* Splits http(s)://authority; returns the length of "scheme://authority" or
 * 0 when s is not of that shape. */
static size_t origin_len(const char *s, const char **auth, size_t *alen)
{
    size_t skip;

    if (!strncasecmp(s, "http://", 7)) skip = 7;
    else if (!strncasecmp(s, "https://", 8)) skip = 8;
    else return 0;
    *auth = s + skip;
    *alen = strcspn(*auth, "/?#\\");
    return skip + *alen;
}

static int prefix_ok(const char *url, const char *prefix)
{
    const char *ua, *pa;
    size_t ual, pal, uo = origin_len(url, &ua, &ual), po = origin_len(prefix, &pa, &pal);
    size_t plen = strlen(prefix);

    if (!uo || !po || uo != po || strncasecmp(url, prefix, po)) return 0;
    if (ual != pal || strncasecmp(ua, pa, pal)) return 0;
    if (strncmp(url + po, prefix + po, plen - po)) return 0;
    return prefix[plen - 1] == '/' || strchr("/?#", url[plen]) != NULL;
}

static int absolute_ok(apr_pool_t *p, const char *url, const apr_array_header_t *allowed,
                       const char *how)
{
    const char *forms[MAX_LAYERS], *auth;
    size_t alen, olen = origin_len(url, &auth, &alen);
    int nul, n = all_forms(p, url, forms, &nul), i, matched = 0, bad = 0;

    FCHECK(olen > 0, "%s: accepted \"%s\" is neither a path nor http(s)://", how,
           fuzz_show(url));
    if (!olen) return bad;
    FCHECK(alen > 0 && !memchr(auth, '@', alen), "%s: accepted \"%s\" has userinfo or no host",
           how, fuzz_show(url));
    for (i = 0; i < allowed->nelts; i++)
        matched |= prefix_ok(url, APR_ARRAY_IDX(allowed, i, const char *));
    FCHECK(matched, "%s: accepted \"%s\" matches no allowed prefix at a boundary", how,
           fuzz_show(url));
    FCHECK(!nul, "%s: accepted \"%s\" decodes to a NUL", how, fuzz_show(url));
    FCHECK(n < MAX_LAYERS, "%s: accepted \"%s\" has %d layers of encoding", how, fuzz_show(url),
           n);
    for (i = 0; i < n; i++) {
        const char *f = forms[i];
        FCHECK(!strchr(f, '\\'), "%s: \"%s\" (layer %d of \"%s\") holds a backslash", how,
               fuzz_show(f), i, fuzz_show(url));
        FCHECK(!has_control(f), "%s: \"%s\" (layer %d of \"%s\") holds a control character",
               how, fuzz_show(f), i, fuzz_show(url));
    }
    /* the path is what comes after the authority and before the raw '?' or
     * '#'; a decoded %3F or %23 does not end it (and browsers read %2e%2e as
     * "..", so hiding one behind it leaves the allowed prefix) */
    n = all_forms(p, path_of(p, url + olen), forms, &nul);
    for (i = 0; i < n; i++)
        FCHECK(!has_dotdot_segment(forms[i]),
               "%s: the path of \"%s\", \"%s\" at layer %d, has a '..' segment", how,
               fuzz_show(url), fuzz_show(forms[i]), i);
    return bad;
}

/* mpin_url_base_check: accepted => http(s)://host without userinfo, query,
 * fragment, control characters or backslashes. */
static int base_ok(const char *url)
{
    const char *auth;
    size_t alen, olen;
    int bad = 0;

    if (mpin_url_base_check(url)) return 0;
    olen = origin_len(url, &auth, &alen);
    FCHECK(olen && alen && !memchr(auth, '@', alen) && !strpbrk(url, "?#\\") && !has_control(url)
               && !strchr(url, ' '),
           "base URL \"%s\" accepted", fuzz_show(url));
    return bad;
}

/* mpin_rps_public_path_ok: accepted => /rps/<letters and digits>[/<hex>]. */
static int rps_path_ok(const char *path)
{
    const char *s = path + 5;
    int bad = 0;

    if (!mpin_rps_public_path_ok(path)) return 0;
    FCHECK(!strncmp(path, "/rps/", 5), "RPS path \"%s\" accepted", fuzz_show(path));
    if (strncmp(path, "/rps/", 5)) return bad;
    while (apr_isalnum(*s)) s++;
    FCHECK(s > path + 5, "RPS path \"%s\" accepted without a name", fuzz_show(path));
    if (*s == '/') {
        const char *h = ++s;
        while (apr_isxdigit(*s)) s++;
        FCHECK(s > h, "RPS path \"%s\" accepted with an empty id", fuzz_show(path));
    }
    FCHECK(*s == '\0', "RPS path \"%s\" accepted with \"%s\" left", fuzz_show(path),
           fuzz_show(s));
    return bad;
}

int fuzz_return_url_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    static const char *const fixed[] = {
        "https://good.example/app/", "https://partner.example", "http://Host.example:8080/base"
    };
    const char *parts[2], *url, *why;
    apr_array_header_t *list = apr_array_make(p, 4, sizeof(const char *)), *more;
    int nparts = fuzz_split(p, data, size, parts, 2), bad = 0, none, with, with_more;
    size_t i;

    url = parts[0];
    for (i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
        APR_ARRAY_PUSH(list, const char *) = fixed[i];
    more = apr_array_copy(p, list);
    if (nparts > 1 && !mpin_url_prefix_check(parts[1]))
        APR_ARRAY_PUSH(more, const char *) = parts[1];

    why = NULL;
    none = mpin_url_return_ok(url, NULL, &why);
    FCHECK(none || (why && *why), "\"%s\" refused without a reason", fuzz_show(url));
    if (none) bad += same_host_ok(p, url, "no allowlist");

    why = NULL;
    with = mpin_url_return_ok(url, list, &why);
    FCHECK(with || (why && *why), "\"%s\" refused without a reason", fuzz_show(url));
    if (url[0] == '/')
        FCHECK(with == none, "the allowlist changes the answer for the path \"%s\"",
               fuzz_show(url));
    else if (with)
        bad += absolute_ok(p, url, list, "allowlist");

    if (more->nelts > list->nelts) {
        why = NULL;
        with_more = mpin_url_return_ok(url, more, &why);
        FCHECK(with_more || (why && *why), "\"%s\" refused without a reason", fuzz_show(url));
        FCHECK(with_more >= with, "adding \"%s\" to the allowlist refuses \"%s\"",
               fuzz_show(parts[1]), fuzz_show(url));
        if (url[0] == '/')
            FCHECK(with_more == none, "the allowlist changes the answer for the path \"%s\"",
                   fuzz_show(url));
        else if (with_more)
            bad += absolute_ok(p, url, more, "allowlist + prefix");
    }

    bad += base_ok(url);
    bad += rps_path_ok(url);
    return bad;
}

FUZZ_TARGET(return_url)
