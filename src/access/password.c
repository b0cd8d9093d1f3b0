/*
 * Password checks through Apache's authn providers (MpinPasswordProvider),
 * looked up and called exactly as mod_auth_basic's AuthBasicProvider does,
 * so every store and hash httpd supports works (htpasswd with bcrypt,
 * apr1-md5, sha or crypt; DBM; LDAP; socache).  The password is never
 * stored or logged.
 */
#include "apr_strings.h"
#include "ap_provider.h"
#include "mod_auth.h"
#include "mpin_rpa.h"

struct mpin_password_provider {
    const char *name;
    const authn_provider *provider;
};

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

int mpin_password_check(request_rec *r, const apr_array_header_t *providers,
                                 const char *user, const char *password)
{
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
    return result;
}
