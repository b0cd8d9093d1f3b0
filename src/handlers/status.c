/*
 * mpin-status: the module's counters for monitoring, off unless mounted
 * (protect it with Require ip).  Prometheus text by default,
 * ?format=json, and ?format=health: "OK" or "RPS DOWN" for load balancers,
 * checking the RPS's /status at most every HEALTH_INTERVAL.
 *
 * POST {"end_sessions_of": "user"} (application/json only, so that no
 * other site's form can send it from an administrator's browser) ends every
 * session of that user, as found in the user's index of sessions.
 */
#include "apr_strings.h"
#include "apr_atomic.h"
#include "http_protocol.h"
#include "mpin_rpa.h"

#define HEALTH_INTERVAL apr_time_from_sec(5)

static const char *const rps_outcomes[] = {"ok", "connect", "timeout", "too_big", "error", "busy"};
static const char *const cache_names[] = {"sessions", "short_lived", "lockout"};
static const char *const refusal_names[] = {
    "replay", "format", "not_allowed", "csrf", "lockout", "cross_site", "rps_reply",
    "rate_limit"
};

typedef struct {
    const char *name, *help, *labels;
    apr_uint32_t *value;
} metric_line;

static void add(apr_array_header_t *lines, const char *name, const char *help, const char *labels,
                apr_uint32_t *value)
{
    metric_line *l = &APR_ARRAY_PUSH(lines, metric_line);

    l->name = name;
    l->help = help;
    l->labels = labels;
    l->value = value;
}

/* Every counter, once, in one list that both output formats walk. */
static apr_array_header_t *collect(apr_pool_t *p, mpin_metrics *m)
{
    apr_array_header_t *l = apr_array_make(p, 48, sizeof(metric_line));
    static const char *const methods[] = {"pinpad", "password"};
    static const char *const results[] = {"success", "failure"};
    int i, j;

    for (i = 0; i < 2; i++)
        for (j = 0; j < 2; j++)
            add(l, "mpin_logins_total", "Logins by method and result",
                apr_psprintf(p, "method=\"%s\",result=\"%s\"", methods[i], results[j]),
                &m->logins[i][j]);
    add(l, "mpin_registrations_total", "Registration callbacks by result", "result=\"accepted\"",
        &m->registrations[0]);
    add(l, "mpin_registrations_total", "Registration callbacks by result", "result=\"refused\"",
        &m->registrations[1]);
    add(l, "mpin_logouts_total", "Logouts", "", &m->logouts);
    for (i = 0; i < MPIN_REFUSAL_KINDS; i++)
        add(l, "mpin_refusals_total", "Requests refused, by reason",
            apr_psprintf(p, "reason=\"%s\"", refusal_names[i]), &m->refusals[i]);
    for (i = 0; i < MPIN_RPS_OUTCOMES; i++)
        add(l, "mpin_rps_calls_total", "RPS calls by outcome",
            apr_psprintf(p, "outcome=\"%s\"", rps_outcomes[i]), &m->rps_calls[i]);
    add(l, "mpin_sessions_created_total", "Sessions created", "", &m->sessions_created);
    add(l, "mpin_sessions_expired_total", "Sessions found expired", "", &m->sessions_expired);
    add(l, "mpin_store_errors_total", "Session store errors", "", &m->store_errors);
    for (i = 0; i < MPIN_CACHES; i++)
        add(l, "mpin_store_evictions_total",
            "Live records a full shared-memory cache evicted before their expiry",
            apr_psprintf(p, "cache=\"%s\"", cache_names[i]), mpin_store_evictions(i));
    add(l, "mpin_rate_limit_evictions_total",
        "MpinRateLimit buckets given to another client before they were full (the table was full)",
        "", &m->rate_limit_evictions);
    return l;
}

static apr_uint32_t total_rps_calls(mpin_metrics *m)
{
    apr_uint32_t n = 0;
    int i;

    for (i = 0; i < MPIN_RPS_OUTCOMES; i++) n += apr_atomic_read32(&m->rps_calls[i]);
    return n;
}

static int prometheus(request_rec *r, mpin_metrics *m)
{
    apr_array_header_t *lines = collect(r->pool, m);
    const char *last = "";
    int i;

    ap_set_content_type(r, "text/plain; version=0.0.4; charset=utf-8");
    for (i = 0; i < lines->nelts; i++) {
        metric_line *l = &APR_ARRAY_IDX(lines, i, metric_line);
        if (strcmp(last, l->name))
            ap_rprintf(r, "# HELP %s %s\n# TYPE %s counter\n", l->name, l->help, l->name);
        last = l->name;
        ap_rprintf(r, "%s%s%s%s %u\n", l->name, *l->labels ? "{" : "", l->labels,
                   *l->labels ? "}" : "", apr_atomic_read32(l->value));
    }
    ap_rputs("# HELP mpin_rps_call_duration_seconds Latency of RPS calls\n"
             "# TYPE mpin_rps_call_duration_seconds histogram\n", r);
    for (i = 0; i < MPIN_RPS_BUCKETS; i++)
        ap_rprintf(r, "mpin_rps_call_duration_seconds_bucket{le=\"%g\"} %u\n",
                   mpin_metrics_bucket_ms(i) / 1000.0, apr_atomic_read32(&m->rps_latency_bucket[i]));
    ap_rprintf(r, "mpin_rps_call_duration_seconds_bucket{le=\"+Inf\"} %u\n", total_rps_calls(m));
    ap_rprintf(r, "mpin_rps_call_duration_seconds_sum %g\n",
               apr_atomic_read32(&m->rps_latency_ms_sum) / 1000.0);
    ap_rprintf(r, "mpin_rps_call_duration_seconds_count %u\n", total_rps_calls(m));
    return OK;
}

/* {"mpin_logins_total{method=\"pinpad\",result=\"success\"}": 3, ...}: the
 * Prometheus series names as keys, so both formats say the same thing. */
static int json(request_rec *r, mpin_metrics *m)
{
    apr_array_header_t *lines = collect(r->pool, m);
    mpin_json_writer *w = mpin_jw_object(r->pool);
    char *text;
    int i;

    for (i = 0; i < lines->nelts; i++) {
        metric_line *l = &APR_ARRAY_IDX(lines, i, metric_line);
        mpin_jw_int(w, *l->labels ? apr_pstrcat(r->pool, l->name, "{", l->labels, "}", NULL) : l->name,
                    (long)apr_atomic_read32(l->value));
    }
    mpin_jw_millis(w, "mpin_rps_call_duration_seconds_sum", apr_atomic_read32(&m->rps_latency_ms_sum));
    mpin_jw_int(w, "mpin_rps_call_duration_seconds_count", (long)total_rps_calls(m));
    if (!(text = mpin_jw_finish(w)))
        return mpin_respond_error(r, HTTP_INTERNAL_SERVER_ERROR, "metrics not writable as JSON");
    ap_set_content_type(r, "application/json");
    ap_rputs(text, r);
    ap_rputs("\n", r);
    return OK;
}

/* The RPS's health, asked at most every HEALTH_INTERVAL by any process. */
static int rps_up(request_rec *r, const mpin_dir_conf *c, mpin_metrics *m)
{
    const char *url = mpin_conf_rps_url(c);
    apr_ssize_t len = (apr_ssize_t)strlen(url);
    apr_uint32_t rps = apr_hashfunc_default(url, &len);
    apr_uint32_t now = (apr_uint32_t)apr_time_sec(apr_time_now());
    apr_uint32_t checked = apr_atomic_read32(&m->health_checked);
    mpin_rps_reply *rep;

    /* the answer is remembered for one RPS (the usual case: one per site) */
    if (checked && now - checked < apr_time_sec(HEALTH_INTERVAL)
        && apr_atomic_read32(&m->health_rps) == rps)
        return (int)apr_atomic_read32(&m->health_up);
    apr_atomic_set32(&m->health_checked, now);
    apr_atomic_set32(&m->health_rps, rps);
    rep = mpin_rps_call(r, c, "GET", "/status", NULL, NULL, 0);
    apr_atomic_set32(&m->health_up, rep->outcome == MPIN_RPS_OK && rep->status == 200);
    return rep->outcome == MPIN_RPS_OK && rep->status == 200;
}

static int end_sessions_of(request_rec *r, const mpin_dir_conf *c)
{
    const char *ctype = apr_table_get(r->headers_in, "Content-Type");
    mpin_json_field f = {"end_sessions_of", 0, NULL, 0, NULL, 0};
    int rc, ended, store_error;
    mpin_json_writer *w;
    const char *text;
    apr_size_t len;
    char *body;

    if (!ctype || strncasecmp(ctype, "application/json", 16) || (ctype[16] && ctype[16] != ';'
                                                                  && ctype[16] != ' '))
        return mpin_respond_error(r, HTTP_UNSUPPORTED_MEDIA_TYPE, "application/json only");
    if ((rc = mpin_read_body(r, MPIN_BODY_MAX_FORM, &body, &len)) != OK)
        return mpin_respond_error(r, rc, "bad request body");
    if (mpin_json_read(r->pool, body, len, &f, 1) != MPIN_JSON_OBJECT
        || f.kind != MPIN_JSON_STRING || !*f.str || strlen(f.str) > MPIN_USERNAME_MAX
        || !mpin_is_printable_utf8(f.str, strlen(f.str)))
        return mpin_respond_error(r, HTTP_BAD_REQUEST, "expected {\"end_sessions_of\": \"user\"}");
    ended = mpin_user_sessions_end(r, c, f.str, NULL, &store_error);
    if (store_error)
        return mpin_respond_error(r, HTTP_SERVICE_UNAVAILABLE, "session store unavailable");
    ap_log_rerror(APLOG_MARK, APLOG_NOTICE, 0, r, MPINLOGNO(03957)
                  "administrator at %s ended %d sessions of user %s", r->useragent_ip, ended,
                  f.str);
    w = mpin_jw_object(r->pool);
    mpin_jw_string(w, "user", f.str);
    mpin_jw_int(w, "ended", ended);
    if (!(text = mpin_jw_finish(w)))
        return mpin_respond_error(r, HTTP_BAD_REQUEST, "the user name is not UTF-8");
    rc = mpin_respond_json(r, HTTP_OK, apr_pstrcat(r->pool, text, "\n", NULL));
    return rc;
}

int mpin_handler_status(request_rec *r)
{
    const mpin_dir_conf *c = MPIN_DIR_CONF(r);
    mpin_metrics *m = mpin_metrics_get();
    const char *format = NULL;

    if (r->method_number == M_POST) return end_sessions_of(r, c);
    if (r->method_number != M_GET) {
        apr_table_setn(r->headers_out, "Allow", "GET, HEAD, POST");
        return mpin_respond_error(r, HTTP_METHOD_NOT_ALLOWED, "GET, or POST to end sessions");
    }
    mpin_set_nocache(r);
    if (mpin_form_get(r->pool, r->args, "format", &format) > 1 || (format && strcmp(format, "json")
        && strcmp(format, "health") && strcmp(format, "prometheus")))
        return mpin_respond_error(r, HTTP_BAD_REQUEST, "format must be prometheus, json or health");
    if (format && !strcmp(format, "health")) {
        /* without its session store this server can log nobody in: a
         * balancer should send the users to one that can */
        const char *down = !mpin_store_healthy(r) ? "SESSION STORE DOWN\n"
                           : !rps_up(r, c, m) ? "RPS DOWN\n" : NULL;
        r->status = down ? HTTP_SERVICE_UNAVAILABLE : HTTP_OK;
        ap_set_content_type(r, "text/plain");
        ap_rputs(down ? down : "OK\n", r);
        return OK;
    }
    if (format && !strcmp(format, "json")) return json(r, m);
    return prometheus(r, m);
}
