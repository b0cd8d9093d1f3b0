/*
 * The RPS client's own transport for http:// URLs (rps/client.c picks it; https://
 * stays with libcurl).  The RPS is nearly always plain http on loopback or a
 * private network, where libcurl's generality cost a third of a login; this
 * is a plain HTTP/1.1 client of a few system calls per call:
 *
 *   - one write: the request line, Host, the caller's headers (refused when
 *     they hold CR or LF: some come from the browser through the proxy),
 *     Content-Length, and the body, in one apr_socket_sendv;
 *   - the reply read with poll + recv into the parser of pure/http_reply_parser.c (the
 *     reply is hostile: capped at MPIN_RPS_REPLY_MAX, strict framing), under
 *     ONE deadline for the whole call (MpinRpsTimeout's total), so that an
 *     RPS that trickles bytes cannot hold a worker longer than that; the
 *     connect has its own (shorter) timeout inside the same deadline;
 *   - no redirects (a 3xx is an answer like any other; callers refuse it);
 *   - keep-alive: a per-process pool of idle connections (malloc'd nodes,
 *     each with an unmanaged pool for its socket, under a thread mutex,
 *     freed by the child pool's cleanup), keyed by host:port.  An idle
 *     connection is checked without blocking before reuse (readable means
 *     closed or stray bytes: it is closed).  A connection goes back only
 *     after a complete reply that allows it and with nothing after its end.
 */
#include "apr_strings.h"
#include "apr_thread_mutex.h"
#include "apr_network_io.h"
#include "apr_poll.h"
#include "mpin_rpa.h"

#define IDLE_MAX 64             /* idle connections kept per process */
#define READ_CHUNK (16 * 1024)

/* A parsed MpinRpsURL: parsed once per distinct URL string per process. */
typedef struct target {
    const char *url;            /* the MpinRpsURL it was parsed from */
    const char *key;            /* "host:port", the idle pool's key */
    mpin_url_parts parts;
    struct target *next;
} target;

typedef struct conn_node {
    apr_pool_t *pool;           /* unmanaged: holds the socket and its address */
    apr_socket_t *sock;
    const char *key;            /* the target's (lives as long as the process) */
    struct conn_node *next;
} conn_node;

static apr_thread_mutex_t *lock;       /* guards targets, target_pool and idle */
static apr_pool_t *target_pool;        /* its own allocator: used under lock only */
static target *targets;
static conn_node *idle;
static int idle_count;

static void drop_conn(conn_node *n)
{
    apr_pool_destroy(n->pool); /* closes the socket */
    free(n);
}

static apr_status_t free_conns(void *data)
{
    conn_node *n, *next;

    (void)data;
    for (n = idle; n; n = next) {
        next = n->next;
        drop_conn(n);
    }
    idle = NULL;
    idle_count = 0;
    targets = NULL; /* their pool is a subpool of the child pool */
    return APR_SUCCESS;
}

void mpin_rps_http_child_init(apr_pool_t *p, server_rec *s)
{
    apr_allocator_t *a = NULL;

    idle = NULL;
    idle_count = 0;
    targets = NULL;
    target_pool = NULL;
    if (apr_thread_mutex_create(&lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS
        || apr_allocator_create(&a) != APR_SUCCESS
        || apr_pool_create_ex(&target_pool, p, NULL, a) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(01206)
                     "cannot create the RPS connection pool: http:// RPS calls will fail");
        if (a && !target_pool) apr_allocator_destroy(a);
        lock = NULL;
        target_pool = NULL;
        return;
    }
    apr_allocator_owner_set(a, target_pool);
    apr_pool_cleanup_register(p, NULL, free_conns, apr_pool_cleanup_null);
}

static const target *get_target(const char *url)
{
    target *t;
    mpin_url_parts parts;

    if (!lock || apr_thread_mutex_lock(lock) != APR_SUCCESS) return NULL;
    for (t = targets; t; t = t->next)
        if (!strcmp(t->url, url)) break;
    if (!t && mpin_url_base_split(target_pool, url, &parts) && !parts.https) {
        t = apr_pcalloc(target_pool, sizeof(*t));
        t->url = apr_pstrdup(target_pool, url);
        t->parts = parts;
        t->key = apr_psprintf(target_pool, "%s:%u", parts.host, (unsigned)parts.port);
        t->next = targets;
        targets = t;
    }
    apr_thread_mutex_unlock(lock);
    return t;
}

/* readable (or broken) without waiting: closed by the peer, or bytes nobody
 * asked for */
static int conn_dead(conn_node *n, apr_pool_t *p)
{
    apr_pollfd_t pfd;
    apr_int32_t nsds = 0;

    memset(&pfd, 0, sizeof(pfd));
    pfd.p = p;
    pfd.desc_type = APR_POLL_SOCKET;
    pfd.reqevents = APR_POLLIN;
    pfd.desc.s = n->sock;
    return apr_poll(&pfd, 1, &nsds, 0) != APR_TIMEUP || nsds != 0;
}

/* An idle connection to key that is still alive, or NULL. */
static conn_node *take_idle(const char *key, apr_pool_t *p)
{
    conn_node *n, **prev;

    for (;;) {
        if (!lock || apr_thread_mutex_lock(lock) != APR_SUCCESS) return NULL;
        for (prev = &idle; (n = *prev); prev = &n->next)
            if (!strcmp(n->key, key)) break;
        if (n) {
            *prev = n->next;
            idle_count--;
        }
        apr_thread_mutex_unlock(lock);
        if (!n) return NULL;
        if (!conn_dead(n, p)) return n;
        drop_conn(n);
    }
}

static void give_idle(conn_node *n)
{
    if (lock && apr_thread_mutex_lock(lock) == APR_SUCCESS) {
        if (idle_count < IDLE_MAX) {
            n->next = idle;
            idle = n;
            idle_count++;
            n = NULL;
        }
        apr_thread_mutex_unlock(lock);
    }
    if (n) drop_conn(n);
}

typedef struct {
    request_rec *r;
    mpin_rps_reply *reply;
    apr_time_t start, deadline;
    apr_size_t received;        /* reply bytes of this call, for the error text */
} call;

static void set_error(call *c, mpin_rps_outcome o, const char *error)
{
    c->reply->outcome = o;
    c->reply->error = error;
}

/* Opens a connection to t within the connect timeout (and the deadline):
 * NULL with the reply's outcome set when it cannot. */
static conn_node *open_conn(call *c, const target *t, apr_interval_time_t connect_timeout)
{
    apr_pool_t *np;
    apr_sockaddr_t *sa;
    apr_status_t rv;
    conn_node *n;
    char err[120];

    if (apr_pool_create_unmanaged_ex(&np, NULL, NULL) != APR_SUCCESS) {
        set_error(c, MPIN_RPS_ERROR, "out of memory");
        return NULL;
    }
    rv = apr_sockaddr_info_get(&sa, t->parts.host, APR_UNSPEC, t->parts.port, 0, np);
    if (rv != APR_SUCCESS) {
        apr_pool_destroy(np);
        set_error(c, MPIN_RPS_CONNECT, apr_psprintf(c->r->pool, "could not resolve host %s: %s",
                                                     t->parts.host, apr_strerror(rv, err, sizeof(err))));
        return NULL;
    }
    /* every address of the name in turn (localhost: ::1, then 127.0.0.1) */
    for (rv = APR_EGENERAL; sa; sa = sa->next) {
        apr_socket_t *s;
        apr_interval_time_t left = c->deadline - apr_time_now();

        if (left <= 0) {
            rv = APR_TIMEUP;
            break;
        }
        if ((rv = apr_socket_create(&s, sa->family, SOCK_STREAM, APR_PROTO_TCP, np)) != APR_SUCCESS)
            continue;
        apr_socket_opt_set(s, APR_TCP_NODELAY, 1);
        apr_socket_timeout_set(s, connect_timeout < left ? connect_timeout : left);
        rv = apr_socket_connect(s, sa);
        if (rv == APR_SUCCESS) {
            /* non-blocking from now on: the waits are apr_poll's, against
             * the call's deadline */
            apr_socket_timeout_set(s, 0);
            if (!(n = calloc(1, sizeof(*n)))) {
                apr_pool_destroy(np);
                set_error(c, MPIN_RPS_ERROR, "out of memory");
                return NULL;
            }
            n->pool = np;
            n->sock = s;
            n->key = t->key;
            return n;
        }
        apr_socket_close(s);
        if (APR_STATUS_IS_TIMEUP(rv)) break;
    }
    apr_pool_destroy(np);
    if (APR_STATUS_IS_TIMEUP(rv))
        set_error(c, MPIN_RPS_TIMEOUT, apr_psprintf(c->r->pool, "connection to %s port %u timed out",
                                                     t->parts.host, (unsigned)t->parts.port));
    else
        set_error(c, MPIN_RPS_CONNECT, apr_psprintf(c->r->pool, "could not connect to %s port %u: %s",
                                                     t->parts.host, (unsigned)t->parts.port,
                                                     apr_strerror(rv, err, sizeof(err))));
    return NULL;
}

/* Waits until the socket is readable (or writable) or the deadline passes:
 * APR_SUCCESS, APR_TIMEUP or an error. */
static apr_status_t wait_io(call *c, conn_node *n, apr_int16_t events)
{
    apr_pollfd_t pfd;
    apr_int32_t nsds;
    apr_status_t rv;

    memset(&pfd, 0, sizeof(pfd));
    pfd.p = c->r->pool;
    pfd.desc_type = APR_POLL_SOCKET;
    pfd.reqevents = events;
    pfd.desc.s = n->sock;
    do {
        apr_interval_time_t left = c->deadline - apr_time_now();
        if (left <= 0) return APR_TIMEUP;
        nsds = 0;
        rv = apr_poll(&pfd, 1, &nsds, left);
    } while (APR_STATUS_IS_EINTR(rv));
    if (rv == APR_SUCCESS && !nsds) return APR_TIMEUP;
    return rv;
}

/* Writes the whole request: APR_SUCCESS, APR_TIMEUP or the error. */
static apr_status_t send_all(call *c, conn_node *n, struct iovec *vec, int nvec)
{
    while (nvec) {
        apr_size_t sent = 0;
        apr_status_t rv = apr_socket_sendv(n->sock, vec, nvec, &sent);

        if (rv != APR_SUCCESS && !APR_STATUS_IS_EAGAIN(rv) && !APR_STATUS_IS_EINTR(rv)) return rv;
        while (nvec && sent >= vec->iov_len) {
            sent -= vec->iov_len;
            vec++;
            nvec--;
        }
        if (nvec && sent) {
            vec->iov_base = (char *)vec->iov_base + sent;
            vec->iov_len -= sent;
        }
        if (nvec && (rv = wait_io(c, n, APR_POLLOUT)) != APR_SUCCESS) return rv;
    }
    return APR_SUCCESS;
}

typedef enum { R_DONE, R_RETRY, R_FAILED } read_end;

/* Reads the reply into h.  R_RETRY: the connection ended (or broke) before
 * any byte of a reply came, which on a reused connection is the race with
 * the RPS's idle timeout; the caller decides whether to retry. */
static read_end read_reply(call *c, conn_node *n, mpin_http_reply *h)
{
    char buf[READ_CHUNK];
    char err[120];

    for (;;) {
        apr_size_t len = sizeof(buf);
        apr_status_t rv = wait_io(c, n, APR_POLLIN);
        mpin_http_state st;

        if (APR_STATUS_IS_TIMEUP(rv)) {
            set_error(c, MPIN_RPS_TIMEOUT,
                      apr_psprintf(c->r->pool, "timed out after %" APR_TIME_T_FMT " ms with %"
                                   APR_SIZE_T_FMT " bytes received",
                                   apr_time_as_msec(apr_time_now() - c->start), c->received));
            return R_FAILED;
        }
        if (rv != APR_SUCCESS) {
            set_error(c, MPIN_RPS_ERROR, apr_psprintf(c->r->pool, "poll failed: %s",
                                                       apr_strerror(rv, err, sizeof(err))));
            return R_FAILED;
        }
        rv = apr_socket_recv(n->sock, buf, &len);
        if (len) {
            c->received += len;
            st = mpin_http_reply_feed(h, buf, len);
            if (st == MPIN_HTTP_DONE) return R_DONE;
            if (st == MPIN_HTTP_TOO_BIG) {
                set_error(c, MPIN_RPS_TOO_BIG, mpin_rps_too_big_error(c->r->pool));
                return R_FAILED;
            }
            if (st == MPIN_HTTP_ERROR) {
                set_error(c, MPIN_RPS_ERROR, apr_pstrcat(c->r->pool, "malformed reply: ", h->why, NULL));
                return R_FAILED;
            }
        }
        if (rv == APR_SUCCESS || APR_STATUS_IS_EAGAIN(rv) || APR_STATUS_IS_EINTR(rv)) continue;
        if (!h->received) return R_RETRY; /* EOF or reset before any byte */
        if (APR_STATUS_IS_EOF(rv)) {
            if (mpin_http_reply_eof(h) == MPIN_HTTP_DONE) return R_DONE;
            set_error(c, MPIN_RPS_ERROR, apr_pstrcat(c->r->pool, "malformed reply: ", h->why, NULL));
            return R_FAILED;
        }
        set_error(c, MPIN_RPS_ERROR, apr_psprintf(c->r->pool, "recv from the RPS failed: %s",
                                                   apr_strerror(rv, err, sizeof(err))));
        return R_FAILED;
    }
}

/* an RFC 6265 cookie name is exactly an RFC 9110 token */
#define is_token(s) mpin_cookie_name_ok(s)

/* 1 when v can go into a request line or a field value as it is: no CR,
 * LF or other control character but HT (the proxy forwards some headers of
 * the browser's request). */
static int is_field_text(const char *v, int allow_space)
{
    for (; *v; v++) {
        unsigned char ch = (unsigned char)*v;
        if ((ch < 0x20 && ch != '\t') || ch == 0x7f || (!allow_space && (ch == ' ' || ch == '\t')))
            return 0;
    }
    return 1;
}

/* The framing and connection headers are the client's own. */
static int own_header(const char *name)
{
    switch (name[0]) {
    case 'C': case 'c':
        return !strcasecmp(name, "Content-Length") || !strcasecmp(name, "Connection");
    case 'E': case 'e': return !strcasecmp(name, "Expect");
    case 'H': case 'h': return !strcasecmp(name, "Host");
    case 'K': case 'k': return !strcasecmp(name, "Keep-Alive");
    case 'T': case 't': return !strcasecmp(name, "Transfer-Encoding") || !strcasecmp(name, "TE");
    case 'U': case 'u': return !strcasecmp(name, "Upgrade");
    default: return 0;
    }
}

/* The request head: NULL with *why when a part of it cannot be sent. */
static char *request_head(apr_pool_t *p, const target *t, const char *method, const char *path,
                          const apr_table_t *req_headers, int with_length, apr_size_t body_len,
                          apr_size_t *len, const char **why)
{
    const apr_array_header_t *arr = req_headers ? apr_table_elts(req_headers) : NULL;
    const apr_table_entry_t *e = arr ? (const apr_table_entry_t *)arr->elts : NULL;
    int i, nh = arr ? arr->nelts : 0;
    apr_array_header_t *parts = apr_array_make(p, 12 + 4 * nh, sizeof(const char *));
    char *head;

#define ADD(s) (*(const char **)apr_array_push(parts) = (s))
    if (!is_token(method)) {
        *why = "the method is not a token";
        return NULL;
    }
    if (!is_field_text(path, 0) || !is_field_text(t->parts.path, 0)) {
        *why = "the URL does not parse";
        return NULL;
    }
    ADD(method);
    ADD(" ");
    ADD(t->parts.path);
    ADD(path);
    ADD(" HTTP/1.1\r\nHost: ");
    ADD(t->parts.authority);
    ADD("\r\n");
    for (i = 0; i < nh; i++) {
        if (!e[i].key || !e[i].val || own_header(e[i].key)) continue;
        if (!is_token(e[i].key) || !is_field_text(e[i].val, 1)) {
            *why = "a request header holds a character that cannot be sent";
            return NULL;
        }
        ADD(e[i].key);
        ADD(": ");
        ADD(e[i].val);
        ADD("\r\n");
    }
    if (with_length) {
        ADD("Content-Length: ");
        ADD(apr_off_t_toa(p, (apr_off_t)body_len));
        ADD("\r\n");
    }
    ADD("\r\n");
#undef ADD
    head = apr_array_pstrcat(p, parts, 0);
    *len = strlen(head);
    return head;
}

void mpin_rps_http_call(request_rec *r, const mpin_dir_conf *cf, const char *method,
                        const char *path, const apr_table_t *req_headers, const char *body,
                        apr_size_t body_len, mpin_rps_reply *reply)
{
    apr_interval_time_t connect_timeout = apr_time_from_sec(MPIN_DIR_INT(cf, rps_connect_timeout));
    apr_interval_time_t timeout = apr_time_from_sec(MPIN_DIR_INT(cf, rps_timeout));
    const target *t = get_target(mpin_conf_rps_url(cf));
    int with_length = body || !strcmp(method, "POST") || !strcmp(method, "PUT")
                      || !strcmp(method, "PATCH");
    int head = !strcmp(method, "HEAD"), attempt;
    mpin_http_reply h;
    const char *why = NULL;
    char *req;
    apr_size_t req_len = 0;
    call c;

    c.r = r;
    c.reply = reply;
    c.received = 0;
    /* one deadline for the whole call: connect, send and every read */
    c.start = apr_time_now();
    c.deadline = c.start + timeout;
    if (!t) {
        set_error(&c, MPIN_RPS_ERROR, lock ? "the URL does not parse" : "no RPS connection pool");
        return;
    }
    if (!(req = request_head(r->pool, t, method, path, req_headers, with_length, body_len,
                             &req_len, &why))) {
        set_error(&c, MPIN_RPS_ERROR, why);
        return;
    }
    for (attempt = 0; attempt < 2; attempt++) {
        /* the retry is always on a fresh connection */
        conn_node *n = attempt ? NULL : take_idle(t->key, r->pool);
        int reused = n != NULL;
        struct iovec vec[2];
        apr_status_t rv;
        read_end end;
        char err[120];

        if (!n && !(n = open_conn(&c, t, connect_timeout))) return;
        vec[0].iov_base = req;
        vec[0].iov_len = req_len;
        vec[1].iov_base = (void *)(body ? body : "");
        vec[1].iov_len = body ? body_len : 0;
        mpin_http_reply_init(&h, r->pool, head, MPIN_RPS_REPLY_MAX);
        rv = send_all(&c, n, vec, vec[1].iov_len ? 2 : 1);
        if (rv != APR_SUCCESS) {
            drop_conn(n);
            if (APR_STATUS_IS_TIMEUP(rv)) {
                set_error(&c, MPIN_RPS_TIMEOUT, "timed out sending the request");
                return;
            }
            /* see below: a reused connection that the RPS closed */
            if (reused) {
                ap_log_rerror(APLOG_MARK, APLOG_DEBUG, rv, r, MPINLOGNO(03702)
                              "a reused RPS connection failed: once more on a new one");
                continue;
            }
            set_error(&c, MPIN_RPS_ERROR, apr_psprintf(r->pool, "send to the RPS failed: %s",
                                                        apr_strerror(rv, err, sizeof(err))));
            return;
        }
        end = read_reply(&c, n, &h);
        if (end == R_RETRY && reused) {
            /* A reused keep-alive connection that ended before any byte of
             * a reply: the RPS closed it while it was idle (its keep-alive
             * timeout), maybe as we sent.  Retry once, on a fresh connection,
             * as browsers and libcurl do; never once a reply byte came, and
             * never after a fresh connection failed.  This cannot log anyone
             * in twice: a call reads one answer, so one /mpinAuthenticate
             * makes at most one session whatever the RPS did; if the RPS did
             * process the first send, it deleted the authOTT when it
             * answered /authenticate, so the retry gets a refusal (a failed
             * login, never a second one); and another request with the same
             * authOTT never reaches the RPS: the module's replay guard claims
             * each authOTT once, before the call (handlers/authenticate.c). */
            drop_conn(n);
            ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(01207)
                          "a reused RPS connection closed before answering: once more on a new one");
            continue;
        }
        if (end == R_RETRY)
            set_error(&c, MPIN_RPS_ERROR, "the RPS closed the connection without answering");
        if (end != R_DONE) {
            if (h.status) reply->status = h.status;
            drop_conn(n);
            return;
        }
        reply->outcome = MPIN_RPS_OK;
        reply->status = h.status;
        reply->headers = h.headers;
        reply->body = h.body;
        reply->body_len = h.body_len;
        if (h.keep_alive && !h.extra) give_idle(n);
        else drop_conn(n);
        return;
    }
    set_error(&c, MPIN_RPS_ERROR, "the RPS closed the connection without answering");
}
