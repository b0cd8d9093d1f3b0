/*
 * The syntax of the URLs an administrator configures (MpinRpsURL,
 * MpinRedirectAllowed, absolute MpinSuccessURL and the like): http(s), a
 * host, no userinfo; and the split of an RPS base URL for the module's own
 * HTTP client.  The two checks every URL gets (characters, origin) are here
 * too: the return-target validator (return_target.c) applies them to each
 * decoded form of a target.  Pure: no httpd types.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "pure.h"

static int visible_ascii(unsigned char c)
{
    return c > 0x20 && c < 0x7f;
}

/* Checks raw characters common to every form of every target. */
int mpin_url_chars_ok(const char *s, const char **why)
{
    for (; *s; s++) {
        if (!visible_ascii((unsigned char)*s)) {
            *why = "control, space or non-ASCII character";
            return 0;
        }
        if (*s == '\\') {
            *why = "backslash";
            return 0;
        }
    }
    return 1;
}

/* Parses http(s)://authority[/...]: returns the length of "scheme://authority"
 * or 0 when the URL is not of that shape or has userinfo or an empty host. */
apr_size_t mpin_url_origin_len(const char *url)
{
    const char *a, *end;

    if (!strncasecmp(url, "https://", 8)) a = url + 8;
    else if (!strncasecmp(url, "http://", 7)) a = url + 7;
    else return 0;
    end = a + strcspn(a, "/?#");
    if (end == a || *a == ':') return 0;
    if (memchr(a, '@', (apr_size_t)(end - a))) return 0;
    return (apr_size_t)(end - url);
}

const char *mpin_url_base_check(const char *url)
{
    const char *why;
    apr_size_t olen;

    if (!url || !*url) return "empty URL";
    if (strlen(url) > MPIN_RETURN_URL_MAX) return "URL too long";
    if (!mpin_url_chars_ok(url, &why)) return why;
    olen = mpin_url_origin_len(url);
    if (!olen) return "must be http:// or https:// with a host and no user:password@";
    if (strpbrk(url + olen, "?#")) return "must not have a query or fragment";
    return NULL;
}

int mpin_url_base_split(apr_pool_t *p, const char *url, mpin_url_parts *out)
{
    apr_size_t olen = url ? mpin_url_origin_len(url) : 0;
    const char *a, *end, *colon, *h;
    unsigned long port = 0;

    if (!olen || mpin_url_base_check(url)) return 0;
    out->https = url[4] == 's' || url[4] == 'S';
    a = url + (out->https ? 8 : 7);
    end = url + olen;
    if (*a == '[') {                                /* [IPv6]:port */
        const char *close = memchr(a, ']', (apr_size_t)(end - a));
        if (!close || close == a + 1) return 0;
        h = apr_pstrmemdup(p, a + 1, (apr_size_t)(close - a - 1));
        colon = close + 1 < end ? close + 1 : NULL;
        if (colon && *colon != ':') return 0;
    }
    else {
        colon = memchr(a, ':', (apr_size_t)(end - a));
        h = apr_pstrmemdup(p, a, (apr_size_t)((colon ? colon : end) - a));
        if (!*h) return 0;
    }
    if (colon && colon + 1 < end) {
        const char *d;
        for (d = colon + 1; d < end; d++) {
            if (*d < '0' || *d > '9') return 0;
            port = port * 10 + (unsigned long)(*d - '0');
            if (port > 65535) return 0;
        }
        if (!port) return 0;
    }
    out->host = h;
    out->port = (apr_port_t)(port ? port : out->https ? 443 : 80);
    /* the Host header: the authority as written, with a port only if given */
    out->authority = apr_pstrmemdup(p, a, (apr_size_t)(end - a));
    if (colon && colon + 1 == end) out->authority = apr_pstrmemdup(p, a, (apr_size_t)(colon - a));
    out->path = apr_pstrdup(p, end);
    return 1;
}

const char *mpin_url_prefix_check(const char *prefix)
{
    return mpin_url_base_check(prefix);
}
