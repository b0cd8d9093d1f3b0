/*
 * run_unit: the unit tests of the pure helpers.
 * Usage: run_unit [corpus-dir [fuzz-corpus-dir]]
 * Prints every failure, then "N passed, N failed"; exits 1 when any failed.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "apr_general.h"
#include "unit.h"
#include "fuzz.h" /* fuzz_show_n: run_unit links the fuzz harnesses */

int unit_passed;
int unit_failed;
const char *unit_corpus_dir = "tests/corpus";

/* the same escaping as the fuzz harnesses' messages */
const char *unit_show_n(const char *s, apr_size_t len)
{
    return s ? fuzz_show_n(s, len) : "(null)";
}

const char *unit_show(const char *s)
{
    return s ? unit_show_n(s, strlen(s)) : "(null)";
}

static void vreport(const char *file, int line, const char *fmt, va_list ap)
{
    unit_failed++;
    printf("FAIL %s:%d: ", file, line);
    vprintf(fmt, ap);
    printf("\n");
}

void unit_fail(const char *file, int line, const char *what, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vreport(file, line, fmt, ap);
    va_end(ap);
    printf("     condition: %s\n", what);
}

void unit_check_str(const char *file, int line, const char *got, const char *want,
                    const char *fmt, ...)
{
    va_list ap;

    if ((!got && !want) || (got && want && !strcmp(got, want))) {
        unit_passed++;
        return;
    }
    va_start(ap, fmt);
    vreport(file, line, fmt, ap);
    va_end(ap);
    printf("     got:  %s%s%s\n", got ? "\"" : "", unit_show(got), got ? "\"" : "");
    printf("     want: %s%s%s\n", want ? "\"" : "", unit_show(want), want ? "\"" : "");
}

void unit_check_int(const char *file, int line, long long got, long long want,
                    const char *fmt, ...)
{
    va_list ap;

    if (got == want) {
        unit_passed++;
        return;
    }
    va_start(ap, fmt);
    vreport(file, line, fmt, ap);
    va_end(ap);
    printf("     got: %lld, want: %lld\n", got, want);
}

void unit_check_null(const char *file, int line, const char *got, const char *fmt, ...)
{
    va_list ap;

    if (!got) {
        unit_passed++;
        return;
    }
    va_start(ap, fmt);
    vreport(file, line, fmt, ap);
    va_end(ap);
    printf("     got: \"%s\", want: NULL\n", unit_show(got));
}

apr_array_header_t *unit_strings(apr_pool_t *p, const char *const *list)
{
    apr_array_header_t *a = apr_array_make(p, 4, sizeof(const char *));

    for (; list && *list; list++)
        APR_ARRAY_PUSH(a, const char *) = *list;
    return a;
}

typedef struct {
    const char *name;
    void (*run)(apr_pool_t *p);
} suite;

int main(int argc, char **argv)
{
    static const suite suites[] = {
        { "url", suite_url },
        { "escape", suite_escape },
        { "cookie", suite_cookie },
        { "cookie_strip", suite_cookie_strip },
        { "json", suite_json },
        { "json_read", suite_json_read },
        { "fields", suite_fields },
        { "record", suite_record },
        { "session_index", suite_session_index },
        { "template", suite_template },
        { "path", suite_path },
        { "form", suite_form },
        { "crypto", suite_crypto },
        { "http_reply", suite_http_reply },
        { "ratelimit", suite_ratelimit },
        { "username", suite_username },
        { "corpus", suite_corpus },
        { "fuzz", suite_fuzz_corpus },
    };
    apr_pool_t *root;
    apr_size_t i;

    if (argc > 1) unit_corpus_dir = argv[1];
    if (argc > 2) unit_fuzz_corpus_dir = argv[2];
    if (apr_initialize() != APR_SUCCESS || apr_pool_create(&root, NULL) != APR_SUCCESS) {
        fprintf(stderr, "run_unit: cannot initialise APR\n");
        return 2;
    }
    for (i = 0; i < sizeof(suites) / sizeof(suites[0]); i++) {
        apr_pool_t *p;
        int passed = unit_passed, failed = unit_failed;

        apr_pool_create(&p, root);
        suites[i].run(p);
        apr_pool_destroy(p);
        printf("# %-9s %d passed, %d failed\n", suites[i].name, unit_passed - passed,
               unit_failed - failed);
    }
    apr_pool_destroy(root);
    apr_terminate();
    printf("%d passed, %d failed\n", unit_passed, unit_failed);
    return unit_failed ? 1 : 0;
}
