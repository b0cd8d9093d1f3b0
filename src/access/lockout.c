/*
 * Brute-force protection of the password form: attempts are counted per
 * user and per client address in the store's lockout cache, so every httpd
 * process (and every server sharing a redis store) sees the same counts;
 * with redis they are redis's own counters, changed by one script each
 * (session/redis.c), so the count is atomic across servers too.
 * That cache is apart from the short-lived one, so a flood of anonymous
 * requests filling the latter cannot evict a counter (store.c).
 *
 * An attempt is counted BEFORE the provider is asked (security row 18): one
 * atomic increment-and-check per counter (mpin_cache_update, under the
 * store's mutex), so of any number of parallel requests at most
 * MpinPasswordMaxFailures reach the provider within MpinPasswordLockout
 * seconds.  Counting after the check let parallel requests all pass a check
 * that none of them had counted yet.  What is not a failure gives its
 * attempt back afterwards: a login clears the user's counter and refunds the
 * address's (successes never counted), a provider that failed refunds both
 * (it answered nothing).
 *
 * The user's counter is keyed on mpin_username_fold(): names a provider may
 * take for the same user (case, Unicode normalization) share one counter.
 */
#include <stdlib.h>
#include "apr_strings.h"
#include "mpin_rpa.h"

typedef struct {
    int count;
    apr_time_t start;       /* first attempt of the current window */
} counter;

typedef struct {
    const mpin_dir_conf *conf;
    int delta;              /* +1: count an attempt, -1: give one back */
    int retry;              /* out: seconds locked out for, when refused */
} step;

static int parse_counter(const char *s, counter *c)
{
    char *end;
    long n;
    long long t;

    n = strtol(s, &end, 10);
    if (end == s || *end != '|' || n < 0 || n > 1000000) return 0;
    t = strtoll(end + 1, &end, 10);
    if (*end || t < 0) return 0;
    c->count = (int)n;
    c->start = (apr_time_t)t;
    return 1;
}

static apr_interval_time_t window(const mpin_dir_conf *c)
{
    return apr_time_from_sec(MPIN_DIR_INT(c, password_lockout));
}

/* The update of one counter, run by mpin_cache_update under the store's
 * mutex: the read, the check and the write are one step for every process
 * of this httpd.  NULL: nothing to write. */
static const char *apply(request_rec *r, const char *old, void *baton, apr_time_t *expiry)
{
    step *s = baton;
    apr_time_t now = apr_time_now();
    counter cnt = {0, now};
    int live = old && parse_counter(old, &cnt) && now < cnt.start + window(s->conf);

    if (s->delta < 0) {
        /* a refund belongs to the window it was counted in */
        if (!live || cnt.count == 0) return NULL;
        cnt.count--;
    }
    else if (!live) {
        cnt.count = 1;
        cnt.start = now;
    }
    else if (cnt.count >= MPIN_DIR_INT(s->conf, password_max_failures)) {
        s->retry = (int)apr_time_sec(cnt.start + window(s->conf) - now) + 1;
        return NULL;
    }
    else cnt.count++;
    *expiry = cnt.start + window(s->conf);
    return apr_psprintf(r->pool, "%d|%" APR_TIME_T_FMT, cnt.count, cnt.start);
}

static const char *user_key(request_rec *r, const char *user)
{
    return mpin_store_key(r->pool, "fu", mpin_username_fold(r->pool, user));
}

static const char *address_key(request_rec *r)
{
    return mpin_store_key(r->pool, "fa", r->useragent_ip);
}

/* With redis, one script that redis runs alone: atomic across every server
 * sharing it, where the update below is atomic only under this server's
 * mutex (socache has no atomic increment). */
static apr_status_t redis_change(request_rec *r, const mpin_dir_conf *c, const char *key,
                                 int delta, int *retry)
{
    const char *why = NULL;
    long long n = 0;
    apr_status_t rv = mpin_redis_counter(r, key, delta,
                                         MPIN_DIR_INT(c, password_max_failures), window(c),
                                         &n, &why);

    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03354)
                      "redis %s: a lockout counter failed: %s", mpin_redis_where(r->pool),
                      why ? why : "error");
        return rv;
    }
    if (retry && n < 0) *retry = (int)((-n + 999) / 1000);
    return APR_SUCCESS;
}

static apr_status_t change(request_rec *r, const mpin_dir_conf *c, const char *key, int delta,
                           int *retry)
{
    step s = {c, delta, 0};
    apr_status_t rv;

    if (mpin_redis_enabled()) return redis_change(r, c, key, delta, retry);
    rv = mpin_cache_update(r, MPIN_CACHE_LOCKOUT, key, apply, &s);
    if (retry) *retry = s.retry;
    return rv;
}

static void clear(request_rec *r, const char *key)
{
    const char *why = NULL;

    if (!mpin_redis_enabled()) mpin_cache_del(r, MPIN_CACHE_LOCKOUT, key);
    else if (mpin_redis_del(r, key, &why) != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03355)
                      "redis %s: clearing a lockout counter failed: %s",
                      mpin_redis_where(r->pool), why ? why : "error");
}

static void give_back(request_rec *r, const mpin_dir_conf *c, const char *key)
{
    if (change(r, c, key, -1, NULL) != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(03350)
                      "could not give back a password attempt to its lockout counter");
}

int mpin_lockout_begin(request_rec *r, const mpin_dir_conf *c, const char *user, int *retry)
{
    const char *ukey = user_key(r, user);

    *retry = 0;
    if (change(r, c, ukey, 1, retry) != APR_SUCCESS) return -1;
    if (*retry) return 0;
    if (change(r, c, address_key(r), 1, retry) != APR_SUCCESS) {
        give_back(r, c, ukey);
        return -1;
    }
    if (*retry) {
        /* refused by the address: the user's attempt did not happen */
        give_back(r, c, ukey);
        return 0;
    }
    return 1;
}

void mpin_lockout_end(request_rec *r, const mpin_dir_conf *c, const char *user,
                      mpin_attempt_outcome outcome)
{
    switch (outcome) {
    case MPIN_ATTEMPT_FAILED:
        break;      /* counted before the check */
    case MPIN_ATTEMPT_SUCCEEDED:
        /* as before counting came first: a login clears the user's failures
         * and was never one of the address's */
        clear(r, user_key(r, user));
        give_back(r, c, address_key(r));
        break;
    case MPIN_ATTEMPT_UNANSWERED:
        give_back(r, c, user_key(r, user));
        give_back(r, c, address_key(r));
        break;
    }
}
