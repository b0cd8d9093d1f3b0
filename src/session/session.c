/*
 * Login sessions (security items 4, 5 and 6).
 *
 * The cookie carries an opaque random id and an HMAC-SHA-256 tag over it:
 *   <id: 24 random bytes, base64url>.<tag: 32 bytes, base64url>
 * A forged or garbled cookie fails the tag check without touching the store.
 * The record lives in the store under a hash of the id, so a dump of the
 * store does not hand out live session ids.  It holds the user, the login
 * method, the creation and last-use times and the site it was issued for;
 * idle timeout and maximum age are checked here on every request.
 */
#include "apr_strings.h"
#include "http_protocol.h"
#include "http_request.h"
#include "mpin_rpa.h"

#define ID_BYTES MPIN_SESSION_ID_BYTES
#define ID_CHARS MPIN_SESSION_ID_CHARS
#define TAG_BYTES MPIN_SESSION_TAG_BYTES
#define TAG_CHARS MPIN_SESSION_TAG_CHARS
#define COOKIE_CHARS (ID_CHARS + 1 + TAG_CHARS)
/* last-use times are written back at most this often (and more often for
 * short idle timeouts, see touch_interval) */
#define TOUCH_INTERVAL apr_time_from_sec(60)

#define RANDOM_KEY_RETAINED "mod_mpin_rpa/random-session-key"

/* Without a configured secret, one random key for the life of the parent
 * process: kept across restarts like the sessions (session/store.c), so
 * that a reload does not invalidate every cookie. */
static apr_status_t random_key(unsigned char **key)
{
    apr_status_t rv;

    if ((*key = ap_retained_data_get(RANDOM_KEY_RETAINED))) return APR_SUCCESS;
    *key = ap_retained_data_create(RANDOM_KEY_RETAINED, 32);
    rv = apr_generate_random_bytes(*key, 32);
    if (rv != APR_SUCCESS) *key = NULL;
    return rv;
}

apr_status_t mpin_session_post_config(apr_pool_t *p, server_rec *s)
{
    server_rec *v;
    int warned = 0;
    unsigned char *rkey = NULL;
    apr_status_t rv;

    for (v = s; v; v = v->next) {
        mpin_srv_conf *sc = MPIN_SRV_CONF(v);
        if (!sc->secret_set) {
            if (!rkey && (rv = random_key(&rkey)) != APR_SUCCESS) return rv;
            memcpy(sc->secret, rkey, sizeof(sc->secret));
            /* not for a server that only has the module loaded (a package
             * just installed): only when the configuration uses it */
            if (mpin_config_uses_module() && !warned++)
                ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, MPINLOGNO(01101)
                             "MpinSessionSecret is not set: using a random key, so sessions "
                             "end when httpd stops and cannot be shared between servers");
        }
        if (sc->secret_file_exposed && (v == s || sc->secret_file != MPIN_SRV_CONF(s)->secret_file))
            ap_log_error(APLOG_MARK, APLOG_WARNING, 0, s, MPINLOGNO(03203)
                         "MpinSessionSecretFile %s can be read or written by %s: whoever "
                         "reads it can forge sessions; chmod 600 it (owner root)",
                         sc->secret_file, sc->secret_file_exposed);
        /* the tag of every request starts from these states */
        sc->mac = mpin_hmac_key_new(p, sc->secret, sizeof(sc->secret));
        sc->old_mac = sc->old_secret_set ? mpin_hmac_key_new(p, sc->old_secret,
                                                             sizeof(sc->old_secret)) : NULL;
    }
    return APR_SUCCESS;
}

/* TAG_CURRENT or TAG_PREVIOUS when the cookie value carries a valid tag
 * under the current or the previous key, else 0. */
enum { TAG_CURRENT = 1, TAG_PREVIOUS = 2 };
static int verify_cookie(request_rec *r, const char *value, const char *cookie_name)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    unsigned char given[TAG_BYTES], want[TAG_BYTES];

    if (strlen(value) != COOKIE_CHARS || value[ID_CHARS] != '.') return 0;
    if (!mpin_b64url_decode_exact(value + ID_CHARS + 1, TAG_CHARS, given, TAG_BYTES)) return 0;
    mpin_session_cookie_tag(r->pool, sc->mac, value, cookie_name, want);
    if (mpin_ct_equal(given, want, TAG_BYTES)) return TAG_CURRENT;
    if (!sc->old_mac) return 0;
    mpin_session_cookie_tag(r->pool, sc->old_mac, value, cookie_name, want);
    return mpin_ct_equal(given, want, TAG_BYTES) ? TAG_PREVIOUS : 0;
}

/* The site a session belongs to: the cookie domain when one is set (the
 * session is then meant for its subdomains too), else this host. */
static const char *session_site(request_rec *r, const mpin_dir_conf *c)
{
    if (c->cookie_domain) return apr_pstrcat(r->pool, ".", c->cookie_domain, NULL);
    return r->hostname ? apr_pstrdup(r->pool, r->hostname) : "";
}

/* rec->host == session_site(r, c), without building the latter: this runs
 * on every protected request */
static int site_equals(request_rec *r, const mpin_dir_conf *c, const char *host)
{
    if (c->cookie_domain) return *host == '.' && !strcasecmp(host + 1, c->cookie_domain);
    return !strcasecmp(host, r->hostname ? r->hostname : "");
}

static int site_matches(request_rec *r, const mpin_dir_conf *c, const mpin_record *rec)
{
    return site_equals(r, c, rec->host)
           && !strcmp(rec->cookie_name, mpin_session_cookie_name(r, c))
           && !strcmp(rec->cookie_path, mpin_conf_cookie_path(c));
}

static apr_time_t max_end(const mpin_dir_conf *c, const mpin_record *rec)
{
    return rec->created + apr_time_from_sec(MPIN_DIR_INT(c, max_age));
}

static apr_time_t record_expiry(const mpin_dir_conf *c, const mpin_record *rec)
{
    apr_time_t idle_end = rec->last_used + apr_time_from_sec(MPIN_DIR_INT(c, idle_timeout));

    return idle_end < max_end(c, rec) ? idle_end : max_end(c, rec);
}

/* Stores the record.  A shared-memory store keeps the last use beside the
 * cache (mpin_store_session_touch), so there the record lives until the
 * maximum age and using the session does not rewrite it; elsewhere (redis)
 * the record carries the last use and ends with the idle timeout. */
static apr_status_t save_record(request_rec *r, const mpin_dir_conf *c, const char *key,
                                const mpin_record *rec)
{
    int in_memory = mpin_store_keeps_last_use();
    apr_status_t rv = mpin_cache_put(r, MPIN_CACHE_SESSIONS, key,
                                     mpin_record_encode(r->pool, rec),
                                     in_memory ? max_end(c, rec) : record_expiry(c, rec));

    if (rv == APR_SUCCESS && in_memory)
        mpin_store_session_touch(r, key, rec->last_used, record_expiry(c, rec));
    return rv;
}

/* Moves the last use to now: in memory where the store keeps it there,
 * else by rewriting the record. */
static apr_status_t touch_record(request_rec *r, const mpin_dir_conf *c, const char *key,
                                 mpin_record *rec, apr_time_t now)
{
    rec->last_used = now;
    if (mpin_store_session_touch(r, key, now, record_expiry(c, rec))) return APR_SUCCESS;
    return save_record(r, c, key, rec);
}

/* The stored last-use time may lag behind by up to this much, and a session
 * can end that much early: a tenth of the idle timeout at most, so that a
 * short timeout does not end a session that is in use. */
static apr_interval_time_t touch_interval(const mpin_dir_conf *c)
{
    apr_interval_time_t tenth = apr_time_from_sec(MPIN_DIR_INT(c, idle_timeout)) / 10;

    return tenth < TOUCH_INTERVAL ? tenth : TOUCH_INTERVAL;
}

static int use_secure(request_rec *r, const mpin_dir_conf *c)
{
    int secure = MPIN_DIR_INT(c, cookie_secure);

    if (MPIN_DIR_INT(c, cookie_samesite) == MPIN_SAMESITE_NONE) return 1;
    return secure == MPIN_SECURE_AUTO ? mpin_is_https(r) : secure;
}

/* The session cookie's name for this request: MpinCookieName, prefixed on
 * https when the cookie is Secure (__Host- when host-only with Path=/, else
 * __Secure-).  By the request's scheme, so that one configuration serves
 * http and https: a browser sends Secure cookies on https only, and a cookie
 * that plain http or a sibling subdomain planted under the plain name is
 * never read on https.  The tag and the record are bound to the full name,
 * so neither value passes under the other name. */
const char *mpin_session_cookie_name(request_rec *r, const mpin_dir_conf *c)
{
    const char *base = mpin_conf_cookie_name(c);

    if (!mpin_is_https(r) || !use_secure(r, c)) return base;
    return mpin_cookie_prefixed_name(r->pool, base, 1, c->cookie_domain,
                                     mpin_conf_cookie_path(c));
}

static void set_named_cookie(request_rec *r, const mpin_dir_conf *c, const char *name,
                             const char *value, int clear)
{
    static const char *const samesite[] = {"Strict", "Lax", "None"};
    const char *cookie = apr_pstrcat(
        r->pool, name, "=", value, "; Path=", mpin_conf_cookie_path(c),
        c->cookie_domain ? "; Domain=" : "", c->cookie_domain ? c->cookie_domain : "",
        clear ? "; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" : "",
        "; HttpOnly; SameSite=", samesite[MPIN_DIR_INT(c, cookie_samesite)],
        use_secure(r, c) ? "; Secure" : "", NULL);

    /* err_headers_out: the cookie must survive redirects and error pages */
    apr_table_add(r->err_headers_out, "Set-Cookie", cookie);
}

/* A cookie under the plain name on https, where the session goes by a
 * prefixed one: what a browser kept from before the prefix (or what was
 * planted).  It is never read here; it is expired when a session starts or
 * ends, so that the browser stops sending it. */
static int has_plain_cookie(request_rec *r, const mpin_dir_conf *c, const char *name)
{
    apr_array_header_t *values;
    const char *base = mpin_conf_cookie_name(c);

    if (!strcmp(name, base)) return 0;
    values = apr_array_make(r->pool, 1, sizeof(const char *));
    return mpin_request_cookie_values(r, base, values, 1) > 0;
}

static void set_cookie(request_rec *r, const mpin_dir_conf *c, const char *value, int clear)
{
    const char *name = mpin_session_cookie_name(r, c);

    set_named_cookie(r, c, name, value, clear);
    if (has_plain_cookie(r, c, name))
        set_named_cookie(r, c, mpin_conf_cookie_name(c), "", 1);
}

void mpin_session_clear_cookie(request_rec *r, const mpin_dir_conf *c)
{
    set_cookie(r, c, "", 1);
}

/* A cookie tagged with the previous key (MpinSessionSecret's second value)
 * gets the current key's tag, so that the session goes on once the previous
 * key is removed: the id, and so the session, stays the same. */
static void resign_cookie(request_rec *r, const mpin_dir_conf *c, const char *value)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    const char *id = apr_pstrmemdup(r->pool, value, ID_CHARS);
    unsigned char tag[TAG_BYTES];

    mpin_session_cookie_tag(r->pool, sc->mac, id, mpin_session_cookie_name(r, c), tag);
    set_cookie(r, c, apr_pstrcat(r->pool, id, ".", mpin_b64url_encode(r->pool, tag, TAG_BYTES),
                                 NULL), 0);
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03202)
                  "session cookie signed with the previous key: re-signed with the current one");
}

static mpin_session *session_of(request_rec *r, const char *value, const mpin_record *rec)
{
    mpin_session *s = apr_pcalloc(r->pool, sizeof(*s));

    s->id = apr_pstrmemdup(r->pool, value, ID_CHARS);
    s->user = rec->user;
    s->method = rec->method;
    s->methods = rec->methods;
    s->created = rec->created;
    s->last_used = rec->last_used;
    s->auth_time = rec->auth_time;
    s->logout_key = rec->logout_key;
    return s;
}

/* The session this connection noted for exactly this cookie value, when the
 * noted record still passes every check the store's would (session/connection_note.c). */
static mpin_session *from_note(request_rec *r, const mpin_dir_conf *c, const char *value)
{
    apr_time_t now;
    mpin_record rec;

    if (!mpin_session_note_find(r, value, &rec)) return NULL;
    now = apr_time_now();
    if (!site_matches(r, c, &rec) || now >= record_expiry(c, &rec)
        || now - rec.last_used >= touch_interval(c)) {
        /* the store decides (and logs, deletes, writes back) */
        mpin_session_note_drop(r);
        return NULL;
    }
    return session_of(r, value, &rec);
}

/* Loads the record of a cookie value whose tag is valid; NULL when absent,
 * expired or foreign. */
static mpin_session *load_record(request_rec *r, const mpin_dir_conf *c, const char *value,
                                 int *store_error)
{
    const char *key = mpin_store_key(r->pool, "s", apr_pstrmemdup(r->pool, value, ID_CHARS));
    /* before the lookup: a delete after it moves the generation */
    apr_uint32_t generation = mpin_session_note_generation();
    apr_time_t now = apr_time_now(), used;
    mpin_record rec;
    char *val;
    apr_status_t rv = mpin_store_session_get(r, key, &val, &used);

    if (rv == APR_NOTFOUND) {
        /* the tag was valid, so this is a session that ended (expired,
         * logged out, evicted from the store, or the store was emptied):
         * say so for whoever wonders why a user had to log in again */
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03201)
                      "session cookie with a valid tag, but no such session in the store "
                      "(expired, logged out, evicted or unknown): treated as no session");
        return NULL;
    }
    if (rv != APR_SUCCESS) {
        /* the store logged the outage once (error level); this request's
         * line is for who follows one client */
        ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r, MPINLOGNO(01102)
                      "session store lookup failed");
        *store_error = 1;
        return NULL;
    }
    if (!mpin_record_decode(r->pool, val, &rec)) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01103)
                      "unreadable session record, ignored");
        return NULL;
    }
    if (used > rec.last_used) rec.last_used = used;
    if (!site_matches(r, c, &rec)) {
        ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(01104)
                      "session of user %s refused: issued for another site (%s)",
                      rec.user, rec.host);
        return NULL;
    }
    if (now >= record_expiry(c, &rec)) {
        MPIN_COUNT(sessions_expired);
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01105)
                      "session of user %s expired (%s)", rec.user,
                      now >= rec.created + apr_time_from_sec(MPIN_DIR_INT(c, max_age))
                          ? "maximum age" : "idle timeout");
        mpin_cache_del(r, MPIN_CACHE_SESSIONS, key);
        mpin_user_index_remove(r, c, rec.user, key);
        return NULL;
    }
    if (now - rec.last_used >= touch_interval(c)) {
        if (touch_record(r, c, key, &rec, now) != APR_SUCCESS)
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01106)
                          "could not refresh the session's last-use time");
    }
    mpin_session_note_keep(r, value, &rec, generation);
    return session_of(r, value, &rec);
}

typedef struct {
    request_rec *r;
    const char *name;
    apr_array_header_t *out;
    int max, found, commas;
} cookie_walk;

static int cookie_field(void *baton, const char *key, const char *value)
{
    cookie_walk *w = baton;
    int room = w->max - w->out->nelts;

    (void)key;
    w->found += mpin_cookie_values_ex(w->r->pool, value, w->name, w->out, room > 0 ? room : 0,
                                      w->commas);
    return 1;
}

int mpin_request_cookie_values(request_rec *r, const char *name, apr_array_header_t *out,
                               int max)
{
    /* httpd joins the Cookie fields of an HTTP/1.1 request with ", "
     * (mod_http2 joins an h2 request's crumbs with "; "), so a client that
     * sends two Cookie lines has its second one after a comma.  Browsers
     * never send two (RFC 6265 5.4), and a comma inside a cookie value that
     * a sibling subdomain planted must not become a cookie of ours (it would
     * get round the __Host- prefix): requests that say they come from a
     * browser (Sec-Fetch-Site) are read with ';' alone. */
    cookie_walk w = {r, name, out, max, 0, !apr_table_get(r->headers_in, "Sec-Fetch-Site")};

    apr_table_do(cookie_field, &w, r->headers_in, "Cookie", NULL);
    return w.found;
}

mpin_session *mpin_session_load(request_rec *r, const mpin_dir_conf *c, int *store_error)
{
    apr_array_header_t *values = apr_array_make(r->pool, 2, sizeof(const char *));
    const char *name = mpin_session_cookie_name(r, c);
    int found, i;

    *store_error = 0;
    found = mpin_request_cookie_values(r, name, values, MPIN_COOKIE_MAX_VALUES);
    if (found > MPIN_COOKIE_MAX_VALUES)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(01107)
                      "%d cookies named %s; only the first %d are considered", found, name,
                      MPIN_COOKIE_MAX_VALUES);
    /* duplicates of the same name: the first one that validates wins */
    for (i = 0; i < values->nelts; i++) {
        const char *value = APR_ARRAY_IDX(values, i, const char *);
        mpin_session *s = from_note(r, c, value);
        int tag;
        if (s) return s;
        if (!(tag = verify_cookie(r, value, name))) {
            ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(01108)
                          "session cookie with a bad tag ignored");
            continue;
        }
        s = load_record(r, c, value, store_error);
        if (s && tag == TAG_PREVIOUS) resign_cookie(r, c, value);
        if (s) return s;
        if (*store_error) return NULL;
    }
    if (has_plain_cookie(r, c, name))
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03800)
                      "cookie %s ignored: on https the session cookie is %s (a session of "
                      "before the prefix, or a cookie set over http, does not count here)",
                      mpin_conf_cookie_name(c), name);
    return NULL;
}

/* Stores rec under a new random id and sets its cookie: every record a
 * login writes comes through here, a fresh session (mpin_session_create)
 * and a renewed one (mpin_session_login) alike. */
static mpin_session *store_new(request_rec *r, const mpin_dir_conf *c, mpin_record *rec)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    unsigned char raw[ID_BYTES];
    const char *id, *key;
    apr_status_t rv;

    if ((rv = apr_generate_random_bytes(raw, sizeof(raw))) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_CRIT, rv, r, MPINLOGNO(01109) "no random bytes");
        return NULL;
    }
    id = mpin_b64url_encode(r->pool, raw, sizeof(raw));
    rec->host = session_site(r, c);
    rec->cookie_name = mpin_session_cookie_name(r, c);
    rec->cookie_path = mpin_conf_cookie_path(c);
    key = mpin_store_key(r->pool, "s", id);
    rv = save_record(r, c, key, rec);
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r, MPINLOGNO(01110)
                      "could not store the session of user %s", rec->user);
        return NULL;
    }
    /* the user's list of sessions (session/user_index.c); a failure there
     * is logged and the login goes on */
    mpin_user_index_add(r, c, rec->user, key, rec->created);
    set_cookie(r, c, mpin_session_cookie_value(r->pool, sc->mac, id, rec->cookie_name), 0);
    return session_of(r, id, rec);
}

/* The store key of a logout token ("" for none). */
static const char *logout_key(request_rec *r, const char *token)
{
    return token ? mpin_store_key(r->pool, "l", token) : "";
}

static mpin_session *create(request_rec *r, const mpin_dir_conf *c, const char *user,
                            const char *method, const char *lkey)
{
    mpin_record rec;
    mpin_session *s;

    rec.created = rec.last_used = apr_time_now();
    rec.method = rec.methods = method;
    rec.auth_time = mpin_method_is_pin(method) ? rec.created : 0;
    rec.user = user;
    rec.logout_key = lkey;
    if ((s = store_new(r, c, &rec))) MPIN_COUNT(sessions_created);
    return s;
}

mpin_session *mpin_session_create(request_rec *r, const mpin_dir_conf *c, const char *user,
                                  const char *method)
{
    return create(r, c, user, method, "");
}

/* After a session record is deleted: no keep-alive connection of this
 * server (session/connection_note.c) or of the others sharing the store
 * (session/events.c) may go on using what it noted. */
static void session_ended(request_rec *r)
{
    mpin_session_note_forget_all();
    mpin_session_events_publish(r);
}

apr_status_t mpin_session_destroy(request_rec *r, const mpin_dir_conf *c, mpin_session *s)
{
    const char *key = mpin_session_key(r, s);
    apr_status_t rv = mpin_cache_del(r, MPIN_CACHE_SESSIONS, key);

    /* not found: it ended meanwhile (expired, another logout) */
    if (rv != APR_SUCCESS && rv != APR_NOTFOUND) return rv;
    session_ended(r);
    mpin_user_index_remove(r, c, s->user, key);
    return APR_SUCCESS;
}

const char *mpin_session_key(request_rec *r, const mpin_session *s)
{
    return mpin_store_key(r->pool, "s", s->id);
}

int mpin_session_peek(request_rec *r, const mpin_dir_conf *c, const char *key, mpin_record *rec)
{
    apr_time_t used;
    char *val;
    apr_status_t rv = mpin_store_session_get(r, key, &val, &used);

    if (rv == APR_NOTFOUND) return MPIN_PEEK_GONE;
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r, MPINLOGNO(03954)
                      "session store lookup failed");
        return -1;
    }
    if (!mpin_record_decode(r->pool, val, rec)) return MPIN_PEEK_GONE;
    if (used > rec->last_used) rec->last_used = used;
    if (apr_time_now() >= record_expiry(c, rec)) return MPIN_PEEK_GONE;
    return site_matches(r, c, rec) ? MPIN_PEEK_LIVE : MPIN_PEEK_ELSEWHERE;
}

int mpin_session_end_key(request_rec *r, const char *key)
{
    char *val;
    int live = mpin_cache_get(r, MPIN_CACHE_SESSIONS, key, &val) == APR_SUCCESS;

    /* deleted whatever the lookup said: a store that answered "not found"
     * while it was unreachable must not keep the session */
    mpin_cache_del(r, MPIN_CACHE_SESSIONS, key);
    session_ended(r);
    return live;
}

mpin_session *mpin_session_login(request_rec *r, const mpin_dir_conf *c, const char *user,
                                 const char *method, const char *logout_token)
{
    int store_error;
    mpin_session *old = mpin_session_load(r, c, &store_error), *s;
    mpin_record rec;

    /* another user's session is left as it is, as any login leaves it: the
     * new cookie replaces its cookie in this browser */
    if (!old || strcmp(old->user, user))
        return create(r, c, user, method, logout_key(r, logout_token));
    /* the same session under a new id: whoever knew the old id (a cookie
     * planted before this login) learns nothing of the new one */
    rec.created = old->created;
    rec.last_used = apr_time_now();
    rec.user = old->user;
    rec.method = method;
    rec.methods = mpin_methods_add(r->pool, old->methods, method);
    rec.auth_time = mpin_method_is_pin(method) ? rec.last_used : old->auth_time;
    /* the phone that could log the old id out can log the new one out:
     * its token is carried over, and the caller points it here */
    rec.logout_key = logout_token ? logout_key(r, logout_token)
                                  : old->logout_key ? old->logout_key : "";
    if (!(s = store_new(r, c, &rec))) return NULL;
    if (mpin_session_destroy(r, c, old) != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(03901)
                      "session of user %s renewed, but the store did not delete the old id: "
                      "it lives until it expires", user);
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03900)
                  "session of user %s renewed by a %s login under a new id (methods: %s)",
                  user, method, rec.methods);
    return s;
}

const char *mpin_session_new_logout_token(request_rec *r)
{
    unsigned char raw[ID_BYTES];

    if (apr_generate_random_bytes(raw, sizeof(raw)) != APR_SUCCESS) return NULL;
    return mpin_b64url_encode(r->pool, raw, sizeof(raw));
}

apr_status_t mpin_session_bind_logout_token(request_rec *r, const mpin_dir_conf *c,
                                            const mpin_session *s)
{
    if (!s->logout_key || !*s->logout_key) return APR_SUCCESS;
    /* the token's record lives as long as the session can */
    return mpin_cache_put(r, MPIN_CACHE_SESSIONS, s->logout_key, mpin_session_key(r, s),
                          s->created + apr_time_from_sec(MPIN_DIR_INT(c, max_age)));
}

/* Whether the session record rec names the logout token lkey back: a
 * record of before version 3 cannot say and counts as naming it, one that
 * does not decode too (the token's own record is the only claim left; the
 * session ends, as before version 3).  decoded->user is NULL when it does
 * not decode. */
static int names_back(request_rec *r, const char *rec, const char *lkey, mpin_record *decoded)
{
    if (!mpin_record_decode(r->pool, rec, decoded)) {
        decoded->user = NULL;
        return 1;
    }
    if (!decoded->logout_key || !strcmp(decoded->logout_key, lkey)) return 1;
    ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(04300)
                  "logout token of user %s refused: its session now answers to another token",
                  decoded->user);
    return 0;
}

int mpin_session_destroy_by_token(request_rec *r, const char *token)
{
    const char *lkey = mpin_store_key(r->pool, "l", token);
    mpin_record decoded;
    char *skey, *rec;
    apr_status_t rv;

    decoded.user = NULL;

    /* Every step that fails leaves what it found: the phone is told (503)
     * and its retry finds the token again.  The token goes last, once its
     * session is gone, so that a failure never spends it with the session
     * still alive. */
    rv = mpin_cache_get(r, MPIN_CACHE_SESSIONS, lkey, &skey);
    if (rv == APR_NOTFOUND) return 0;
    if (rv == APR_SUCCESS) rv = mpin_cache_get(r, MPIN_CACHE_SESSIONS, skey, &rec);
    if (rv == APR_SUCCESS && !names_back(r, rec, lkey, &decoded)) rv = APR_NOTFOUND;
    if (rv == APR_NOTFOUND) {
        /* its session is over: the token names nothing any more */
        mpin_cache_del(r, MPIN_CACHE_SESSIONS, lkey);
        return 0;
    }
    if (rv == APR_SUCCESS) rv = mpin_cache_del(r, MPIN_CACHE_SESSIONS, skey);
    if (rv != APR_SUCCESS && rv != APR_NOTFOUND) return -1;
    session_ended(r);
    /* a token left behind by a failure here names a session that is over */
    mpin_cache_del(r, MPIN_CACHE_SESSIONS, lkey);
    /* the user's index names it no more (a record that does not decode
     * leaves a stale entry, which the next listing drops) */
    if (decoded.user) mpin_user_index_remove(r, MPIN_DIR_CONF(r), decoded.user, skey);
    return 1;
}
