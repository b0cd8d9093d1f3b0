/*
 * The two primitives the module needs, SHA-256 and HMAC-SHA-256, over
 * OpenSSL's one-shot interfaces (its low-level ones are deprecated).
 */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include "mod_mpin_rpa.h"

void mpin_sha256(const void *data, apr_size_t len, unsigned char out[32])
{
    unsigned int n = 32;

    EVP_Digest(data, len, out, &n, EVP_sha256(), NULL);
}

void mpin_hmac_sha256(const unsigned char *key, apr_size_t klen, const void *msg,
                      apr_size_t mlen, unsigned char out[32])
{
    unsigned int n = 32;

    HMAC(EVP_sha256(), key, (int)klen, msg, mlen, out, &n);
}
