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
 *   mpin_cookie --prelogin SECRET UNIXTIME [NAME]
 *                                   prints a pre-login cookie value (random
 *                                   nonce) issued at UNIXTIME under the cookie
 *                                   name NAME (default mpin_login)
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include "apr_general.h"
#include "pure/pure.h"

static int prelogin(int argc, const char *const *argv)
{
    unsigned char key[MPIN_SESSION_KEY_BYTES], nonce[MPIN_PRELOGIN_NONCE_BYTES];
    apr_pool_t *p;

    if (argc < 4 || argc > 5) {
        fprintf(stderr, "usage: mpin_cookie --prelogin SECRET UNIXTIME [NAME]\n");
        return 2;
    }
    apr_app_initialize(&argc, &argv, NULL);
    apr_pool_create(&p, NULL);
    if (apr_generate_random_bytes(nonce, sizeof(nonce)) != APR_SUCCESS) return 1;
    mpin_session_key_derive(p, argv[2], key);
    printf("%s\n", mpin_prelogin_value(p, mpin_hmac_key_new(p, key, sizeof(key)), nonce,
                                       apr_time_from_sec(strtoll(argv[3], NULL, 10)),
                                       argc == 5 ? argv[4] : "mpin_login"));
    apr_pool_destroy(p);
    apr_terminate();
    return 0;
}

int main(int argc, const char *const *argv)
{
    unsigned char key[MPIN_SESSION_KEY_BYTES];
    apr_pool_t *p;

    if (argc > 1 && !strcmp(argv[1], "--prelogin")) return prelogin(argc, argv);
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
