/*
 * Password checks through Apache's authn providers (MpinPasswordProvider),
 * looked up and called exactly as mod_auth_basic's AuthBasicProvider does,
 * so every store and hash httpd supports works (htpasswd with bcrypt,
 * apr1-md5, sha or crypt; DBM; LDAP; socache).  The password is never
 * stored or logged.
 *
 * A user that no provider knows costs what a known one does (security row
 * 19): mod_authn_file and mod_authn_dbm answer "no such user" without
 * hashing anything, so with bcrypt at cost 12 a wrong password took ~220 ms
 * and an unknown user ~0.6 ms, which tells anyone which names exist.  The
 * password of an unknown user is therefore checked against a dummy hash of
 * the same kind and cost through apr_password_validate, as the provider
 * checks a real one: MpinPasswordDummyHash, or by default a bcrypt hash at
 * htpasswd -B's default cost made at start.
 */
#include "apr_strings.h"
#include "apr_md5.h"
#include "apr_lib.h"
#include "ap_provider.h"
#include "mod_auth.h"
#include "mpin_rpa.h"

/* what `htpasswd -B` uses when not given -C */
#define DEFAULT_DUMMY_COST 5

struct mpin_password_provider {
    const char *name;
    const authn_provider *provider;
};

/* made by post_config before the children start; read-only afterwards */
static const char *default_dummy;

const char *mpin_password_provider_add(apr_pool_t *p, apr_array_header_t **list,
                                       const char *name)
{
    const authn_provider *provider =
        ap_lookup_provider(AUTHN_PROVIDER_GROUP, name, AUTHN_PROVIDER_VERSION);
    mpin_password_provider *e;

    if (!provider)
        return apr_psprintf(p, "unknown authn provider '%s' (is mod_authn_%s loaded?)", name, name);
    if (!provider->check_password)
        return apr_psprintf(p, "authn provider '%s' cannot check passwords", name);
    if (!*list) *list = apr_array_make(p, 2, sizeof(mpin_password_provider));
    e = &APR_ARRAY_PUSH(*list, mpin_password_provider);
    e->name = apr_pstrdup(p, name);
    e->provider = provider;
    return NULL;
}

static int only_of(const char *s, const char *set, apr_size_t len)
{
    return strlen(s) == len && strspn(s, set) == len;
}

#define B64_CRYPT "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

const char *mpin_password_dummy_hash_check(const char *hash)
{
    /* bcrypt: $2y$ (or 2a, 2b), a two-digit cost, 53 characters of salt and hash */
    if (!strncmp(hash, "$2", 2) && strlen(hash) == 60 && strchr("aby", hash[2])
        && hash[3] == '$' && apr_isdigit(hash[4]) && apr_isdigit(hash[5]) && hash[6] == '$') {
        int cost = (hash[4] - '0') * 10 + hash[5] - '0';
        if (cost < 4 || cost > 17) return "a bcrypt cost must be from 4 to 17";
        return only_of(hash + 7, B64_CRYPT, 53) ? NULL : "not a bcrypt hash";
    }
    if (!strncmp(hash, "$apr1$", 6) || !strncmp(hash, "$1$", 3) || !strncmp(hash, "$5$", 3)
        || !strncmp(hash, "$6$", 3))
        return strchr(hash + 3 + (hash[1] == 'a' ? 3 : 0), '$') ? NULL : "no salt in the hash";
    if (!strncmp(hash, "{SHA}", 5))
        return strlen(hash) == 33 ? NULL : "a {SHA} hash has 28 base64 characters";
    /* classic crypt(3): two of salt, eleven of hash */
    if (only_of(hash, B64_CRYPT, 13)) return NULL;
    return "must be a password hash as htpasswd makes it: bcrypt ($2y$), apr1-md5 ($apr1$), "
           "{SHA} or crypt";
}

apr_status_t mpin_password_post_config(apr_pool_t *pconf, server_rec *s)
{
    unsigned char salt[16], secret[16];
    char hash[64];
    apr_status_t rv;

    if ((rv = apr_generate_random_bytes(salt, sizeof(salt))) == APR_SUCCESS
        && (rv = apr_generate_random_bytes(secret, sizeof(secret))) == APR_SUCCESS)
        rv = apr_bcrypt_encode(mpin_hex_encode(pconf, secret, sizeof(secret)), DEFAULT_DUMMY_COST,
                               salt, sizeof(salt), hash, sizeof(hash));
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(03352)
                     "cannot make the dummy password hash");
        return rv;
    }
    default_dummy = apr_pstrdup(pconf, hash);
    return APR_SUCCESS;
}

int mpin_password_check(request_rec *r, const mpin_dir_conf *c, const char *user,
                        const char *password)
{
    const apr_array_header_t *providers = c->password_providers;
    authn_status result = AUTH_USER_NOT_FOUND;
    int i;

    for (i = 0; providers && i < providers->nelts; i++) {
        const mpin_password_provider *e = &APR_ARRAY_IDX(providers, i, mpin_password_provider);
        /* providers such as mod_authn_socache want to know who they serve */
        apr_table_setn(r->notes, AUTHN_PROVIDER_NAME_NOTE, e->name);
        result = e->provider->check_password(r, user, password);
        apr_table_unset(r->notes, AUTHN_PROVIDER_NAME_NOTE);
        if (result != AUTH_USER_NOT_FOUND) break;
    }
    if (result == AUTH_USER_NOT_FOUND) {
        const char *dummy = c->password_dummy_hash ? c->password_dummy_hash : default_dummy;
        /* the answer does not matter, the time it takes does */
        if (dummy) (void)apr_password_validate(password, dummy);
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03353)
                      "no password provider knows user %s: checked against the %s dummy hash",
                      user, c->password_dummy_hash ? "configured" : "default");
    }
    return result;
}
