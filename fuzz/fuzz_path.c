/*
 * Fuzzing mpin_path_under_root (path.c): the mobile app's files, /m/<path>
 * mapped to a file under a folder.
 *
 * Input: the request path below the mount point, raw (percent-encoded).
 *
 * Invariants: an accepted path gives root + "/" + the strictly decoded path,
 * where the decoded path is not empty, has no empty, "." or ".." segment, no
 * backslash, control character or NUL, and no segment starting with '.'; the
 * file path, with its dot segments removed as a resolver would (RFC 3986),
 * is itself and stays under root + "/".  A refusal gives a reason.
 */
#include <string.h>
#include "apr_strings.h"
#include "fuzz.h"

#define ROOT "/srv/mpin/mobile"

int fuzz_path_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    const char *parts[1], *rel, *why = NULL, *got, *seg, *tail;
    const char *dec;
    int bad = 0;

    fuzz_split(p, data, size, parts, 1);
    rel = parts[0];
    got = mpin_path_under_root(p, ROOT, rel, &why);
    if (!got) {
        FCHECK(why && *why, "\"%s\" refused without a reason", fuzz_show(rel));
        return bad;
    }
    dec = fuzz_strict_decode(p, rel, strlen(rel), NULL);
    FCHECK(dec != NULL, "\"%s\" accepted with a malformed escape or an encoded NUL",
           fuzz_show(rel));
    if (!dec) return bad;
    FCHECK(!strncmp(got, ROOT "/", sizeof(ROOT)), "\"%s\" gives \"%s\", not under " ROOT "/",
           fuzz_show(rel), fuzz_show(got));
    if (strncmp(got, ROOT "/", sizeof(ROOT))) return bad;
    tail = got + sizeof(ROOT);
    FCHECK(!strcmp(tail, dec), "\"%s\" gives \"%s\", the reference decodes \"%s\"",
           fuzz_show(rel), fuzz_show(got), fuzz_show(dec));
    FCHECK(*tail, "\"%s\" gives the root itself", fuzz_show(rel));
    for (seg = tail; *seg;) {
        size_t n = strcspn(seg, "/"), i;
        FCHECK(n > 0, "\"%s\" gives \"%s\" with an empty segment", fuzz_show(rel),
               fuzz_show(got));
        FCHECK(n == 0 || seg[0] != '.', "\"%s\" gives \"%s\" with a dot segment or hidden file",
               fuzz_show(rel), fuzz_show(got));
        for (i = 0; i < n; i++)
            FCHECK(seg[i] != '\\' && (unsigned char)seg[i] >= 0x20 && seg[i] != 0x7f,
                   "\"%s\" gives \"%s\" with byte 0x%02x", fuzz_show(rel), fuzz_show(got),
                   (unsigned char)seg[i]);
        seg += n;
        if (*seg) {
            seg++;
            FCHECK(*seg, "\"%s\" gives \"%s\" with a trailing slash", fuzz_show(rel),
                   fuzz_show(got));
        }
    }
    FCHECK(!strcmp(fuzz_remove_dots(p, got), got), "\"%s\" gives \"%s\", which resolves to \"%s\"",
           fuzz_show(rel), fuzz_show(got), fuzz_show(fuzz_remove_dots(p, got)));
    return bad;
}

FUZZ_TARGET(path)
