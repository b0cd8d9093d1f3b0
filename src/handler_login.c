/*
 * mpin-login (the tutorial's /login): the page with the PIN pad.  Every
 * value placed in the page comes from a directive or is the validated return
 * target, and is JS-escaped inside the script (security items 1 and 10).
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mod_mpin_rpa.h"

#define DEFAULT_PINPAD_SCRIPT "https://mpin.miracl.com/v4/mpin.js"

int mpin_handler_login(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    apr_table_t *vars = apr_table_make(r->pool, 8);
    const char *target = NULL, *raw;

    if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET only");
    }
    if (mpin_form_get(r->pool, r->args, "return_to", &raw) == 1)
        target = mpin_return_target(r, c, raw);
    apr_table_setn(vars, "pinpad_script",
                   c->pinpad_script ? c->pinpad_script : DEFAULT_PINPAD_SCRIPT);
    /* the PIN pad uses only the origin of this URL, and asks /rps/clientSettings
     * there: the mpin-rps-proxy of this site */
    apr_table_setn(vars, "client_settings_url", "/rps/clientSettings");
    apr_table_setn(vars, "mobile_app_url", c->mobile_app_url ? c->mobile_app_url : "/m");
    apr_table_setn(vars, "success_url", target ? target : mpin_conf_success_url(c));
    return mpin_render_page(r, c, "loginform.html", HTTP_OK, vars);
}
