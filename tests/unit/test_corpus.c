/*
 * The open-redirect payload corpus (security item 1), run through
 * mpin_url_return_ok with the allowlist "https://good.example/app/" and
 * "https://partner.example":
 *
 *   tests/corpus/redirect-bad.txt   every line must be refused
 *   tests/corpus/redirect-good.txt  every line must be accepted
 *
 * File format: one payload per line; lines starting with '#' are comments and
 * empty lines are skipped.  Payloads are written in printable ASCII with
 * these escapes: \xNN (any byte but NUL), \t, \r, \n and \\ (a backslash).
 * Any other backslash sequence, a raw control or non-ASCII byte, or \x00 is
 * a corpus error and counts as a failure: NUL cannot travel in a C string
 * (write %00 to test an encoded NUL).
 */
#include <stdio.h>
#include <string.h>
#include "unit.h"

#define MIN_BAD 300
#define MIN_GOOD 40

typedef struct {
    const char *text;
    int line;
} payload;

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decodes one corpus line; NULL with *err on a format error. */
static char *decode_line(apr_pool_t *p, const char *s, apr_size_t len, const char **err)
{
    char *out = apr_palloc(p, len + 1), *o = out;
    apr_size_t i;

    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c >= 0x7f) {
            *err = "raw control or non-ASCII byte (use \\xNN)";
            return NULL;
        }
        if (c != '\\') {
            *o++ = (char)c;
            continue;
        }
        if (++i == len) {
            *err = "backslash at the end of the line";
            return NULL;
        }
        switch (s[i]) {
        case '\\': *o++ = '\\'; break;
        case 't': *o++ = '\t'; break;
        case 'r': *o++ = '\r'; break;
        case 'n': *o++ = '\n'; break;
        case 'x': {
            int hi = i + 2 < len ? hexval((unsigned char)s[i + 1]) : -1;
            int lo = i + 2 < len ? hexval((unsigned char)s[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                *err = "\\x needs two hex digits";
                return NULL;
            }
            if (!hi && !lo) {
                *err = "\\x00: a NUL cannot be passed in a C string (use %00)";
                return NULL;
            }
            *o++ = (char)(hi * 16 + lo);
            i += 2;
            break;
        }
        default:
            *err = "unknown escape (\\\\, \\t, \\r, \\n or \\xNN)";
            return NULL;
        }
    }
    *o = '\0';
    return out;
}

/* Reads a corpus file into an array of payload; NULL when it cannot be read. */
static apr_array_header_t *load(apr_pool_t *p, const char *file)
{
    apr_array_header_t *all = apr_array_make(p, 512, sizeof(payload));
    apr_size_t cap = 4096, len = 0;
    char *buf = apr_palloc(p, cap);
    FILE *f = fopen(file, "rb");
    int c, line = 0;

    CHECK(f != NULL, "cannot open the corpus %s", file);
    if (!f) return NULL;
    do {
        c = fgetc(f);
        if (c != '\n' && c != EOF) {
            if (len + 1 == cap) {
                char *bigger = apr_palloc(p, cap * 2);
                memcpy(bigger, buf, len);
                buf = bigger;
                cap *= 2;
            }
            buf[len++] = (char)c;
            continue;
        }
        if (c == EOF && len == 0) break;
        line++;
        if (len && buf[0] != '#') {
            const char *err = NULL;
            char *text = decode_line(p, buf, len, &err);
            CHECK(text != NULL, "%s:%d: %s", file, line, err ? err : "?");
            if (text) {
                payload *pl = &APR_ARRAY_PUSH(all, payload);
                pl->text = text;
                pl->line = line;
            }
        }
        len = 0;
    } while (c != EOF);
    fclose(f);
    return all;
}

static void self_test(apr_pool_t *p)
{
    const char *err;

    CHECK_STR(decode_line(p, "a\\\\b\\t\\r\\n\\x41\\xfF", 18, &err), "a\\b\t\r\nA\xff",
              "corpus escapes");
    CHECK_NULL(decode_line(p, "\\x00", 4, &err), "\\x00 in the corpus");
    CHECK_NULL(decode_line(p, "\\x4", 3, &err), "short \\x");
    CHECK_NULL(decode_line(p, "\\q", 2, &err), "unknown escape");
    CHECK_NULL(decode_line(p, "a\\", 2, &err), "backslash at the end");
    CHECK_NULL(decode_line(p, "a\tb", 3, &err), "raw tab");
}

void suite_corpus(apr_pool_t *p)
{
    static const char *const allow_list[] = {
        "https://good.example/app/", "https://partner.example", NULL
    };
    apr_array_header_t *allowed = unit_strings(p, allow_list), *bad, *good;
    const char *file;
    int i;

    self_test(p);

    file = apr_pstrcat(p, unit_corpus_dir, "/redirect-bad.txt", NULL);
    bad = load(p, file);
    if (bad) {
        CHECK(bad->nelts >= MIN_BAD, "%s has %d payloads, fewer than %d", file, bad->nelts,
              MIN_BAD);
        for (i = 0; i < bad->nelts; i++) {
            const payload *pl = &APR_ARRAY_IDX(bad, i, payload);
            const char *why = NULL;
            int ok = mpin_url_return_ok(pl->text, allowed, &why);
            CHECK(!ok, "%s:%d: open redirect accepted: \"%s\"", file, pl->line,
                  unit_show(pl->text));
            CHECK(ok || (why && *why), "%s:%d: refused without a reason", file, pl->line);
            CHECK(!mpin_url_return_ok(pl->text, NULL, &why),
                  "%s:%d: accepted without an allowlist: \"%s\"", file, pl->line,
                  unit_show(pl->text));
        }
        printf("# corpus: %d bad payloads\n", bad->nelts);
    }

    file = apr_pstrcat(p, unit_corpus_dir, "/redirect-good.txt", NULL);
    good = load(p, file);
    if (good) {
        CHECK(good->nelts >= MIN_GOOD, "%s has %d targets, fewer than %d", file, good->nelts,
              MIN_GOOD);
        for (i = 0; i < good->nelts; i++) {
            const payload *pl = &APR_ARRAY_IDX(good, i, payload);
            const char *why = NULL;
            int same_host = pl->text[0] == '/';
            CHECK(mpin_url_return_ok(pl->text, allowed, &why),
                  "%s:%d: valid target refused (%s): \"%s\"", file, pl->line, unit_show(why),
                  unit_show(pl->text));
            /* without the allowlist only same-host paths pass */
            CHECK(mpin_url_return_ok(pl->text, NULL, &why) == same_host,
                  "%s:%d: without an allowlist \"%s\" is %s", file, pl->line,
                  unit_show(pl->text), same_host ? "refused" : "accepted");
        }
        printf("# corpus: %d good targets\n", good->nelts);
    }
}
