/*
 * The page templates: loaded and compiled once (at start-up, so that a
 * missing file or an unknown placeholder stops `apachectl -t`), rendered per
 * request with every value escaped.
 */
#include "apr_strings.h"
#include "apr_file_io.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

/* The pages and the placeholders they may use. */
static const char *const page_names[] = {
    "index.html", "loginform.html", "protected.html", "error.html", "activate.html",
    "activation.txt", NULL
};

static const char *const known_vars[] = {
    "username", "method", "login_url", "logout_url", "pinpad_script", "client_settings_url",
    "mobile_app_url", "success_url", "message", "status", "title", "pinpad", "password",
    "password_first", "password_last", "pinpad_first", "pinpad_last", "password_title", "csrf_token", "return_to", "confirm", "verified", "expired", "retry",
    "invalid", "mpin_id", "expire_time", "activate_key", "mac", "link", "reauth", NULL
};

struct mpin_templates {
    const char *dir;
    mpin_tpl *page[sizeof(page_names) / sizeof(page_names[0])];
};

static const mpin_templates *default_templates;

static int page_index(const char *name)
{
    int i;

    for (i = 0; page_names[i]; i++)
        if (!strcmp(page_names[i], name)) return i;
    return -1;
}

/* Compiles one page into t; what names it in an error is `from`. */
static const char *compile_page(apr_pool_t *p, mpin_templates *t, int i, const char *text,
                                apr_size_t n, const char *from)
{
    const char *why = NULL;

    t->page[i] = mpin_tpl_compile(p, text, n, known_vars, &why);
    return t->page[i] ? NULL : apr_psprintf(p, "template %s: %s", from, why);
}

static const char *read_page(apr_pool_t *p, const char *path, char **text, apr_size_t *n)
{
    apr_file_t *f;
    apr_finfo_t fi;

    if (apr_file_open(&f, path, APR_READ | APR_BINARY, 0, p) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS)
        return apr_psprintf(p, "cannot read template %s", path);
    if (fi.size > 1024 * 1024) {
        apr_file_close(f);
        return apr_psprintf(p, "template %s is larger than 1 MB", path);
    }
    *n = (apr_size_t)fi.size;
    *text = apr_palloc(p, *n + 1);
    if (*n && apr_file_read_full(f, *text, *n, n) != APR_SUCCESS) {
        apr_file_close(f);
        return apr_psprintf(p, "cannot read template %s", path);
    }
    apr_file_close(f);
    (*text)[*n] = '\0';
    return NULL;
}

const char *mpin_templates_load(apr_pool_t *p, const char *dir, const mpin_templates **out)
{
    mpin_templates *t = apr_pcalloc(p, sizeof(*t));
    int i;

    t->dir = dir;
    for (i = 0; page_names[i]; i++) {
        const char *path = apr_pstrcat(p, dir, "/", page_names[i], NULL), *err;
        char *text = NULL;
        apr_size_t n = 0;

        if ((err = read_page(p, path, &text, &n)) || (err = compile_page(p, t, i, text, n, path)))
            return err;
    }
    *out = t;
    return NULL;
}

/* The default pages, built into the module from templates/ (the generated
 * table of scripts/embed-templates), so that the .so alone serves them;
 * compiled once by the module's post_config. */
const char *mpin_templates_load_builtin(apr_pool_t *p)
{
    mpin_templates *t = apr_pcalloc(p, sizeof(*t));
    const mpin_builtin_template *b;
    int i;

    t->dir = "(built in)";
    for (i = 0; page_names[i]; i++) {
        const char *err;

        for (b = mpin_builtin_templates; b->name && strcmp(b->name, page_names[i]); b++)
            ;
        if (!b->name) return apr_psprintf(p, "no built-in template %s", page_names[i]);
        if ((err = compile_page(p, t, i, b->text, b->len,
                                apr_pstrcat(p, page_names[i], " (built in)", NULL))))
            return err;
    }
    default_templates = t;
    return NULL;
}

const char *mpin_render_text(request_rec *r, const mpin_dir_conf *c, const char *name,
                             apr_table_t *vars)
{
    const mpin_templates *t = c->templates ? c->templates : default_templates;
    int i = page_index(name);

    return t && i >= 0 ? mpin_tpl_render(r->pool, t->page[i], vars, NULL) : NULL;
}

int mpin_render_page(request_rec *r, const mpin_dir_conf *c, const char *name, int status,
                     apr_table_t *vars)
{
    const mpin_templates *t = c->templates ? c->templates : default_templates;
    int i = page_index(name);
    apr_size_t len;
    char *html;

    if (!t || i < 0) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(01401)
                      "no template %s", name);
        return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "page template missing");
    }
    html = mpin_tpl_render(r->pool, t->page[i], vars, &len);
    r->status = status;
    mpin_set_nocache(r);
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    apr_table_setn(r->headers_out, "X-Frame-Options", "DENY");
    ap_set_content_type(r, "text/html; charset=UTF-8");
    ap_set_content_length(r, (apr_off_t)len);
    if (!r->header_only) ap_rwrite(html, (int)len, r);
    return OK;
}
