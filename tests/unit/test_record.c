/*
 * record.c: session records in the store.  Fields must be unambiguous
 * (security item 6): a user name holding the separator cannot shift the
 * fields, and the decoder accepts one form only.
 */
#include <string.h>
#include "unit.h"

static int bars(const char *s)
{
    int n = 0;

    for (; s && *s; s++) n += *s == '|';
    return n;
}

static void round_trip(apr_pool_t *p, const mpin_record *in)
{
    mpin_record out;
    char *enc = mpin_record_encode(p, in);

    memset(&out, 0, sizeof(out));
    CHECK_INT(bars(enc), 10, "separators in the record of user \"%s\": %s", unit_show(in->user),
              unit_show(enc));
    CHECK(mpin_record_decode(p, enc, &out), "record %s does not decode", unit_show(enc));
    CHECK(out.created == in->created && out.last_used == in->last_used,
          "times of record %s", unit_show(enc));
    CHECK_STR(out.method, in->method, "method round trip");
    CHECK_STR(out.user, in->user, "user round trip");
    CHECK_STR(out.host, in->host, "host round trip");
    CHECK_STR(out.cookie_name, in->cookie_name, "cookie name round trip");
    CHECK_STR(out.cookie_path, in->cookie_path, "cookie path round trip");
    CHECK(out.auth_time == in->auth_time, "auth time of record %s", unit_show(enc));
    CHECK_STR(out.methods, in->methods, "methods round trip");
    CHECK_STR(out.logout_key, in->logout_key ? in->logout_key : "", "logout key round trip");
}

static void round_trips(apr_pool_t *p)
{
    static const char *const users[] = {
        "alice@example.com", "a|b", "|", "||||", "a%7Cb", "%", "%%", "100%", "%zz",
        "caf\xc3\xa9 \xe6\x97\xa5\xf0\x9d\x84\x9e", "a b+c", "1|0|0|x|y|z|w|v", "\"q\" \\ '",
        "tab\tnl\n", "", NULL
    };
    const char *const *u;
    mpin_record rec;

    for (u = users; *u; u++) {
        rec.created = APR_INT64_C(1700000000123456);
        rec.last_used = APR_INT64_C(1700000100654321);
        rec.method = "pinpad";
        rec.user = *u;
        rec.host = "www.example.com:8443";
        rec.cookie_name = "mpin_session";
        rec.cookie_path = "/a|b/%2f";
        rec.auth_time = APR_INT64_C(1700000050000001);
        rec.methods = "password pinpad";
        rec.logout_key = "aGVsbG8gd29ybGQgdGhpcyBpcyBhIGtleSBvZiA0Mw.l";
        round_trip(p, &rec);
    }
    rec.created = 0;
    rec.last_used = APR_INT64_C(9223372036854775807);
    rec.auth_time = 0;
    rec.method = rec.user = rec.host = rec.cookie_name = rec.cookie_path = rec.methods = "";
    rec.logout_key = NULL;      /* written as none */
    round_trip(p, &rec);
    rec.logout_key = "a|b%";
    rec.auth_time = APR_INT64_C(9223372036854775807);
    rec.methods = "a|b %7C";
    rec.method = "mobile|x";
    rec.host = "h|o|s|t";
    rec.cookie_name = "%00";
    round_trip(p, &rec);
}

static void refusals(apr_pool_t *p)
{
    static const char *const bad[] = {
        /* version */
        "2|1|2|pinpad|alice|h|c|%2F", "0|1|2|pinpad|alice|h|c|%2F", "3|1|2|pinpad|alice|h|c|%2F|3|x",
        "1|1|2|pinpad|alice|h|c|%2F|3|pinpad", "02|1|2|pinpad|alice|h|c|%2F|3|x", "01|1|2|pinpad|alice|h|c|%2F",
        "|1|2|pinpad|alice|h|c|%2F", "v1|1|2|pinpad|alice|h|c|%2F", "1 |1|2|pinpad|alice|h|c|%2F",
        /* field count */
        "1|1|2|pinpad|alice|h|c", "1|1|2|pinpad|alice|h|c|%2F|", "1|1|2|pinpad|alice|h|c|%2F|x",
        "1|1|2|pinpad|al|ice|h|c|%2F", "1", "", "|||||||", "1|||||||",
        /* times */
        "1|-1|2|pinpad|alice|h|c|%2F", "1|1|-2|pinpad|alice|h|c|%2F", "1|abc|2|pinpad|alice|h|c|%2F",
        "1|1x|2|pinpad|alice|h|c|%2F", "1|1|2x|pinpad|alice|h|c|%2F", "1|0x10|2|pinpad|alice|h|c|%2F",
        "1|1.5|2|pinpad|alice|h|c|%2F", "1|1e3|2|pinpad|alice|h|c|%2F", "1|5 |2|pinpad|alice|h|c|%2F",
        "1| 5|2|pinpad|alice|h|c|%2F", "1|+5|2|pinpad|alice|h|c|%2F", "1|1|\t2|pinpad|alice|h|c|%2F",
        "1|99999999999999999999|2|pinpad|alice|h|c|%2F", "1||2|pinpad|alice|h|c|%2F",
        "1|1||pinpad|alice|h|c|%2F",
        /* escapes */
        "1|1|2|pinpad|al%zzice|h|c|%2F", "1|1|2|pinpad|alice%|h|c|%2F", "1|1|2|pinpad|alice%4|h|c|%2F",
        "1|1|2|pinpad|al%00ice|h|c|%2F", "1|1|2|%|alice|h|c|%2F", "1|1|2|pinpad|alice|%g1|c|%2F",
        "1|1|2|pinpad|alice|h|%0|%2F", "1|1|2|pinpad|alice|h|c|%2",
        /* version 2: its two more fields, exactly */
        "2|1|2|pinpad|alice|h|c|%2F|3", "2|1|2|pinpad|alice|h|c|%2F|3|pinpad|",
        "2|1|2|pinpad|alice|h|c|%2F|3|pinpad|x", "2|1|2|pinpad|alice|h|c|%2F||pinpad",
        "2|1|2|pinpad|alice|h|c|%2F|-3|pinpad", "2|1|2|pinpad|alice|h|c|%2F|3x|pinpad",
        "2|1|2|pinpad|alice|h|c|%2F| 3|pinpad", "2|1|2|pinpad|alice|h|c|%2F|3|pin%zz",
        "2|1|2|pinpad|alice|h|c|%2F|3|pin%", "2|1|2|pinpad|alice|h|c|%2F|3|a%00",
        /* version 3: one more field than 2, exactly */
        "3|1|2|pinpad|alice|h|c|%2F|3|pinpad", "3|1|2|pinpad|alice|h|c|%2F|3|pinpad|k|",
        "3|1|2|pinpad|alice|h|c|%2F|3|pinpad|k|x", "3|1|2|pinpad|alice|h|c|%2F|3|pinpad|k%zz",
        "3|1|2|pinpad|alice|h|c|%2F|3|pinpad|%", "3|1|2|pinpad|alice|h|c|%2F|x3|pinpad|k",
        "4|1|2|pinpad|alice|h|c|%2F|3|pinpad|k", "03|1|2|pinpad|alice|h|c|%2F|3|pinpad|k",
        "3|1|2|pinpad|alice|h|c|%2F|3|pinpad|k%00", NULL
    };
    const char *const *b;
    mpin_record rec;

    CHECK(mpin_record_decode(p, "1|1|2|pinpad|al%7Cice|h|c|%2F", &rec), "valid record refused");
    CHECK_STR(rec.user, "al|ice", "escaped separator in a field");
    CHECK_STR(rec.cookie_path, "/", "escaped slash in a field");
    for (b = bad; *b; b++)
        CHECK(!mpin_record_decode(p, *b, &rec), "record \"%s\" decoded", unit_show(*b));
}

/* Records written before version 2 stay sessions: their single login is
 * the list, and a PIN login's time is the last PIN entry. */
static void version_1(apr_pool_t *p)
{
    mpin_record rec;

    CHECK(mpin_record_decode(p, "1|100|200|pinpad|alice|h|c|%2F", &rec), "v1 pinpad refused");
    CHECK(rec.auth_time == 100, "v1 pinpad: auth time is the login (%" APR_TIME_T_FMT ")",
          rec.auth_time);
    CHECK_STR(rec.methods, "pinpad", "v1 pinpad: methods");
    CHECK(mpin_record_decode(p, "1|100|200|mobile|bob|h|c|%2F", &rec), "v1 mobile refused");
    CHECK(rec.auth_time == 100, "v1 mobile: auth time is the login");
    CHECK_STR(rec.methods, "mobile", "v1 mobile: methods");
    CHECK(mpin_record_decode(p, "1|100|200|password|carol|h|c|%2F", &rec), "v1 password refused");
    CHECK(rec.auth_time == 0, "v1 password: no PIN entry");
    CHECK_STR(rec.methods, "password", "v1 password: methods");
    CHECK(mpin_record_decode(p, "2|100|200|pinpad|carol|h|c|%2F|150|password%20pinpad", &rec),
          "v2 refused");
    CHECK(rec.auth_time == 150, "v2: auth time");
    CHECK_STR(rec.methods, "password pinpad", "v2: methods");
    CHECK_STR(rec.method, "pinpad", "v2: method");
    CHECK(rec.logout_key == NULL, "v2: no word on a logout token");
    CHECK(mpin_record_decode(p, "3|100|200|mobile|carol|h|c|%2F|150|mobile|key.l", &rec), "v3 refused");
    CHECK_STR(rec.logout_key, "key.l", "v3: logout key");
    CHECK(mpin_record_decode(p, "3|100|200|pinpad|carol|h|c|%2F|150|pinpad|", &rec),
          "v3 without a token refused");
    CHECK_STR(rec.logout_key, "", "v3: no logout token");
}

static void methods(apr_pool_t *p)
{
    CHECK(mpin_methods_have("password pinpad", "pinpad"), "last word");
    CHECK(mpin_methods_have("password pinpad", "password"), "first word");
    CHECK(mpin_methods_have("pinpad", "pinpad"), "only word");
    CHECK(!mpin_methods_have("password pinpad", "pin"), "prefix of a word");
    CHECK(!mpin_methods_have("password pinpadx", "pinpad"), "word with a tail");
    CHECK(!mpin_methods_have("xpinpad", "pinpad"), "word with a head");
    CHECK(mpin_methods_have("xpinpad pinpad", "pinpad"), "second occurrence");
    CHECK(!mpin_methods_have("", "pinpad"), "empty list");
    CHECK(!mpin_methods_have(NULL, "pinpad"), "no list");
    CHECK(!mpin_methods_have("pinpad", ""), "empty word");
    CHECK_STR(mpin_methods_add(p, "password", "pinpad"), "password pinpad", "added");
    CHECK_STR(mpin_methods_add(p, "password pinpad", "pinpad"), "password pinpad", "not twice");
    CHECK_STR(mpin_methods_add(p, "", "mobile"), "mobile", "to an empty list");
    CHECK_STR(mpin_methods_add(p, NULL, "mobile"), "mobile", "to no list");
    CHECK(mpin_method_is_pin("pinpad") && mpin_method_is_pin("mobile"), "PIN methods");
    CHECK(!mpin_method_is_pin("password") && !mpin_method_is_pin(NULL) && !mpin_method_is_pin(""),
          "not PIN methods");
}

void suite_record(apr_pool_t *p)
{
    round_trips(p);
    refusals(p);
    version_1(p);
    methods(p);
}
