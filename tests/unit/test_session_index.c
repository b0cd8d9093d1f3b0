/*
 * session_index.c: a user's index of sessions.  Round trips, one encoding
 * per index, hostile fields refused, and the device a User-Agent names.
 */
#include <string.h>
#include "unit.h"

#define KEY_A "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.s"
#define KEY_B "abcdefghijklmnopqrstuvwxyz0123456789-_ABCDE.s"

static void round_trip(apr_pool_t *p)
{
    apr_array_header_t *a = apr_array_make(p, 2, sizeof(mpin_index_entry)), *back;
    mpin_index_entry *e = &APR_ARRAY_PUSH(a, mpin_index_entry);
    char *enc;

    e->key = KEY_A;
    e->created = apr_time_from_sec(1700000000);
    e->device = 'b';
    e->addr = "192.0.2.1";
    e = &APR_ARRAY_PUSH(a, mpin_index_entry);
    e->key = KEY_B;
    e->created = apr_time_from_sec(1700000100) + 999999;   /* stored in whole seconds */
    e->device = 'p';
    e->addr = "2001:db8::1";
    enc = mpin_index_encode(p, a);
    CHECK_STR(enc, "1;" KEY_A ",1700000000,b,192.0.2.1;" KEY_B ",1700000100,p,2001:db8::1",
              "encoding of two entries");
    back = mpin_index_decode(p, enc);
    CHECK(back && back->nelts == 2, "two entries decode");
    if (back && back->nelts == 2) {
        const mpin_index_entry *x = &APR_ARRAY_IDX(back, 1, mpin_index_entry);
        CHECK_STR(x->key, KEY_B, "key round trip");
        CHECK(x->created == apr_time_from_sec(1700000100), "created round trip");
        CHECK_INT(x->device, 'p', "device round trip");
        CHECK_STR(x->addr, "2001:db8::1", "address round trip");
    }
    /* an address that could break the format is never written */
    e->addr = "1.2.3.4;x,y";
    enc = mpin_index_encode(p, a);
    CHECK(strstr(enc, ",p,-") != NULL, "a hostile address is written as '-': %s", unit_show(enc));
    CHECK(mpin_index_decode(p, enc) != NULL, "and the record still decodes");
    back = mpin_index_decode(p, "1");
    CHECK(back && back->nelts == 0, "an empty index");
    back = mpin_index_decode(p, NULL);
    CHECK(back && back->nelts == 0, "no index");
}

static void refusals(apr_pool_t *p)
{
    static const char *const bad[] = {
        "", "2", "1;", "1;;", "x;" KEY_A ",1,b,-", "1" KEY_A ",1,b,-",
        "1;" KEY_A ",1,b,-;", "1;" KEY_A ",1,b", "1;" KEY_A ",1,b,-,", "1;" KEY_A ",,b,-",
        "1;" KEY_A ",01,b,-", "1;" KEY_A ",-1,b,-", "1;" KEY_A ", 1,b,-", "1;" KEY_A ",1,x,-",
        "1;" KEY_A ",1,bb,-", "1;" KEY_A ",1,b,", "1;" KEY_A ",1,b,1.2.3.4 ",
        "1;" KEY_A ",1,b,g::1", "1;" KEY_A ",1234567890123,b,-",
        "1;AAAA.s,1,b,-", "1;" KEY_A "x,1,b,-", "1;AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+.s,1,b,-",
        "1;AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.l,1,b,-",
        "1;" KEY_A ",1,b,1111111111111111111111111111111111111111111111",
        NULL
    };
    const char *const *b;
    char *many = "1";
    int i;

    for (b = bad; *b; b++)
        CHECK(mpin_index_decode(p, *b) == NULL, "index \"%s\" decoded", unit_show(*b));
    CHECK(mpin_index_decode(p, "1;" KEY_A ",0,o,-") != NULL, "time 0 decodes");
    for (i = 0; i < MPIN_INDEX_DECODE_MAX; i++) many = apr_pstrcat(p, many, ";" KEY_A ",1,b,-", NULL);
    CHECK(mpin_index_decode(p, many) != NULL, "the most entries an index may hold");
    many = apr_pstrcat(p, many, ";" KEY_A ",1,b,-", NULL);
    CHECK(mpin_index_decode(p, many) == NULL, "one more is refused");
}

static void devices(apr_pool_t *p)
{
    (void)p;
    CHECK_INT(mpin_device_kind("Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"),
              'b', "desktop Firefox");
    CHECK_INT(mpin_device_kind("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15"),
              'p', "iPhone");
    CHECK_INT(mpin_device_kind("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36"),
              'p', "Android phone");
    CHECK_INT(mpin_device_kind("curl/8.5.0"), 'o', "curl");
    CHECK_INT(mpin_device_kind(""), 'o', "empty");
    CHECK_INT(mpin_device_kind(NULL), 'o', "none");
    CHECK_STR(mpin_device_name('p'), "phone", "name of p");
    CHECK_STR(mpin_device_name('b'), "browser", "name of b");
    CHECK_STR(mpin_device_name('x'), "other", "name of anything else");
}

void suite_session_index(apr_pool_t *p)
{
    round_trip(p);
    refusals(p);
    devices(p);
}
