/*
 * Brute-force protection of the password form: failures are counted per
 * user and per client address in the store's lockout cache, so every httpd
 * process (and every server sharing a redis store) sees the same counts.
 * That cache is apart from the short-lived one, so a flood of anonymous
 * requests filling the latter cannot evict a counter (store.c).  Past
 * MpinPasswordMaxFailures failures within MpinPasswordLockout seconds, further
 * attempts are refused before the password is checked.
 */
#include <stdlib.h>
#include "apr_strings.h"
#include "mpin_rpa.h"

typedef struct {
    int count;
    apr_time_t start;       /* first failure of the current window */
} counter;

static int parse_counter(const char *s, counter *c)
{
    char *end;
    long n;
    long long t;

    n = strtol(s, &end, 10);
    if (end == s || *end != '|' || n < 0) return 0;
    t = strtoll(end + 1, &end, 10);
    if (*end || t < 0) return 0;
    c->count = (int)n;
    c->start = (apr_time_t)t;
    return 1;
}

static apr_interval_time_t window(const mpin_dir_conf *c)
{
    return apr_time_from_sec(mpin_conf_int(c->password_lockout, 300));
}

/* Seconds the subject is still locked out for, or 0. */
static int locked_for(request_rec *r, const mpin_dir_conf *c, const char *key)
{
    apr_time_t now = apr_time_now();
    counter cnt;
    char *val;

    if (mpin_cache_get(r, MPIN_CACHE_LOCKOUT, key, &val) != APR_SUCCESS
        || !parse_counter(val, &cnt))
        return 0;
    if (cnt.count < mpin_conf_int(c->password_max_failures, 5)) return 0;
    if (now >= cnt.start + window(c)) return 0;
    return (int)apr_time_sec(cnt.start + window(c) - now) + 1;
}

int mpin_lockout_retry_after(request_rec *r, const mpin_dir_conf *c, const char *user)
{
    int a = locked_for(r, c, mpin_store_key(r->pool, "fu", user));
    int b = locked_for(r, c, mpin_store_key(r->pool, "fa", r->useragent_ip));

    return a > b ? a : b;
}

static const char *bump(request_rec *r, const char *old, void *baton, apr_time_t *expiry)
{
    const mpin_dir_conf *c = baton;
    apr_time_t now = apr_time_now();
    counter cnt = {0, now};

    if (old && parse_counter(old, &cnt) && now >= cnt.start + window(c)) {
        cnt.count = 0;
        cnt.start = now;
    }
    cnt.count++;
    *expiry = cnt.start + window(c);
    return apr_psprintf(r->pool, "%d|%" APR_TIME_T_FMT, cnt.count, cnt.start);
}

void mpin_lockout_failed(request_rec *r, const mpin_dir_conf *c, const char *user)
{
    if (mpin_cache_update(r, MPIN_CACHE_LOCKOUT, mpin_store_key(r->pool, "fu", user), bump,
                          (void *)c) != APR_SUCCESS
        || mpin_cache_update(r, MPIN_CACHE_LOCKOUT, mpin_store_key(r->pool, "fa", r->useragent_ip),
                             bump, (void *)c) != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(02201)
                      "could not count a failed password login");
}

void mpin_lockout_succeeded(request_rec *r, const char *user)
{
    mpin_cache_del(r, MPIN_CACHE_LOCKOUT, mpin_store_key(r->pool, "fu", user));
}
