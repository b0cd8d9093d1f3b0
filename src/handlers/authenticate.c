/*
 * mpin-authenticate (the tutorial's POST /mpinAuthenticate): takes the PIN
 * pad's authOTT, asks the RPS whether the login succeeded, and on success
 * creates a session.  The authOTT is checked for format and replay before
 * the RPS sees it (security items 8 and 11), and never logged.
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "http_core.h"
#include "mpin_rpa.h"

/* authOTTs live 60 s at the RPS; remember used ones a little longer */
#define REPLAY_WINDOW apr_time_from_sec(120)

/* The JSON answer to the PIN pad.  mpin_json_status_body refuses a string
 * that is not UTF-8 (NULL): then the answer goes without its strings, with
 * the same status, rather than not at all. */
static int answer(request_rec *r, int status, const char *message, const char *user,
                  const char *redirect)
{
    const char *body = mpin_json_status_body(r->pool, status, message, user, redirect);

    if (!body) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(03703)
                      "the answer to the PIN pad has a string that is not UTF-8: "
                      "sent without its message, user and redirect");
        body = mpin_json_status_body(r->pool, status, "", NULL, NULL);
    }
    return mpin_respond_json(r, status, body);
}

/* Records the authOTT as used, across all processes (and servers sharing a
 * store).  Returns OK, or the status to answer. */
static int claim_authott(request_rec *r, const char *ott)
{
    /* hex is case-blind: "AB12" and "ab12" name the same token for an RPS
     * that decodes it, so the guard keys on the lower-case form */
    char *lower = apr_pstrdup(r->pool, ott);
    apr_status_t rv;

    ap_str_tolower(lower);
    rv = mpin_store_add_once(r, mpin_store_key(r->pool, "o", lower),
                             apr_time_now() + REPLAY_WINDOW);
    if (rv == APR_SUCCESS) return OK;
    if (rv == APR_EEXIST) {
        MPIN_COUNT(refusals[MPIN_REFUSE_REPLAY]);
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01601)
                      "login refused: authOTT replayed from %s", r->useragent_ip);
        return HTTP_REQUEST_TIME_OUT;
    }
    /* never "not used yet" from a store that did not answer (store.c logs
     * the outage once) */
    ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r, MPINLOGNO(01602)
                  "login refused: the replay guard's store failed");
    return HTTP_SERVICE_UNAVAILABLE;
}

/* Whether the outcome of this login goes to the RPS's /loginResult
 * (MpinRpsLoginResult).  An RPS that does not wait for it answers 404: with
 * Auto (the default) this process then skips the call for that RPS for a
 * while; the module's own replay guard covers the browser flow either way. */
static int login_result_wanted(request_rec *r, const mpin_dir_conf *c)
{
    int mode = MPIN_DIR_INT(c, rps_login_result);

    if (mode == MPIN_LOGIN_RESULT_OFF) return 0;
    if (mode == MPIN_LOGIN_RESULT_AUTO
        && mpin_login_result_skip(mpin_conf_rps_url(c), apr_time_from_sec(
                                          MPIN_DIR_INT(c, rps_login_result_window)))) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(01612)
                      "RPS /loginResult skipped: the RPS answered 404 lately "
                      "(MpinRpsLoginResult Auto)");
        return 0;
    }
    return 1;
}

/* Tells the RPS the outcome (it releases a waiting phone and deletes the
 * authOTT record), when login_result_wanted. */
static void report_login_result(request_rec *r, const mpin_dir_conf *c, const char *ott,
                                int status, const char *message, const char *logout_token,
                                const char *user)
{
    apr_table_t *h = apr_table_make(r->pool, 1);
    const char *body = mpin_json_login_result(r->pool, ott, status, message,
                                              logout_token ? logout_token : "", user);
    mpin_rps_reply *rep;

    apr_table_setn(h, "Content-Type", "application/json");
    rep = mpin_rps_call(r, c, "POST", "/loginResult", h, body, strlen(body));
    if (rep->outcome != MPIN_RPS_OK) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01603)
                      "RPS /loginResult failed: %s", rep->error);
        return;
    }
    /* only Auto's own calls feed its memory: On and Off mean what they say
     * and leave the default Locations of the same RPS alone */
    if (MPIN_DIR_INT(c, rps_login_result) == MPIN_LOGIN_RESULT_AUTO)
        mpin_login_result_seen(mpin_conf_rps_url(c), rep->status);
    if (rep->status != 200 && rep->status != 404)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01604)
                      "RPS /loginResult answered %ld", rep->status);
}

/* A transport failure or a malformed RPS reply: 502, 503 or 504. */
static int rps_failed(request_rec *r, const mpin_rps_reply *rep, const char *why)
{
    const char *reason;
    int status = mpin_rps_failure_status(rep, &reason);

    MPIN_COUNT(logins[MPIN_METHOD_PINPAD][MPIN_RESULT_FAILURE]);
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01605)
                  "login failed: RPS /authenticate %s", why);
    return answer(r, status, reason, NULL, NULL);
}

/* The method a successful login's session records: "mobile" when the
 * identity the RPS names was registered on a phone (its mpinId says
 * "mobile": 1; the RPS builds the mpinId, the client cannot choose it), the
 * access-number flow where the phone signs this browser in; "pinpad"
 * otherwise. */
static const char *login_method(request_rec *r, const mpin_rps_auth_result *res)
{
    return *res->mpin_id && mpin_json_mpin_id_mobile(r->pool, res->mpin_id) ? "mobile" : "pinpad";
}

static int login_succeeded(request_rec *r, const mpin_dir_conf *c, const char *ott,
                           const char *logout_token, const mpin_rps_auth_result *res)
{
    const char *target = mpin_conf_success_url(c);
    const char *method;
    mpin_session *s;

    if (!*res->user_id || !mpin_is_printable_utf8(res->user_id, strlen(res->user_id))) {
        MPIN_COUNT(refusals[MPIN_REFUSE_RPS_REPLY]);
        MPIN_COUNT(logins[MPIN_METHOD_PINPAD][MPIN_RESULT_FAILURE]);
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01606)
                      "login failed: the RPS sent an empty or invalid userId");
        if (login_result_wanted(r, c))
            report_login_result(r, c, ott, HTTP_FORBIDDEN, "Invalid user", NULL, "");
        return answer(r, HTTP_BAD_GATEWAY, "RPS sent an invalid userId", NULL, NULL);
    }
    if (!mpin_user_allowed(c, res->user_id)) {
        MPIN_COUNT(refusals[MPIN_REFUSE_NOT_ALLOWED]);
        MPIN_COUNT(logins[MPIN_METHOD_PINPAD][MPIN_RESULT_FAILURE]);
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01607)
                      "login refused: user %s is not allowed (client %s)", res->user_id,
                      r->useragent_ip);
        if (login_result_wanted(r, c))
            report_login_result(r, c, ott, HTTP_FORBIDDEN, "User not authorized", NULL,
                                res->user_id);
        return answer(r, HTTP_FORBIDDEN, "User not authorized", NULL, NULL);
    }
    method = login_method(r, res);
    /* a PIN entry on a session of the same user (MpinMaxAuthAge, a step-up
     * from a password) renews it under a new id rather than starting one */
    /* The logout token went to the RPS with /authenticate (and goes again
     * with /loginResult); only a phone ever receives it, so only a phone's
     * login makes it name the session: a desktop login costs no store write
     * for it and leaves no token that could end its session, but a renewal
     * keeps the token of the phone that signed the session in. */
    s = mpin_session_login(r, c, res->user_id, method,
                           strcmp(method, "mobile") ? NULL : logout_token);
    if (!s) return answer(r, HTTP_SERVICE_UNAVAILABLE, "Session store unavailable", NULL, NULL);
    if (mpin_session_bind_logout_token(r, c, s) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(03501)
                      "could not store the logout token of user %s: the phone cannot log "
                      "this session out", res->user_id);
        logout_token = NULL;
    }
    if (login_result_wanted(r, c))
        report_login_result(r, c, ott, HTTP_OK, "Authentication successful", logout_token,
                            res->user_id);
    MPIN_COUNT(logins[MPIN_METHOD_PINPAD][MPIN_RESULT_SUCCESS]);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01608)
                  "login of user %s with %s from %s", res->user_id,
                  strcmp(method, "mobile") ? "the PIN pad" : "the phone (access number)",
                  r->useragent_ip);
    return answer(r, HTTP_OK, "Authentication successful", res->user_id, target);
}

int mpin_handler_authenticate(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    apr_table_t *h = apr_table_make(r->pool, 1);
    const char *ott = NULL, *why, *req, *logout_token;
    mpin_rps_auth_result res;
    mpin_rps_reply *rep;
    apr_size_t len;
    char *body;
    int rc;

    if (r->method_number != M_POST) {
        apr_table_setn(r->headers_out, "Allow", "POST");
        return answer(r, HTTP_METHOD_NOT_ALLOWED, "POST only", NULL, NULL);
    }
    if (mpin_rate_limited(r, c))
        return answer(r, HTTP_TOO_MANY_REQUESTS, "Too many login attempts from your address; "
                      "try again later", NULL, NULL);
    if ((why = mpin_cross_site_reason(r))) {
        MPIN_COUNT(refusals[MPIN_REFUSE_CROSS_SITE]);
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01609)
                      "login refused: cross-site request (%s) from %s", why, r->useragent_ip);
        return answer(r, HTTP_FORBIDDEN, "Cross-site request refused", NULL, NULL);
    }
    if ((rc = mpin_read_body(r, MPIN_BODY_MAX_AUTHENTICATE, &body, &len)) != OK)
        return answer(r, rc, rc == HTTP_REQUEST_ENTITY_TOO_LARGE ? "Body too large"
                                                                 : "Unreadable body", NULL, NULL);
    if (!mpin_json_pinpad_authott(r->pool, body, len, &ott, &why)) {
        MPIN_COUNT(refusals[MPIN_REFUSE_FORMAT]);
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01610)
                      "login refused: bad PIN pad request (%s) from %s", why, r->useragent_ip);
        return answer(r, HTTP_BAD_REQUEST, why, NULL, NULL);
    }
    if ((rc = claim_authott(r, ott)) != OK)
        return answer(r, rc, rc == HTTP_REQUEST_TIME_OUT ? "Expired authentication request"
                                                         : "Session store unavailable", NULL, NULL);

    /* As Milagro's demo RPA: logoutURL and logoutData go with /authenticate,
     * so that the RPS can hand them to a phone that signed this login in,
     * also when it does not wait for /loginResult */
    logout_token = mpin_session_new_logout_token(r);
    req = mpin_json_authenticate_request(r->pool, ott, mpin_conf_mobile_logout_url(c),
                                         logout_token);
    if (!req) return answer(r, HTTP_INTERNAL_SERVER_ERROR, "Internal error", NULL, NULL);
    apr_table_setn(h, "Content-Type", "application/json");
    rep = mpin_rps_call(r, c, "POST", "/authenticate", h, req, strlen(req));
    if (rep->outcome != MPIN_RPS_OK) return rps_failed(r, rep, rep->error);
    if (!mpin_json_rps_auth_reply(r->pool, rep->body, rep->body_len, &res, &why))
        return rps_failed(r, rep, apr_psprintf(r->pool, "answered %ld with a bad body (%s)",
                                               rep->status, why));
    if (res.status != rep->status)
        return rps_failed(r, rep, apr_psprintf(r->pool, "answered %ld but its body says %d",
                                               rep->status, res.status));
    switch (res.status) {
    case HTTP_OK:
        return login_succeeded(r, c, ott, logout_token, &res);
    case HTTP_UNAUTHORIZED:
    case HTTP_FORBIDDEN:
    case HTTP_REQUEST_TIME_OUT:
    case HTTP_GONE:
    case HTTP_PRECONDITION_FAILED:
        MPIN_COUNT(logins[MPIN_METHOD_PINPAD][MPIN_RESULT_FAILURE]);
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01611)
                      "login failed for user %s from %s: RPS status %d",
                      *res.user_id ? ap_escape_logitem(r->pool, res.user_id) : "(unknown)",
                      r->useragent_ip, res.status);
        return answer(r, res.status, res.message, NULL, NULL);
    default:
        return rps_failed(r, rep, apr_psprintf(r->pool, "answered unexpected status %d",
                                               res.status));
    }
}
