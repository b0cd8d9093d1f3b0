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
 * default.  The subscriber is one thread per child process, with a socket
 * of its own; publishing opens a short connection per session delete, which
 * is rare next to the requests that reuse notes.
 */
#include "apr_strings.h"
#include "apr_network_io.h"
#include "apr_thread_proc.h"
#include "apr_atomic.h"
#include "mpin_rpa.h"

#define CHANNEL "mpin_rpa:sessions-ended"
#define IO_TIMEOUT apr_time_from_msec(250)     /* a read wakes to check stop */
#define CONNECT_TIMEOUT apr_time_from_sec(1)
#define PING_EVERY apr_time_from_sec(1)
#define PING_DEAD apr_time_from_sec(3)        /* silence that ends the subscription */
#define RETRY_MAX apr_time_from_sec(5)
#define READ_MAX 4096

static const char *host;        /* NULL: not following a redis store */
static apr_port_t port;
static apr_uint32_t live;       /* 1 while this process is subscribed */
static volatile apr_uint32_t stopping;
static apr_thread_t *thread;

const char *mpin_session_events_configure(apr_pool_t *p, const char *provider,
                                          const char *args)
{
    char *scope = NULL, *addr = NULL;
    apr_port_t pt = 0;

    host = NULL;
    if (strcmp(provider, "redis") || !args || strchr(args, ','))
        return "the store is not a single redis server";
    if (apr_parse_addr_port(&addr, &scope, &pt, args, p) != APR_SUCCESS || !addr || scope)
        return "its address does not parse";
    host = addr;
    port = pt ? pt : 6379;
    return NULL;
}

int mpin_session_events_followed(void)
{
    return host != NULL;
}

int mpin_session_events_live(void)
{
    return apr_atomic_read32(&live) == 1;
}

/* A RESP command: an array of bulk strings. */
static const char *resp_command(apr_pool_t *p, int argc, const char *const *argv)
{
    const char *out = apr_psprintf(p, "*%d\r\n", argc);
    int i;

    for (i = 0; i < argc; i++)
        out = apr_psprintf(p, "%s$%" APR_SIZE_T_FMT "\r\n%s\r\n", out, strlen(argv[i]), argv[i]);
    return out;
}

static const char *const publish_cmd[] = {"PUBLISH", CHANNEL, "1"};
static const char *const subscribe_cmd[] = {"SUBSCRIBE", CHANNEL};
static const char *const ping_cmd[] = {"PING"};

static apr_status_t connect_redis(apr_pool_t *p, apr_socket_t **out)
{
    apr_sockaddr_t *sa;
    apr_socket_t *s;
    apr_status_t rv;

    if ((rv = apr_sockaddr_info_get(&sa, host, APR_UNSPEC, port, 0, p)) != APR_SUCCESS) return rv;
    if ((rv = apr_socket_create(&s, sa->family, SOCK_STREAM, APR_PROTO_TCP, p)) != APR_SUCCESS)
        return rv;
    apr_socket_opt_set(s, APR_TCP_NODELAY, 1);
    apr_socket_timeout_set(s, CONNECT_TIMEOUT);
    if ((rv = apr_socket_connect(s, sa)) != APR_SUCCESS) {
        apr_socket_close(s);
        return rv;
    }
    *out = s;
    return APR_SUCCESS;
}

static apr_status_t send_all(apr_socket_t *s, const char *data)
{
    apr_size_t left = strlen(data);

    while (left) {
        apr_size_t n = left;
        apr_status_t rv = apr_socket_send(s, data, &n);
        if (rv != APR_SUCCESS) return rv;
        data += n;
        left -= n;
    }
    return APR_SUCCESS;
}

void mpin_session_events_publish(request_rec *r)
{
    apr_pool_t *p;
    apr_socket_t *s;
    apr_status_t rv;
    char reply[64];
    apr_size_t n = sizeof(reply) - 1;

    if (!host) return;
    if (apr_pool_create(&p, r->pool) != APR_SUCCESS) return;
    rv = connect_redis(p, &s);
    if (rv == APR_SUCCESS) {
        apr_socket_timeout_set(s, CONNECT_TIMEOUT);
        rv = send_all(s, resp_command(p, 3, publish_cmd));
        /* the answer (":<subscribers>") says redis took it */
        if (rv == APR_SUCCESS) rv = apr_socket_recv(s, reply, &n);
        if (rv == APR_SUCCESS && (n == 0 || reply[0] != ':')) rv = APR_EGENERAL;
        apr_socket_close(s);
    }
    if (rv != APR_SUCCESS)
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, rv, r, MPINLOGNO(01130)
                      "could not tell the other servers (redis %s:%d) that a session ended: "
                      "their open connections may use it for up to MpinSessionRecheck seconds",
                      host, (int)port);
    apr_pool_destroy(p);
}

/* ------------------------------------------------------------ subscriber */

typedef struct {
    char buf[READ_MAX];
    apr_size_t len;
} reader;

/* Reads one line ending in CRLF starting at *pos; 0 if incomplete. */
static int take_line(const reader *rd, apr_size_t *pos, const char **line, apr_size_t *len)
{
    apr_size_t i;

    for (i = *pos; i + 1 < rd->len; i++) {
        if (rd->buf[i] == '\r' && rd->buf[i + 1] == '\n') {
            *line = rd->buf + *pos;
            *len = i - *pos;
            *pos = i + 2;
            return 1;
        }
    }
    return 0;
}

/* Parses one reply at the start of the buffer: an array of bulk strings or
 * integers, as subscribe mode sends.  Returns 1 and the first element (the
 * kind: "subscribe", "message", "pong"), 0 when incomplete, -1 when it is
 * not what subscribe mode sends. */
static int take_reply(reader *rd, char *kind, apr_size_t kind_max)
{
    apr_size_t pos = 0, len;
    const char *line;
    long items, i;

    if (!take_line(rd, &pos, &line, &len)) return 0;
    if (len < 2 || line[0] != '*') return -1;
    items = strtol(line + 1, NULL, 10);
    if (items < 1 || items > 8) return -1;
    for (i = 0; i < items; i++) {
        if (!take_line(rd, &pos, &line, &len)) return 0;
        if (len >= 1 && line[0] == ':') continue;
        if (len < 2 || line[0] != '$') return -1;
        len = (apr_size_t)strtol(line + 1, NULL, 10);
        if (len > READ_MAX) return -1;
        if (pos + len + 2 > rd->len) return 0;
        if (i == 0) {
            apr_size_t k = len < kind_max - 1 ? len : kind_max - 1;
            memcpy(kind, rd->buf + pos, k);
            kind[k] = '\0';
        }
        pos += len + 2;
    }
    memmove(rd->buf, rd->buf + pos, rd->len - pos);
    rd->len -= pos;
    return 1;
}

static void set_live(server_rec *s, int up)
{
    if (apr_atomic_xchg32(&live, up ? 1 : 0) == (apr_uint32_t)(up ? 1 : 0)) return;
    /* either way, what was noted before is not trusted */
    mpin_session_note_forget_all();
    /* a child that stops says so only at debug level: nothing is wrong */
    ap_log_error(APLOG_MARK, up || stopping ? APLOG_DEBUG : APLOG_WARNING, 0, s, MPINLOGNO(01131)
                 "%s redis %s:%d for session ends%s", up ? "following" : "stopped following",
                 host, (int)port, up ? "" : ": keep-alive connections verify every request meanwhile");
}

/* One subscription, from connect to whatever ends it. */
static void follow(server_rec *srv, apr_pool_t *p)
{
    apr_socket_t *s;
    reader *rd = apr_pcalloc(p, sizeof(*rd));
    apr_time_t last_heard, last_ping;

    if (connect_redis(p, &s) != APR_SUCCESS) return;
    apr_socket_timeout_set(s, IO_TIMEOUT);
    if (send_all(s, resp_command(p, 2, subscribe_cmd)) != APR_SUCCESS) {
        apr_socket_close(s);
        return;
    }
    last_heard = last_ping = apr_time_now();
    while (!stopping) {
        apr_size_t n = sizeof(rd->buf) - rd->len;
        apr_status_t rv = apr_socket_recv(s, rd->buf + rd->len, &n);
        apr_time_t now = apr_time_now();
        char kind[16];
        int got;

        if (rv == APR_SUCCESS && n > 0) {
            rd->len += n;
            last_heard = now;
            while ((got = take_reply(rd, kind, sizeof(kind))) == 1) {
                if (!strcmp(kind, "message")) mpin_session_note_forget_all();
                else if (!strcmp(kind, "subscribe")) set_live(srv, 1);
            }
            if (got < 0 || rd->len == sizeof(rd->buf)) break;
        }
        else if (!APR_STATUS_IS_TIMEUP(rv) && !APR_STATUS_IS_EAGAIN(rv)) {
            break;              /* closed or failed */
        }
        if (now - last_heard > PING_DEAD) break;
        if (now - last_ping >= PING_EVERY) {
            last_ping = now;
            if (send_all(s, resp_command(p, 1, ping_cmd)) != APR_SUCCESS) break;
        }
    }
    set_live(srv, 0);
    apr_socket_close(s);
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
    if (!host) return;
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
