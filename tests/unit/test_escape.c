/*
 * escape.c: HTML/JS/URL escaping (security item 10), strict decoding, UTF-8
 * and hex checks, hex and base64url codecs, constant-time comparison
 * (security item 6).
 */
#include <string.h>
#include "unit.h"

static void html(apr_pool_t *p)
{
    CHECK_STR(mpin_html_escape(p, "<"), "&lt;", "html <");
    CHECK_STR(mpin_html_escape(p, ">"), "&gt;", "html >");
    CHECK_STR(mpin_html_escape(p, "&"), "&amp;", "html &");
    CHECK_STR(mpin_html_escape(p, "\""), "&#34;", "html \"");
    CHECK_STR(mpin_html_escape(p, "'"), "&#39;", "html '");
    CHECK_STR(mpin_html_escape(p, "<script>alert(\"x\")</script>"),
              "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;", "html script");
    CHECK_STR(mpin_html_escape(p, "\" onmouseover='x' a=\""),
              "&#34; onmouseover=&#39;x&#39; a=&#34;", "html attribute break-out");
    CHECK_STR(mpin_html_escape(p, "&lt;"), "&amp;lt;", "html entity is escaped again");
    CHECK_STR(mpin_html_escape(p, "alice@example.com caf\xc3\xa9 /a?b=c"),
              "alice@example.com caf\xc3\xa9 /a?b=c", "html leaves plain text alone");
    CHECK_STR(mpin_html_escape(p, ""), "", "html empty");
    CHECK_STR(mpin_html_escape(p, NULL), "", "html NULL");
}

static void js(apr_pool_t *p)
{
    static const char specials[] = "\"'\\<>&/\x7f";
    char in[2] = { 0, 0 }, want[8];
    int c;
    const char *s;

    /* every control character and every special one becomes \u00XX */
    for (c = 1; c < 0x80; c++) {
        in[0] = (char)c;
        s = mpin_js_escape(p, in);
        if (c < 0x20 || strchr(specials, c)) {
            apr_snprintf(want, sizeof(want), "\\u%04x", c);
            CHECK_STR(s, want, "js escape of byte 0x%02x", c);
        }
        else {
            CHECK_STR(s, in, "js escape of plain byte 0x%02x", c);
        }
    }
    CHECK_STR(mpin_js_escape(p, "</script><script>alert(1)</script>"),
              "\\u003c\\u002fscript\\u003e\\u003cscript\\u003ealert(1)\\u003c\\u002fscript\\u003e",
              "js </script>");
    CHECK_STR(mpin_js_escape(p, "a\xe2\x80\xa8" "b\xe2\x80\xa9" "c"), "a\\u2028b\\u2029c",
              "js U+2028 and U+2029");
    CHECK_STR(mpin_js_escape(p, "\xe2\x80\xaa\xe2\x82\xac"), "\xe2\x80\xaa\xe2\x82\xac",
              "js other U+20xx characters pass");
    CHECK_STR(mpin_js_escape(p, "caf\xc3\xa9"), "caf\xc3\xa9", "js non-ASCII passes");
    CHECK_STR(mpin_js_escape(p, "x\xe2\x80"), "x\xe2\x80", "js truncated sequence at the end");
    CHECK_STR(mpin_js_escape(p, "\xe2"), "\xe2", "js lone lead byte at the end");
    CHECK_STR(mpin_js_escape(p, "it's \"q\" \\ \n"),
              "it\\u0027s \\u0022q\\u0022 \\u005c \\u000a", "js quotes, backslash, newline");
    CHECK_STR(mpin_js_escape(p, "-->"), "--\\u003e", "js HTML comment end");
    CHECK_STR(mpin_js_escape(p, NULL), "", "js NULL");
}

static void url_encode(apr_pool_t *p)
{
    char in[2] = { 0, 0 }, want[4];
    int c;
    const char *enc;
    char *dec;

    for (c = 1; c < 256; c++) {
        int unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                         || c == '-' || c == '.' || c == '_' || c == '~';
        in[0] = (char)c;
        enc = mpin_url_encode(p, in);
        if (unreserved)
            CHECK_STR(enc, in, "url encode keeps unreserved byte 0x%02x", c);
        else {
            apr_snprintf(want, sizeof(want), "%%%02X", c);
            CHECK_STR(enc, want, "url encode of byte 0x%02x", c);
        }
        dec = mpin_url_decode(p, enc, strlen(enc));
        CHECK_STR(dec, in, "url decode(encode(0x%02x))", c);
    }
    CHECK_STR(mpin_url_encode(p, "a b&c=d/e?f#g%h+i"), "a%20b%26c%3Dd%2Fe%3Ff%23g%25h%2Bi",
              "url encode of a query-ish string");
    CHECK_STR(mpin_url_encode(p, "\xe2\x80\xa8"), "%E2%80%A8", "url encode of U+2028");
    CHECK_STR(mpin_url_encode(p, NULL), "", "url encode NULL");
}

static void url_decode(apr_pool_t *p)
{
    static const char *const bad[] = {
        "%", "%0", "%zz", "%0g", "%g0", "a%", "a%4", "%%", "%%41", "%00", "a%00b", "%-1",
        "%+1", "% 1", "%1 ", "%x41", NULL
    };
    const char *const *b;

    CHECK_STR(mpin_url_decode(p, "%41", 3), "A", "decode %%41");
    CHECK_STR(mpin_url_decode(p, "a%2Fb%2fc", 9), "a/b/c", "decode upper- and lower-case");
    CHECK_STR(mpin_url_decode(p, "a+b", 3), "a+b", "decode leaves + alone");
    CHECK_STR(mpin_url_decode(p, "%2500", 5), "%00", "decode is one layer only");
    CHECK_STR(mpin_url_decode(p, "%e2%80%a8", 9), "\xe2\x80\xa8", "decode multibyte");
    CHECK_STR(mpin_url_decode(p, "", 0), "", "decode empty");
    CHECK_STR(mpin_url_decode(p, "abc%41", 3), "abc", "decode honours len");
    CHECK_STR(mpin_url_decode(p, "%41%42", 3), "A", "decode honours len at an escape");
    CHECK_NULL(mpin_url_decode(p, "abc%41", 5), "escape cut by len");
    CHECK_NULL(mpin_url_decode(p, "abc%41", 4), "escape cut by len to a lone %%");
    CHECK_NULL(mpin_url_decode(p, "a\0b", 3), "raw NUL inside len");
    for (b = bad; *b; b++)
        CHECK_NULL(mpin_url_decode(p, *b, strlen(*b)), "malformed \"%s\" decoded",
                   unit_show(*b));
}

static void is_hex(void)
{
    CHECK(mpin_is_hex("0123456789abcdefABCDEF", 22, 22), "all hex digits");
    CHECK(mpin_is_hex("", 0, 4), "empty with min 0");
    CHECK(!mpin_is_hex("", 1, 4), "empty with min 1");
    CHECK(mpin_is_hex("abc", 3, 3), "length == min == max");
    CHECK(!mpin_is_hex("ab", 3, 3), "one short");
    CHECK(!mpin_is_hex("abcd", 3, 3), "one long");
    CHECK(!mpin_is_hex("abcg", 1, 10), "g");
    CHECK(!mpin_is_hex("0x12", 1, 10), "0x prefix");
    CHECK(!mpin_is_hex("ab cd", 1, 10), "space");
    CHECK(!mpin_is_hex("abcd\n", 1, 10), "newline");
    CHECK(!mpin_is_hex("-1", 1, 10), "sign");
    CHECK(!mpin_is_hex("\xc3\xa9", 1, 10), "non-ASCII");
    CHECK(!mpin_is_hex(NULL, 0, 10), "NULL");
    CHECK(mpin_is_hex("31ba0ed5efb75d91ef69a2b7eb1d3a26", 32, 64), "32 hex in [32,64]");
    CHECK(!mpin_is_hex("31ba0ed5efb75d91ef69a2b7eb1d3a2", 32, 64), "31 hex in [32,64]");
}

typedef struct {
    const char *s;
    apr_size_t len;
    const char *what;
} bytes;

#define B(lit, what) { lit, sizeof(lit) - 1, what }

static void printable_utf8(void)
{
    static const bytes good[] = {
        B("", "empty"), B("alice@example.com", "ASCII"), B(" ~", "space and tilde"),
        B("caf\xc3\xa9", "2-byte"), B("\xc2\xa0", "U+00A0 (first after C1)"),
        B("\xdf\xbf", "U+07FF"), B("\xe0\xa0\x80", "U+0800"), B("\xe2\x82\xac", "euro"),
        B("\xed\x9f\xbf", "U+D7FF"), B("\xee\x80\x80", "U+E000"), B("\xef\xbf\xbd", "U+FFFD"),
        B("\xf0\x90\x80\x80", "U+10000"), B("\xf0\x9d\x84\x9e", "G clef"),
        B("\xf4\x8f\xbf\xbf", "U+10FFFF"), B("\xe6\x97\xa5\xe6\x9c\xac", "CJK"),
    };
    static const bytes bad[] = {
        B("\x01", "SOH"), B("a\tb", "tab"), B("a\nb", "LF"), B("a\rb", "CR"), B("\x1f", "US"),
        B("\x7f", "DEL"), B("a\0b", "NUL inside len"),
        B("\xc2\x80", "C1 U+0080"), B("\xc2\x85", "C1 NEL"), B("\xc2\x9f", "C1 U+009F"),
        B("\xc0\xaf", "overlong / (c0)"), B("\xc1\xbf", "overlong (c1)"),
        B("\xc0\x80", "overlong NUL"), B("\xe0\x80\xaf", "3-byte overlong /"),
        B("\xe0\x9f\xbf", "3-byte overlong U+07FF"), B("\xf0\x80\x80\xaf", "4-byte overlong /"),
        B("\xf0\x8f\xbf\xbf", "4-byte overlong U+FFFF"), B("\xed\xa0\x80", "surrogate D800"),
        B("\xed\xbf\xbf", "surrogate DFFF"), B("\xed\xa0\xbd\xed\xb8\x80", "CESU pair"),
        B("\xf4\x90\x80\x80", "U+110000"), B("\xf5\x80\x80\x80", "f5 lead"),
        B("\xf8\x88\x80\x80\x80", "5-byte"), B("\xfe", "fe"), B("\xff", "ff"),
        B("\x80", "lone continuation"), B("a\xbf", "stray continuation"),
        B("\xc3", "truncated 2-byte"), B("\xe2\x82", "truncated 3-byte"),
        B("\xf0\x9d\x84", "truncated 4-byte"), B("\xc3(", "bad continuation"),
        B("\xe2(\xa1", "bad 2nd of 3"), B("\xe2\x82(", "bad 3rd of 3"),
        B("\xf0\x9d(\x9e", "bad 3rd of 4"), B("abc\xc3", "truncated after ASCII"),
    };
    apr_size_t i;

    for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        CHECK(mpin_is_printable_utf8(good[i].s, good[i].len), "valid UTF-8 refused: %s (%s)",
              good[i].what, unit_show_n(good[i].s, good[i].len));
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        CHECK(!mpin_is_printable_utf8(bad[i].s, bad[i].len), "bad UTF-8 accepted: %s (%s)",
              bad[i].what, unit_show_n(bad[i].s, bad[i].len));
    CHECK(mpin_is_printable_utf8("abc\x01", 3), "len stops before a control byte");
    CHECK(!mpin_is_printable_utf8("\xc3\xa9", 1), "len cuts a sequence");
}

/* mpin_is_utf8: the same decoder without the printable rule. */
static void plain_utf8(void)
{
    static const bytes good[] = {
        B("", "empty"), B("alice@example.com", "ASCII"), B("\x01", "SOH"), B("a\tb\nc\r", "tab, LF, CR"),
        B("\x1f\x7f", "US, DEL"), B("a\0b", "NUL inside len"), B("\xc2\x80", "C1 U+0080"),
        B("\xc2\x9f", "C1 U+009F"), B("caf\xc3\xa9", "2-byte"), B("\xe2\x80\xa8", "U+2028"),
        B("\xed\x9f\xbf", "U+D7FF"), B("\xef\xbf\xbf", "U+FFFF"), B("\xf4\x8f\xbf\xbf", "U+10FFFF"),
    };
    static const bytes bad[] = {
        B("\xc0\xaf", "overlong / (c0)"), B("\xc1\xbf", "overlong (c1)"), B("\xc0\x80", "overlong NUL"),
        B("\xe0\x80\xaf", "3-byte overlong /"), B("\xf0\x8f\xbf\xbf", "4-byte overlong U+FFFF"),
        B("\xed\xa0\x80", "surrogate D800"), B("\xed\xbf\xbf", "surrogate DFFF"),
        B("\xf4\x90\x80\x80", "U+110000"), B("\xf5\x80\x80\x80", "f5 lead"), B("\xff", "ff"),
        B("\x80", "lone continuation"), B("\xc3", "truncated 2-byte"),
        B("\xf0\x9d\x84", "truncated 4-byte"), B("\xe2\x82(", "bad 3rd of 3"),
    };
    apr_size_t i;

    for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        CHECK(mpin_is_utf8(good[i].s, good[i].len), "valid UTF-8 refused: %s (%s)", good[i].what,
              unit_show_n(good[i].s, good[i].len));
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        CHECK(!mpin_is_utf8(bad[i].s, bad[i].len), "bad UTF-8 accepted: %s (%s)", bad[i].what,
              unit_show_n(bad[i].s, bad[i].len));
    CHECK(!mpin_is_utf8("\xc3\xa9", 1), "len cuts a sequence");
}

static void hex(apr_pool_t *p)
{
    unsigned char all[256], *back;
    const char *enc;
    apr_size_t n = 99, i;

    for (i = 0; i < 256; i++) all[i] = (unsigned char)i;
    enc = mpin_hex_encode(p, all, 256);
    CHECK_INT(strlen(enc), 512, "hex length");
    CHECK(!strncmp(enc, "000102", 6) && !strcmp(enc + 506, "fdfeff"), "hex is lower-case: %.8s",
          enc);
    back = mpin_hex_decode(p, enc, &n);
    CHECK(back && n == 256 && !memcmp(back, all, 256), "hex round trip of 0..255");
    back = mpin_hex_decode(p, "DEADbeef", &n);
    CHECK(back && n == 4 && back[0] == 0xde && back[3] == 0xef, "hex decode of mixed case");
    back = mpin_hex_decode(p, "", &n);
    CHECK(back && n == 0, "hex decode of empty");
    CHECK_STR(mpin_hex_encode(p, all, 0), "", "hex encode of nothing");
    CHECK(!mpin_hex_decode(p, "abc", &n), "odd-length hex");
    CHECK(!mpin_hex_decode(p, "zz", &n), "non-hex");
    CHECK(!mpin_hex_decode(p, "0g", &n), "non-hex low nibble");
    CHECK(!mpin_hex_decode(p, "a ", &n), "space");
}

static void b64url(apr_pool_t *p)
{
    static const struct { const char *in, *out; } vec[] = {
        { "", "" }, { "f", "Zg" }, { "fo", "Zm8" }, { "foo", "Zm9v" }, { "foob", "Zm9vYg" },
        { "fooba", "Zm9vYmE" }, { "foobar", "Zm9vYmFy" }, { "\xfb\xff", "-_8" },
        { "\xff\xff\xff", "____" }, { "\xf8\x3e\x0f", "-D4P" },
    };
    unsigned char buf[64], out[64];
    apr_size_t i, n;
    const char *enc;
    char *mut;

    for (i = 0; i < sizeof(vec) / sizeof(vec[0]); i++) {
        n = strlen(vec[i].in);
        CHECK_STR(mpin_b64url_encode(p, (const unsigned char *)vec[i].in, n), vec[i].out,
                  "base64url of \"%s\"", unit_show(vec[i].in));
        CHECK(mpin_b64url_decode_exact(vec[i].out, strlen(vec[i].out), out, n)
              && !memcmp(out, vec[i].in, n), "base64url decode of %s", vec[i].out);
    }
    for (i = 0; i < sizeof(buf); i++) buf[i] = (unsigned char)(i * 37 + 11);
    for (n = 0; n <= 48; n++) {
        enc = mpin_b64url_encode(p, buf, n);
        memset(out, 0xaa, sizeof(out));
        CHECK(mpin_b64url_decode_exact(enc, strlen(enc), out, n) && !memcmp(out, buf, n),
              "base64url round trip of %d bytes", (int)n);
        CHECK(!strpbrk(enc, "+/="), "base64url uses - and _ without padding (%s)", enc);
        if (n > 0) {
            CHECK(!mpin_b64url_decode_exact(enc, strlen(enc), out, n - 1),
                  "%d-byte encoding accepted as %d bytes", (int)n, (int)n - 1);
            CHECK(!mpin_b64url_decode_exact(enc, strlen(enc) - 1, out, n),
                  "%d-byte encoding accepted one char short", (int)n);
        }
        CHECK(!mpin_b64url_decode_exact(apr_pstrcat(p, enc, "A", NULL), strlen(enc) + 1, out, n),
              "%d-byte encoding accepted one char long", (int)n);
        CHECK(!mpin_b64url_decode_exact(enc, strlen(enc), out, n + 1),
              "%d-byte encoding accepted as %d bytes", (int)n, (int)n + 1);
    }
    /* non-canonical trailing bits: "Zg" is "f", "Zh".."Zv" would be too */
    CHECK(!mpin_b64url_decode_exact("Zh", 2, out, 1), "trailing bits set (Zh)");
    CHECK(!mpin_b64url_decode_exact("Zv", 2, out, 1), "trailing bits set (Zv)");
    CHECK(!mpin_b64url_decode_exact("Zm9", 3, out, 2), "trailing bits set (Zm9)");
    CHECK(!mpin_b64url_decode_exact("Zm_", 3, out, 2), "trailing bits set (Zm_)");
    /* a 32-byte key: 43 characters, the last one carries 2 padding bits */
    enc = mpin_b64url_encode(p, buf, 32);
    CHECK_INT(strlen(enc), 43, "length of a 32-byte key");
    mut = apr_pstrdup(p, enc);
    mut[42] = (char)(mut[42] == 'B' ? 'C' : 'B'); /* both set a padding bit */
    CHECK(!mpin_b64url_decode_exact(mut, 43, out, 32),
          "32-byte key with its padding bits changed accepted (%s)", mut);
    /* characters outside the base64url alphabet */
    CHECK(!mpin_b64url_decode_exact("+/8", 3, out, 2), "standard alphabet + and /");
    CHECK(!mpin_b64url_decode_exact("Zm8=", 4, out, 2), "padding");
    CHECK(!mpin_b64url_decode_exact("Zm.", 3, out, 2), "dot");
    CHECK(!mpin_b64url_decode_exact("Z 8", 3, out, 2), "space");
    CHECK(!mpin_b64url_decode_exact("Z\0" "8", 3, out, 2), "NUL");
    CHECK(!mpin_b64url_decode_exact("Z\xc3\xa9", 3, out, 2), "non-ASCII");
    CHECK(!mpin_b64url_decode_exact("Zm9v\n", 5, out, 3), "newline");
}

/* Every length up to 40 (the word loop and the byte tail), at unaligned
 * offsets, with every single-bit difference at every position. */
static void ct_equal(void)
{
    unsigned char abuf[48], bbuf[48];
    int n, off, i, bit, differ = 0, same = 0, bounded = 0;

    for (off = 0; off < 4; off++) {
        for (n = 0; n <= 40; n++) {
            unsigned char *a = abuf + off, *b = bbuf + 3 - off % 4;
            for (i = 0; i < n; i++) a[i] = b[i] = (unsigned char)(0x5a ^ i);
            if (!mpin_ct_equal(a, b, (apr_size_t)n)) same++;
            for (i = 0; i < n; i++) {
                for (bit = 0; bit < 8; bit++) {
                    b[i] ^= (unsigned char)(1 << bit);
                    if (mpin_ct_equal(a, b, (apr_size_t)n)) differ++;
                    b[i] ^= (unsigned char)(1 << bit);
                }
            }
            if (n) {
                b[n - 1] ^= 0x80;
                if (!mpin_ct_equal(a, b, (apr_size_t)n - 1)) bounded++;
                b[n - 1] ^= 0x80;
            }
        }
    }
    CHECK(same == 0, "%d equal buffers compared different", same);
    CHECK(differ == 0, "%d one-bit differences compared equal", differ);
    CHECK(bounded == 0, "%d comparisons read past n", bounded);
    CHECK(!mpin_ct_equal((const unsigned char *)"a\0b", (const unsigned char *)"a\0c", 3),
          "difference after a NUL byte");
}

/* Every byte against the definition, and values outside a byte. */
static void hexval_all(void)
{
    int c;

    for (c = -1; c <= 256; c++) {
        int want = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        CHECK_INT(mpin_hexval(c), want, "hex value of %d", c);
    }
}

void suite_escape(apr_pool_t *p)
{
    hexval_all();
    html(p);
    js(p);
    url_encode(p);
    url_decode(p);
    is_hex();
    printable_utf8();
    plain_utf8();
    hex(p);
    b64url(p);
    ct_equal();
}
