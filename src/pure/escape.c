/*
 * Escaping and encoding helpers (security items 6 and 10).  Pure.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "pure.h"

static const char hexdigits[] = "0123456789abcdef";

const char *mpin_html_escape(apr_pool_t *p, const char *s)
{
    apr_size_t n = 0;
    const char *q;
    char *out, *o;

    if (!s) return "";
    for (q = s; *q; q++) {
        switch (*q) {
        case '<': case '>': n += 4; break;
        case '&': n += 5; break;
        case '"': case '\'': n += 5; break;
        default: n += 1;
        }
    }
    o = out = apr_palloc(p, n + 1);
    for (q = s; *q; q++) {
        switch (*q) {
        case '<': memcpy(o, "&lt;", 4); o += 4; break;
        case '>': memcpy(o, "&gt;", 4); o += 4; break;
        case '&': memcpy(o, "&amp;", 5); o += 5; break;
        case '"': memcpy(o, "&#34;", 5); o += 5; break;
        case '\'': memcpy(o, "&#39;", 5); o += 5; break;
        default: *o++ = *q;
        }
    }
    *o = '\0';
    return out;
}

/* Writes the encoding of the byte (or sequence) at *q to o and returns the
 * end of what it wrote; it may advance *q past a sequence it took whole. */
typedef char *(*byte_encoder)(char *o, const unsigned char **q);

/* s with every byte through one; worst is the most bytes one writes for a
 * byte of s, so the result is allocated once. */
static const char *encode_bytes(apr_pool_t *p, const char *s, apr_size_t worst, byte_encoder one)
{
    const unsigned char *q;
    char *out, *o;

    if (!s) return "";
    o = out = apr_palloc(p, strlen(s) * worst + 1);
    for (q = (const unsigned char *)s; *q; q++) o = one(o, &q);
    *o = '\0';
    return out;
}

static char *js_byte(char *o, const unsigned char **q)
{
    const unsigned char *b = *q;
    unsigned char c = *b;

    /* U+2028 and U+2029 end a line inside a JS string literal */
    if (c == 0xe2 && b[1] == 0x80 && (b[2] == 0xa8 || b[2] == 0xa9)) {
        memcpy(o, b[2] == 0xa8 ? "\\u2028" : "\\u2029", 6);
        *q += 2;
        return o + 6;
    }
    if (c < 0x20 || c == '"' || c == '\'' || c == '\\' || c == '<' || c == '>' || c == '&'
        || c == '/' || c == 0x7f) {
        *o++ = '\\';
        *o++ = 'u';
        *o++ = '0';
        *o++ = '0';
        *o++ = hexdigits[c >> 4];
        *o++ = hexdigits[c & 0xf];
        return o;
    }
    *o++ = (char)c;
    return o;
}

static char *url_byte(char *o, const unsigned char **q)
{
    unsigned char c = **q;

    if (apr_isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
        *o++ = (char)c;
        return o;
    }
    *o++ = '%';
    *o++ = (char)apr_toupper(hexdigits[c >> 4]);
    *o++ = (char)apr_toupper(hexdigits[c & 0xf]);
    return o;
}

/* every byte at most \u00XX (6 bytes); U+2028/9 take 6 for their 3 */
const char *mpin_js_escape(apr_pool_t *p, const char *s)
{
    return encode_bytes(p, s, 6, js_byte);
}

const char *mpin_url_encode(apr_pool_t *p, const char *s)
{
    return encode_bytes(p, s, 3, url_byte);
}

/* A hex digit's value plus one, 0 for any other byte: mpinIds and authOTTs
 * are hundreds of hex digits checked and decoded at every login. */
static const unsigned char hex_plus_one[256] = {
    ['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5,
    ['5'] = 6, ['6'] = 7, ['7'] = 8, ['8'] = 9, ['9'] = 10,
    ['a'] = 11, ['b'] = 12, ['c'] = 13, ['d'] = 14, ['e'] = 15, ['f'] = 16,
    ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16,
};

static int hexv(unsigned char c)
{
    return (int)hex_plus_one[c] - 1;
}

int mpin_hexval(int c)
{
    return c >= 0 && c < 256 ? hexv((unsigned char)c) : -1;
}

char *mpin_url_decode(apr_pool_t *p, const char *s, apr_size_t len)
{
    char *out = apr_palloc(p, len + 1), *o = out;
    apr_size_t i;

    for (i = 0; i < len; i++) {
        char c = s[i];
        if (c == '%') {
            int hi, lo;
            if (i + 2 >= len) return NULL;
            hi = hexv((unsigned char)s[i + 1]);
            lo = hexv((unsigned char)s[i + 2]);
            if (hi < 0 || lo < 0) return NULL;
            c = (char)(hi * 16 + lo);
            i += 2;
        }
        if (c == '\0') return NULL;
        *o++ = c;
    }
    *o = '\0';
    return out;
}

int mpin_is_hex(const char *s, apr_size_t min, apr_size_t max)
{
    apr_size_t n = 0;

    if (!s) return 0;
    for (; *s; s++, n++) {
        if (n >= max || !hex_plus_one[(unsigned char)*s]) return 0;
    }
    return n >= min;
}

/* UTF-8 without overlong forms, surrogates or code points past U+10FFFF;
 * printable: no C0 or C1 control characters and no DEL either. */
static int utf8_check(const char *s, apr_size_t len, int printable)
{
    const unsigned char *u = (const unsigned char *)s;
    apr_size_t i = 0;

    while (i < len) {
        unsigned char c = u[i];
        apr_size_t need, k;
        unsigned long cp;

        if (c < 0x80) {
            if (printable && (c < 0x20 || c == 0x7f)) return 0;
            i++;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
        else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; }
        else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; }
        else return 0;
        if (i + need >= len) return 0;
        for (k = 1; k <= need; k++) {
            if ((u[i + k] & 0xc0) != 0x80) return 0;
            cp = (cp << 6) | (u[i + k] & 0x3f);
        }
        /* overlong forms, surrogates, beyond U+10FFFF, C1 controls */
        if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff))
            || (cp >= 0xd800 && cp <= 0xdfff) || (printable && cp >= 0x80 && cp <= 0x9f))
            return 0;
        i += need + 1;
    }
    return 1;
}

int mpin_is_printable_utf8(const char *s, apr_size_t len)
{
    return utf8_check(s, len, 1);
}

int mpin_is_utf8(const char *s, apr_size_t len)
{
    return utf8_check(s, len, 0);
}

const char *mpin_hex_encode(apr_pool_t *p, const unsigned char *b, apr_size_t n)
{
    char *out = apr_palloc(p, n * 2 + 1);
    apr_size_t i;

    for (i = 0; i < n; i++) {
        out[2 * i] = hexdigits[b[i] >> 4];
        out[2 * i + 1] = hexdigits[b[i] & 0xf];
    }
    out[2 * n] = '\0';
    return out;
}

unsigned char *mpin_hex_decode(apr_pool_t *p, const char *s, apr_size_t *n)
{
    apr_size_t len = strlen(s), i;
    unsigned char *out;

    if (len % 2) return NULL;
    out = apr_palloc(p, len / 2 + 1);
    for (i = 0; i < len; i += 2) {
        int hi = hexv((unsigned char)s[i]), lo = hexv((unsigned char)s[i + 1]);
        if (hi < 0 || lo < 0) return NULL;
        out[i / 2] = (unsigned char)(hi * 16 + lo);
    }
    out[len / 2] = '\0';
    *n = len / 2;
    return out;
}

static const char b64url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const char *mpin_b64url_encode(apr_pool_t *p, const unsigned char *b, apr_size_t n)
{
    char *out = apr_palloc(p, (n + 2) / 3 * 4 + 1), *o = out;
    apr_size_t i;

    for (i = 0; i + 2 < n; i += 3) {
        *o++ = b64url[b[i] >> 2];
        *o++ = b64url[((b[i] & 3) << 4) | (b[i + 1] >> 4)];
        *o++ = b64url[((b[i + 1] & 0xf) << 2) | (b[i + 2] >> 6)];
        *o++ = b64url[b[i + 2] & 0x3f];
    }
    if (n - i == 1) {
        *o++ = b64url[b[i] >> 2];
        *o++ = b64url[(b[i] & 3) << 4];
    }
    else if (n - i == 2) {
        *o++ = b64url[b[i] >> 2];
        *o++ = b64url[((b[i] & 3) << 4) | (b[i + 1] >> 4)];
        *o++ = b64url[(b[i + 1] & 0xf) << 2];
    }
    *o = '\0';
    return out;
}

static int b64url_val(unsigned char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

int mpin_b64url_decode_exact(const char *s, apr_size_t slen, unsigned char *out, apr_size_t n)
{
    apr_size_t i, o = 0;
    unsigned long acc = 0;
    int bits = 0;

    if (slen != (n * 4 + 2) / 3) return 0;
    for (i = 0; i < slen; i++) {
        int v = b64url_val((unsigned char)s[i]);
        if (v < 0) return 0;
        acc = (acc << 6) | (unsigned long)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[o++] = (unsigned char)(acc >> bits);
            acc &= (1UL << bits) - 1;
        }
    }
    /* leftover bits must be zero so that each value has one encoding */
    return o == n && acc == 0;
}

int mpin_ct_equal(const unsigned char *a, const unsigned char *b, apr_size_t n)
{
    apr_uint64_t d = 0;
    apr_size_t i = 0;

    /* eight bytes at a time (memcpy: no alignment assumed), then the rest;
     * every byte is read whatever the earlier ones were */
    for (; n - i >= 8; i += 8) {
        apr_uint64_t x, y;
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        d |= x ^ y;
    }
    for (; i < n; i++) d |= (apr_uint64_t)(a[i] ^ b[i]);
    return d == 0;
}
