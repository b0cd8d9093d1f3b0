/*
 * Fuzzing the HTTP/1.1 reply parser of the module's RPS client
 * (pure/http_reply_parser.c, security item 7: the reply is hostile).
 *
 * Input: one byte of options, then the reply bytes.  Option bit 0: the
 * request was HEAD; bit 1: a body cap of 64 bytes instead of 64 kB (to reach
 * TOO_BIG often).
 *
 * Invariants:
 *   - split invariance: the reply fed whole, one byte at a time, and in two
 *     pieces at several split points (every split point for short inputs)
 *     gives the same state, reason, status, version, keep-alive, extra flag,
 *     headers and body;
 *   - a DONE reply has a final status 200-599, version 10 or 11, at most
 *     MPIN_HTTP_FIELDS_MAX headers whose names are tokens and whose values
 *     hold no control character but HT and no leading or trailing SP/HT; a
 *     body of at most the cap, NUL-terminated; no body after HEAD or for
 *     204/304; the Content-Length when there is one (not chunked);
 *     keep-alive only for HTTP/1.1 without "Connection: close" or HTTP/1.0
 *     with "keep-alive", and never with extra bytes;
 *   - ERROR and TOO_BIG come with a reason.
 */
#include <ctype.h>
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "fuzz.h"

#define ALL_SPLITS_MAX 512

/* Feeds the pieces between the cuts (sorted, each <= len); calls eof when
 * the reply is still incomplete after the last byte. */
static mpin_http_state run(apr_pool_t *p, const char *d, size_t len, int head, size_t cap,
                           const size_t *cuts, int ncuts, mpin_http_reply *h)
{
    mpin_http_state st = MPIN_HTTP_MORE;
    size_t from = 0;
    int i;

    mpin_http_reply_init(h, p, head, cap);
    for (i = 0; i <= ncuts; i++) {
        size_t to = i < ncuts ? cuts[i] : len;
        st = mpin_http_reply_feed(h, d + from, to - from);
        from = to;
    }
    if (st == MPIN_HTTP_MORE) st = mpin_http_reply_eof(h);
    return st;
}

static int header_list_same(const apr_table_t *a, const apr_table_t *b)
{
    const apr_array_header_t *x = apr_table_elts(a), *y = apr_table_elts(b);
    const apr_table_entry_t *ex = (const apr_table_entry_t *)x->elts;
    const apr_table_entry_t *ey = (const apr_table_entry_t *)y->elts;
    int i;

    if (x->nelts != y->nelts) return 0;
    for (i = 0; i < x->nelts; i++)
        if (strcmp(ex[i].key, ey[i].key) || strcmp(ex[i].val, ey[i].val)) return 0;
    return 1;
}

static int same(mpin_http_state sa, const mpin_http_reply *a, mpin_http_state sb,
                const mpin_http_reply *b, const char *how)
{
    int bad = 0;

    FCHECK(sa == sb, "%s: state %d, fed whole %d", how, (int)sb, (int)sa);
    if (sa != sb) return bad;
    FCHECK((!a->why && !b->why) || (a->why && b->why && !strcmp(a->why, b->why)),
           "%s: reason \"%s\", fed whole \"%s\"", how, fuzz_show(b->why), fuzz_show(a->why));
    if (sa != MPIN_HTTP_DONE) return bad;
    FCHECK(a->status == b->status && a->version == b->version, "%s: status %d/%d, fed whole %d/%d",
           how, b->status, b->version, a->status, a->version);
    FCHECK(a->keep_alive == b->keep_alive && a->extra == b->extra,
           "%s: keep-alive %d extra %d, fed whole %d %d", how, b->keep_alive, b->extra,
           a->keep_alive, a->extra);
    FCHECK(a->body_len == b->body_len && !memcmp(a->body, b->body, a->body_len),
           "%s: body of %d bytes, fed whole %d", how, (int)b->body_len, (int)a->body_len);
    FCHECK(header_list_same(a->headers, b->headers), "%s: other headers", how);
    return bad;
}

/* The oracle for the keep-alive decision, written differently from the
 * parser's list_has on purpose (a copy would share its mistakes): split the
 * value at every comma, trim each element from both ends, compare. */
static int has_token(const char *v, const char *t)
{
    const char *start = v;

    for (;;) {
        const char *end = start, *a, *b;
        while (*end && *end != ',') end++;
        for (a = start; a < end && (*a == ' ' || *a == '\t'); a++)
            ;
        for (b = end; b > a && (b[-1] == ' ' || b[-1] == '\t'); b--)
            ;
        if ((size_t)(b - a) == strlen(t)) {
            size_t i;
            for (i = 0; a + i < b && tolower((unsigned char)a[i]) == tolower((unsigned char)t[i]); i++)
                ;
            if (a + i == b) return 1;
        }
        if (!*end) return 0;
        start = end + 1;
    }
}

static int invariants(mpin_http_state st, const mpin_http_reply *h, int head, size_t cap)
{
    const apr_array_header_t *arr;
    const apr_table_entry_t *e;
    int bad = 0, i, close = 0, keep = 0, chunked = 0;
    const char *cl = NULL;

    if (st == MPIN_HTTP_ERROR || st == MPIN_HTTP_TOO_BIG) {
        FCHECK(h->why && *h->why, "refused without a reason");
        return bad;
    }
    FCHECK(st == MPIN_HTTP_DONE, "state %d after the end of the connection", (int)st);
    if (st != MPIN_HTTP_DONE) return bad;
    FCHECK(h->status >= 200 && h->status <= 599, "final status %d", h->status);
    FCHECK(h->version == 10 || h->version == 11, "version %d", h->version);
    FCHECK(h->body_len <= cap && h->body[h->body_len] == '\0', "body of %d bytes (cap %d)",
           (int)h->body_len, (int)cap);
    if (head || h->status == 204 || h->status == 304)
        FCHECK(h->body_len == 0, "a body of %d bytes after HEAD or for %d", (int)h->body_len,
               h->status);
    arr = apr_table_elts(h->headers);
    e = (const apr_table_entry_t *)arr->elts;
    FCHECK(arr->nelts <= MPIN_HTTP_FIELDS_MAX, "%d header fields", arr->nelts);
    for (i = 0; i < arr->nelts; i++) {
        const char *k = e[i].key, *v = e[i].val, *c;
        size_t vl = strlen(v);
        FCHECK(*k, "an empty header name");
        for (c = k; *c; c++)
            FCHECK(apr_isalnum(*c) || strchr("!#$%&'*+-.^_`|~", *c),
                   "header name \"%s\" is not a token", fuzz_show(k));
        for (c = v; *c; c++)
            FCHECK((unsigned char)*c >= 0x20 ? *c != 0x7f : *c == '\t',
                   "control character in header value \"%s\"", fuzz_show(v));
        FCHECK(!vl || (v[0] != ' ' && v[0] != '\t' && v[vl - 1] != ' ' && v[vl - 1] != '\t'),
               "header value \"%s\" not trimmed", fuzz_show(v));
        if (!strcasecmp(k, "Connection")) {
            close |= has_token(v, "close");
            keep |= has_token(v, "keep-alive");
        }
        if (!strcasecmp(k, "Transfer-Encoding")) chunked = 1;
        if (!strcasecmp(k, "Content-Length")) cl = v;
    }
    if (h->keep_alive) {
        FCHECK(h->version == 11 ? !close : keep && !close, "keep-alive with %s%s in HTTP/1.%d",
               close ? "close" : "", keep ? "keep-alive" : "", h->version % 10);
        FCHECK(!h->extra, "keep-alive with extra bytes");
        FCHECK(head || h->status == 204 || h->status == 304 || chunked || cl,
               "keep-alive for a body read to the close");
    }
    if (!head && h->status != 204 && h->status != 304 && cl && !chunked)
        FCHECK(!strcmp(cl, apr_psprintf(h->pool, "%" APR_SIZE_T_FMT, h->body_len))
                   || (cl[0] == '0' && strlen(cl) > 1),
               "Content-Length %s but a body of %d bytes", fuzz_show(cl), (int)h->body_len);
    return bad;
}

int fuzz_http_reply_check(apr_pool_t *p, const char *d, size_t len, int head, size_t cap,
                          int all_splits, mpin_http_reply *out, mpin_http_state *out_state)
{
    mpin_http_reply other;
    mpin_http_state st, st2;
    size_t cut[2], i, *bytes;
    int bad = 0;

    st = run(p, d, len, head, cap, NULL, 0, out);
    bad += invariants(st, out, head, cap);
    if (out_state) *out_state = st;
    /* one byte at a time */
    if (len > 1) {
        bytes = apr_palloc(p, (len - 1) * sizeof(*bytes));
        for (i = 0; i < len - 1; i++) bytes[i] = i + 1;
        st2 = run(p, d, len, head, cap, bytes, (int)(len - 1), &other);
        bad += same(st, out, st2, &other, "one byte at a time");
    }
    /* two pieces */
    for (i = 1; i < len; i++) {
        if (!all_splits && len > 3 && i != 1 && i != len / 2 && i != len - 1 && i != len / 3)
            continue;
        cut[0] = i;
        st2 = run(p, d, len, head, cap, cut, 1, &other);
        bad += same(st, out, st2, &other, apr_psprintf(p, "split at %d", (int)i));
        if (bad) break;
    }
    /* three pieces, around the end of the header section */
    if (len > 4) {
        const char *eoh = NULL;
        size_t k;
        for (k = 0; k + 1 < len && !eoh; k++)
            if (d[k] == '\n' && (d[k + 1] == '\n' || (d[k + 1] == '\r' && k + 2 < len && d[k + 2] == '\n')))
                eoh = d + k;
        if (eoh) {
            cut[0] = (size_t)(eoh - d);
            cut[1] = cut[0] + 2 < len ? cut[0] + 2 : len;
            st2 = run(p, d, len, head, cap, cut, 2, &other);
            bad += same(st, out, st2, &other, "cut around the end of the header section");
        }
    }
    return bad;
}

int fuzz_http_reply_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    mpin_http_reply h;
    int head, small;

    if (!size) return 0;
    head = data[0] & 1;
    small = (data[0] & 2) != 0;
    return fuzz_http_reply_check(p, (const char *)data + 1, size - 1, head,
                                 small ? 64 : 64 * 1024, size - 1 <= ALL_SPLITS_MAX, &h, NULL);
}

FUZZ_TARGET(http_reply)
