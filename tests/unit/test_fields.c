/*
 * fields.c: the splitting and number rules of the stored records.  One
 * spelling per value: a record that can be read two ways could be made to
 * say something its writer did not.
 */
#include <string.h>
#include "unit.h"

static void splits(apr_pool_t *p)
{
    static const struct { const char *in; char sep; int want, ok; const char *last; } cases[] = {
        { "a|b|c", '|', 3, 1, "c" },
        { "a||c", '|', 3, 1, "c" },
        { "||", '|', 3, 1, "" },
        { "a|b", '|', 3, 0, NULL },         /* too few */
        { "a|b|c|d", '|', 3, 0, NULL },     /* too many */
        { "a|b|c|", '|', 3, 0, NULL },      /* a trailing separator is a fourth field */
        { "", '|', 1, 1, "" },
        { "", '|', 2, 0, NULL },
        { "x,y", ',', 2, 1, "y" },
        { "x|y", ',', 2, 0, NULL },         /* another separator is no separator */
    };
    apr_size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *copy = apr_pstrdup(p, cases[i].in), *field[4] = {NULL, NULL, NULL, NULL};
        int ok = mpin_split_fields(copy, cases[i].sep, field, cases[i].want);
        CHECK_INT(ok, cases[i].ok, "split \"%s\" into %d", unit_show(cases[i].in),
                  cases[i].want);
        if (ok && cases[i].ok)
            CHECK_STR(field[cases[i].want - 1], cases[i].last, "last field of \"%s\"",
                      unit_show(cases[i].in));
    }
}

static void decimals(void)
{
    static const struct { const char *in; int max, ok; apr_int64_t v; } cases[] = {
        { "0", 12, 1, 0 },
        { "7", 12, 1, 7 },
        { "1764936000", 12, 1, APR_INT64_C(1764936000) },
        { "999999999999999999", 18, 1, APR_INT64_C(999999999999999999) },
        { "1764936000000000", 18, 1, APR_INT64_C(1764936000000000) },
        { "", 12, 0, 0 },
        { "07", 12, 0, 0 },                 /* a second spelling of 7 */
        { "00", 12, 0, 0 },
        { "+7", 12, 0, 0 },
        { "-7", 12, 0, 0 },
        { " 7", 12, 0, 0 },
        { "7 ", 12, 0, 0 },
        { "7x", 12, 0, 0 },
        { "0x10", 12, 0, 0 },
        { "1234567890123", 12, 0, 0 },      /* more digits than allowed */
        { "9223372036854775807", 19, 1, APR_INT64_MAX },
        { "9223372036854775808", 19, 0, 0 },/* 2^63 */
        { "9999999999999999999", 19, 0, 0 },
        { "10000000000000000000", 30, 0, 0 },/* beyond the cap whatever max says */
    };
    apr_size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        apr_int64_t v = -1;
        int ok = mpin_parse_decimal(cases[i].in, cases[i].max, &v);
        CHECK_INT(ok, cases[i].ok, "decimal \"%s\" (at most %d digits)", unit_show(cases[i].in),
                  cases[i].max);
        if (ok && cases[i].ok) CHECK_INT(v, cases[i].v, "value of \"%s\"", unit_show(cases[i].in));
        if (!cases[i].ok) CHECK_INT(v, -1, "\"%s\" leaves the output alone", unit_show(cases[i].in));
    }
}

void suite_fields(apr_pool_t *p)
{
    splits(p);
    decimals();
}
