/*
 * mod_mpin_api_test: uses the public mod_mpin_rpa.h as another module would
 * (t/api.t).  Its handler "mpin-api-test" answers, as text:
 *   user=<mpin_rpa_user>  method=<mpin_rpa_login_method>
 *   pin_age=<seconds since mpin_rpa_pin_time, or ->
 * and with the query "end" calls mpin_rpa_end_session first ("end=0" is
 * APR_SUCCESS).  Built with apxs by `make t/modules/mod_mpin_api_test.so`
 * (t/run does it); never installed.
 */
#include "httpd.h"
#include "http_config.h"
#include "http_protocol.h"
#include "apr_strings.h"
#include "mod_mpin_rpa.h"

static APR_OPTIONAL_FN_TYPE(mpin_rpa_user) *user_fn;
static APR_OPTIONAL_FN_TYPE(mpin_rpa_login_method) *method_fn;
static APR_OPTIONAL_FN_TYPE(mpin_rpa_pin_time) *pin_time_fn;
static APR_OPTIONAL_FN_TYPE(mpin_rpa_end_session) *end_fn;

static void retrieve(void)
{
    user_fn = APR_RETRIEVE_OPTIONAL_FN(mpin_rpa_user);
    method_fn = APR_RETRIEVE_OPTIONAL_FN(mpin_rpa_login_method);
    pin_time_fn = APR_RETRIEVE_OPTIONAL_FN(mpin_rpa_pin_time);
    end_fn = APR_RETRIEVE_OPTIONAL_FN(mpin_rpa_end_session);
}

static const char *or_dash(const char *s)
{
    return s ? s : "-";
}

static int handler(request_rec *r)
{
    const char *ended = "-", *age = "-";
    apr_time_t pin_time;

    if (!r->handler || strcmp(r->handler, "mpin-api-test")) return DECLINED;
    ap_set_content_type(r, "text/plain");
    if (!user_fn || !method_fn || !pin_time_fn || !end_fn) {
        ap_rputs("mod_mpin_rpa's optional functions are missing\n", r);
        return OK;
    }
    if ((pin_time = pin_time_fn(r)))
        age = apr_ltoa(r->pool, (long)apr_time_sec(apr_time_now() - pin_time));
    ap_rprintf(r, "user=%s\nmethod=%s\npin_age=%s\n", or_dash(user_fn(r)), or_dash(method_fn(r)),
               age);
    if (r->args && !strcmp(r->args, "end")) {
        ended = apr_itoa(r->pool, end_fn(r));
        /* the session is gone for the rest of the request too */
        ap_rprintf(r, "end=%s\nafter=%s\n", ended, or_dash(user_fn(r)));
    }
    return OK;
}

static void register_hooks(apr_pool_t *p)
{
    (void)p;
    ap_hook_optional_fn_retrieve(retrieve, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_handler(handler, NULL, NULL, APR_HOOK_MIDDLE);
}

AP_DECLARE_MODULE(mpin_api_test) = {
    STANDARD20_MODULE_STUFF, NULL, NULL, NULL, NULL, NULL, register_hooks, AP_MODULE_FLAG_NONE
};
