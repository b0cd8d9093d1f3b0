/*
 * E-mail activation (MpinForceActivate Off, docs/protocol.md §2.5).
 *
 * /mpinVerify sends the user a link to the mpin-activate handler carrying the
 * mpinId, the RPS's expireTime and the activateKey, with an HMAC of the module
 * over the three so that none can be altered.  GET shows a confirmation page
 * (mail scanners that follow links do not activate anything); its POST checks
 * the MAC and the expiry, then asks the RPS POST /user/<mpinId>.
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

#define MAC_CHARS 43

typedef struct {
    const char *mpin_id, *expire, *key, *mac;
    apr_time_t expires;
} activation;

static const char *link_mac(request_rec *r, const char *mpin_id, const char *expire,
                            const char *key)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    /* the fields are hex, a fixed time format and hex: '|' cannot occur in them */
    const char *msg = apr_pstrcat(r->pool, "mpin-activate|v1|", mpin_id, "|", expire, "|", key, NULL);
    unsigned char mac[32];

    mpin_hmac_sha256_keyed(sc->mac, msg, strlen(msg), mac);
    return mpin_b64url_encode(r->pool, mac, sizeof(mac));
}

const char *mpin_activation_link(request_rec *r, const mpin_dir_conf *c, const char *mpin_id,
                                 const char *expire, const char *key)
{
    return apr_pstrcat(r->pool, c->activation_url, strchr(c->activation_url, '?') ? "&" : "?",
                       "i=", mpin_id, "&e=", mpin_url_encode(r->pool, expire), "&s=", key,
                       "&m=", link_mac(r, mpin_id, expire, key), NULL);
}

/* Reads and checks the four link fields from a query string or form body.
 * Returns NULL when they are intact, else why. */
static const char *read_link(request_rec *r, const char *params, activation *a)
{
    const char *want;

    if (mpin_form_get(r->pool, params, "i", &a->mpin_id) != 1
        || mpin_form_get(r->pool, params, "e", &a->expire) != 1
        || mpin_form_get(r->pool, params, "s", &a->key) != 1
        || mpin_form_get(r->pool, params, "m", &a->mac) != 1
        || !a->mpin_id || !a->expire || !a->key || !a->mac)
        return "incomplete link";
    if (!mpin_is_hex(a->mpin_id, MPIN_ID_HEX_MIN, MPIN_ID_HEX_MAX)
        || !mpin_is_hex(a->key, MPIN_ACTIVATE_KEY_HEX, MPIN_ACTIVATE_KEY_HEX)
        || !mpin_parse_expire_time(a->expire, &a->expires) || strlen(a->mac) != MAC_CHARS)
        return "malformed link";
    want = link_mac(r, a->mpin_id, a->expire, a->key);
    if (!mpin_ct_equal((const unsigned char *)want, (const unsigned char *)a->mac, MAC_CHARS))
        return "altered link";
    return NULL;
}

static int page(request_rec *r, const mpin_dir_conf *c, int status, const char *state,
                const activation *a)
{
    apr_table_t *vars = apr_table_make(r->pool, 8);
    const char *user, *why;

    apr_table_setn(vars, state, "1");
    if (a && a->mpin_id) {
        apr_table_setn(vars, "mpin_id", a->mpin_id);
        apr_table_setn(vars, "expire_time", a->expire);
        apr_table_setn(vars, "activate_key", a->key);
        apr_table_setn(vars, "mac", a->mac);
        if (mpin_json_mpin_id_user(r->pool, a->mpin_id, &user, &why))
            apr_table_setn(vars, "username", user);
    }
    return mpin_render_page(r, c, "activate.html", status, vars);
}

static int activate(request_rec *r, const mpin_dir_conf *c, const activation *a)
{
    apr_table_t *h = apr_table_make(r->pool, 1);
    const char *body = mpin_json_activate_request(r->pool, a->key);
    mpin_rps_reply *rep;

    apr_table_setn(h, "Content-Type", "application/json");
    rep = mpin_rps_call(r, c, "POST", apr_pstrcat(r->pool, "/user/", a->mpin_id, NULL), h, body,
                        strlen(body));
    if (rep->outcome == MPIN_RPS_OK && rep->status == 200) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02601)
                      "identity activated by e-mail link from %s", r->useragent_ip);
        return page(r, c, HTTP_OK, "verified", a);
    }
    if (rep->outcome == MPIN_RPS_OK && rep->status == 401) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(02602)
                      "activation link used or expired (RPS 401)");
        return page(r, c, HTTP_GONE, "expired", NULL);
    }
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(02603)
                  "activation failed: RPS /user %s",
                  rep->outcome == MPIN_RPS_OK ? apr_psprintf(r->pool, "answered %ld", rep->status)
                                              : rep->error);
    return page(r, c, mpin_rps_failure_status(rep, NULL), "retry", a);
}

int mpin_handler_activate(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    activation a = {NULL, NULL, NULL, NULL, 0};
    const char *params = r->args, *why;
    apr_size_t len;
    char *body;
    int rc;

    if (r->method_number == M_POST) {
        /* only the POST asks the RPS; the GET is a page like any other */
        if (mpin_rate_limited(r, c))
            return mpin_respond_error(r, HTTP_TOO_MANY_REQUESTS,
                                      "too many activations from your address; try again later");
        /* the confirmation page posts to itself; another site's form
         * would activate an identity without the user's click */
        if ((why = mpin_cross_site_reason(r))) {
            MPIN_COUNT(refusals[MPIN_REFUSE_CROSS_SITE]);
            ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(03451)
                          "activation refused: cross-site request (%s) from %s", why,
                          r->useragent_ip);
            return mpin_respond_error(r, HTTP_FORBIDDEN, apr_pstrcat(
                                          r->pool, "cross-site request refused: ", why, NULL));
        }
        if ((rc = mpin_read_body(r, MPIN_BODY_MAX_ACTIVATE, &body, &len)) != OK)
            return mpin_respond_error(r, rc, "bad request body");
        params = body;
    }
    else if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD, POST");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET or POST only");
    }
    if ((why = read_link(r, params, &a))) {
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(02604)
                      "activation refused from %s: %s", r->useragent_ip, why);
        return page(r, c, HTTP_BAD_REQUEST, "invalid", NULL);
    }
    if (apr_time_now() >= a.expires) return page(r, c, HTTP_GONE, "expired", NULL);
    if (r->method_number == M_GET) return page(r, c, HTTP_OK, "confirm", &a);
    return activate(r, c, &a);
}
