/*
 * Login CSRF (security item 11, issue 16 item 4).  Two guards, each enough
 * against a form posted from another site:
 *   - the login POSTs must come from a page of this site, as far as the
 *     browser says (Origin, Sec-Fetch-Site): mpin_cross_site_reason;
 *   - the password form carries a token bound to a pre-login cookie that
 *     only this server can have issued (signed with the session key,
 *     pure/session_cookie.c), so a cookie planted by a sibling subdomain or
 *     over plain http is not one the page hands a token out for.
 * A planter can still plant a value the server issued to them; the first
 * guard, and on https the __Host- prefix that no sibling can set, stop that.
 */
#include "apr_strings.h"
#include "http_core.h"
#include "mpin_rpa.h"

/* A login page left open for longer must be reloaded; a value kept by a
 * browser (a cookie without Max-Age) is renewed by the next login page. */
#define PRELOGIN_MAX_AGE apr_time_from_sec(24 * 3600)
/* servers sharing the key may disagree this much about the time */
#define PRELOGIN_CLOCK_SKEW apr_time_from_sec(300)
#define TOKEN_CHARS 43

/* __Host-mpin_login on https (Secure, no Domain, Path=/), so that plain
 * http or a sibling subdomain cannot choose it (issue 16 item 4). */
const char *mpin_prelogin_cookie_name(request_rec *r, const mpin_dir_conf *c)
{
    return mpin_cookie_prefixed_name(r->pool, MPIN_PRELOGIN_COOKIE, mpin_is_https(r), NULL,
                                     mpin_conf_cookie_path(c));
}

/* The login POST must come from a page of this site (login CSRF): browsers
 * say where a request comes from in Origin and Sec-Fetch-Site.  A request
 * with neither (not from a browser, or a very old one) passes: the form's
 * token still guards the password login. */
const char *mpin_cross_site_reason(request_rec *r)
{
    const char *origin = apr_table_get(r->headers_in, "Origin");
    const char *site = apr_table_get(r->headers_in, "Sec-Fetch-Site");

    if (site && strcasecmp(site, "same-origin")) return "Sec-Fetch-Site is not same-origin";
    if (origin && strcasecmp(origin, ap_construct_url(r->pool, "", r)))
        return "Origin is another site";
    return NULL;
}

static const char *token_for(request_rec *r, const mpin_hmac_key *key, const char *prelogin)
{
    const char *msg = apr_pstrcat(r->pool, "mpin-login-csrf|v1|", prelogin, NULL);
    unsigned char mac[32];

    mpin_hmac_sha256_keyed(key, msg, strlen(msg), mac);
    return mpin_b64url_encode(r->pool, mac, sizeof(mac));
}

/* Whether v is a pre-login value this server issued (under the current or
 * the previous session key) and still young enough; else *why. */
static int prelogin_valid(request_rec *r, const char *name, const char *v, const char **why)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    apr_time_t issued, now = apr_time_now();

    if (!mpin_prelogin_verify(r->pool, sc->mac, v, name, &issued)
        && !(sc->old_mac && mpin_prelogin_verify(r->pool, sc->old_mac, v, name, &issued))) {
        *why = "the pre-login cookie was not issued by this server";
        return 0;
    }
    if (issued > now + PRELOGIN_CLOCK_SKEW || now - issued > PRELOGIN_MAX_AGE) {
        *why = "the pre-login cookie has expired";
        return 0;
    }
    return 1;
}

/* The first valid pre-login value of the request, or NULL with *why (the
 * reason of the first cookie refused, or that there is none).  Several
 * cookies of the name are read: a planted one (another Domain or Path)
 * beside the server's own does not hide it. */
static const char *prelogin_value(request_rec *r, const mpin_dir_conf *c, const char **why)
{
    const char *name = mpin_prelogin_cookie_name(r, c);
    apr_array_header_t *values = apr_array_make(r->pool, 1, sizeof(const char *));
    const char *first_why = NULL, *w;
    int i;

    mpin_request_cookie_values(r, name, values, MPIN_COOKIE_MAX_VALUES);
    for (i = 0; i < values->nelts; i++) {
        if (prelogin_valid(r, name, APR_ARRAY_IDX(values, i, const char *), &w))
            return APR_ARRAY_IDX(values, i, const char *);
        if (!first_why) first_why = w;
    }
    *why = first_why ? first_why : "no pre-login cookie";
    return NULL;
}

const char *mpin_csrf_token(request_rec *r, const mpin_dir_conf *c)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    const char *why, *prelogin = prelogin_value(r, c, &why), *name;

    if (!prelogin) {
        unsigned char nonce[MPIN_PRELOGIN_NONCE_BYTES];
        if (apr_generate_random_bytes(nonce, sizeof(nonce)) != APR_SUCCESS) return NULL;
        if (strcmp(why, "no pre-login cookie"))
            ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03452)
                          "login page for %s: %s, a new one is set", r->useragent_ip, why);
        name = mpin_prelogin_cookie_name(r, c);
        prelogin = mpin_prelogin_value(r->pool, sc->mac, nonce, apr_time_now(), name);
        apr_table_add(r->err_headers_out, "Set-Cookie",
                      apr_pstrcat(r->pool, name, "=", prelogin, "; Path=",
                                  mpin_conf_cookie_path(c), "; HttpOnly; SameSite=Lax",
                                  mpin_is_https(r) ? "; Secure" : "", NULL));
    }
    return token_for(r, sc->mac, prelogin);
}

const char *mpin_csrf_refusal(request_rec *r, const mpin_dir_conf *c, const char *token)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    const char *why, *prelogin = prelogin_value(r, c, &why);

    if (!prelogin) return why;
    if (!token || strlen(token) != TOKEN_CHARS) return "missing or wrong CSRF token";
    /* a page rendered before a key rotation carries a token of the old key */
    if (mpin_ct_equal((const unsigned char *)token_for(r, sc->mac, prelogin),
                      (const unsigned char *)token, TOKEN_CHARS)
        || (sc->old_mac
            && mpin_ct_equal((const unsigned char *)token_for(r, sc->old_mac, prelogin),
                             (const unsigned char *)token, TOKEN_CHARS)))
        return NULL;
    return "missing or wrong CSRF token";
}
