/*
 * mpin-rps-proxy: forwards the public RPS API (docs/protocol.md §7) so that a
 * browser or phone needs to reach nothing but this site.  Only the public
 * /rps/... endpoints pass; the private ones (/authenticate, /loginResult,
 * /user/..., /status) are never reachable through it.  clientSettings is
 * never cached, and the RPS's absolute URLs in it are rewritten to /rps.
 *
 * What is relayed is an answer of this site, so it is only what the
 * protocol uses (security row 7): a JSON body, plain text for an error, or
 * no body; anything else (an HTML page with a script) is a 502.  Every
 * answer says nosniff and a Content-Security-Policy that lets nothing run
 * or frame it, and the RPS's WWW-Authenticate is never relayed: a Basic
 * challenge would make the browser ask for a password on this origin.  The
 * clients read only the status of a 401 (wrong PIN, not yet activated).
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "http_core.h"
#include "mpin_rpa.h"

#define PROXY_CSP "default-src 'none'; frame-ancestors 'none'; sandbox"

/* The type of a relayed body: JSON, or plain text for an error; NULL for
 * any other (the media type compared without its parameters). */
static const char *relayable_type(const char *ctype, long status)
{
    apr_size_t n;

    if (!ctype) return NULL;
    n = strcspn(ctype, "; \t");
    if (n == 16 && !strncasecmp(ctype, "application/json", n)) return ctype;
    if (status >= 400 && n == 10 && !strncasecmp(ctype, "text/plain", n)) return ctype;
    return NULL;
}

static int method_allowed(request_rec *r)
{
    return r->method_number == M_GET || r->method_number == M_POST
           || r->method_number == M_PUT || r->method_number == M_OPTIONS;
}

/* The request headers the RPS needs: the body's type, the browser's origin
 * (for its CORS answer) and where the client really came from, which the
 * RPS (Tornado with xheaders) uses to build RPS-BASE-URL. */
static apr_table_t *forward_headers(request_rec *r)
{
    apr_table_t *h = apr_table_make(r->pool, 6);
    const char *v;

    if ((v = apr_table_get(r->headers_in, "Content-Type"))) apr_table_setn(h, "Content-Type", v);
    if ((v = apr_table_get(r->headers_in, "Origin"))) apr_table_setn(h, "Origin", v);
    if ((v = apr_table_get(r->headers_in, "User-Agent"))) apr_table_setn(h, "User-Agent", v);
    apr_table_setn(h, "X-Forwarded-For", r->useragent_ip);
    apr_table_setn(h, "X-Forwarded-Proto", ap_http_scheme(r));
    if (r->hostname) apr_table_setn(h, "X-Forwarded-Host", r->hostname);
    return h;
}

static int relay_reply(request_rec *r, const mpin_dir_conf *c, const char *path,
                       const mpin_rps_reply *rep)
{
    const char *ctype = apr_table_get(rep->headers, "Content-Type");
    const char *body = rep->body, *why;
    apr_size_t len = rep->body_len;

    if (!strcmp(path, "/rps/clientSettings") && rep->status == 200) {
        const char *base = apr_pstrcat(r->pool, mpin_conf_rps_url(c), "/rps", NULL);
        body = mpin_json_rewrite_client_settings(r->pool, rep->body, rep->body_len, base, "/rps",
                                                 &why);
        if (!body) {
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01801)
                          "RPS clientSettings unusable: %s", why);
            return mpin_respond_error(r, HTTP_BAD_GATEWAY, "RPS sent unusable client settings");
        }
        len = strlen(body);
        ctype = "application/json; charset=UTF-8";
    }
    /* an empty body (Tornado labels it text/html) goes without a type */
    if (len && !relayable_type(ctype, rep->status)) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(03410)
                      "RPS proxy: %s answered %ld with Content-Type %s, refused", path,
                      rep->status, ctype ? ap_escape_logitem(r->pool, ctype) : "(none)");
        return mpin_respond_error(r, HTTP_BAD_GATEWAY, "RPS sent an unexpected content type");
    }
    /* the RPS's CORS headers are not copied: this answer is same-origin;
     * nor its WWW-Authenticate (see above) */
    r->status = (int)rep->status;
    mpin_set_nocache(r);
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    if (len) ap_set_content_type(r, apr_pstrdup(r->pool, ctype));
    ap_set_content_length(r, (apr_off_t)len);
    if (!r->header_only && len) ap_rwrite(body, (int)len, r);
    return OK;
}

/* MpinRateLimit counts the calls that make the RPS create something for an
 * anonymous client: a registration (PUT /rps/user, which also makes the RPS
 * call /mpinVerify and may send an e-mail), the M-Pin passes (pass2 stores
 * an authOTT), an access number.  Not the reads (clientSettings, signature,
 * timePermit) nor the polls a waiting page makes every second or so
 * (/rps/access, /rps/codeStatus): those would use up the budget of a NAT
 * address full of people waiting for their phones. */
static int rate_limited(request_rec *r, const mpin_dir_conf *c, const char *path)
{
    if (r->method_number != M_POST && r->method_number != M_PUT) return 0;
    if (!strcmp(path, "/rps/access") || !strcmp(path, "/rps/codeStatus")) return 0;
    return mpin_rate_limited(r, c);
}

int mpin_handler_rps_proxy(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *path = r->parsed_uri.path, *target, *method;
    mpin_rps_reply *rep;
    apr_size_t len = 0;
    char *body = NULL;
    int rc;

    /* on every answer of the proxy, errors included (mpin_respond_error and
     * relay_reply say nosniff) */
    apr_table_setn(r->err_headers_out, "Content-Security-Policy", PROXY_CSP);
    if (!path || !mpin_rps_public_path_ok(path)) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01802)
                      "RPS proxy: %s is not a public RPS endpoint", ap_escape_logitem(r->pool, r->uri));
        return mpin_respond_error(r, HTTP_NOT_FOUND, "not a public RPS endpoint");
    }
    if (!method_allowed(r)) {
        apr_table_setn(r->headers_out, "Allow", "GET, POST, PUT, OPTIONS");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "method not allowed");
    }
    if (rate_limited(r, c, path))
        return mpin_respond_error(r, HTTP_TOO_MANY_REQUESTS,
                                  "too many requests from your address; try again later");
    if (r->method_number == M_POST || r->method_number == M_PUT) {
        if ((rc = mpin_read_body(r, MPIN_BODY_MAX_PROXY, &body, &len)) != OK)
            return mpin_respond_error(r, rc, "bad request body");
    }
    target = r->args ? apr_pstrcat(r->pool, path, "?", r->args, NULL) : path;
    /* HEAD is asked as GET (httpd drops the body): the RPS has no HEAD
     * routes, and a HEAD answer's Content-Length would leave curl waiting
     * for a body that never comes */
    method = r->method_number == M_GET ? "GET" : r->method;
    rep = mpin_rps_call(r, c, method, target, forward_headers(r), body, len);
    if (rep->outcome != MPIN_RPS_OK) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01803)
                      "RPS proxy: %s %s failed: %s", method, path, rep->error);
        return mpin_respond_error(r, mpin_rps_failure_status(rep, NULL), "RPS unavailable");
    }
    if (rep->status < 100 || rep->status > 599 || (rep->status >= 300 && rep->status < 400)) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01804)
                      "RPS proxy: %s %s answered %ld, refused", method, path, rep->status);
        return mpin_respond_error(r, HTTP_BAD_GATEWAY, "RPS sent an unusable answer");
    }
    return relay_reply(r, c, path, rep);
}
