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
#include "mod_mpin_rpa.h"

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

static int unauthenticated(request_rec *r, const mpin_dir_conf *c)
{
    int action = mpin_conf_int(c->unauth_action, MPIN_UNAUTH_AUTO);
    const char *login = mpin_conf_login_url(c);

    if (action == MPIN_UNAUTH_401 || (action == MPIN_UNAUTH_AUTO && !is_navigation(r))) {
        apr_table_setn(r->err_headers_out, "WWW-Authenticate",
                       apr_psprintf(r->pool, "MPin login_url=\"%s\"", login));
        return HTTP_UNAUTHORIZED;
    }
    apr_table_setn(r->err_headers_out, "Location",
                   apr_pstrcat(r->pool, login, strchr(login, '?') ? "&" : "?", "return_to=",
                               mpin_url_encode(r->pool, r->unparsed_uri), NULL));
    apr_table_setn(r->err_headers_out, "Cache-Control", "no-store");
    return HTTP_MOVED_TEMPORARILY;
}

static void set_identity(request_rec *r, const mpin_dir_conf *c, const char *user,
                         const char *method)
{
    r->user = apr_pstrdup(r->pool, user);
    r->ap_auth_type = "MPin";
    apr_table_setn(r->subprocess_env, "MPIN_LOGIN_METHOD", method);
    if (c->user_header && *c->user_header)
        apr_table_setn(r->headers_in, c->user_header, r->user);
}

int mpin_check_authn(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *type = ap_auth_type(r);
    mpin_session *s;
    int store_error;

    if (!type || strcasecmp(type, "MPin")) return DECLINED;

    /* sub-requests and internal redirects keep the main request's decision */
    if (r->main && r->main->user) {
        set_identity(r, c, r->main->user, apr_table_get(r->main->subprocess_env, "MPIN_LOGIN_METHOD"));
        return OK;
    }
    if (r->prev && r->prev->user) {
        set_identity(r, c, r->prev->user, apr_table_get(r->prev->subprocess_env, "MPIN_LOGIN_METHOD"));
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
    if (!s) return unauthenticated(r, c);
    if (!mpin_user_allowed(c, s->user)) {
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01503)
                      "user %s is not in the allowed-user list", s->user);
        return HTTP_FORBIDDEN;
    }
    set_identity(r, c, s->user, s->method);
    return OK;
}
