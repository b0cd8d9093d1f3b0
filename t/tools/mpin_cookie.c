/*
 * mpin_cookie: session cookies for the tests, made by the module's own code
 * (src/pure/session_cookie.c), so that no test carries a second copy of the
 * cookie's cryptography.  Built from src/pure by `make t/tools/mpin_cookie`
 * (t/run does it); never installed.
 *
 *   mpin_cookie SECRET ID [NAME]    prints the cookie value "<ID>.<tag>" that
 *                                   a server with MpinSessionSecret SECRET
 *                                   sets for the session id ID (32 base64url
 *                                   characters) under the cookie name NAME
 *                                   (default mpin_session)
 */
#include <stdio.h>
#include <string.h>
#include "apr_general.h"
#include "pure/pure.h"

int main(int argc, const char *const *argv)
{
    unsigned char key[MPIN_SESSION_KEY_BYTES];
    apr_pool_t *p;

    if (argc < 3 || argc > 4 || strlen(argv[2]) != MPIN_SESSION_ID_CHARS) {
        fprintf(stderr, "usage: mpin_cookie SECRET ID(%d characters) [NAME]\n",
                MPIN_SESSION_ID_CHARS);
        return 2;
    }
    apr_app_initialize(&argc, &argv, NULL);
    apr_pool_create(&p, NULL);
    mpin_session_key_derive(p, argv[1], key);
    printf("%s\n", mpin_session_cookie_value(p, mpin_hmac_key_new(p, key, sizeof(key)), argv[2],
                                             argc == 4 ? argv[3] : "mpin_session"));
    apr_pool_destroy(p);
    apr_terminate();
    return 0;
}
