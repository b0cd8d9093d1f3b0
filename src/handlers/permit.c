/*
 * mpin-permit: the RPS's permit hook (its RPAPermitUserURL, docs/protocol.md §3).
 * Before every time permit the RPS asks GET ?mpin_id=<hex>; only an exact
 * 200 lets the identity log in, so removing a user from the allowed-user
 * list revokes them at their next login.
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

int mpin_handler_permit(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    const char *mpin_id, *user, *why;

    if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET only");
    }
    if (mpin_form_get(r->pool, r->args, "mpin_id", &mpin_id) != 1 || !mpin_id)
        return mpin_respond_error(r, HTTP_BAD_REQUEST, "one mpin_id parameter required");
    if (!mpin_json_mpin_id_user(r->pool, mpin_id, &user, &why)) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02501)
                      "permit check refused: %s", why);
        return mpin_respond_error(r, HTTP_BAD_REQUEST, why);
    }
    if (!mpin_is_printable_utf8(user, strlen(user)) || !mpin_user_allowed(c, user)) {
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(02502)
                      "time permit refused for user %s: not in the allowed-user list",
                      ap_escape_logitem(r->pool, user));
        mpin_count(&mpin_metrics_get()->refusals[MPIN_REFUSE_NOT_ALLOWED]);
        return mpin_respond_error(r, HTTP_FORBIDDEN, "user not allowed");
    }
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(02503)
                  "time permit allowed for user %s", user);
    return mpin_respond_json(r, HTTP_OK, "{}");
}
