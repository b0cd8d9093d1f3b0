/*
 * mod_mpin_authn_count: an authn provider "count" for the lockout tests
 * (t/password_race.t).  Every password check it is asked for appends the
 * user name and a newline to CountAuthnFile (O_APPEND: one write per call,
 * whole lines from every process and thread), then is held until the file
 * has more than n lines or s seconds have passed (CountAuthnHold n s), then
 * is handed to mod_authn_file (AuthUserFile) for the real answer.
 *
 * The hold makes a race deterministic instead of a matter of scheduling:
 * with a lockout of n that counts after the check, every parallel request
 * that passed the check waits in here until the (n+1)th arrives, so the
 * file ends up with more than n lines whatever the machine's load; with a
 * lockout that counts first, no (n+1)th ever comes and the n calls go on
 * after s seconds.  Built with apxs by t/run; never installed.
 */
#include <fcntl.h>
#include <unistd.h>
#include "httpd.h"
#include "http_config.h"
#include "http_log.h"
#include "ap_provider.h"
#include "mod_auth.h"
#include "http_request.h"
#include "apr_strings.h"

module AP_MODULE_DECLARE_DATA mpin_authn_count_module;

typedef struct {
    const char *file;
    int hold_calls;
    int hold_seconds;
} count_conf;

static void *create_conf(apr_pool_t *p, server_rec *s)
{
    (void)s;
    return apr_pcalloc(p, sizeof(count_conf));
}

static const char *set_file(cmd_parms *cmd, void *d, const char *arg)
{
    count_conf *c = ap_get_module_config(cmd->server->module_config, &mpin_authn_count_module);
    (void)d;
    c->file = ap_server_root_relative(cmd->pool, arg);
    return NULL;
}

static const char *set_hold(cmd_parms *cmd, void *d, const char *n, const char *s)
{
    count_conf *c = ap_get_module_config(cmd->server->module_config, &mpin_authn_count_module);
    (void)d;
    c->hold_calls = atoi(n);
    c->hold_seconds = atoi(s);
    return NULL;
}

static int lines_in(const char *path)
{
    char buf[4096];
    ssize_t n;
    int fd = open(path, O_RDONLY), lines = 0;

    if (fd < 0) return 0;
    while ((n = read(fd, buf, sizeof(buf))) > 0) {
        ssize_t i;
        for (i = 0; i < n; i++) lines += buf[i] == '\n';
    }
    close(fd);
    return lines;
}

static authn_status check_password(request_rec *r, const char *user, const char *password)
{
    count_conf *c = ap_get_module_config(r->server->module_config, &mpin_authn_count_module);
    const authn_provider *file = ap_lookup_provider(AUTHN_PROVIDER_GROUP, "file",
                                                    AUTHN_PROVIDER_VERSION);
    const char *line = apr_pstrcat(r->pool, user, "\n", NULL);
    apr_time_t until = apr_time_now() + apr_time_from_sec(c->hold_seconds);
    int fd;

    if (!c->file || !file) return AUTH_GENERAL_ERROR;
    fd = open(c->file, O_WRONLY | O_APPEND | O_CREAT, 0666);
    if (fd < 0 || write(fd, line, strlen(line)) != (ssize_t)strlen(line)) {
        if (fd >= 0) close(fd);
        return AUTH_GENERAL_ERROR;
    }
    close(fd);
    while (c->hold_calls && lines_in(c->file) <= c->hold_calls && apr_time_now() < until)
        apr_sleep(apr_time_from_msec(10));
    return file->check_password(r, user, password);
}

static const authn_provider provider = {check_password, NULL};

static const command_rec cmds[] = {
    AP_INIT_TAKE1("CountAuthnFile", set_file, NULL, RSRC_CONF, "where each call is written"),
    AP_INIT_TAKE2("CountAuthnHold", set_hold, NULL, RSRC_CONF,
                  "hold each call until more than n calls or s seconds"),
    {NULL}
};

static void register_hooks(apr_pool_t *p)
{
    ap_register_auth_provider(p, AUTHN_PROVIDER_GROUP, "count", AUTHN_PROVIDER_VERSION, &provider,
                              AP_AUTH_INTERNAL_PER_CONF);
}

AP_DECLARE_MODULE(mpin_authn_count) = {
    STANDARD20_MODULE_STUFF, NULL, NULL, create_conf, NULL, cmds, register_hooks,
    AP_MODULE_FLAG_NONE
};
