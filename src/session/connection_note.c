/*
 * A keep-alive connection's note of the session cookie it verified last.
 *
 * A browser sends many requests on one connection, each with the same
 * cookie.  Verifying it costs an HMAC, a store key, a store lookup (with
 * redis a network round trip) and decoding the record: most of what the
 * module adds to a protected request.  The note lets a repeat of the very
 * same cookie value on the same connection skip those, within bounds that
 * keep every guarantee a session has:
 *
 * - each session deleted in this httpd (logout, logout token) moves a
 *   generation counter in shared memory; a note taken under an older
 *   generation is void.  The counter is read before the store lookup the
 *   note is taken from, and moved after the delete, so no note can outlive
 *   a logout in this httpd, whichever process or thread ran it;
 * - a note lasts at most MpinSessionRecheck seconds (default 5);
 * - with a store other servers share, their logouts must reach this httpd
 *   too: with one redis server they are followed through publish/subscribe
 *   (session/events.c), and notes are used only while that subscription is
 *   up.  With any other shared store (memcache, several redis servers)
 *   notes are off by default, and a value set by the administrator is the
 *   time a logout on another server may take to reach an open connection;
 * - site binding, idle timeout, maximum age and the write-back of the
 *   last-use time are checked on every request from the noted record, as
 *   from the store (session/session.c), and the allowed-user list by access/authn.c.
 *
 * A conn_rec is served by one thread at a time, so the note needs no lock
 * (HTTP/2 streams, which share a connection, get no note: see note_of).
 * It has a fixed size and is allocated once per connection, so a long
 * keep-alive connection does not grow its pool.
 */
#include "apr_strings.h"
#include "apr_atomic.h"
#include "mpin_rpa.h"

#define NOTE_VALUE_MAX 128      /* the cookie value (76 characters today) */
#define NOTE_STRINGS_MAX 576    /* user, method(s), site, cookie name and path, logout key */
#define DEFAULT_RECHECK 5

typedef struct {
    int used;
    apr_uint32_t generation;
    apr_time_t until;
    char value[NOTE_VALUE_MAX];
    apr_size_t value_len;
    mpin_record rec;            /* strings point into strings[] */
    char strings[NOTE_STRINGS_MAX];
} session_note;

static int recheck_seconds = MPIN_UNSET;
static int recheck_effective;   /* seconds, after start-up */
static int shared_store;        /* other servers can end sessions */

void mpin_session_note_pre_config(void)
{
    recheck_seconds = MPIN_UNSET;
    recheck_effective = 0;
}

const char *mpin_session_note_set_recheck(apr_pool_t *p, const char *arg)
{
    char *end;
    long v = strtol(arg, &end, 10);

    if (!*arg || *end || v < 0 || v > MPIN_NOTE_RECHECK_MAX)
        return apr_psprintf(p, "must be 0 (check the store on every request) to %d seconds",
                            MPIN_NOTE_RECHECK_MAX);
    recheck_seconds = (int)v;
    return NULL;
}

void mpin_session_note_post_config(apr_pool_t *p, server_rec *s)
{
    const char *why;
    int dflt;

    shared_store = !mpin_store_is_private();
    why = mpin_session_events_configure(p);
    if (!shared_store) why = NULL;      /* nothing to follow */
    /* a store of this httpd, or a redis whose session ends are followed */
    dflt = !shared_store || !why ? DEFAULT_RECHECK : 0;
    recheck_effective = recheck_seconds == MPIN_UNSET ? dflt : recheck_seconds;
    /* without the shared counter a logout in another process would go unseen */
    if (recheck_effective && !mpin_metrics_is_shared()) recheck_effective = 0;
    if (!recheck_effective)
        ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s, MPINLOGNO(01120)
                     "keep-alive connections verify the session on every request%s%s",
                     why ? ": " : "", why ? why : "");
    else
        ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s, MPINLOGNO(01121)
                     "keep-alive connections reuse a verified session for %d s%s", recheck_effective,
                     !shared_store ? "" : why ? " (a logout on another server may take that long "
                                                "to reach them)"
                                          : " while session ends are followed in redis");
}

/* Whether notes can be trusted now: a shared store whose session ends are
 * followed needs the subscription up (session/events.c). */
static int notes_usable(void)
{
    if (!recheck_effective) return 0;
    return !shared_store || !mpin_session_events_followed() || mpin_session_events_live();
}

apr_uint32_t mpin_session_note_generation(void)
{
    return apr_atomic_read32(&mpin_metrics_get()->session_generation);
}

void mpin_session_note_forget_all(void)
{
    apr_atomic_inc32(&mpin_metrics_get()->session_generation);
}

/* Not on HTTP/2's secondary connections (c->master set): whether their
 * conn_config is theirs alone is mod_http2's business, and a note shared by
 * streams running in parallel would be a data race. */
static session_note *note_of(conn_rec *c)
{
    return c->master ? NULL : ap_get_module_config(c->conn_config, &mpin_rpa_module);
}

/* Copies src into *pos when it fits before end; the copy, or NULL. */
static const char *copy_in(char **pos, const char *end, const char *src)
{
    apr_size_t n = strlen(src) + 1;
    char *at = *pos;

    if (n > (apr_size_t)(end - at)) return NULL;
    memcpy(at, src, n);
    *pos = at + n;
    return at;
}

void mpin_session_note_keep(request_rec *r, const char *value, const mpin_record *rec,
                            apr_uint32_t generation)
{
    conn_rec *c = r->connection;
    session_note *n = note_of(c);
    apr_size_t len = strlen(value);
    char *pos, *end;

    if (!notes_usable() || c->master) return;
    if (!n) {
        n = apr_pcalloc(c->pool, sizeof(*n));
        ap_set_module_config(c->conn_config, &mpin_rpa_module, n);
    }
    n->used = 0;
    if (len >= sizeof(n->value)) return;
    pos = n->strings;
    end = n->strings + sizeof(n->strings);
    n->rec = *rec;
    if (!(n->rec.user = copy_in(&pos, end, rec->user))
        || !(n->rec.method = copy_in(&pos, end, rec->method))
        || !(n->rec.methods = copy_in(&pos, end, rec->methods))
        || !(n->rec.host = copy_in(&pos, end, rec->host))
        || !(n->rec.cookie_name = copy_in(&pos, end, rec->cookie_name))
        || !(n->rec.cookie_path = copy_in(&pos, end, rec->cookie_path))
        || (rec->logout_key && !(n->rec.logout_key = copy_in(&pos, end, rec->logout_key))))
        return;                 /* too long to note: verified every time */
    memcpy(n->value, value, len + 1);
    n->value_len = len;
    n->generation = generation;
    n->until = apr_time_now() + apr_time_from_sec(recheck_effective);
    n->used = 1;
}

int mpin_session_note_find(request_rec *r, const char *value, mpin_record *out)
{
    session_note *n = note_of(r->connection);
    apr_size_t len = strlen(value);

    if (!n || !n->used) return 0;
    if (!notes_usable()) {
        n->used = 0;
        return 0;
    }
    if (len != n->value_len
        || !mpin_ct_equal((const unsigned char *)value, (const unsigned char *)n->value, len))
        return 0;
    if (n->generation != mpin_session_note_generation() || apr_time_now() >= n->until) {
        n->used = 0;
        return 0;
    }
    /* copies: a later request on this connection may rewrite the note
     * while this one still uses the strings (r->user, the environment) */
    *out = n->rec;
    out->user = apr_pstrdup(r->pool, n->rec.user);
    out->method = apr_pstrdup(r->pool, n->rec.method);
    out->methods = apr_pstrdup(r->pool, n->rec.methods);
    /* a renewal carries it over (session.c, mpin_session_login) */
    out->logout_key = n->rec.logout_key ? apr_pstrdup(r->pool, n->rec.logout_key) : NULL;
    ap_log_rerror(APLOG_MARK, APLOG_TRACE1, 0, r,
                  "session of user %s reused from this connection's note", out->user);
    return 1;
}

void mpin_session_note_drop(request_rec *r)
{
    session_note *n = note_of(r->connection);

    if (n) n->used = 0;
}
