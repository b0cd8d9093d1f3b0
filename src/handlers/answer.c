/*
 * Writing answers: JSON bodies, short error reasons, redirects and the
 * no-cache headers.  Only handlers call these; the auth hook never writes a
 * body (security item 3).
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "http_request.h"
#include "mpin_rpa.h"

int mpin_is_https(request_rec *r)
{
    return !strcmp(ap_http_scheme(r), "https");
}

void mpin_set_nocache(request_rec *r)
{
    apr_table_setn(r->headers_out, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
    apr_table_setn(r->headers_out, "Pragma", "no-cache");
    apr_table_setn(r->headers_out, "Expires", "Sat, 26 Jul 1997 05:00:00 GMT");
}

static int write_body(request_rec *r, int status, const char *ctype, const char *body,
                      apr_size_t len)
{
    r->status = status;
    ap_set_content_type(r, ctype);
    ap_set_content_length(r, (apr_off_t)len);
    if (!r->header_only && len) ap_rwrite(body, (int)len, r);
    return OK;
}

int mpin_respond_json(request_rec *r, int status, const char *json)
{
    mpin_set_nocache(r);
    return write_body(r, status, "application/json; charset=UTF-8", json, strlen(json));
}

int mpin_respond_error(request_rec *r, int status, const char *reason)
{
    const char *body = apr_psprintf(r->pool, "%d %s\n", status, reason);

    mpin_set_nocache(r);
    apr_table_setn(r->headers_out, "X-Content-Type-Options", "nosniff");
    return write_body(r, status, "text/plain; charset=UTF-8", body, strlen(body));
}

int mpin_respond_redirect(request_rec *r, int status, const char *location)
{
    mpin_set_nocache(r);
    apr_table_setn(r->headers_out, "Location", location);
    return write_body(r, status, "text/plain; charset=UTF-8", "", 0);
}
