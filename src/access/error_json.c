/*
 * Script and API clients that are refused (the 401 of AuthType MPin for a
 * non-navigation request) get a short JSON body instead of httpd's HTML
 * error page (security item 14).  The auth hook cannot write a body, so it
 * leaves a note; httpd's insert_error_filter hook then lets this filter
 * replace the page that httpd writes.
 */
#include "apr_strings.h"
#include "util_filter.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

#define FILTER_NAME "MPIN_JSON_ERROR"
#define NOTE "mpin-json-error-body"

void mpin_error_json_set(request_rec *r, int status, const char *message)
{
    mpin_error_json_set_reason(r, status, message, NULL, NULL);
}

void mpin_error_json_set_reason(request_rec *r, int status, const char *message,
                                const char *reason, const char *redirect)
{
    const char *body = mpin_json_reauth_body(r->pool, status, message, reason, redirect);

    if (body) apr_table_setn(r->notes, NOTE, apr_pstrcat(r->pool, body, "\n", NULL));
}

static apr_status_t json_error_filter(ap_filter_t *f, apr_bucket_brigade *bb)
{
    apr_bucket *e, *next;

    /* httpd's HTML page goes, whatever metadata (EOS, flush) stays */
    for (e = APR_BRIGADE_FIRST(bb); e != APR_BRIGADE_SENTINEL(bb); e = next) {
        next = APR_BUCKET_NEXT(e);
        if (!APR_BUCKET_IS_METADATA(e)) apr_bucket_delete(e);
    }
    if (!f->ctx) {
        const char *body = apr_table_get(f->r->notes, NOTE);
        f->ctx = f;
        ap_set_content_type(f->r, "application/json");
        apr_table_unset(f->r->headers_out, "Content-Length");
        if (body)
            APR_BRIGADE_INSERT_HEAD(bb, apr_bucket_pool_create(body, strlen(body), f->r->pool,
                                                               f->c->bucket_alloc));
    }
    return ap_pass_brigade(f->next, bb);
}

static void insert_error_filter(request_rec *r)
{
    if (apr_table_get(r->notes, NOTE)) ap_add_output_filter(FILTER_NAME, NULL, r, r->connection);
}

void mpin_error_json_register(void)
{
    ap_register_output_filter(FILTER_NAME, json_error_filter, NULL, AP_FTYPE_CONTENT_SET);
    ap_hook_insert_error_filter(insert_error_filter, NULL, NULL, APR_HOOK_MIDDLE);
}
