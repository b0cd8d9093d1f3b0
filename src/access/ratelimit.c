/*
 * MpinRateLimit: a per-client-address rate limit on the endpoints an
 * anonymous client can make expensive (a login, which calls the RPS and
 * writes the store; an activation; the RPS calls that create records).
 *
 * The buckets live in one fixed-size shared-memory table (pure/ratelimit.c),
 * never in the session store: a flood must not evict anything there, and
 * nothing a client sends can evict or reset the limiter except by being
 * less busy than every other client of its set.  The table is created once
 * by the parent and kept across graceful restarts (ap_retained_data), so a
 * reload neither resets the limit nor costs memory.  Clients are counted by
 * r->useragent_ip's address (so mod_remoteip's client), IPv6 by /64, under
 * a keyed hash that clients cannot aim at one another.
 */
#include "apr_atomic.h"
#include "apr_shm.h"
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

#define RETAINED_KEY "mod_mpin_rpa rate limit table"
#define TABLE_MAGIC 0x4d524c31  /* "MRL1": the layout of this file */
/* 8,192 sets of 8 slots (512 KB): room for the clients of the last
 * burst/rate seconds, 65,536 at most */
#define TABLE_SETS 8192
/* the log line about refused requests: at most one per this many seconds */
#define LOG_INTERVAL 60

typedef struct {
    apr_uint32_t magic;
    apr_uint32_t sets;
    apr_time_t epoch;               /* now = ms since this */
    unsigned char key[32];          /* of the client hash */
    apr_uint32_t logged_at;         /* seconds since epoch, of the last log line */
    apr_uint32_t unlogged;          /* refusals since that line */
    /* the slots follow, 64-byte aligned */
} table_head;

#define HEAD_SIZE APR_ALIGN(sizeof(table_head), 64)
#define TABLE_SIZE (HEAD_SIZE + (apr_size_t)TABLE_SETS * MPIN_RATE_WAYS * sizeof(apr_uint64_t))

typedef struct {
    apr_shm_t *shm;
    table_head *head;
} retained;

static table_head *head;
static volatile apr_uint64_t *slots;
static mpin_hmac_key *client_key;

static apr_status_t create_table(retained *keep, server_rec *s)
{
    /* in the process pool: the parent keeps it across restarts, every
     * child generation inherits it */
    apr_status_t rv = apr_shm_create(&keep->shm, TABLE_SIZE, NULL, s->process->pool);

    if (rv != APR_SUCCESS) return rv;
    keep->head = apr_shm_baseaddr_get(keep->shm);
    memset(keep->head, 0, TABLE_SIZE);
    if ((rv = apr_generate_random_bytes(keep->head->key, sizeof(keep->head->key))) != APR_SUCCESS)
        return rv;
    keep->head->sets = TABLE_SETS;
    keep->head->epoch = apr_time_now();
    keep->head->magic = TABLE_MAGIC;
    return APR_SUCCESS;
}

apr_status_t mpin_ratelimit_post_config(apr_pool_t *pconf, server_rec *s)
{
    retained *keep = ap_retained_data_get(RETAINED_KEY);
    apr_status_t rv;

    if (!keep) keep = ap_retained_data_create(RETAINED_KEY, sizeof(*keep));
    /* a module of another layout loaded by this restart: a fresh table (the
     * old one stays mapped until the parent stops; that happens once) */
    if (!keep->head || keep->head->magic != TABLE_MAGIC || keep->head->sets != TABLE_SETS
        || apr_shm_size_get(keep->shm) != TABLE_SIZE) {
        if ((rv = create_table(keep, s)) != APR_SUCCESS) {
            keep->head = NULL;
            ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(03101)
                         "MpinRateLimit: cannot create the shared table (%" APR_SIZE_T_FMT
                         " bytes)", (apr_size_t)TABLE_SIZE);
            return rv;
        }
        ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s, MPINLOGNO(03102)
                     "MpinRateLimit: shared table of %d clients created",
                     TABLE_SETS * MPIN_RATE_WAYS);
    }
    head = keep->head;
    slots = (volatile apr_uint64_t *)((char *)head + HEAD_SIZE);
    client_key = mpin_hmac_key_new(pconf, head->key, sizeof(head->key));
    return APR_SUCCESS;
}

/* The client's hash, from the address mod_remoteip (if any) decided on. */
static int client_hash(request_rec *r, apr_uint64_t *hash)
{
    const apr_sockaddr_t *a = r->useragent_addr;
    unsigned char key[MPIN_RATE_CLIENT_MAX], h[32];
    apr_size_t n;
    int i;

    if (!a) return 0;
    n = mpin_rate_client((const unsigned char *)a->ipaddr_ptr, (apr_size_t)a->ipaddr_len, key);
    if (!n) return 0;
    mpin_hmac_sha256_keyed(client_key, key, n, h);
    for (*hash = 0, i = 0; i < 8; i++) *hash = *hash << 8 | h[i];
    return 1;
}

/* One warning for all the refusals of a while, not one line per refusal:
 * a flood must not flood the log. */
static void note_refusal(request_rec *r, apr_uint32_t now_s, int interval, int burst)
{
    apr_uint32_t last, n;

    apr_atomic_inc32(&head->unlogged);
    last = apr_atomic_read32(&head->logged_at);
    if (last && now_s - last < LOG_INTERVAL) return;
    if (apr_atomic_cas32(&head->logged_at, now_s ? now_s : 1, last) != last) return;
    n = apr_atomic_xchg32(&head->unlogged, 0);
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(03103)
                  "rate limit: %u request%s refused%s, the latest from %s to %s (MpinRateLimit: "
                  "one request every %d ms, bursts of %d; next report in %d s at the earliest)",
                  n, n == 1 ? "" : "s", last ? " since the last report" : "", r->useragent_ip,
                  ap_escape_logitem(r->pool, r->uri), interval, burst, LOG_INTERVAL);
}

int mpin_rate_limited(request_rec *r, const mpin_dir_conf *c)
{
    int interval = MPIN_DIR_INT(c, rate_interval);
    int burst = MPIN_DIR_INT(c, rate_burst);
    apr_int64_t since = 0;
    apr_uint64_t hash, wait;
    int evicted, seconds;

    if (!interval || !head) return 0;
    if (!client_hash(r, &hash)) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03104)
                      "rate limit: no IP address for client %s, not counted", r->useragent_ip);
        return 0;
    }
    since = (apr_time_now() - head->epoch) / 1000;
    wait = mpin_rate_table_take(slots, head->sets, hash, since > 0 ? (apr_uint64_t)since : 0,
                                (apr_uint64_t)interval, (apr_uint64_t)burst, &evicted);
    if (evicted) MPIN_COUNT(rate_limit_evictions);
    if (!wait) return 0;
    MPIN_COUNT(refusals[MPIN_REFUSE_RATE_LIMIT]);
    seconds = (int)((wait + 999) / 1000);
    apr_table_setn(r->err_headers_out, "Retry-After", apr_itoa(r->pool, seconds));
    ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, r, MPINLOGNO(03105)
                  "rate limit: %s refused for %d s", r->useragent_ip, seconds);
    note_refusal(r, (apr_uint32_t)(since / 1000), interval, burst);
    return seconds;
}
