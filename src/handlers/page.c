/*
 * mpin-page: the tutorial's index.html and protected.html, rendered for the
 * current user.  Where the page is protected (AuthType MPin), the auth hook
 * has set r->user; elsewhere a valid session still names the user.
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

int mpin_handler_page(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    apr_table_t *vars = apr_table_make(r->pool, 4);
    const char *user = r->user;
    int store_error;

    if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET only");
    }
    if (!user) {
        mpin_session *s = mpin_session_load(r, c, &store_error);
        if (s) user = s->user;
    }
    if (user) apr_table_setn(vars, "username", user);
    apr_table_setn(vars, "login_url", mpin_conf_login_url(c));
    apr_table_setn(vars, "logout_url", "/logout");
    return mpin_render_page(r, c, c->page_template ? c->page_template : "index.html", HTTP_OK,
                            vars);
}
