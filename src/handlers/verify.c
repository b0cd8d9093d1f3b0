/*
 * mpin-verify (the tutorial's POST /mpinVerify): the RPS's registration
 * callback.  The RPS sends JSON with Content-Type
 * application/x-www-form-urlencoded, so the body is read as JSON whatever the
 * Content-Type says (docs/protocol.md §2.2).
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

/* MpinForceActivate Off: the registration stays pending (an empty 200) and
 * the user gets an e-mail with the activation link, for first registrations
 * and resends alike.  If the mail cannot be sent, 500: the RPS then tells
 * the PIN pad that registration failed. */
static int send_activation(request_rec *r, const mpin_dir_conf *c, const mpin_verify_request *req)
{
    apr_table_t *vars = apr_table_make(r->pool, 4);
    apr_time_t expires;
    const char *body, *err;

    if (!c->smtp_server || !c->mail_from || !c->activation_url) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(01705)
                      "MpinForceActivate Off needs MpinSMTPServer, MpinMailFrom and "
                      "MpinActivationURL; registration of %s cannot be confirmed", req->user_id);
        return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "activation e-mail not configured");
    }
    if (!mpin_is_hex(req->mpin_id, MPIN_ID_HEX_MIN, MPIN_ID_HEX_MAX)
        || !mpin_is_hex(req->activate_key, MPIN_ACTIVATE_KEY_HEX, MPIN_ACTIVATE_KEY_HEX)
        || !mpin_parse_expire_time(req->expire_time, &expires)) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01706)
                      "registration callback refused: mpinId, activateKey or expireTime malformed");
        return mpin_respond_error(r, HTTP_BAD_REQUEST, "mpinId, activateKey or expireTime malformed");
    }
    apr_table_setn(vars, "username", req->user_id);
    apr_table_setn(vars, "expire_time", req->expire_time);
    apr_table_setn(vars, "link", mpin_activation_link(r, c, req->mpin_id, req->expire_time,
                                                      req->activate_key));
    body = mpin_render_text(r, c, "activation.txt", vars);
    if (!body) return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "template missing");
    if ((err = mpin_mail_send(r, c, req->user_id, "Confirm your M-Pin identity", body))) {
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(01707)
                      "activation e-mail to %s not sent: %s", req->user_id, err);
        return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "activation e-mail not sent");
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01708)
                  "activation e-mail sent to %s%s", req->user_id, req->resend ? " (resend)" : "");
    /* an empty 200: pending until the link is followed */
    return mpin_respond_json(r, HTTP_OK, "");
}

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
    if ((rc = mpin_read_body(r, MPIN_BODY_MAX_VERIFY, &body, &len)) != OK)
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
        MPIN_COUNT(registrations[1]);
        MPIN_COUNT(refusals[MPIN_REFUSE_NOT_ALLOWED]);
        return mpin_respond_error(r, HTTP_FORBIDDEN, "user not allowed");
    }
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01704)
                  "registration of user %s%s%s", req.user_id, req.mobile ? " (mobile)" : "",
                  req.resend ? " (resend)" : "");
    MPIN_COUNT(registrations[0]);
    if (MPIN_DIR_INT(c, force_activate))
        return mpin_respond_json(r, HTTP_OK, "{\"forceActivate\": true}");
    return send_activation(r, c, &req);
}
