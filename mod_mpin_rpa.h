/*
 * mod_mpin_rpa.h: what mod_mpin_rpa offers other modules.
 *
 * Like httpd's mod_session.h, the interface is a set of optional functions:
 * a module that uses them builds without mod_mpin_rpa and loads whether it
 * is loaded or not.  Retrieve them after the configuration is read (in an
 * optional_fn_retrieve hook, or later), and test each pointer:
 *
 *     #include "mod_mpin_rpa.h"
 *     static APR_OPTIONAL_FN_TYPE(mpin_rpa_user) *mpin_user;
 *     static void retrieve(void) { mpin_user = APR_RETRIEVE_OPTIONAL_FN(mpin_rpa_user); }
 *     ... ap_hook_optional_fn_retrieve(retrieve, NULL, NULL, APR_HOOK_MIDDLE);
 *     ... const char *user = mpin_user ? mpin_user(r) : NULL;
 *
 * Each function reads the session of the request with the configuration of
 * the request's location (its MpinCookieName, MpinCookiePath, ...), checks
 * it as AuthType MPin does (tag, store, idle timeout, maximum age, site),
 * and remembers the answer for the rest of the request.  `make install`
 * installs this header where `apxs -q INCLUDEDIR` says.
 */
#ifndef MOD_MPIN_RPA_H
#define MOD_MPIN_RPA_H

#include "httpd.h"
#include "apr_optional.h"

/* The user of the request's M-Pin session, or NULL when it has none. */
APR_DECLARE_OPTIONAL_FN(const char *, mpin_rpa_user, (request_rec *r));

/* How that session's user logged in last: "pinpad" (M-Pin on this
 * computer), "mobile" (M-Pin on the phone, with an access number) or
 * "password" (MpinLoginMethods); NULL when the request has no session.  A
 * session that a PIN login renewed (MpinMaxAuthAge, a step-up from a
 * password) says the PIN method here; the CGI variable MPIN_LOGIN_METHODS
 * lists every method the session has seen ("password pinpad"). */
APR_DECLARE_OPTIONAL_FN(const char *, mpin_rpa_login_method, (request_rec *r));

/* When the user last entered the PIN, on the PIN pad or the phone: the
 * session's PIN login, or the latest PIN entry that renewed it
 * (MpinMaxAuthAge, a step-up); the CGI variable MPIN_AUTH_TIME has it in
 * seconds.  0 when the request has no session or its user never entered
 * the PIN in it (a password login). */
APR_DECLARE_OPTIONAL_FN(apr_time_t, mpin_rpa_pin_time, (request_rec *r));

/* Ends the request's session, as /logout does: the record leaves the store
 * (and other servers following it, MpinSessionStore redis), and the answer
 * clears the cookie.  APR_SUCCESS when there was a session, APR_NOTFOUND
 * when there was none, another status when the session store failed (the
 * session, if any, lives on and the cookie is left as it is). */
APR_DECLARE_OPTIONAL_FN(apr_status_t, mpin_rpa_end_session, (request_rec *r));

#endif
