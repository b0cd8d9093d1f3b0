/*
 * The optional functions of the public mod_mpin_rpa.h, for other modules.
 * They answer from the request's session, loaded once per request and
 * remembered in its pool.
 */
#include "apr_strings.h"
#include "mod_mpin_rpa.h"
#include "mpin_rpa.h"

#define CACHE_KEY "mod_mpin_rpa:session"

/* The cache's values for "checked: no session" and "the store failed"
 * (no session either: nothing is let in on a store that did not answer). */
static mpin_session no_session, store_failed;

static mpin_session *request_session_ex(request_rec *r, int *store_error)
{
    void *cached = NULL;
    mpin_session *s;

    apr_pool_userdata_get(&cached, CACHE_KEY, r->pool);
    if (!cached) {
        s = mpin_session_load(r, MPIN_DIR_CONF(r), store_error);
        cached = s ? s : *store_error ? &store_failed : &no_session;
        apr_pool_userdata_setn(cached, CACHE_KEY, NULL, r->pool);
    }
    *store_error = cached == &store_failed;
    return cached == &no_session || cached == &store_failed ? NULL : cached;
}

static mpin_session *request_session(request_rec *r)
{
    int store_error;

    return request_session_ex(r, &store_error);
}

static const char *mpin_rpa_user(request_rec *r)
{
    mpin_session *s = request_session(r);

    return s ? s->user : NULL;
}

static const char *mpin_rpa_login_method(request_rec *r)
{
    mpin_session *s = request_session(r);

    return s ? s->method : NULL;
}

static apr_time_t mpin_rpa_pin_time(request_rec *r)
{
    mpin_session *s = request_session(r);

    return s ? s->auth_time : 0;
}

static apr_status_t mpin_rpa_end_session(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    int store_error;
    mpin_session *s = request_session_ex(r, &store_error);
    apr_status_t rv;

    if (store_error) return APR_EGENERAL;
    if (!s) return APR_NOTFOUND;
    if ((rv = mpin_session_destroy(r, c, s)) != APR_SUCCESS) return rv;
    mpin_session_clear_cookie(r, c);
    apr_pool_userdata_setn(&no_session, CACHE_KEY, NULL, r->pool);
    MPIN_COUNT(logouts);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03704)
                  "session of user %s ended by another module (mpin_rpa_end_session)", s->user);
    return APR_SUCCESS;
}

void mpin_api_register(void)
{
    APR_REGISTER_OPTIONAL_FN(mpin_rpa_user);
    APR_REGISTER_OPTIONAL_FN(mpin_rpa_login_method);
    APR_REGISTER_OPTIONAL_FN(mpin_rpa_pin_time);
    APR_REGISTER_OPTIONAL_FN(mpin_rpa_end_session);
}
