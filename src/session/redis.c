/*
 * The module's own connections to the redis of "MpinSessionStore redis:...",
 * through hiredis, beside mod_socache_redis (which holds the records): for
 * what a socache cannot say, an authOTT claimed atomically across every
 * server sharing the store (SET NX PX, security row 11), and the session ends
 * published between servers (session/events.c).
 *
 * The address is the store's first server: a claim is atomic only inside one
 * redis, so every server sharing the store must name the same one first (they
 * do when their configurations agree).
 *
 * Each child keeps its connections in an apr_reslist, at most one per thread,
 * made on first use and reused by later requests.  Every connection has a
 * connect and a command timeout, so a redis that is down or stuck costs a
 * request at most those, never a hang.  A connection that failed is closed
 * and the next use connects anew; a command that failed by I/O on a reused
 * connection (redis closed it: a restart, its idle timeout) is sent once more
 * on a new one.  That is safe for both commands: a claim that did reach redis
 * before the connection died finds its own key the second time and is
 * refused (fail closed), and a session end published twice only voids the
 * notes twice.
 */
#include <hiredis/hiredis.h>
#include "apr_strings.h"
#include "apr_network_io.h"
#include "apr_reslist.h"
#include "ap_mpm.h"
#include "mpin_rpa.h"

#define CONNECT_TIMEOUT apr_time_from_sec(1)
#define COMMAND_TIMEOUT apr_time_from_sec(2)
#define IDLE_KEPT 4                     /* idle connections kept past IDLE_TTL */
#define IDLE_TTL apr_time_from_sec(60)
#define KEY_PREFIX "mpin_rpa:"          /* mod_socache_redis's, see claim_key */

static const char *host;        /* NULL: the store is not redis */
static apr_port_t port;
static int single;              /* the store is this one server */
static apr_reslist_t *conns;    /* this child's */

/* One pooled connection; c is NULL until first used and after a failure. */
typedef struct {
    redisContext *c;
    int used;                   /* commands answered on c */
} conn;

const char *mpin_redis_configure(apr_pool_t *p, const char *provider, const char *args)
{
    char *scope = NULL, *addr = NULL, *first;
    const char *comma;
    apr_port_t pt = 0;

    host = NULL;
    single = 0;
    if (strcmp(provider, "redis")) return NULL;
    if (!args || !*args) return "redis needs an address (redis:host[:port])";
    comma = strchr(args, ',');
    first = comma ? apr_pstrmemdup(p, args, (apr_size_t)(comma - args)) : apr_pstrdup(p, args);
    if (apr_parse_addr_port(&addr, &scope, &pt, first, p) != APR_SUCCESS || !addr || scope)
        return apr_psprintf(p, "the redis address '%s' does not parse", first);
    host = addr;
    port = pt ? pt : 6379;
    single = comma == NULL;
    return NULL;
}

int mpin_redis_enabled(void)
{
    return host != NULL;
}

int mpin_redis_single(void)
{
    return host != NULL && single;
}

const char *mpin_redis_where(apr_pool_t *p)
{
    return host ? apr_psprintf(p, "%s:%d", host, (int)port) : "";
}

static struct timeval timeval_of(apr_interval_time_t t)
{
    struct timeval tv;

    tv.tv_sec = (time_t)apr_time_sec(t);
    tv.tv_usec = (suseconds_t)apr_time_usec(t);
    return tv;
}

/* The connection's name in redis's CLIENT LIST, so that an operator (and
 * t/replay_servers.t) can tell the module's own connections from
 * mod_socache_redis's. */
static int set_name(redisContext *c, const char *name)
{
    redisReply *reply = redisCommand(c, "CLIENT SETNAME %s", name);
    int ok = reply && reply->type == REDIS_REPLY_STATUS;

    if (reply) freeReplyObject(reply);
    else return 0;
    if (!ok) snprintf(c->errstr, sizeof(c->errstr), "CLIENT SETNAME refused");
    return ok;
}

redisContext *mpin_redis_connect(apr_pool_t *p, const char *name, apr_interval_time_t io_timeout,
                                 const char **why)
{
    redisContext *c = redisConnectWithTimeout(host, (int)port, timeval_of(CONNECT_TIMEOUT));

    if (!c) {
        *why = "out of memory";
        return NULL;
    }
    if (!c->err && redisSetTimeout(c, timeval_of(io_timeout)) != REDIS_OK && !c->err)
        c->err = REDIS_ERR_IO;
    if (!c->err && !set_name(c, name) && !c->err) c->err = REDIS_ERR_OTHER;
    if (c->err) {
        *why = apr_psprintf(p, "cannot connect: %s", c->errstr[0] ? c->errstr : "error");
        redisFree(c);
        return NULL;
    }
    return c;
}

/* ------------------------------------------------------------ the pool */

static apr_status_t conn_make(void **out, void *params, apr_pool_t *pool)
{
    conn *k = calloc(1, sizeof(*k));

    (void)params;
    (void)pool;
    if (!k) return APR_ENOMEM;
    *out = k;
    return APR_SUCCESS;
}

static apr_status_t conn_drop(void *res, void *params, apr_pool_t *pool)
{
    conn *k = res;

    (void)params;
    (void)pool;
    if (k->c) redisFree(k->c);
    free(k);
    return APR_SUCCESS;
}

void mpin_redis_child_init(apr_pool_t *p, server_rec *s)
{
    int threads = 1;
    apr_status_t rv;

    conns = NULL;
    if (!host) return;
    ap_mpm_query(AP_MPMQ_MAX_THREADS, &threads);
    if (threads < 1) threads = 1;
    rv = apr_reslist_create(&conns, 0, threads < IDLE_KEPT ? threads : IDLE_KEPT, threads,
                            IDLE_TTL, conn_make, conn_drop, s, p);
    if (rv != APR_SUCCESS) {
        conns = NULL;
        ap_log_error(APLOG_MARK, APLOG_CRIT, rv, s, MPINLOGNO(03850)
                     "cannot make the pool of redis connections: logins will be refused");
        return;
    }
    /* one per thread: a wait would mean a bug, so it is short */
    apr_reslist_timeout_set(conns, CONNECT_TIMEOUT);
}

static apr_status_t free_reply(void *reply)
{
    freeReplyObject(reply);
    return APR_SUCCESS;
}

/* Sends one command on a connection of the pool and returns its reply (owned
 * by r->pool), or NULL with *why set. */
static redisReply *command(request_rec *r, const char **why, const char *fmt, ...)
{
    redisReply *reply = NULL;
    apr_status_t rv;
    conn *k;
    int tries;

    if (!conns) {
        *why = "no redis connections in this process";
        return NULL;
    }
    if ((rv = apr_reslist_acquire(conns, (void **)&k)) != APR_SUCCESS) {
        *why = apr_psprintf(r->pool, "no connection free (%pm)", &rv);
        return NULL;
    }
    for (tries = 0; tries < 2 && !reply; tries++) {
        int reused = k->c != NULL && k->used > 0;
        va_list ap;

        if (!k->c && !(k->c = mpin_redis_connect(r->pool, "mpin_rpa", COMMAND_TIMEOUT, why)))
            break;
        va_start(ap, fmt);
        reply = redisvCommand(k->c, fmt, ap);
        va_end(ap);
        if (reply) {
            k->used++;
            break;
        }
        *why = apr_pstrdup(r->pool, k->c->errstr[0] ? k->c->errstr : "no reply");
        /* the connection is unusable after any failure */
        redisFree(k->c);
        k->c = NULL;
        k->used = 0;
        if (!reused) break;     /* a new connection failed: redis is the problem */
    }
    apr_reslist_release(conns, k);
    if (reply) apr_pool_cleanup_register(r->pool, reply, free_reply, apr_pool_cleanup_null);
    return reply;
}

/* ------------------------------------------------------------ commands */

/* The name mod_socache_redis gives key (its namespace, then the key's bytes
 * in hex): a server that still claims through the socache's read and write
 * (an older version, in a rolling upgrade) sees claims made here. */
static const char *claim_key(apr_pool_t *p, const char *key)
{
    apr_size_t len = strlen(key);
    char *out = apr_palloc(p, sizeof(KEY_PREFIX) + 2 * len);

    memcpy(out, KEY_PREFIX, sizeof(KEY_PREFIX) - 1);
    ap_bin2hex(key, len, out + sizeof(KEY_PREFIX) - 1);
    return out;
}

apr_status_t mpin_redis_claim(request_rec *r, const char *key, apr_time_t expiry,
                              const char **why)
{
    apr_interval_time_t left = expiry - apr_time_now();
    long long ms = left > 0 ? (long long)apr_time_as_msec(left) : 0;
    redisReply *reply;

    reply = command(r, why, "SET %s 1 NX PX %lld", claim_key(r->pool, key), ms > 0 ? ms : 1LL);
    if (!reply) return APR_EGENERAL;
    /* "OK": this request set it; nil: it was set before */
    if (reply->type == REDIS_REPLY_STATUS && !strcmp(reply->str, "OK")) return APR_SUCCESS;
    if (reply->type == REDIS_REPLY_NIL) return APR_EEXIST;
    *why = reply->type == REDIS_REPLY_ERROR
        ? apr_psprintf(r->pool, "redis answered: %.200s", reply->str)
        : apr_psprintf(r->pool, "unexpected answer (type %d)", reply->type);
    return APR_EGENERAL;
}

/* One step of a lockout counter, run by redis as one script (nothing else
 * runs meanwhile): a refund decrements a live counter; an attempt is
 * refused (the milliseconds left, negated) at max, else counted, the first
 * one starting the window as the key's time to live. */
#define COUNTER_SCRIPT \
    "local n = tonumber(redis.call('GET', KEYS[1]) or '0') " \
    "if ARGV[1] == '-1' then " \
    "  if n > 0 then redis.call('DECR', KEYS[1]) end return 0 end " \
    "if n >= tonumber(ARGV[2]) then " \
    "  local t = redis.call('PTTL', KEYS[1]) if t < 1 then t = 1 end return -t end " \
    "n = redis.call('INCR', KEYS[1]) " \
    "if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end return n"

apr_status_t mpin_redis_counter(request_rec *r, const char *key, int delta, int max,
                                apr_interval_time_t window, long long *result, const char **why)
{
    redisReply *reply = command(r, why, "EVAL %s 1 %s %s %d %lld", COUNTER_SCRIPT,
                                claim_key(r->pool, key), delta < 0 ? "-1" : "1", max,
                                (long long)apr_time_as_msec(window));

    if (!reply) return APR_EGENERAL;
    if (reply->type == REDIS_REPLY_INTEGER) {
        *result = reply->integer;
        return APR_SUCCESS;
    }
    *why = reply->type == REDIS_REPLY_ERROR
        ? apr_psprintf(r->pool, "redis answered: %.200s", reply->str)
        : apr_psprintf(r->pool, "unexpected answer (type %d)", reply->type);
    return APR_EGENERAL;
}

apr_status_t mpin_redis_del(request_rec *r, const char *key, const char **why)
{
    redisReply *reply = command(r, why, "DEL %s", claim_key(r->pool, key));

    if (!reply) return APR_EGENERAL;
    if (reply->type == REDIS_REPLY_INTEGER) return APR_SUCCESS;
    *why = reply->type == REDIS_REPLY_ERROR
        ? apr_psprintf(r->pool, "redis answered: %.200s", reply->str)
        : apr_psprintf(r->pool, "unexpected answer (type %d)", reply->type);
    return APR_EGENERAL;
}

apr_status_t mpin_redis_publish(request_rec *r, const char *channel, const char *message,
                                const char **why)
{
    redisReply *reply = command(r, why, "PUBLISH %s %s", channel, message);

    if (!reply) return APR_EGENERAL;
    /* the number of subscribers that got it */
    if (reply->type == REDIS_REPLY_INTEGER) return APR_SUCCESS;
    *why = reply->type == REDIS_REPLY_ERROR
        ? apr_psprintf(r->pool, "redis answered: %.200s", reply->str)
        : apr_psprintf(r->pool, "unexpected answer (type %d)", reply->type);
    return APR_EGENERAL;
}
