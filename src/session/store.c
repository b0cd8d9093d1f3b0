/*
 * The session store: one Apache socache instance per httpd (shmcb by
 * default; redis or memcache to share sessions between servers), plus a
 * global mutex.  The mutex serialises every call when the provider is not
 * multi-process safe (shmcb), and makes "add once" (the authOTT replay guard)
 * atomic across all processes of this server in every case.
 */
#include "apr_strings.h"
#include "ap_provider.h"
#include "ap_mpm.h"
#include "util_mutex.h"
#include "mpin_rpa.h"

#define STORE_NAMESPACE "mpin_rpa"
#define MUTEX_TYPE "mpin-rpa-store"
/* What the store holds, for the provider's sizing: keys are 45-50 bytes
 * (a base64url hash and a kind), session records about 150 bytes.  shmcb
 * divides its memory into index slots by these: overstating the record size
 * leaves room for only a few records and evicts live sessions. */
#define KEY_AVG 48
#define RECORD_AVG 160
/* shmcb without arguments would get 512 kB; a few MB hold tens of thousands
 * of sessions.  Relative paths are in DefaultRuntimeDir. */
#define DEFAULT_SHMCB_ARGS "mpin_rpa_sessions(8388608)"

static const char *provider_name = "shmcb";
static const char *provider_args;
static const ap_socache_provider_t *provider;
static ap_socache_instance_t *instance;
static apr_global_mutex_t *mutex;
static int configured; /* MpinSessionStore was given */

static const ap_socache_provider_t *lookup(const char *name)
{
    return ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, name, AP_SOCACHE_PROVIDER_VERSION);
}

const char *mpin_store_select(apr_pool_t *p, const char *spec)
{
    const char *colon = strchr(spec, ':');

    provider_name = colon ? apr_pstrmemdup(p, spec, (apr_size_t)(colon - spec)) : spec;
    provider_args = colon ? colon + 1 : NULL;
    if (!lookup(provider_name))
        return apr_psprintf(p, "unknown socache provider '%s' (is mod_socache_%s loaded?)",
                            provider_name, provider_name);
    configured = 1;
    return NULL;
}

int mpin_store_is_private(void)
{
    /* shared memory of this httpd; dbm files and network stores can be
     * shared with other servers */
    return !strcmp(provider_name, "shmcb") || !strcmp(provider_name, "shmht");
}

void mpin_store_spec(const char **name, const char **args)
{
    *name = provider_name;
    *args = configured ? provider_args : DEFAULT_SHMCB_ARGS;
}

apr_status_t mpin_store_pre_config(apr_pool_t *pconf)
{
    provider_name = "shmcb";
    provider_args = NULL;
    provider = NULL;
    instance = NULL;
    mutex = NULL;
    configured = 0;
    return ap_mutex_register(pconf, MUTEX_TYPE, NULL, APR_LOCK_DEFAULT, 0);
}

static apr_status_t destroy_instance(void *data)
{
    server_rec *s = data;

    if (provider && instance) provider->destroy(instance, s);
    instance = NULL;
    return APR_SUCCESS;
}

apr_status_t mpin_store_post_config(apr_pool_t *pconf, apr_pool_t *ptemp, server_rec *s)
{
    struct ap_socache_hints hints = {KEY_AVG, RECORD_AVG, 60 * 1000000};
    const char *err;
    apr_status_t rv;

    provider = lookup(provider_name);
    if (!provider) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(01001)
                     "MpinSessionStore: socache provider '%s' is not available; "
                     "load mod_socache_%s%s", provider_name, provider_name,
                     configured ? "" : " or set MpinSessionStore");
        return APR_EGENERAL;
    }
    if (!configured) provider_args = DEFAULT_SHMCB_ARGS;
    err = provider->create(&instance, provider_args, ptemp, pconf);
    if (err) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(01002)
                     "MpinSessionStore: cannot create the %s store: %s", provider_name, err);
        return APR_EGENERAL;
    }
    rv = ap_global_mutex_create(&mutex, NULL, MUTEX_TYPE, NULL, s, pconf, 0);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(01003)
                     "mod_mpin_rpa: cannot create the store mutex");
        return rv;
    }
    rv = provider->init(instance, STORE_NAMESPACE, &hints, s, pconf);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(01004)
                     "MpinSessionStore: cannot initialise the %s store", provider_name);
        return rv;
    }
    apr_pool_cleanup_register(pconf, s, destroy_instance, apr_pool_cleanup_null);
    return APR_SUCCESS;
}

void mpin_store_child_init(apr_pool_t *p, server_rec *s)
{
    apr_status_t rv;

    if (!mutex) return;
    rv = apr_global_mutex_child_init(&mutex, apr_global_mutex_lockfile(mutex), p);
    if (rv != APR_SUCCESS)
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(01005)
                     "mod_mpin_rpa: cannot reopen the store mutex in a child");
}

static int must_lock(void)
{
    return provider && (provider->flags & AP_SOCACHE_FLAG_NOTMPSAFE);
}

static apr_status_t lock(request_rec *r)
{
    apr_status_t rv = apr_global_mutex_lock(mutex);

    if (rv != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, MPINLOGNO(01006) "store mutex lock failed");
    return rv;
}

static void unlock(void)
{
    apr_global_mutex_unlock(mutex);
}

static int ready(request_rec *r)
{
    if (instance && mutex) return 1;
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(01007) "session store not initialised");
    return 0;
}

static apr_status_t put_unlocked(request_rec *r, const char *key, const char *val,
                                 apr_time_t expiry)
{
    return provider->store(instance, r->server, (const unsigned char *)key,
                           (unsigned int)strlen(key), expiry, (unsigned char *)val,
                           (unsigned int)strlen(val), r->pool);
}

static apr_status_t get_unlocked(request_rec *r, const char *key, char **val)
{
    unsigned char *buf = apr_palloc(r->pool, MPIN_RECORD_MAX + 1);
    unsigned int len = MPIN_RECORD_MAX;
    apr_status_t rv;

    rv = provider->retrieve(instance, r->server, (const unsigned char *)key,
                            (unsigned int)strlen(key), buf, &len, r->pool);
    if (rv == APR_SUCCESS) {
        buf[len] = '\0';
        *val = (char *)buf;
    }
    return rv;
}

const char *mpin_store_key(apr_pool_t *p, const char *kind, const char *subject)
{
    const char *material = apr_pstrcat(p, kind, "|", subject, NULL);
    unsigned char h[32];

    /* the hash comes first: shmcb picks a subcache by the key's first byte,
     * so keys must not share a prefix */
    mpin_sha256(material, strlen(material), h);
    return apr_pstrcat(p, mpin_b64url_encode(p, h, sizeof(h)), ".", kind, NULL);
}

apr_status_t mpin_store_put(request_rec *r, const char *key, const char *val, apr_time_t expiry)
{
    apr_status_t rv;

    if (!ready(r)) return APR_EGENERAL;
    if (must_lock() && (rv = lock(r)) != APR_SUCCESS) return rv;
    rv = put_unlocked(r, key, val, expiry);
    if (must_lock()) unlock();
    return rv;
}

apr_status_t mpin_store_get(request_rec *r, const char *key, char **val)
{
    apr_status_t rv;

    if (!ready(r)) return APR_EGENERAL;
    if (must_lock() && (rv = lock(r)) != APR_SUCCESS) return rv;
    rv = get_unlocked(r, key, val);
    if (must_lock()) unlock();
    return rv;
}

apr_status_t mpin_store_del(request_rec *r, const char *key)
{
    apr_status_t rv;

    if (!ready(r)) return APR_EGENERAL;
    if (must_lock() && (rv = lock(r)) != APR_SUCCESS) return rv;
    rv = provider->remove(instance, r->server, (const unsigned char *)key,
                          (unsigned int)strlen(key), r->pool);
    if (must_lock()) unlock();
    return rv;
}

/* Whether the store takes a write.  redis and memcache answer "not found"
 * to every lookup for a while after a failed connection (apr_redis and
 * apr_memcache skip a server they marked dead), so a missing record and a
 * store that is down look alike until something is written. */
apr_status_t mpin_store_probe(request_rec *r)
{
    /* no ':' in the key: no kind of record can be named like it */
    return mpin_store_put(r, "alive", "1", apr_time_now() + apr_time_from_sec(60));
}

apr_status_t mpin_store_add_once(request_rec *r, const char *key, apr_time_t expiry)
{
    apr_status_t rv;
    char *val;

    if (!ready(r)) return APR_EGENERAL;
    if ((rv = lock(r)) != APR_SUCCESS) return rv;
    rv = get_unlocked(r, key, &val);
    if (rv == APR_SUCCESS) rv = APR_EEXIST;
    else if (rv == APR_NOTFOUND) rv = put_unlocked(r, key, "1", expiry);
    unlock();
    return rv;
}

apr_status_t mpin_store_update(request_rec *r, const char *key, mpin_store_update_fn fn,
                               void *baton)
{
    apr_time_t expiry = 0;
    apr_status_t rv;
    char *old = NULL;
    const char *val;

    if (!ready(r)) return APR_EGENERAL;
    if ((rv = lock(r)) != APR_SUCCESS) return rv;
    rv = get_unlocked(r, key, &old);
    if (rv == APR_SUCCESS || rv == APR_NOTFOUND) {
        val = fn(r, rv == APR_SUCCESS ? old : NULL, baton, &expiry);
        rv = val ? put_unlocked(r, key, val, expiry) : APR_SUCCESS;
    }
    unlock();
    return rv;
}
