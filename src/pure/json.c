/*
 * JSON readers and writers for the PIN pad, the RPS and its callbacks.
 * The readers of the login path and the callbacks use json_read.c, a strict
 * reader without a tree (security item 7: strict types, duplicate keys and
 * invalid UTF-8 refused, never looser than jansson, which the tests and
 * fuzz/fuzz_json.c check); jansson's json_loadb cost most of a login.  The
 * bodies the module composes are written by the one writer, json_write.c;
 * jansson still reads, edits and writes back the clientSettings tree, the
 * RPS's own document.  Pure: results are copied into the caller's pool and
 * jansson's objects are always released before returning.
 */
#include <string.h>
#include <jansson.h>
#include "apr_strings.h"
#include "pure.h"

/* Duplicate keys are refused: two readers could otherwise disagree on which
 * one counts.  Invalid UTF-8 and \u0000 are refused by jansson itself. */
#define LOAD_FLAGS (JSON_REJECT_DUPLICATES)

/* Reads body as a JSON object, filling in the n members of f, with the
 * reasons the jansson reader gave: like jansson without JSON_DECODE_ANY, a
 * document that is neither an object nor an array is "not valid JSON". */
static int read_object(apr_pool_t *p, const char *body, apr_size_t len, mpin_json_field *f,
                       int n, const char **why)
{
    int kind;

    if (!body || !len) {
        *why = "empty body";
        return 0;
    }
    kind = mpin_json_read(p, body, len, f, n);
    if (kind == MPIN_JSON_OBJECT) return 1;
    *why = kind == MPIN_JSON_ARRAY ? "JSON is not an object" : "not valid JSON";
    return 0;
}

/* A string member, or NULL when absent; *bad set when present but not a string. */
static const char *opt_string(const mpin_json_field *f, int *bad)
{
    if (f->kind == MPIN_JSON_STRING) return f->str;
    if (f->kind != MPIN_JSON_ABSENT) *bad = 1;
    return NULL;
}

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

int mpin_json_pinpad_authott(apr_pool_t *p, const char *body, apr_size_t len,
                             const char **ott, const char **why)
{
    mpin_json_field resp = { .name = "mpinResponse" }, v = { .name = "authOTT" };

    if (!read_object(p, body, len, &resp, 1, why)) return 0;
    if (resp.kind != MPIN_JSON_OBJECT) {
        *why = "mpinResponse missing or not an object";
        return 0;
    }
    /* valid already: reading its span again only picks authOTT out of it */
    mpin_json_read(p, resp.raw, resp.raw_len, &v, 1);
    if (v.kind != MPIN_JSON_STRING) {
        *why = "mpinResponse.authOTT missing or not a string";
        return 0;
    }
    if (!mpin_is_hex(v.str, MPIN_AUTHOTT_MIN, MPIN_AUTHOTT_MAX)) {
        *why = "authOTT is not 32-64 hex characters";
        return 0;
    }
    *ott = v.str;
    return 1;
}

int mpin_json_rps_auth_reply(apr_pool_t *p, const char *body, apr_size_t len,
                             mpin_rps_auth_result *out, const char **why)
{
    enum { STATUS, USER, MESSAGE, MPIN_ID, N };
    mpin_json_field f[N] = { { .name = "status" }, { .name = "userId" }, { .name = "message" },
                             { .name = "mpinId" } };
    const char *user, *msg, *mpin_id;
    int bad = 0;

    if (!read_object(p, body, len, f, N, why)) return 0;
    user = opt_string(&f[USER], &bad);
    msg = opt_string(&f[MESSAGE], &bad);
    mpin_id = opt_string(&f[MPIN_ID], &bad);
    if (f[STATUS].kind != MPIN_JSON_INTEGER || f[STATUS].num < 100 || f[STATUS].num > 599) {
        *why = "status missing or not an HTTP status integer";
        return 0;
    }
    if (bad) {
        *why = "userId, message or mpinId is not a string";
        return 0;
    }
    out->status = (int)f[STATUS].num;
    out->user_id = user ? user : "";
    out->message = msg ? msg : "";
    out->mpin_id = mpin_id ? mpin_id : "";
    return 1;
}

int mpin_json_verify_request(apr_pool_t *p, const char *body, apr_size_t len,
                             mpin_verify_request *out, const char **why)
{
    enum { USER, MPIN_ID, KEY, EXPIRE, RESEND, MOBILE, N };
    mpin_json_field f[N] = { { .name = "userId" }, { .name = "mpinId" },
                             { .name = "activateKey" }, { .name = "expireTime" },
                             { .name = "resend" }, { .name = "mobile" } };
    const char *user, *mpin_id, *key, *expire;
    int bad = 0;

    if (!read_object(p, body, len, f, N, why)) return 0;
    user = opt_string(&f[USER], &bad);
    mpin_id = opt_string(&f[MPIN_ID], &bad);
    key = opt_string(&f[KEY], &bad);
    expire = opt_string(&f[EXPIRE], &bad);
    if (!user || bad) {
        *why = "userId missing or not a string (or mpinId, activateKey, expireTime not strings)";
        return 0;
    }
    if (!*user) {
        *why = "userId is empty";
        return 0;
    }
    out->user_id = user;
    out->mpin_id = mpin_id ? mpin_id : "";
    out->activate_key = key ? key : "";
    out->expire_time = expire ? expire : "";
    out->resend = f[RESEND].kind == MPIN_JSON_TRUE;
    out->mobile = f[MOBILE].kind == MPIN_JSON_INTEGER && f[MOBILE].num == 1;
    return 1;
}

int mpin_json_logout_token(apr_pool_t *p, const char *body, apr_size_t len,
                           const char **token, const char **why)
{
    mpin_json_field t = { .name = "sessionToken" };
    int bad = 0;

    *token = NULL;
    if (!len) return 1;
    switch (mpin_json_read(p, body, len, &t, 1)) {
    case MPIN_JSON_INVALID:
        *why = "not valid JSON";
        return 0;
    case MPIN_JSON_OBJECT:
        *token = opt_string(&t, &bad);
        if (bad) *why = "sessionToken is not a string";
        return !bad;
    case MPIN_JSON_STRING:
    case MPIN_JSON_NULL:
        return 1; /* the phone sends "" (an empty logoutData) */
    default:
        *why = "logoutData is neither an object nor a string";
        return 0;
    }
}

char *mpin_json_authenticate_request(apr_pool_t *p, const char *ott, const char *logout_url,
                                     const char *logout_token)
{
    mpin_json_writer *w = mpin_jw_object(p);

    mpin_jw_string(w, "authOTT", ott);
    /* Milagro's demo RPA sends logoutData here: the RPS hands it (with
     * logoutURL, or its own LogoutURL) to a phone that signed this login in,
     * whether or not it waits for /loginResult */
    mpin_jw_string(w, "logoutURL", logout_url);
    if (logout_token) {
        mpin_jw_begin(w, "logoutData");
        mpin_jw_string(w, "sessionToken", logout_token);
        mpin_jw_end(w);
    }
    return mpin_jw_finish(w);
}

char *mpin_json_login_result(apr_pool_t *p, const char *ott, int status, const char *message,
                             const char *logout_token, const char *user)
{
    mpin_json_writer *w = mpin_jw_object(p);

    mpin_jw_string(w, "authOTT", ott);
    mpin_jw_int(w, "status", status);
    mpin_jw_string(w, "message", message);
    mpin_jw_begin(w, "logoutData");
    mpin_jw_string(w, "sessionToken", logout_token);
    mpin_jw_string(w, "userId", user);
    return mpin_jw_finish(w);
}

char *mpin_json_status_body(apr_pool_t *p, int status, const char *message,
                            const char *user, const char *redirect)
{
    mpin_json_writer *w = mpin_jw_object(p);

    mpin_jw_int(w, "status", status);
    mpin_jw_string(w, "message", message ? message : "");
    mpin_jw_string(w, "userId", user);
    mpin_jw_string(w, "redirectURL", redirect);
    return mpin_jw_finish(w);
}

char *mpin_json_reauth_body(apr_pool_t *p, int status, const char *message, const char *reason,
                            const char *redirect)
{
    mpin_json_writer *w = mpin_jw_object(p);

    mpin_jw_int(w, "status", status);
    mpin_jw_string(w, "message", message ? message : "");
    mpin_jw_string(w, "redirectURL", redirect);
    mpin_jw_string(w, "reason", reason);
    return mpin_jw_finish(w);
}

/* The clientSettings fields that name RPS endpoints (docs/protocol.md §5). The
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

/* The JSON text of an mpinId (MPIN_ID_HEX_MAX bounds it wherever it comes
 * from); NULL when it is not even-length hex of that size. */
static const char *mpin_id_json(apr_pool_t *p, const char *mpin_id, apr_size_t *n)
{
    if (!mpin_is_hex(mpin_id, MPIN_ID_HEX_MIN, MPIN_ID_HEX_MAX)) return NULL;
    return (const char *)mpin_hex_decode(p, mpin_id, n);
}

int mpin_json_mpin_id_user(apr_pool_t *p, const char *mpin_id, const char **user,
                           const char **why)
{
    mpin_json_field u = { .name = "userID" };
    apr_size_t n;
    const char *raw;

    if (!(raw = mpin_id_json(p, mpin_id, &n))) {
        *why = "mpin_id is not even-length hex";
        return 0;
    }
    if (!read_object(p, raw, n, &u, 1, why)) return 0;
    if (u.kind != MPIN_JSON_STRING || !*u.str) {
        *why = "userID missing, empty or not a string";
        return 0;
    }
    *user = u.str;
    return 1;
}

int mpin_json_mpin_id_mobile(apr_pool_t *p, const char *mpin_id)
{
    mpin_json_field m = { .name = "mobile" };
    const char *why;
    apr_size_t n;
    const char *raw;

    if (!(raw = mpin_id_json(p, mpin_id, &n))) return 0;
    if (!read_object(p, raw, n, &m, 1, &why)) return 0;
    return m.kind == MPIN_JSON_INTEGER && m.num == 1;
}

char *mpin_json_activate_request(apr_pool_t *p, const char *key)
{
    mpin_json_writer *w = mpin_jw_object(p);

    mpin_jw_string(w, "activateKey", key);
    return mpin_jw_finish(w);
}
