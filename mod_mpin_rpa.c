/*
 * mod_mpin_rpa: Milagro MFA (M-Pin) two-factor PIN login for Apache httpd.
 *
 * The module record, the hook registration and the handler dispatch.  The
 * work is done in the rooms of src/: config/ (directives), session/
 * (sessions and their store), access/ (AuthType MPin), rps/ (the RPS
 * client), handlers/ (one file per endpoint) and pure/ (no httpd).
 */
#define MPIN_MODULE_MAIN
#include "apr_strings.h"
#include "http_core.h"
#include "http_request.h"
#include "http_protocol.h"
#include "ap_provider.h"
#include "mpin_rpa.h"

/* issues: the handler logs users in or activates identities, so it must
 * not run from configuration an .htaccess author wrote (config/delegated.c). */
static const struct {
    const char *name;
    int (*run)(request_rec *r);
    int issues;
} handlers[] = {
    {"mpin-login", mpin_handler_login, 1},
    {"mpin-verify", mpin_handler_verify, 0},
    {"mpin-authenticate", mpin_handler_authenticate, 1},
    {"mpin-rps-proxy", mpin_handler_rps_proxy, 0},
    {"mpin-mobile", mpin_handler_mobile, 0},
    {"mpin-pinpad", mpin_handler_pinpad, 0},
    {"mpin-logout", mpin_handler_logout, 0},
    {"mpin-sessions", mpin_handler_sessions, 0},
    {"mpin-page", mpin_handler_page, 0},
    {"mpin-status", mpin_handler_status, 0},
    {"mpin-permit", mpin_handler_permit, 0},
    {"mpin-activate", mpin_handler_activate, 1},
    {NULL, NULL, 0}
};

static int refuse_delegated(request_rec *r, const char *dir)
{
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(03301)
                  "%s refused: an .htaccess file in %s is part of this request's configuration, "
                  "and handlers that log users in run only from the server's own files",
                  r->handler, dir);
    return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR,
                              "this login endpoint is configured from .htaccess");
}

static int mpin_handler(request_rec *r)
{
    const char *dir;
    int i;

    if (!r->handler || strncmp(r->handler, "mpin-", 5)) return DECLINED;
    for (i = 0; handlers[i].name; i++) {
        if (strcmp(r->handler, handlers[i].name)) continue;
        if (handlers[i].issues && (dir = mpin_htaccess_in_effect(r)))
            return refuse_delegated(r, dir);
        return handlers[i].run(r);
    }
    return DECLINED;
}

static int mpin_pre_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp)
{
    (void)plog;
    (void)ptemp;
    mpin_auth_pre_config();
    mpin_strip_cookies_pre_config(pconf);
    mpin_session_note_pre_config();
    return mpin_store_pre_config(pconf) == APR_SUCCESS ? OK : HTTP_INTERNAL_SERVER_ERROR;
}

static int mpin_post_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp,
                            server_rec *s)
{
    const char *err;

    (void)plog;
    /* the first pass only checks the configuration */
    if (ap_state_query(AP_SQ_MAIN_STATE) == AP_SQ_MS_CREATE_PRE_CONFIG) return OK;
    if (mpin_rps_global_init(pconf) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(00001) "curl_global_init failed");
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    if (mpin_store_post_config(pconf, ptemp, s) != APR_SUCCESS
        || mpin_metrics_post_config(pconf, s) != APR_SUCCESS
        || mpin_ratelimit_post_config(pconf, s) != APR_SUCCESS
        || mpin_session_post_config(pconf, s) != APR_SUCCESS
        || mpin_password_post_config(pconf, s) != APR_SUCCESS)
        return HTTP_INTERNAL_SERVER_ERROR;
    mpin_rps_set_limit(s);
    mpin_session_note_post_config(pconf, s);
    if ((err = mpin_templates_load_builtin(pconf))) {
        /* a build that broke a shipped template: tests catch it, never a site */
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(03710) "%s", err);
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    return OK;
}

static void mpin_child_init(apr_pool_t *p, server_rec *s)
{
    mpin_store_child_init(p, s);
    mpin_rps_child_init(p, s);
    mpin_login_result_child_init(p);
    mpin_session_events_child_init(p, s);
}

static const char *const handler_succ[] = {"mod_proxy.c", NULL};

static void mpin_register_hooks(apr_pool_t *p)
{
    ap_hook_pre_config(mpin_pre_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_check_config(mpin_check_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_post_config(mpin_post_config, NULL, NULL, APR_HOOK_MIDDLE);
    ap_hook_child_init(mpin_child_init, NULL, NULL, APR_HOOK_MIDDLE);
    /* identity headers go before any other module sees the request */
    ap_hook_post_read_request(mpin_scrub_headers, NULL, NULL, APR_HOOK_REALLY_FIRST);
    mpin_authz_register(p);
    mpin_authn_register();
    mpin_api_register();
    mpin_error_json_register();
    ap_hook_check_authn(mpin_check_authn, NULL, NULL, APR_HOOK_MIDDLE,
                        AP_AUTH_INTERNAL_PER_CONF);
    /* after every other fixup (mod_rewrite's per-directory rules may still
     * change the handler there), before any handler builds what it hands on */
    ap_hook_fixups(mpin_strip_cookies, NULL, NULL, APR_HOOK_REALLY_LAST);
    ap_hook_header_parser(mpin_strip_cookies_restore, NULL, NULL, APR_HOOK_REALLY_FIRST);
    /* before mod_proxy's handler, so a mounted endpoint is never proxied
     * (mod_proxy takes every request it mapped whatever the handler name,
     * and it also hooks in first: naming it is what orders the two) */
    ap_hook_handler(mpin_handler, NULL, handler_succ, APR_HOOK_FIRST);
}

AP_DECLARE_MODULE(mpin_rpa) = {
    STANDARD20_MODULE_STUFF,
    mpin_create_dir_conf,
    mpin_merge_dir_conf,
    mpin_create_srv_conf,
    mpin_merge_srv_conf,
    mpin_cmds,
    mpin_register_hooks,
    AP_MODULE_FLAG_NONE
};
