/*
 * "Require mpin-method pinpad|mobile|password ...": an authz provider, so
 * that a location can demand a PIN login (on this computer's PIN pad, or
 * through the phone with an access number) and refuse password sessions.
 */
#include "apr_strings.h"
#include "ap_provider.h"
#include "http_request.h"
#include "mod_auth.h"
#include "mpin_rpa.h"

/* 1 when a PIN login (PIN pad or phone) would add a method the line
 * accepts: a step-up can then satisfy it. */
static int pin_would_do(request_rec *r, const char *require_line)
{
    const char *list = require_line, *w;

    while (*(w = ap_getword_conf(r->pool, &list)))
        if (mpin_method_is_pin(w)) return 1;
    return 0;
}

static authz_status method_check(request_rec *r, const char *require_line,
                                 const void *parsed)
{
    /* every method of the session: one that logged in with a password and
     * then with the PIN pad (a step-up) has both */
    const char *methods = apr_table_get(r->subprocess_env, "MPIN_LOGIN_METHODS");
    const char *list = require_line, *w;

    (void)parsed;
    if (!r->user) return AUTHZ_DENIED_NO_USER;
    while (methods && *(w = ap_getword_conf(r->pool, &list))) {
        if (mpin_methods_have(methods, w)) return AUTHZ_GRANTED;
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02301)
                  "user %s logged in with %s, but %s requires mpin-method %s", r->user,
                  methods ? methods : "another module", r->uri, require_line);
    if (methods && pin_would_do(r, require_line))
        apr_table_setn(r->notes, MPIN_NOTE_STEP_UP, "1");
    return AUTHZ_DENIED;
}

static const char *method_parse(cmd_parms *cmd, const char *require_line, const void **parsed)
{
    const char *list = require_line, *w;
    int n = 0;

    (void)parsed;
    while (*(w = ap_getword_conf(cmd->temp_pool, &list))) {
        if (strcmp(w, "pinpad") && strcmp(w, "mobile") && strcmp(w, "password"))
            return apr_psprintf(cmd->pool,
                                "Require mpin-method: '%s' is not pinpad, mobile or password", w);
        n++;
    }
    return n ? NULL : "Require mpin-method needs pinpad, mobile and/or password";
}

static const authz_provider method_provider = {method_check, method_parse};

void mpin_authz_register(apr_pool_t *p)
{
    ap_register_auth_provider(p, AUTHZ_PROVIDER_GROUP, "mpin-method", AUTHZ_PROVIDER_VERSION,
                              &method_provider, AP_AUTH_INTERNAL_PER_CONF);
}
