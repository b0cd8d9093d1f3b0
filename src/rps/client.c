/*
 * The RPS client: the only part of the module that talks to the network.
 *
 * mpin_rps_call takes a slot (the in-flight cap), then sends an http:// call
 * through the module's own HTTP/1.1 client (rps/http_transport.c) and an https:// one
 * through libcurl (below), then writes the metrics and the debug line.
 *
 * libcurl easy handles are kept in a per-process free list and reused, so
 * consecutive calls ride the same keep-alive connection and no request pays
 * for handle set-up.  Every call has connect and total timeouts, speaks only
 * http and https, follows no redirect, caps the reply at MPIN_RPS_REPLY_MAX
 * and verifies TLS unless told otherwise (security item 7).  Its header
 * lines go through the own client's reply parser (on_header), so that both
 * transports refuse the same replies.
 *
 * A handle is set up once, when it is created (setup_handle: the options no
 * call changes), and is not curl_easy_reset between calls.  What a call sets
 * (URL, method and body, headers, where the reply goes) it sets every time
 * and clears after, so nothing of one request reaches the next, which is
 * usually another request's; the per-configuration options (timeouts, TLS)
 * are compared with what the handle holds and set only when they differ.
 */
#include <curl/curl.h>
#include "apr_strings.h"
#include "apr_thread_mutex.h"
#include "apr_thread_cond.h"
#include "apr_atomic.h"
#include "ap_mpm.h"
#include "mpin_rpa.h"
#include <errno.h>
#include <signal.h>
#include <unistd.h>

typedef struct handle_node {
    CURL *curl;
    struct handle_node *next;
    /* the per-configuration options the handle holds (set_transport) */
    long connect_timeout, timeout, verify;
    char *ca_file;              /* malloc'd copy; NULL: the system CAs */
    CURLU *uh;                  /* the last URL, parsed (CURLOPT_CURLU) */
    char *url;                  /* ... and as text (malloc'd) */
} handle_node;

static apr_thread_mutex_t *free_lock;
static handle_node *free_list;
static apr_uint32_t inflight_limit = 1;
static int per_process;
static apr_uint32_t process_inflight;
static int my_slot = -1;                /* prefork: the slot this process holds */

/* Waiting for a slot (threaded MPMs): a call that finds the cap reached
 * waits on slot_freed, which every call that ends signals, for at most
 * MpinRpsSlotWait.  See take_slot. */
static apr_thread_mutex_t *slot_lock;
static apr_thread_cond_t *slot_freed;
static apr_uint32_t slot_waiters;      /* changed under slot_lock, read without */
static apr_uint32_t waiter_limit = 1;


typedef struct {
    request_rec *r;
    char *data;                /* reply body, grown in r->pool */
    apr_size_t len, cap;
    mpin_http_reply lines;     /* the header lines, checked (on_header) */
    const char *malformed;     /* why on_header refused them */
    int too_big;
} call_ctx;

apr_status_t mpin_rps_global_init(apr_pool_t *p)
{
    (void)p;
    /* before any thread exists (post_config), as libcurl requires */
    return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? APR_SUCCESS : APR_EGENERAL;
}

void mpin_rps_set_limit(server_rec *s)
{
    int daemons = 1, threads = 1;

    ap_mpm_query(AP_MPMQ_MAX_THREADS, &threads);
    ap_mpm_query(AP_MPMQ_MAX_DAEMONS, &daemons);
    if (threads < 1) threads = 1;
    if (daemons < 1) daemons = 1;
    /* threaded MPMs: half the threads of each process; prefork: half the
     * processes, counted across the server in shared memory */
    per_process = threads > 1;
    inflight_limit = (apr_uint32_t)((per_process ? threads : daemons) / 2);
    if (inflight_limit < 1) inflight_limit = 1;
    if (!per_process && inflight_limit > MPIN_RPS_SLOTS_MAX) inflight_limit = MPIN_RPS_SLOTS_MAX;
    /* and a quarter of them may wait for a slot (take_slot) */
    waiter_limit = (apr_uint32_t)(threads / 4);
    if (waiter_limit < 1) waiter_limit = 1;
    if (per_process)
        ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s, MPINLOGNO(01204)
                     "at most %u RPS calls in flight per process, %u more waiting for a slot",
                     inflight_limit, waiter_limit);
    else
        ap_log_error(APLOG_MARK, APLOG_DEBUG, 0, s, MPINLOGNO(03701)
                     "at most %u RPS calls in flight in the server", inflight_limit);
}

static apr_uint32_t *inflight_counter(void)
{
    return per_process ? &process_inflight : &mpin_metrics_get()->rps_inflight;
}

/* Whether the process that owns a slot is gone (kill -9, a crash in the
 * call): its slot would otherwise never come back.  A pid that the system
 * gave to a new process since keeps the slot until that one ends too. */
static int owner_dead(apr_uint32_t pid)
{
    return kill((pid_t)pid, 0) == -1 && errno == ESRCH;
}

/* Prefork: the server-wide slots are owned, each by the pid of the child in
 * the call, so that a child that dies in a call (the count of a plain
 * counter would never come down) gives its slot back: the next call that
 * finds no free slot takes over one whose owner is dead. */
static int take_owned_slot(void)
{
    mpin_metrics *m = mpin_metrics_get();
    apr_uint32_t me = (apr_uint32_t)getpid(), owner;
    apr_uint32_t i;

    for (i = 0; i < inflight_limit; i++) {
        if (apr_atomic_cas32(&m->rps_slot_owner[i], me, 0) == 0) {
            apr_atomic_inc32(&m->rps_inflight);
            my_slot = (int)i;
            return 1;
        }
    }
    for (i = 0; i < inflight_limit; i++) {
        owner = apr_atomic_read32(&m->rps_slot_owner[i]);
        if (!owner || owner == me || !owner_dead(owner)) continue;
        /* the dead owner's count stays: this call takes it over */
        if (apr_atomic_cas32(&m->rps_slot_owner[i], me, owner) == owner) {
            ap_log_error(APLOG_MARK, APLOG_NOTICE, 0, NULL, MPINLOGNO(03420)
                         "RPS call slot of process %u taken back: it ended in a call",
                         (unsigned)owner);
            my_slot = (int)i;
            return 1;
        }
    }
    return 0;
}

static int take_slot_now(void)
{
    apr_uint32_t *n = inflight_counter();

    if (!per_process) return take_owned_slot();
    if (apr_atomic_inc32(n) < inflight_limit) return 1;
    apr_atomic_dec32(n);
    return 0;
}

/* How a call that found the cap reached ended up without a slot (for its
 * log line: the refusals at once are the cap's point, the ones after a wait
 * show a burst that outlasted it). */
typedef struct {
    int waited;                 /* refused after waiting, or at once */
    apr_uint32_t waiting;       /* at once: how many waited already */
} slot_refusal;

/* Takes a slot for one RPS call; 0 when the cap is still reached after
 * waiting at most `wait` (then *how says whether it waited).
 *
 * Why wait, and how long: a burst of logins larger than the cap would
 * otherwise be refused while a healthy RPS frees a slot every millisecond or
 * so; a hanging RPS frees none, and then waiting only ties up workers, which
 * the cap is there to prevent.  So a call waits, woken at once by each call
 * that ends (a condition variable: no polling, no delay added when a slot
 * frees), but
 *  - for at most MpinRpsSlotWait (a second by default): a healthy RPS turns
 *    the slots over many times in that, and a call that gets its slot late
 *    still has its whole total timeout after it, so its worst answer time is
 *    this wait plus the total timeout;
 *  - and only while fewer than a quarter of the process's threads wait; the
 *    others are refused at once.  With half the threads in calls and a
 *    quarter waiting, a quarter still serve the site while the RPS hangs.
 * Under prefork the cap is counted across processes in shared memory, where
 * no condition variable reaches, and each waiter would be a whole process:
 * there a call is refused at once, as before. */
static int take_slot(request_rec *r, apr_interval_time_t wait, slot_refusal *how)
{
    apr_time_t deadline;
    apr_uint32_t waiting;
    int got = 0;

    how->waited = 0;
    how->waiting = 0;
    if (take_slot_now()) return 1;
    if (!per_process || !slot_lock || !slot_freed || wait <= 0) return 0;
    deadline = apr_time_now() + wait;
    if (apr_thread_mutex_lock(slot_lock) != APR_SUCCESS) return 0;
    how->waiting = waiting = apr_atomic_read32(&slot_waiters);
    if (waiting < waiter_limit) {
        /* counted before trying again: a call that ends after that try sees
         * the waiter and signals (give_slot) */
        apr_atomic_inc32(&slot_waiters);
        /* what a test (t/rps_burst.t) waits for instead of guessing how long
         * the scheduler takes to bring a burst this far */
        ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(04150)
                      "RPS call waits for a slot: %u of at most %u waiting",
                      waiting + 1, waiter_limit);
        for (;;) {
            apr_time_t now;
            if ((got = take_slot_now())) break;
            now = apr_time_now();
            if (now >= deadline) break;
            apr_thread_cond_timedwait(slot_freed, slot_lock, deadline - now);
        }
        apr_atomic_dec32(&slot_waiters);
        how->waited = 1;
    }
    apr_thread_mutex_unlock(slot_lock);
    return got;
}

static void give_slot(void)
{
    if (!per_process) {
        mpin_metrics *m = mpin_metrics_get();
        if (my_slot >= 0)
            apr_atomic_cas32(&m->rps_slot_owner[my_slot], 0, (apr_uint32_t)getpid());
        my_slot = -1;
        apr_atomic_dec32(&m->rps_inflight);
        return;
    }
    apr_atomic_dec32(inflight_counter());
    /* the lock orders this signal after a waiter's failed try: it is either
     * in the wait (and woken) or not yet counted (and its try succeeds) */
    if (per_process && slot_lock && apr_atomic_read32(&slot_waiters)
        && apr_thread_mutex_lock(slot_lock) == APR_SUCCESS) {
        apr_thread_cond_signal(slot_freed);
        apr_thread_mutex_unlock(slot_lock);
    }
}

static void drop_handle(handle_node *n)
{
    curl_easy_cleanup(n->curl);
    free(n->ca_file);
    curl_url_cleanup(n->uh);
    free(n->url);
    free(n);
}

static apr_status_t free_handles(void *data)
{
    handle_node *n, *next;

    (void)data;
    for (n = free_list; n; n = next) {
        next = n->next;
        drop_handle(n);
    }
    free_list = NULL;
    return APR_SUCCESS;
}

void mpin_rps_child_init(apr_pool_t *p, server_rec *s)
{
    if (apr_thread_mutex_create(&free_lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_CRIT, 0, s, MPINLOGNO(01201)
                     "cannot create the RPS handle lock");
        free_lock = NULL;
    }
    if (apr_thread_mutex_create(&slot_lock, APR_THREAD_MUTEX_DEFAULT, p) != APR_SUCCESS
        || apr_thread_cond_create(&slot_freed, p) != APR_SUCCESS)
        slot_lock = NULL; /* then a call finding the cap reached is refused at once */
    free_list = NULL;
    apr_pool_cleanup_register(p, NULL, free_handles, apr_pool_cleanup_null);
    mpin_rps_http_child_init(p, s);
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata);
static size_t on_header(char *data, size_t size, size_t nmemb, void *userdata);

/* The options that no call changes, set once per handle (and again after
 * the rare curl_easy_reset of set_transport). */
static void setup_handle(handle_node *n)
{
    CURL *curl = n->curl;

    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    /* HTTP/1.1, as over http://: the reply rules of on_header are its, and
     * the RPS answers nothing else */
    curl_easy_setopt(curl, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
    /* a proxy's CONNECT answer is not the RPS's reply */
    curl_easy_setopt(curl, CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
    /* libcurl's defaults: the first set_transport sets them all */
    n->connect_timeout = n->timeout = -1;
    n->verify = -1;
    free(n->ca_file);
    n->ca_file = NULL;
    curl_url_cleanup(n->uh); /* a reset handle holds it no more */
    n->uh = NULL;
    free(n->url);
    n->url = NULL;
}

static handle_node *take_handle(request_rec *r)
{
    handle_node *n = NULL;

    if (free_lock && apr_thread_mutex_lock(free_lock) == APR_SUCCESS) {
        n = free_list;
        if (n) free_list = n->next;
        apr_thread_mutex_unlock(free_lock);
    }
    if (n) return n; /* set up, with its live connection */
    /* a node outlives the request: it is allocated with malloc and joins the
     * process's free list, which the child pool's cleanup releases */
    n = calloc(1, sizeof(*n));
    if (!n) return NULL;
    n->curl = curl_easy_init();
    if (!n->curl) {
        free(n);
        ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, MPINLOGNO(01202) "curl_easy_init failed");
        return NULL;
    }
    /* rare (a handle is kept for the life of the process): the tests count
     * these lines to see that the handles are reused */
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(03705)
                  "a new curl handle for https RPS calls");
    setup_handle(n);
    return n;
}

/* The URL of the call, parsed only when it is not the handle's last one
 * (the login calls the same /authenticate URL again and again). */
static int set_url(handle_node *n, const char *url)
{
    CURLU *uh;
    char *copy;

    if (n->url && !strcmp(n->url, url)) return 1;
    if (!(uh = curl_url())) return 0;
    if (curl_url_set(uh, CURLUPART_URL, url, 0) != CURLUE_OK || !(copy = strdup(url))) {
        curl_url_cleanup(uh);
        return 0;
    }
    curl_easy_setopt(n->curl, CURLOPT_CURLU, uh);
    curl_url_cleanup(n->uh);
    free(n->url);
    n->uh = uh;
    n->url = copy;
    return 1;
}

static void give_handle(handle_node *n)
{
    if (free_lock && apr_thread_mutex_lock(free_lock) == APR_SUCCESS) {
        n->next = free_list;
        free_list = n;
        apr_thread_mutex_unlock(free_lock);
        return;
    }
    drop_handle(n);
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
    call_ctx *ctx = userdata;
    size_t n = size * nmemb;

    if (ctx->len + n > MPIN_RPS_REPLY_MAX) {
        ctx->too_big = 1;
        return 0; /* aborts the transfer */
    }
    if (ctx->len + n + 1 > ctx->cap) {
        apr_size_t cap = ctx->cap ? ctx->cap : 1024;
        char *grown;
        while (cap < ctx->len + n + 1) cap *= 2;
        grown = apr_palloc(ctx->r->pool, cap);
        if (ctx->len) memcpy(grown, ctx->data, ctx->len);
        ctx->data = grown;
        ctx->cap = cap;
    }
    memcpy(ctx->data + ctx->len, data, n);
    ctx->len += n;
    ctx->data[ctx->len] = '\0';
    return n;
}

/* Every header line libcurl hands over (the status line, the fields, the
 * blank line after them, and the trailers of a chunked reply) goes through
 * the parser of the own client (pure/http_reply_parser.c, lines mode), so
 * that a reply it refuses over http:// is refused over https:// too;
 * libcurl alone takes a field name with a space, Content-Length with
 * Transfer-Encoding, obs-fold, control characters, a status over 599 and
 * header sections far over 16 KiB.  A refused line ends the transfer (and
 * libcurl closes its connection).  The parser's table is the reply's
 * headers: those of the final answer (it drops an interim answer's). */
static size_t on_header(char *data, size_t size, size_t nmemb, void *userdata)
{
    call_ctx *ctx = userdata;
    size_t n = size * nmemb;

    if (mpin_http_reply_feed(&ctx->lines, data, n) == MPIN_HTTP_ERROR) {
        ctx->malformed = ctx->lines.why;
        return 0; /* aborts the transfer */
    }
    return n;
}

typedef struct {
    apr_pool_t *pool;
    struct curl_slist *list;
} header_list;

static int add_header(void *data, const char *key, const char *val)
{
    header_list *h = data;
    struct curl_slist *l = curl_slist_append(h->list, apr_pstrcat(h->pool, key, ": ", val, NULL));

    if (l) h->list = l;
    return 1;
}

/* Sets the whole method state of the handle: it still holds the previous
 * call's (HTTPGET resets NOBODY and any upload; CUSTOMREQUEST is cleared). */
static void set_method(CURL *curl, const char *method, const char *body, apr_size_t len)
{
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, NULL);
    curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    if (!strcmp(method, "GET")) return;
    /* a HEAD answer announces a body it does not send: tell curl */
    if (!strcmp(method, "HEAD")) {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
        return;
    }
    if (strcmp(method, "POST")) curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method);
    if (body || strcmp(method, "OPTIONS")) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(body ? len : 0));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body ? body : "");
    }
}

/* The options that come from the configuration of the call (which may be
 * another Location's than the handle's last call): set when they differ. */
static int set_transport(handle_node *n, const mpin_dir_conf *c)
{
    CURL *curl = n->curl;
    long connect_timeout = MPIN_DIR_INT(c, rps_connect_timeout);
    long timeout = MPIN_DIR_INT(c, rps_timeout);
    long verify = MPIN_DIR_INT(c, rps_verify_tls) ? 1 : 0;
    const char *ca = c->rps_ca_file;

    if (n->ca_file && (!ca || strcmp(ca, n->ca_file))) {
        /* back to the system CAs (or another file): libcurl has no "unset"
         * for CURLOPT_CAINFO, so start the handle afresh (keeps the
         * connections) */
        curl_easy_reset(curl);
        setup_handle(n);
    }
    if (ca && !n->ca_file) {
        if (!(n->ca_file = strdup(ca))) return 0;
        curl_easy_setopt(curl, CURLOPT_CAINFO, ca);
    }
    if (connect_timeout != n->connect_timeout) {
        curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, connect_timeout);
        n->connect_timeout = connect_timeout;
    }
    if (timeout != n->timeout) {
        curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout);
        n->timeout = timeout;
    }
    if (verify != n->verify) {
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, verify);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, verify ? 2L : 0L);
        n->verify = verify;
    }
    return 1;
}

static mpin_rps_outcome classify(CURLcode rc, const call_ctx *ctx)
{
    if (rc == CURLE_OK) return MPIN_RPS_OK;
    if (ctx->too_big) return MPIN_RPS_TOO_BIG;
    if (ctx->malformed) return MPIN_RPS_ERROR;
    if (rc == CURLE_OPERATION_TIMEDOUT) return MPIN_RPS_TIMEOUT;
    if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST) return MPIN_RPS_CONNECT;
    return MPIN_RPS_ERROR;
}

const char *mpin_rps_too_big_error(apr_pool_t *p)
{
    return apr_psprintf(p, "reply larger than %d bytes", MPIN_RPS_REPLY_MAX);
}

/* The error text of a failed call, worded as the own client words it where
 * the cause is the same (rps/http_transport.c). */
static const char *curl_error(apr_pool_t *p, CURLcode rc, const call_ctx *ctx, const char *errbuf)
{
    if (ctx->too_big) return mpin_rps_too_big_error(p);
    if (ctx->malformed) return apr_pstrcat(p, "malformed reply: ", ctx->malformed, NULL);
    return apr_pstrdup(p, *errbuf ? errbuf : curl_easy_strerror(rc));
}

/* The https:// transport: one call on a pooled curl handle. */
static void curl_call(request_rec *r, const mpin_dir_conf *c, const char *method,
                      const char *path, const apr_table_t *req_headers, const char *body,
                      apr_size_t body_len, mpin_rps_reply *reply)
{
    header_list hl = {r->pool, NULL};
    char errbuf[CURL_ERROR_SIZE] = "";
    call_ctx ctx;
    handle_node *h;
    CURLcode rc;
    const char *url = apr_pstrcat(r->pool, mpin_conf_rps_url(c), path, NULL);

    memset(&ctx, 0, sizeof(ctx));
    ctx.r = r;
    mpin_http_reply_init_lines(&ctx.lines, r->pool);
    reply->headers = ctx.lines.headers;
    h = take_handle(r);
    if (!h) {
        reply->outcome = MPIN_RPS_ERROR;
        reply->error = "no curl handle";
        return;
    }
    if (!set_transport(h, c)) {
        drop_handle(h);
        reply->outcome = MPIN_RPS_ERROR;
        reply->error = "out of memory";
        return;
    }
    if (!set_url(h, url)) {
        give_handle(h); /* unchanged: set_url sets nothing when it fails */
        reply->outcome = MPIN_RPS_ERROR;
        reply->error = "the URL does not parse";
        return;
    }
    curl_easy_setopt(h->curl, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, &ctx);
    curl_easy_setopt(h->curl, CURLOPT_HEADERDATA, &ctx);
    set_method(h->curl, method, body, body_len);
    if (req_headers) apr_table_do(add_header, &hl, req_headers, NULL);
    /* no "Expect: 100-continue" round trip for small bodies */
    hl.list = curl_slist_append(hl.list, "Expect:");
    /* curl would label a body without a type as a form: send only the type
     * the caller (or the proxied client) gave */
    if (!req_headers || !apr_table_get(req_headers, "Content-Type"))
        hl.list = curl_slist_append(hl.list, "Content-Type:");
    curl_easy_setopt(h->curl, CURLOPT_HTTPHEADER, hl.list);

    rc = curl_easy_perform(h->curl);
    curl_easy_getinfo(h->curl, CURLINFO_RESPONSE_CODE, &reply->status);
    /* nothing of this call stays in the handle for the next one: not the
     * headers, nor pointers into this request's pool or stack */
    curl_easy_setopt(h->curl, CURLOPT_HTTPHEADER, NULL);
    curl_easy_setopt(h->curl, CURLOPT_ERRORBUFFER, NULL);
    curl_easy_setopt(h->curl, CURLOPT_WRITEDATA, NULL);
    curl_easy_setopt(h->curl, CURLOPT_HEADERDATA, NULL);
    curl_easy_setopt(h->curl, CURLOPT_POSTFIELDS, NULL); /* set_method sets the method anew */
    curl_slist_free_all(hl.list);
    give_handle(h);

    reply->outcome = classify(rc, &ctx);
    reply->body = ctx.data;
    reply->body_len = ctx.len;
    if (reply->outcome != MPIN_RPS_OK) reply->error = curl_error(r->pool, rc, &ctx, errbuf);
}

int mpin_rps_failure_status(const mpin_rps_reply *reply, const char **reason)
{
    const char *why = "RPS error";
    int status = HTTP_BAD_GATEWAY;

    if (reply->outcome == MPIN_RPS_TIMEOUT) {
        status = HTTP_GATEWAY_TIME_OUT;
        why = "RPS timed out";
    }
    else if (reply->outcome == MPIN_RPS_BUSY) {
        status = HTTP_SERVICE_UNAVAILABLE;
        why = "RPS busy";
    }
    if (reason) *reason = why;
    return status;
}

mpin_rps_reply *mpin_rps_call(request_rec *r, const mpin_dir_conf *c, const char *method,
                              const char *path, const apr_table_t *req_headers,
                              const char *body, apr_size_t body_len)
{
    mpin_rps_reply *reply = apr_pcalloc(r->pool, sizeof(*reply));
    apr_time_t start = apr_time_now();
    slot_refusal how;

    if (!take_slot(r, apr_time_from_sec(MPIN_DIR_INT(c, rps_slot_wait)), &how)) {
        reply->outcome = MPIN_RPS_BUSY;
        reply->headers = apr_table_make(r->pool, 1);
        reply->body = "";
        reply->error = apr_psprintf(r->pool, "%u RPS calls still in flight%s", inflight_limit,
                                    per_process ? " in this process" : "");
        mpin_metrics_rps_call(reply);
        if (how.waited)
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(04151)
                          "RPS call refused after waiting %d s for a slot: %s",
                          MPIN_DIR_INT(c, rps_slot_wait), reply->error);
        else
            ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r, MPINLOGNO(01205)
                          "RPS call refused at once: %s, %u more waiting for a slot",
                          reply->error, how.waiting);
        return reply;
    }
    /* plain http (the usual loopback or private-network RPS): the module's
     * own client; https: libcurl, with its TLS verification */
    if (!strncasecmp(mpin_conf_rps_url(c), "http://", 7))
        mpin_rps_http_call(r, c, method, path, req_headers, body, body_len, reply);
    else
        curl_call(r, c, method, path, req_headers, body, body_len, reply);
    give_slot();

    if (!reply->body) reply->body = "";
    if (!reply->headers) reply->headers = apr_table_make(r->pool, 1);
    reply->elapsed = apr_time_now() - start;
    mpin_metrics_rps_call(reply);
    ap_log_rerror(APLOG_MARK, APLOG_DEBUG, 0, r, MPINLOGNO(01203)
                  "RPS %s %s: %s, status %ld, %" APR_SIZE_T_FMT " bytes in %" APR_TIME_T_FMT " us",
                  method, apr_pstrmemdup(r->pool, path, strcspn(path, "?")), reply->outcome == MPIN_RPS_OK ? "ok" : reply->error,
                  reply->status, reply->body_len, reply->elapsed);
    return reply;
}
