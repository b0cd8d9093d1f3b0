/*
 * ratelimit.c: MpinRateLimit's buckets, client keys and shared table.
 */
#include <string.h>
#include "unit.h"

static void parse(void)
{
    static const struct {
        const char *in;
        long long interval;
    } cases[] = {
        {"10", 100}, {"1", 1000}, {"0.5", 2000}, {"2.25", 444}, {"3", 333}, {"1000", 1},
        {"0.001", 1000000}, {"0.01", 100000}, {"007", 142},
        {"0", 0}, {"0.0", 0}, {"0.0001", 0}, {"1001", 0}, {"", 0}, {".5", 0}, {"5.", 0},
        {"1.2.3", 0}, {"-1", 0}, {"+1", 0}, {"1e3", 0}, {" 1", 0}, {"1 ", 0},
        {"99999999999999999999", 0}, {"Off", 0},
    };
    apr_size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        CHECK_INT((long long)mpin_rate_parse(cases[i].in), cases[i].interval, "rate \"%s\"",
                  cases[i].in);
    CHECK_INT((long long)mpin_rate_parse(NULL), 0, "no rate");
}

static void bucket(void)
{
    apr_uint64_t tat = 0, now = 5000, wait;
    int i, allowed = 0;

    /* a burst of 5 at once, then one every 100 ms */
    for (i = 0; i < 8; i++) allowed += mpin_rate_take(&tat, now, 100, 5) == 0;
    CHECK_INT(allowed, 5, "a full bucket of 5 lets 5 requests through at once");
    CHECK_INT((long long)mpin_rate_take(&tat, now, 100, 5), 100, "the next one waits an interval");
    CHECK_INT((long long)mpin_rate_take(&tat, now + 40, 100, 5), 60, "  less of it later");
    CHECK_INT((long long)mpin_rate_take(&tat, now + 100, 100, 5), 0, "  and passes after it");
    CHECK_INT((long long)mpin_rate_take(&tat, now + 100, 100, 5), 100, "  alone");
    /* refused requests cost nothing: a flood does not push the wait further */
    for (i = 0; i < 1000; i++) mpin_rate_take(&tat, now + 150, 100, 5);
    CHECK_INT((long long)mpin_rate_take(&tat, now + 150, 100, 5), 50,
              "a refused flood does not lengthen the wait");
    /* after burst intervals of quiet the bucket is full again */
    now += 100 + 5 * 100;
    for (allowed = 0, i = 0; i < 8; i++) allowed += mpin_rate_take(&tat, now, 100, 5) == 0;
    CHECK_INT(allowed, 5, "the bucket refills at the rate");
    /* one request per interval is always fine */
    tat = 0;
    for (allowed = 0, i = 0; i < 100; i++)
        allowed += mpin_rate_take(&tat, 1000 + (apr_uint64_t)i * 100, 100, 1) == 0;
    CHECK_INT(allowed, 100, "burst 1: one request each interval passes");
    /* the clock going back an hour (or a lower limit after a reload) costs
     * at most one bucket's worth of waiting */
    tat = 3600000 + 500;
    wait = mpin_rate_take(&tat, 1000, 100, 5);
    CHECK(wait <= 100, "a tat an hour ahead waits %llu ms, not an hour", (unsigned long long)wait);
}

static void client(void)
{
    unsigned char out[MPIN_RATE_CLIENT_MAX], out2[MPIN_RATE_CLIENT_MAX];
    static const unsigned char v4[4] = {192, 0, 2, 7};
    static const unsigned char mapped[16] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 7};
    unsigned char v6[16] = {0x20, 0x01, 0x0d, 0xb8, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    apr_size_t n, n2;

    n = mpin_rate_client(v4, 4, out);
    CHECK_INT((long long)n, 5, "IPv4 key length");
    n2 = mpin_rate_client(mapped, 16, out2);
    CHECK(n == n2 && !memcmp(out, out2, n), "an IPv4-mapped address counts as the IPv4 address");
    n = mpin_rate_client(v6, 16, out);
    CHECK_INT((long long)n, 9, "IPv6 key length");
    v6[15] ^= 0xff;
    v6[8] ^= 0x01;
    n2 = mpin_rate_client(v6, 16, out2);
    CHECK(n == n2 && !memcmp(out, out2, n), "addresses of one /64 share a key");
    v6[7] ^= 0x01;
    n2 = mpin_rate_client(v6, 16, out2);
    CHECK(n == n2 && memcmp(out, out2, n), "another /64 has another key");
    CHECK(memcmp(out, (const unsigned char[]){4, 0x20, 0x01, 0x0d, 0xb8}, 5),
          "an IPv4 key never equals the start of an IPv6 one");
    CHECK_INT((long long)mpin_rate_client(v4, 3, out), 0, "a 3-byte address has no key");
}

#define SETS 4
static apr_uint64_t slots[SETS * MPIN_RATE_WAYS];

static int take(apr_uint64_t hash, apr_uint64_t now, int *evicted)
{
    return mpin_rate_table_take(slots, SETS, hash, now, 100, 3, evicted) == 0;
}

/* a hash in set 1 with tag t */
static apr_uint64_t in_set1(apr_uint64_t t)
{
    return (APR_UINT64_C(1) << 16) | t;
}

static void table(void)
{
    int evicted, allowed, i;

    memset(slots, 0, sizeof(slots));
    for (allowed = 0, i = 0; i < 5; i++) allowed += take(in_set1(7), 1000, &evicted);
    CHECK_INT(allowed, 3, "a client gets its burst from the table");
    CHECK(take(in_set1(8), 1000, &evicted), "another client of the same set is not affected");
    CHECK(take(in_set1(7) + (APR_UINT64_C(1) << 16), 1000, &evicted),
          "nor one of another set with the same tag");
    CHECK(!evicted, "  and nothing was evicted");
    /* fill the set with busy clients: a newcomer takes the least busy one */
    for (i = 0; i < MPIN_RATE_WAYS - 2; i++) {
        take(in_set1(100 + (apr_uint64_t)i), 1000, &evicted);
        take(in_set1(100 + (apr_uint64_t)i), 1000, &evicted);
    }
    CHECK(take(in_set1(200), 1000, &evicted), "a newcomer to a full set is let in");
    CHECK(evicted, "  by evicting a busy bucket");
    for (allowed = 0, i = 0; i < 5; i++) allowed += take(in_set1(7), 1000, &evicted);
    CHECK_INT(allowed, 0, "the flooding client kept its slot and stays refused");
    /* at rest, a bucket is worth nothing: taking it over is no eviction */
    CHECK(take(in_set1(300), 100000, &evicted), "a newcomer later");
    CHECK(!evicted, "  takes a bucket that is at rest: no eviction");
    CHECK(take(in_set1(0), 1000, &evicted), "tag 0 is usable (it becomes 1)");
}

void suite_ratelimit(apr_pool_t *p)
{
    (void)p;
    parse();
    bucket();
    client();
    table();
}
