/*
 * The key of a user's lockout counter (access/lockout.c).  Providers may
 * take different spellings for one user: LDAP servers compare names without
 * case and after Unicode normalization (RFC 4518), a user may type "Jöhn"
 * precomposed or with a combining mark.  Counting each spelling apart would
 * multiply the guesses an attacker gets, so the key folds them together:
 *
 *   - ASCII is lowercased;
 *   - the combining diacritical marks U+0300-U+036F are dropped;
 *   - a precomposed letter, compatibility form or case variant whose NFKC
 *     case fold is (partly) ASCII becomes that ASCII ("Ö" -> "o", "ｊ" -> "j",
 *     "ﬁ" -> "fi", "ß" -> "ss", the Kelvin sign -> "k"): username_fold_table.h,
 *     generated from Unicode's data by scripts/gen-username-fold;
 *   - every run of other code points becomes one placeholder byte (0xFF,
 *     never in UTF-8), so that "한" and its three conjoining jamo, or a
 *     Greek letter with and without its accent, are one key.
 *
 * Every canonically equivalent spelling (NFC, NFD, any order of the marks)
 * folds to one key, and so do most compatibility and case variants
 * (tests/corpus/username-fold.txt).  The key is coarser than any provider's
 * own comparison: names that differ only outside ASCII share a counter,
 * which costs nothing (anyone can lock a user out by failing as that user)
 * and needs no Unicode library at run time.
 */
#include <string.h>
#include "apr_lib.h"
#include "pure/pure.h"
#include "pure/username_fold_table.h"

#define PLACEHOLDER 0xFF

typedef struct {
    unsigned char *buf;
    apr_size_t len;
} out_buf;

static void emit(out_buf *o, unsigned char b)
{
    if (b == PLACEHOLDER && o->len && o->buf[o->len - 1] == PLACEHOLDER) return;
    o->buf[o->len++] = b;
}

static const char *table_lookup(unsigned long cp)
{
    apr_size_t lo = 0, hi = sizeof(fold_table) / sizeof(fold_table[0]);

    while (lo < hi) {
        apr_size_t mid = lo + (hi - lo) / 2;
        if (fold_table[mid].cp == cp) return fold_table[mid].to;
        if (fold_table[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    return NULL;
}

/* The next code point of s[*i..len), or -1 for a byte that does not start
 * valid UTF-8 (it is skipped alone). */
static long next_cp(const unsigned char *s, apr_size_t len, apr_size_t *i)
{
    unsigned char c = s[*i];
    apr_size_t need, k;
    unsigned long cp;

    if (c < 0x80) { (*i)++; return c; }
    if (c >= 0xc2 && c <= 0xdf) { need = 1; cp = c & 0x1f; }
    else if (c >= 0xe0 && c <= 0xef) { need = 2; cp = c & 0x0f; }
    else if (c >= 0xf0 && c <= 0xf4) { need = 3; cp = c & 0x07; }
    else { (*i)++; return -1; }
    if (*i + need >= len) { (*i)++; return -1; }
    for (k = 1; k <= need; k++) {
        if ((s[*i + k] & 0xc0) != 0x80) { (*i)++; return -1; }
        cp = (cp << 6) | (s[*i + k] & 0x3f);
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff))
        || (cp >= 0xd800 && cp <= 0xdfff)) {
        (*i)++;
        return -1;
    }
    *i += need + 1;
    return (long)cp;
}

const char *mpin_username_fold(apr_pool_t *p, const char *user)
{
    const unsigned char *s = (const unsigned char *)user;
    apr_size_t len = strlen(user), i = 0;
    /* ASCII maps 1:1; a table entry is at most 7/3 times the bytes of its
     * code point (scripts/gen-username-fold checks it) */
    out_buf o;

    o.buf = apr_palloc(p, len * 3 + 1);
    o.len = 0;
    while (i < len) {
        long cp = next_cp(s, len, &i);
        const char *to;

        if (cp < 0) emit(&o, PLACEHOLDER);
        else if (cp < 0x80) emit(&o, (unsigned char)apr_tolower((int)cp));
        else if ((to = table_lookup((unsigned long)cp)) != NULL) {
            for (; *to; to++) emit(&o, (unsigned char)*to);
        }
        else if (cp >= 0x300 && cp <= 0x36f) continue;
        else emit(&o, PLACEHOLDER);
    }
    o.buf[o.len] = '\0';
    return (const char *)o.buf;
}
