/*
 * return_target.c: return-target validation (security item 1); config_url.c:
 * the syntax checks of configured URLs; rps_public_path.c: the public RPS
 * paths the proxy may forward.  The big
 * open-redirect corpus is in test_corpus.c; here are the rules one by one.
 */
#include <string.h>
#include "unit.h"

static const char *const allow_list[] = {
    "https://good.example/app/", "https://partner.example", NULL
};

static void accepted(const char *url, const apr_array_header_t *allowed)
{
    const char *why = NULL;
    int ok = mpin_url_return_ok(url, allowed, &why);

    CHECK(ok == 1, "return target \"%s\" refused (%s)", unit_show(url), unit_show(why));
}

static void refused(const char *url, const apr_array_header_t *allowed)
{
    const char *why = NULL;
    int ok = mpin_url_return_ok(url, allowed, &why);

    CHECK(ok == 0, "return target \"%s\" accepted", unit_show(url));
    CHECK(ok || (why && *why), "refusal of \"%s\" gives no reason", unit_show(url));
}

static void same_host_paths(apr_pool_t *p)
{
    static const char *const good[] = {
        "/", "/protected", "/a/b?x=1&y=%2F", "/q?next=http://x", "/protected/",
        "/a/b/c.html", "/a?b=c#d", "/search?q=a+b&r=%41", "/a;b=c", "/~user/",
        "/a..b/...", "/.well-known/x", "/q?next=//evil.com", "/q#//evil.com",
        "/q?next=..%2F..%2F", "/100%25", "/x?y=%2525", NULL
    };
    apr_array_header_t *allowed = unit_strings(p, allow_list);
    const char *const *u;

    for (u = good; *u; u++) {
        accepted(*u, NULL);
        accepted(*u, allowed);
    }
}

static void path_refusals(apr_pool_t *p)
{
    static const char *const bad[] = {
        /* host changes */
        "//evil.com", "///evil.com", "////evil.com", "/\\evil.com", "\\\\evil.com",
        "\\/evil.com", "/\\/evil.com", "/%2fevil.com", "/%2Fevil.com", "/%5cevil.com",
        "/%5Cevil.com", "/%252fevil.com", "/%25252fevil.com", "/%2525252fevil.com",
        "/%09/evil.com", "/\t/evil.com", "/%2f%2fevil.com",
        /* characters a browser strips or a backend misreads */
        "/a\\b", "/a b", "/a%20b", "/a\tb", "/a\rb", "/a\nb", "/a\x01", "/a\x7f",
        "/a\xc3\xa9", "/%0d%0aSet-Cookie:%20x=y", "/a%7f",
        /* dot segments and empty segments */
        "/.", "/..", "/./", "/../", "/a/..", "/a/../b", "/a/./b", "/..//evil.com",
        "/%2e%2e/", "/%2E%2e/x", "/a/%2e", "/a//b", "/a/..?x", "/a/.#x",
        /* malformed escapes */
        "/%", "/%2", "/%zz", "/%%2f", "/%2%66", "/a%",
        /* not a path */
        "evil.com", "./x", "../x", "?x=1", "#x", "%2f%2fevil.com", "", NULL
    };
    apr_array_header_t *allowed = unit_strings(p, allow_list);
    const char *const *u;

    for (u = bad; *u; u++) {
        refused(*u, NULL);
        refused(*u, allowed);
    }
    {
        const char *why = NULL;
        CHECK(!mpin_url_return_ok(NULL, allowed, &why) && why, "NULL return target accepted");
    }
}

static void length_limit(apr_pool_t *p)
{
    char *s = apr_palloc(p, MPIN_RETURN_URL_MAX + 2);

    memset(s, 'a', MPIN_RETURN_URL_MAX + 1);
    s[0] = '/';
    s[MPIN_RETURN_URL_MAX] = '\0';
    accepted(s, NULL);                  /* exactly the limit */
    s[MPIN_RETURN_URL_MAX] = 'a';
    s[MPIN_RETURN_URL_MAX + 1] = '\0';
    refused(s, NULL);                   /* one past it */
}

static void allowlist(apr_pool_t *p)
{
    static const char *const good[] = {
        "https://good.example/app/", "https://good.example/app/x?y=1#z",
        "HTTPS://GOOD.EXAMPLE/app/page", "https://partner.example",
        "https://partner.example/", "https://partner.example?x=1",
        "https://partner.example#top", "https://partner.example/a/b",
        "https://partner.example/cb?next=https://evil.com", NULL
    };
    static const char *const bad[] = {
        /* hosts */
        "https://evil.com/", "https://good.example.evil.com/app/",
        "https://good.exampleevil.com/app/", "https://evilgood.example/app/",
        "https://partner.example.evil.com", "https://partner.exampleevil.com",
        "https://evilpartner.example", "https://sub.partner.example",
        "https://partner.example:8443/", "https://partner.example./",
        /* userinfo */
        "https://good.example@evil.com/app/", "https://good.example:443@evil.com/app/",
        "https://user:pw@good.example/app/", "https://partner.example@evil.com",
        "https://partner.example:@evil.com", "https://partner.example%40evil.com",
        "https://@partner.example",
        /* path boundary and scheme */
        "https://good.example/application", "https://good.example/app",
        "https://good.example/APP/", "https://good.example/", "http://good.example/app/",
        "http://partner.example",
        /* no host */
        "https:/evil.com", "http:evil.com", "https:evil.com", "https:///evil.com", "https://",
        "https://:443/", "//partner.example", "javascript:alert(1)", "data:text/html,x",
        "vbscript:msgbox(1)", "ftp://partner.example",
        /* characters */
        "https://partner.example/\\", "https://partner.example/a b",
        "https://partner.example/%0d%0aSet-Cookie:x", "https://partner.example\t",
        "https://partner.example/\xc3\xa9", "https://partn\xd0\xb5r.example/", NULL
    };
    apr_array_header_t *allowed = unit_strings(p, allow_list);
    const char *const *u;

    for (u = good; *u; u++) {
        accepted(*u, allowed);
        refused(*u, NULL); /* absolute URLs need the allowlist */
    }
    for (u = bad; *u; u++)
        refused(*u, allowed);
    /* an empty allowlist allows no absolute URL */
    refused("https://partner.example/", apr_array_make(p, 1, sizeof(const char *)));
    /* the userinfo entry "https://good.example/app/@..." is a path: it is fine */
    accepted("https://good.example/app/@evil.com", allowed);
}

static void base_check(apr_pool_t *p)
{
    static const char *const good[] = {
        "http://127.0.0.1:8011", "http://127.0.0.1:8011/", "https://rps.example/base/path",
        "HTTP://RPS.EXAMPLE", "https://[::1]:8011/rps", NULL
    };
    static const char *const bad[] = {
        "", "127.0.0.1:8011", "rps.example/x", "ftp://rps.example", "http://", "https://",
        "http://:8011", "http:///x", "http://user@rps.example", "http://u:p@rps.example/",
        "http://rps.example/x?y=1", "http://rps.example?y", "http://rps.example/#f",
        "http://rps.example/a b", "http://rps.example/a\\b", "http:/rps.example",
        "//rps.example", "http://rps.example/\t", "http://rps.example/\xc3\xa9",
        "javascript:alert(1)", NULL
    };
    const char *const *u;
    char *longurl;

    for (u = good; *u; u++) {
        CHECK_NULL(mpin_url_base_check(*u), "base URL \"%s\" refused", unit_show(*u));
        CHECK_NULL(mpin_url_prefix_check(*u), "allowlist prefix \"%s\" refused", unit_show(*u));
    }
    for (u = bad; *u; u++) {
        CHECK(mpin_url_base_check(*u) != NULL, "base URL \"%s\" accepted", unit_show(*u));
        CHECK(mpin_url_prefix_check(*u) != NULL, "allowlist prefix \"%s\" accepted",
              unit_show(*u));
    }
    CHECK(mpin_url_base_check(NULL) != NULL, "NULL base URL accepted");
    longurl = apr_pstrcat(p, "http://rps.example/", NULL);
    while (strlen(longurl) <= MPIN_RETURN_URL_MAX)
        longurl = apr_pstrcat(p, longurl, "aaaaaaaaaaaaaaaa", NULL);
    CHECK(mpin_url_base_check(longurl) != NULL, "over-long base URL accepted");
}

static void rps_paths(void)
{
    static const char *const good[] = {
        "/rps/clientSettings", "/rps/user", "/rps/pass1", "/rps/pass2", "/rps/getAccessNumber",
        "/rps/access", "/rps/authenticate", "/rps/getQrUrl", "/rps/codeStatus",
        "/rps/mobileConfig", "/rps/user/ab", "/rps/user/7b226d6f62696c65223a7d",
        "/rps/signature/abcdef0123", "/rps/timePermit/ABCDEF", "/rps/setupDone/00", NULL
    };
    static const char *const bad[] = {
        "/authenticate", "/loginResult", "/user/ab", "/status", "/service", "/dynamicOptions",
        "/manage/getStackInfo", "/rps/../authenticate", "/rps/user/xyz", "/rps/unknown",
        "/rps/", "/rps", "/rps/user/", "/rps/user/a", "/rps/user/ab/cd", "/rps/user/ab/",
        "/rps/clientSettings/ab", "/rps/pass1/ab", "/rps//user", "/rps/./user",
        "/rps/user/..", "/rps/user/%2e%2e", "/rps/user%2fab", "/RPS/user",
        "/rps/clientSettings?x=1", "/rps/Clientsettings", "/rps/user/ab%00",
        "rps/user", "//rps/user", "/x/rps/user", "", NULL
    };
    const char *const *u;

    for (u = good; *u; u++)
        CHECK(mpin_rps_public_path_ok(*u), "public RPS path \"%s\" refused", unit_show(*u));
    for (u = bad; *u; u++)
        CHECK(!mpin_rps_public_path_ok(*u), "RPS path \"%s\" forwarded", unit_show(*u));
}

static void split_one(apr_pool_t *p, const char *url, const char *host, int port,
                      const char *authority, const char *path)
{
    mpin_url_parts u;
    int ok = mpin_url_base_split(p, url, &u);

    CHECK(ok == (host != NULL), "split of %s: %d", unit_show(url), ok);
    if (!ok || !host) return;
    CHECK_STR(u.host, host, "host of %s", unit_show(url));
    CHECK_INT(u.port, port, "port of %s", unit_show(url));
    CHECK_STR(u.authority, authority, "authority of %s", unit_show(url));
    CHECK_STR(u.path, path, "path of %s", unit_show(url));
}

static void base_split(apr_pool_t *p)
{
    split_one(p, "http://127.0.0.1:8011", "127.0.0.1", 8011, "127.0.0.1:8011", "");
    split_one(p, "http://rps.example", "rps.example", 80, "rps.example", "");
    split_one(p, "HTTPS://rps.example/base/x", "rps.example", 443, "rps.example", "/base/x");
    split_one(p, "http://rps.example:/a", "rps.example", 80, "rps.example", "/a");
    split_one(p, "http://[::1]:8011/rps", "::1", 8011, "[::1]:8011", "/rps");
    split_one(p, "http://[::1]", "::1", 80, "[::1]", "");
    split_one(p, "http://host:65535", "host", 65535, "host:65535", "");
    split_one(p, "http://host:65536", NULL, 0, NULL, NULL);
    split_one(p, "http://host:0", NULL, 0, NULL, NULL);
    split_one(p, "http://host:8x", NULL, 0, NULL, NULL);
    split_one(p, "http://[::1]x:80", NULL, 0, NULL, NULL);
    split_one(p, "http://[]:80", NULL, 0, NULL, NULL);
    split_one(p, "http://:80", NULL, 0, NULL, NULL);
    split_one(p, "http://u@host", NULL, 0, NULL, NULL);
    split_one(p, "http://host/a?q", NULL, 0, NULL, NULL);
    split_one(p, "ftp://host", NULL, 0, NULL, NULL);
}

void suite_url(apr_pool_t *p)
{
    same_host_paths(p);
    path_refusals(p);
    length_limit(p);
    allowlist(p);
    base_check(p);
    rps_paths();
    base_split(p);
}
