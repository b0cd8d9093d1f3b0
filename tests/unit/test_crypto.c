/* SHA-256 and HMAC-SHA-256 (src/pure/crypto.c) against published test vectors:
 * FIPS 180-2 for SHA-256, RFC 4231 for HMAC-SHA-256; the session cookie
 * (src/pure/session_cookie.c) against a value computed apart from the module
 * (Perl's Digest::SHA over the construction that session_cookie.c describes). */
#include <string.h>
#include "unit.h"
#include "pure/pure.h"

static const char *hex(apr_pool_t *p, const unsigned char *b)
{
    return mpin_hex_encode(p, b, 32);
}

/* HMAC-SHA-256 with a key used once, as the module's keys are used. */
static void hmac(apr_pool_t *p, const unsigned char *key, apr_size_t klen, const void *msg,
                 apr_size_t mlen, unsigned char out[32])
{
    mpin_hmac_sha256_keyed(mpin_hmac_key_new(p, key, klen), msg, mlen, out);
}

static void session_cookie(apr_pool_t *p)
{
    unsigned char key[MPIN_SESSION_KEY_BYTES], tag[MPIN_SESSION_TAG_BYTES];
    const char *id = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    mpin_hmac_key *k;

    mpin_session_key_derive(p, "test-session-secret-0123456789abcdef", key);
    k = mpin_hmac_key_new(p, key, sizeof(key));
    CHECK_STR(mpin_session_cookie_value(p, k, id, "mpin_session"),
              "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.REpcqldmq0fv5dQh5a7ybfQrC1_Unbg4mGZRH4AwqHU",
              "the cookie of a known secret, id and name");
    /* only the id's fixed length is read: what follows it is not tagged */
    CHECK_STR(mpin_session_cookie_value(p, k, apr_pstrcat(p, id, ".rest", NULL), "mpin_session"),
              "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.REpcqldmq0fv5dQh5a7ybfQrC1_Unbg4mGZRH4AwqHU",
              "the id is read at its fixed length");
    mpin_session_cookie_tag(p, k, id, "other", tag);
    CHECK_STR(mpin_b64url_encode(p, tag, sizeof(tag)), "py-aIqGmGD4vZ7dT7u5zMQclci091Jv3Cl9HfDlkzk0",
              "another cookie name, another tag");
}

/* The pre-login cookie (issue 16 item 4): a known value computed apart from
 * the module (Perl's Digest::SHA), and every alteration refused. */
static void prelogin_cookie(apr_pool_t *p)
{
    static const char *const good =
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553f100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPM";
    static const char *const bad[] = {
        "", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", /* the unsigned form of before */
        "BAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553f100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPM",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553f101.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPM",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553F100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPM",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553f100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPN",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553f100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJP",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553f100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPMx",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA_000000006553f100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPM",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.000000006553f100_0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPM",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.00000000-553f100.0VpoUs1WEqGrCHxxpE5dYzneP5yIS6NRb8noBSzTJPM",
        NULL};
    unsigned char key[MPIN_SESSION_KEY_BYTES], nonce[MPIN_PRELOGIN_NONCE_BYTES];
    mpin_hmac_key *k, *other;
    apr_time_t issued = 0;
    int i;

    mpin_session_key_derive(p, "test-session-secret-0123456789abcdef", key);
    k = mpin_hmac_key_new(p, key, sizeof(key));
    memset(nonce, 0, sizeof(nonce));
    CHECK_STR(mpin_prelogin_value(p, k, nonce, apr_time_from_sec(1700000000), "mpin_login"), good,
              "the pre-login cookie of a known secret, nonce, time and name");
    CHECK_INT(mpin_prelogin_verify(p, k, good, "mpin_login", &issued), 1, "it verifies");
    CHECK_INT(apr_time_sec(issued), 1700000000, "with its time of issue");
    CHECK_INT(mpin_prelogin_verify(p, k, good, "__Host-mpin_login", NULL), 0,
              "not under another cookie name");
    mpin_session_key_derive(p, "another-session-secret-0123456789abcdef", key);
    other = mpin_hmac_key_new(p, key, sizeof(key));
    CHECK_INT(mpin_prelogin_verify(p, other, good, "mpin_login", NULL), 0, "not under another key");
    for (i = 0; bad[i]; i++)
        CHECK_INT(mpin_prelogin_verify(p, k, bad[i], "mpin_login", NULL), 0, "altered: %s", bad[i]);
}

void suite_crypto(apr_pool_t *p)
{
    unsigned char out[32], key[131], data[50];
    const char *long_msg = "Test Using Larger Than Block-Size Key - Hash Key First";
    mpin_hmac_key *k;

    mpin_sha256("abc", 3, out);
    CHECK_STR(hex(p, out), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
              "SHA-256(\"abc\")");
    mpin_sha256("", 0, out);
    CHECK_STR(hex(p, out), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
              "SHA-256 of nothing");

    memset(key, 0x0b, 20);
    hmac(p, key, 20, "Hi There", 8, out);
    CHECK_STR(hex(p, out), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
              "RFC 4231 case 1");
    hmac(p, (const unsigned char *)"Jefe", 4, "what do ya want for nothing?", 28, out);
    CHECK_STR(hex(p, out), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
              "RFC 4231 case 2");
    memset(key, 0xaa, 20);
    memset(data, 0xdd, 50);
    hmac(p, key, 20, data, 50, out);
    CHECK_STR(hex(p, out), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe",
              "RFC 4231 case 3");
    memset(key, 0xaa, 131);
    hmac(p, key, 131, long_msg, strlen(long_msg), out);
    CHECK_STR(hex(p, out), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
              "RFC 4231 case 6 (a key longer than a block)");

    /* the precomputed key gives the same tags, again and again */
    k = mpin_hmac_key_new(p, (const unsigned char *)"Jefe", 4);
    mpin_hmac_sha256_keyed(k, "what do ya want for nothing?", 28, out);
    CHECK_STR(hex(p, out), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
              "precomputed key, first use");
    mpin_hmac_sha256_keyed(k, "what do ya want for nothing?", 28, out);
    CHECK_STR(hex(p, out), "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
              "precomputed key, second use (its states are not consumed)");
    session_cookie(p);
    prelogin_cookie(p);
}
