/*
 * The session cookie's cryptography (security item 5), pure so that the
 * tests mint and check cookies with this very code (t/tools/mpin_cookie.c)
 * instead of a copy of it:
 *   - the MAC key, derived from a configured secret so that any length of
 *     secret gives a full-size key and the secret is never used directly;
 *   - the tag, HMAC-SHA-256 over "mpin-session|v1|<id>|<cookie name>": it
 *     binds the id to the cookie name, so a cookie cannot be moved to another
 *     name (another site on the same host) and keep working.
 */
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

void mpin_session_key_derive(apr_pool_t *p, const char *secret,
                             unsigned char out[MPIN_SESSION_KEY_BYTES])
{
    char *material = apr_pstrcat(p, "mod_mpin_rpa session key|", secret, NULL);

    mpin_sha256(material, strlen(material), out);
    memset(material, 0, strlen(material));
}

void mpin_session_cookie_tag(apr_pool_t *p, const mpin_hmac_key *key, const char *id,
                             const char *cookie_name, unsigned char out[MPIN_SESSION_TAG_BYTES])
{
    /* the id has a fixed length and no '|', so the fields are unambiguous */
    const char *msg = apr_pstrcat(p, "mpin-session|v1|",
                                  apr_pstrmemdup(p, id, MPIN_SESSION_ID_CHARS), "|",
                                  cookie_name, NULL);

    mpin_hmac_sha256_keyed(key, msg, strlen(msg), out);
}

const char *mpin_session_cookie_value(apr_pool_t *p, const mpin_hmac_key *key, const char *id,
                                      const char *cookie_name)
{
    unsigned char tag[MPIN_SESSION_TAG_BYTES];

    mpin_session_cookie_tag(p, key, id, cookie_name, tag);
    return apr_pstrcat(p, apr_pstrmemdup(p, id, MPIN_SESSION_ID_CHARS), ".",
                       mpin_b64url_encode(p, tag, sizeof(tag)), NULL);
}

/*
 * The pre-login cookie (the password form's CSRF state, access/csrf.c):
 * "<nonce>.<issued>.<tag>", a nonce of 24 random bytes in base64url, the
 * second it was issued in 16 hex digits, and HMAC-SHA-256 over
 * "mpin-prelogin|v1|<nonce>.<issued>|<cookie name>" under the session key.
 * Only a holder of the key can make one, so a value chosen by whoever can
 * plant cookies (a sibling subdomain, plain http on the path) is not a
 * pre-login state the form's token can be bound to.  The label keeps these
 * tags apart from session tags and CSRF tokens under the same key.
 */
#define PRELOGIN_HEAD_CHARS (MPIN_PRELOGIN_NONCE_CHARS + 1 + 16)

static void prelogin_tag(apr_pool_t *p, const mpin_hmac_key *key, const char *value,
                         const char *cookie_name, unsigned char out[MPIN_SESSION_TAG_BYTES])
{
    /* the head has a fixed length and no '|': the fields are unambiguous */
    const char *msg = apr_pstrcat(p, "mpin-prelogin|v1|",
                                  apr_pstrmemdup(p, value, PRELOGIN_HEAD_CHARS), "|",
                                  cookie_name, NULL);

    mpin_hmac_sha256_keyed(key, msg, strlen(msg), out);
}

const char *mpin_prelogin_value(apr_pool_t *p, const mpin_hmac_key *key,
                                const unsigned char nonce[MPIN_PRELOGIN_NONCE_BYTES],
                                apr_time_t issued, const char *cookie_name)
{
    const char *head = apr_psprintf(p, "%s.%016" APR_UINT64_T_HEX_FMT,
                                    mpin_b64url_encode(p, nonce, MPIN_PRELOGIN_NONCE_BYTES),
                                    (apr_uint64_t)apr_time_sec(issued));
    unsigned char tag[MPIN_SESSION_TAG_BYTES];

    prelogin_tag(p, key, head, cookie_name, tag);
    return apr_pstrcat(p, head, ".", mpin_b64url_encode(p, tag, sizeof(tag)), NULL);
}

int mpin_prelogin_verify(apr_pool_t *p, const mpin_hmac_key *key, const char *value,
                         const char *cookie_name, apr_time_t *issued)
{
    unsigned char nonce[MPIN_PRELOGIN_NONCE_BYTES], given[MPIN_SESSION_TAG_BYTES],
        want[MPIN_SESSION_TAG_BYTES];
    apr_uint64_t secs = 0;
    int i, d;

    if (strlen(value) != MPIN_PRELOGIN_CHARS || value[MPIN_PRELOGIN_NONCE_CHARS] != '.'
        || value[PRELOGIN_HEAD_CHARS] != '.'
        || !mpin_b64url_decode_exact(value, MPIN_PRELOGIN_NONCE_CHARS, nonce, sizeof(nonce))
        || !mpin_b64url_decode_exact(value + PRELOGIN_HEAD_CHARS + 1, MPIN_SESSION_TAG_CHARS,
                                     given, sizeof(given)))
        return 0;
    for (i = MPIN_PRELOGIN_NONCE_CHARS + 1; i < PRELOGIN_HEAD_CHARS; i++) {
        /* lower case only, as written: one spelling per value */
        if ((d = mpin_hexval((unsigned char)value[i])) < 0 || (value[i] >= 'A' && value[i] <= 'F'))
            return 0;
        secs = secs << 4 | (apr_uint64_t)d;
    }
    prelogin_tag(p, key, value, cookie_name, want);
    if (!mpin_ct_equal(given, want, sizeof(want))) return 0;
    /* a tagged value was written by mpin_prelogin_value: secs fits */
    if (issued) *issued = apr_time_from_sec((apr_time_t)secs);
    return 1;
}
