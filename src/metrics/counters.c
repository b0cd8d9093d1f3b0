/*
 * Counters shared by all httpd processes, for the mpin-status handler.
 *
 * They live in an anonymous shared memory segment created at the first
 * start-up (so children inherit it) and are bumped with atomic operations:
 * no lock on any request path.  The segment is kept across graceful reloads
 * and restarts (ap_retained_data, as mod_slotmem_shm does, in the process
 * pool of the parent that stays up): the counters only start from zero when
 * httpd stops, which Prometheus handles as a counter reset.
 */
#include "apr_shm.h"
#include "apr_atomic.h"
#include "apr_strings.h"
#include "mpin_rpa.h"

/* Upper bounds of the RPS latency histogram buckets, in milliseconds. */
static const int bucket_ms[MPIN_RPS_BUCKETS] = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 10000};

static mpin_metrics *shared;
static mpin_metrics fallback; /* before start-up, e.g. a config test: never shared */

/* What survives a reload: the segment, and the size it was made for (a
 * reload into a module whose counters changed shape starts a new one). */
typedef struct {
    apr_shm_t *shm;
    apr_size_t size;
} retained_counters;

apr_status_t mpin_metrics_post_config(apr_pool_t *pconf, server_rec *s)
{
    static const char key[] = "mod_mpin_rpa:counters";
    retained_counters *kept = ap_retained_data_get(key);
    apr_status_t rv;

    (void)pconf;
    if (kept && kept->shm && kept->size == sizeof(mpin_metrics)) {
        shared = apr_shm_baseaddr_get(kept->shm);
        return APR_SUCCESS;
    }
    if (!kept) kept = ap_retained_data_create(key, sizeof(*kept));
    if (kept->shm) apr_shm_destroy(kept->shm);
    kept->shm = NULL;
    /* the process pool: it lives as long as the parent, across reloads */
    rv = apr_shm_create(&kept->shm, sizeof(mpin_metrics), NULL, s->process->pool);
    if (rv != APR_SUCCESS) {
        ap_log_error(APLOG_MARK, APLOG_ERR, rv, s, MPINLOGNO(02401)
                     "cannot create the shared counters; mpin-status will show this process only");
        kept->shm = NULL;
        shared = NULL;
        return APR_SUCCESS;
    }
    kept->size = sizeof(mpin_metrics);
    shared = apr_shm_baseaddr_get(kept->shm);
    memset(shared, 0, sizeof(*shared));
    return APR_SUCCESS;
}

mpin_metrics *mpin_metrics_get(void)
{
    return shared ? shared : &fallback;
}

int mpin_metrics_is_shared(void)
{
    return shared != NULL;
}

void mpin_count(apr_uint32_t *counter)
{
    apr_atomic_inc32(counter);
}

void mpin_metrics_rps_call(const mpin_rps_reply *reply)
{
    mpin_metrics *m = mpin_metrics_get();
    apr_uint32_t ms = (apr_uint32_t)(reply->elapsed / 1000);
    int i;

    mpin_count(&m->rps_calls[reply->outcome]);
    for (i = 0; i < MPIN_RPS_BUCKETS; i++)
        if ((int)ms <= bucket_ms[i]) mpin_count(&m->rps_latency_bucket[i]);
    apr_atomic_add32(&m->rps_latency_ms_sum, ms);
}

int mpin_metrics_bucket_ms(int i)
{
    return bucket_ms[i];
}
