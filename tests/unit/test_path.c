/*
 * path.c: mapping /m/<path> to a file under the mobile app's folder without
 * ever leaving it.
 */
#include <string.h>
#include "unit.h"

#define ROOT "/srv/mpin/mobile"

static void good(apr_pool_t *p)
{
    static const struct { const char *rel, *file; } ok[] = {
        { "index.html", ROOT "/index.html" },
        { "js/main.js", ROOT "/js/main.js" },
        { "css/main.css", ROOT "/css/main.css" },
        { "mpin.appcache", ROOT "/mpin.appcache" },
        { "a/b/c/d.txt", ROOT "/a/b/c/d.txt" },
        { "a..b", ROOT "/a..b" },
        { "x.", ROOT "/x." },
        { "file%20name.js", ROOT "/file name.js" },
        { "%41.js", ROOT "/A.js" },
        { "caf%C3%A9.png", ROOT "/caf\xc3\xa9.png" },
        { "100%2525", ROOT "/100%25" },
    };
    apr_size_t i;

    for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
        const char *why = NULL;
        CHECK_STR(mpin_path_under_root(p, ROOT, ok[i].rel, &why), ok[i].file,
                  "path \"%s\" (%s)", ok[i].rel, unit_show(why));
    }
}

static void bad(apr_pool_t *p)
{
    static const char *const no[] = {
        "", "..", "../x", "../../etc/passwd", "a/../b", "a/..", "a/./b", ".", "./x", "a/.",
        "%2e%2e/x", "%2E%2E/x", ".%2e/x", "%2e./x", "a/%2e%2e/b", "%2e", "%2fetc", "%2Fetc/passwd",
        "a%2fb", "a%5cb", "a%5Cb", "%5c..%5cx", "%00", "a%00", "index.html%00.js", "a//b", "a///b",
        "a/", "js/", "/", "/etc/passwd", "//etc/passwd", ".git/config", ".htaccess", "a/.hidden",
        "a/.git/HEAD", "...", "a\\b", "..\\x", "\\x", "a%", "a%2", "a%zz", "%%", "a%0a",
        "a\nb", "a\tb", "a\x01", "a\x7f", "a%7f", "a%01b", NULL
    };
    const char *const *r;

    for (r = no; *r; r++) {
        const char *why = NULL, *got = mpin_path_under_root(p, ROOT, *r, &why);
        CHECK_NULL(got, "path \"%s\" mapped", unit_show(*r));
        CHECK(got || (why && *why), "path \"%s\" refused without a reason", unit_show(*r));
    }
}

void suite_path(apr_pool_t *p)
{
    good(p);
    bad(p);
}
