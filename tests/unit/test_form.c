/*
 * form.c: query strings and form bodies.  The count lets callers refuse a
 * duplicated return_to; a malformed value is never half-decoded.
 */
#include <string.h>
#include "unit.h"

static void expect(apr_pool_t *p, const char *s, const char *name, int count, const char *value)
{
    const char *v = "unset";
    int n = mpin_form_get(p, s, name, &v);

    CHECK_INT(n, count, "count of %s in \"%s\"", name, unit_show(s));
    CHECK_STR(v, value, "value of %s in \"%s\"", name, unit_show(s));
}

void suite_form(apr_pool_t *p)
{
    expect(p, "return_to=%2Fprotected", "return_to", 1, "/protected");
    expect(p, "a=1&return_to=/x&b=2", "return_to", 1, "/x");
    expect(p, "", "return_to", 0, NULL);
    expect(p, NULL, "return_to", 0, NULL);
    expect(p, "a=1&b=2", "return_to", 0, NULL);
    /* duplicates are counted; the value is the first one */
    expect(p, "return_to=/a&return_to=//evil.com", "return_to", 2, "/a");
    expect(p, "return_to=/a&x=1&return_to=/b&return_to=/c", "return_to", 3, "/a");
    expect(p, "return_to&return_to=/b", "return_to", 2, "");
    expect(p, "return_to=%zz&return_to=/b", "return_to", 2, NULL);
    /* decoding: '+' and %20 are spaces, %2B is a plus */
    expect(p, "q=a+b%20c%2Bd", "q", 1, "a b c+d");
    expect(p, "q=%E2%82%AC", "q", 1, "\xe2\x82\xac");
    expect(p, "q=a=b=c", "q", 1, "a=b=c");
    expect(p, "q=%252F", "q", 1, "%2F");
    expect(p, "q=", "q", 1, "");
    /* malformed escapes and NUL give no value, but still count */
    expect(p, "q=%zz", "q", 1, NULL);
    expect(p, "q=%", "q", 1, NULL);
    expect(p, "q=a%2", "q", 1, NULL);
    expect(p, "q=%00", "q", 1, NULL);
    expect(p, "q=/a%00//evil.com", "q", 1, NULL);
    /* a name without '=' */
    expect(p, "q", "q", 1, "");
    expect(p, "a=1&q&b=2", "q", 1, "");
    /* names that contain, or are contained in, ours */
    expect(p, "xq=1&qx=2&q_=3&Q=4&q=5&q2=6", "q", 1, "5");
    expect(p, "return=1&return_to_x=2&xreturn_to=3", "return_to", 0, NULL);
    expect(p, "return_to_x=2&return_to=/ok", "return_to", 1, "/ok");
    /* the name is matched raw, never decoded */
    expect(p, "return%5Fto=//evil.com&return_to=/ok", "return_to", 1, "/ok");
    expect(p, "q%3D1=2", "q", 0, NULL);
    /* empty pairs and odd separators */
    expect(p, "&&q=1&&", "q", 1, "1");
    expect(p, "=1&q=2&=", "q", 1, "2");
    expect(p, "q=1;q=2", "q", 1, "1;q=2");
    expect(p, "q=a%26b&c=d", "q", 1, "a&b");
}
