/*
 * Fuzzing the JSON readers of what the RPS sends (json.c, security items 7
 * and 8): mpin_json_rps_auth_reply (the /authenticate reply, spec section 4),
 * mpin_json_rewrite_client_settings (the /rps/clientSettings body, spec
 * section 5), and on the same bytes mpin_json_verify_request (the RPS's
 * registration callback) and mpin_json_logout_token (the phone's logout).
 *
 * Input: the body, as bytes (not NUL-terminated: the readers must keep to
 * len).
 *
 * Invariants, against jansson called here on its own (duplicate keys
 * refused, as the module does):
 *   - an accepted /authenticate reply is an object whose integer status is
 *     100-599 and whose userId and message (or "" when absent) are the
 *     strings returned, valid UTF-8;
 *   - the clientSettings rewrite answers NULL exactly when the body is not a
 *     JSON object; otherwise it is an object with the same keys, where only
 *     the rewritable URL fields that start with the RPS base (at a path
 *     boundary) changed, to "/rps" + the rest, and every other field is
 *     equal to the original (certivoxURL, timePermitsStorageURL, appID...);
 *   - an accepted callback has the non-empty string userId of the body, and
 *     its string mpinId, activateKey and expireTime (or "" when absent);
 *   - the logout token is the string sessionToken of the body, or none;
 *   - every refusal gives a reason.
 */
#include <string.h>
#include <jansson.h>
#include "apr_strings.h"
#include "fuzz.h"

#define RPS_BASE "http://127.0.0.1:8011/rps"
#define LOCAL "/rps"

static const char *const rewritable[] = {
    "registerURL", "signatureURL", "timePermitsURL", "setupDoneURL", "mpinAuthServerURL",
    "mobileAuthenticateURL", "accessNumberURL", "getAccessNumberURL", "getQrUrl",
    "codeStatusURL", NULL
};

static int is_rewritable(const char *key)
{
    int i;

    for (i = 0; rewritable[i]; i++)
        if (!strcmp(rewritable[i], key)) return 1;
    return 0;
}

/* A string member or "" when absent; NULL when present and not a string. */
static const char *member(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);

    if (!v) return "";
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int auth_reply(apr_pool_t *p, const char *body, size_t len, json_t *root)
{
    mpin_rps_auth_result r;
    const char *why = NULL, *user, *msg, *mpin_id;
    int ok, bad = 0;
    json_t *st;

    memset(&r, 0, sizeof(r));
    ok = mpin_json_rps_auth_reply(p, body, len, &r, &why);
    if (!ok) {
        FCHECK(why && *why, "RPS reply refused without a reason");
        return bad;
    }
    FCHECK(json_is_object(root), "RPS reply accepted but not a JSON object");
    st = json_object_get(root, "status");
    FCHECK(json_is_integer(st) && json_integer_value(st) == r.status,
           "status %d is not the body's integer status", r.status);
    FCHECK(r.status >= 100 && r.status <= 599, "status %d accepted", r.status);
    user = member(root, "userId");
    msg = member(root, "message");
    FCHECK(r.user_id && user && !strcmp(r.user_id, user), "userId \"%s\" is not the body's",
           fuzz_show(r.user_id));
    FCHECK(r.message && msg && !strcmp(r.message, msg), "message \"%s\" is not the body's",
           fuzz_show(r.message));
    mpin_id = member(root, "mpinId");
    FCHECK(r.mpin_id && mpin_id && !strcmp(r.mpin_id, mpin_id), "mpinId \"%s\" is not the body's",
           fuzz_show(r.mpin_id));
    if (r.user_id)
        FCHECK(fuzz_utf8_ok(r.user_id, strlen(r.user_id)), "userId \"%s\" is not UTF-8",
               fuzz_show(r.user_id));
    return bad;
}

static int client_settings(apr_pool_t *p, const char *body, size_t len, json_t *root)
{
    const char *why = NULL, *key;
    char *out = mpin_json_rewrite_client_settings(p, body, len, RPS_BASE, LOCAL, &why);
    json_error_t err;
    json_t *res, *v;
    int bad = 0;

    FCHECK(!out == !json_is_object(root), "the rewrite gives %s for %s",
           out ? "a body" : "NULL", json_is_object(root) ? "an object" : "no object");
    if (!out) {
        FCHECK(why && *why, "clientSettings refused without a reason");
        return bad;
    }
    if (!json_is_object(root)) return bad;
    res = json_loads(out, JSON_REJECT_DUPLICATES, &err);
    FCHECK(json_is_object(res), "the rewritten body \"%s\" is not a JSON object",
           fuzz_show(out));
    if (!json_is_object(res)) {
        json_decref(res);
        return bad;
    }
    FCHECK(json_object_size(res) == json_object_size(root), "%zu keys became %zu",
           json_object_size(root), json_object_size(res));
    json_object_foreach(root, key, v) {
        json_t *w = json_object_get(res, key);
        const char *s = json_is_string(v) ? json_string_value(v) : NULL;
        size_t blen = strlen(RPS_BASE);

        if (s && is_rewritable(key) && !strncasecmp(s, RPS_BASE, blen)
            && (!s[blen] || s[blen] == '/' || s[blen] == '?')) {
            const char *want = apr_pstrcat(p, LOCAL, s + blen, NULL);
            FCHECK(json_is_string(w) && !strcmp(json_string_value(w), want),
                   "%s \"%s\" became \"%s\", not \"%s\"", fuzz_show(key), fuzz_show(s),
                   json_is_string(w) ? fuzz_show(json_string_value(w)) : "(not a string)",
                   fuzz_show(want));
        }
        else {
            FCHECK(w && json_equal(v, w), "%s changed (it is not an RPS URL to rewrite)",
                   fuzz_show(key));
        }
    }
    json_decref(res);
    return bad;
}

static int verify_request(apr_pool_t *p, const char *body, size_t len, json_t *root)
{
    mpin_verify_request r;
    const char *why = NULL, *user, *mpin_id, *key, *expire;
    int ok, bad = 0;
    json_t *v;

    memset(&r, 0, sizeof(r));
    ok = mpin_json_verify_request(p, body, len, &r, &why);
    if (!ok) {
        FCHECK(why && *why, "callback refused without a reason");
        return bad;
    }
    FCHECK(json_is_object(root), "callback accepted but not a JSON object");
    user = json_string_value(json_object_get(root, "userId"));
    mpin_id = member(root, "mpinId");
    key = member(root, "activateKey");
    expire = member(root, "expireTime");
    FCHECK(user && *user && r.user_id && !strcmp(user, r.user_id),
           "callback userId \"%s\" is not the body's non-empty string", fuzz_show(r.user_id));
    FCHECK(mpin_id && r.mpin_id && !strcmp(mpin_id, r.mpin_id),
           "callback mpinId \"%s\" is not the body's", fuzz_show(r.mpin_id));
    FCHECK(key && r.activate_key && !strcmp(key, r.activate_key),
           "callback activateKey \"%s\" is not the body's", fuzz_show(r.activate_key));
    FCHECK(expire && r.expire_time && !strcmp(expire, r.expire_time),
           "callback expireTime \"%s\" is not the body's", fuzz_show(r.expire_time));
    v = json_object_get(root, "resend");
    FCHECK(r.resend == (json_is_true(v) ? 1 : 0), "resend %d", r.resend);
    v = json_object_get(root, "mobile");
    FCHECK(r.mobile == (json_is_integer(v) && json_integer_value(v) == 1), "mobile %d", r.mobile);
    return bad;
}

static int logout_token(apr_pool_t *p, const char *body, size_t len)
{
    const char *token = NULL, *why = NULL;
    int ok = mpin_json_logout_token(p, body, len, &token, &why), bad = 0;
    json_error_t err;
    json_t *root, *v;

    if (!ok) {
        FCHECK(why && *why, "logout body refused without a reason");
        return bad;
    }
    if (!len) {
        FCHECK(token == NULL, "a token from an empty body");
        return bad;
    }
    root = json_loadb(body, len, JSON_REJECT_DUPLICATES | JSON_DECODE_ANY, &err);
    FCHECK(json_is_object(root) || json_is_string(root) || json_is_null(root),
           "logout body accepted but neither an object, a string nor null");
    v = json_object_get(root, "sessionToken");
    if (json_is_string(v))
        FCHECK(token && !strcmp(token, json_string_value(v)), "token \"%s\" is not sessionToken",
               fuzz_show(token));
    else
        FCHECK(token == NULL, "token \"%s\" without a string sessionToken", fuzz_show(token));
    json_decref(root);
    return bad;
}

int fuzz_rps_reply_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    const char *body = (const char *)data;
    json_error_t err;
    json_t *root = json_loadb(body, size, JSON_REJECT_DUPLICATES, &err);
    int bad = 0;

    bad += auth_reply(p, body, size, root);
    bad += client_settings(p, body, size, root);
    bad += verify_request(p, body, size, root);
    bad += logout_token(p, body, size);
    json_decref(root);
    return bad;
}

FUZZ_TARGET(rps_reply)
