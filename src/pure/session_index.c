/*
 * A user's index of sessions (session/user_index.c keeps it in the store):
 * socache can look a key up but not list keys, so the sessions of a user
 * are found through one record per user that names them.  Pure.
 *
 * Format: "1" followed by one ";<key>,<created>,<device>,<address>" per
 * session, oldest first: the session record's store key (a hash, never the
 * id of the cookie), its creation in seconds since the epoch, 'b' browser,
 * 'p' phone or tablet, 'o' anything else (as its User-Agent said at login),
 * and the client address ('-' when unknown).  No field can hold ',' or ';',
 * and the decoder accepts one form only.
 */
#include <string.h>
#include "apr_strings.h"
#include "pure.h"

#define KEY_HASH_CHARS 43       /* a SHA-256 in base64url */
#define KEY_CHARS (KEY_HASH_CHARS + 2)
#define ADDR_MAX 45             /* the longest IPv6 text form (with IPv4 tail) */
#define CREATED_DIGITS_MAX 12

static int is_b64url(int ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')
           || ch == '-' || ch == '_';
}

int mpin_index_key_ok(const char *key)
{
    int i;

    if (!key || strlen(key) != KEY_CHARS || strcmp(key + KEY_HASH_CHARS, ".s")) return 0;
    for (i = 0; i < KEY_HASH_CHARS; i++)
        if (!is_b64url((unsigned char)key[i])) return 0;
    return 1;
}

int mpin_index_addr_ok(const char *addr)
{
    apr_size_t n = addr ? strlen(addr) : 0, i;

    if (n == 1 && addr[0] == '-') return 1;
    if (!n || n > ADDR_MAX) return 0;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)addr[i];
        if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F')
              || ch == ':' || ch == '.'))
            return 0;
    }
    return 1;
}

char mpin_device_kind(const char *ua)
{
    /* the tokens the browsers of phones and tablets send ("Mobi" is
     * MDN's advice; iPads and Android tablets do not all say it) */
    static const char *const handheld[] = {"Mobi", "Android", "iPhone", "iPad", "iPod", NULL};
    const char *const *t;

    if (!ua || !*ua) return 'o';
    for (t = handheld; *t; t++)
        if (strstr(ua, *t)) return 'p';
    return !strncmp(ua, "Mozilla/", 8) || !strncmp(ua, "Opera/", 6) ? 'b' : 'o';
}

const char *mpin_device_name(char kind)
{
    return kind == 'p' ? "phone" : kind == 'b' ? "browser" : "other";
}

static int parse_entry(apr_pool_t *p, char *text, mpin_index_entry *e)
{
    char *field[4];
    apr_int64_t secs;

    if (!mpin_split_fields(text, ',', field, 4) || !mpin_index_key_ok(field[0])) return 0;
    if (!mpin_parse_decimal(field[1], CREATED_DIGITS_MAX, &secs)) return 0;
    if (strlen(field[2]) != 1 || !strchr("bpo", field[2][0])) return 0;
    if (!mpin_index_addr_ok(field[3])) return 0;
    e->key = apr_pstrdup(p, field[0]);
    e->created = apr_time_from_sec(secs);
    e->device = field[2][0];
    e->addr = apr_pstrdup(p, field[3]);
    return 1;
}

apr_array_header_t *mpin_index_decode(apr_pool_t *p, const char *s)
{
    apr_array_header_t *out = apr_array_make(p, 4, sizeof(mpin_index_entry));
    char *copy, *next;

    if (!s) return out;
    if (s[0] != '1' || (s[1] && s[1] != ';')) return NULL;
    copy = apr_pstrdup(p, s + 1);
    next = *copy ? copy + 1 : NULL;
    while (next) {
        char *semi = strchr(next, ';');
        mpin_index_entry e;
        if (semi) *semi = '\0';
        if (out->nelts >= MPIN_INDEX_DECODE_MAX || !parse_entry(p, next, &e)) return NULL;
        APR_ARRAY_PUSH(out, mpin_index_entry) = e;
        next = semi ? semi + 1 : NULL;
    }
    return out;
}

char *mpin_index_encode(apr_pool_t *p, const apr_array_header_t *entries)
{
    char *out = "1";
    int i;

    for (i = 0; i < entries->nelts; i++) {
        const mpin_index_entry *e = &APR_ARRAY_IDX(entries, i, mpin_index_entry);
        out = apr_psprintf(p, "%s;%s,%" APR_INT64_T_FMT ",%c,%s", out, e->key,
                           (apr_int64_t)apr_time_sec(e->created), e->device,
                           mpin_index_addr_ok(e->addr) ? e->addr : "-");
    }
    return out;
}
