/*
 * json.c: the PIN pad body (docs/protocol.md §6), the RPS /authenticate reply
 * (docs/protocol.md §4), the registration callback (§2.2), the mobile
 * logout body, the builders (security item 8) and the clientSettings rewrite
 * (§5).  Security item 7: wrong types, invalid JSON, duplicate keys and
 * invalid UTF-8 are refused.
 */
#include <stdlib.h>
#include <string.h>
#include <jansson.h>
#include "unit.h"

#define OTT32 "31ba0ed5efb75d91ef69a2b7eb1d3a26"
#define OTT64 OTT32 "0123456789abcdefABCDEF0123456789"
#define SHAPE2 "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}"

/* ---------------------------------------------------------------- PIN pad */

static int pinpad_n(apr_pool_t *p, const char *body, apr_size_t len, const char **ott)
{
    const char *why = NULL;
    int ok;

    *ott = NULL;
    ok = mpin_json_pinpad_authott(p, body, len, ott, &why);
    CHECK(ok || (why && *why), "PIN pad body \"%s\" refused without a reason",
          unit_show_n(body, len));
    return ok;
}

static int pinpad(apr_pool_t *p, const char *body, const char **ott)
{
    return pinpad_n(p, body, strlen(body), ott);
}

static void pinpad_bodies(apr_pool_t *p)
{
    static const char *const bad[] = {
        /* length and format of the authOTT */
        "{\"mpinResponse\":{\"authOTT\":\"31ba0ed5efb75d91ef69a2b7eb1d3a2\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"" OTT64 "a\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"31ba0ed5efb75d91ef69a2b7eb1d3a2g\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"31ba0ed5efb75d91 ef69a2b7eb1d3a26\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\\n\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\\u0000\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"\\u0000" OTT32 "\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\\\"}\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"\"}}",
        /* types */
        "{\"mpinResponse\":{\"authOTT\":31123456789012345678901234567890}}",
        "{\"mpinResponse\":{\"authOTT\":null}}",
        "{\"mpinResponse\":{\"authOTT\":[\"" OTT32 "\"]}}",
        "{\"mpinResponse\":{\"authOTT\":{\"x\":\"" OTT32 "\"}}}",
        "{\"mpinResponse\":{\"authOTT\":true}}",
        "{\"mpinResponse\":\"{\\\"authOTT\\\":\\\"" OTT32 "\\\"}\"}",
        "{\"mpinResponse\":[{\"authOTT\":\"" OTT32 "\"}]}",
        "{\"mpinResponse\":null}",
        /* missing */
        "{\"authOTT\":\"" OTT32 "\"}",
        "{\"mpinresponse\":{\"authOTT\":\"" OTT32 "\"}}",
        "{\"mpinResponse\":{\"authOtt\":\"" OTT32 "\"}}",
        "{\"mpinResponse\":{}}", "{}",
        /* not an object */
        "[{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}]", "\"" OTT32 "\"", "null", "5",
        /* not JSON */
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}", "{mpinResponse:{authOTT:\"" OTT32 "\"}}",
        "{'mpinResponse':{'authOTT':'" OTT32 "'}}", "authOTT=" OTT32,
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}} x",
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}{}",
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\",}}", " ", "",
        /* duplicate keys, at the top and inside */
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"},\"mpinResponse\":{\"authOTT\":\"" OTT64 "\"}}",
        "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\",\"authOTT\":\"" OTT64 "\"}}",
        /* invalid UTF-8 and bad escapes anywhere in the body */
        "{\"x\":\"\xff\",\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}",
        "{\"x\":\"\xc0\xaf\",\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}",
        "{\"x\":\"\xed\xa0\x80\",\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}",
        "{\"x\":\"\\ud800\",\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}",
        "{\"x\":\"a\\u0000b\",\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}",
        "{\"x\":\"\\q\",\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}",
        "{\"x\":\"a\nb\",\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}",
        NULL
    };
    const char *ott, *const *b;
    const char *shape1 = "{\"mpinResponse\": {\"version\": \"0.3\", \"pass\": 2, \"authOTT\": \""
                         OTT32 "\"}}";

    CHECK(pinpad(p, shape1, &ott), "PIN pad shape 1 refused");
    CHECK_STR(ott, OTT32, "authOTT of shape 1");
    CHECK(pinpad(p, SHAPE2, &ott), "PIN pad shape 2 (after mobile) refused");
    CHECK_STR(ott, OTT32, "authOTT of shape 2");
    CHECK(pinpad(p, "{\"mpinResponse\":{\"authOTT\":\"" OTT64 "\"}}", &ott), "64 hex refused");
    CHECK_STR(ott, OTT64, "64-hex authOTT");
    CHECK(pinpad(p, "{\"mpinResponse\":{\"authOTT\":\"" OTT32 "0\"}}", &ott), "33 hex refused");
    CHECK(pinpad(p, "{\"other\":[1,{\"a\":null}],\"mpinResponse\":{\"OTP\":\"123456\",\"x\":{},"
                    "\"authOTT\":\"" OTT32 "\",\"pass\":\"2\"}}", &ott), "other keys not ignored");
    CHECK_STR(ott, OTT32, "authOTT among other keys");
    CHECK(pinpad(p, "{\"mpinResponse\":{\"authOTT\":\"\\u0033" "1ba0ed5efb75d91ef69a2b7eb1d3a26\"}}",
                 &ott), "JSON escape in the authOTT refused");
    CHECK_STR(ott, OTT32, "authOTT with a JSON escape");
    CHECK(pinpad(p, " \n{\"mpinResponse\":{\"authOTT\":\"" OTT32 "\"}}\r\n\t", &ott),
          "surrounding whitespace refused");
    /* len is honoured: a body cut short is invalid, trailing bytes past len ignored */
    CHECK(!pinpad_n(p, shape1, strlen(shape1) - 1, &ott), "cut body accepted");
    CHECK(pinpad_n(p, SHAPE2 "garbage", sizeof(SHAPE2) - 1, &ott), "bytes past len not ignored");
    CHECK(!pinpad_n(p, NULL, 0, &ott), "NULL body accepted");
    for (b = bad; *b; b++) {
        CHECK(!pinpad(p, *b, &ott), "PIN pad body \"%s\" accepted", unit_show(*b));
        CHECK_NULL(ott, "authOTT set by refused body \"%s\"", unit_show(*b));
    }
}

/* ------------------------------------------------------------- RPS reply */

static void rps_reply(apr_pool_t *p)
{
    static const struct {
        const char *body;
        int status;
        const char *user, *message;
    } good[] = {
        { "{\"userId\": \"alice@example.com\", \"mpinId\": \"7b22697373756564223a7d\", "
          "\"status\": 200, \"message\": \"Authentication successful\"}",
          200, "alice@example.com", "Authentication successful" },
        { "{\"userId\": \"alice@example.com\", \"mpinId\": \"7b7d\", \"status\": 200, "
          "\"message\": \"Authentication successful\", \"OTP\": \"123456\"}",
          200, "alice@example.com", "Authentication successful" },
        { "{\"userId\": \"alice@example.com\", \"mpinId\": \"7b7d\", \"status\": 401, "
          "\"message\": \"Wrong PIN.\"}", 401, "alice@example.com", "Wrong PIN." },
        { "{\"userId\": \"alice@example.com\", \"mpinId\": \"7b7d\", \"status\": 410, "
          "\"message\": \"Wrong PIN.\"}", 410, "alice@example.com", "Wrong PIN." },
        { "{\"userId\": \"\", \"mpinId\": \"\", \"status\": 408, "
          "\"message\": \"Expired authentication request\"}", 408, "", "Expired authentication request" },
        { "{\"status\": 408, \"message\": \"Expired authentication request\"}", 408, "",
          "Expired authentication request" },
        { "{\"status\": 401}", 401, "", "" },
        { "{\"status\": 100}", 100, "", "" },
        { "{\"status\": 599, \"userId\": \"x\"}", 599, "x", "" },
        { "{\"status\": 200, \"userId\": \"a\\\"l\\\\i\\u00e9\\u2028</script>\"}", 200,
          "a\"l\\i\xc3\xa9\xe2\x80\xa8</script>", "" },
    };
    static const char *const bad[] = {
        "{\"userId\": \"alice\", \"status\": \"200\", \"message\": \"ok\"}",
        "{\"userId\": 5, \"status\": 200, \"message\": \"ok\"}",
        "{\"userId\": null, \"status\": 200}",
        "{\"userId\": \"alice\", \"status\": 200, \"mpinId\": 7}",
        "{\"userId\": \"alice\", \"status\": 200, \"mpinId\": null}",
        "{\"userId\": [\"alice\"], \"status\": 200}",
        "{\"userId\": \"alice\", \"status\": 200, \"message\": 5}",
        "{\"userId\": \"alice\", \"status\": 200, \"message\": {}}",
        "[{\"userId\": \"alice\", \"status\": 200, \"message\": \"ok\"}]",
        "[]", "200", "\"200\"", "null", "", "{", "{\"status\": 200} x",
        "{\"userId\": \"alice\", \"status\": 99}", "{\"userId\": \"alice\", \"status\": 600}",
        "{\"status\": 0}", "{\"status\": -200}", "{\"status\": 200.0}", "{\"status\": 2e2}",
        "{\"status\": true}", "{\"status\": null}", "{\"status\": [200]}",
        "{\"status\": 4294967496}", "{\"status\": 18446744073709551816}",
        "{\"userId\": \"alice\", \"message\": \"Authentication successful\"}", "{}",
        "{\"status\": 401, \"status\": 200, \"userId\": \"alice\"}",
        "{\"status\": 200, \"userId\": \"mallory\", \"userId\": \"alice\"}",
        "{\"status\": 200, \"userId\": \"al\xffice\"}",
        "{\"status\": 200, \"userId\": \"al\\u0000ice\"}",
        NULL
    };
    mpin_rps_auth_result r;
    const char *why, *const *b;
    apr_size_t i;

    for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        memset(&r, 0, sizeof(r));
        why = NULL;
        CHECK(mpin_json_rps_auth_reply(p, good[i].body, strlen(good[i].body), &r, &why),
              "RPS reply \"%s\" refused (%s)", unit_show(good[i].body), unit_show(why));
        CHECK_INT(r.status, good[i].status, "status of \"%s\"", unit_show(good[i].body));
        CHECK_STR(r.user_id, good[i].user, "userId of \"%s\"", unit_show(good[i].body));
        CHECK_STR(r.message, good[i].message, "message of \"%s\"", unit_show(good[i].body));
        CHECK(r.mpin_id && (strstr(good[i].body, "mpinId") || !*r.mpin_id),
              "mpinId of \"%s\" without one", unit_show(good[i].body));
    }
    CHECK(mpin_json_rps_auth_reply(p, good[0].body, strlen(good[0].body), &r, &why), "reply 0");
    CHECK_STR(r.mpin_id, "7b22697373756564223a7d", "mpinId of the first reply");
    for (b = bad; *b; b++) {
        why = NULL;
        CHECK(!mpin_json_rps_auth_reply(p, *b, strlen(*b), &r, &why),
              "RPS reply \"%s\" accepted", unit_show(*b));
        CHECK(why && *why, "RPS reply \"%s\" refused without a reason", unit_show(*b));
    }
}

/* mpinId: hex of the RPS's JSON; only "mobile": 1 (an integer) is a phone. */
static void mpin_id_mobile(apr_pool_t *p)
{
    static const struct { const char *json; int mobile; } cases[] = {
        { "{\"mobile\": 1, \"issued\": \"2016-03-15 13:42:36.947038\", \"userID\": \"a\", "
          "\"salt\": \"d778\"}", 1 },
        { "{\"userID\": \"a\", \"mobile\": 1}", 1 },
        { "{\"mobile\": 0, \"userID\": \"a\"}", 0 }, { "{\"userID\": \"a\"}", 0 },
        { "{\"mobile\": \"1\"}", 0 }, { "{\"mobile\": true}", 0 }, { "{\"mobile\": 1.0}", 0 },
        { "{\"mobile\": 2}", 0 }, { "{\"mobile\": 1, \"mobile\": 1}", 0 }, { "[1]", 0 },
        { "{\"mobile\": 1", 0 }, { "", 0 },
    };
    apr_size_t i, j;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const char *j_ = cases[i].json;
        char *hex = apr_palloc(p, strlen(j_) * 2 + 1);
        for (j = 0; j_[j]; j++) apr_snprintf(hex + 2 * j, 3, "%02x", (unsigned char)j_[j]);
        hex[2 * j] = 0;
        CHECK_INT(mpin_json_mpin_id_mobile(p, hex), cases[i].mobile, "mobile of mpinId %s",
                  unit_show(j_));
    }
    CHECK_INT(mpin_json_mpin_id_mobile(p, "7b226d6f62696c65223a20317"), 0, "odd-length hex");
    CHECK_INT(mpin_json_mpin_id_mobile(p, "zz"), 0, "not hex");
    CHECK_INT(mpin_json_mpin_id_mobile(p, ""), 0, "empty mpinId");
}

/* --------------------------------------------------- registration callback */

#define VERIFY_BODY(user, resend, mobile) \
    "{\"userId\": " user ", \"mpinId\": \"7b226d6f62696c65223a20302c7d\", \"mobile\": " mobile \
    ", \"activateKey\": \"" OTT64 "\", \"expireTime\": \"2016-09-20T15:09:25Z\", \"resend\": " \
    resend ", \"deviceName\": \"\", \"userData\": \"\"}"

static void verify_request(apr_pool_t *p)
{
    static const char *const bad[] = {
        VERIFY_BODY("\"\"", "false", "0"), VERIFY_BODY("5", "false", "0"),
        VERIFY_BODY("null", "false", "0"), VERIFY_BODY("[\"alice\"]", "false", "0"),
        VERIFY_BODY("{}", "false", "0"), VERIFY_BODY("true", "false", "0"),
        "{\"mpinId\": \"7b7d\", \"mobile\": 0}", "{\"userid\": \"alice\"}", "{}",
        "{\"userId\": \"alice\", \"mpinId\": 5}", "{\"userId\": \"alice\", \"mpinId\": null}",
        "{\"userId\": \"alice\", \"userId\": \"bob\"}", "{\"userId\": \"al\xffice\"}",
        "[{\"userId\": \"alice\"}]", "\"alice\"", "userId=alice", "{\"userId\": \"alice\"",
        "", NULL
    };
    mpin_verify_request v;
    const char *why, *body, *const *b;

    body = VERIFY_BODY("\"alice@example.com\"", "false", "0");
    memset(&v, 0, sizeof(v));
    v.resend = v.mobile = 7;
    CHECK(mpin_json_verify_request(p, body, strlen(body), &v, &why), "8-field body refused");
    CHECK_STR(v.user_id, "alice@example.com", "userId of the callback");
    CHECK_STR(v.mpin_id, "7b226d6f62696c65223a20302c7d", "mpinId of the callback");
    CHECK_INT(v.resend, 0, "resend false");
    CHECK_INT(v.mobile, 0, "mobile 0");

    body = VERIFY_BODY("\"bob\"", "true", "1");
    CHECK(mpin_json_verify_request(p, body, strlen(body), &v, &why), "resend body refused");
    CHECK_INT(v.resend, 1, "resend true");
    CHECK_INT(v.mobile, 1, "mobile 1");

    body = "{\"userId\": \"x\", \"mobile\": true, \"resend\": 1}";
    CHECK(mpin_json_verify_request(p, body, strlen(body), &v, &why), "loose types refused");
    CHECK_STR(v.mpin_id, "", "absent mpinId");
    CHECK(v.mobile == 0 && v.resend == 0, "mobile true / resend 1 read as set (%d, %d)",
          v.mobile, v.resend);

    body = "{\"userId\": \"caf\\u00e9 \\\"q\\\"\", \"userData\": {\"a\": [1]}}";
    CHECK(mpin_json_verify_request(p, body, strlen(body), &v, &why), "userData object refused");
    CHECK_STR(v.user_id, "caf\xc3\xa9 \"q\"", "escaped userId");

    for (b = bad; *b; b++) {
        why = NULL;
        CHECK(!mpin_json_verify_request(p, *b, strlen(*b), &v, &why),
              "verify body \"%s\" accepted", unit_show(*b));
        CHECK(why && *why, "verify body \"%s\" refused without a reason", unit_show(*b));
    }
}

/* ------------------------------------------------------------ mobile logout */

static void logout_token(apr_pool_t *p)
{
    static const struct { const char *body, *token; } good[] = {
        { "", NULL }, { "\"\"", NULL }, { "{}", NULL }, { "null", NULL },
        { "{\"sessionToken\":\"x\",\"userId\":\"u\"}", "x" },
        { "{\"userId\":\"u\",\"sessionToken\":\"abc-123_XYZ\"}", "abc-123_XYZ" },
    };
    static const char *const bad[] = {
        "5", "[]", "[\"x\"]", "true", "{\"sessionToken\":5}", "{\"sessionToken\":null}",
        "{\"sessionToken\":{\"a\":\"b\"}}", "{\"sessionToken\":\"a\",\"sessionToken\":\"b\"}",
        "{\"sessionToken\":\"a\xff\"}", "{\"sessionToken\":\"a\\u0000\"}", "{", "x", "\"",
        "{\"sessionToken\":\"x\"} {}", NULL
    };
    const char *token, *why, *const *b;
    apr_size_t i;

    for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
        token = "unset";
        why = NULL;
        CHECK(mpin_json_logout_token(p, good[i].body, strlen(good[i].body), &token, &why),
              "logout body \"%s\" refused (%s)", unit_show(good[i].body), unit_show(why));
        CHECK_STR(token, good[i].token, "token of logout body \"%s\"", unit_show(good[i].body));
    }
    for (b = bad; *b; b++) {
        token = "unset";
        why = NULL;
        CHECK(!mpin_json_logout_token(p, *b, strlen(*b), &token, &why),
              "logout body \"%s\" accepted", unit_show(*b));
        CHECK(why && *why, "logout body \"%s\" refused without a reason", unit_show(*b));
        CHECK_NULL(token, "token set by refused logout body \"%s\"", unit_show(*b));
    }
}

/* ---------------------------------------------------------------- builders */

static json_t *parse(const char *s)
{
    json_error_t err;
    return s ? json_loads(s, JSON_REJECT_DUPLICATES, &err) : NULL;
}

static const char *get_str(json_t *o, const char *key)
{
    return json_string_value(json_object_get(o, key));
}

static void builders(apr_pool_t *p)
{
    static const char *const users[] = {
        "alice@example.com", "a\"b", "a\\b", "\\\"", "caf\xc3\xa9 \xe6\x97\xa5\xf0\x9d\x84\x9e",
        "</script><script>alert(1)</script>", "line\nbreak\ttab\x01", "\xe2\x80\xa8\xe2\x80\xa9",
        "{\"status\":200}", "%s%n%x", "", NULL
    };
    const char *const *u;
    json_t *o;
    char *s;

    for (u = users; *u; u++) {
        s = mpin_json_authenticate_request(p, *u, NULL, NULL);
        o = parse(s);
        CHECK(o && json_object_size(o) == 1, "authenticate request for \"%s\" is %s",
              unit_show(*u), unit_show(s));
        CHECK_STR(get_str(o, "authOTT"), *u, "authOTT round trip");
        json_decref(o);

        s = mpin_json_authenticate_request(p, OTT32, *u, *u);
        o = parse(s);
        CHECK(o && json_object_size(o) == 3, "authenticate request with logout \"%s\" is %s",
              unit_show(*u), unit_show(s));
        CHECK_STR(get_str(o, "logoutURL"), *u, "logoutURL round trip");
        CHECK_STR(get_str(json_object_get(o, "logoutData"), "sessionToken"), *u,
                  "logoutData.sessionToken round trip");
        CHECK(json_object_size(json_object_get(o, "logoutData")) == 1,
              "logoutData has only sessionToken");
        json_decref(o);

        s = mpin_json_login_result(p, OTT32, 200, *u, "tok\"en", *u);
        o = parse(s);
        CHECK(o && json_object_size(o) == 4, "login result for \"%s\" is %s", unit_show(*u),
              unit_show(s));
        CHECK_STR(get_str(o, "authOTT"), OTT32, "loginResult authOTT");
        CHECK(json_is_integer(json_object_get(o, "status"))
              && json_integer_value(json_object_get(o, "status")) == 200, "loginResult status");
        CHECK_STR(get_str(o, "message"), *u, "loginResult message round trip");
        CHECK_STR(get_str(json_object_get(o, "logoutData"), "sessionToken"), "tok\"en",
                  "loginResult logoutData.sessionToken");
        CHECK_STR(get_str(json_object_get(o, "logoutData"), "userId"), *u,
                  "loginResult logoutData.userId round trip");
        json_decref(o);

        s = mpin_json_status_body(p, 410, *u, *u, *u);
        o = parse(s);
        CHECK(o && json_object_size(o) == 4, "status body for \"%s\" is %s", unit_show(*u),
              unit_show(s));
        CHECK(json_integer_value(json_object_get(o, "status")) == 410, "status body status");
        CHECK_STR(get_str(o, "message"), *u, "status body message round trip");
        CHECK_STR(get_str(o, "userId"), *u, "status body userId round trip");
        CHECK_STR(get_str(o, "redirectURL"), *u, "status body redirectURL round trip");
        json_decref(o);
    }

    s = mpin_json_status_body(p, 401, "Wrong PIN.", NULL, NULL);
    o = parse(s);
    CHECK(o && json_object_size(o) == 2, "status body without user is %s", unit_show(s));
    CHECK_STR(get_str(o, "message"), "Wrong PIN.", "status body message");
    json_decref(o);
    s = mpin_json_status_body(p, 500, NULL, NULL, "/x");
    o = parse(s);
    CHECK_STR(get_str(o, "message"), "", "status body with a NULL message");
    CHECK_STR(get_str(o, "redirectURL"), "/x", "status body redirect only");
    CHECK(!json_object_get(o, "userId"), "status body has a userId it was not given");
    json_decref(o);

    s = mpin_json_reauth_body(p, 401, "PIN \"entry\" required", "max_auth_age", "/login?reauth=age");
    o = parse(s);
    CHECK(o && json_object_size(o) == 4, "reauth body is %s", unit_show(s));
    CHECK(json_integer_value(json_object_get(o, "status")) == 401, "reauth body status");
    CHECK_STR(get_str(o, "message"), "PIN \"entry\" required", "reauth body message");
    CHECK_STR(get_str(o, "reason"), "max_auth_age", "reauth body reason");
    CHECK_STR(get_str(o, "redirectURL"), "/login?reauth=age", "reauth body redirectURL");
    json_decref(o);
    s = mpin_json_reauth_body(p, 401, "m", NULL, NULL);
    CHECK_STR(s, "{\"status\":401,\"message\":\"m\"}", "reauth body without reason");
    CHECK_NULL(mpin_json_reauth_body(p, 401, "m", "r\xff", NULL), "reauth body with a bad reason");
    CHECK_NULL(mpin_json_reauth_body(p, 401, "m\xff", "r", NULL), "reauth body with a bad message");

    /* invalid UTF-8 cannot be put in JSON: no body rather than a wrong one */
    CHECK_NULL(mpin_json_authenticate_request(p, "ab\xff", NULL, NULL),
               "authenticate request with bad UTF-8");
    CHECK_NULL(mpin_json_authenticate_request(p, OTT32, "/lo\xffgout", "t"),
               "authenticate request with a bad UTF-8 logoutURL");
    CHECK_NULL(mpin_json_authenticate_request(p, OTT32, NULL, "t\xc0\xaf"),
               "authenticate request with a bad UTF-8 token");
    CHECK_NULL(mpin_json_login_result(p, OTT32, 200, "ok", "t", "al\xc0\xafice"),
               "login result with a bad UTF-8 user");
    CHECK_NULL(mpin_json_status_body(p, 200, "ok", "al\xffice", NULL),
               "status body with a bad UTF-8 user (userId silently dropped?)");
    CHECK_NULL(mpin_json_status_body(p, 200, "ok", NULL, "/a\xff"),
               "status body with a bad UTF-8 redirect (redirectURL silently dropped?)");
}

/* The written bodies, byte for byte, and against jansson for every string
 * of one to three bytes from a set that covers ASCII, controls, every lead
 * and continuation class: the same strings refused, the rest read back. */
static void writers_exact(apr_pool_t *p)
{
    static const unsigned char alphabet[] = {
        0x01, 0x09, 0x0a, 0x1f, ' ', '"', '&', '\'', '/', '<', '>', 'A', '\\', 0x7f, 0x80, 0x9f, 0xa8,
        0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff
    };
    const apr_size_t n = sizeof(alphabet);
    apr_size_t a, b, c, len;
    char str[4];
    json_t *o, *js;
    char *s;
    int mismatches = 0;

    CHECK_STR(mpin_json_status_body(p, 401, "Wrong PIN.", NULL, NULL),
              "{\"status\":401,\"message\":\"Wrong PIN.\"}", "status body, exact");
    CHECK_STR(mpin_json_status_body(p, 200, "ok", "alice@example.com", "/p?a=1&b"),
              "{\"status\":200,\"message\":\"ok\",\"userId\":\"alice@example.com\","
              "\"redirectURL\":\"\\u002fp?a=1\\u0026b\"}", "status body with user and target, exact");
    CHECK_STR(mpin_json_status_body(p, 400, "a\"b\\c\n", NULL, NULL),
              "{\"status\":400,\"message\":\"a\\u0022b\\u005cc\\u000a\"}", "status body escapes, exact");

    for (len = 1; len <= 3; len++) {
        for (a = 0; a < n; a++) for (b = 0; b < (len > 1 ? n : 1); b++) for (c = 0; c < (len > 2 ? n : 1); c++) {
            str[0] = (char)alphabet[a];
            str[1] = (char)alphabet[b];
            str[2] = (char)alphabet[c];
            str[len] = '\0';
            js = json_string(str);
            s = mpin_json_status_body(p, 200, str, str, str);
            if (!js != !s) {
                if (mismatches++ < 5)
                    CHECK(0, "\"%s\": jansson %s it, the writer %s it", unit_show(str),
                          js ? "takes" : "refuses", s ? "takes" : "refuses");
            }
            else if (s) {
                o = parse(s);
                if (!o || !json_equal(json_object_get(o, "message"), js)
                    || !json_equal(json_object_get(o, "userId"), js)
                    || !json_equal(json_object_get(o, "redirectURL"), js)) {
                    if (mismatches++ < 5)
                        CHECK(0, "\"%s\" written as %s", unit_show(str), unit_show(s));
                }
                json_decref(o);
            }
            json_decref(js);
        }
    }
    CHECK(mismatches == 0, "%d strings written unlike jansson", mismatches);
}

/* The writer itself: shapes the builders do not reach. */
static void writer(apr_pool_t *p)
{
    mpin_json_writer *w;
    int i;

    CHECK_STR(mpin_jw_finish(mpin_jw_object(p)), "{}", "an empty object");
    w = mpin_jw_object(p);
    mpin_jw_string(w, "a", NULL);
    mpin_jw_int(w, "n", -42);
    mpin_jw_begin(w, "o");
    mpin_jw_end(w);
    mpin_jw_begin(w, "k\"ey");
    mpin_jw_millis(w, "s", 12034);
    mpin_jw_millis(w, "z", 7);
    CHECK_STR(mpin_jw_finish(w), "{\"n\":-42,\"o\":{},\"k\\u0022ey\":{\"s\":12.034,\"z\":0.007}}",
              "NULL left out, nested objects, escaped key, seconds from milliseconds, closed at the end");
    w = mpin_jw_object(p);
    mpin_jw_begin_array(w, "e");
    mpin_jw_end(w);
    mpin_jw_begin_array(w, "a");
    mpin_jw_begin_item(w);
    mpin_jw_bool(w, "t", 1);
    mpin_jw_end(w);
    mpin_jw_begin_item(w);
    mpin_jw_bool(w, "f", 0);
    mpin_jw_string(w, "s", "x");
    mpin_jw_end(w);
    mpin_jw_end(w);
    mpin_jw_int(w, "n", 1);
    CHECK_STR(mpin_jw_finish(w), "{\"e\":[],\"a\":[{\"t\":true},{\"f\":false,\"s\":\"x\"}],\"n\":1}",
              "arrays of objects, booleans");
    w = mpin_jw_object(p);
    mpin_jw_begin_array(w, "a");
    mpin_jw_int(w, "k", 1);
    CHECK_NULL(mpin_jw_finish(w), "a member straight inside an array refused");
    w = mpin_jw_object(p);
    mpin_jw_begin_item(w);
    CHECK_NULL(mpin_jw_finish(w), "an item outside an array refused");
    w = mpin_jw_object(p);
    mpin_jw_begin_array(w, "a");
    mpin_jw_begin_item(w);
    CHECK_STR(mpin_jw_finish(w), "{\"a\":[{}]}", "an open array and item closed at the end");
    w = mpin_jw_object(p);
    for (i = 0; i < 20; i++) mpin_jw_begin(w, "d");
    CHECK_NULL(mpin_jw_finish(w), "nesting beyond the writer's depth refused");
    w = mpin_jw_object(p);
    mpin_jw_end(w);
    mpin_jw_int(w, "after", 1);
    CHECK_NULL(mpin_jw_finish(w), "a member after the object was closed refused");
    w = mpin_jw_object(p);
    mpin_jw_string(w, "k\xff", "v");
    CHECK_NULL(mpin_jw_finish(w), "a key that is not UTF-8 refused");
    w = mpin_jw_object(p);
    for (i = 0; i < 500; i++) mpin_jw_string(w, apr_psprintf(p, "key%d", i), "a value long enough to grow");
    {
        json_t *o = parse(mpin_jw_finish(w));
        CHECK(o && json_object_size(o) == 500, "500 members: the buffer grows, jansson reads them all");
        json_decref(o);
    }
}

/* ------------------------------------------------------ clientSettings */

#define RPS "http://127.0.0.1:8011/rps"

static void rewrite(apr_pool_t *p)
{
    static const struct { const char *key, *in, *out; } fields[] = {
        { "registerURL", RPS "/user", "/rps/user" },
        { "signatureURL", RPS "/signature", "/rps/signature" },
        { "timePermitsURL", RPS "/timePermit", "/rps/timePermit" },
        { "setupDoneURL", RPS "/setupDone", "/rps/setupDone" },
        { "mpinAuthServerURL", RPS, "/rps" },
        { "mobileAuthenticateURL", RPS "/authenticate", "/rps/authenticate" },
        { "accessNumberURL", RPS "/access", "/rps/access" },
        { "getAccessNumberURL", RPS "/getAccessNumber", "/rps/getAccessNumber" },
        { "getQrUrl", RPS "?x=1", "/rps?x=1" },
        { "codeStatusURL", RPS "/codeStatus", "/rps/codeStatus" },
        /* left alone, even when they start with the RPS URL */
        { "certivoxURL", RPS "/certivox", RPS "/certivox" },
        { "timePermitsStorageURL", RPS "/storage", RPS "/storage" },
        { "authenticateURL", RPS "/mpinAuthenticate", RPS "/mpinAuthenticate" },
        { "appID", RPS, RPS },
        { "seedValue", RPS "/seed", RPS "/seed" },
        { "successLoginURL", RPS "/x", RPS "/x" },
    };
    static const struct { const char *in; } unchanged[] = {
        { "http://127.0.0.1:8011/rpsX" }, { "http://127.0.0.1:8011/rpsX/user" },
        { "http://127.0.0.1:8011/rps-old/user" }, { "http://127.0.0.1:80111/rps/user" },
        { "https://other.example/rps/user" }, { "/rps/user" }, { "http://127.0.0.1:8011/" },
        { "http://127.0.0.1:8011/rp" }, { "" },
    };
    static const char *const not_objects[] = {
        "[]", "[{\"registerURL\":\"" RPS "/user\"}]", "5", "\"x\"", "null", "", "{",
        "{\"a\":1} x", "{\"a\":1,\"a\":2}", "{\"a\":\"\xff\"}", NULL
    };
    json_t *in = json_object(), *o;
    const char *why, *const *b;
    char *body, *out;
    apr_size_t i;

    for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
        json_object_set_new(in, fields[i].key, json_string(fields[i].in));
    json_object_set_new(in, "requestOTP", json_false());
    json_object_set_new(in, "accessNumberDigits", json_integer(7));
    body = json_dumps(in, JSON_COMPACT);
    out = mpin_json_rewrite_client_settings(p, body, strlen(body), RPS, "/rps", &why);
    free(body);
    o = parse(out);
    CHECK(o != NULL, "rewritten clientSettings do not parse: %s", unit_show(out));
    CHECK_INT(json_object_size(o), json_object_size(in), "rewritten clientSettings keys");
    for (i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
        CHECK_STR(get_str(o, fields[i].key), fields[i].out, "clientSettings %s", fields[i].key);
    CHECK(json_is_false(json_object_get(o, "requestOTP")), "requestOTP kept");
    CHECK(json_integer_value(json_object_get(o, "accessNumberDigits")) == 7, "digits kept");
    json_decref(o);
    json_decref(in);

    for (i = 0; i < sizeof(unchanged) / sizeof(unchanged[0]); i++) {
        in = json_pack("{s:s, s:i}", "registerURL", unchanged[i].in, "signatureURL", 5);
        body = json_dumps(in, JSON_COMPACT);
        out = mpin_json_rewrite_client_settings(p, body, strlen(body), RPS, "/rps", &why);
        free(body);
        o = parse(out);
        CHECK_STR(get_str(o, "registerURL"), unchanged[i].in, "registerURL rewritten");
        CHECK(json_integer_value(json_object_get(o, "signatureURL")) == 5,
              "non-string signatureURL changed");
        json_decref(o);
        json_decref(in);
    }
    for (b = not_objects; *b; b++) {
        why = NULL;
        out = mpin_json_rewrite_client_settings(p, *b, strlen(*b), RPS, "/rps", &why);
        CHECK_NULL(out, "clientSettings \"%s\" rewritten", unit_show(*b));
        CHECK(why && *why, "clientSettings \"%s\" refused without a reason", unit_show(*b));
    }
}

/* The hex of {"userID":"aaa..."} with n hex digits in all (n = 26 + 2k). */
static const char *mpin_id_of_length(apr_pool_t *p, apr_size_t n)
{
    apr_size_t k = (n - 26) / 2;
    char *json = apr_palloc(p, k + 14);
    const char *user;

    memcpy(json, "{\"userID\":\"", 11);
    memset(json + 11, 'a', k);
    memcpy(json + 11 + k, "\"}", 3);
    user = mpin_hex_encode(p, (const unsigned char *)json, k + 13);
    return strlen(user) == n ? user : NULL;
}

/* The mpinId bound is MPIN_ID_HEX_MAX wherever an mpinId is read: decoding
 * it (the permit hook, the activation page) and the proxied paths. */
static void mpin_id_bound(apr_pool_t *p)
{
    const char *at = mpin_id_of_length(p, MPIN_ID_HEX_MAX);
    const char *over = mpin_id_of_length(p, MPIN_ID_HEX_MAX + 2);
    const char *user = NULL, *why = NULL;

    CHECK(at && over, "mpinIds of %d and %d hex digits built", MPIN_ID_HEX_MAX,
          MPIN_ID_HEX_MAX + 2);
    if (!at || !over) return;
    CHECK(mpin_json_mpin_id_user(p, at, &user, &why), "mpinId of %d hex digits refused: %s",
          MPIN_ID_HEX_MAX, unit_show(why));
    CHECK_INT(user ? strlen(user) : 0, (MPIN_ID_HEX_MAX - 26) / 2, "its userID");
    CHECK(!mpin_json_mpin_id_user(p, over, &user, &why), "mpinId of %d hex digits decoded",
          MPIN_ID_HEX_MAX + 2);
    CHECK(!mpin_json_mpin_id_mobile(p, over), "mpinId of %d hex digits read for \"mobile\"",
          MPIN_ID_HEX_MAX + 2);
    CHECK(mpin_rps_public_path_ok(apr_pstrcat(p, "/rps/user/", at, NULL)),
          "/rps/user/<mpinId of %d hex digits> refused", MPIN_ID_HEX_MAX);
    CHECK(!mpin_rps_public_path_ok(apr_pstrcat(p, "/rps/user/", over, NULL)),
          "/rps/user/<mpinId of %d hex digits> forwarded", MPIN_ID_HEX_MAX + 2);
}

void suite_json(apr_pool_t *p)
{
    mpin_id_bound(p);
    pinpad_bodies(p);
    rps_reply(p);
    verify_request(p);
    mpin_id_mobile(p);
    logout_token(p);
    builders(p);
    writers_exact(p);
    writer(p);
    rewrite(p);
}
