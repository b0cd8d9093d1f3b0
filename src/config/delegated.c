/*
 * Delegated configuration (security item 16): what an .htaccess author may
 * not do.  The directives that decide whom a session is issued to and where
 * it is accepted (RPS, mail, password providers, cookie scope, allowed
 * users) are refused in .htaccess by their context (config/directives.c).
 * That is not enough: an .htaccess file can still point a request at a
 * session-issuing handler (SetHandler, AddHandler, RewriteRule [H=]...) or
 * change what it relies on (AuthUserFile for the password providers), and
 * the session would then open every part of the site the server's own files
 * protect.  So those handlers do not run when any .htaccess file is part of
 * the request's configuration.  httpd keeps the .htaccess files it merged in
 * r->htaccess (a cache that sub-requests and internal redirects share), so
 * only the files of the directories above r->filename count.
 */
#include "apr_strings.h"
#include "mpin_rpa.h"

const char *mpin_htaccess_in_effect(const request_rec *r)
{
    const struct htaccess_result *h;

    if (!r->filename) return NULL;
    for (h = r->htaccess; h; h = h->next) {
        /* an entry without a vector is a directory without an .htaccess file */
        if (h->htaccess && h->dir && !strncmp(r->filename, h->dir, strlen(h->dir)))
            return h->dir;
    }
    return NULL;
}
