/*
 * cookie.c: Cookie header parsing (security item 7: crafted, duplicate and
 * huge cookies) and cookie-name syntax.
 */
#include <string.h>
#include "unit.h"

#define NAME "mpin_session"

/* Parses header for NAME with max; checks the count and the values (a
 * NULL-terminated list of what must come back, in order). */
static void expect(apr_pool_t *p, const char *header, int max, int count,
                   const char *const *values)
{
    apr_array_header_t *out = apr_array_make(p, 1, sizeof(const char *));
    int n = mpin_cookie_values(p, header, NAME, out, max), i, want = 0;

    while (values && values[want]) want++;
    CHECK_INT(n, count, "count of %s in \"%s\"", NAME, unit_show(header));
    CHECK_INT(out->nelts, want, "values returned from \"%s\"", unit_show(header));
    for (i = 0; i < out->nelts && i < want; i++)
        CHECK_STR(APR_ARRAY_IDX(out, i, const char *), values[i], "value %d of \"%s\"", i,
                  unit_show(header));
}

#define V(...) ((const char *const[]){ __VA_ARGS__, NULL })

static void basics(apr_pool_t *p)
{
    expect(p, NAME "=abc", 8, 1, V("abc"));
    expect(p, "a=1; " NAME "=abc; b=2", 8, 1, V("abc"));
    expect(p, "a=1;" NAME "=abc;b=2", 8, 1, V("abc"));
    expect(p, "a=1; b=2", 8, 0, NULL);
    expect(p, "", 8, 0, NULL);
    expect(p, NULL, 8, 0, NULL);
    /* duplicates: all, in order; the count goes on past max */
    expect(p, NAME "=one; " NAME "=two", 8, 2, V("one", "two"));
    expect(p, NAME "=one; x=y; " NAME "=two; " NAME "=three", 2, 3, V("one", "two"));
    expect(p, NAME "=one; " NAME "=two", 0, 2, NULL);
    /* whitespace around names and values (spaces and tabs) */
    expect(p, "  " NAME "  =  abc  ;b=2", 8, 1, V("abc"));
    expect(p, "\t" NAME "\t=\tabc\t", 8, 1, V("abc"));
    expect(p, NAME "=a b", 8, 1, V("a b"));
    /* names that contain, or are contained in, ours */
    expect(p, "x" NAME "=evil; " NAME "2=evil; " NAME "_=evil; mpin=evil; " NAME "=good",
           8, 1, V("good"));
    expect(p, "xmpin_session=a; mpin_session2=b; MPIN_SESSION=c; mpin-session=d", 8, 0, NULL);
    expect(p, "a=" NAME "=x; b=" NAME, 8, 0, NULL);
    /* empty values, missing '=', empty pairs */
    expect(p, NAME "=", 8, 1, V(""));
    expect(p, NAME "=; " NAME "=x", 8, 2, V("", "x"));
    expect(p, NAME, 8, 0, NULL);
    expect(p, NAME "; x=1", 8, 0, NULL);
    expect(p, ";;; ;" NAME "=v;;", 8, 1, V("v"));
    expect(p, "=v; =" NAME, 8, 0, NULL);
    /* values are copied as they are: quotes and '=' kept */
    expect(p, NAME "=\"quoted\"", 8, 1, V("\"quoted\""));
    expect(p, NAME "=a=b==", 8, 1, V("a=b=="));
    expect(p, NAME "=a,b", 8, 1, V("a,b"));
}

/* The same with ',' as a separator too (several Cookie fields joined by
 * httpd with ", "). */
static void expect_commas(apr_pool_t *p, const char *header, int count, const char *const *values)
{
    apr_array_header_t *out = apr_array_make(p, 1, sizeof(const char *));
    int n = mpin_cookie_values_ex(p, header, NAME, out, 8, 1), i, want = 0;

    while (values && values[want]) want++;
    CHECK_INT(n, count, "count of %s in \"%s\" (commas)", NAME, unit_show(header));
    CHECK_INT(out->nelts, want, "values returned from \"%s\" (commas)", unit_show(header));
    for (i = 0; i < out->nelts && i < want; i++)
        CHECK_STR(APR_ARRAY_IDX(out, i, const char *), values[i], "value %d of \"%s\" (commas)",
                  i, unit_show(header));
}

static void joined_fields(apr_pool_t *p)
{
    /* two fields "a=1" and "NAME=v", as httpd joins them */
    expect_commas(p, "a=1, " NAME "=v", 1, V("v"));
    expect(p, "a=1, " NAME "=v", 8, 0, NULL);
    expect_commas(p, NAME "=v, a=1", 1, V("v"));
    expect_commas(p, "a=1; b=2, c=3; " NAME "=v; d=4", 1, V("v"));
    expect_commas(p, NAME "=one, " NAME "=two", 2, V("one", "two"));
    /* an h2 request's crumbs, joined with "; " by mod_http2, are read either way */
    expect_commas(p, "a=1; " NAME "=v", 1, V("v"));
    expect(p, "a=1; " NAME "=v", 8, 1, V("v"));
    /* empty fields and stray commas */
    expect_commas(p, ", ,," NAME "=v,,", 1, V("v"));
    expect_commas(p, "a=1,", 0, NULL);
    /* a value with a comma is cut there (ours never hold one) */
    expect_commas(p, NAME "=a,b", 1, V("a"));
}

static void huge(apr_pool_t *p)
{
    apr_array_header_t *out = apr_array_make(p, 1, sizeof(const char *));
    char *big = apr_palloc(p, 16 * 1024 + 1), *header;
    struct iovec *iov;
    int i, n, many = 5000;

    /* 5000 cookies of ours among 5000 others: all counted, at most max kept */
    iov = apr_palloc(p, sizeof(*iov) * (apr_size_t)many * 2);
    for (i = 0; i < many; i++) {
        char *pair = apr_psprintf(p, "%s%s=%d", i ? "; " : "", (i % 2) ? NAME : "other", i);
        iov[i].iov_base = pair;
        iov[i].iov_len = strlen(pair);
    }
    header = apr_pstrcatv(p, iov, (apr_size_t)many, NULL);
    n = mpin_cookie_values(p, header, NAME, out, MPIN_COOKIE_MAX_VALUES);
    CHECK_INT(n, many / 2, "count among %d cookies", many);
    CHECK_INT(out->nelts, MPIN_COOKIE_MAX_VALUES, "values kept among %d cookies", many);
    CHECK(out->nelts > 1 && !strcmp(APR_ARRAY_IDX(out, 0, const char *), "1")
          && !strcmp(APR_ARRAY_IDX(out, 1, const char *), "3"), "first values in order");

    /* a 16 KB value comes back whole */
    memset(big, 'v', 16 * 1024);
    big[16 * 1024] = '\0';
    out = apr_array_make(p, 1, sizeof(const char *));
    header = apr_pstrcat(p, "a=b; " NAME "=", big, "; c=d", NULL);
    n = mpin_cookie_values(p, header, NAME, out, MPIN_COOKIE_MAX_VALUES);
    CHECK(n == 1 && out->nelts == 1 && !strcmp(APR_ARRAY_IDX(out, 0, const char *), big),
          "16 KB cookie value");
    /* a 16 KB name that starts like ours is not ours */
    out = apr_array_make(p, 1, sizeof(const char *));
    header = apr_pstrcat(p, NAME, big, "=x", NULL);
    CHECK_INT(mpin_cookie_values(p, header, NAME, out, 8), 0, "16 KB name");
    /* 16 KB of separators */
    memset(big, ';', 16 * 1024);
    CHECK_INT(mpin_cookie_values(p, big, NAME, out, 8), 0, "16 KB of ';'");
    memset(big, '=', 16 * 1024);
    CHECK_INT(mpin_cookie_values(p, big, NAME, out, 8), 0, "16 KB of '='");
    CHECK_INT(out->nelts, 0, "nothing kept from separators");
}

static void names(void)
{
    static const char *const good[] = {
        "mpin_session", "MPIN", "a", "a-b.c_d", "__Host-mpin", "x!#$%&'*+^`|~", NULL
    };
    static const char *const bad[] = {
        "", "a b", "a=b", "a;b", "a,b", "a\"b", "a/b", "a\\b", "a(b)", "a<b>", "a@b", "a:b",
        "a?b", "a[b]", "a{b}", "a\tb", "a\nb", "a\x01", "a\x7f", "caf\xc3\xa9", NULL
    };
    const char *const *n;

    for (n = good; *n; n++)
        CHECK(mpin_cookie_name_ok(*n), "cookie name \"%s\" refused", unit_show(*n));
    for (n = bad; *n; n++)
        CHECK(!mpin_cookie_name_ok(*n), "cookie name \"%s\" accepted", unit_show(*n));
    CHECK(!mpin_cookie_name_ok(NULL), "NULL cookie name accepted");
}

static void prefixed(apr_pool_t *p)
{
    CHECK_STR(mpin_cookie_prefixed_name(p, NAME, 1, NULL, "/"), "__Host-" NAME,
              "Secure, host-only, Path=/: __Host-");
    CHECK_STR(mpin_cookie_prefixed_name(p, NAME, 1, "", "/"), "__Host-" NAME,
              "an empty domain is no domain");
    CHECK_STR(mpin_cookie_prefixed_name(p, NAME, 0, NULL, "/"), NAME, "not Secure: no prefix");
    CHECK_STR(mpin_cookie_prefixed_name(p, NAME, 0, "example.com", "/app"), NAME,
              "not Secure, with a domain and a path: no prefix");
    CHECK_STR(mpin_cookie_prefixed_name(p, NAME, 1, "example.com", "/"), "__Secure-" NAME,
              "Secure with a Domain: __Secure-");
    CHECK_STR(mpin_cookie_prefixed_name(p, NAME, 1, NULL, "/app"), "__Secure-" NAME,
              "Secure with another path: __Secure-");
    CHECK_STR(mpin_cookie_prefixed_name(p, "__Host-x", 1, NULL, "/"), "__Host-x",
              "a configured __Host- name is not prefixed twice");
    CHECK_STR(mpin_cookie_prefixed_name(p, "__secure-x", 1, NULL, "/"), "__secure-x",
              "nor a __Secure- one, whatever its case");
    CHECK_STR(mpin_cookie_prefixed_name(p, "__Hostile", 1, NULL, "/"), "__Host-__Hostile",
              "a name that only looks like a prefix gets one");
}

void suite_cookie(apr_pool_t *p)
{
    prefixed(p);
    basics(p);
    joined_fields(p);
    huge(p);
    names();
}
