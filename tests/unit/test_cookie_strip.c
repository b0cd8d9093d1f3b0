/*
 * cookie_strip.c: the module's own cookies leave the Cookie header handed
 * to backends, every other cookie keeps its bytes (security row 20).
 */
#include <string.h>
#include "unit.h"

static const char *const OURS[] = {"mpin_session", "mpin_login", "__Host-mpin_session", NULL};

static void expect(apr_pool_t *p, const char *header, const char *want, int removed)
{
    int n = -1;
    const char *got = mpin_cookie_strip(p, header, OURS, &n);

    CHECK_INT(n, removed, "cookies removed from \"%s\"", unit_show(header));
    if (!want) CHECK(got == NULL, "\"%s\": nothing should be left, got \"%s\"", unit_show(header),
                     got ? unit_show(got) : "");
    else CHECK_STR(got ? got : "(null)", want, "\"%s\" stripped", unit_show(header));
}

void suite_cookie_strip(apr_pool_t *p)
{
    const char *untouched = "a=1;b=2 ;  c=\"x y\"";
    int n;

    /* nothing of ours: the very same string */
    CHECK(mpin_cookie_strip(p, untouched, OURS, &n) == untouched && n == 0,
          "a header without our cookies is returned as it is");
    expect(p, "", "", 0);
    expect(p, "mpin_session=abc.def", NULL, 1);
    expect(p, "mpin_session=abc; mpin_login=x", NULL, 2);
    expect(p, "a=1; mpin_session=abc.def; b=2", "a=1; b=2", 1);
    expect(p, "mpin_session=abc; a=1", "a=1", 1);
    expect(p, "a=1; mpin_session=abc", "a=1", 1);
    /* the other cookies' bytes and separators as they were */
    expect(p, "a=1;b=x==y;mpin_login=q;  c=\"q;r\"", "a=1;b=x==y;  c=\"q;r\"", 1);
    expect(p, "a=%20 1 ;mpin_session=x;b=", "a=%20 1 ;b=", 1);
    expect(p, "  a=1  ;\tmpin_session = v ;b=2", "a=1  ;b=2", 1);
    /* names compare exactly: prefixes, suffixes and case are other cookies */
    expect(p, "mpin_sessionx=1; xmpin_session=2; MPIN_SESSION=3; mpin_session=4",
           "mpin_sessionx=1; xmpin_session=2; MPIN_SESSION=3", 1);
    expect(p, "__Host-mpin_session=v; __Secure-mpin_session=w", "__Secure-mpin_session=w", 1);
    /* two Cookie lines joined by httpd with ", " */
    expect(p, "a=1, mpin_session=abc", "a=1", 1);
    expect(p, "mpin_session=abc, a=1; b=2", "a=1; b=2", 1);
    expect(p, "a=1; b=2, c=3; mpin_login=z, d=4", "a=1; b=2, c=3, d=4", 1);
    /* a comma inside a value that is not followed by a name and '=' */
    expect(p, "a=x,y; mpin_session=s; b=1,2", "a=x,y; b=1,2", 1);
    /* every copy; a pair without '=' is somebody else's; empty pairs carry
     * nothing and are not copied */
    expect(p, "mpin_session=1; junk; mpin_session=2;;mpin_session=3", "junk", 3);
    expect(p, ";;mpin_session=1", NULL, 1);
}
