/*
 * The arithmetic of MpinRateLimit: token buckets in their one-number form
 * (GCRA), the client key an address is counted under, and the lock-free
 * table of buckets that access/ratelimit.c puts in shared memory.
 *
 * A bucket of `burst` tokens refilled one token every `interval` is kept as
 * its "theoretical arrival time" (tat): the bucket is full when tat <= now,
 * each allowed request moves tat one interval further, and a request is
 * refused when that would put tat more than burst intervals past now.  One
 * number per bucket is what lets the table update a bucket with a single
 * compare-and-swap.  Times are milliseconds.
 */
#include <string.h>
#include "apr_atomic.h"
#include "pure/pure.h"

#define TAG_BITS 16
#define TAT_BITS 48
#define TAT_MASK ((APR_UINT64_C(1) << TAT_BITS) - 1)
/* compare-and-swap rounds lost to other processes before a request gives up */
#define CAS_ROUNDS 16

apr_uint64_t mpin_rate_parse(const char *s)
{
    apr_uint64_t milli = 0;   /* requests per 1000 s */
    int digits = 0, frac = -1;

    if (!s) return 0;
    for (; *s; s++) {
        if (*s == '.' && frac < 0 && digits) {
            frac = 0;
            continue;
        }
        if (*s < '0' || *s > '9' || frac >= 3 || ++digits > 7) return 0;
        milli = milli * 10 + (apr_uint64_t)(*s - '0');
        if (frac >= 0) frac++;
    }
    if (!digits || frac == 0) return 0;
    for (frac = frac < 0 ? 0 : frac; frac < 3; frac++) milli *= 10;
    if (milli < 1 || milli > MPIN_RATE_MAX * 1000) return 0;
    /* the interval between two requests, rounded down: never slower than asked */
    return (apr_uint64_t)1000000 / milli;
}

apr_uint64_t mpin_rate_take(apr_uint64_t *tat, apr_uint64_t now, apr_uint64_t interval,
                            apr_uint64_t burst)
{
    apr_uint64_t depth = burst * interval;
    apr_uint64_t next;

    /* a tat further ahead than a whole bucket (the clock went back, or the
     * limit was lowered by a reload) would refuse for longer than any
     * bucket can: it counts as an empty bucket */
    if (*tat > now + depth) *tat = now + depth;
    next = (*tat > now ? *tat : now) + interval;
    if (next - now > depth) return next - now - depth;
    *tat = next;
    return 0;
}

apr_size_t mpin_rate_client(const unsigned char *addr, apr_size_t len,
                            unsigned char out[MPIN_RATE_CLIENT_MAX])
{
    static const unsigned char v4_mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};

    if (len == 16 && !memcmp(addr, v4_mapped, sizeof(v4_mapped))) {
        addr += 12;
        len = 4;
    }
    if (len == 4) {
        out[0] = 4;
        memcpy(out + 1, addr, 4);
        return 5;
    }
    if (len == 16) {
        /* the /64: one site or subscriber gets a whole /64, and an address
         * of its own costs an attacker nothing inside it */
        out[0] = 6;
        memcpy(out + 1, addr, 8);
        return 9;
    }
    return 0;
}

static apr_uint64_t pack(apr_uint64_t tag, apr_uint64_t tat)
{
    return tag << TAT_BITS | (tat & TAT_MASK);
}

apr_uint64_t mpin_rate_table_take(volatile apr_uint64_t *slots, apr_uint32_t sets,
                                  apr_uint64_t hash, apr_uint64_t now, apr_uint64_t interval,
                                  apr_uint64_t burst, int *evicted)
{
    volatile apr_uint64_t *set = slots + (apr_size_t)((hash >> TAG_BITS) % sets) * MPIN_RATE_WAYS;
    apr_uint64_t tag = hash & ((APR_UINT64_C(1) << TAG_BITS) - 1);
    int round, i;

    *evicted = 0;
    if (!tag) tag = 1;  /* tag 0 is an empty slot */
    if (now > TAT_MASK - burst * interval) return interval;  /* 8,900 years: unreachable */
    for (round = 0; round < CAS_ROUNDS; round++) {
        volatile apr_uint64_t *slot = NULL, *victim = NULL;
        apr_uint64_t old = 0, victim_old = 0, tat, wait;

        for (i = 0; i < MPIN_RATE_WAYS; i++) {
            apr_uint64_t v = apr_atomic_read64(&set[i]);
            if (v >> TAT_BITS == tag) {
                slot = &set[i];
                old = v;
                break;
            }
            /* the bucket nearest to full: a full one (at rest) is worth
             * nothing, an empty slot least of all */
            if (!victim || (v & TAT_MASK) < (victim_old & TAT_MASK)) {
                victim = &set[i];
                victim_old = v;
            }
        }
        tat = slot ? old & TAT_MASK : 0;
        if ((wait = mpin_rate_take(&tat, now, interval, burst))) return wait;
        if (!slot) {
            slot = victim;
            old = victim_old;
        }
        if (apr_atomic_cas64(slot, pack(tag, tat), old) == old) {
            /* a bucket taken over before it was full: that client starts
             * afresh (the table is full of clients busier than it) */
            *evicted = slot == victim && victim_old >> TAT_BITS && (victim_old & TAT_MASK) > now;
            return 0;
        }
    }
    /* this set is being rewritten faster than a request can update it:
     * only a flood does that, and the request is refused as part of it */
    return interval;
}
