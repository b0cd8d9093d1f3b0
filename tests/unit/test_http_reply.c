/*
 * pure/http_reply_parser.c: the HTTP/1.1 reply parser of the RPS client over http://
 * (security item 7).  Every reply is parsed fed whole, one byte at a time
 * and in two pieces at every split point (fuzz_http_reply_check), and the
 * results must be identical; then the whole-fed result is compared with
 * what is expected.
 */
#include <string.h>
#include "unit.h"
#include "fuzz.h"

#define CAP (64 * 1024)

static mpin_http_state parse(apr_pool_t *p, const char *reply, apr_size_t len, int head,
                             apr_size_t cap, mpin_http_reply *h)
{
    mpin_http_state st;
    int bad = fuzz_http_reply_check(p, reply, len, head, cap, 1, h, &st);

    CHECK(bad == 0, "split invariance or invariants of %s", unit_show_n(reply, len));
    return st;
}

#define PARSE(p, s, head, h) parse((p), (s), sizeof(s) - 1, (head), CAP, (h))

static void ok(apr_pool_t *p, const char *reply, apr_size_t len, int head, int status,
               const char *body, int keep)
{
    mpin_http_reply h;
    mpin_http_state st = parse(p, reply, len, head, CAP, &h);

    CHECK_INT(st, MPIN_HTTP_DONE, "state of %s (%s)", unit_show_n(reply, len), unit_show(h.why));
    if (st != MPIN_HTTP_DONE) return;
    CHECK_INT(h.status, status, "status of %s", unit_show_n(reply, len));
    CHECK_STR(h.body, body, "body of %s", unit_show_n(reply, len));
    CHECK_INT(h.keep_alive, keep, "keep-alive of %s", unit_show_n(reply, len));
}

#define OK(s, head, status, body, keep) ok(p, (s), sizeof(s) - 1, (head), (status), (body), (keep))

static void refused(apr_pool_t *p, const char *reply, apr_size_t len, apr_size_t cap,
                    mpin_http_state want, const char *why)
{
    mpin_http_reply h;
    mpin_http_state st = parse(p, reply, len, 0, cap, &h);

    CHECK_INT(st, want, "state of %s", unit_show_n(reply, len));
    CHECK_STR(h.why, why, "reason for %s", unit_show_n(reply, len));
}

#define REFUSED(s, cap, st, why) refused(p, (s), sizeof(s) - 1, (cap), (st), (why))
#define BAD(s, why) refused(p, (s), sizeof(s) - 1, CAP, MPIN_HTTP_ERROR, (why))

static void framing(apr_pool_t *p)
{
    mpin_http_reply h;

    OK("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Type: application/json\r\n\r\nhello",
       0, 200, "hello", 1);
    OK("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 0, 200, "", 1);
    OK("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nhi", 0, 200, "hi", 1);
    OK("HTTP/1.1 200 OK\nContent-Length: 2\n\nhi", 0, 200, "hi", 1); /* bare LF lines */
    OK("HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nhi", 0, 200, "hi", 1); /* no reason */
    OK("HTTP/1.1 200 \r\nContent-Length: 2\r\n\r\nhi", 0, 200, "hi", 1);
    /* chunked, with extensions and trailers */
    OK("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
       "5\r\nhello\r\n1;ext=1;b=\"x\"\r\n \r\nA \r\n0123456789\r\n0\r\n\r\n",
       0, 200, "hello 0123456789", 1);
    OK("HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n"
       "0003\r\nabc\r\n0\r\nX-Trailer: 1\r\nY: 2\r\n\r\n", 0, 200, "abc", 1);
    OK("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n", 0, 200, "", 1);
    /* read until the close: never reusable */
    OK("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nall of it", 0, 200, "all of it", 0);
    OK("HTTP/1.0 200 OK\r\n\r\nold", 0, 200, "old", 0);
    OK("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\n\r\nold", 0, 200, "old", 0);
    /* HEAD, 204 and 304 have no body */
    OK("HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n", 1, 200, "", 1);
    OK("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n", 1, 200, "", 1);
    OK("HTTP/1.1 204 No Content\r\n\r\n", 0, 204, "", 1);
    OK("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", 0, 304, "", 1);
    /* interim answers are skipped, with their headers */
    OK("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 0, 200,
       "ok", 1);
    PARSE(p, "HTTP/1.1 100 Continue\r\nX-Interim: 1\r\n\r\nHTTP/1.1 103 Early Hints\r\n"
             "Link: </a>\r\n\r\nHTTP/1.1 201 Created\r\nX-Final:  v  \r\nContent-Length: 0\r\n\r\n",
          0, &h);
    CHECK_INT(h.status, 201, "status after two interim answers");
    CHECK_NULL(apr_table_get(h.headers, "X-Interim"), "an interim header survived");
    CHECK_STR(apr_table_get(h.headers, "X-Final"), "v", "a value trimmed of OWS");
    CHECK_INT(apr_table_elts(h.headers)->nelts, 2, "headers of the final answer");
    /* a status between 200 and 599 of any class */
    OK("HTTP/1.1 404 Not Found\r\nContent-Length: 1\r\n\r\nx", 0, 404, "x", 1);
    OK("HTTP/1.1 599 Odd\r\nContent-Length: 1\r\n\r\nx", 0, 599, "x", 1);
}

static void keep_alive(apr_pool_t *p)
{
    mpin_http_reply h;

    OK("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx", 0, 200, "x", 0);
    OK("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: Keep-Alive, CLOSE\r\n\r\nx", 0, 200,
       "x", 0);
    OK("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: keep-alive\r\n\r\nx", 0, 200, "x", 1);
    OK("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: closed\r\n\r\nx", 0, 200, "x", 1);
    OK("HTTP/1.0 200 OK\r\nContent-Length: 1\r\n\r\nx", 0, 200, "x", 0);
    OK("HTTP/1.0 200 OK\r\nContent-Length: 1\r\nConnection: keep-alive\r\n\r\nx", 0, 200, "x", 1);
    OK("HTTP/1.0 200 OK\r\nContent-Length: 1\r\nConnection: te, Keep-Alive\r\n\r\nx", 0, 200,
       "x", 1);
    OK("HTTP/1.0 200 OK\r\nContent-Length: 1\r\nConnection: keep-alive\r\nConnection: close\r\n"
       "\r\nx", 0, 200, "x", 0);
    /* bytes after the end: the reply is done, the connection is not clean */
    OK("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxHTTP/1.1 200 OK\r\n", 0, 200, "x", 0);
    PARSE(p, "HTTP/1.1 204 No Content\r\n\r\n\r\n", 0, &h);
    CHECK(h.extra && !h.keep_alive, "a stray CRLF after a 204 keeps the connection");
    /* the end of the connection before the end */
    PARSE(p, "", 0, &h);
    CHECK(!h.received && h.why && strstr(h.why, "before any reply"), "an empty answer: %s",
          unit_show(h.why));
    BAD("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel",
        "connection closed before the end of the reply");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
        "connection closed before the end of the reply");
    BAD("HTTP/1.1 200 OK\r\nContent-Le", "connection closed before the end of the reply");
}

static void refusals(apr_pool_t *p)
{
    char *big;
    apr_size_t i, n;

    BAD("HTTP/1.1 200 OK\r\nX-A: 1\r\n folded\r\nContent-Length: 0\r\n\r\n", "obsolete line folding");
    BAD("HTTP/1.1 200 OK\r\n\tfolded\r\n\r\n", "obsolete line folding");
    BAD("HTTP/2 200 OK\r\n\r\n", "bad status line");
    BAD("HTTP/1.2 200 OK\r\n\r\n", "bad status line");
    BAD("http/1.1 200 OK\r\n\r\n", "bad status line");
    BAD("HTTP/1.1  200 OK\r\n\r\n", "bad status code");
    BAD("HTTP/1.1 20 OK\r\n\r\n", "bad status code");
    BAD("HTTP/1.1 099 OK\r\n\r\n", "bad status code");
    BAD("HTTP/1.1 600 OK\r\n\r\n", "bad status code");
    BAD("HTTP/1.1 2000 OK\r\n\r\n", "bad status code");
    BAD("HTTP/1.1 20x OK\r\n\r\n", "bad status code");
    BAD("HTTP/1.1 200 O\x01K\r\n\r\n", "control character in a line");
    BAD("HTTP/1.1 101 Switching Protocols\r\n\r\n", "unexpected 101 Switching Protocols");
    BAD("<html>garbage</html>\r\n", "bad status line");
    BAD("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n", "a header line without ':'");
    BAD("HTTP/1.1 200 OK\r\n: empty\r\n\r\n", "an empty field name");
    BAD("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n", "a field name that is not a token");
    BAD("HTTP/1.1 200 OK\r\nContent-Length : 1\r\n\r\nx", "a field name that is not a token");
    BAD("HTTP/1.1 200 OK\r\nX: a\rb\r\n\r\n", "bare CR in a line");
    BAD("HTTP/1.1 200 OK\r\nX: a\0b\r\n\r\n", "NUL in a line");
    BAD("HTTP/1.1 200 OK\r\nX: a\x7f\r\n\r\n", "control character in a line");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n", "bad Content-Length");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\nx", "bad Content-Length");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: \r\n\r\n", "bad Content-Length");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: 1, 1\r\n\r\nx", "bad Content-Length");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: +1\r\n\r\nx", "bad Content-Length");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n",
        "bad Content-Length");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nxx",
        "Content-Length fields that disagree");
    BAD("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "both Transfer-Encoding and Content-Length");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
        "both Transfer-Encoding and Content-Length");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n", "a transfer coding other than chunked");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
        "a transfer coding other than chunked");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
        "a transfer coding other than chunked");
    BAD("HTTP/1.0 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "Transfer-Encoding in an HTTP/1.0 reply");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10000000000000000\r\n",
        "chunk size overflow");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nx\r\n", "bad chunk size");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\n", "bad chunk size");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\n", "bad chunk size");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1 x\r\n", "bad chunk size");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n",
        "chunk data longer than its size");
    BAD("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nbad trailer\r\n\r\n",
        "a header line without ':'");
    REFUSED("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFFFFFF\r\n",
            CAP, MPIN_HTTP_TOO_BIG, "reply body larger than the cap");

    /* the header section: 16 kB in all, interim answers included */
    n = MPIN_HTTP_HEADER_MAX + 64;
    big = apr_palloc(p, n + 64);
    strcpy(big, "HTTP/1.1 200 OK\r\nX-Big: ");
    for (i = strlen(big); i < n; i++) big[i] = 'a';
    strcpy(big + n, "\r\n\r\n");
    refused(p, big, strlen(big), CAP, MPIN_HTTP_ERROR, "header section too big");
    big = apr_pstrcat(p, "HTTP/1.1 100 Continue\r\nX-Big: ",
                      apr_psprintf(p, "%09000d", 0), "\r\n\r\nHTTP/1.1 200 OK\r\nX-Big: ",
                      apr_psprintf(p, "%09000d", 0), "\r\nContent-Length: 0\r\n\r\n", NULL);
    refused(p, big, strlen(big), CAP, MPIN_HTTP_ERROR, "header section too big");
    /* just under it is fine */
    big = apr_pstrcat(p, "HTTP/1.1 200 OK\r\nX-Big: ",
                      apr_psprintf(p, "%016300d", 0), "\r\nContent-Length: 0\r\n\r\n", NULL);
    ok(p, big, strlen(big), 0, 200, "", 1);
    /* at most 100 fields */
    big = "HTTP/1.1 200 OK\r\n";
    for (i = 0; i < MPIN_HTTP_FIELDS_MAX; i++) big = apr_pstrcat(p, big, "X: 1\r\n", NULL);
    ok(p, apr_pstrcat(p, big, "\r\n", NULL), strlen(big) + 2, 0, 200, "", 0);
    big = apr_pstrcat(p, big, "X: 1\r\n\r\n", NULL);
    refused(p, big, strlen(big), CAP, MPIN_HTTP_ERROR, "too many header fields");
    /* the body cap, however the body is framed */
    REFUSED("HTTP/1.1 200 OK\r\nContent-Length: 11\r\n\r\n0123456789a", 10,
            MPIN_HTTP_TOO_BIG, "reply body larger than the cap");
    REFUSED("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789", 10,
            MPIN_HTTP_DONE, NULL);
    REFUSED("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\n012345\r\n5\r\n6789a\r\n"
               "0\r\n\r\n", 10, MPIN_HTTP_TOO_BIG, "reply body larger than the cap");
    REFUSED("HTTP/1.1 200 OK\r\n\r\n0123456789a", 10, MPIN_HTTP_TOO_BIG,
            "reply body larger than the cap");
    REFUSED("HTTP/1.1 200 OK\r\n\r\n0123456789", 10, MPIN_HTTP_DONE, NULL);
    big = apr_psprintf(p, "HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n", CAP + 1);
    refused(p, big, strlen(big), CAP,
            MPIN_HTTP_TOO_BIG, "reply body larger than the cap");
}

/* Controls are found at every offset of a long value (the check reads eight
 * bytes at a time); HT and bytes from 0x80 are allowed inside a value. */
static void controls(apr_pool_t *p)
{
    static const char head[] = "HTTP/1.1 200 OK\r\nX-Long: v";
    static const char tail[] = "v\r\nContent-Length: 0\r\n\r\n";
    static const unsigned char bytes[] = { 0x00, 0x01, 0x08, 0x0d, 0x1f, 0x7f, 0x09, 0x20,
                                           0x7e, 0x80, 0xff };
    apr_size_t i, b, hl = sizeof(head) - 1, tl = sizeof(tail) - 1;

    for (b = 0; b < sizeof(bytes); b++) {
        unsigned char c = bytes[b];
        int allowed = c == 0x09 || (c >= 0x20 && c != 0x7f);
        for (i = 0; i < 24; i++) {
            char reply[128];
            mpin_http_reply h;
            mpin_http_state st;

            memcpy(reply, head, hl);
            memset(reply + hl, 'v', 24);
            reply[hl + i] = (char)c;
            memcpy(reply + hl + 24, tail, tl);
            st = parse(p, reply, hl + 24 + tl, 0, CAP, &h);
            CHECK_INT(st, allowed ? MPIN_HTTP_DONE : MPIN_HTTP_ERROR, "byte 0x%02x at %d of a value",
                      c, (int)i);
        }
    }
}

/* Feeds the lines (NULL-terminated) to a parser in lines mode, one call
 * each, as libcurl hands its header lines over; the state after the last. */
static mpin_http_state feed_lines(apr_pool_t *p, mpin_http_reply *h, const char *const *lines)
{
    mpin_http_state st = MPIN_HTTP_MORE;

    mpin_http_reply_init_lines(h, p);
    for (; *lines; lines++) st = mpin_http_reply_feed(h, *lines, strlen(*lines));
    return st;
}

/* mpin_http_reply_init_lines: libcurl's header lines (rps/client.c) under
 * the rules of the own client's replies. */
static void lines_mode(apr_pool_t *p)
{
    static const char *const ok_lines[] = { "HTTP/1.1 100 Continue\r\n", "\r\n",
        "HTTP/1.1 200 OK\r\n", "Content-Length: 5\r\n", "X-A:  v \r\n", "\r\n", NULL };
    static const char *const both[] = { "HTTP/1.1 200 OK\r\n", "Content-Length: 5\r\n",
        "Transfer-Encoding: chunked\r\n", "\r\n", NULL };
    static const char *const bad_name[] = { "HTTP/1.1 200 OK\r\n", "Bad Name: x\r\n", NULL };
    static const char *const trailers[] = { "HTTP/1.1 200 OK\r\n", "Transfer-Encoding: chunked\r\n",
        "\r\n", "X-Trailer: v\r\n", "\r\n", NULL };
    static const char *const bad_trailer[] = { "HTTP/1.1 200 OK\r\n",
        "Transfer-Encoding: chunked\r\n", "\r\n", "Bad Trailer: v\r\n", NULL };
    static const char *const after_cl[] = { "HTTP/1.1 200 OK\r\n", "Content-Length: 0\r\n",
        "\r\n", "X-Late: v\r\n", NULL };
    const char *big[4];
    char *field = apr_palloc(p, MPIN_HTTP_HEADER_MAX + 1);
    mpin_http_reply h;
    mpin_http_state st;

    st = feed_lines(p, &h, ok_lines);
    CHECK_INT(st, MPIN_HTTP_DONE, "an interim and a final header section (%s)", unit_show(h.why));
    CHECK_INT(h.status, 200, "the final status");
    CHECK_STR(apr_table_get(h.headers, "X-A"), "v", "a field of the final answer, trimmed");
    CHECK_INT(h.body_len, 0, "no body in lines mode");
    st = feed_lines(p, &h, both);
    CHECK_INT(st, MPIN_HTTP_ERROR, "Content-Length and Transfer-Encoding");
    CHECK_STR(h.why, "both Transfer-Encoding and Content-Length", "its reason");
    st = feed_lines(p, &h, bad_name);
    CHECK_INT(st, MPIN_HTTP_ERROR, "a name with a space");
    CHECK_STR(h.why, "a field name that is not a token", "its reason");
    st = feed_lines(p, &h, trailers);
    CHECK_INT(st, MPIN_HTTP_DONE, "a chunked reply's trailers (%s)", unit_show(h.why));
    CHECK(!h.extra, "trailers are not extra bytes");
    CHECK_NULL(apr_table_get(h.headers, "X-Trailer"), "a trailer among the headers");
    st = feed_lines(p, &h, bad_trailer);
    CHECK_INT(st, MPIN_HTTP_ERROR, "a trailer name with a space");
    CHECK_STR(h.why, "a field name that is not a token", "its reason");
    st = feed_lines(p, &h, after_cl);
    CHECK(st == MPIN_HTTP_DONE && h.extra, "a line after a Content-Length header section is extra");
    /* the header section cap counts every byte of every line */
    memset(field, 'a', MPIN_HTTP_HEADER_MAX);
    memcpy(field, "X-Big: ", 7);
    memcpy(field + MPIN_HTTP_HEADER_MAX - 2 - 17 - 2, "\r\n", 3);
    big[0] = "HTTP/1.1 200 OK\r\n";
    big[1] = field;
    big[2] = "\r\n";
    big[3] = NULL;
    st = feed_lines(p, &h, big);
    CHECK_INT(st, MPIN_HTTP_DONE, "a header section of exactly %d bytes (%s)", MPIN_HTTP_HEADER_MAX,
              unit_show(h.why));
    memcpy(field + MPIN_HTTP_HEADER_MAX - 2 - 17 - 2, "a\r\n", 4);
    st = feed_lines(p, &h, big);
    CHECK_INT(st, MPIN_HTTP_ERROR, "a header section one byte over");
    CHECK_STR(h.why, "header section too big", "its reason");
}

void suite_http_reply(apr_pool_t *p)
{
    lines_mode(p);
    controls(p);
    framing(p);
    keep_alive(p);
    refusals(p);
}
