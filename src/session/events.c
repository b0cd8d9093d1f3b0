/*
 * Session ends shared between servers through redis publish/subscribe.
 *
 * With sessions in redis, another server can end a session (a logout there)
 * that a keep-alive connection here has noted (session/connection_note.c).  Every
 * session delete is therefore published on a redis channel, and every child
 * process of every server sharing the store keeps a subscription to it: a
 * message moves the generation counter in shared memory, which voids every
 * connection's note at once, as a logout in this httpd does.
 *
 * The subscription is the condition for notes at all: until it is confirmed,
 * and as soon as it breaks (redis restarts, the connection dies, no answer
 * to a PING within PING_DEAD), notes are not used and every request asks the
 * store, which is always right.  A message published while this process was
 * not subscribed is therefore never needed.  The one gap left is a publish
 * that fails on the other server (redis unreachable from there only): its
 * logout then reaches the notes here through MpinSessionRecheck's bound.
 *
 * Only a store of one redis server ("redis:host[:port]") is followed; with
 * several (sharded) servers or another shared store, notes are off by
 * default.  The subscriber is one thread per child process, with a
 * connection of its own; publishing goes over the child's pooled
 * connections (session/redis.c).  Both speak redis through hiredis; the
 * subscriber polls its socket for a quarter of a second at a time, so that it
 * notices a stop, and pings once a second, allocating nothing that lasts.
 */
#include <errno.h>
#include <poll.h>
#include <hiredis/hiredis.h>
#include "apr_strings.h"
#include "apr_thread_proc.h"
#include "apr_atomic.h"
#include "mpin_rpa.h"

#define CHANNEL "mpin_rpa:sessions-ended"
#define IO_TIMEOUT apr_time_from_msec(250)     /* a wait wakes to check stop */
#define SEND_TIMEOUT apr_time_from_sec(1)
#define PING_EVERY apr_time_from_sec(1)
#define PING_DEAD apr_time_from_sec(3)        /* silence that ends the subscription */
#define RETRY_MAX apr_time_from_sec(5)
#define READ_MAX 4096                         /* unread bytes: more is not subscribe mode */

static const char *where;       /* NULL: not following a redis store */
static apr_uint32_t live;       /* 1 while this process is subscribed */
static volatile apr_uint32_t stopping;
static apr_thread_t *thread;

const char *mpin_session_events_configure(apr_pool_t *p)
{
    where = NULL;
    if (!mpin_redis_single()) return "the store is not a single redis server";
    where = mpin_redis_where(p);
    return NULL;
}

int mpin_session_events_followed(void)
{
    return where != NULL;
}

int mpin_session_events_live(void)
{
    return apr_atomic_read32(&live) == 1;
}

void mpin_session_events_publish(request_rec *r)
{
    const char *why = NULL;

    if (!where) return;
    if (mpin_redis_publish(r, CHANNEL, "1", &why) != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01130)
                      "could not tell the other servers (redis %s) that a session ended (%s): "
                      "their open connections may use it for up to MpinSessionRecheck seconds",
                      where, why ? why : "error");
}

/* ------------------------------------------------------------ subscriber */

static void set_live(server_rec *s, int up)
{
    if (apr_atomic_xchg32(&live, up ? 1 : 0) == (apr_uint32_t)(up ? 1 : 0)) return;
    /* either way, what was noted before is not trusted */
    mpin_session_note_forget_all();
    /* a child that stops says so only at debug level: nothing is wrong */
    ap_log_error(APLOG_MARK, up || stopping ? APLOG_DEBUG : APLOG_WARNING, 0, s, MPINLOGNO(01131)
                 "%s redis %s for session ends%s", up ? "following" : "stopped following",
                 where, up ? "" : ": keep-alive connections verify every request meanwhile");
}

/* Sends what hiredis holds for c (a command appended): 0 when it fails. */
static int flush(redisContext *c)
{
    int done = 0;

    while (!done)
        if (redisBufferWrite(c, &done) != REDIS_OK) return 0;
    return 1;
}

/* What a reply in subscribe mode is: its first element ("subscribe",
 * "message", "pong"), NULL when it is no such reply. */
static const char *kind_of(const redisReply *reply)
{
    if (reply->type != REDIS_REPLY_ARRAY || reply->elements < 1 || !reply->element[0]
        || reply->element[0]->type != REDIS_REPLY_STRING)
        return NULL;
    return reply->element[0]->str;
}

/* Acts on every complete reply read so far: 0 when the subscription must
 * end (a reply subscribe mode does not send, or more unread bytes than any
 * of its replies needs). */
static int take_replies(server_rec *s, redisContext *c)
{
    void *v;

    while (redisGetReplyFromReader(c, &v) == REDIS_OK) {
        const char *kind;

        if (!v) return c->reader->len - c->reader->pos <= READ_MAX;
        kind = kind_of(v);
        if (kind && !strcmp(kind, "message")) mpin_session_note_forget_all();
        else if (kind && !strcmp(kind, "subscribe")) set_live(s, 1);
        freeReplyObject(v);
        if (!kind) return 0;
    }
    return 0;                   /* not redis's protocol */
}

/* Waits up to IO_TIMEOUT for c to be readable: 1 readable (or closed), 0
 * not yet, -1 failed. */
static int wait_readable(redisContext *c)
{
    struct pollfd pfd;
    int n;

    pfd.fd = c->fd;
    pfd.events = POLLIN;
    pfd.revents = 0;
    n = poll(&pfd, 1, (int)apr_time_as_msec(IO_TIMEOUT));
    if (n < 0) return errno == EINTR ? 0 : -1;
    return n > 0;
}

/* One subscription, from connect to whatever ends it. */
static void follow(server_rec *srv, apr_pool_t *p)
{
    const char *why;
    redisContext *c = mpin_redis_connect(p, "mpin_rpa-events", SEND_TIMEOUT, &why);
    apr_time_t last_heard, last_ping;

    if (!c) return;
    if (redisAppendCommand(c, "SUBSCRIBE %s", CHANNEL) != REDIS_OK || !flush(c)) {
        redisFree(c);
        return;
    }
    last_heard = last_ping = apr_time_now();
    while (!stopping) {
        int readable = wait_readable(c);
        apr_time_t now = apr_time_now();

        if (readable < 0) break;
        if (readable) {
            /* an error or the end of the connection fails the read */
            if (redisBufferRead(c) != REDIS_OK || !take_replies(srv, c)) break;
            last_heard = now;
        }
        if (now - last_heard > PING_DEAD) break;
        if (now - last_ping >= PING_EVERY) {
            last_ping = now;
            if (redisAppendCommand(c, "PING") != REDIS_OK || !flush(c)) break;
        }
    }
    set_live(srv, 0);
    redisFree(c);
}

static void *APR_THREAD_FUNC subscriber(apr_thread_t *t, void *data)
{
    server_rec *s = data;
    apr_interval_time_t backoff = apr_time_from_msec(100);

    (void)t;
    while (!stopping) {
        apr_pool_t *p;
        apr_time_t until;

        if (apr_pool_create_unmanaged_ex(&p, NULL, NULL) != APR_SUCCESS) break;
        follow(s, p);
        apr_pool_destroy(p);
        /* wait before trying again, in steps that notice a stop */
        for (until = apr_time_now() + backoff; !stopping && apr_time_now() < until;)
            apr_sleep(apr_time_from_msec(50));
        backoff = backoff * 2 < RETRY_MAX ? backoff * 2 : RETRY_MAX;
    }
    return NULL;
}

static apr_status_t stop_subscriber(void *data)
{
    apr_status_t rv;

    (void)data;
    stopping = 1;
    if (thread) apr_thread_join(&rv, thread);
    thread = NULL;
    apr_atomic_set32(&live, 0);
    return APR_SUCCESS;
}

void mpin_session_events_child_init(apr_pool_t *p, server_rec *s)
{
    apr_threadattr_t *attr;

    apr_atomic_set32(&live, 0);
    if (!where) return;
    stopping = 0;
    if (apr_threadattr_create(&attr, p) != APR_SUCCESS
        || apr_thread_create(&thread, attr, subscriber, s, p) != APR_SUCCESS) {
        thread = NULL;
        ap_log_error(APLOG_MARK, APLOG_ERR, 0, s, MPINLOGNO(01132)
                     "cannot start the thread that follows session ends in redis; "
                     "keep-alive connections verify every request");
        return;
    }
    /* a pre-cleanup: it joins the thread before the pool's subpools (the
     * thread's own among them) are destroyed */
    apr_pool_pre_cleanup_register(p, NULL, stop_subscriber);
}
