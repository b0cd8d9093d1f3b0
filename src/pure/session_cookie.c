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
