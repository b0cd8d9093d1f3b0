/*
 * Fuzzing mpin_form_get (form.c: query strings and form bodies) and the
 * strict percent-decoder mpin_url_decode (escape.c) with its encoder.
 *
 * Input: form [NUL name].  Without a name, "return_to" is looked for; the
 * form is also searched for "username", "password" and "csrf_token".  The
 * whole input (NULs included) is decoded by mpin_url_decode on its own.
 *
 * Invariants:
 *   - the count of a field and its first value equal those of a reference
 *     parser written here ('&'-separated pairs, the key before the first '=',
 *     '+' as a space, strict %XX decoding, no NUL); the value is "" for a
 *     field without '=', NULL when absent or malformed;
 *   - mpin_url_decode refuses exactly the inputs with a malformed escape or a
 *     NUL (raw or %00), and otherwise returns len - 2 * (number of escapes)
 *     bytes; mpin_url_encode of a decoded string has only unreserved
 *     characters and %XX, and decodes back to it.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "fuzz.h"

static int field(apr_pool_t *p, const char *form, const char *name)
{
    const char *value = "untouched", *want = NULL, *s = form;
    int count = mpin_form_get(p, form, name, &value), n = 0, bad = 0;

    while (1) {
        size_t plen = strcspn(s, "&");
        const char *eq = memchr(s, '=', plen);
        size_t klen = eq ? (size_t)(eq - s) : plen;
        if (klen == strlen(name) && !strncmp(s, name, klen) && n++ == 0) {
            if (eq) {
                char *raw = apr_pstrmemdup(p, eq + 1, plen - klen - 1), *q;
                for (q = raw; *q; q++)
                    if (*q == '+') *q = ' ';
                want = fuzz_strict_decode(p, raw, strlen(raw), NULL);
            }
            else {
                want = "";
            }
        }
        if (!s[plen]) break;
        s += plen + 1;
    }
    /* an empty pair (nothing between two '&', or an empty form) is no
     * field, whatever the name */
    if (!*name) {
        FCHECK(count <= n, "%d empty names found, the reference finds %d in \"%s\"", count, n,
               fuzz_show(form));
        return bad;
    }
    FCHECK(count == n, "%d \"%s\" found, the reference finds %d in \"%s\"", count,
           fuzz_show(name), n, fuzz_show(form));
    if (!n) {
        FCHECK(value == NULL, "absent \"%s\" has the value \"%s\"", fuzz_show(name),
               fuzz_show(value));
        return bad;
    }
    FCHECK((!value && !want) || (value && want && !strcmp(value, want)),
           "\"%s\" is \"%s\", the reference says \"%s\", in \"%s\"", fuzz_show(name),
           fuzz_show(value), fuzz_show(want), fuzz_show(form));
    return bad;
}

static int decode(apr_pool_t *p, const char *s, size_t n)
{
    size_t wantlen = 0, i;
    const char *want = fuzz_strict_decode(p, s, n, &wantlen), *enc;
    char *got = mpin_url_decode(p, s, n), *back;
    int bad = 0;

    FCHECK(!got == !want, "mpin_url_decode(\"%s\") %s", fuzz_show_n(s, n),
           got ? "accepted a malformed escape or a NUL" : "refused a well-formed string");
    if (!got || !want) return bad;
    FCHECK(strlen(got) == wantlen && !memcmp(got, want, wantlen),
           "mpin_url_decode(\"%s\") is \"%s\", the reference says \"%s\"", fuzz_show_n(s, n),
           fuzz_show(got), fuzz_show(want));
    enc = mpin_url_encode(p, got);
    for (i = 0; enc[i]; i++) {
        if (enc[i] == '%') {
            FCHECK(apr_isxdigit(enc[i + 1]) && apr_isxdigit(enc[i + 2]),
                   "mpin_url_encode(\"%s\") is \"%s\"", fuzz_show(got), fuzz_show(enc));
            if (!enc[i + 1] || !enc[i + 2]) break;
            i += 2;
        }
        else {
            FCHECK(apr_isalnum(enc[i]) || strchr("-._~", enc[i]),
                   "mpin_url_encode(\"%s\") is \"%s\"", fuzz_show(got), fuzz_show(enc));
        }
    }
    back = mpin_url_decode(p, enc, strlen(enc));
    FCHECK(back && !strcmp(back, got), "\"%s\" encoded and decoded is \"%s\"", fuzz_show(got),
           fuzz_show(back));
    return bad;
}

int fuzz_form_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    static const char *const others[] = { "username", "password", "csrf_token", NULL };
    const char *parts[2], *form;
    int nparts = fuzz_split(p, data, size, parts, 2), bad = 0, i;

    form = parts[0];
    bad += field(p, form, nparts > 1 ? parts[1] : "return_to");
    for (i = 0; others[i]; i++) bad += field(p, form, others[i]);
    bad += decode(p, (const char *)data, size);
    return bad;
}

FUZZ_TARGET(form)
