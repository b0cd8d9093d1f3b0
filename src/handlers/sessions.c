/*
 * mpin-sessions (the shipped conf's /mpinSessions): the logged-in user's
 * live sessions on this site, and ending them (issue 18 item 3).
 *
 * GET lists them (HTML, or JSON for ?format=json and clients that accept
 * JSON but not HTML): device and client address at login, method, started,
 * last used, which one is this.  A session is named by its handle
 * (session/user_index.c), never by its id or store key.
 *
 * POST end=<handle>&token=<token> ends one of them, end=others&token=...
 * every one but this.  The token is an HMAC under the session key of the
 * requesting session's store key and of the handle: only the page this
 * session was shown carries it (CSRF), and it is worth nothing to another
 * session or for another handle.  A handle is looked up only among the
 * requesting user's own live sessions, so a forged handle, or another
 * user's, ends nothing.
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "util_script.h"
#include "mpin_rpa.h"

#define TOKEN_CHARS 43
#define OTHERS "others"

/* The token this session must send to end target (a handle or OTHERS). */
static const char *end_token(request_rec *r, const char *own_key, const char *target)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    const char *msg = apr_pstrcat(r->pool, "mpin-session-end|", own_key, "|", target, NULL);
    unsigned char mac[32];

    mpin_hmac_sha256_keyed(sc->mac, msg, strlen(msg), mac);
    return mpin_b64url_encode(r->pool, mac, sizeof(mac));
}

static int token_ok(request_rec *r, const char *own_key, const char *target, const char *token)
{
    const char *want = end_token(r, own_key, target);

    return strlen(token) == TOKEN_CHARS
           && mpin_ct_equal((const unsigned char *)token, (const unsigned char *)want, TOKEN_CHARS);
}

static int wants_json(request_rec *r)
{
    const char *accept = apr_table_get(r->headers_in, "Accept"), *format = NULL;

    if (mpin_form_get(r->pool, r->args, "format", &format) == 1 && format)
        return !strcmp(format, "json");
    return accept && ap_strcasestr(accept, "application/json")
           && !ap_strcasestr(accept, "text/html");
}

static const char *when(request_rec *r, apr_time_t t)
{
    char *text = apr_palloc(r->pool, APR_RFC822_DATE_LEN);

    apr_rfc822_date(text, t);
    return text;
}

static int list_json(request_rec *r, const mpin_session *s, const char *own_key,
                     const apr_array_header_t *list)
{
    mpin_json_writer *w = mpin_jw_object(r->pool);
    const char *text;
    int i;

    mpin_jw_string(w, "user", s->user);
    mpin_jw_begin_array(w, "sessions");
    for (i = 0; i < list->nelts; i++) {
        const mpin_user_session *u = &APR_ARRAY_IDX(list, i, mpin_user_session);
        mpin_jw_begin_item(w);
        mpin_jw_string(w, "handle", u->handle);
        mpin_jw_string(w, "device", mpin_device_name(u->device));
        mpin_jw_string(w, "address", u->addr);
        mpin_jw_string(w, "method", u->method);
        mpin_jw_int(w, "created", (long)apr_time_sec(u->created));
        mpin_jw_int(w, "last_used", (long)apr_time_sec(u->last_used));
        mpin_jw_bool(w, "current", u->current);
        mpin_jw_string(w, "token", end_token(r, own_key, u->handle));
        mpin_jw_end(w);
    }
    mpin_jw_end(w);
    mpin_jw_string(w, "end_others_token", end_token(r, own_key, OTHERS));
    if (!(text = mpin_jw_finish(w)))
        return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "a name is not UTF-8");
    return mpin_respond_json(r, HTTP_OK, apr_pstrcat(r->pool, text, "\n", NULL));
}

static const char *end_form(request_rec *r, const char *target, const char *token,
                            const char *label)
{
    return apr_psprintf(r->pool, "<form method=\"post\"><input type=\"hidden\" name=\"end\" "
                        "value=\"%s\"><input type=\"hidden\" name=\"token\" value=\"%s\">"
                        "<button type=\"submit\">%s</button></form>", target, token, label);
}

static int list_html(request_rec *r, const mpin_session *s, const char *own_key,
                     const apr_array_header_t *list)
{
    int i;

    mpin_set_nocache(r);
    /* nothing to run, nothing to frame: a page of buttons that end
     * sessions must not be clickjacked */
    apr_table_setn(r->headers_out, "Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                   "frame-ancestors 'none'");
    apr_table_setn(r->headers_out, "X-Frame-Options", "DENY");
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    ap_set_content_type(r, "text/html; charset=UTF-8");
    ap_rprintf(r, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>Your sessions</title></head><body>\n<h1>Where %s is logged in</h1>\n"
               "<table>\n<tr><th>Device</th><th>Address</th><th>Method</th><th>Started</th>"
               "<th>Last used</th><th></th></tr>\n", mpin_html_escape(r->pool, s->user));
    for (i = 0; i < list->nelts; i++) {
        const mpin_user_session *u = &APR_ARRAY_IDX(list, i, mpin_user_session);
        ap_rprintf(r, "<tr class=\"session%s\" data-handle=\"%s\"><td>%s</td><td>%s</td>"
                   "<td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
                   u->current ? " current" : "", u->handle, mpin_device_name(u->device),
                   mpin_html_escape(r->pool, u->addr), mpin_html_escape(r->pool, u->method),
                   when(r, u->created), when(r, u->last_used),
                   u->current ? "<strong>this session</strong>"
                              : end_form(r, u->handle, end_token(r, own_key, u->handle),
                                         "End"));
    }
    ap_rprintf(r, "</table>\n%s\n</body></html>\n",
               end_form(r, OTHERS, end_token(r, own_key, OTHERS), "End all other sessions"));
    return OK;
}

static int refuse(request_rec *r, int status, const mpin_session *s, const char *why)
{
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(03955)
                  "ending sessions refused: %s (user %s, client %s)", why, s->user,
                  r->useragent_ip);
    if (status == HTTP_FORBIDDEN) MPIN_COUNT(refusals[MPIN_REFUSE_CSRF]);
    return mpin_respond_error(r, status, why);
}

static int end_sessions(request_rec *r, const mpin_dir_conf *c, mpin_session *s,
                        const char *own_key)
{
    const char *target = NULL, *token = NULL;
    apr_array_header_t *list;
    int rc, i, ended = 0, self = 0, store_error;
    const char *cross = mpin_cross_site_reason(r);
    apr_size_t len;
    char *body;

    /* the token alone would do; a browser that says where the POST comes
     * from is refused before the body is read */
    if (cross) return refuse(r, HTTP_FORBIDDEN, s, cross);
    if ((rc = mpin_read_body(r, MPIN_BODY_MAX_FORM, &body, &len)) != OK)
        return mpin_respond_error(r, rc, "bad request body");
    if (mpin_form_get(r->pool, body, "end", &target) != 1 || !target || !*target)
        return refuse(r, HTTP_BAD_REQUEST, s, "say which session to end (end=handle or others)");
    if (mpin_form_get(r->pool, body, "token", &token) != 1 || !token || !*token)
        return refuse(r, HTTP_BAD_REQUEST, s, "missing token");
    if (!token_ok(r, own_key, target, token))
        return refuse(r, HTTP_FORBIDDEN, s, "bad token");
    list = mpin_user_sessions(r, c, s->user, own_key, &store_error);
    if (!list) return mpin_respond_error(r, HTTP_SERVICE_UNAVAILABLE, "session store unavailable");
    for (i = 0; i < list->nelts; i++) {
        const mpin_user_session *u = &APR_ARRAY_IDX(list, i, mpin_user_session);
        if (strcmp(target, OTHERS) ? strcmp(target, u->handle) != 0 : u->current) continue;
        if (u->current) self = 1;
        ended += mpin_session_end_key(r, u->key);
        mpin_user_index_remove(r, c, s->user, u->key);
    }
    if (strcmp(target, OTHERS) && !ended)
        return refuse(r, HTTP_FORBIDDEN, s, "no such session of yours (already ended?)");
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03956)
                  "user %s ended %d of their sessions%s, client %s", s->user, ended,
                  self ? " (this one too)" : "", r->useragent_ip);
    if (self) mpin_session_clear_cookie(r, c);
    if (wants_json(r)) {
        mpin_json_writer *w = mpin_jw_object(r->pool);
        mpin_jw_int(w, "ended", ended);
        return mpin_respond_json(r, HTTP_OK, apr_pstrcat(r->pool, mpin_jw_finish(w), "\n", NULL));
    }
    return mpin_respond_redirect(r, HTTP_SEE_OTHER,
                                 self ? mpin_conf_logout_redirect(c) : r->uri);
}

int mpin_handler_sessions(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    apr_array_header_t *list;
    const char *own_key;
    mpin_session *s;
    int store_error;

    if (r->method_number != M_GET && r->method_number != M_POST) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD, POST");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET or POST only");
    }
    s = mpin_session_load(r, c, &store_error);
    if (store_error) return mpin_respond_error(r, HTTP_SERVICE_UNAVAILABLE,
                                               "session store unavailable");
    /* the shipped conf protects the handler (AuthType MPin): this is for a
     * mount without it */
    if (!s) return mpin_respond_error(r, HTTP_UNAUTHORIZED, "not logged in");
    own_key = mpin_session_key(r, s);
    if (r->method_number == M_POST) return end_sessions(r, c, s, own_key);
    list = mpin_user_sessions(r, c, s->user, own_key, &store_error);
    if (!list) return mpin_respond_error(r, HTTP_SERVICE_UNAVAILABLE, "session store unavailable");
    return wants_json(r) ? list_json(r, s, own_key, list) : list_html(r, s, own_key, list);
}
