/*
 * mpin-logout (the tutorial's /logout).  GET ends the session on the server,
 * expires the cookie and redirects to a validated target.  The mobile app's
 * POST (JSON logoutData, any Content-Type) ends the session its
 * sessionToken names and gets 200 with an empty body, which is what the app
 * counts as success (docs/protocol.md §6).  A POST that ends nothing (no token,
 * or one that names no live session: forged, replayed, its session already
 * over) gets a 4xx, so the phone never says "logged out" when nobody was.
 *
 * A logout that the session store cannot record (redis down) is not lost in
 * silence: it answers 503 and says that the user is still logged in, keeps
 * the cookie, and the session goes on once the store is back, until the
 * user logs out again (README "When the session store is down").
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

static int mobile_logout(request_rec *r)
{
    const char *token, *why;
    apr_size_t len;
    char *body;
    int rc;

    if ((rc = mpin_read_body(r, MPIN_BODY_MAX_LOGOUT, &body, &len)) != OK)
        return mpin_respond_error(r, rc, "bad request body");
    if (!mpin_json_logout_token(r->pool, body, len, &token, &why)) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02001)
                      "mobile logout refused: %s", why);
        return mpin_respond_error(r, HTTP_BAD_REQUEST, why);
    }
    if (!token || !*token) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03502)
                      "mobile logout refused: no sessionToken in the logoutData (client %s)",
                      r->useragent_ip);
        return mpin_respond_error(r, HTTP_BAD_REQUEST, "no sessionToken");
    }
    rc = mpin_session_destroy_by_token(r, token);
    if (rc < 0) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03052)
                      "mobile logout not done: the session store failed (client %s)",
                      r->useragent_ip);
        return mpin_respond_error(r, HTTP_SERVICE_UNAVAILABLE,
                                  "session store unavailable: not logged out, try again");
    }
    if (!rc) {
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(03503)
                      "mobile logout refused: the sessionToken names no live session "
                      "(unknown, used or its session over), client %s", r->useragent_ip);
        return mpin_respond_error(r, HTTP_FORBIDDEN, "unknown or used logout token");
    }
    MPIN_COUNT(logouts);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02002)
                  "logout from the mobile app, client %s", r->useragent_ip);
    r->status = HTTP_OK;
    mpin_set_nocache(r);
    ap_set_content_length(r, 0);
    return OK;
}

/* The browser's logout that the store could not record: a page that says
 * so, and no cookie change, so that the user knows the session lives on and
 * can log out again once the store is back. */
static int logout_unavailable(request_rec *r, const mpin_dir_conf *c)
{
    apr_table_t *vars = apr_table_make(r->pool, 2);

    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03053)
                  "logout not done: the session store failed (client %s)", r->useragent_ip);
    apr_table_setn(vars, "title", "Logout failed: you are still logged in");
    apr_table_setn(vars, "message", "The session store cannot be reached, so the logout could "
                   "not be recorded and your session is still valid. Please try to log out "
                   "again in a moment.");
    return mpin_render_page(r, c, "error.html", HTTP_SERVICE_UNAVAILABLE, vars);
}

int mpin_handler_logout(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *target = NULL, *raw;
    mpin_session *s;
    int store_error;

    if (r->method_number == M_POST) return mobile_logout(r);
    if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, POST");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET or POST only");
    }
    s = mpin_session_load(r, c, &store_error);
    if (store_error || (s && mpin_session_destroy(r, c, s) != APR_SUCCESS))
        return logout_unavailable(r, c);
    if (s) {
        MPIN_COUNT(logouts);
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02003)
                      "logout of user %s from %s", s->user, r->useragent_ip);
    }
    mpin_session_clear_cookie(r, c);
    if (mpin_form_get(r->pool, r->args, "return_to", &raw) == 1)
        target = mpin_return_target(r, c, raw);
    return mpin_respond_redirect(r, HTTP_MOVED_TEMPORARILY,
                                 target ? target : mpin_conf_logout_redirect(c));
}
