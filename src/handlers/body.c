/*
 * Reading request bodies with a cap (security item 7): a declared length
 * over the cap is refused before reading, a chunked body is cut off when it
 * passes the cap.
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

int mpin_read_body(request_rec *r, apr_size_t max, char **body, apr_size_t *len)
{
    apr_size_t got = 0;
    char *buf;
    int rc;

    *body = "";
    *len = 0;
    if ((rc = ap_setup_client_block(r, REQUEST_CHUNKED_DECHUNK)) != OK) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01301)
                      "unreadable request body");
        return rc;
    }
    if (!ap_should_client_block(r)) return OK;
    if (r->remaining > (apr_off_t)max) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01302)
                      "request body of %" APR_OFF_T_FMT " bytes refused (limit %" APR_SIZE_T_FMT ")",
                      r->remaining, max);
        return HTTP_REQUEST_ENTITY_TOO_LARGE;
    }
    buf = apr_palloc(r->pool, max + 1);
    for (;;) {
        long n = ap_get_client_block(r, buf + got, max + 1 - got);
        if (n == 0) break;
        if (n < 0) {
            ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01303)
                          "error reading the request body");
            return HTTP_BAD_REQUEST;
        }
        got += (apr_size_t)n;
        if (got > max) {
            ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01304)
                          "request body over %" APR_SIZE_T_FMT " bytes refused", max);
            return HTTP_REQUEST_ENTITY_TOO_LARGE;
        }
    }
    buf[got] = '\0';
    *body = buf;
    *len = got;
    return OK;
}
