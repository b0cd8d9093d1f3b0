/*
 * fields.c: the two rules every record the module stores is read by
 * (session records in record.c, users' session indexes in session_index.c):
 * a line splits into exactly the fields its format has, and a number has one
 * spelling only, so that no record can be read two ways.
 */
#include <string.h>
#include "pure.h"

int mpin_split_fields(char *s, char sep, char **field, int want)
{
    char *next = s;
    int i;

    for (i = 0; i < want; i++) {
        char *end;
        if (!next) return 0;
        field[i] = next;
        end = strchr(next, sep);
        if (end) *end = '\0';
        next = end ? end + 1 : NULL;
    }
    return next == NULL;
}

int mpin_parse_decimal(const char *s, int max_digits, apr_int64_t *out)
{
    apr_size_t n = strspn(s, "0123456789");
    apr_int64_t v = 0;
    apr_size_t i;

    /* digits only (strtoll would take spaces and a sign), no leading zero */
    if (!n || s[n] || n > (apr_size_t)max_digits || n > MPIN_DECIMAL_DIGITS_MAX) return 0;
    if (s[0] == '0' && n > 1) return 0;
    for (i = 0; i < n; i++) {
        int d = s[i] - '0';
        if (v > (APR_INT64_MAX - d) / 10) return 0;     /* beyond 2^63 - 1 */
        v = v * 10 + d;
    }
    *out = v;
    return 1;
}
