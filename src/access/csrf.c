/*
 * Login CSRF: the password form carries a token bound to a pre-login cookie
 * (a random value set with the login page), so a form posted from another
 * site, which cannot read the cookie, cannot carry the matching token.
 */
#include "apr_strings.h"
#include "mpin_rpa.h"

#define PRELOGIN_BYTES 24
#define PRELOGIN_CHARS 32

const char *mpin_prelogin_cookie_name(request_rec *r, const mpin_dir_conf *c)
{
    (void)r;
    (void)c;
    return MPIN_PRELOGIN_COOKIE;
}

static const char *token_for(request_rec *r, const char *prelogin)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    const char *msg = apr_pstrcat(r->pool, "mpin-login-csrf|v1|", prelogin, NULL);
    unsigned char mac[32];

    mpin_hmac_sha256_keyed(sc->mac, msg, strlen(msg), mac);
    return mpin_b64url_encode(r->pool, mac, sizeof(mac));
}

static const char *prelogin_value(request_rec *r, const mpin_dir_conf *c)
{
    apr_array_header_t *values = apr_array_make(r->pool, 1, sizeof(const char *));
    unsigned char raw[PRELOGIN_BYTES];
    int i;

    mpin_request_cookie_values(r, mpin_prelogin_cookie_name(r, c), values, MPIN_COOKIE_MAX_VALUES);
    for (i = 0; i < values->nelts; i++) {
        const char *v = APR_ARRAY_IDX(values, i, const char *);
        if (mpin_b64url_decode_exact(v, strlen(v), raw, sizeof(raw))) return v;
    }
    return NULL;
}

const char *mpin_csrf_token(request_rec *r, const mpin_dir_conf *c)
{
    const char *prelogin = prelogin_value(r, c);

    if (!prelogin) {
        unsigned char raw[PRELOGIN_BYTES];
        if (apr_generate_random_bytes(raw, sizeof(raw)) != APR_SUCCESS) return NULL;
        prelogin = mpin_b64url_encode(r->pool, raw, sizeof(raw));
        apr_table_add(r->err_headers_out, "Set-Cookie",
                      apr_pstrcat(r->pool, mpin_prelogin_cookie_name(r, c), "=", prelogin, "; Path=",
                                  mpin_conf_cookie_path(c), "; HttpOnly; SameSite=Lax",
                                  mpin_is_https(r) ? "; Secure" : "", NULL));
    }
    return token_for(r, prelogin);
}

int mpin_csrf_ok(request_rec *r, const mpin_dir_conf *c, const char *token)
{
    const char *prelogin = prelogin_value(r, c), *want;

    if (!prelogin || !token || strlen(token) != 43) return 0;
    want = token_for(r, prelogin);
    return mpin_ct_equal((const unsigned char *)want, (const unsigned char *)token, 43);
}
