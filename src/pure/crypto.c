/*
 * SHA-256 and HMAC-SHA-256 for the module.
 *
 * These run on every protected request (the cookie's tag, the store key), so
 * they use OpenSSL's low-level SHA-256 functions: through OpenSSL 3's EVP
 * layer each call fetched the algorithm, built a context and set parameters,
 * three times the cost of the rest of the request (measured with callgrind,
 * bench/RESULTS.md).  The functions are deprecated in OpenSSL 3 but present,
 * and the HMAC construction over them is the textbook one (RFC 2104) with the
 * key's inner and outer states computed once.
 */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <openssl/crypto.h>
#include <string.h>
#include "pure.h"

#define BLOCK 64

struct mpin_hmac_key {
    SHA256_CTX inner;       /* state after the key XOR ipad block */
    SHA256_CTX outer;       /* state after the key XOR opad block */
};

void mpin_sha256(const void *data, apr_size_t len, unsigned char out[32])
{
    SHA256_CTX ctx;

    /* not SHA256(): in OpenSSL 3 that one-shot goes through EVP_Q_digest */
    SHA256_Init(&ctx);
    SHA256_Update(&ctx, data, len);
    SHA256_Final(out, &ctx);
}

static void key_init(mpin_hmac_key *k, const unsigned char *key, apr_size_t klen)
{
    unsigned char block[BLOCK], pad[BLOCK];
    int i;

    memset(block, 0, sizeof(block));
    if (klen > BLOCK) mpin_sha256(key, klen, block);
    else memcpy(block, key, klen);
    for (i = 0; i < BLOCK; i++) pad[i] = block[i] ^ 0x36;
    SHA256_Init(&k->inner);
    SHA256_Update(&k->inner, pad, BLOCK);
    for (i = 0; i < BLOCK; i++) pad[i] = block[i] ^ 0x5c;
    SHA256_Init(&k->outer);
    SHA256_Update(&k->outer, pad, BLOCK);
    OPENSSL_cleanse(block, sizeof(block));
    OPENSSL_cleanse(pad, sizeof(pad));
}

mpin_hmac_key *mpin_hmac_key_new(apr_pool_t *p, const unsigned char *key, apr_size_t klen)
{
    mpin_hmac_key *k = apr_palloc(p, sizeof(*k));

    key_init(k, key, klen);
    return k;
}

void mpin_hmac_sha256_keyed(const mpin_hmac_key *k, const void *msg, apr_size_t mlen,
                            unsigned char out[32])
{
    SHA256_CTX ctx = k->inner;
    unsigned char inner[32];

    SHA256_Update(&ctx, msg, mlen);
    SHA256_Final(inner, &ctx);
    ctx = k->outer;
    SHA256_Update(&ctx, inner, sizeof(inner));
    SHA256_Final(out, &ctx);
}
