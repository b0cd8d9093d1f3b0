/*
 * Return-target validation (security item 1: open redirects).  Pure: no
 * httpd types.
 *
 * Policy: a return target is either a same-host absolute path, or an
 * absolute URL that starts with an administrator-allowed prefix at a path
 * boundary.  Everything that a browser might read as another host is
 * refused, in its raw and in its percent-decoded forms: control characters,
 * spaces, backslashes, "//" or "/\\" at the start, scheme-relative or
 * scheme-without-host forms, userinfo, and suffix or look-alike hosts.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "pure.h"

/* How many layers of percent-encoding are unwrapped and checked. */
#define DECODE_LAYERS 3

/* One layer of percent-decoding into out (same size as in, NUL-terminated).
 * strict: a malformed escape fails; otherwise it is copied as it is (a later
 * decoder would see a literal '%').  A decoded NUL always fails: it would cut
 * short every check that follows. */
static int decode_layer(const char *in, char *out, int strict)
{
    while (*in) {
        int hi = -1, lo = -1;
        if (*in == '%' && in[1] && in[2]) {
            hi = mpin_hexval((unsigned char)in[1]);
            lo = mpin_hexval((unsigned char)in[2]);
        }
        if (*in == '%' && hi >= 0 && lo >= 0) {
            if (hi == 0 && lo == 0) return 0;
            *out++ = (char)(hi * 16 + lo);
            in += 3;
        }
        else if (*in == '%' && strict) {
            return 0;
        }
        else {
            *out++ = *in++;
        }
    }
    *out = '\0';
    return 1;
}

/* 1 when s still holds a well-formed %XX escape. */
static int has_escape(const char *s)
{
    for (; (s = strchr(s, '%')); s++)
        if (s[1] && s[2] && mpin_hexval((unsigned char)s[1]) >= 0 && mpin_hexval((unsigned char)s[2]) >= 0)
            return 1;
    return 0;
}

/* A path (the raw URL's path part, or a decoded form of it: an encoded '?'
 * or '#' there is still part of the path for a browser) has no dot
 * segments, nor empty ones unless allowed: browsers and backends disagree
 * on how to normalise them, "//" at the start of a path names another host,
 * and ".." climbs out of an allowed prefix. */
static int segments_ok(const char *s, int allow_empty, const char **why)
{
    apr_size_t seg_start = 0, i;

    if (s[0] != '/') return 1; /* no path: "" after a host */
    for (i = 1;; i++) {
        char c = s[i];
        if (c == '/' || c == '\0') {
            apr_size_t seg_len = i - seg_start - 1;
            const char *seg = s + seg_start + 1;
            if (c == '/' && seg_len == 0 && !allow_empty) {
                *why = "empty path segment (//)";
                return 0;
            }
            if ((seg_len == 1 && seg[0] == '.') || (seg_len == 2 && seg[0] == '.' && seg[1] == '.')) {
                *why = "dot segment";
                return 0;
            }
            if (!c) return 1;
            seg_start = i;
        }
    }
}

static int same_host_segments_ok(const char *s, const char **why)
{
    return segments_ok(s, 0, why);
}

/* after an allowed host "//" is harmless; ".." is not */
static int allowed_host_segments_ok(const char *s, const char **why)
{
    return segments_ok(s, 1, why);
}

/* Checks the characters of one (raw or decoded) form of a same-host target. */
static int path_form_ok(const char *s, const char **why)
{
    if (!mpin_url_chars_ok(s, why)) return 0;
    if (s[0] != '/') {
        *why = "not an absolute path";
        return 0;
    }
    return 1;
}

/* Runs check on the raw form and on every decoded form, up to DECODE_LAYERS
 * layers of percent-encoding. */
static int all_forms_ok(const char *url, int (*check)(const char *, const char **),
                        const char **why)
{
    char buf[MPIN_RETURN_URL_MAX + 1], next[MPIN_RETURN_URL_MAX + 1];
    int layer;

    if (!check(url, why)) return 0;
    memcpy(buf, url, strlen(url) + 1);
    for (layer = 0; layer < DECODE_LAYERS && (layer ? has_escape(buf) : strchr(buf, '%') != NULL);
         layer++) {
        /* the raw URL must be well-formed; deeper layers are decoded leniently */
        if (!decode_layer(buf, next, layer == 0)) {
            *why = "malformed percent-encoding or encoded NUL";
            return 0;
        }
        if (!check(next, why)) return 0;
        memcpy(buf, next, strlen(next) + 1);
    }
    if (has_escape(buf)) {
        *why = "too many layers of percent-encoding";
        return 0;
    }
    return 1;
}

static int prefix_matches(const char *url, const char *prefix)
{
    apr_size_t plen = strlen(prefix), olen = mpin_url_origin_len(prefix);
    char last, next;

    if (!olen || strlen(url) < plen) return 0;
    /* scheme and host compare case-insensitively, the path exactly */
    if (strncasecmp(url, prefix, olen) || strncmp(url + olen, prefix + olen, plen - olen))
        return 0;
    last = prefix[plen - 1];
    next = url[plen];
    return last == '/' || next == '\0' || next == '/' || next == '?' || next == '#';
}

/* The raw path of a URL (what comes before the first raw '?' or '#'),
 * copied into buf. */
static const char *path_part(char *buf, const char *s)
{
    apr_size_t n = strcspn(s, "?#");

    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

int mpin_url_return_ok(const char *url, const apr_array_header_t *allowed, const char **why)
{
    char path[MPIN_RETURN_URL_MAX + 1];
    apr_size_t len;
    int i;

    if (!url || !*url) {
        *why = "empty";
        return 0;
    }
    len = strlen(url);
    if (len > MPIN_RETURN_URL_MAX) {
        *why = "too long";
        return 0;
    }
    if (url[0] == '/')
        return all_forms_ok(url, path_form_ok, why)
               && all_forms_ok(path_part(path, url), same_host_segments_ok, why);

    if (!all_forms_ok(url, mpin_url_chars_ok, why)) return 0;
    if (!mpin_url_origin_len(url)) {
        *why = "not a same-host path nor an http(s) URL with a host";
        return 0;
    }
    if (!all_forms_ok(path_part(path, url + mpin_url_origin_len(url)), allowed_host_segments_ok, why))
        return 0;
    for (i = 0; allowed && i < allowed->nelts; i++) {
        if (prefix_matches(url, APR_ARRAY_IDX(allowed, i, const char *)))
            return 1;
    }
    *why = "absolute URL not allowed by MpinRedirectAllowed";
    return 0;
}
