/*
 * The stores: Apache socache instances shared by all processes of this httpd
 * (shmcb by default; redis or memcache to share sessions between servers),
 * each with a global mutex.  The mutex serialises every call when the
 * provider is not multi-process safe (shmcb), and makes "add once" (the
 * authOTT replay guard) and "update" atomic across all processes in every
 * case.  With redis, "add once" is a single redis command instead
 * (session/redis.c), atomic across every server sharing the store too.
 *
 * Three caches (security row 17): sessions and their logout tokens; the
 * short-lived records anything anonymous can create (the authOTT replay
 * guard, and whatever uses mpin_store_put and its kin); and the password
 * lockout counters.  shmcb evicts the oldest records of a full cache
 * silently, so a shared cache would let any client that can POST
 * /mpinAuthenticate push every session out.  With a shared-memory provider
 * each cache is its own segment; the lockout counters get a small one of
 * their own because they are written only by failed password logins, which
 * a replay-guard flood cannot imitate, and a counter that is being bumped is
 * always the newest record there.  A network store (redis, memcache) holds
 * all three in one keyspace (the keys name their kind): redis evicts nothing
 * unless told to (maxmemory-policy).
 */
#include "apr_strings.h"
#include "apr_atomic.h"
#include "apr_shm.h"
#include "ap_provider.h"
#include "ap_mpm.h"
#include "util_mutex.h"
#include "mpin_rpa.h"

#define STORE_NAMESPACE "mpin_rpa"
#define MUTEX_TYPE "mpin-rpa-store"
#define LEDGER_PROBE 8
#define WARN_INTERVAL 60        /* seconds between two eviction warnings */

/* What each cache holds, for the provider's sizing (measured, see README
 * "Capacity"): shmcb keys are 46 bytes (a byte that picks the subcache,
 * then a base64url hash and a kind) and 0 to 15 of padding (provider_key):
 * 54 on average; and shmcb gives each record an index
 * slot of 24 bytes.  A session is given room for three records: its own
 * (about 110 bytes plus its user name and host: 150), its user's index
 * (about 70 bytes per session with an IPv4 address, 100 with an IPv6 one),
 * and a third of index size: the index as rewritten at logout (shmcb
 * reclaims a rewritten record's room only when its ring comes round) or a
 * phone's logout token (45).  shmcb divides the segment by the hints: they
 * say record + 24 so that index slots and data run out together. */
#define INDEX_BYTES 24
#define KEY_LENGTHS 16          /* see provider_key */
#define KEY_BYTES (46 + (KEY_LENGTHS - 1) / 2 + 1)
#define SESSION_RECORD_BYTES 150
#define USER_INDEX_BYTES 100
#define SESSION_RECORDS 3
#define SESSION_OBJ_AVG ((SESSION_RECORD_BYTES + 2 * USER_INDEX_BYTES) / SESSION_RECORDS)
#define MARGIN(n) ((n) + (n) / 4 + 64)  /* uneven spread over subcaches */

typedef struct {
    apr_uint32_t fp;            /* 0: free */
    apr_uint32_t expires;       /* seconds since the epoch */
    apr_uint32_t last_used;     /* seconds since the epoch (sessions) */
} ledger_slot;

/* What this httpd wrote to a shared-memory cache and until when it lives:
 * a lookup that misses a key the ledger still holds live found a record the
 * provider evicted (shmcb scrolls the oldest out of a full segment without
 * telling).  Sessions also keep their last use here, so that using a
 * session does not rewrite its record: shmcb never reuses a record's place
 * in the middle of its ring, and rewrites would make the room a session
 * needs depend on how busy it is. */
typedef struct {
    apr_uint32_t nslots;
    apr_uint32_t evictions;     /* live records found evicted */
    apr_uint32_t warned;        /* seconds, the last warning */
    apr_uint32_t spare;
    ledger_slot slot[1];
} ledger;

typedef struct {
    const char *name;           /* for logs and retained data */
    const char *directive;      /* the directive that sizes it */
    apr_size_t obj_avg;         /* average value bytes */
    int records_per_item;       /* a session: see SESSION_RECORDS */
    int count;                  /* items it must hold */
    /* this generation */
    const ap_socache_provider_t *provider;
    ap_socache_instance_t *instance;
    apr_global_mutex_t *mutex;
    ledger *ledger;
    int must_lock;
    int network;                /* redis, memcache: can be down */
} cache;

/* What outlives a restart (see retained_post_config). */
typedef struct {
    const char *signature;      /* provider, arguments and sizing */
    ap_socache_instance_t *instance;
    apr_shm_t *ledger_shm;
    apr_global_mutex_t *mutex;
} retained_cache;

static cache caches[MPIN_CACHES] = {
    {"session", "MpinSessionCacheSize", SESSION_OBJ_AVG, SESSION_RECORDS, 0, NULL, NULL, NULL, NULL, 0, 0},
    {"short-lived", "MpinShortCacheSize", 32, 1, 0, NULL, NULL, NULL, NULL, 0, 0},
    {"lockout", NULL, 24, 1, 0, NULL, NULL, NULL, NULL, 0, 0},
};
static const char *const file_names[MPIN_CACHES] = {
    "mpin_rpa_sessions", "mpin_rpa_short", "mpin_rpa_lockout"
};

static const char *provider_name = "shmcb";
static const char *provider_args;
static int configured;          /* MpinSessionStore was given */
static int session_count = MPIN_SESSION_CACHE_DEFAULT;
static int short_count = MPIN_SHORT_CACHE_DEFAULT;
static apr_uint32_t no_evictions; /* network stores: never counted */

static const ap_socache_provider_t *lookup(const char *name)
{
    return ap_lookup_provider(AP_SOCACHE_PROVIDER_GROUP, name, AP_SOCACHE_PROVIDER_VERSION);
}

static int is_private(const char *name)
{
    return !strcmp(name, "shmcb") || !strcmp(name, "shmht");
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

static const char *set_count(apr_pool_t *p, const char *arg, int *out)
{
    char *end;
    long v = strtol(arg, &end, 10);

    if (!*arg || *end || v < MPIN_CACHE_MIN || v > MPIN_CACHE_MAX)
        return apr_psprintf(p, "must be a number of records from %d to %d", MPIN_CACHE_MIN,
                            MPIN_CACHE_MAX);
    *out = (int)v;
    return NULL;
}

const char *mpin_store_set_session_count(apr_pool_t *p, const char *arg)
{
    return set_count(p, arg, &session_count);
}

const char *mpin_store_set_short_count(apr_pool_t *p, const char *arg)
{
    return set_count(p, arg, &short_count);
}

int mpin_store_is_private(void)
{
    /* shared memory of this httpd; dbm files and network stores can be
     * shared with other servers */
    return is_private(provider_name);
}

apr_status_t mpin_store_pre_config(apr_pool_t *pconf)
{
    int i;

    provider_name = "shmcb";
    provider_args = NULL;
    configured = 0;
    session_count = MPIN_SESSION_CACHE_DEFAULT;
    short_count = MPIN_SHORT_CACHE_DEFAULT;
    for (i = 0; i < MPIN_CACHES; i++) {
        caches[i].provider = NULL;
        caches[i].instance = NULL;
        caches[i].mutex = NULL;
        caches[i].ledger = NULL;
    }
    return ap_mutex_register(pconf, MUTEX_TYPE, NULL, APR_LOCK_DEFAULT, 0);
}

/* ------------------------------------------------------------ the ledger */

/* FNV-1a: the keys are already hashes, this only spreads them. */
static apr_uint64_t key_hash(const char *key)
{
    apr_uint64_t h = APR_UINT64_C(14695981039346656037);

    for (; *key; key++) h = (h ^ (unsigned char)*key) * APR_UINT64_C(1099511628211);
    return h;
}

static apr_uint32_t secs(apr_time_t t)
{
    return t <= 0 ? 0 : (apr_uint32_t)apr_time_sec(t);
}

/* The slot holding key, or NULL; the caller holds the cache's mutex. */
static ledger_slot *ledger_find(ledger *l, apr_uint64_t h)
{
    apr_uint32_t fp = (apr_uint32_t)(h >> 32) | 1, i;

    for (i = 0; i < LEDGER_PROBE; i++) {
        ledger_slot *s = &l->slot[(h + i) % l->nslots];
        if (s->fp == fp) return s;
    }
    return NULL;
}

/* Records key's expiry (and last use): its own slot, else a free or dead
 * one, else the one that ends first (that record is then not followed). */
static ledger_slot *ledger_note(ledger *l, apr_uint64_t h, apr_time_t expiry, apr_time_t used)
{
    apr_uint32_t now = secs(apr_time_now()), i;
    ledger_slot *s = ledger_find(l, h), *pick = NULL;

    for (i = 0; !s && i < LEDGER_PROBE; i++) {
        ledger_slot *t = &l->slot[(h + i) % l->nslots];
        if (!t->fp || t->expires <= now) {
            s = t;
            break;
        }
        if (!pick || t->expires < pick->expires) pick = t;
    }
    if (!s) s = pick;
    s->fp = (apr_uint32_t)(h >> 32) | 1;
    s->expires = secs(expiry);
    s->last_used = secs(used);
    return s;
}

static void ledger_forget(ledger *l, apr_uint64_t h)
{
    ledger_slot *s = ledger_find(l, h);

    if (s) s->fp = 0;
}

/* The provider lost key although it cannot have expired: count it, and
 * tell the administrator at most once a minute (across all processes). */
static void evicted(request_rec *r, cache *c, ledger_slot *s)
{
    ledger *l = c->ledger;
    apr_uint32_t now = secs(apr_time_now()), last = apr_atomic_read32(&l->warned);
    apr_uint32_t n = apr_atomic_inc32(&l->evictions) + 1;

    s->fp = 0;
    if (now - last < WARN_INTERVAL || apr_atomic_cas32(&l->warned, now, last) != last) return;
    if (c->directive)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(03003)
                      "the %s cache is full: a live record was evicted before its expiry "
                      "(%u so far); raise %s (now %d)", c->name, n, c->directive, c->count);
    else
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(03004)
                      "the %s cache is full: a live record was evicted before its expiry "
                      "(%u so far)", c->name, n);
}

/* On a miss: 1 when the ledger says key was live (and counts it). */
static int missed_live(request_rec *r, cache *c, apr_uint64_t h)
{
    ledger_slot *s;

    if (!c->ledger || !(s = ledger_find(c->ledger, h))) return 0;
    if (s->expires <= secs(apr_time_now())) {
        s->fp = 0;
        return 0;
    }
    evicted(r, c, s);
    return 1;
}

/* ------------------------------------------------------------- start-up */

static apr_size_t record_bytes(const cache *c)
{
    return KEY_BYTES + c->obj_avg + INDEX_BYTES;
}

/* shmcb's size for the cache: its records, a margin for the uneven spread
 * of keys over shmcb's subcaches, and its header; at least shmcb's minimum. */
static apr_size_t segment_bytes(const cache *c)
{
    apr_size_t records = (apr_size_t)c->count * (apr_size_t)c->records_per_item;
    apr_size_t bytes = MARGIN(records) * record_bytes(c) + 4096;

    return bytes < 16384 ? 16384 : bytes;
}

/* The arguments of a shared-memory provider: the configured ones for the
 * sessions when they give a size, else a file name (used only where
 * anonymous shared memory is missing) and the size. */
static const char *private_args(apr_pool_t *p, int which)
{
    const char *path = file_names[which];

    if (which == MPIN_CACHE_SESSIONS && configured && provider_args && *provider_args) {
        if (strchr(provider_args, '(')) return provider_args;
        path = provider_args;
    }
    return apr_psprintf(p, "%s(%" APR_SIZE_T_FMT ")", path, segment_bytes(&caches[which]));
}

static apr_status_t make_mutex(apr_global_mutex_t **m, int which, server_rec *s, apr_pool_t *p)
{
    apr_status_t rv = ap_global_mutex_create(m, NULL, MUTEX_TYPE, file_names[which], s, p, 0);

    if (rv != APR_SUCCESS)
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(01003)
                     "mod_mpin_rpa: cannot create the store mutex");
    return rv;
}

static apr_status_t create_instance(cache *c, const char *args, apr_pool_t *pool,
                                    apr_pool_t *ptemp, server_rec *s)
{
    struct ap_socache_hints hints = {KEY_BYTES, 0, 60 * 1000000};
    const char *err = c->provider->create(&c->instance, args, ptemp, pool);
    apr_status_t rv;

    hints.avg_obj_size = c->obj_avg + INDEX_BYTES;
    if (err) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(01002)
                     "MpinSessionStore: cannot create the %s store: %s", provider_name, err);
        return APR_EGENERAL;
    }
    rv = c->provider->init(c->instance, STORE_NAMESPACE, &hints, s, pool);
    if (rv != APR_SUCCESS)
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(01004)
                     "MpinSessionStore: cannot initialise the %s store", provider_name);
    return rv;
}

/* Slots for three times the records the segment can hold (12 bytes each,
 * a fifth of a record's cost): every eviction is then counted until the
 * cache is overfilled about twice; beyond that the ledger forgets the
 * records that end first and the count is a lower bound. */
static apr_status_t make_ledger(retained_cache *kept, cache *c, apr_pool_t *pool)
{
    apr_size_t records = segment_bytes(c) / record_bytes(c);
    apr_uint32_t n = (apr_uint32_t)(3 * records + LEDGER_PROBE);
    apr_status_t rv = apr_shm_create(&kept->ledger_shm,
                                     APR_OFFSETOF(ledger, slot) + n * sizeof(ledger_slot),
                                     NULL, pool);

    if (rv != APR_SUCCESS) return rv;
    c->ledger = apr_shm_baseaddr_get(kept->ledger_shm);
    memset(c->ledger, 0, APR_OFFSETOF(ledger, slot) + n * sizeof(ledger_slot));
    c->ledger->nslots = n;
    return APR_SUCCESS;
}

/* A shared-memory cache outlives the configuration it was made with: httpd
 * clears pconf at every graceful (SIGUSR1) and plain (SIGHUP) restart, which
 * unloads and reloads every module, mod_socache_shmcb too, and would end
 * every session.  So the instance is made once and kept in retained data
 * (as mod_slotmem_shm keeps its segments); the next generation looks the
 * provider up again (its DSO was reloaded; its functions read the same
 * instance struct) and reuses it, with the same mutex, so old and new
 * children of a graceful restart share one cache and exclude each other.
 * Only a stop of the parent (the anonymous shared memory goes with it) or a
 * changed configuration of the cache starts a fresh one.
 *
 * The instance lives in a pool that no other pool owns and nobody destroys:
 * the provider registers its cleanup there, and that function belongs to a
 * DSO which httpd unloads before it destroys its process pool. */
static apr_status_t retained_post_config(int which, apr_pool_t *ptemp, server_rec *s)
{
    cache *c = &caches[which];
    const char *args = private_args(ptemp, which);
    const char *sig = apr_psprintf(ptemp, "%s|%s|%" APR_SIZE_T_FMT "|%d", provider_name, args,
                                   c->obj_avg, c->count);
    const char *key = apr_pstrcat(ptemp, "mod_mpin_rpa/store/", c->name, NULL);
    retained_cache *kept = ap_retained_data_get(key);
    apr_pool_t *pool;
    apr_status_t rv;

    if (!kept) kept = ap_retained_data_create(key, sizeof(*kept));
    if (!kept->mutex && (rv = make_mutex(&kept->mutex, which, s, s->process->pool)))
        return rv;
    c->mutex = kept->mutex;
    if (kept->instance && !strcmp(kept->signature, sig)) {
        c->instance = kept->instance;
        c->ledger = apr_shm_baseaddr_get(kept->ledger_shm);
        ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s, MPINLOGNO(03005)
                     "the %s cache is kept across the restart", c->name);
        return APR_SUCCESS;
    }
    if (kept->instance) {
        const char *bar = ap_strchr_c(kept->signature, '|');
        const ap_socache_provider_t *old =
            lookup(apr_pstrmemdup(ptemp, kept->signature, (apr_size_t)(bar - kept->signature)));
        ap_log_error(APLOG_MARK, APLOG_NOTICE, 0, s, MPINLOGNO(03006)
                     "the configuration of the %s cache changed: it starts empty%s", c->name,
                     which == MPIN_CACHE_SESSIONS ? ", so every session ends" : "");
        /* the old children of a graceful restart keep their own mappings */
        if (old) old->destroy(kept->instance, s);
        apr_shm_destroy(kept->ledger_shm);
        kept->instance = NULL;
    }
    /* never destroyed (see above): a few hundred bytes per change */
    if ((rv = apr_pool_create_unmanaged_ex(&pool, NULL, NULL)) != APR_SUCCESS) return rv;
    if ((rv = create_instance(c, args, pool, ptemp, s)) != APR_SUCCESS) return rv;
    if ((rv = make_ledger(kept, c, pool)) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(03007)
                     "cannot create the shared ledger of the %s cache", c->name);
        return rv;
    }
    kept->instance = c->instance;
    kept->signature = apr_pstrdup(pool, sig);
    ap_log_error(APLOG_MARK, APLOG_INFO, 0, s, MPINLOGNO(03008)
                 "the %s cache holds %d %s in %" APR_SIZE_T_FMT " bytes of shared memory",
                 c->name, c->count, which == MPIN_CACHE_SESSIONS ? "sessions" : "records",
                 segment_bytes(c));
    return APR_SUCCESS;
}

static apr_status_t destroy_network(void *data)
{
    cache *c = &caches[MPIN_CACHE_SESSIONS];

    if (c->provider && c->instance) c->provider->destroy(c->instance, data);
    c->instance = NULL;
    return APR_SUCCESS;
}

/* redis, memcache, dbm: one instance for the three caches, made again by
 * every generation (a network store outlives restarts by itself), with the
 * retained mutex of the session cache for add_once and update. */
static apr_status_t network_post_config(apr_pool_t *pconf, apr_pool_t *ptemp, server_rec *s)
{
    cache *c = &caches[MPIN_CACHE_SESSIONS];
    retained_cache *kept = ap_retained_data_get("mod_mpin_rpa/store/network");
    apr_status_t rv;
    int i;

    if (!kept) kept = ap_retained_data_create("mod_mpin_rpa/store/network", sizeof(*kept));
    if (!kept->mutex && (rv = make_mutex(&kept->mutex, MPIN_CACHE_SESSIONS, s,
                                         s->process->pool)))
        return rv;
    c->mutex = kept->mutex;
    if ((rv = create_instance(c, provider_args, pconf, ptemp, s)) != APR_SUCCESS) return rv;
    apr_pool_cleanup_register(pconf, s, destroy_network, apr_pool_cleanup_null);
    for (i = 1; i < MPIN_CACHES; i++) {
        caches[i].instance = c->instance;
        caches[i].mutex = c->mutex;
    }
    return APR_SUCCESS;
}

apr_status_t mpin_store_post_config(apr_pool_t *pconf, apr_pool_t *ptemp, server_rec *s)
{
    const ap_socache_provider_t *provider = lookup(provider_name);
    const char *err;
    apr_status_t rv;
    int i;

    if (!provider) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(01001)
                     "MpinSessionStore: socache provider '%s' is not available; "
                     "load mod_socache_%s%s", provider_name, provider_name,
                     configured ? "" : " or set MpinSessionStore");
        return APR_EGENERAL;
    }
    if ((err = mpin_redis_configure(pconf, provider_name, provider_args))) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(03851) "MpinSessionStore: %s", err);
        return APR_EGENERAL;
    }
    caches[MPIN_CACHE_SESSIONS].count = session_count;
    caches[MPIN_CACHE_SHORT].count = short_count;
    caches[MPIN_CACHE_LOCKOUT].count = MPIN_LOCKOUT_CACHE_RECORDS;
    for (i = 0; i < MPIN_CACHES; i++) {
        caches[i].provider = provider;
        caches[i].must_lock = (provider->flags & AP_SOCACHE_FLAG_NOTMPSAFE) != 0;
        caches[i].network = !is_private(provider_name);
    }
    if (!is_private(provider_name)) return network_post_config(pconf, ptemp, s);
    for (i = 0; i < MPIN_CACHES; i++)
        if ((rv = retained_post_config(i, ptemp, s)) != APR_SUCCESS) return rv;
    return APR_SUCCESS;
}

void mpin_store_child_init(apr_pool_t *p, server_rec *s)
{
    apr_status_t rv;
    int i, j;

    mpin_redis_child_init(p, s);
    for (i = 0; i < MPIN_CACHES; i++) {
        cache *c = &caches[i];
        for (j = 0; j < i && caches[j].mutex != c->mutex; j++) continue;
        if (!c->mutex || j < i) continue;       /* none, or reopened already */
        rv = apr_global_mutex_child_init(&c->mutex, apr_global_mutex_lockfile(c->mutex), p);
        if (rv != APR_SUCCESS)
            ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(01005)
                         "mod_mpin_rpa: cannot reopen the store mutex in a child");
    }
}

/* -------------------------------------------------------------- outages */

/* A store that fails (redis or memcache down, or unreachable) makes every
 * login, logout and protected request answer 503 until it works again
 * (fail closed: no answer is ever made up from a store that did not give
 * one).  The administrator is told once per outage, not once per request:
 * the first failure after a success logs an error and notes the time in
 * shared memory, the first success after that logs the recovery; each
 * failed request says what it could not do at info level. */
static void store_failed(request_rec *r, apr_status_t rv)
{
    mpin_metrics *m = mpin_metrics_get();
    apr_uint32_t now = secs(apr_time_now());

    MPIN_COUNT(store_errors);
    if (!now || apr_atomic_cas32(&m->store_down_since, now, 0) != 0) return;
    /* a keep-alive connection must not go on with a session it noted
     * while the store cannot say whether that session still lives */
    mpin_session_note_forget_all();
    ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, MPINLOGNO(03050)
                  "the session store (%s%s%s) failed: logins, logouts and protected pages "
                  "answer 503 until it works again", provider_name, provider_args ? ":" : "",
                  provider_args ? provider_args : "");
}

static void store_worked(request_rec *r)
{
    mpin_metrics *m = mpin_metrics_get();
    apr_uint32_t since = apr_atomic_read32(&m->store_down_since);

    if (!since || apr_atomic_cas32(&m->store_down_since, 0, since) != since) return;
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(03051)
                  "the session store (%s) works again, after %u s", provider_name,
                  secs(apr_time_now()) - since);
}

/* The outcome of one operation, told to the bookkeeping above: not found
 * and already there are answers, anything else but success a failure. */
static apr_status_t outcome(request_rec *r, apr_status_t rv)
{
    if (rv == APR_SUCCESS || rv == APR_NOTFOUND || rv == APR_EEXIST) store_worked(r);
    else store_failed(r, rv);
    return rv;
}

/* ------------------------------------------------------------- requests */

static apr_status_t lock(request_rec *r, cache *c)
{
    apr_status_t rv = apr_global_mutex_lock(c->mutex);

    if (rv != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r, MPINLOGNO(01006) "store mutex lock failed");
    return rv;
}

static void unlock(cache *c)
{
    apr_global_mutex_unlock(c->mutex);
}

static int ready(request_rec *r, cache *c)
{
    if (c->instance && c->mutex) return 1;
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(01007) "session store not initialised");
    return 0;
}

/* A key as the provider sees it.  shmcb picks a subcache by the key's first
 * byte, and base64url text has only 64 of them: a shared-memory cache gets
 * a leading byte spread over all 256 values, else three quarters of its
 * subcaches would stay empty while the others evict.
 *
 * shmcb finds a key by walking its subcache's index and comparing, for each
 * entry whose key has the same length, the key stored in the data ring: a
 * cache miss per entry, so a full cache (hundreds of records per subcache)
 * cost each lookup tens of microseconds.  The key is therefore padded to one
 * of KEY_LENGTHS lengths, picked by its hash: the walk then reads the data
 * of one entry in KEY_LENGTHS and passes over the others in the index
 * alone, which lies in a few contiguous cache lines. */
typedef struct {
    const unsigned char *bytes;
    unsigned int len;
    apr_uint64_t hash;
} pkey;

static pkey provider_key(request_rec *r, const cache *c, const char *key)
{
    pkey k;
    apr_size_t len = strlen(key);

    k.hash = key_hash(key);
    if (!c->ledger) {
        k.bytes = (const unsigned char *)key;
        k.len = (unsigned int)len;
        return k;
    }
    {
        apr_size_t pad = (apr_size_t)(k.hash >> 40) % KEY_LENGTHS;
        unsigned char *b = apr_palloc(r->pool, 1 + len + pad);

        b[0] = (unsigned char)(k.hash ^ (k.hash >> 8) ^ (k.hash >> 16) ^ (k.hash >> 24));
        memcpy(b + 1, key, len);
        memset(b + 1 + len, '~', pad);
        k.bytes = b;
        k.len = (unsigned int)(1 + len + pad);
    }
    return k;
}

static apr_status_t put_unlocked(request_rec *r, cache *c, const pkey *k, const char *val,
                                 apr_time_t expiry)
{
    apr_status_t rv = c->provider->store(c->instance, r->server, k->bytes, k->len, expiry,
                                         (unsigned char *)val, (unsigned int)strlen(val),
                                         r->pool);

    if (rv == APR_SUCCESS && c->ledger) ledger_note(c->ledger, k->hash, expiry, apr_time_now());
    /* apr_redis and apr_memcache answer a write "not found" when they have
     * no live server: that is a failure, not an answer */
    return rv == APR_NOTFOUND ? APR_ECONNREFUSED : rv;
}

static apr_status_t get_unlocked(request_rec *r, cache *c, const pkey *k, char **val)
{
    unsigned char *buf = apr_palloc(r->pool, MPIN_RECORD_MAX + 1);
    unsigned int len = MPIN_RECORD_MAX;
    apr_status_t rv;

    rv = c->provider->retrieve(c->instance, r->server, k->bytes, k->len, buf, &len, r->pool);
    if (rv == APR_SUCCESS) {
        buf[len] = '\0';
        *val = (char *)buf;
    }
    return rv;
}

/* Whether the store takes a write now. */
static apr_status_t probe_unlocked(request_rec *r, cache *c)
{
    /* no '.' in the key: no kind of record can be named like it */
    pkey k = provider_key(r, c, "alive");

    return put_unlocked(r, c, &k, "1", apr_time_now() + apr_time_from_sec(60));
}

/* apr_redis and apr_memcache answer every lookup and delete "not found",
 * without asking, for up to 5 s after a server failed them (they skip a
 * server they marked dead, then try it again): so a network store's "not
 * found" is believed only from an operation right after the store took a
 * write.  Shared memory is never down.  A missing session, a missing lockout
 * counter and a spent logout token must not be what a store that is down
 * looks like. */
static apr_status_t get_confirmed(request_rec *r, cache *c, const pkey *k, char **val)
{
    apr_status_t rv = get_unlocked(r, c, k, val);

    if (rv != APR_NOTFOUND || !c->network) return rv;
    if ((rv = probe_unlocked(r, c)) != APR_SUCCESS) return rv;
    return get_unlocked(r, c, k, val);
}

static apr_status_t del_confirmed(request_rec *r, cache *c, const pkey *k)
{
    apr_status_t rv = c->provider->remove(c->instance, r->server, k->bytes, k->len, r->pool);

    if (rv != APR_NOTFOUND || !c->network) return rv;
    if ((rv = probe_unlocked(r, c)) != APR_SUCCESS) return rv;
    return c->provider->remove(c->instance, r->server, k->bytes, k->len, r->pool);
}

const char *mpin_store_key(apr_pool_t *p, const char *kind, const char *subject)
{
    const char *material = apr_pstrcat(p, kind, "|", subject, NULL);
    unsigned char h[32];

    mpin_sha256(material, strlen(material), h);
    return apr_pstrcat(p, mpin_b64url_encode(p, h, sizeof(h)), ".", kind, NULL);
}

/* The start of every operation on one record: the cache ready, the
 * provider's key made, and the lock taken where the operation needs it
 * (always_lock: a read then a write; must_lock: a provider that is not safe
 * without it), a lock that fails counted as the store failing.  The caller
 * unlocks when it took the lock. */
static apr_status_t begin(request_rec *r, cache *c, const char *key, int always_lock, pkey *k)
{
    apr_status_t rv;

    if (!ready(r, c)) return APR_EGENERAL;
    *k = provider_key(r, c, key);
    if (!always_lock && !c->must_lock) return APR_SUCCESS;
    return (rv = lock(r, c)) == APR_SUCCESS ? rv : outcome(r, rv);
}

apr_status_t mpin_cache_put(request_rec *r, mpin_cache which, const char *key, const char *val,
                            apr_time_t expiry)
{
    cache *c = &caches[which];
    apr_status_t rv;
    pkey k;

    if ((rv = begin(r, c, key, 0, &k)) != APR_SUCCESS) return rv;
    rv = put_unlocked(r, c, &k, val, expiry);
    if (c->must_lock) unlock(c);
    return outcome(r, rv);
}

/* A get; *last_used, when asked for, is the last use the ledger holds (0
 * when it holds none). */
static apr_status_t cache_get(request_rec *r, cache *c, const char *key, char **val,
                              apr_time_t *last_used)
{
    apr_status_t rv;
    pkey k;

    if ((rv = begin(r, c, key, 0, &k)) != APR_SUCCESS) return rv;
    rv = get_confirmed(r, c, &k, val);
    if (rv == APR_NOTFOUND) missed_live(r, c, k.hash);
    if (last_used) {
        ledger_slot *s = rv == APR_SUCCESS && c->ledger ? ledger_find(c->ledger, k.hash) : NULL;
        *last_used = s ? apr_time_from_sec(s->last_used) : 0;
    }
    if (c->must_lock) unlock(c);
    return outcome(r, rv);
}

apr_status_t mpin_cache_get(request_rec *r, mpin_cache which, const char *key, char **val)
{
    return cache_get(r, &caches[which], key, val, NULL);
}

apr_status_t mpin_cache_del(request_rec *r, mpin_cache which, const char *key)
{
    cache *c = &caches[which];
    apr_status_t rv;
    pkey k;

    if ((rv = begin(r, c, key, 0, &k)) != APR_SUCCESS) return rv;
    rv = del_confirmed(r, c, &k);
    if (c->ledger) ledger_forget(c->ledger, k.hash);
    if (c->must_lock) unlock(c);
    return outcome(r, rv);
}

/* With redis, one command that sets the key only if it is absent (SET NX):
 * atomic across every server sharing the store, where the read and write
 * below are atomic only under this server's mutex. */
static apr_status_t redis_add_once(request_rec *r, const char *key, apr_time_t expiry)
{
    const char *why = NULL;
    apr_status_t rv = mpin_redis_claim(r, key, expiry, &why);

    if (rv != APR_SUCCESS && rv != APR_EEXIST)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03852)
                      "redis %s: claiming a record once failed: %s",
                      mpin_redis_where(r->pool), why ? why : "error");
    return outcome(r, rv);
}

apr_status_t mpin_cache_add_once(request_rec *r, mpin_cache which, const char *key,
                                 apr_time_t expiry)
{
    cache *c = &caches[which];
    apr_status_t rv;
    char *val;
    pkey k;

    if (mpin_redis_enabled()) return redis_add_once(r, key, expiry);
    /* check and set under the mutex: one winner among this server's processes */
    if ((rv = begin(r, c, key, 1, &k)) != APR_SUCCESS) return rv;
    /* a network store takes a write first, so that its "not found" is an
     * answer (see get_confirmed): nearly every key here is new, and this
     * way a new one costs one round trip less */
    rv = c->network ? probe_unlocked(r, c) : APR_SUCCESS;
    if (rv == APR_SUCCESS) rv = get_unlocked(r, c, &k, &val);
    if (rv == APR_SUCCESS) rv = APR_EEXIST;
    else if (rv == APR_NOTFOUND) {
        /* evicted while it should still be there: it was added, so this is
         * a second time all the same */
        int again = missed_live(r, c, k.hash);
        rv = put_unlocked(r, c, &k, "1", expiry);
        if (again && rv == APR_SUCCESS) rv = APR_EEXIST;
    }
    unlock(c);
    return outcome(r, rv);
}

apr_status_t mpin_cache_update(request_rec *r, mpin_cache which, const char *key,
                               mpin_store_update_fn fn, void *baton)
{
    cache *c = &caches[which];
    apr_time_t expiry = 0;
    apr_status_t rv;
    char *old = NULL;
    const char *val;
    pkey k;

    if ((rv = begin(r, c, key, 1, &k)) != APR_SUCCESS) return rv;
    rv = get_confirmed(r, c, &k, &old);
    if (rv == APR_NOTFOUND) missed_live(r, c, k.hash);
    if (rv == APR_SUCCESS || rv == APR_NOTFOUND) {
        val = fn(r, rv == APR_SUCCESS ? old : NULL, baton, &expiry);
        rv = val ? put_unlocked(r, c, &k, val, expiry) : APR_SUCCESS;
    }
    unlock(c);
    return outcome(r, rv);
}

/* ----------------------------------------------------- session specifics */

int mpin_store_keeps_last_use(void)
{
    return caches[MPIN_CACHE_SESSIONS].ledger != NULL;
}

apr_status_t mpin_store_session_get(request_rec *r, const char *key, char **val,
                                    apr_time_t *last_used)
{
    return cache_get(r, &caches[MPIN_CACHE_SESSIONS], key, val, last_used);
}

int mpin_store_session_touch(request_rec *r, const char *key, apr_time_t last_used,
                             apr_time_t expiry)
{
    cache *c = &caches[MPIN_CACHE_SESSIONS];
    ledger_slot *s;
    apr_uint64_t h = key_hash(key);

    if (!c->ledger || !ready(r, c) || lock(r, c) != APR_SUCCESS) return 0;
    /* only a session the ledger follows: else the record is rewritten */
    if ((s = ledger_find(c->ledger, h))) {
        s->last_used = secs(last_used);
        s->expires = secs(expiry);
    }
    unlock(c);
    return s != NULL;
}

apr_uint32_t *mpin_store_evictions(mpin_cache which)
{
    ledger *l = caches[which].ledger;

    return l ? &l->evictions : &no_evictions;
}

/* ------------------------------------------- the short-lived cache (default) */

apr_status_t mpin_store_put(request_rec *r, const char *key, const char *val, apr_time_t expiry)
{
    return mpin_cache_put(r, MPIN_CACHE_SHORT, key, val, expiry);
}

apr_status_t mpin_store_get(request_rec *r, const char *key, char **val)
{
    return mpin_cache_get(r, MPIN_CACHE_SHORT, key, val);
}

apr_status_t mpin_store_del(request_rec *r, const char *key)
{
    return mpin_cache_del(r, MPIN_CACHE_SHORT, key);
}

apr_status_t mpin_store_add_once(request_rec *r, const char *key, apr_time_t expiry)
{
    return mpin_cache_add_once(r, MPIN_CACHE_SHORT, key, expiry);
}

apr_status_t mpin_store_update(request_rec *r, const char *key, mpin_store_update_fn fn,
                               void *baton)
{
    return mpin_cache_update(r, MPIN_CACHE_SHORT, key, fn, baton);
}

/* For ?format=health: whether the store takes a write now.  Shared memory
 * is never down; a network store is asked (one write), so that a load
 * balancer takes out a server that cannot reach it before users find out. */
int mpin_store_healthy(request_rec *r)
{
    if (!caches[MPIN_CACHE_SESSIONS].network) return 1;
    return mpin_cache_put(r, MPIN_CACHE_SESSIONS, "alive", "1",
                          apr_time_now() + apr_time_from_sec(60)) == APR_SUCCESS;
}
