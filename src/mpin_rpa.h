/*
 * mod_mpin_rpa: Milagro MFA (M-Pin) Relying Party Application for Apache httpd 2.4.
 *
 * Types and functions the parts of the module share: the module's private
 * header.  Pure helpers (no httpd types) live in src/pure/pure.h so that unit
 * tests can link them without httpd; what other modules may use is in the
 * public mod_mpin_rpa.h at the top of the tree.
 */
#ifndef MPIN_RPA_PRIVATE_H
#define MPIN_RPA_PRIVATE_H

#include "httpd.h"
#include "http_config.h"
#include "http_log.h"
#include "apr_hash.h"
#include "apr_tables.h"
#include "ap_socache.h"
#include "apr_global_mutex.h"

#include "pure/pure.h"

/* mod_mpin_rpa.c declares the module (and its log index) itself */
#if defined(APLOG_USE_MODULE) && !defined(MPIN_MODULE_MAIN)
APLOG_USE_MODULE(mpin_rpa);
#endif

extern module AP_MODULE_DECLARE_DATA mpin_rpa_module;

#define MPIN_UNSET (-1)

/* Stable message ids in the APLOGNO style: "MPIN01001: ". */
#define MPINLOGNO(n) "MPIN" #n ": "

/* Tri-state used by MpinCookieSecure. */
enum mpin_secure { MPIN_SECURE_OFF = 0, MPIN_SECURE_ON = 1, MPIN_SECURE_AUTO = 2 };
enum mpin_samesite { MPIN_SAMESITE_STRICT = 0, MPIN_SAMESITE_LAX = 1, MPIN_SAMESITE_NONE = 2 };
/* MpinLoginMethods: which forms /login offers, and in which order. */
enum mpin_login_methods {
    MPIN_LOGIN_PINPAD = 1,
    MPIN_LOGIN_PASSWORD = 2,
    MPIN_LOGIN_PASSWORD_FIRST = 4
};
enum mpin_unauth { MPIN_UNAUTH_AUTO = 0, MPIN_UNAUTH_REDIRECT = 1, MPIN_UNAUTH_401 = 2 };
/* MpinRpsLoginResult: when /mpinAuthenticate reports the outcome to the RPS. */
enum mpin_login_result {
    MPIN_LOGIN_RESULT_OFF = 0,
    MPIN_LOGIN_RESULT_ON = 1,
    MPIN_LOGIN_RESULT_AUTO = 2
};
/* Auto: how long a 404 from /loginResult is remembered by default. */
#define MPIN_LOGIN_RESULT_WINDOW 60

/* The set of users allowed to register and log in (MpinAllowedUsers[File]). */
typedef struct {
    apr_hash_t *users;          /* user -> "" */
} mpin_userlist;

/* Per-directory configuration.  Pointers are NULL and ints MPIN_UNSET when not
 * set, so that merging can tell "inherit" from "override". */
#include "config/members.h"
typedef struct {
    MPIN_DIR_MEMBERS /* one list: config/members.h */
} mpin_dir_conf;

/* Per-server configuration: the keys of the session cookie's MAC.  The
 * session store itself is one per httpd (session/store.c). */
typedef struct {
    unsigned char secret[32];       /* current MAC key */
    unsigned char old_secret[32];   /* previous key, accepted while rotating */
    int secret_set;
    int old_secret_set;
    const char *secret_file;        /* MpinSessionSecretFile */
    const char *secret_file_exposed; /* who else may read it ("its group"), or NULL */
    int scrub_user_header;          /* MpinUserHeaderScrub (MPIN_UNSET: On) */
    struct mpin_hmac_key *mac;      /* secret's HMAC states, set at start-up */
    struct mpin_hmac_key *old_mac;  /* old_secret's */
} mpin_srv_conf;

/* ------------------------------------------------------------------ config/directives.c */
extern const command_rec mpin_cmds[];
void *mpin_create_dir_conf(apr_pool_t *p, char *dir);
void *mpin_merge_dir_conf(apr_pool_t *p, void *basev, void *addv);
void *mpin_create_srv_conf(apr_pool_t *p, server_rec *s);
void *mpin_merge_srv_conf(apr_pool_t *p, void *basev, void *addv);
/* config/check.c: whole-configuration checks (check_config hook). */
int mpin_check_config(apr_pool_t *pconf, apr_pool_t *plog, apr_pool_t *ptemp, server_rec *s);
/* 1 when the configuration last checked uses the module (an Mpin directive,
 * an mpin-* handler or AuthType MPin), not just loads it. */
int mpin_config_uses_module(void);
/* config/delegated.c: the directory of an .htaccess file that is part of
 * r's configuration, or NULL (session-issuing handlers refuse to run then). */
const char *mpin_htaccess_in_effect(const request_rec *r);
/* Effective values with their defaults applied. */
const char *mpin_conf_rps_url(const mpin_dir_conf *c);
const char *mpin_conf_login_url(const mpin_dir_conf *c);
const char *mpin_conf_success_url(const mpin_dir_conf *c);
const char *mpin_conf_logout_redirect(const mpin_dir_conf *c);
const char *mpin_conf_mobile_logout_url(const mpin_dir_conf *c);
const char *mpin_conf_cookie_name(const mpin_dir_conf *c);
const char *mpin_conf_cookie_path(const mpin_dir_conf *c);
int mpin_conf_int(int v, int dflt);

/* ---------------------------------------------------------------- access/password.c */
typedef struct mpin_password_provider mpin_password_provider;
const char *mpin_password_provider_add(apr_pool_t *p, apr_array_header_t **list,
                                       const char *name);
/* An authn_status of mod_auth.h: AUTH_GRANTED, AUTH_DENIED, ...  A user no
 * provider knows costs a check against the dummy hash (c's
 * MpinPasswordDummyHash, else the default made at start). */
int mpin_password_check(request_rec *r, const mpin_dir_conf *c, const char *user,
                        const char *password);
/* NULL when hash is one apr_password_validate checks (bcrypt, apr1-md5,
 * SHA-1, crypt), else why not. */
const char *mpin_password_dummy_hash_check(const char *hash);
/* Makes the default dummy hash: bcrypt at htpasswd -B's cost. */
apr_status_t mpin_password_post_config(apr_pool_t *pconf, server_rec *s);

/* ---------------------------------------------------------- access/strip_cookies.c */
/* The module's cookie names have one home each: the session cookie's default
 * (MpinCookieName unset, mpin_conf_cookie_name) and the pre-login (CSRF)
 * cookie's base name; every Set-Cookie and every read of the pre-login
 * cookie goes through mpin_prelogin_cookie_name (access/csrf.c), so that
 * its name can depend on the request (a prefix on https) in one place. */
#define MPIN_SESSION_COOKIE_DEFAULT "mpin_session"
#define MPIN_PRELOGIN_COOKIE "mpin_login"
/* The session cookie's name for this request (session/session.c): the
 * configured one, with the __Host- (or __Secure-) prefix on https when the
 * cookie is Secure (mpin_cookie_prefixed_name).  The pre-login cookie's goes
 * by the same rule (mpin_prelogin_cookie_name). */
const char *mpin_session_cookie_name(request_rec *r, const mpin_dir_conf *c);
/* The module's cookies leave the request before a handler other than the
 * module's own sees it (fixups); names: every MpinCookieName configured. */
void mpin_strip_cookies_pre_config(apr_pool_t *pconf);
void mpin_strip_cookies_register(apr_pool_t *p, const char *name);
int mpin_strip_cookies(request_rec *r);
/* header_parser: internal redirects and sub-requests get them back. */
int mpin_strip_cookies_restore(request_rec *r);

/* ------------------------------------------------------------------- access/csrf.c */
/* The pre-login cookie's name for this request. */
const char *mpin_prelogin_cookie_name(request_rec *r, const mpin_dir_conf *c);
/* Why a login POST is refused as cross-site (Origin, Sec-Fetch-Site), or
 * NULL when it may come from a page of this site. */
const char *mpin_cross_site_reason(request_rec *r);
/* The login form's CSRF token (sets a new signed pre-login cookie when the
 * request has no valid one), NULL when no random bytes could be had. */
const char *mpin_csrf_token(request_rec *r, const mpin_dir_conf *c);
/* NULL when token is the form's token of the request's (valid) pre-login
 * cookie, else why not. */
const char *mpin_csrf_refusal(request_rec *r, const mpin_dir_conf *c, const char *token);

/* ---------------------------------------------------------------- access/lockout.c */
/* Counts a password attempt for user and for this address before the
 * provider is asked, atomically: 1 when it may go on; 0 when either is
 * locked out (*retry: the seconds left); -1 when the store failed. */
int mpin_lockout_begin(request_rec *r, const mpin_dir_conf *c, const char *user, int *retry);
typedef enum {
    MPIN_ATTEMPT_FAILED,        /* wrong password, unknown or refused user */
    MPIN_ATTEMPT_SUCCEEDED,     /* clears the user's counter */
    MPIN_ATTEMPT_UNANSWERED     /* the provider failed: the attempt is given back */
} mpin_attempt_outcome;
/* What became of an attempt that mpin_lockout_begin let through. */
void mpin_lockout_end(request_rec *r, const mpin_dir_conf *c, const char *user,
                      mpin_attempt_outcome outcome);

/* ---------------------------------------------------------------- access/ratelimit.c */
/* MpinRateLimit's default: 10 requests a second in bursts of 100. */
#define MPIN_RATE_DEFAULT_INTERVAL 100
#define MPIN_RATE_DEFAULT_BURST 100
/* every per-directory member's default (config/members.h) */
MPIN_DIR_DEFAULTS;
apr_status_t mpin_ratelimit_post_config(apr_pool_t *pconf, server_rec *s);
/* 0 when the client may go on; else the request is refused: Retry-After
 * is set, the refusal counted (and logged now and then), and the seconds
 * to wait are returned for the handler's 429. */
int mpin_rate_limited(request_rec *r, const mpin_dir_conf *c);

/* ------------------------------------------------------------- access/error_json.c */
/* The error httpd answers r with gets this JSON body instead of its HTML. */
void mpin_error_json_set(request_rec *r, int status, const char *message);
/* The same with a reason a page can act on ("max_auth_age", "login_method")
 * and where to log in again (both may be NULL). */
void mpin_error_json_set_reason(request_rec *r, int status, const char *message,
                                const char *reason, const char *redirect);
void mpin_error_json_register(void);

/* ------------------------------------------------------------------ access/authz.c */
void mpin_authz_register(apr_pool_t *p);
/* The note "Require mpin-method" leaves when it refuses a session that a
 * PIN login would let in: the 401 then sends a browser to the PIN pad
 * (access/authn.c's note_auth_failure). */
#define MPIN_NOTE_STEP_UP "mpin-step-up"

/* ------------------------------------------------------------------ config/allowed_users.c */
/* 1 when user may register / log in (no list configured means anyone). */
int mpin_user_allowed(const mpin_dir_conf *c, const char *user);
const char *mpin_userlist_load(apr_pool_t *p, const char *path, mpin_userlist **out);

/* ------------------------------------------------------------------ session/store.c */
/* The socache instances shared by all processes of the server (and by
 * several servers with redis/memcache): sessions apart from everything an
 * anonymous request can create, so that filling the latter never evicts a
 * session (security row 17). */
typedef enum {
    MPIN_CACHE_SESSIONS,        /* sessions and their logout tokens */
    MPIN_CACHE_SHORT,           /* replay guard and other short-lived records */
    MPIN_CACHE_LOCKOUT,         /* password failure counters */
    MPIN_CACHES
} mpin_cache;
#define MPIN_SESSION_CACHE_DEFAULT 100000   /* MpinSessionCacheSize */
#define MPIN_SHORT_CACHE_DEFAULT 50000      /* MpinShortCacheSize */
#define MPIN_LOCKOUT_CACHE_RECORDS 20000
#define MPIN_CACHE_MIN 10
#define MPIN_CACHE_MAX 5000000
apr_status_t mpin_store_pre_config(apr_pool_t *pconf);
apr_status_t mpin_store_post_config(apr_pool_t *pconf, apr_pool_t *ptemp, server_rec *s);
void mpin_store_child_init(apr_pool_t *p, server_rec *s);
const char *mpin_store_select(apr_pool_t *p, const char *spec);
const char *mpin_store_set_session_count(apr_pool_t *p, const char *arg);
const char *mpin_store_set_short_count(apr_pool_t *p, const char *arg);
/* 1 when the store belongs to this httpd alone (shmcb, shmht): no other
 * server can delete a session behind its back. */
int mpin_store_is_private(void);
/* The store key of a subject of some kind ("s" session, "l" logout token,
 * "u" a user's index of sessions, "o" used authOTT, "fu"/"fa" failure
 * counters): a hash, so the store never holds secrets, user names or
 * addresses in clear. */
const char *mpin_store_key(apr_pool_t *p, const char *kind, const char *subject);
/* Read-modify-write of one record, atomic across the processes of this
 * server: fn gets the old value (NULL when absent) and returns the new one
 * with its expiry, or NULL to leave the record as it is. */
typedef const char *(*mpin_store_update_fn)(request_rec *r, const char *old, void *baton,
                                            apr_time_t *expiry);
/* The operations on one cache.  get: APR_NOTFOUND when absent, APR_SUCCESS
 * with *val set otherwise; any other status is a failure of the store (a
 * network store that is down never looks like "absent", see store.c), to
 * be answered with 503.  add_once: atomically records key unless
 * present: APR_SUCCESS when newly added, APR_EEXIST when it was there. */
apr_status_t mpin_cache_put(request_rec *r, mpin_cache which, const char *key, const char *val,
                            apr_time_t expiry);
apr_status_t mpin_cache_get(request_rec *r, mpin_cache which, const char *key, char **val);
apr_status_t mpin_cache_del(request_rec *r, mpin_cache which, const char *key);
apr_status_t mpin_cache_add_once(request_rec *r, mpin_cache which, const char *key,
                                 apr_time_t expiry);
apr_status_t mpin_cache_update(request_rec *r, mpin_cache which, const char *key,
                               mpin_store_update_fn fn, void *baton);
/* The same on the short-lived cache: where anything an anonymous request
 * creates belongs. */
apr_status_t mpin_store_put(request_rec *r, const char *key, const char *val, apr_time_t expiry);
apr_status_t mpin_store_get(request_rec *r, const char *key, char **val);
apr_status_t mpin_store_del(request_rec *r, const char *key);
apr_status_t mpin_store_add_once(request_rec *r, const char *key, apr_time_t expiry);
apr_status_t mpin_store_update(request_rec *r, const char *key, mpin_store_update_fn fn,
                               void *baton);
/* A shared-memory store keeps the last use of sessions in shared memory
 * beside the cache (no record rewrite per use): 1 when it does. */
int mpin_store_keeps_last_use(void);
/* A session record and its last use as kept there (0 when unknown). */
apr_status_t mpin_store_session_get(request_rec *r, const char *key, char **val,
                                    apr_time_t *last_used);
/* Keeps a session's last use and idle expiry; 0 when the record must be
 * rewritten instead. */
int mpin_store_session_touch(request_rec *r, const char *key, apr_time_t last_used,
                             apr_time_t expiry);
/* 1 when the store takes a write now (mpin-status?format=health). */
int mpin_store_healthy(request_rec *r);
/* The shared count of live records a cache lost to eviction. */
apr_uint32_t *mpin_store_evictions(mpin_cache which);

/* ---------------------------------------------------------------- session/session.c */
typedef struct {
    const char *id;             /* opaque id, never logged */
    const char *user;
    const char *method;         /* of the latest login: "pinpad", "mobile" or "password" */
    const char *methods;        /* every login method of the session, space-separated */
    apr_time_t created;
    apr_time_t last_used;
    apr_time_t auth_time;       /* the last PIN entry, 0 when none */
    const char *logout_key;     /* store key of the phone's logout token (see
                                 * src/pure/record.c), "" or NULL: none */
} mpin_session;

/* Every value of the cookie name in every Cookie field of r (see
 * mpin_cookie_values_ex), at most max kept; returns how many there were. */
int mpin_request_cookie_values(request_rec *r, const char *name, apr_array_header_t *out,
                               int max);
/* Reads and verifies the session cookie and its record; NULL when there is
 * no valid session.  *store_error is set when the store failed. */
mpin_session *mpin_session_load(request_rec *r, const mpin_dir_conf *c, int *store_error);
/* Creates a fresh session for user, stores it and sets the cookie. */
mpin_session *mpin_session_create(request_rec *r, const mpin_dir_conf *c,
                                  const char *user, const char *method);
/* A login of user with method on a request that may carry a session: the
 * session of the same user goes on under a new id (the cookie rotates, the
 * old id is void: no fixation), keeping its start and adding method to its
 * methods, with the PIN entry time moved to now for a PIN method; without
 * one (none, or another user's) a fresh session starts.  logout_token (a
 * phone's login, else NULL) is the token that may end the session; a
 * renewal without one keeps the old session's.  The caller then binds it
 * (mpin_session_bind_logout_token).  NULL when the store failed. */
mpin_session *mpin_session_login(request_rec *r, const mpin_dir_conf *c, const char *user,
                                 const char *method, const char *logout_token);
/* Deletes the session's record: APR_SUCCESS when it is over (deleted, or
 * gone already), else the store's failure (the session lives on). */
apr_status_t mpin_session_destroy(request_rec *r, const mpin_dir_conf *c, mpin_session *s);
void mpin_session_clear_cookie(request_rec *r, const mpin_dir_conf *c);
/* A fresh token for the mobile app's logout POST (logoutData.sessionToken):
 * random, not the session id; NULL without random bytes.  It names nothing
 * until mpin_session_bind_logout_token maps it to a session in the store. */
const char *mpin_session_new_logout_token(request_rec *r);
/* Points the session's logout token (s->logout_key, when it has one) at
 * the session: APR_SUCCESS, also when it has none. */
apr_status_t mpin_session_bind_logout_token(request_rec *r, const mpin_dir_conf *c,
                                            const mpin_session *s);
/* Ends the session a logout token names, and the token with it: 1 when
 * that ended a live session, 0 when the token names none (unknown, used,
 * its session already over, or a session whose record names another
 * token), -1 when the store failed (the session and the token live on). */
int mpin_session_destroy_by_token(request_rec *r, const char *token);
/* Sets up the MAC keys after configuration. */
apr_status_t mpin_session_post_config(apr_pool_t *p, server_rec *s);

/* What a stored session is to a request (mpin_session_peek). */
enum { MPIN_PEEK_GONE = 0, MPIN_PEEK_LIVE = 1, MPIN_PEEK_ELSEWHERE = 2 };
/* The record under a session's store key, without using the session:
 * MPIN_PEEK_LIVE (rec filled, last use included), MPIN_PEEK_ELSEWHERE
 * (live, issued for another site or cookie), MPIN_PEEK_GONE (absent,
 * unreadable or expired), or -1 when the store failed. */
int mpin_session_peek(request_rec *r, const mpin_dir_conf *c, const char *key, mpin_record *rec);
/* Ends the session stored under key the way a logout does (connection
 * notes, other servers told); 1 when a live session ended. */
int mpin_session_end_key(request_rec *r, const char *key);
/* The store key of a session. */
const char *mpin_session_key(request_rec *r, const mpin_session *s);

/* -------------------------------------------------------------- session/user_index.c */
/* Each user's index of sessions (see user_index.c): at most this many
 * sessions per user; a login beyond it ends the oldest. */
#define MPIN_USER_SESSIONS_MAX 10
typedef struct {
    const char *key;            /* the store key: never shown */
    const char *handle;         /* what the user sees and sends back */
    apr_time_t created;
    apr_time_t last_used;
    const char *method;
    char device;                /* see mpin_device_kind */
    const char *addr;
    int current;                /* the session of this request */
} mpin_user_session;
void mpin_user_index_add(request_rec *r, const mpin_dir_conf *c, const char *user,
                         const char *key, apr_time_t created);
void mpin_user_index_remove(request_rec *r, const mpin_dir_conf *c, const char *user,
                            const char *key);
/* The public handle of the session stored under key. */
const char *mpin_session_handle(request_rec *r, const char *key);
/* user's live sessions of this site (c), oldest first, entries whose
 * session is gone pruned; NULL and *store_error when the store failed. */
apr_array_header_t *mpin_user_sessions(request_rec *r, const mpin_dir_conf *c, const char *user,
                                       const char *current_key, int *store_error);
/* Ends every session of user (on every site sharing the store) but the
 * one stored under except_key (may be NULL); how many ended. */
int mpin_user_sessions_end(request_rec *r, const mpin_dir_conf *c, const char *user,
                           const char *except_key, int *store_error);

/* -------------------------------------------------------------------- session/api.c */
/* Registers the optional functions of the public mod_mpin_rpa.h. */
void mpin_api_register(void);

/* ----------------------------------------------------------- session/connection_note.c */
/* A keep-alive connection's note of the session cookie it verified last
 * (MpinSessionRecheck): what lets a repeat request skip MAC and store. */
#define MPIN_NOTE_RECHECK_MAX 60
void mpin_session_note_pre_config(void);
const char *mpin_session_note_set_recheck(apr_pool_t *p, const char *arg);
void mpin_session_note_post_config(apr_pool_t *p, server_rec *s);
/* Read before the store lookup a note is taken from. */
apr_uint32_t mpin_session_note_generation(void);
/* After a session record is deleted: voids every connection's note. */
void mpin_session_note_forget_all(void);
void mpin_session_note_keep(request_rec *r, const char *value, const mpin_record *rec,
                            apr_uint32_t generation);
/* 1 and the noted record (user and methods copied to r->pool) when this
 * connection verified exactly this cookie value recently enough. */
int mpin_session_note_find(request_rec *r, const char *value, mpin_record *out);
void mpin_session_note_drop(request_rec *r);

/* ---------------------------------------------------------- session/redis.c */
/* The module's own hiredis connections to the store's (first) redis server:
 * the atomic authOTT claim and the session ends.  configure: for the
 * store's provider and arguments; NULL, or why the address is unusable. */
struct redisContext;
const char *mpin_redis_configure(apr_pool_t *p, const char *provider, const char *args);
/* 1 when the store is redis; single: one redis server, not several */
int mpin_redis_enabled(void);
int mpin_redis_single(void);
/* "host:port", for logs */
const char *mpin_redis_where(apr_pool_t *p);
void mpin_redis_child_init(apr_pool_t *p, server_rec *s);
/* A connection of the caller's own (redisFree it), named name in redis's
 * CLIENT LIST, with the connect timeout and io_timeout on every send and
 * receive; NULL and *why when it fails. */
struct redisContext *mpin_redis_connect(apr_pool_t *p, const char *name,
                                        apr_interval_time_t io_timeout, const char **why);
/* Claims key until expiry, atomically across every server using the redis:
 * APR_SUCCESS when this call claimed it, APR_EEXIST when it was claimed
 * already, else redis failed (*why says how). */
apr_status_t mpin_redis_claim(request_rec *r, const char *key, apr_time_t expiry,
                              const char **why);
/* A lockout counter (access/lockout.c), atomically across every server
 * using the redis: delta 1 counts an attempt (*result: the new count, or
 * minus the milliseconds left when it is at max already), -1 gives one
 * back; the window starts with the first attempt. */
apr_status_t mpin_redis_counter(request_rec *r, const char *key, int delta, int max,
                                apr_interval_time_t window, long long *result, const char **why);
apr_status_t mpin_redis_del(request_rec *r, const char *key, const char **why);
/* PUBLISH channel message: APR_SUCCESS once redis took it, else *why. */
apr_status_t mpin_redis_publish(request_rec *r, const char *channel, const char *message,
                                const char **why);

/* --------------------------------------------------------- session/events.c */
/* Session ends published through redis, so that other servers' notes die
 * with them.  configure: NULL when the store is followed, else why not. */
const char *mpin_session_events_configure(apr_pool_t *p);
int mpin_session_events_followed(void);
/* 1 while this process's subscription is confirmed and answering. */
int mpin_session_events_live(void);
void mpin_session_events_child_init(apr_pool_t *p, server_rec *s);
/* After a session record is deleted: tells the other servers. */
void mpin_session_events_publish(request_rec *r);

/* -------------------------------------------------------------------- rps/client.c */
typedef enum {
    MPIN_RPS_OK = 0,        /* an HTTP answer was received */
    MPIN_RPS_CONNECT,       /* could not connect */
    MPIN_RPS_TIMEOUT,       /* connect or total timeout */
    MPIN_RPS_TOO_BIG,       /* reply larger than the cap */
    MPIN_RPS_ERROR,         /* any other transport error */
    MPIN_RPS_BUSY           /* too many calls already waiting for the RPS */
} mpin_rps_outcome;

typedef struct {
    mpin_rps_outcome outcome;
    long status;
    const char *body;           /* NUL-terminated, may contain NULs before */
    apr_size_t body_len;
    apr_table_t *headers;       /* reply headers (names as sent) */
    const char *error;          /* why, for the log, when outcome != OK */
    apr_interval_time_t elapsed;
} mpin_rps_reply;

void mpin_rps_child_init(apr_pool_t *p, server_rec *s);
void mpin_metrics_rps_call(const mpin_rps_reply *reply);
apr_status_t mpin_rps_global_init(apr_pool_t *p);
/* Caps the RPS calls in flight at half the workers (of each process under a
 * threaded MPM), so that a hanging RPS cannot take every worker from the
 * protected site. */
void mpin_rps_set_limit(server_rec *s);
/* Sends method to <MpinRpsURL><path> (path starts with '/'); body may be NULL.
 * req_headers: extra headers to send (may be NULL). */
mpin_rps_reply *mpin_rps_call(request_rec *r, const mpin_dir_conf *c, const char *method,
                              const char *path, const apr_table_t *req_headers,
                              const char *body, apr_size_t body_len);
/* What a handler answers when a call brought no usable answer (a transport
 * failure, or an answer it cannot use): 504 "RPS timed out", 503 "RPS busy"
 * or 502 "RPS error"; *reason (may be NULL) gets the short text. */
int mpin_rps_failure_status(const mpin_rps_reply *reply, const char **reason);
/* The error text of a reply over MPIN_RPS_REPLY_MAX, one wording for both
 * transports. */
const char *mpin_rps_too_big_error(apr_pool_t *p);

/* --------------------------------------------------------------- rps/http_transport.c */
/* The transport of mpin_rps_call for http:// RPS URLs (https:// is libcurl's):
 * keep-alive connections per process, one deadline per call.  Called by
 * rps/client.c's mpin_rps_child_init and mpin_rps_call (which holds the slot, and
 * does the metrics and the log line); fills reply's outcome, status,
 * headers, body and error. */
void mpin_rps_http_child_init(apr_pool_t *p, server_rec *s);
void mpin_rps_http_call(request_rec *r, const mpin_dir_conf *c, const char *method,
                        const char *path, const apr_table_t *req_headers, const char *body,
                        apr_size_t body_len, mpin_rps_reply *reply);

/* ----------------------------------------------------------- rps/login_result_mode.c */
/* MpinRpsLoginResult Auto, per process: 1 when the RPS at url answered
 * /loginResult with 404 (it does not wait for login results) less than
 * window ago; mpin_login_result_seen records each answer (404 or not). */
void mpin_login_result_child_init(apr_pool_t *p);
int mpin_login_result_skip(const char *url, apr_interval_time_t window);
void mpin_login_result_seen(const char *url, long status);

/* ---------------------------------------------------------------- metrics/counters.c */
#define MPIN_RPS_OUTCOMES 6     /* the values of mpin_rps_outcome */
#define MPIN_RPS_BUCKETS 10
#define MPIN_RPS_SLOTS_MAX 512  /* prefork: RPS calls in flight, at most */
enum mpin_refusal {
    MPIN_REFUSE_REPLAY, MPIN_REFUSE_FORMAT, MPIN_REFUSE_NOT_ALLOWED, MPIN_REFUSE_CSRF,
    MPIN_REFUSE_LOCKOUT, MPIN_REFUSE_CROSS_SITE, MPIN_REFUSE_RPS_REPLY, MPIN_REFUSE_RATE_LIMIT,
    MPIN_REFUSAL_KINDS
};
enum { MPIN_METHOD_PINPAD = 0, MPIN_METHOD_PASSWORD = 1 };
enum { MPIN_RESULT_SUCCESS = 0, MPIN_RESULT_FAILURE = 1 };

/* Counters shared by all processes (metrics/counters.c), shown by mpin-status. */
typedef struct {
    apr_uint32_t logins[2][2];          /* [method][result] */
    apr_uint32_t registrations[2];      /* accepted, refused */
    apr_uint32_t logouts;
    apr_uint32_t refusals[MPIN_REFUSAL_KINDS];
    apr_uint32_t rps_calls[MPIN_RPS_OUTCOMES];
    apr_uint32_t rps_latency_bucket[MPIN_RPS_BUCKETS];
    apr_uint32_t rps_latency_ms_sum;
    apr_uint32_t sessions_created;
    apr_uint32_t sessions_expired;
    apr_uint32_t store_errors;
    apr_uint32_t rate_limit_evictions;  /* MpinRateLimit buckets taken over before full */
    apr_uint32_t health_checked;        /* seconds since the epoch */
    apr_uint32_t health_up;
    apr_uint32_t health_rps;            /* hash of the RPS URL last checked */
    apr_uint32_t rps_inflight;          /* calls waiting for the RPS now */
    /* prefork: the pid in each RPS call slot (0: free), so that the slot
     * of a child that died in a call is taken back (rps/client.c) */
    apr_uint32_t rps_slot_owner[MPIN_RPS_SLOTS_MAX];
    apr_uint32_t session_generation;    /* not shown: moved by every session
                                         * delete, voids connections' notes */
    apr_uint32_t store_down_since;      /* seconds since the epoch; 0: the
                                         * store works (session/store.c) */
} mpin_metrics;

apr_status_t mpin_metrics_post_config(apr_pool_t *pconf, server_rec *s);
mpin_metrics *mpin_metrics_get(void);
/* 0 when the counters could not be put in shared memory (per process). */
int mpin_metrics_is_shared(void);
void mpin_count(apr_uint32_t *counter);
/* MPIN_COUNT(logouts), MPIN_COUNT(refusals[MPIN_REFUSE_CSRF]), ... */
#define MPIN_COUNT(field) mpin_count(&mpin_metrics_get()->field)
int mpin_metrics_bucket_ms(int i);

/* ------------------------------------------------------------------- handlers/body.c */
/* Reads the request body up to max bytes.  Returns OK, or an HTTP status
 * (413 when too large, 400 when unreadable) after logging why. */
int mpin_read_body(request_rec *r, apr_size_t max, char **body, apr_size_t *len);

/* --------------------------------------------------------------- handlers/answer.c */
int mpin_respond_json(request_rec *r, int status, const char *json);
int mpin_respond_error(request_rec *r, int status, const char *reason);
int mpin_respond_redirect(request_rec *r, int status, const char *location);
void mpin_set_nocache(request_rec *r);
int mpin_is_https(request_rec *r);

/* ------------------------------------------------------------------ handlers/pages.c */
typedef struct mpin_templates mpin_templates;
const char *mpin_templates_load(apr_pool_t *p, const char *dir, const mpin_templates **out);
const char *mpin_templates_load_builtin(apr_pool_t *p);
/* the default pages, generated from templates/ at build time */
typedef struct {
    const char *name;
    const char *text;
    apr_size_t len;
} mpin_builtin_template;
extern const mpin_builtin_template mpin_builtin_templates[];
int mpin_render_page(request_rec *r, const mpin_dir_conf *c, const char *name,
                     int status, apr_table_t *vars);
/* Renders a template to a string (the activation e-mail); NULL if missing. */
const char *mpin_render_text(request_rec *r, const mpin_dir_conf *c, const char *name,
                             apr_table_t *vars);

/* ------------------------------------------------------------------- access/authn.c */
int mpin_check_authn(request_rec *r);
/* Registers note_auth_failure for AuthType MPin. */
void mpin_authn_register(void);
int mpin_scrub_headers(request_rec *r);
void mpin_auth_pre_config(void);
void mpin_auth_register_user_header(apr_pool_t *p, const char *name);
/* The return target a login should land on, validated; NULL if none. */
const char *mpin_return_target(request_rec *r, const mpin_dir_conf *c, const char *raw);

/* --------------------------------------------------------------- handlers */
int mpin_handler_login(request_rec *r);
int mpin_handler_password(request_rec *r);
/* Renders the login page (PIN pad and/or password form). */
int mpin_login_page(request_rec *r, const mpin_dir_conf *c, int status, const char *message,
                    const char *target, const char *username);
int mpin_handler_verify(request_rec *r);
int mpin_handler_authenticate(request_rec *r);
int mpin_handler_rps_proxy(request_rec *r);
int mpin_handler_mobile(request_rec *r);
int mpin_handler_pinpad(request_rec *r);
/* Serves a file from root for the URL below the handler's <Location>
 * (handlers/mobile.c); index: where the mount point redirects, or NULL. */
int mpin_serve_folder(request_rec *r, const char *root, const char *index, const char *what);
/* MpinPinpadDir, or the installed PIN pad. */
const char *mpin_conf_pinpad_dir(const mpin_dir_conf *c);
int mpin_handler_logout(request_rec *r);
int mpin_handler_sessions(request_rec *r);
int mpin_handler_page(request_rec *r);
int mpin_handler_status(request_rec *r);
int mpin_handler_permit(request_rec *r);
int mpin_handler_activate(request_rec *r);
/* The activation link for a pending registration (handlers/activate.c). */
const char *mpin_activation_link(request_rec *r, const mpin_dir_conf *c, const char *mpin_id,
                                 const char *expire, const char *key);

/* ------------------------------------------------------------------- mail/smtp.c */
/* Sends a plain-text e-mail; NULL on success, else why. */
const char *mpin_mail_send(request_rec *r, const mpin_dir_conf *c, const char *to,
                           const char *subject, const char *body);

#define MPIN_DIR_CONF(r) \
    ((mpin_dir_conf *)ap_get_module_config((r)->per_dir_config, &mpin_rpa_module))
#define MPIN_SRV_CONF(s) \
    ((mpin_srv_conf *)ap_get_module_config((s)->module_config, &mpin_rpa_module))

#endif
