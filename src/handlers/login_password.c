/*
 * POST /login (mpin-login with MpinLoginMethods password): the tutorial's
 * username/password form done right.  The password is checked through
 * Apache's authn providers, after the CSRF token and after the attempt has
 * been counted (access/lockout.c); bad input is refused before any provider
 * is called.  Success
 * gives the same session as a PIN login (method "password").
 */
#include "apr_strings.h"
#include "apr_lib.h"
#include "http_protocol.h"
#include "mod_auth.h"
#include "mpin_rpa.h"

#define FAILURE_MESSAGE "INVALID USERNAME OR PASSWORD"

typedef struct {
    const char *username;
    const char *password;
    const char *csrf_token;
    const char *return_to;  /* NULL when absent */
} login_form;

static int is_form(request_rec *r)
{
    const char *ct = apr_table_get(r->headers_in, "Content-Type");
    apr_size_t n = sizeof("application/x-www-form-urlencoded") - 1;

    return ct && !strncasecmp(ct, "application/x-www-form-urlencoded", n)
           && (ct[n] == '\0' || ct[n] == ';' || apr_isspace(ct[n]));
}

/* One required field, present exactly once; NULL with *why otherwise. */
static const char *one_field(apr_pool_t *p, const char *body, const char *name, int required,
                             const char **why)
{
    const char *v;
    int n = mpin_form_get(p, body, name, &v);

    if (n > 1) *why = apr_psprintf(p, "duplicate field %s", name);
    else if (n == 1 && !v) *why = apr_psprintf(p, "malformed field %s", name);
    else if (n == 0 && required) *why = apr_psprintf(p, "missing field %s", name);
    else return v;
    return NULL;
}

static const char *parse_form(request_rec *r, const char *body, login_form *f)
{
    const char *why = NULL;

    f->username = one_field(r->pool, body, "username", 1, &why);
    if (!why) f->password = one_field(r->pool, body, "password", 1, &why);
    if (!why) f->csrf_token = one_field(r->pool, body, "csrf_token", 1, &why);
    if (!why) f->return_to = one_field(r->pool, body, "return_to", 0, &why);
    if (why) return why;
    if (!*f->username || strlen(f->username) > MPIN_USERNAME_MAX
        || !mpin_is_printable_utf8(f->username, strlen(f->username)))
        return "username empty, too long, not UTF-8 or with control characters";
    if (strlen(f->password) > MPIN_PASSWORD_MAX
        || !mpin_is_printable_utf8(f->password, strlen(f->password)))
        return "password too long, not UTF-8 or with control characters";
    return NULL;
}

static int wants_html(request_rec *r)
{
    const char *accept = apr_table_get(r->headers_in, "Accept");
    return accept && ap_strcasestr(accept, "text/html") != NULL;
}

static int failed(request_rec *r, const mpin_dir_conf *c, const login_form *f,
                  const char *target, const char *why)
{
    MPIN_COUNT(logins[MPIN_METHOD_PASSWORD][MPIN_RESULT_FAILURE]);
    mpin_lockout_end(r, c, f->username, MPIN_ATTEMPT_FAILED);
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(02101)
                  "password login of user %s from %s failed: %s", f->username, r->useragent_ip,
                  why);
    /* the same answer for an unknown user and a wrong password */
    return mpin_login_page(r, c, wants_html(r) ? HTTP_OK : HTTP_UNAUTHORIZED, FAILURE_MESSAGE,
                           target, f->username);
}

int mpin_handler_password(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *why, *target = NULL;
    login_form f = {NULL, NULL, NULL, NULL};
    apr_size_t len;
    char *body;
    int rc, retry;

    if (!(MPIN_DIR_INT(c, login_methods) & MPIN_LOGIN_PASSWORD)) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "password login is not enabled");
    }
    if (mpin_rate_limited(r, c))
        return mpin_respond_error(r, HTTP_TOO_MANY_REQUESTS,
                                  "too many login attempts from your address; try again later");
    if ((why = mpin_cross_site_reason(r))) {
        MPIN_COUNT(refusals[MPIN_REFUSE_CROSS_SITE]);
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(03450)
                      "password login refused: cross-site request (%s) from %s", why,
                      r->useragent_ip);
        return mpin_respond_error(r, HTTP_FORBIDDEN,
                                  apr_pstrcat(r->pool, "cross-site request refused: ", why, NULL));
    }
    if (!is_form(r))
        return mpin_respond_error(r, HTTP_UNSUPPORTED_MEDIA_TYPE,
                                  "Content-Type must be application/x-www-form-urlencoded");
    if ((rc = mpin_read_body(r, MPIN_BODY_MAX_FORM, &body, &len)) != OK)
        return mpin_respond_error(r, rc, "bad request body");
    if (strlen(body) != len) return mpin_respond_error(r, HTTP_BAD_REQUEST, "NUL in the body");
    if ((why = parse_form(r, body, &f))) {
        MPIN_COUNT(refusals[MPIN_REFUSE_FORMAT]);
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02102)
                      "password login refused from %s: %s", r->useragent_ip, why);
        return mpin_respond_error(r, HTTP_BAD_REQUEST, why);
    }
    if ((why = mpin_csrf_refusal(r, c, f.csrf_token))) {
        MPIN_COUNT(refusals[MPIN_REFUSE_CSRF]);
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(02103)
                      "password login refused from %s: %s", r->useragent_ip, why);
        return mpin_respond_error(r, HTTP_FORBIDDEN,
                                  apr_pstrcat(r->pool, why, "; reload the login page", NULL));
    }
    if ((rc = mpin_lockout_begin(r, c, f.username, &retry)) < 0) {
        /* fail closed: an attempt that cannot be counted is not made (info:
         * the store logs its outage once at error level) */
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03351)
                      "password login of user %s refused: its attempt could not be counted "
                      "(session store)", f.username);
        return mpin_respond_error(r, HTTP_SERVICE_UNAVAILABLE, "session store unavailable");
    }
    if (rc == 0) {
        MPIN_COUNT(refusals[MPIN_REFUSE_LOCKOUT]);
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(02104)
                      "password login of user %s from %s refused: locked out for %d s",
                      f.username, r->useragent_ip, retry);
        apr_table_setn(r->headers_out, "Retry-After", apr_itoa(r->pool, retry));
        return mpin_respond_error(r, HTTP_TOO_MANY_REQUESTS, "too many failed logins; try later");
    }
    if (f.return_to) target = mpin_return_target(r, c, f.return_to);

    switch (mpin_password_check(r, c, f.username, f.password)) {
    case AUTH_GRANTED:
        break;
    case AUTH_DENIED:
        return failed(r, c, &f, target, "wrong password");
    case AUTH_USER_NOT_FOUND:
        return failed(r, c, &f, target, "unknown user");
    default:
        mpin_lockout_end(r, c, f.username, MPIN_ATTEMPT_UNANSWERED);
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(02105)
                      "password login of user %s: the authn provider failed (MpinPasswordProvider)",
                      f.username);
        return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "password check unavailable");
    }
    if (!mpin_user_allowed(c, f.username))
        return failed(r, c, &f, target, "not in the allowed-user list");
    mpin_lockout_end(r, c, f.username, MPIN_ATTEMPT_SUCCEEDED);
    if (!mpin_session_create(r, c, f.username, "password"))
        return mpin_respond_error(r, HTTP_SERVICE_UNAVAILABLE, "session store unavailable");
    MPIN_COUNT(logins[MPIN_METHOD_PASSWORD][MPIN_RESULT_SUCCESS]);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02106)
                  "login of user %s with a password from %s", f.username, r->useragent_ip);
    return mpin_respond_redirect(r, HTTP_SEE_OTHER, target ? target : mpin_conf_success_url(c));
}
