/*
 * Every per-directory setting of mpin_dir_conf (src/mpin_rpa.h), listed once
 * with its default: directives.c makes create and merge from these lists,
 * and MPIN_DIR_INT gives a member's value or its default.  A member of the
 * struct missing here fails the build (the size check in directives.c).
 *
 *   MPIN_DIR_POINTERS(X)  X(type, name): NULL until set; inherited while unset
 *   MPIN_DIR_INTS(X)      X(name, default): MPIN_UNSET until set; inherited
 *                         while unset
 *   MPIN_DIR_PAIRS(X)     X(lead, follower, lead default, follower default):
 *                         two ints one directive sets; inherited together,
 *                         as the lead is
 */
#ifndef MPIN_CONFIG_MEMBERS_H
#define MPIN_CONFIG_MEMBERS_H

#define MPIN_DIR_POINTERS(X)                                                                  \
    X(const char *, rps_url)                /* MpinRpsURL, without trailing slash */          \
    X(const char *, mobile_dir)             /* MpinMobileDir */                               \
    X(const char *, template_dir)           /* MpinTemplateDir */                             \
    X(const struct mpin_templates *, templates) /* loaded from template_dir */                \
    X(const char *, pinpad_script)          /* MpinPinpadScript */                            \
    X(const char *, pinpad_dir)             /* MpinPinpadDir */                               \
    X(const char *, login_url)              /* MpinLoginURL */                                \
    X(const char *, success_url)            /* MpinSuccessURL */                              \
    X(const char *, logout_redirect)        /* MpinLogoutRedirect */                          \
    X(const char *, mobile_app_url)         /* MpinMobileAppURL */                            \
    X(const char *, mobile_logout_url)      /* MpinMobileLogoutURL */                         \
    X(apr_array_header_t *, redirect_allowed) /* MpinRedirectAllowed: const char* */          \
    X(const mpin_userlist *, allowed)       /* MpinAllowedUsers / MpinAllowedUsersFile */     \
    X(const char *, cookie_name)            /* MpinCookieName */                              \
    X(const char *, cookie_path)            /* MpinCookiePath */                              \
    X(const char *, cookie_domain)          /* MpinCookieDomain */                            \
    X(const char *, user_header)            /* MpinUserHeader ("" = off) */                   \
    X(const char *, auth_time_header)       /* MpinAuthTimeHeader ("" = off) */               \
    X(const char *, rps_ca_file)            /* MpinRpsCAFile */                               \
    X(const char *, page_template)          /* MpinPageTemplate, for mpin-page */             \
    X(apr_array_header_t *, password_providers) /* MpinPasswordProvider */                    \
    X(const char *, password_dummy_hash)    /* MpinPasswordDummyHash */                       \
    X(const char *, smtp_server)            /* MpinSMTPServer smtp(s)://host:port */          \
    X(const char *, mail_from)              /* MpinMailFrom */                                \
    X(const char *, smtp_user)              /* MpinSMTPAuth user password */                  \
    X(const char *, smtp_password)                                                            \
    X(const char *, activation_url)         /* MpinActivationURL: absolute URL of mpin-activate */

#define MPIN_DIR_INTS(X)                                                                      \
    X(cookie_samesite, MPIN_SAMESITE_LAX)   /* MpinCookieSameSite */                          \
    X(cookie_secure, MPIN_SECURE_AUTO)      /* MpinCookieSecure */                            \
    X(idle_timeout, 1800)                   /* MpinSessionIdleTimeout, seconds */             \
    X(max_age, 28800)                       /* MpinSessionMaxAge, seconds */                  \
    X(unauth_action, MPIN_UNAUTH_AUTO)      /* MpinUnauthAction */                            \
    X(max_auth_age, 0)                      /* MpinMaxAuthAge, seconds; 0: Off */             \
    X(rps_connect_timeout, 2)               /* MpinRpsTimeout, seconds */                     \
    X(rps_timeout, 10)                      /* the same, the whole call */                    \
    X(rps_slot_wait, 1)                     /* MpinRpsSlotWait, seconds; 0: refuse at once */ \
    X(rps_verify_tls, 1)                    /* MpinRpsVerifyTLS */                            \
    X(force_activate, 1)                    /* MpinForceActivate: the tutorial's true */      \
    X(login_methods, MPIN_LOGIN_PINPAD)     /* MpinLoginMethods: mpin_login_methods bits */   \
    X(password_max_failures, 5)             /* MpinPasswordMaxFailures */                     \
    X(password_lockout, 300)                /* MpinPasswordLockout, seconds */                \
    X(strip_cookies, 1)                     /* MpinStripCookies */

/* MpinRpsLoginResult mode [Auto window, seconds]; MpinRateLimit: ms between
 * requests (0 = Off) and the burst */
#define MPIN_DIR_PAIRS(X)                                                                     \
    X(rps_login_result, rps_login_result_window, MPIN_LOGIN_RESULT_AUTO, MPIN_LOGIN_RESULT_WINDOW) \
    X(rate_interval, rate_burst, MPIN_RATE_DEFAULT_INTERVAL, MPIN_RATE_DEFAULT_BURST)

/* The struct itself (src/mpin_rpa.h). */
#define MPIN_DIR_MEMBER_PTR_(type, name) type name;
#define MPIN_DIR_MEMBER_INT_(name, dflt) int name;
#define MPIN_DIR_MEMBER_PAIR_(lead, follower, dl, df) int lead, follower;
#define MPIN_DIR_MEMBERS                                                                      \
    MPIN_DIR_POINTERS(MPIN_DIR_MEMBER_PTR_)                                                   \
    MPIN_DIR_INTS(MPIN_DIR_MEMBER_INT_)                                                       \
    MPIN_DIR_PAIRS(MPIN_DIR_MEMBER_PAIR_)

/* MPIN_DEFAULT_<member>: each int's default, from the lists above; expanded
 * in mpin_rpa.h where the values it names are defined. */
#define MPIN_DIR_DEFAULT_INT_(name, dflt) MPIN_DEFAULT_##name = (dflt),
#define MPIN_DIR_DEFAULT_PAIR_(lead, follower, dl, df) \
    MPIN_DEFAULT_##lead = (dl), MPIN_DEFAULT_##follower = (df),
#define MPIN_DIR_DEFAULTS                                                                     \
    enum mpin_dir_defaults {                                                                  \
        MPIN_DIR_INTS(MPIN_DIR_DEFAULT_INT_) MPIN_DIR_PAIRS(MPIN_DIR_DEFAULT_PAIR_)           \
        MPIN_DIR_DEFAULTS_END_                                                                \
    }

/* The value of an int member of c, or its default when unset. */
#define MPIN_DIR_INT(c, name) mpin_conf_int((c)->name, MPIN_DEFAULT_##name)

#endif
