/*
 * Serialisation of session records for the store.  Pure.
 *
 * Format: "1|created|last_used|method|user|host|cookie_name|cookie_path",
 * times in microseconds since the epoch, text fields percent-encoded so that
 * no field can contain the separator (security item 6: unambiguous fields).
 */
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include "apr_strings.h"
#include "pure.h"

#define RECORD_FIELDS 8

char *mpin_record_encode(apr_pool_t *p, const mpin_record *rec)
{
    return apr_psprintf(p, "1|%" APR_TIME_T_FMT "|%" APR_TIME_T_FMT "|%s|%s|%s|%s|%s",
                        rec->created, rec->last_used, mpin_url_encode(p, rec->method),
                        mpin_url_encode(p, rec->user), mpin_url_encode(p, rec->host),
                        mpin_url_encode(p, rec->cookie_name), mpin_url_encode(p, rec->cookie_path));
}

static int parse_time(const char *s, apr_time_t *t)
{
    char *end;
    long long v;

    /* digits only: strtoll would also take spaces and a sign, giving one
     * time several encodings */
    if (*s < '0' || *s > '9') return 0;
    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno || *end || v < 0) return 0;
    *t = (apr_time_t)v;
    return 1;
}

int mpin_record_decode(apr_pool_t *p, const char *s, mpin_record *rec)
{
    char *copy = apr_pstrdup(p, s), *field[RECORD_FIELDS], *next = copy;
    const char **text[5];
    int i;

    for (i = 0; i < RECORD_FIELDS; i++) {
        char *bar;
        if (!next) return 0;
        field[i] = next;
        bar = strchr(next, '|');
        if (bar) *bar = '\0';
        next = bar ? bar + 1 : NULL;
    }
    if (next || strcmp(field[0], "1")) return 0;
    if (!parse_time(field[1], &rec->created) || !parse_time(field[2], &rec->last_used))
        return 0;
    text[0] = &rec->method;
    text[1] = &rec->user;
    text[2] = &rec->host;
    text[3] = &rec->cookie_name;
    text[4] = &rec->cookie_path;
    for (i = 0; i < 5; i++) {
        const char *f = field[3 + i];
        if (!(*text[i] = mpin_url_decode(p, f, strlen(f)))) return 0;
    }
    return 1;
}
