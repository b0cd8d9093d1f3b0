/*
 * Pure helpers of the e-mail activation flow: the RPS's expireTime and the
 * address an activation e-mail goes to.  Pure.
 */
#include <stdlib.h>
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "pure.h"

/* "YYYY-MM-DDTHH:MM:SSZ" (the RPS's expireTime, docs/protocol.md §2.1), UTC. */
int mpin_parse_expire_time(const char *s, apr_time_t *t)
{
    static const char shape[] = "dddd-dd-ddTdd:dd:ddZ";
    apr_time_exp_t e;
    int i;

    if (!s || strlen(s) != sizeof(shape) - 1) return 0;
    for (i = 0; shape[i]; i++) {
        if (shape[i] == 'd' ? !apr_isdigit(s[i]) : s[i] != shape[i]) return 0;
    }
    memset(&e, 0, sizeof(e));
    e.tm_year = atoi(s) - 1900;
    e.tm_mon = atoi(s + 5) - 1;
    e.tm_mday = atoi(s + 8);
    e.tm_hour = atoi(s + 11);
    e.tm_min = atoi(s + 14);
    e.tm_sec = atoi(s + 17);
    if (e.tm_mon < 0 || e.tm_mon > 11 || e.tm_mday < 1 || e.tm_mday > 31 || e.tm_hour > 23
        || e.tm_min > 59 || e.tm_sec > 60)
        return 0;
    return apr_time_exp_gmt_get(t, &e) == APR_SUCCESS;
}

/* A plain addr-spec: one '@', non-empty local part and domain, no spaces,
 * controls, quotes or angle brackets (which could break out of a mail
 * header), at most 254 bytes. */
int mpin_is_email(const char *s)
{
    const char *at;
    const unsigned char *p;

    if (!s || !*s || strlen(s) > 254) return 0;
    at = strchr(s, '@');
    if (!at || at == s || !at[1] || strchr(at + 1, '@')) return 0;
    for (p = (const unsigned char *)s; *p; p++) {
        if (*p <= 0x20 || *p == 0x7f || strchr("<>()[]\\,;:\"", *p)) return 0;
    }
    return strchr(at + 1, '.') != NULL && at[strlen(at) - 1] != '.';
}
