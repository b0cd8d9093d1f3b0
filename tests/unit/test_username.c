/* mpin_username_fold: the key of a user's lockout counter (issue 16 item 2). */
#include <stdlib.h>
#include <string.h>
#include "unit.h"

static const char *fold(apr_pool_t *p, const char *s)
{
    return mpin_username_fold(p, s);
}

static void same(apr_pool_t *p, const char *a, const char *b)
{
    CHECK_STR(fold(p, a), fold(p, b), "%s and %s share a counter", unit_show(a), unit_show(b));
}

static void differ(apr_pool_t *p, const char *a, const char *b)
{
    CHECK(strcmp(fold(p, a), fold(p, b)) != 0, "%s and %s have counters of their own",
          unit_show(a), unit_show(b));
}

/* tests/corpus/username-fold.txt: spellings of one name on each line, from
 * Python's Unicode database (scripts/gen-username-fold) */
static void corpus(apr_pool_t *p)
{
    const char *path = apr_pstrcat(p, unit_corpus_dir, "/username-fold.txt", NULL);
    FILE *f = fopen(path, "r");
    char line[4096];
    int lines = 0;

    CHECK(f != NULL, "%s opens", path);
    if (!f) return;
    while (fgets(line, sizeof(line), f)) {
        char *tok, *save = NULL;
        const char *first = NULL;
        if (line[0] == '#') continue;
        lines++;
        for (tok = strtok_r(line, " \n", &save); tok; tok = strtok_r(NULL, " \n", &save)) {
            apr_size_t n;
            unsigned char *b = mpin_hex_decode(p, tok, &n);
            const char *key;
            if (!b) { CHECK(0, "corpus hex %s", tok); continue; }
            b[n] = '\0';
            key = fold(p, (const char *)b);
            if (!first) first = key;
            else if (strcmp(first, key))
                CHECK_STR(key, first, "spellings on line %d share a key", lines);
        }
    }
    fclose(f);
    CHECK(lines >= 1000, "the corpus has %d lines", lines);
}

void suite_username(apr_pool_t *p)
{
    CHECK_STR(fold(p, "John.Doe@Example.COM"), "john.doe@example.com", "ASCII lowercased");
    CHECK_STR(fold(p, "J\xc3\x96hn"), "john", "precomposed O with diaeresis: its ASCII base");
    same(p, "j\xc3\xb6hn", "jo\xcc\x88hn");                  /* NFC, NFD */
    same(p, "J\xc3\x96HN", "jo\xcc\x88hn");                  /* and case */
    same(p, "\xe1\xba\xad", "a\xcc\xa3\xcc\x82");             /* a with dot below and circumflex */
    same(p, "a\xcc\xa3\xcc\x82", "a\xcc\x82\xcc\xa3");       /* marks in either order */
    same(p, "\xe2\x84\xaa" "evin", "kevin");                     /* Kelvin sign */
    same(p, "\xef\xbd\x8a\xef\xbd\x8f\xef\xbd\x88\xef\xbd\x8e", "john");  /* fullwidth */
    same(p, "\xef\xac\x81nn", "finn");                        /* fi ligature */
    same(p, "stra\xc3\x9f" "e", "STRASSE");                   /* sharp s */
    same(p, "\xed\x95\x9c", "\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab"); /* Hangul syllable, jamo */
    same(p, "\xce\xac", "\xce\xb1\xcc\x81");                  /* Greek alpha with tonos */
    differ(p, "john", "joan");
    differ(p, "john", "john2");
    differ(p, "\xe6\x97\xa5", "a");
    CHECK_STR(fold(p, "\xe6\x97\xa5\xe6\x9c\xac"), "\xff", "a run of CJK: one placeholder");
    CHECK_STR(fold(p, "a\xff\xfe" "b"), "a\xff" "b", "invalid bytes: the placeholder, no crash");
    CHECK_STR(fold(p, "a\xe6\x97"), "a\xff", "a truncated sequence at the end");
    CHECK_STR(fold(p, "\xed\xa0\x80"), "\xff", "a surrogate");
    CHECK_STR(fold(p, ""), "", "empty");
    corpus(p);
}
