/*
 * MpinRpsLoginResult Auto: which RPSs do not wait for /loginResult.
 *
 * An RPS started with waitForLoginResult False answers /loginResult with
 * 404, and the call is then a whole RPS round trip for nothing on every
 * login.  Each process remembers, per RPS URL, when it last got that 404 and
 * skips the call for a while (the Auto window); any other answer forgets it,
 * so an RPS switched to waiting is noticed within the window.
 */
#include "apr_strings.h"
#include "apr_thread_mutex.h"
#include "apr_atomic.h"
#include "mpin_rpa.h"

/* MpinRpsLoginResult Auto: the RPS URLs (per process) whose /loginResult
 * answered 404, i.e. RPSs that do not wait for login results, with when.
 * The URLs come from the configuration only (MpinRpsURL), so a few slots
 * are enough; past them a URL is simply not remembered (the call is made). */
#define LR_SLOTS 16
static struct {
    char *url;                  /* malloc'd, freed at child exit */
    apr_time_t at;              /* when it answered 404; 0: it answered otherwise since */
} lr_memo[LR_SLOTS];
static apr_uint32_t lr_used;    /* slots taken; read without the lock as a fast path */
static apr_thread_mutex_t *lr_lock;

static apr_status_t forget_all(void *data)
{
    int i;

    (void)data;
    for (i = 0; i < LR_SLOTS; i++) {
        free(lr_memo[i].url);
        lr_memo[i].url = NULL;
    }
    lr_used = 0;
    return APR_SUCCESS;
}

void mpin_login_result_child_init(apr_pool_t *p)
{
    if (apr_thread_mutex_create(&lr_lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS)
        lr_lock = NULL; /* then nothing is remembered: /loginResult is always called */
    apr_pool_cleanup_register(p, NULL, forget_all, apr_pool_cleanup_null);
}

int mpin_login_result_skip(const char *url, apr_interval_time_t window)
{
    apr_time_t now;
    apr_uint32_t i, n;
    int skip = 0;

    /* the usual case (an RPS that waits, or Auto never saw a 404): no lock */
    if (!(n = apr_atomic_read32(&lr_used)) || !lr_lock) return 0;
    now = apr_time_now();
    if (apr_thread_mutex_lock(lr_lock) != APR_SUCCESS) return 0;
    for (i = 0; i < n; i++) {
        if (!strcmp(lr_memo[i].url, url)) {
            skip = lr_memo[i].at && now - lr_memo[i].at < window;
            break;
        }
    }
    apr_thread_mutex_unlock(lr_lock);
    return skip;
}

void mpin_login_result_seen(const char *url, long status)
{
    apr_uint32_t i, n;
    apr_time_t at = status == 404 ? apr_time_now() : 0;

    if (!lr_lock || (!at && !apr_atomic_read32(&lr_used))) return;
    if (apr_thread_mutex_lock(lr_lock) != APR_SUCCESS) return;
    n = apr_atomic_read32(&lr_used);
    for (i = 0; i < n && strcmp(lr_memo[i].url, url); i++)
        ;
    if (i < n) {
        lr_memo[i].at = at;
    }
    else if (at && n < LR_SLOTS && (lr_memo[n].url = strdup(url))) {
        lr_memo[n].at = at;
        apr_atomic_set32(&lr_used, n + 1);
    }
    apr_thread_mutex_unlock(lr_lock);
}
