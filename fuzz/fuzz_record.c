/*
 * Fuzzing the session records of the store (record.c, security item 6:
 * unambiguous fields): mpin_record_decode, and mpin_record_encode of what it
 * accepts.
 *
 * Input: a record line, "3|created|last_used|method|user|host|name|path|
 * auth_time|methods|logout_key" (or version 2's first ten fields, or
 * version 1's first eight).
 *
 * Invariants: an accepted record has every text field set (logout_key only
 * from version 3); encoding it gives exactly 11 '|'-separated fields
 * (version 3), which decode to the same record (no logout key read as an
 * empty one), and encoding that again gives the same line (one encoding per
 * record).
 */
#include <string.h>
#include "apr_strings.h"
#include "fuzz.h"

static int same(const mpin_record *a, const mpin_record *b)
{
    return a->created == b->created && a->last_used == b->last_used
        && !strcmp(a->method, b->method) && !strcmp(a->user, b->user)
        && !strcmp(a->host, b->host) && !strcmp(a->cookie_name, b->cookie_name)
        && !strcmp(a->cookie_path, b->cookie_path) && a->auth_time == b->auth_time
        && !strcmp(a->methods, b->methods)
        && !strcmp(a->logout_key ? a->logout_key : "", b->logout_key ? b->logout_key : "");
}

int fuzz_record_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    const char *parts[1], *s;
    mpin_record rec, again;
    char *line, *line2;
    int bad = 0, bars = 0;

    fuzz_split(p, data, size, parts, 1);
    memset(&rec, 0, sizeof(rec));
    if (!mpin_record_decode(p, parts[0], &rec)) return 0;
    FCHECK(rec.method && rec.user && rec.host && rec.cookie_name && rec.cookie_path
           && rec.methods, "\"%s\" decodes with a field missing", fuzz_show(parts[0]));
    if (!(rec.method && rec.user && rec.host && rec.cookie_name && rec.cookie_path
          && rec.methods))
        return bad;
    FCHECK(rec.created >= 0 && rec.last_used >= 0 && rec.auth_time >= 0,
           "\"%s\" decodes to a negative time",
           fuzz_show(parts[0]));
    line = mpin_record_encode(p, &rec);
    for (s = line; *s; s++) bars += *s == '|';
    FCHECK(bars == 10, "\"%s\" encodes to \"%s\" with %d separators", fuzz_show(parts[0]),
           fuzz_show(line), bars);
    memset(&again, 0, sizeof(again));
    FCHECK(mpin_record_decode(p, line, &again), "\"%s\" does not decode", fuzz_show(line));
    if (!again.method) return bad;
    FCHECK(again.logout_key != NULL, "\"%s\" has no logout key field", fuzz_show(line));
    FCHECK(same(&rec, &again), "\"%s\" decodes to another record than \"%s\"", fuzz_show(line),
           fuzz_show(parts[0]));
    line2 = mpin_record_encode(p, &again);
    FCHECK(!strcmp(line, line2), "\"%s\" encodes again to \"%s\"", fuzz_show(line),
           fuzz_show(line2));
    return bad;
}

FUZZ_TARGET(record)
