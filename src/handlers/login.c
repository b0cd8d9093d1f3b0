/*
 * mpin-login (the tutorial's /login): GET renders the login page with the PIN
 * pad and/or the password form (MpinLoginMethods); POST checks a password
 * (handlers/login_password.c).  Every value placed in the page comes from a
 * directive or is the validated return target, and is escaped for where it
 * goes (security items 1 and 10).
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

/* the shipped PIN pad, served by mpin-pinpad where mpin_rpa_endpoints.conf
 * mounts it */
#define DEFAULT_PINPAD_SCRIPT "/mpin-pinpad/mpin.js"

/* The login page reached with reauth= (access/authn.c): a logged-in user
 * must enter the PIN (MpinMaxAuthAge, or Require mpin-method refused a
 * password session).  The page then shows the PIN pad alone, whatever
 * MpinLoginMethods says: a password would not let the user in. */
static const char *reauth_notice(request_rec *r)
{
    const char *v;

    if (mpin_form_get(r->pool, r->args, "reauth", &v) != 1 || !v) return NULL;
    if (!strcmp(v, "age")) return "Please enter your PIN again to continue.";
    if (!strcmp(v, "method")) return "This page needs a login with your PIN.";
    return NULL;
}

int mpin_login_page(request_rec *r, const mpin_dir_conf *c, int status, const char *message,
                    const char *target, const char *username)
{
    apr_table_t *vars = apr_table_make(r->pool, 12);
    int methods = MPIN_DIR_INT(c, login_methods);
    const char *reauth = r->method_number == M_GET ? reauth_notice(r) : NULL;

    if (reauth) {
        methods = MPIN_LOGIN_PINPAD;
        apr_table_setn(vars, "reauth", reauth);
    }

    if (methods & MPIN_LOGIN_PINPAD) {
        apr_table_setn(vars, "pinpad", "1");
        apr_table_setn(vars, "pinpad_script",
                       c->pinpad_script ? c->pinpad_script : DEFAULT_PINPAD_SCRIPT);
        /* the PIN pad uses only the origin of this URL and asks /rps/clientSettings
         * there: the mpin-rps-proxy of this site */
        apr_table_setn(vars, "client_settings_url", "/rps/clientSettings");
        apr_table_setn(vars, "mobile_app_url", c->mobile_app_url ? c->mobile_app_url : "/m");
    }
    if (methods & MPIN_LOGIN_PASSWORD) {
        const char *token = mpin_csrf_token(r, c);
        if (!token) return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "no random bytes");
        apr_table_setn(vars, "password", "1");
        apr_table_setn(vars, "csrf_token", token);
        /* two names, so that a template puts the form before or after the
         * PIN pad in the document itself: the order a screen reader and the
         * Tab key follow is then the order on the screen */
        apr_table_setn(vars, "password_first", (methods & MPIN_LOGIN_PASSWORD_FIRST) ? "1" : "");
        apr_table_setn(vars, "password_last", (methods & MPIN_LOGIN_PASSWORD_FIRST) ? "" : "1");
        if (target) apr_table_setn(vars, "return_to", target);
        if (username) apr_table_setn(vars, "username", username);
    }
    /* the shipped page writes the form once and the (short) PIN pad section
     * before or after it */
    if (methods & MPIN_LOGIN_PINPAD) {
        int after = (methods & MPIN_LOGIN_PASSWORD) && (methods & MPIN_LOGIN_PASSWORD_FIRST);
        apr_table_setn(vars, after ? "pinpad_last" : "pinpad_first", "1");
    }
    if (methods & MPIN_LOGIN_PASSWORD)
        apr_table_setn(vars, "password_title",
                       (methods & MPIN_LOGIN_PINPAD) && !(methods & MPIN_LOGIN_PASSWORD_FIRST)
                           ? "Or with your password" : "With your password");
    if (message) apr_table_setn(vars, "message", message);
    apr_table_setn(vars, "success_url", target ? target : mpin_conf_success_url(c));
    return mpin_render_page(r, c, "loginform.html", status, vars);
}

int mpin_handler_login(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *target = NULL, *raw;

    if (r->method_number == M_POST) return mpin_handler_password(r);
    if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD, POST");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET or POST only");
    }
    if (mpin_form_get(r->pool, r->args, "return_to", &raw) == 1)
        target = mpin_return_target(r, c, raw);
    return mpin_login_page(r, c, HTTP_OK, NULL, target, NULL);
}
