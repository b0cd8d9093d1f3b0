/*
 * Fuzzing the JSON writers of the login path (json.c, security item 8):
 * mpin_json_authenticate_request and mpin_json_login_result (the bodies
 * sent to the RPS) and mpin_json_status_body (the answer to the PIN pad),
 * which write JSON without jansson, every string through mpin_js_escape.
 *
 * Input: up to five strings separated by NUL bytes: authOTT, message,
 * sessionToken, userId, redirect target (a missing one is "").  The status
 * is taken from the input's length.
 *
 * Invariants, against jansson called here on its own:
 *   - each writer refuses (NULL) exactly when one of its strings is not
 *     valid UTF-8 (json_string refuses it);
 *   - otherwise its output is one JSON object (duplicate keys refused) with
 *     exactly the expected keys, each string equal to its input and the
 *     status the integer given: no input can add, drop or change a field.
 */
#include <string.h>
#include <jansson.h>
#include "apr_strings.h"
#include "fuzz.h"

static int utf8(const char *s)
{
    json_t *j = json_string(s);
    int ok = j != NULL;

    json_decref(j);
    return ok;
}

/* o[key] is the string want */
static int has_string(json_t *o, const char *key, const char *want)
{
    json_t *v = json_object_get(o, key);

    return json_is_string(v) && !strcmp(json_string_value(v), want);
}

int fuzz_json_writer_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    const char *parts[5] = {"", "", "", "", ""};
    const char *ott, *msg, *token, *user, *target;
    int status = 100 + (int)(size % 500), bad = 0, ok;
    json_error_t err;
    json_t *o, *ld;
    char *s;

    fuzz_split(p, data, size, parts, 5);
    ott = parts[0];
    msg = parts[1];
    token = parts[2];
    user = parts[3];
    target = parts[4];

    s = mpin_json_authenticate_request(p, ott);
    FCHECK(!s == !utf8(ott), "authenticate request %s \"%s\"", s ? "took" : "refused",
           fuzz_show(ott));
    if (s) {
        o = json_loads(s, JSON_REJECT_DUPLICATES, &err);
        FCHECK(json_is_object(o) && json_object_size(o) == 1 && has_string(o, "authOTT", ott),
               "authenticate request \"%s\" is not {\"authOTT\": the input}", fuzz_show(s));
        json_decref(o);
    }

    ok = utf8(ott) && utf8(msg) && utf8(token) && utf8(user);
    s = mpin_json_login_result(p, ott, status, msg, token, user);
    FCHECK(!s == !ok, "login result %s the input", s ? "took" : "refused");
    if (s) {
        o = json_loads(s, JSON_REJECT_DUPLICATES, &err);
        ld = json_object_get(o, "logoutData");
        FCHECK(json_is_object(o) && json_object_size(o) == 4 && has_string(o, "authOTT", ott)
               && json_integer_value(json_object_get(o, "status")) == status
               && json_is_integer(json_object_get(o, "status")) && has_string(o, "message", msg)
               && json_is_object(ld) && json_object_size(ld) == 2
               && has_string(ld, "sessionToken", token) && has_string(ld, "userId", user),
               "login result \"%s\" is not the input's", fuzz_show(s));
        json_decref(o);
    }

    ok = utf8(msg) && utf8(user) && utf8(target);
    s = mpin_json_status_body(p, status, msg, *user ? user : NULL, *target ? target : NULL);
    FCHECK(!s == !ok, "status body %s the input", s ? "took" : "refused");
    if (s) {
        o = json_loads(s, JSON_REJECT_DUPLICATES, &err);
        FCHECK(json_is_object(o)
               && json_object_size(o) == 2 + (*user ? 1u : 0u) + (*target ? 1u : 0u)
               && json_is_integer(json_object_get(o, "status"))
               && json_integer_value(json_object_get(o, "status")) == status
               && has_string(o, "message", msg) && (!*user || has_string(o, "userId", user))
               && (!*target || has_string(o, "redirectURL", target)),
               "status body \"%s\" is not the input's", fuzz_show(s));
        json_decref(o);
    }
    return bad;
}

FUZZ_TARGET(json_writer)
