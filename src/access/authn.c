/*
 * Access control: the check_authn hook for AuthType MPin, the decision
 * between a login redirect and a 401, and the scrubbing of the identity
 * header (security items 2, 3 and 14).  Nothing here writes a body: an
 * unauthenticated request ends with a status for httpd to answer.
 */
#include "apr_strings.h"
#include "apr_lib.h"
#include "http_core.h"
#include "http_protocol.h"
#include "http_request.h"
#include "mpin_rpa.h"

/* What the backend learns of a session besides the user (CGI variables;
 * sub-requests and internal redirects copy them from the request before). */
#define ENV_METHOD "MPIN_LOGIN_METHOD"
#define ENV_METHODS "MPIN_LOGIN_METHODS"
#define ENV_AUTH_TIME "MPIN_AUTH_TIME"

/* The names of every MpinUserHeader of the configuration, in their CGI form
 * (upper case, '-' as '_'), filled while the configuration is read. */
static apr_array_header_t *user_headers;

static const char *cgi_form(apr_pool_t *p, const char *name)
{
    char *s = apr_pstrdup(p, name), *q;

    for (q = s; *q; q++) *q = *q == '-' ? '_' : (char)apr_toupper(*q);
    return s;
}

void mpin_auth_pre_config(void)
{
    user_headers = NULL;
}

void mpin_auth_register_user_header(apr_pool_t *p, const char *name)
{
    if (!user_headers) user_headers = apr_array_make(p, 2, sizeof(const char *));
    APR_ARRAY_PUSH(user_headers, const char *) = cgi_form(p, name);
}

typedef struct {
    request_rec *r;
    apr_array_header_t *doomed;
} scrub_ctx;

static int find_spoofed(void *data, const char *key, const char *val)
{
    scrub_ctx *ctx = data;
    const char *form = cgi_form(ctx->r->pool, key);
    int i;

    (void)val;
    for (i = 0; i < user_headers->nelts; i++) {
        if (!strcmp(form, APR_ARRAY_IDX(user_headers, i, const char *))) {
            APR_ARRAY_PUSH(ctx->doomed, const char *) = key;
            break;
        }
    }
    return 1;
}

/* post_read_request: before any other module sees the request, remove every
 * header that a CGI or backend would take for the identity header. */
int mpin_scrub_headers(request_rec *r)
{
    scrub_ctx ctx;
    int i;

    if (!user_headers || !r->headers_in) return DECLINED;
    /* r->server is already the virtual host the request is for */
    if (!MPIN_SRV_CONF(r->server)->scrub_user_header) return DECLINED;
    ctx.r = r;
    ctx.doomed = apr_array_make(r->pool, 1, sizeof(const char *));
    apr_table_do(find_spoofed, &ctx, r->headers_in, NULL);
    for (i = 0; i < ctx.doomed->nelts; i++) {
        const char *name = APR_ARRAY_IDX(ctx.doomed, i, const char *);
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01501)
                      "removed a client-supplied identity header %s", name);
        apr_table_unset(r->headers_in, name);
    }
    return DECLINED;
}

const char *mpin_return_target(request_rec *r, const mpin_dir_conf *c, const char *raw)
{
    const char *why;

    if (!raw || !*raw) return NULL;
    if (mpin_url_return_ok(raw, c->redirect_allowed, &why)) return raw;
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01502)
                  "return target refused (%s) from %s", why, r->useragent_ip);
    return NULL;
}

/* Whether the client is a browser navigating (it gets a login redirect) or
 * a script or API client (it gets a 401). */
static int is_navigation(request_rec *r)
{
    const char *xrw = apr_table_get(r->headers_in, "X-Requested-With");
    const char *mode = apr_table_get(r->headers_in, "Sec-Fetch-Mode");
    const char *accept = apr_table_get(r->headers_in, "Accept");

    if (r->method_number != M_GET) return 0;
    if (xrw) return 0;
    if (mode && strcasecmp(mode, "navigate")) return 0;
    return accept && ap_strcasestr(accept, "text/html") != NULL;
}

/* An internal redirect to an ErrorDocument: its refusal must not add a
 * login redirect to the error the client is given (internal redirects share
 * err_headers_out with the request they come from). */
static int is_error_document(const request_rec *r)
{
    return r->prev && ap_is_HTTP_ERROR(r->prev->status);
}

/* Why the login page is asked for: no session, or a session that must see
 * the PIN again.  param goes to the login page (it then shows the PIN pad
 * alone), reason to scripts in the JSON body. */
enum reauth { REAUTH_NONE = 0, REAUTH_AGE = 1, REAUTH_METHOD = 2 };
static const struct {
    const char *param;
    const char *reason;
    const char *message;
} reauth_kinds[] = {
    {NULL, NULL, "Authentication required"},
    {"age", "max_auth_age", "PIN entry required: the last one is too old for this page"},
    {"method", "login_method", "PIN login required for this page"},
};

/* The login URL with the way back (return_to, may be NULL) and why. */
static const char *login_link(request_rec *r, const mpin_dir_conf *c, const char *return_to,
                              enum reauth why)
{
    const char *login = mpin_conf_login_url(c);
    const char *param = reauth_kinds[why].param;

    if (!return_to && !param) return login;
    return apr_pstrcat(r->pool, login, strchr(login, '?') ? "&" : "?",
                       return_to ? "return_to=" : "",
                       return_to ? mpin_url_encode(r->pool, return_to) : "",
                       return_to && param ? "&" : "", param ? "reauth=" : "", param ? param : "",
                       NULL);
}

/* The challenge of a 401: where to log in, and the JSON body for scripts;
 * a logged-in user who must enter the PIN again is told so in both (the
 * error of RFC 9470's step-up challenge, with max_age for MpinMaxAuthAge). */
static void challenge(request_rec *r, const mpin_dir_conf *c, const char *message,
                      enum reauth why)
{
    const char *login = mpin_conf_login_url(c);

    if (why == REAUTH_NONE) {
        apr_table_setn(r->err_headers_out, "WWW-Authenticate",
                       apr_psprintf(r->pool, "MPin login_url=\"%s\"", login));
        mpin_error_json_set(r, HTTP_UNAUTHORIZED, message);
        return;
    }
    apr_table_setn(r->err_headers_out, "WWW-Authenticate",
                   apr_psprintf(r->pool, "MPin login_url=\"%s\", "
                                "error=\"insufficient_user_authentication\"%s", login,
                                why == REAUTH_AGE ? apr_psprintf(r->pool, ", max_age=\"%d\"",
                                                                 c->max_auth_age) : ""));
    /* the page adds its own return_to: this request is the script's */
    mpin_error_json_set_reason(r, HTTP_UNAUTHORIZED, reauth_kinds[why].message,
                               reauth_kinds[why].reason, login_link(r, c, NULL, why));
}

/* 1 when the refusal is a 401 (scripts, API clients, MpinUnauthAction 401),
 * 0 when it is a login redirect (a browser navigating). */
static int answers_401(request_rec *r, const mpin_dir_conf *c)
{
    int action = MPIN_DIR_INT(c, unauth_action);

    return action == MPIN_UNAUTH_401 || (action == MPIN_UNAUTH_AUTO && !is_navigation(r));
}

/* The URL the browser asked for: a login comes back to it, not to where an
 * internal redirect led. */
static const char *asked_for(const request_rec *r)
{
    while (r->prev) r = r->prev;
    return r->unparsed_uri;
}

/* note_auth_failure, which httpd runs when authorization answers 401 to a
 * user this module let in (Require failed, AuthzSendForbiddenOnFailure
 * Off): the 401 gets AuthType MPin's challenge, as mod_auth_basic and
 * mod_auth_form give theirs.  Where "Require mpin-method" refused a session
 * that a PIN login would let in, a browser goes to the PIN pad instead:
 * httpd turns a 401 whose custom response is a full URL into a redirect
 * there (ap_die), the only way a 401 decided after authentication becomes
 * one. */
static int note_auth_failure(request_rec *r, const char *auth_type)
{
    const mpin_dir_conf *c;
    const char *link;

    if (!auth_type || strcasecmp(auth_type, "MPin")) return DECLINED;
    c = MPIN_DIR_CONF(r);
    if (!apr_table_get(r->notes, MPIN_NOTE_STEP_UP) || is_error_document(r)) {
        challenge(r, c, "Not authorized", REAUTH_NONE);
        return OK;
    }
    if (answers_401(r, c)) {
        challenge(r, c, NULL, REAUTH_METHOD);
        return OK;
    }
    link = login_link(r, c, asked_for(r), REAUTH_METHOD);
    if (!ap_is_url(link)) {
        if (*link != '/') {
            challenge(r, c, NULL, REAUTH_METHOD);
            return OK;
        }
        link = ap_construct_url(r->pool, link, r);
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03902)
                  "user %s sent to the PIN pad for %s (step-up from %s)", r->user,
                  ap_escape_logitem(r->pool, r->uri),
                  apr_table_get(r->subprocess_env, ENV_METHODS));
    apr_table_setn(r->err_headers_out, "Cache-Control", "no-store");
    ap_custom_response(r, HTTP_UNAUTHORIZED, link);
    return OK;
}

void mpin_authn_register(void)
{
    ap_hook_note_auth_failure(note_auth_failure, NULL, NULL, APR_HOOK_MIDDLE);
}

/* No session (why REAUTH_NONE), or one that must see the PIN again: a
 * browser goes to the login page, anything else gets a 401. */
static int unauthenticated(request_rec *r, const mpin_dir_conf *c, enum reauth why)
{
    if (is_error_document(r)) {
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(01504)
                      "protected ErrorDocument %s not shown without a session",
                      ap_escape_logitem(r->pool, r->uri));
        return HTTP_UNAUTHORIZED;
    }
    if (answers_401(r, c)) {
        challenge(r, c, reauth_kinds[why].message, why);
        return HTTP_UNAUTHORIZED;
    }
    apr_table_setn(r->err_headers_out, "Location", login_link(r, c, asked_for(r), why));
    apr_table_setn(r->err_headers_out, "Cache-Control", "no-store");
    return HTTP_MOVED_TEMPORARILY;
}

/* MpinMaxAuthAge: 1 when this location wants a PIN entry more recent than
 * the session's (auth_time 0: none in this session, a password login). */
static int pin_too_old(request_rec *r, const mpin_dir_conf *c, const char *user,
                       apr_time_t auth_time)
{
    apr_time_t now;

    if (c->max_auth_age <= 0) return 0;
    now = apr_time_now();
    if (auth_time && now - auth_time <= apr_time_from_sec(c->max_auth_age)) return 0;
    if (auth_time)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03903)
                      "user %s must enter the PIN again for %s: the last PIN entry was %"
                      APR_TIME_T_FMT " s ago (MpinMaxAuthAge %d)", user,
                      ap_escape_logitem(r->pool, r->uri), apr_time_sec(now - auth_time),
                      c->max_auth_age);
    else
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03904)
                      "user %s must enter the PIN for %s: no PIN entry in this session "
                      "(MpinMaxAuthAge %d)", user, ap_escape_logitem(r->pool, r->uri),
                      c->max_auth_age);
    return 1;
}

/* Why a request was let in, for the sub-requests and internal redirects
 * that follow it: the configuration whose cookie (name, path, domain) had
 * its session checked.  Its pointer is kept as the request's module config
 * (set_identity), which clients cannot reach and costs nothing on the hot
 * path; nothing else of this module uses r->request_config. */

static int same_cookie(request_rec *r, const mpin_dir_conf *a, const mpin_dir_conf *b)
{
    const char *da = a->cookie_domain ? a->cookie_domain : "";
    const char *db = b->cookie_domain ? b->cookie_domain : "";

    return a == b || (!strcmp(mpin_session_cookie_name(r, a), mpin_session_cookie_name(r, b))
                      && !strcmp(mpin_conf_cookie_path(a), mpin_conf_cookie_path(b))
                      && !strcmp(da, db));
}

/* user must live as long as r->pool: the session's strings are in it, and a
 * sub-request's or redirect's earlier request outlives it.  auth_time:
 * seconds since the epoch of the last PIN entry, NULL when none. */
static void set_identity(request_rec *r, const mpin_dir_conf *c, const char *user,
                         const char *method, const char *methods, const char *auth_time)
{
    r->user = (char *)user;
    r->ap_auth_type = "MPin";
    apr_table_setn(r->subprocess_env, ENV_METHOD, method ? method : "");
    apr_table_setn(r->subprocess_env, ENV_METHODS, methods ? methods : "");
    if (auth_time) apr_table_setn(r->subprocess_env, ENV_AUTH_TIME, auth_time);
    ap_set_module_config(r->request_config, &mpin_rpa_module, (void *)c);
    if (c->user_header && *c->user_header)
        apr_table_setn(r->headers_in, c->user_header, r->user);
    /* scrubbed from the client's request like the user header: absent here
     * means no PIN entry in this session */
    if (auth_time && c->auth_time_header && *c->auth_time_header)
        apr_table_setn(r->headers_in, c->auth_time_header, auth_time);
}

static void set_session_identity(request_rec *r, const mpin_dir_conf *c, const mpin_session *s)
{
    /* apr_off_t_toa: a fifth of apr_psprintf's cost, on every request */
    set_identity(r, c, s->user, s->method, s->methods,
                 s->auth_time ? apr_off_t_toa(r->pool, (apr_off_t)apr_time_sec(s->auth_time))
                              : NULL);
}

/* The request whose decision a sub-request or an internal redirect
 * (DirectoryIndex, ErrorDocument, mod_include) keeps: one this module let
 * in for the same cookie.  A user that another AuthType (Basic...) let in,
 * or a session of another cookie name or path, does not carry over: the
 * session is then checked again here. */
static const request_rec *decided_before(request_rec *r, const mpin_dir_conf *c)
{
    const request_rec *before[2];
    int i;

    before[0] = r->main;
    before[1] = r->prev;
    for (i = 0; i < 2; i++) {
        const request_rec *b = before[i];
        const mpin_dir_conf *decided;
        if (!b || !b->user) continue;
        decided = ap_get_module_config(b->request_config, &mpin_rpa_module);
        if (decided && same_cookie(r, decided, c)) return b;
    }
    return NULL;
}

/* A user the session (or the request before) names, but whom this
 * location's allowed-user list does not. */
static int refuse_unlisted(request_rec *r, const mpin_dir_conf *c, const char *user)
{
    if (mpin_user_allowed(c, user)) return 0;
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01503)
                  "user %s is not in the allowed-user list", user);
    return 1;
}

/* A session whose user the server's own allowed-user list (MpinAllowedUsers
 * at server or virtual-host level, not a <Location>'s) no longer names: the
 * user was removed from the site, so every session of theirs ends now,
 * instead of waiting to be let in again if the name comes back.  A
 * <Location>'s own list only refuses (an /admin list names fewer users). */
static void end_if_delisted(request_rec *r, const mpin_dir_conf *c, mpin_session *s)
{
    const mpin_dir_conf *server = ap_get_module_config(r->server->lookup_defaults,
                                                       &mpin_rpa_module);
    int store_error, ended;

    if (!server || !server->allowed || c->allowed != server->allowed) return;
    ended = mpin_user_sessions_end(r, c, s->user, NULL, &store_error);
    /* the index may have lost it (evicted, or a concurrent login on another
     * server): this one ends all the same */
    ended += mpin_session_end_key(r, mpin_session_key(r, s));
    mpin_session_clear_cookie(r, c);
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(03958)
                  "user %s is no longer in the server's allowed-user list: %d of their "
                  "sessions ended", s->user, ended);
}

int mpin_check_authn(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *type = ap_auth_type(r);
    const request_rec *before;
    mpin_session *s;
    int store_error;

    if (!type || strcasecmp(type, "MPin")) return DECLINED;
    /* a sub-request runs no header_parser: its copy of the Cookie fields
     * may come from a main request whose fixups stripped them */
    if (r->main) mpin_strip_cookies_restore(r);

    /* sub-requests and internal redirects keep the main request's decision */
    if ((before = decided_before(r, c))) {
        const char *auth_time = apr_table_get(before->subprocess_env, ENV_AUTH_TIME);
        if (refuse_unlisted(r, c, before->user)) return HTTP_FORBIDDEN;
        if (pin_too_old(r, c, before->user,
                        auth_time ? apr_time_from_sec(apr_atoi64(auth_time)) : 0))
            return unauthenticated(r, c, REAUTH_AGE);
        set_identity(r, c, before->user, apr_table_get(before->subprocess_env, ENV_METHOD),
                     apr_table_get(before->subprocess_env, ENV_METHODS), auth_time);
        return OK;
    }

    s = mpin_session_load(r, c, &store_error);
    if (store_error) {
        ap_custom_response(r, HTTP_SERVICE_UNAVAILABLE,
                           "<!DOCTYPE html><html><head><title>Login unavailable</title></head>"
                           "<body><h1>Login is temporarily unavailable</h1><p>The session "
                           "store cannot be reached. Please try again in a moment.</p></body></html>");
        return HTTP_SERVICE_UNAVAILABLE;
    }
    if (!s) return unauthenticated(r, c, REAUTH_NONE);
    if (refuse_unlisted(r, c, s->user)) {
        end_if_delisted(r, c, s);
        return HTTP_FORBIDDEN;
    }
    if (pin_too_old(r, c, s->user, s->auth_time)) return unauthenticated(r, c, REAUTH_AGE);
    set_session_identity(r, c, s);
    return OK;
}
