/*
 * application/x-www-form-urlencoded parsing (query strings and form bodies).
 * Pure.  Counting the occurrences lets callers refuse duplicate fields.
 */
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

int mpin_form_get(apr_pool_t *p, const char *s, const char *name, const char **value)
{
    apr_size_t nlen = strlen(name);
    int count = 0;

    *value = NULL;
    while (s && *s) {
        apr_size_t plen = strcspn(s, "&");
        const char *eq = memchr(s, '=', plen);
        apr_size_t klen = eq ? (apr_size_t)(eq - s) : plen;

        if (klen == nlen && !memcmp(s, name, nlen)) {
            if (count++ == 0 && eq) {
                char *raw = apr_pstrmemdup(p, eq + 1, plen - klen - 1), *q;
                for (q = raw; *q; q++)
                    if (*q == '+') *q = ' ';
                *value = mpin_url_decode(p, raw, strlen(raw));
            }
            else if (count == 1) {
                *value = "";
            }
        }
        s += plen;
        if (*s == '&') s++;
    }
    return count;
}
