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
 * defaults, filled while the configuration is read; NULL-terminated, so
 * that a request whose cookie name is among them uses the list as it is. */
static apr_array_header_t *names;

static const char *const prefixes[] = {"", "__Host-", "__Secure-", NULL};

static int known(const char *name)
{
    int i;

    for (i = 0; i < names->nelts - 1; i++)
        if (!strcmp(APR_ARRAY_IDX(names, i, const char *), name)) return 1;
    return 0;
}

static void add_name(apr_pool_t *p, const char *name)
{
    const char *const *pre;

    for (pre = prefixes; *pre; pre++) {
        const char *full = apr_pstrcat(p, *pre, name, NULL);
        if (known(full)) continue;
        APR_ARRAY_IDX(names, names->nelts - 1, const char *) = full;
        APR_ARRAY_PUSH(names, const char *) = NULL;
    }
}

void mpin_strip_cookies_pre_config(apr_pool_t *pconf)
{
    names = apr_array_make(pconf, 8, sizeof(const char *));
    APR_ARRAY_PUSH(names, const char *) = NULL;
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
    const char *const *pre;
    apr_array_header_t *all;

    if (known(own)) return (const char *const *)names->elts;
    all = apr_array_copy(r->pool, names);
    all->nelts--;       /* the NULL */
    for (pre = prefixes; *pre; pre++)
        APR_ARRAY_PUSH(all, const char *) = apr_pstrcat(r->pool, *pre, own, NULL);
    APR_ARRAY_PUSH(all, const char *) = NULL;
    return (const char *const *)all->elts;
}

#define NOTE_FIELD "mpin_rpa-cookie"      /* each Cookie field as it came */
#define NOTE_STRIPPED "mpin_rpa-cookies-stripped"

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
    const apr_array_header_t *h;
    const apr_table_entry_t *e;
    const char *const *ours = NULL;
    const char **kept = NULL;
    int i, fields = 0, removed = 0;

    if (!names || !MPIN_DIR_INT(c, strip_cookies)) return DECLINED;
    if (r->handler && !strncmp(r->handler, "mpin-", 5)) return DECLINED;
    /* every Cookie field (HTTP/2 may bring several), read in place: this
     * runs for every request a backend answers */
    h = apr_table_elts(r->headers_in);
    e = (const apr_table_entry_t *)h->elts;
    for (i = 0; i < h->nelts; i++) {
        int n = 0;
        if (!e[i].key || strcasecmp(e[i].key, "Cookie")) continue;
        if (!ours) {
            ours = the_names(r, c);
            kept = apr_palloc(r->pool, (apr_size_t)h->nelts * sizeof(*kept));
        }
        kept[fields++] = mpin_cookie_strip(r->pool, e[i].val, ours, &n);
        removed += n;
    }
    if (!removed) return DECLINED;
    apr_table_setn(r->notes, NOTE_STRIPPED, "1");
    apr_table_do(keep_field, r->notes, r->headers_in, "Cookie", NULL);
    apr_table_unset(r->headers_in, "Cookie");
    for (i = 0; i < fields; i++)
        if (kept[i]) apr_table_addn(r->headers_in, "Cookie", kept[i]);
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03401)
                  "%d cookie(s) of the module removed before the handler (%s)", removed,
                  r->handler ? r->handler : "none");
    return DECLINED;
}
