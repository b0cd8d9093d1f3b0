/*
 * mpin-verify (the tutorial's POST /mpinVerify): the RPS's registration
 * callback.  The RPS sends JSON with Content-Type
 * application/x-www-form-urlencoded, so the body is read as JSON whatever the
 * Content-Type says (spec section 2.2).
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mod_mpin_rpa.h"

#define VERIFY_BODY_MAX (64 * 1024)

int mpin_handler_verify(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    mpin_verify_request req;
    const char *why;
    apr_size_t len;
    char *body;
    int rc;

    if (r->method_number != M_POST) {
        apr_table_setn(r->headers_out, "Allow", "POST");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "POST only");
    }
    if ((rc = mpin_read_body(r, VERIFY_BODY_MAX, &body, &len)) != OK)
        return mpin_respond_error(r, rc, "bad request body");
    if (!mpin_json_verify_request(r->pool, body, len, &req, &why)) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01701)
                      "registration callback refused: %s", why);
        return mpin_respond_error(r, HTTP_BAD_REQUEST, why);
    }
    if (!mpin_is_printable_utf8(req.user_id, strlen(req.user_id))) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01702)
                      "registration callback refused: userId has control characters");
        return mpin_respond_error(r, HTTP_BAD_REQUEST, "invalid userId");
    }
    if (!mpin_user_allowed(c, req.user_id)) {
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01703)
                      "registration of user %s refused: not in the allowed-user list",
                      req.user_id);
        /* the PIN pad shows error 4009 and forgets the identity on a 403 */
        return mpin_respond_error(r, HTTP_FORBIDDEN, "user not allowed");
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01704)
                  "registration of user %s%s%s", req.user_id, req.mobile ? " (mobile)" : "",
                  req.resend ? " (resend)" : "");
    if (mpin_conf_int(c->force_activate, 1))
        return mpin_respond_json(r, HTTP_OK, "{\"forceActivate\": true}");
    /* pending: the identity is activated later, out of band */
    return mpin_respond_json(r, HTTP_OK, "");
}
