/*
 * Each user's index of sessions (issue 18): socache looks keys up but cannot
 * list them, so one record per user (store key "<hash of the user>.u", in the
 * session cache) names the user's sessions by their store keys, oldest
 * first, with what the listing shows that the session record does not hold
 * (device and client address at login).  The session record itself is left
 * as it is.
 *
 * Written at login (append), at logout and expiry (remove), and when a
 * listing finds entries whose session is gone (prune): each a
 * read-modify-write under the store's mutex (mpin_cache_update), so the
 * processes of one httpd never lose an entry.  Servers sharing a redis
 * store have no lock between them: two logins of one user at the same
 * moment on two servers can lose one entry (see README).
 *
 * At most MPIN_USER_SESSIONS_MAX sessions per user: a login beyond that
 * ends the oldest, so the index stays small and complete.
 *
 * What users see of a session is a handle: an HMAC of its store key under
 * the session key, truncated; it names a session only to the module, and
 * neither the id of the cookie nor the store key can be derived from it.
 */
#include "apr_strings.h"
#include "mpin_rpa.h"

#define HANDLE_BYTES 16

static const char *index_key(request_rec *r, const char *user)
{
    return mpin_store_key(r->pool, "u", user);
}

static apr_time_t max_age(const mpin_dir_conf *c)
{
    return apr_time_from_sec(MPIN_DIR_INT(c, max_age));
}

/* The record lives as long as the newest session it names can. */
static apr_time_t index_expiry(const mpin_dir_conf *c, const apr_array_header_t *entries)
{
    apr_time_t end = apr_time_now() + apr_time_from_sec(60);
    int i;

    for (i = 0; i < entries->nelts; i++) {
        apr_time_t e = APR_ARRAY_IDX(entries, i, mpin_index_entry).created + max_age(c);
        if (e > end) end = e;
    }
    return end;
}

static apr_array_header_t *decode(request_rec *r, const char *old)
{
    apr_array_header_t *a = mpin_index_decode(r->pool, old);

    if (a) return a;
    ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(03950)
                  "unreadable session index of a user: started afresh");
    return mpin_index_decode(r->pool, NULL);
}

typedef struct {
    const mpin_dir_conf *c;
    mpin_index_entry add;               /* key NULL: nothing to add */
    apr_hash_t *drop;                   /* keys to remove */
    apr_array_header_t *evicted;        /* out: keys dropped for the cap */
    int changed;
} edit;

/* Removes the dropped keys and those that have outlived the maximum age,
 * appends the new entry, then drops the oldest beyond the cap. */
static const char *apply_edit(request_rec *r, const char *old, void *baton, apr_time_t *expiry)
{
    edit *e = baton;
    apr_array_header_t *in = decode(r, old);
    apr_array_header_t *out = apr_array_make(r->pool, in->nelts + 1, sizeof(mpin_index_entry));
    apr_time_t now = apr_time_now();
    int i, skip;

    for (i = 0; i < in->nelts; i++) {
        mpin_index_entry *x = &APR_ARRAY_IDX(in, i, mpin_index_entry);
        if ((e->drop && apr_hash_get(e->drop, x->key, APR_HASH_KEY_STRING))
            || x->created + max_age(e->c) <= now || (e->add.key && !strcmp(x->key, e->add.key))) {
            e->changed = 1;
            continue;
        }
        APR_ARRAY_PUSH(out, mpin_index_entry) = *x;
    }
    if (e->add.key) {
        APR_ARRAY_PUSH(out, mpin_index_entry) = e->add;
        e->changed = 1;
    }
    skip = out->nelts > MPIN_USER_SESSIONS_MAX ? out->nelts - MPIN_USER_SESSIONS_MAX : 0;
    for (i = 0; i < skip; i++)
        APR_ARRAY_PUSH(e->evicted, const char *) = APR_ARRAY_IDX(out, i, mpin_index_entry).key;
    if (skip) {
        memmove(out->elts, out->elts + skip * out->elt_size,
                (apr_size_t)(out->nelts - skip) * (apr_size_t)out->elt_size);
        out->nelts -= skip;
    }
    if (!e->changed) return NULL;
    *expiry = index_expiry(e->c, out);
    return mpin_index_encode(r->pool, out);
}

static apr_status_t run_edit(request_rec *r, const char *user, edit *e)
{
    apr_status_t rv;

    e->evicted = apr_array_make(r->pool, 1, sizeof(const char *));
    rv = mpin_cache_update(r, MPIN_CACHE_SESSIONS, index_key(r, user), apply_edit, e);
    if (rv != APR_SUCCESS) {
        /* counted and told once per outage by the store */
        ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r, MPINLOGNO(03951)
                      "could not update the session index of user %s", user);
    }
    return rv;
}

void mpin_user_index_add(request_rec *r, const mpin_dir_conf *c, const char *user,
                         const char *key, apr_time_t created)
{
    edit e = {c, {NULL, 0, 'o', "-"}, NULL, NULL, 0};
    int i;

    e.add.key = key;
    e.add.created = apr_time_from_sec(apr_time_sec(created));
    e.add.device = mpin_device_kind(apr_table_get(r->headers_in, "User-Agent"));
    e.add.addr = r->useragent_ip && mpin_index_addr_ok(r->useragent_ip) ? r->useragent_ip : "-";
    if (run_edit(r, user, &e) != APR_SUCCESS) return;
    for (i = 0; i < e.evicted->nelts; i++)
        mpin_session_end_key(r, APR_ARRAY_IDX(e.evicted, i, const char *));
    if (e.evicted->nelts)
        ap_log_rerror(APLOG_MARK, APLOG_INFO, 0, r, MPINLOGNO(03952)
                      "user %s has more than %d sessions: the oldest %d ended", user,
                      MPIN_USER_SESSIONS_MAX, e.evicted->nelts);
}

static void remove_keys(request_rec *r, const mpin_dir_conf *c, const char *user,
                        apr_hash_t *keys)
{
    edit e = {c, {NULL, 0, 'o', "-"}, keys, NULL, 0};

    if (apr_hash_count(keys)) run_edit(r, user, &e);
}

void mpin_user_index_remove(request_rec *r, const mpin_dir_conf *c, const char *user,
                            const char *key)
{
    apr_hash_t *keys = apr_hash_make(r->pool);

    apr_hash_set(keys, key, APR_HASH_KEY_STRING, "");
    remove_keys(r, c, user, keys);
}

const char *mpin_session_handle(request_rec *r, const char *key)
{
    const mpin_srv_conf *sc = MPIN_SRV_CONF(r->server);
    const char *msg = apr_pstrcat(r->pool, "mpin-session-handle|", key, NULL);
    unsigned char mac[32];

    mpin_hmac_sha256_keyed(sc->mac, msg, strlen(msg), mac);
    return mpin_b64url_encode(r->pool, mac, HANDLE_BYTES);
}

/* The entries of user's index; NULL (and *store_error) when the store
 * failed. */
static apr_array_header_t *read_index(request_rec *r, const char *user, int *store_error)
{
    char *val;
    apr_status_t rv = mpin_cache_get(r, MPIN_CACHE_SESSIONS, index_key(r, user), &val);

    *store_error = 0;
    if (rv == APR_NOTFOUND) return mpin_index_decode(r->pool, NULL);
    if (rv != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_INFO, rv, r, MPINLOGNO(03953)
                      "could not read the session index of user %s", user);
        *store_error = 1;
        return NULL;
    }
    return decode(r, val);
}

apr_array_header_t *mpin_user_sessions(request_rec *r, const mpin_dir_conf *c, const char *user,
                                       const char *current_key, int *store_error)
{
    apr_array_header_t *entries = read_index(r, user, store_error), *out;
    apr_hash_t *stale = apr_hash_make(r->pool);
    int i;

    if (!entries) return NULL;
    out = apr_array_make(r->pool, entries->nelts, sizeof(mpin_user_session));
    for (i = 0; i < entries->nelts; i++) {
        const mpin_index_entry *x = &APR_ARRAY_IDX(entries, i, mpin_index_entry);
        mpin_record rec;
        mpin_user_session *u;
        int state = mpin_session_peek(r, c, x->key, &rec);
        if (state < 0) {
            *store_error = 1;
            return NULL;
        }
        /* gone, or (a hash collision aside, never) another user's */
        if (state == MPIN_PEEK_GONE || strcmp(rec.user, user)) {
            apr_hash_set(stale, x->key, APR_HASH_KEY_STRING, "");
            continue;
        }
        if (state != MPIN_PEEK_LIVE) continue;  /* another site's: not shown here */
        u = &APR_ARRAY_PUSH(out, mpin_user_session);
        u->key = x->key;
        u->handle = mpin_session_handle(r, x->key);
        u->created = rec.created;
        u->last_used = rec.last_used;
        u->method = rec.method;
        u->device = x->device;
        u->addr = x->addr;
        u->current = current_key && !strcmp(current_key, x->key);
    }
    remove_keys(r, c, user, stale);
    return out;
}

int mpin_user_sessions_end(request_rec *r, const mpin_dir_conf *c, const char *user,
                           const char *except_key, int *store_error)
{
    apr_array_header_t *entries = read_index(r, user, store_error);
    apr_hash_t *gone = apr_hash_make(r->pool);
    int i, ended = 0;

    if (!entries) return 0;
    for (i = 0; i < entries->nelts; i++) {
        const char *key = APR_ARRAY_IDX(entries, i, mpin_index_entry).key;
        if (except_key && !strcmp(key, except_key)) continue;
        ended += mpin_session_end_key(r, key);
        apr_hash_set(gone, key, APR_HASH_KEY_STRING, "");
    }
    remove_keys(r, c, user, gone);
    return ended;
}
