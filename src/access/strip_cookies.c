/*
 * The module's own cookies do not reach backends (security row 20).
 *
 * A session cookie in a ProxyPass backend's log, or in a CGI's HTTP_COOKIE,
 * is a session anyone who reads it can take over.  So the fixups of every
 * request that a handler other than the module's own will answer (a proxy,
 * a CGI, a static file, any module) remove the module's cookies from the
 * Cookie header fields: the session cookie under every name the
 * configuration gives it, the pre-login (CSRF) cookie, and their __Host- and
 * __Secure- forms.  Fixups come after the session has been checked (the
 * check_authn hook) and before any handler builds what it hands on; the
 * module's own handlers (SetHandler mpin-...) keep them, as they need them.
 * MpinStripCookies Off keeps them for a part of the site whose backend must
 * see them.
 *
 * An internal redirect shares the Cookie fields with the request it comes
 * from (an ErrorDocument, a DirectoryIndex), and a sub-request copies them
 * from its main request (mod_include): both may lead to a page that checks
 * the session again, after the fixups of the first request ran.  So the
 * fields as they came are kept in the stripped request's notes (which no
 * handler hands on) and put back when such a request starts (header_parser
 * for internal redirects; check_authn for sub-requests, which run no
 * header_parser); its own fixups strip them again.
 */
#include "apr_strings.h"
#include "mpin_rpa.h"
#include "http_request.h"
#include "http_core.h"

/* Every MpinCookieName of the server's configuration files, with the
 * defaults, filled while the configuration is read. */
static apr_array_header_t *names;

static const char *const prefixes[] = {"", "__Host-", "__Secure-", NULL};

static void add_name(apr_pool_t *p, const char *name)
{
    const char *const *pre;
    int i;

    for (pre = prefixes; *pre; pre++) {
        const char *full = apr_pstrcat(p, *pre, name, NULL);
        for (i = 0; i < names->nelts; i++)
            if (!strcmp(APR_ARRAY_IDX(names, i, const char *), full)) break;
        if (i == names->nelts) APR_ARRAY_PUSH(names, const char *) = full;
    }
}

void mpin_strip_cookies_pre_config(apr_pool_t *pconf)
{
    names = apr_array_make(pconf, 8, sizeof(const char *));
    add_name(pconf, MPIN_SESSION_COOKIE_DEFAULT);
    add_name(pconf, MPIN_PRELOGIN_COOKIE);
}

void mpin_strip_cookies_register(apr_pool_t *p, const char *name)
{
    /* an .htaccess file is read while serving: its names are added per
     * request (the_names) rather than to a list the threads share */
    if (!names || ap_state_query(AP_SQ_MAIN_STATE) == AP_SQ_MS_RUN_MPM) return;
    add_name(p, name);
}

/* The list for this request: the server's, and the cookie name of the
 * request's own configuration when it is not in it. */
static const char *const *the_names(request_rec *r, const mpin_dir_conf *c)
{
    const char *own = mpin_conf_cookie_name(c);
    apr_array_header_t *all;
    int i;

    for (i = 0; i < names->nelts; i++)
        if (!strcmp(APR_ARRAY_IDX(names, i, const char *), own)) break;
    if (i < names->nelts) {
        all = apr_array_copy(r->pool, names);
    }
    else {
        const char *const *pre;
        all = apr_array_copy(r->pool, names);
        for (pre = prefixes; *pre; pre++)
            APR_ARRAY_PUSH(all, const char *) = apr_pstrcat(r->pool, *pre, own, NULL);
    }
    APR_ARRAY_PUSH(all, const char *) = NULL;
    return (const char *const *)all->elts;
}

#define NOTE_FIELD "mpin_rpa-cookie"      /* each Cookie field as it came */
#define NOTE_STRIPPED "mpin_rpa-cookies-stripped"

typedef struct {
    apr_array_header_t *fields;
} fields_ctx;

static int collect(void *data, const char *key, const char *val)
{
    fields_ctx *ctx = data;

    (void)key;
    APR_ARRAY_PUSH(ctx->fields, const char *) = val;
    return 1;
}

static int keep_field(void *data, const char *key, const char *val)
{
    (void)key;
    apr_table_addn((apr_table_t *)data, NOTE_FIELD, val);
    return 1;
}

static int put_back(void *data, const char *key, const char *val)
{
    (void)key;
    apr_table_addn((apr_table_t *)data, "Cookie", val);
    return 1;
}

/* header_parser of internal redirects and sub-requests: the Cookie fields
 * as the client sent them, when a request before stripped them. */
int mpin_strip_cookies_restore(request_rec *r)
{
    const request_rec *q;

    if (!r->prev && !r->main) return DECLINED;
    for (q = r->prev ? r->prev : r->main; q; q = q->prev ? q->prev : q->main) {
        if (!apr_table_get(q->notes, NOTE_STRIPPED)) continue;
        apr_table_unset(r->headers_in, "Cookie");
        apr_table_do(put_back, r->headers_in, q->notes, NOTE_FIELD, NULL);
        break;
    }
    return DECLINED;
}

int mpin_strip_cookies(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *const *ours;
    fields_ctx ctx;
    int i, removed = 0;

    if (!names || !MPIN_DIR_INT(c, strip_cookies)) return DECLINED;
    if (r->handler && !strncmp(r->handler, "mpin-", 5)) return DECLINED;
    ctx.fields = apr_array_make(r->pool, 1, sizeof(const char *));
    /* every Cookie field: HTTP/2 may bring several */
    apr_table_do(collect, &ctx, r->headers_in, "Cookie", NULL);
    if (!ctx.fields->nelts) return DECLINED;
    ours = the_names(r, c);
    for (i = 0; i < ctx.fields->nelts; i++) {
        int n = 0;
        const char *field = APR_ARRAY_IDX(ctx.fields, i, const char *);
        APR_ARRAY_IDX(ctx.fields, i, const char *) = mpin_cookie_strip(r->pool, field, ours, &n);
        removed += n;
    }
    if (!removed) return DECLINED;
    apr_table_setn(r->notes, NOTE_STRIPPED, "1");
    apr_table_do(keep_field, r->notes, r->headers_in, "Cookie", NULL);
    apr_table_unset(r->headers_in, "Cookie");
    for (i = 0; i < ctx.fields->nelts; i++) {
        const char *kept = APR_ARRAY_IDX(ctx.fields, i, const char *);
        if (kept) apr_table_addn(r->headers_in, "Cookie", kept);
    }
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03401)
                  "%d cookie(s) of the module removed before the handler (%s)", removed,
                  r->handler ? r->handler : "none");
    return DECLINED;
}
