/*
 * An incremental HTTP/1.1 response parser for the module's own RPS client
 * (rps/http_transport.c) and, in lines mode (mpin_http_reply_init_lines),
 * the checker of the header lines that libcurl hands over for https://
 * (rps/client.c), so that both transports refuse the same replies.  The
 * reply is hostile input (security item 7): it is fed in whatever pieces
 * the network delivers, every length is checked, and the result does not
 * depend on where the pieces were cut (the unit tests and
 * fuzz/fuzz_http_reply.c check that).
 *
 * What it accepts (RFC 9112):
 *   - a status line "HTTP/1.1 NNN reason" or "HTTP/1.0 NNN reason", NNN in
 *     100-599; 1xx interim answers (100 Continue) are skipped, 101 refused;
 *   - header fields "token: value", the value trimmed of SP/HT; lines end
 *     with CRLF or LF; a bare CR, NUL or other control character but HT
 *     (in any line), obs-fold
 *     (a line starting with SP/HT), a line without ':' and a name that is not
 *     a token are refused; the header section is at most
 *     MPIN_HTTP_HEADER_MAX bytes (all interim answers included) and
 *     MPIN_HTTP_FIELDS_MAX fields;
 *   - body framing (section 6.3): none after HEAD or for 204/304;
 *     "Transfer-Encoding: chunked" (no other coding, not with Content-Length,
 *     not in HTTP/1.0), chunk extensions ignored, trailers read and dropped;
 *     else Content-Length (digits only, several fields must agree); else up
 *     to the close of the connection.
 * The body is capped at body_max bytes (MPIN_HTTP_TOO_BIG past it).
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "pure/pure.h"

#define CHUNK_LINE_MAX 4096

enum {
    S_STATUS = 0, S_HEADERS, S_BODY_CL, S_BODY_CLOSE, S_CHUNK_SIZE, S_CHUNK_DATA, S_CHUNK_END,
    S_TRAILERS, S_DONE, S_FAILED
};

void mpin_http_reply_init(mpin_http_reply *h, apr_pool_t *p, int head, apr_size_t body_max)
{
    memset(h, 0, sizeof(*h));
    h->pool = p;
    h->head = head;
    h->body_max = body_max;
    h->headers = apr_table_make(p, 8);
    h->body = "";
    h->content_length = -1;
}

void mpin_http_reply_init_lines(mpin_http_reply *h, apr_pool_t *p)
{
    mpin_http_reply_init(h, p, 1, 0);
    h->lines_only = 1;
}

static mpin_http_state fail(mpin_http_reply *h, mpin_http_state st, const char *why)
{
    h->why = why;
    h->result = st;
    h->state = S_FAILED;
    h->keep_alive = 0;
    return st;
}

/* A list field (Connection) holds token t, case-insensitively. */
static int list_has(const char *v, const char *t)
{
    apr_size_t tl = strlen(t);

    while (*v) {
        apr_size_t n;
        while (*v == ' ' || *v == '\t' || *v == ',') v++;
        n = strcspn(v, ",");
        while (n && (v[n - 1] == ' ' || v[n - 1] == '\t')) n--;
        if (n == tl && !strncasecmp(v, t, tl)) return 1;
        v += strcspn(v, ",");
    }
    return 0;
}

/* Appends n bytes at d to buf (len bytes used, *cap allocated), growing it
 * in the pool (doubling, from first) so that one byte stays free after. */
static char *append(apr_pool_t *p, char *buf, apr_size_t len, apr_size_t *cap, const char *d,
                    apr_size_t n, apr_size_t first)
{
    if (len + n + 1 > *cap) {
        apr_size_t c = *cap ? *cap : first;
        char *grown;
        while (c < len + n + 1) c *= 2;
        grown = apr_palloc(p, c);
        if (len) memcpy(grown, buf, len);
        buf = grown;
        *cap = c;
    }
    memcpy(buf + len, d, n);
    return buf;
}

/* Appends bytes to the body, growing it in the pool; 0 past the cap. */
static int body_add(mpin_http_reply *h, const char *d, apr_size_t n)
{
    if (n > h->body_max - h->body_len) return 0;
    h->body = append(h->pool, h->body, h->body_len, &h->body_cap, d, n, 1024);
    h->body_len += n;
    h->body[h->body_len] = '\0';
    return 1;
}

static mpin_http_state status_line(mpin_http_reply *h, const char *l, apr_size_t n)
{
    if (n < 12 || memcmp(l, "HTTP/1.", 7) || (l[7] != '0' && l[7] != '1') || l[8] != ' ')
        return fail(h, MPIN_HTTP_ERROR, "bad status line");
    if (l[9] < '1' || l[9] > '5' || !apr_isdigit(l[10]) || !apr_isdigit(l[11])
        || (n > 12 && l[12] != ' '))
        return fail(h, MPIN_HTTP_ERROR, "bad status code");
    h->version = l[7] == '1' ? 11 : 10;
    h->status = (l[9] - '0') * 100 + (l[10] - '0') * 10 + (l[11] - '0');
    h->state = S_HEADERS;
    return MPIN_HTTP_MORE;
}

/* A field line of the header or trailer section: splits and checks it;
 * *name (*name_len bytes) and *value point into l (NUL-terminated, the value
 * trimmed). */
static const char *field_line(char *l, apr_size_t n, char **name, apr_size_t *name_len,
                              char **value)
{
    apr_size_t colon, vs, ve;

    if (l[0] == ' ' || l[0] == '\t') return "obsolete line folding";
    /* the name runs to the first ':' (which is not a token character) */
    for (colon = 0; colon < n && mpin_tchar[(unsigned char)l[colon]]; colon++) {}
    if (colon == n || l[colon] != ':')
        return memchr(l + colon, ':', n - colon) ? "a field name that is not a token"
                                                 : "a header line without ':'";
    if (!colon) return "an empty field name";
    l[colon] = '\0';
    vs = colon + 1;
    ve = n;
    while (vs < ve && (l[vs] == ' ' || l[vs] == '\t')) vs++;
    while (ve > vs && (l[ve - 1] == ' ' || l[ve - 1] == '\t')) ve--;
    l[ve] = '\0';
    *name = l;
    *name_len = colon;
    *value = l + vs;
    return NULL;
}

/* The end of the header section of a final answer: decides the framing. */
static mpin_http_state headers_done(mpin_http_reply *h)
{
    if (h->status < 200) {
        if (h->status == 101) return fail(h, MPIN_HTTP_ERROR, "unexpected 101 Switching Protocols");
        /* an interim answer: the real one follows */
        apr_table_clear(h->headers);
        h->fields = 0;
        h->content_length = -1;
        h->chunked = h->te_seen = h->conn_close = h->conn_keep = 0;
        h->state = S_STATUS;
        return MPIN_HTTP_MORE;
    }
    if (h->te_seen && h->content_length >= 0)
        return fail(h, MPIN_HTTP_ERROR, "both Transfer-Encoding and Content-Length");
    if (h->te_seen && h->version == 10)
        return fail(h, MPIN_HTTP_ERROR, "Transfer-Encoding in an HTTP/1.0 reply");
    h->keep_alive = h->version == 11 ? !h->conn_close : (h->conn_keep && !h->conn_close);
    if (h->head || h->status == 204 || h->status == 304) {
        h->state = S_DONE;
        return h->result = MPIN_HTTP_DONE;
    }
    if (h->chunked) {
        h->state = S_CHUNK_SIZE;
        return MPIN_HTTP_MORE;
    }
    if (h->content_length >= 0) {
        if ((apr_uint64_t)h->content_length > h->body_max)
            return fail(h, MPIN_HTTP_TOO_BIG, "reply body larger than the cap");
        h->remaining = (apr_size_t)h->content_length;
        if (!h->remaining) {
            h->state = S_DONE;
            return h->result = MPIN_HTTP_DONE;
        }
        h->state = S_BODY_CL;
        return MPIN_HTTP_MORE;
    }
    /* no framing: the body runs to the close, and the connection dies */
    h->keep_alive = 0;
    h->until_close = 1;
    h->state = S_BODY_CLOSE;
    return MPIN_HTTP_MORE;
}

static mpin_http_state header_line(mpin_http_reply *h, char *l, apr_size_t n)
{
    char *name, *value, *copy;
    const char *why;
    apr_size_t nlen;

    if (!n) return headers_done(h);
    if ((why = field_line(l, n, &name, &nlen, &value))) return fail(h, MPIN_HTTP_ERROR, why);
    if (++h->fields > MPIN_HTTP_FIELDS_MAX) return fail(h, MPIN_HTTP_ERROR, "too many header fields");
    if (nlen == 14 && !strcasecmp(name, "Content-Length")) {
        apr_int64_t v = 0;
        const char *d = value;
        if (!*d) return fail(h, MPIN_HTTP_ERROR, "bad Content-Length");
        for (; *d; d++) {
            if (!apr_isdigit(*d)) return fail(h, MPIN_HTTP_ERROR, "bad Content-Length");
            if (v > (APR_INT64_MAX - 9) / 10) return fail(h, MPIN_HTTP_ERROR, "bad Content-Length");
            v = v * 10 + (*d - '0');
        }
        if (h->content_length >= 0 && h->content_length != v)
            return fail(h, MPIN_HTTP_ERROR, "Content-Length fields that disagree");
        h->content_length = v;
    }
    else if (nlen == 17 && !strcasecmp(name, "Transfer-Encoding")) {
        if (h->te_seen || strcasecmp(value, "chunked"))
            return fail(h, MPIN_HTTP_ERROR, "a transfer coding other than chunked");
        h->te_seen = h->chunked = 1;
    }
    else if (nlen == 10 && !strcasecmp(name, "Connection")) {
        if (list_has(value, "close")) h->conn_close = 1;
        if (list_has(value, "keep-alive")) h->conn_keep = 1;
    }
    /* one copy of the line holds both (name and value end with a NUL) */
    copy = apr_pmemdup(h->pool, l, n + 1);
    apr_table_addn(h->headers, copy, copy + (value - l));
    return MPIN_HTTP_MORE;
}

static mpin_http_state chunk_size_line(mpin_http_reply *h, const char *l, apr_size_t n)
{
    apr_uint64_t v = 0;
    apr_size_t i = 0;
    int c;

    for (; i < n && (c = mpin_hexval((unsigned char)l[i])) >= 0; i++) {
        if (v > (APR_UINT64_MAX >> 4)) return fail(h, MPIN_HTTP_ERROR, "chunk size overflow");
        v = (v << 4) | (apr_uint64_t)c;
    }
    if (!i) return fail(h, MPIN_HTTP_ERROR, "bad chunk size");
    while (i < n && (l[i] == ' ' || l[i] == '\t')) i++;
    if (i < n && l[i] != ';') return fail(h, MPIN_HTTP_ERROR, "bad chunk size");
    /* chunk extensions (after ';') are ignored */
    if (!v) {
        h->fields = 0;
        h->trailer_bytes = 0;
        h->state = S_TRAILERS;
        return MPIN_HTTP_MORE;
    }
    if (v > h->body_max - h->body_len) return fail(h, MPIN_HTTP_TOO_BIG, "reply body larger than the cap");
    h->remaining = (apr_size_t)v;
    h->state = S_CHUNK_DATA;
    return MPIN_HTTP_MORE;
}

static mpin_http_state trailer_line(mpin_http_reply *h, char *l, apr_size_t n)
{
    char *name, *value;
    const char *why;
    apr_size_t nlen;

    if (!n) {
        h->state = S_DONE;
        return h->result = MPIN_HTTP_DONE;
    }
    if ((why = field_line(l, n, &name, &nlen, &value))) return fail(h, MPIN_HTTP_ERROR, why);
    if (++h->fields > MPIN_HTTP_FIELDS_MAX) return fail(h, MPIN_HTTP_ERROR, "too many trailer fields");
    return MPIN_HTTP_MORE; /* read and dropped */
}

/* One complete line (without its LF, and without the CR before it). */
static mpin_http_state line(mpin_http_reply *h, char *l, apr_size_t n)
{
    switch (h->state) {
    case S_STATUS: return status_line(h, l, n);
    case S_HEADERS: return header_line(h, l, n);
    case S_CHUNK_SIZE: return chunk_size_line(h, l, n);
    case S_CHUNK_END:
        if (n) return fail(h, MPIN_HTTP_ERROR, "chunk data longer than its size");
        h->state = S_CHUNK_SIZE;
        return MPIN_HTTP_MORE;
    case S_TRAILERS: return trailer_line(h, l, n);
    default: return fail(h, MPIN_HTTP_ERROR, "internal parser state");
    }
}

static int is_ctl(unsigned char c)
{
    return (c < 0x20 && c != '\t') || c == 0x7f;
}

/* The offset of the first control character but HT in s (n bytes), or n.
 * Every line of a reply goes through here (the status line, the fields,
 * the chunk lines), so eight bytes at a time: a word with no byte below
 * 0x20 and none equal to 0x7f is skipped whole (the "has less than" test of
 * Bit Twiddling Hacks, exact for "is there any such byte"). */
static apr_size_t first_ctl(const char *s, apr_size_t n)
{
    const apr_uint64_t ones = APR_UINT64_C(0x0101010101010101);
    const apr_uint64_t highs = APR_UINT64_C(0x8080808080808080);
    apr_size_t i = 0, k;

    for (; i + 8 <= n; i += 8) {
        apr_uint64_t x, y;
        memcpy(&x, s + i, 8);
        y = x ^ (ones * 0x7f);
        if (!(((x - ones * 0x20) & ~x & highs) | ((y - ones) & ~y & highs))) continue;
        for (k = i; k < i + 8; k++)
            if (is_ctl((unsigned char)s[k])) return k;
    }
    for (; i < n; i++)
        if (is_ctl((unsigned char)s[i])) return i;
    return n;
}

/* How many bytes the section being read may still take, and the reason
 * when it is over (the bytes of a partial line are already counted). */
static apr_size_t line_room(const mpin_http_reply *h, const char **why)
{
    if (h->state == S_STATUS || h->state == S_HEADERS) {
        *why = "header section too big";
        return MPIN_HTTP_HEADER_MAX - h->header_bytes;
    }
    if (h->state == S_TRAILERS) {
        *why = "trailer section too big";
        return MPIN_HTTP_HEADER_MAX - h->trailer_bytes;
    }
    *why = "chunk size line too long";
    return CHUNK_LINE_MAX - h->line_len;
}

/* Reads line bytes from d (at most n): returns how many it used; a complete
 * line is handed to line(). */
static apr_size_t take_line(mpin_http_reply *h, const char *d, apr_size_t n, mpin_http_state *st)
{
    const char *nl = memchr(d, '\n', n);
    apr_size_t take = nl ? (apr_size_t)(nl - d) + 1 : n, limit, len, bad;
    const char *why;

    limit = line_room(h, &why);
    if (take > limit) {
        *st = fail(h, MPIN_HTTP_ERROR, why);
        return n;
    }
    if (h->state == S_STATUS || h->state == S_HEADERS) h->header_bytes += take;
    else if (h->state == S_TRAILERS) h->trailer_bytes += take;
    h->line = append(h->pool, h->line, h->line_len, &h->line_cap, d, take, 256);
    h->line_len += take;
    if (!nl) {
        *st = MPIN_HTTP_MORE;
        return take;
    }
    len = h->line_len - 1;                       /* without the LF */
    if (len && h->line[len - 1] == '\r') len--;  /* and its CR */
    h->line_len = 0;
    if ((bad = first_ctl(h->line, len)) < len) {
        *st = fail(h, MPIN_HTTP_ERROR, h->line[bad] == '\r' ? "bare CR in a line"
                                       : !h->line[bad] ? "NUL in a line"
                                       : "control character in a line");
        return n;
    }
    h->line[len] = '\0';
    *st = line(h, h->line, len);
    return take;
}

mpin_http_state mpin_http_reply_feed(mpin_http_reply *h, const char *data, apr_size_t len)
{
    mpin_http_state st = MPIN_HTTP_MORE;

    if (len) h->received = 1;
    while (len) {
        apr_size_t used, n;

        switch (h->state) {
        case S_DONE:
            if (h->lines_only == 1 && h->chunked) {
                /* the trailers of a body that the caller decoded */
                h->lines_only = 2;
                h->fields = 0;
                h->trailer_bytes = 0;
                h->result = MPIN_HTTP_MORE;
                h->state = S_TRAILERS;
                break;
            }
            /* bytes after the end of the reply: not ours, and the connection
             * is not clean any more */
            h->keep_alive = 0;
            h->extra = 1;
            return MPIN_HTTP_DONE;
        case S_FAILED:
            return h->result;
        case S_BODY_CL:
        case S_CHUNK_DATA:
            n = len < h->remaining ? len : h->remaining;
            if (!body_add(h, data, n)) return fail(h, MPIN_HTTP_TOO_BIG, "reply body larger than the cap");
            h->remaining -= n;
            data += n;
            len -= n;
            if (!h->remaining) {
                if (h->state == S_CHUNK_DATA) h->state = S_CHUNK_END;
                else {
                    h->state = S_DONE;
                    h->result = MPIN_HTTP_DONE;
                }
            }
            break;
        case S_BODY_CLOSE:
            if (!body_add(h, data, len)) return fail(h, MPIN_HTTP_TOO_BIG, "reply body larger than the cap");
            return MPIN_HTTP_MORE;
        default:
            used = take_line(h, data, len, &st);
            if (st == MPIN_HTTP_ERROR || st == MPIN_HTTP_TOO_BIG) return st;
            data += used;
            len -= used;
            break;
        }
    }
    if (h->state == S_DONE) return MPIN_HTTP_DONE;
    if (h->state == S_FAILED) return h->result;
    return MPIN_HTTP_MORE;
}

mpin_http_state mpin_http_reply_eof(mpin_http_reply *h)
{
    switch (h->state) {
    case S_DONE:
        h->keep_alive = 0;
        return MPIN_HTTP_DONE;
    case S_FAILED:
        return h->result;
    case S_BODY_CLOSE:
        h->state = S_DONE;
        h->keep_alive = 0;
        return h->result = MPIN_HTTP_DONE;
    default:
        return fail(h, MPIN_HTTP_ERROR, h->received ? "connection closed before the end of the reply"
                                                    : "connection closed before any reply");
    }
}
