/*
 * The one JSON writer: every JSON body the module composes (the RPS calls,
 * the status bodies, the metrics) is written here, member by member, every
 * string escaped (security item 8: no value is ever formatted into JSON as
 * it is).  Strings must be valid UTF-8; one that is not makes the whole
 * document NULL, so a body is refused rather than sent without the field.
 * jansson still reads and edits the one tree the module changes (the RPS's
 * clientSettings, json.c).  Pure.
 */
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

/* Deeper than any body the module writes. */
#define MAX_DEPTH 8

struct mpin_json_writer {
    apr_pool_t *p;
    char *buf;
    apr_size_t len, cap;
    int depth;
    int has_member[MAX_DEPTH]; /* the open object at each depth has one */
    int is_array[MAX_DEPTH];   /* the open value at each depth is an array */
    int bad;
};

static void put(mpin_json_writer *w, const char *s, apr_size_t n)
{
    if (w->len + n + 1 > w->cap) {
        apr_size_t cap = w->cap * 2 > w->len + n + 1 ? w->cap * 2 : w->len + n + 1;
        char *buf = apr_palloc(w->p, cap);

        memcpy(buf, w->buf, w->len);
        w->buf = buf;
        w->cap = cap;
    }
    memcpy(w->buf + w->len, s, n);
    w->len += n;
}

static void puts_(mpin_json_writer *w, const char *s)
{
    put(w, s, strlen(s));
}

/* How many bytes at the start of s are printable ASCII that mpin_js_escape
 * leaves as they are: all of s for ids, authOTTs, hex and base64url, nearly
 * every string the module writes. */
static apr_size_t plain_prefix(const char *s)
{
    const char *q;

    for (q = s; *q >= 0x20 && *q < 0x7f; q++)
        if (*q == '"' || *q == '\'' || *q == '\\' || *q == '<' || *q == '>' || *q == '&'
            || *q == '/')
            break;
    return (apr_size_t)(q - s);
}

/* A string with its quotes. */
static void put_string(mpin_json_writer *w, const char *s)
{
    apr_size_t n = plain_prefix(s);

    if (!s[n]) {
        /* nothing to check or escape: one copy instead of three passes */
        puts_(w, "\"");
        put(w, s, n);
        puts_(w, "\"");
        return;
    }
    if (!mpin_is_utf8(s, strlen(s))) {
        w->bad = 1;
        return;
    }
    puts_(w, "\"");
    puts_(w, mpin_js_escape(w->p, s));
    puts_(w, "\"");
}

/* The key of a new member of the innermost open object, with its comma. */
static int put_key(mpin_json_writer *w, const char *key)
{
    if (w->depth < 1 || w->is_array[w->depth - 1]) {
        w->bad = 1;
        return 0;
    }
    if (w->has_member[w->depth - 1]) puts_(w, ",");
    w->has_member[w->depth - 1] = 1;
    put_string(w, key);
    puts_(w, ":");
    return 1;
}

mpin_json_writer *mpin_jw_object(apr_pool_t *p)
{
    mpin_json_writer *w = apr_pcalloc(p, sizeof(*w));

    w->p = p;
    w->cap = 256;
    w->buf = apr_palloc(p, w->cap);
    puts_(w, "{");
    w->depth = 1;
    return w;
}

void mpin_jw_string(mpin_json_writer *w, const char *key, const char *value)
{
    if (value && put_key(w, key)) put_string(w, value);
}

void mpin_jw_int(mpin_json_writer *w, const char *key, long value)
{
    if (put_key(w, key)) puts_(w, apr_ltoa(w->p, value));
}

void mpin_jw_bool(mpin_json_writer *w, const char *key, int value)
{
    if (put_key(w, key)) puts_(w, value ? "true" : "false");
}

void mpin_jw_millis(mpin_json_writer *w, const char *key, apr_uint64_t ms)
{
    if (put_key(w, key))
        puts_(w, apr_psprintf(w->p, "%" APR_UINT64_T_FMT ".%03u", ms / 1000,
                              (unsigned)(ms % 1000)));
}

void mpin_jw_begin(mpin_json_writer *w, const char *key)
{
    if (w->depth >= MAX_DEPTH) {
        w->bad = 1;
        return;
    }
    if (!put_key(w, key)) return;
    puts_(w, "{");
    w->is_array[w->depth] = 0;
    w->has_member[w->depth++] = 0;
}

void mpin_jw_begin_array(mpin_json_writer *w, const char *key)
{
    if (w->depth >= MAX_DEPTH) {
        w->bad = 1;
        return;
    }
    if (!put_key(w, key)) return;
    puts_(w, "[");
    w->is_array[w->depth] = 1;
    w->has_member[w->depth++] = 0;
}

void mpin_jw_begin_item(mpin_json_writer *w)
{
    if (w->depth < 1 || w->depth >= MAX_DEPTH || !w->is_array[w->depth - 1]) {
        w->bad = 1;
        return;
    }
    if (w->has_member[w->depth - 1]) puts_(w, ",");
    w->has_member[w->depth - 1] = 1;
    puts_(w, "{");
    w->is_array[w->depth] = 0;
    w->has_member[w->depth++] = 0;
}

void mpin_jw_end(mpin_json_writer *w)
{
    if (w->depth < 1) {
        w->bad = 1;
        return;
    }
    puts_(w, w->is_array[w->depth - 1] ? "]" : "}");
    w->depth--;
}

char *mpin_jw_finish(mpin_json_writer *w)
{
    while (w->depth > 0) mpin_jw_end(w);
    if (w->bad) return NULL;
    w->buf[w->len] = '\0';
    return w->buf;
}
