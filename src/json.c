/*
 * JSON readers and writers for the PIN pad, the RPS and its callbacks.
 * Readers use jansson (security item 7: strict types, duplicates and
 * invalid UTF-8 refused).  The small fixed-shape bodies of the login path
 * are written by json_str below, every value escaped (security item 8:
 * never a value formatted into JSON as it is); the rest with jansson.
 * Pure: results are copied into the caller's pool and jansson's objects are
 * always released before returning.
 */
#include <string.h>
#include <jansson.h>
#include "apr_strings.h"
#include "pure.h"

/* Duplicate keys are refused: two readers could otherwise disagree on which
 * one counts.  Invalid UTF-8 and \u0000 are refused by jansson itself. */
#define LOAD_FLAGS (JSON_REJECT_DUPLICATES)

static json_t *load_object(const char *body, apr_size_t len, const char **why)
{
    json_error_t err;
    json_t *root;

    if (!body || !len) {
        *why = "empty body";
        return NULL;
    }
    root = json_loadb(body, len, LOAD_FLAGS, &err);
    if (!root) {
        *why = "not valid JSON";
        return NULL;
    }
    if (!json_is_object(root)) {
        json_decref(root);
        *why = "JSON is not an object";
        return NULL;
    }
    return root;
}

static char *dump(apr_pool_t *p, json_t *obj)
{
    char *s = json_dumps(obj, JSON_COMPACT), *out;

    json_decref(obj);
    if (!s) return NULL;
    out = apr_pstrdup(p, s);
    free(s);
    return out;
}

/* The body of a JSON string for s, without the quotes: mpin_js_escape
 * writes quotes, backslashes, control characters, <>&'/ and U+2028/9 as
 * \uXXXX, all valid in JSON, and keeps every other byte as it is, so s must
 * be valid UTF-8: NULL otherwise (a body with such a field is refused, as
 * jansson's json_string refused it). */
static const char *json_str(apr_pool_t *p, const char *s)
{
    return mpin_is_utf8(s, strlen(s)) ? mpin_js_escape(p, s) : NULL;
}

/* A string member, or NULL when absent; *bad set when present but not a string. */
static const char *opt_string(json_t *obj, const char *key, int *bad)
{
    json_t *v = json_object_get(obj, key);

    if (!v) return NULL;
    if (!json_is_string(v)) {
        *bad = 1;
        return NULL;
    }
    return json_string_value(v);
}

int mpin_json_pinpad_authott(apr_pool_t *p, const char *body, apr_size_t len,
                             const char **ott, const char **why)
{
    json_t *root = load_object(body, len, why), *resp, *v;
    int ok = 0;

    if (!root) return 0;
    resp = json_object_get(root, "mpinResponse");
    if (!json_is_object(resp)) {
        *why = "mpinResponse missing or not an object";
    }
    else if (!(v = json_object_get(resp, "authOTT")) || !json_is_string(v)) {
        *why = "mpinResponse.authOTT missing or not a string";
    }
    else if (!mpin_is_hex(json_string_value(v), MPIN_AUTHOTT_MIN, MPIN_AUTHOTT_MAX)) {
        *why = "authOTT is not 32-64 hex characters";
    }
    else {
        *ott = apr_pstrdup(p, json_string_value(v));
        ok = 1;
    }
    json_decref(root);
    return ok;
}

int mpin_json_rps_auth_reply(apr_pool_t *p, const char *body, apr_size_t len,
                             mpin_rps_auth_result *out, const char **why)
{
    json_t *root = load_object(body, len, why), *st;
    const char *user, *msg;
    int bad = 0, ok = 0;

    if (!root) return 0;
    st = json_object_get(root, "status");
    user = opt_string(root, "userId", &bad);
    msg = opt_string(root, "message", &bad);
    if (!json_is_integer(st) || json_integer_value(st) < 100 || json_integer_value(st) > 599) {
        *why = "status missing or not an HTTP status integer";
    }
    else if (bad) {
        *why = "userId or message is not a string";
    }
    else {
        out->status = (int)json_integer_value(st);
        out->user_id = apr_pstrdup(p, user ? user : "");
        out->message = apr_pstrdup(p, msg ? msg : "");
        ok = 1;
    }
    json_decref(root);
    return ok;
}

int mpin_json_verify_request(apr_pool_t *p, const char *body, apr_size_t len,
                             mpin_verify_request *out, const char **why)
{
    json_t *root = load_object(body, len, why), *v;
    const char *user, *mpin_id, *key, *expire;
    int bad = 0, ok = 0;

    if (!root) return 0;
    user = opt_string(root, "userId", &bad);
    mpin_id = opt_string(root, "mpinId", &bad);
    key = opt_string(root, "activateKey", &bad);
    expire = opt_string(root, "expireTime", &bad);
    if (!user || bad) {
        *why = "userId missing or not a string (or mpinId, activateKey, expireTime not strings)";
    }
    else if (!*user) {
        *why = "userId is empty";
    }
    else {
        out->user_id = apr_pstrdup(p, user);
        out->mpin_id = apr_pstrdup(p, mpin_id ? mpin_id : "");
        out->activate_key = apr_pstrdup(p, key ? key : "");
        out->expire_time = apr_pstrdup(p, expire ? expire : "");
        v = json_object_get(root, "resend");
        out->resend = v && json_is_true(v);
        v = json_object_get(root, "mobile");
        out->mobile = v && json_is_integer(v) && json_integer_value(v) == 1;
        ok = 1;
    }
    json_decref(root);
    return ok;
}

int mpin_json_logout_token(apr_pool_t *p, const char *body, apr_size_t len,
                           const char **token, const char **why)
{
    json_t *root;
    json_error_t err;
    const char *t;
    int bad = 0, ok = 0;

    *token = NULL;
    if (!len) return 1;
    root = json_loadb(body, len, LOAD_FLAGS | JSON_DECODE_ANY, &err);
    if (!root) {
        *why = "not valid JSON";
        return 0;
    }
    if (json_is_object(root)) {
        t = opt_string(root, "sessionToken", &bad);
        if (bad) *why = "sessionToken is not a string";
        else {
            *token = t ? apr_pstrdup(p, t) : NULL;
            ok = 1;
        }
    }
    else if (json_is_string(root) || json_is_null(root)) {
        ok = 1; /* the phone sends "" (an empty logoutData) */
    }
    else {
        *why = "logoutData is neither an object nor a string";
    }
    json_decref(root);
    return ok;
}

char *mpin_json_authenticate_request(apr_pool_t *p, const char *ott)
{
    return dump(p, json_pack("{s:s}", "authOTT", ott));
}

char *mpin_json_login_result(apr_pool_t *p, const char *ott, int status, const char *message,
                             const char *logout_token, const char *user)
{
    return dump(p, json_pack("{s:s, s:i, s:s, s:{s:s, s:s}}", "authOTT", ott, "status", status,
                             "message", message, "logoutData", "sessionToken", logout_token,
                             "userId", user));
}

char *mpin_json_status_body(apr_pool_t *p, int status, const char *message,
                            const char *user, const char *redirect)
{
    const char *m = json_str(p, message ? message : ""), *u = NULL, *x = NULL;

    /* a string that cannot be JSON refuses the whole body, rather than
     * sending it without the field */
    if (!m || (user && !(u = json_str(p, user))) || (redirect && !(x = json_str(p, redirect))))
        return NULL;
    return apr_pstrcat(p, "{\"status\":", apr_itoa(p, status), ",\"message\":\"", m, "\"",
                       u ? ",\"userId\":\"" : "", u ? u : "", u ? "\"" : "",
                       x ? ",\"redirectURL\":\"" : "", x ? x : "", x ? "\"" : "", "}", NULL);
}

/* The clientSettings fields that name RPS endpoints (spec section 5). The
 * MIRACL cloud ones (certivoxURL, timePermitsStorageURL) are left alone. */
static const char *const rewritable[] = {
    "registerURL", "signatureURL", "timePermitsURL", "setupDoneURL", "mpinAuthServerURL",
    "mobileAuthenticateURL", "accessNumberURL", "getAccessNumberURL", "getQrUrl",
    "codeStatusURL", NULL
};

char *mpin_json_rewrite_client_settings(apr_pool_t *p, const char *body, apr_size_t len,
                                        const char *rps_base, const char *local_prefix,
                                        const char **why)
{
    json_t *root = load_object(body, len, why);
    apr_size_t blen = strlen(rps_base);
    int i;

    if (!root) return NULL;
    for (i = 0; rewritable[i]; i++) {
        json_t *v = json_object_get(root, rewritable[i]);
        const char *s, *rest;
        if (!json_is_string(v)) continue;
        s = json_string_value(v);
        if (strncasecmp(s, rps_base, blen)) continue;
        rest = s + blen;
        /* only at a path boundary: http://rps/rpsX is not http://rps/rps */
        if (*rest && *rest != '/' && *rest != '?') continue;
        json_object_set_new(root, rewritable[i],
                            json_string(apr_pstrcat(p, local_prefix, rest, NULL)));
    }
    return dump(p, root);
}

int mpin_json_mpin_id_user(apr_pool_t *p, const char *mpin_id, const char **user,
                           const char **why)
{
    apr_size_t n;
    unsigned char *raw;
    json_t *root;
    const char *u;
    int bad = 0, ok = 0;

    if (!mpin_is_hex(mpin_id, 2, 8192) || !(raw = mpin_hex_decode(p, mpin_id, &n))) {
        *why = "mpin_id is not even-length hex";
        return 0;
    }
    if (!(root = load_object((const char *)raw, n, why))) return 0;
    u = opt_string(root, "userID", &bad);
    if (!u || bad || !*u) {
        *why = "userID missing, empty or not a string";
    }
    else {
        *user = apr_pstrdup(p, u);
        ok = 1;
    }
    json_decref(root);
    return ok;
}

char *mpin_json_activate_request(apr_pool_t *p, const char *key)
{
    return dump(p, json_pack("{s:s}", "activateKey", key));
}
