/*
 * Serialisation of session records for the store.  Pure.
 *
 * Format (version 3):
 *   "3|created|last_used|method|user|host|cookie_name|cookie_path|auth_time|methods|logout_key"
 * times in microseconds since the epoch, text fields percent-encoded so that
 * no field can contain the separator (security item 6: unambiguous fields).
 * auth_time is the last PIN entry (0: none), methods every login method the
 * session has seen, space-separated, in the order first used.  logout_key
 * is the store key of the phone's logout token that may end the session
 * (empty: none; NULL in memory for an older record, which cannot say): a
 * renewal carries the token over to the new record, and a token ends a
 * session only if the session's record names it back.
 *
 * Version 2 records (the same without logout_key) and version 1 records ("1|created|last_used|method|user|host|cookie_name|
 * cookie_path", written before sessions were refreshed and upgraded) stay
 * readable, so that an upgrade ends nobody's session: their one login was
 * the only one, so its method is the list and, for a PIN login, its time is
 * the last PIN entry.
 */
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

#define V1_FIELDS 8
#define V2_FIELDS 10
#define V3_FIELDS 11
#define MAX_FIELDS V3_FIELDS

char *mpin_record_encode(apr_pool_t *p, const mpin_record *rec)
{
    return apr_psprintf(p, "3|%" APR_TIME_T_FMT "|%" APR_TIME_T_FMT "|%s|%s|%s|%s|%s|%"
                        APR_TIME_T_FMT "|%s|%s",
                        rec->created, rec->last_used, mpin_url_encode(p, rec->method),
                        mpin_url_encode(p, rec->user), mpin_url_encode(p, rec->host),
                        mpin_url_encode(p, rec->cookie_name), mpin_url_encode(p, rec->cookie_path),
                        rec->auth_time, mpin_url_encode(p, rec->methods),
                        mpin_url_encode(p, rec->logout_key ? rec->logout_key : ""));
}

/* Times are written by APR_TIME_T_FMT: microseconds, never negative. */
static int parse_time(const char *s, apr_time_t *t)
{
    apr_int64_t v;

    if (!mpin_parse_decimal(s, MPIN_DECIMAL_DIGITS_MAX, &v)) return 0;
    *t = (apr_time_t)v;
    return 1;
}

static int decode_text(apr_pool_t *p, const char *f, const char **out)
{
    return (*out = mpin_url_decode(p, f, strlen(f))) != NULL;
}

/* The version a record starts with, and its number of fields; 0 unknown. */
static int record_version(const char *s, int *fields)
{
    static const int count[] = {0, V1_FIELDS, V2_FIELDS, V3_FIELDS};

    if (s[0] < '1' || s[0] > '3' || s[1] != '|') return 0;
    *fields = count[s[0] - '0'];
    return s[0] - '0';
}

int mpin_record_decode(apr_pool_t *p, const char *s, mpin_record *rec)
{
    char *copy = apr_pstrdup(p, s), *field[MAX_FIELDS];
    const char **text[5];
    int i, nfields, version = record_version(s, &nfields);

    if (!version || !mpin_split_fields(copy, '|', field, nfields)) return 0;
    if (!parse_time(field[1], &rec->created) || !parse_time(field[2], &rec->last_used))
        return 0;
    text[0] = &rec->method;
    text[1] = &rec->user;
    text[2] = &rec->host;
    text[3] = &rec->cookie_name;
    text[4] = &rec->cookie_path;
    for (i = 0; i < 5; i++)
        if (!decode_text(p, field[3 + i], text[i])) return 0;
    rec->logout_key = NULL;       /* before version 3: not said */
    if (version >= 2) {
        if (!parse_time(field[8], &rec->auth_time) || !decode_text(p, field[9], &rec->methods))
            return 0;
        return version == 2 || decode_text(p, field[10], &rec->logout_key);
    }
    rec->methods = rec->method;
    rec->auth_time = mpin_method_is_pin(rec->method) ? rec->created : 0;
    return 1;
}

int mpin_method_is_pin(const char *method)
{
    return method && (!strcmp(method, "pinpad") || !strcmp(method, "mobile"));
}

int mpin_methods_have(const char *methods, const char *method)
{
    apr_size_t n = strlen(method);
    const char *s = methods;

    if (!n || !s) return 0;
    while ((s = strstr(s, method))) {
        if ((s == methods || s[-1] == ' ') && (s[n] == '\0' || s[n] == ' ')) return 1;
        s += n;
    }
    return 0;
}

const char *mpin_methods_add(apr_pool_t *p, const char *methods, const char *method)
{
    if (!methods || !*methods) return apr_pstrdup(p, method);
    if (mpin_methods_have(methods, method)) return methods;
    return apr_pstrcat(p, methods, " ", method, NULL);
}
