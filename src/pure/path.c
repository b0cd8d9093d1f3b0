/*
 * Mapping a request path to a file under a folder without leaving it (the
 * mobile app's files, /m/<path>).  Pure; symlinks are checked by the caller
 * on the real file system.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "pure.h"

/* Encoded forms of separators, dots and NUL are refused outright: no file of
 * the mobile app needs them, and decoding them is how traversals sneak in. */
static int has_encoded_separator(const char *s)
{
    for (; *s; s++) {
        if (s[0] == '%' && s[1] && s[2]) {
            char a = s[1], b = (char)apr_tolower(s[2]);
            if ((a == '2' && (b == 'e' || b == 'f')) || (a == '5' && b == 'c')
                || (a == '0' && b == '0'))
                return 1;
        }
    }
    return 0;
}

const char *mpin_path_under_root(apr_pool_t *p, const char *root, const char *rel,
                                 const char **why)
{
    const char *decoded, *seg;

    if (has_encoded_separator(rel)) {
        *why = "encoded dot, slash, backslash or NUL";
        return NULL;
    }
    decoded = mpin_url_decode(p, rel, strlen(rel));
    if (!decoded) {
        *why = "malformed percent-encoding or NUL";
        return NULL;
    }
    if (!*decoded || strchr(decoded, '\\') || decoded[0] == '/') {
        *why = "empty, absolute or backslashed path";
        return NULL;
    }
    for (seg = decoded; *seg;) {
        apr_size_t n = strcspn(seg, "/");
        if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.')) {
            *why = "empty, '.' or '..' path segment";
            return NULL;
        }
        if (seg[0] == '.') {
            *why = "hidden file";
            return NULL;
        }
        seg += n;
        if (*seg == '/') {
            seg++;
            if (!*seg) {
                *why = "trailing slash";
                return NULL;
            }
        }
    }
    for (seg = decoded; *seg; seg++) {
        if ((unsigned char)*seg < 0x20 || *seg == 0x7f) {
            *why = "control character";
            return NULL;
        }
    }
    return apr_pstrcat(p, root, "/", decoded, NULL);
}
