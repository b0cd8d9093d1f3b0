/*
 * The allowed-user list (MpinAllowedUsers / MpinAllowedUsersFile).
 */
#include "apr_strings.h"
#include "apr_file_io.h"
#include "mpin_rpa.h"

int mpin_user_allowed(const mpin_dir_conf *c, const char *user)
{
    if (!c->allowed) return 1;
    return apr_hash_get(c->allowed->users, user, APR_HASH_KEY_STRING) != NULL;
}

/* One user per line; blank lines and lines starting with # are ignored. */
const char *mpin_userlist_load(apr_pool_t *p, const char *path, mpin_userlist **out)
{
    mpin_userlist *l = apr_pcalloc(p, sizeof(*l));
    char line[1024];
    apr_file_t *f;
    int lineno = 0;

    if (apr_file_open(&f, path, APR_READ, 0, p) != APR_SUCCESS)
        return apr_psprintf(p, "cannot open %s", path);
    l->users = apr_hash_make(p);
    while (apr_file_gets(line, sizeof(line), f) == APR_SUCCESS) {
        char *s = line, *e;
        lineno++;
        e = s + strlen(s);
        if (e > s && e[-1] != '\n' && !apr_file_eof(f)) {
            apr_file_close(f);
            return apr_psprintf(p, "%s line %d is too long", path, lineno);
        }
        while (e > s && (e[-1] == '\n' || e[-1] == '\r' || e[-1] == ' ' || e[-1] == '\t')) *--e = '\0';
        while (*s == ' ' || *s == '\t') s++;
        if (!*s || *s == '#') continue;
        if (!mpin_is_printable_utf8(s, strlen(s))) {
            apr_file_close(f);
            return apr_psprintf(p, "%s line %d: invalid user name", path, lineno);
        }
        apr_hash_set(l->users, apr_pstrdup(p, s), APR_HASH_KEY_STRING, "");
    }
    apr_file_close(f);
    *out = l;
    return NULL;
}
