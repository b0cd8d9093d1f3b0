/*
 * Whole-configuration checks, run after the configuration is read and before
 * anything starts (the check_config hook runs for `apachectl -t` too), for
 * the mistakes no single directive can see:
 *  - an endpoint that talks to the RPS mounted without any MpinRpsURL;
 *  - a handler mounted twice at the same path of the same virtual host (the
 *    endpoints file included twice, say; one handler at several paths, each
 *    with its own settings, is fine).
 * Each mistake is one line naming the directive, the file and the line.
 * The walk also notes whether the configuration uses the module at all (an
 * Mpin directive, an mpin-* handler or AuthType MPin): the start-up warnings
 * about sessions are for such configurations only.
 */
#include "mpin_rpa.h"
#include "apr_strings.h"
#include "util_cfgtree.h"

/* The handlers that call the RPS. */
static const char *const needs_rps[] = {
    "mpin-authenticate", "mpin-rps-proxy", "mpin-activate", NULL
};

static int config_uses_module;

int mpin_config_uses_module(void)
{
    return config_uses_module;
}

typedef struct {
    apr_pool_t *p;
    int has_rps_url;
    const ap_directive_t *first_needing_rps;
    int errors;
} check_ctx;

static const char *first_word(apr_pool_t *p, const char *args)
{
    const char *w = ap_getword_conf(p, &args);
    return w ? w : "";
}

static int in_list(const char *s, const char *const *list)
{
    for (; *list; list++)
        if (!strcasecmp(s, *list)) return 1;
    return 0;
}

/* "<Location /login>" for a directive inside that section, or "the server". */
static const char *section_of(apr_pool_t *p, const ap_directive_t *d)
{
    /* a section's args keep their closing '>' */
    return d->parent ? apr_pstrcat(p, d->parent->directive, " ", d->parent->args, NULL)
                     : "the server";
}

/* Walks one level of the tree; mounts holds the handlers seen in the current
 * virtual host (name -> directive). */
static void walk(check_ctx *ctx, const ap_directive_t *d, apr_hash_t *mounts)
{
    for (; d; d = d->next) {
        if (!strcasecmp(d->directive, "<VirtualHost")) {
            walk(ctx, d->first_child, apr_hash_make(ctx->p));
            continue;
        }
        if (!strcasecmp(d->directive, "MpinRpsURL")) ctx->has_rps_url = 1;
        if (!strncasecmp(d->directive, "Mpin", 4)
            || (!strcasecmp(d->directive, "AuthType") && !strcasecmp(first_word(ctx->p, d->args), "MPin"))
            || (!strcasecmp(d->directive, "SetHandler")
                && !strncasecmp(first_word(ctx->p, d->args), "mpin-", 5)))
            config_uses_module = 1;
        if (!strcasecmp(d->directive, "SetHandler")) {
            const char *h = first_word(ctx->p, d->args);
            const ap_directive_t *seen;
            const char *key;
            if (strncasecmp(h, "mpin-", 5)) continue;
            if (in_list(h, needs_rps) && !ctx->first_needing_rps) ctx->first_needing_rps = d;
            /* mpin-page renders several pages (/, /protected): it may repeat */
            key = apr_pstrcat(ctx->p, h, " ", section_of(ctx->p, d), NULL);
            seen = apr_hash_get(mounts, key, APR_HASH_KEY_STRING);
            if (seen) {
                ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, 0, NULL, MPINLOGNO(00101)
                             "SetHandler %s on line %d of %s mounts the handler at %s a second "
                             "time in the same virtual host (first on line %d of %s)", h,
                             d->line_num, d->filename, section_of(ctx->p, d), seen->line_num,
                             seen->filename);
                ctx->errors++;
            }
            else {
                apr_hash_set(mounts, key, APR_HASH_KEY_STRING, d);
            }
        }
        if (d->first_child) walk(ctx, d->first_child, mounts);
    }
}

int mpin_check_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp, server_rec *s)
{
    check_ctx ctx = {ptemp, 0, NULL, 0};

    (void)pconf;
    (void)plog;
    (void)s;
    config_uses_module = 0;
    walk(&ctx, ap_conftree, apr_hash_make(ptemp));
    if (ctx.first_needing_rps && !ctx.has_rps_url) {
        ap_log_error(APLOG_MARK, APLOG_STARTUP | APLOG_EMERG, 0, NULL, MPINLOGNO(00102)
                     "MpinRpsURL is not set, but SetHandler %s on line %d of %s needs the RPS",
                     first_word(ptemp, ctx.first_needing_rps->args),
                     ctx.first_needing_rps->line_num, ctx.first_needing_rps->filename);
        ctx.errors++;
    }
    return ctx.errors ? HTTP_INTERNAL_SERVER_ERROR : OK;
}
