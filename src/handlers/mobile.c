/*
 * mpin-mobile (the tutorial's /m and /m/<path>): the mobile web app's files
 * from MpinMobileDir; and the folder serving that mpin-pinpad shares.  The app loads its assets by relative paths, so /m is
 * redirected to /m/index.html.  Traversal is refused twice: by the path
 * rules of mpin_path_under_root, and by checking that the real path (after
 * symlinks) stays inside the folder.
 */
#include <stdlib.h>
#include <limits.h>
#include "apr_strings.h"
#include "http_protocol.h"
#include "http_request.h"
#include "http_core.h"
#include "mpin_rpa.h"

static const struct {
    const char *ext, *type;
} types[] = {
    {"html", "text/html; charset=UTF-8"}, {"htm", "text/html; charset=UTF-8"},
    {"css", "text/css"}, {"js", "text/javascript"}, {"json", "application/json"},
    {"appcache", "text/cache-manifest"}, {"png", "image/png"}, {"svg", "image/svg+xml"},
    {"jpg", "image/jpeg"}, {"jpeg", "image/jpeg"}, {"gif", "image/gif"},
    {"ico", "image/x-icon"}, {"woff", "font/woff"}, {"woff2", "font/woff2"},
    {"ttf", "font/ttf"}, {"txt", "text/plain; charset=UTF-8"}, {"map", "application/json"},
    {NULL, NULL}
};

static const char *type_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    int i;

    if (dot && !strchr(dot, '/'))
        for (i = 0; types[i].ext; i++)
            if (!strcasecmp(dot + 1, types[i].ext)) return types[i].type;
    return "application/octet-stream";
}

/* 1 when file's real path is inside root's real path. */
static int inside(const char *root, const char *file)
{
    char rroot[PATH_MAX], rfile[PATH_MAX];
    apr_size_t n;

    if (!realpath(root, rroot) || !realpath(file, rfile)) return 0;
    n = strlen(rroot);
    return !strncmp(rfile, rroot, n) && rfile[n] == '/';
}

static int send_file(request_rec *r, const char *path)
{
    apr_file_t *f;
    apr_finfo_t fi;
    apr_size_t sent;
    int rc;

    if (apr_file_open(&f, path, APR_READ | APR_BINARY, 0, r->pool) != APR_SUCCESS
        || apr_file_info_get(&fi, APR_FINFO_SIZE | APR_FINFO_MTIME | APR_FINFO_TYPE, f)
               != APR_SUCCESS
        || fi.filetype != APR_REG)
        return mpin_respond_error(r, HTTP_NOT_FOUND, "not found");
    r->finfo = fi;
    ap_update_mtime(r, fi.mtime);
    ap_set_last_modified(r);
    ap_set_etag(r);
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    if ((rc = ap_meets_conditions(r)) != OK) {
        apr_file_close(f);
        r->status = rc;
        return rc == HTTP_NOT_MODIFIED ? OK : rc;
    }
    ap_set_content_type(r, type_of(path));
    ap_set_content_length(r, fi.size);
    if (!r->header_only) ap_send_fd(f, r, 0, (apr_size_t)fi.size, &sent);
    return OK;
}

/* Serves the file named by the rest of the URL below the <Location> that
 * mounts the handler, from the folder root ("what" names it in the logs).
 * index: where the mount point itself redirects (NULL: 404). */
int mpin_serve_folder(request_rec *r, const char *root, const char *index, const char *what)
{
    /* the path of the <Location> that mounts the handler: core's, since this
     * module has no configuration of its own in a section without Mpin
     * directives */
    const core_dir_config *core = ap_get_core_module_config(r->per_dir_config);
    const char *mount = core ? core->d : NULL;
    const char *raw = r->parsed_uri.path, *rest, *file, *why;
    apr_size_t mlen;

    if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET only");
    }
    mlen = mount ? strlen(mount) : 0;
    while (mlen && mount[mlen - 1] == '/') mlen--;
    if (!mount || mount[0] != '/' || !raw || strncmp(raw, mount, mlen)) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(01901)
                      "%s must be mounted with <Location path>", r->handler);
        return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "misconfigured");
    }
    /* <Location /m> also matches /mobile: not ours */
    if (raw[mlen] && raw[mlen] != '/') return mpin_respond_error(r, HTTP_NOT_FOUND, "not found");
    rest = raw + mlen;
    if (!*rest || !strcmp(rest, "/")) {
        if (!index) return mpin_respond_error(r, HTTP_NOT_FOUND, "not found");
        return mpin_respond_redirect(r, HTTP_MOVED_TEMPORARILY,
                                     apr_pstrcat(r->pool, apr_pstrmemdup(r->pool, raw, mlen),
                                                 "/", index, NULL));
    }
    file = mpin_path_under_root(r->pool, root, rest + 1, &why);
    if (!file) {
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01902)
                      "%s path refused (%s) from %s", what, why, r->useragent_ip);
        return mpin_respond_error(r, HTTP_NOT_FOUND, "not found");
    }
    if (!inside(root, file)) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01903)
                      "%s file missing or outside the folder", what);
        return mpin_respond_error(r, HTTP_NOT_FOUND, "not found");
    }
    return send_file(r, file);
}

int mpin_handler_mobile(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);

    if (r->method_number == M_GET && !c->mobile_dir)
        return mpin_respond_error(r, HTTP_NOT_FOUND, "no mobile app here");
    return mpin_serve_folder(r, c->mobile_dir, "index.html", "mobile app");
}
