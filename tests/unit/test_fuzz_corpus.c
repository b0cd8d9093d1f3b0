/*
 * Replays the fuzzers' corpora (fuzz/corpus/<target>/, the seeds and what
 * libFuzzer found) through the same harnesses (fuzz/fuzz_<target>.c) without
 * clang: every file must keep every invariant of its harness.  A file counts
 * one pass when all hold, and each broken invariant counts a failure.
 *
 * Every file of every corpus, and of the payload corpus (tests/corpus), is
 * also given to the JSON reader's harness (fuzz_json.c), which compares it
 * with jansson.
 *
 * The corpus folder is argv[2] of run_unit (default fuzz/corpus).
 */
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "fuzz.h"

#define MAX_FILE (1024 * 1024)

const char *unit_fuzz_corpus_dir = "fuzz/corpus";

static const char *current_file;

/* The unit build's fuzz_fail: a failure of the test, naming the input. */
int fuzz_fail(const char *file, int line, const char *what, const char *fmt, ...)
{
    char msg[2048];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    unit_fail(file, line, what, "%s: %s", current_file ? current_file : "?", msg);
    return 1;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of the regular files of dir, sorted; NULL when it cannot be read. */
static apr_array_header_t *list_files(apr_pool_t *p, const char *dir)
{
    apr_array_header_t *names = apr_array_make(p, 64, sizeof(char *));
    DIR *d = opendir(dir);
    struct dirent *e;

    if (!d) return NULL;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        APR_ARRAY_PUSH(names, char *) = apr_pstrdup(p, e->d_name);
    }
    closedir(d);
    qsort(names->elts, (size_t)names->nelts, sizeof(char *), by_name);
    return names;
}

/* Reads a whole file into an exactly sized buffer (so that a harness reading
 * past the end of its input reads past the allocation). */
static uint8_t *read_file(apr_pool_t *p, const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf;
    long n;

    if (!f) return NULL;
    if (fseek(f, 0, SEEK_END) || (n = ftell(f)) < 0 || n > MAX_FILE || fseek(f, 0, SEEK_SET)) {
        fclose(f);
        return NULL;
    }
    buf = apr_palloc(p, n ? (apr_size_t)n : 1);
    if (n && fread(buf, 1, (size_t)n, f) != (size_t)n) buf = NULL;
    fclose(f);
    *size = (size_t)n;
    return buf;
}

/* Every file of dir (the payload corpus, tests/corpus) as one document for
 * the JSON reader, compared with jansson; returns how many there were. */
static int json_differential(apr_pool_t *p, const char *dir)
{
    apr_array_header_t *files = list_files(p, dir);
    int i;

    CHECK(files != NULL, "cannot list %s", dir);
    for (i = 0; files && i < files->nelts; i++) {
        const char *path = apr_pstrcat(p, dir, "/", APR_ARRAY_IDX(files, i, char *), NULL);
        size_t size = 0;
        uint8_t *data = read_file(p, path, &size);

        CHECK(data != NULL, "cannot read %s", path);
        if (!data) continue;
        current_file = path;
        if (!fuzz_json_one(p, data, size)) unit_passed++;
        current_file = NULL;
    }
    return files ? files->nelts : 0;
}

void suite_fuzz_corpus(apr_pool_t *p)
{
    static const struct {
        const char *name;
        fuzz_fn fn;
    } targets[] = {
        { "cookie", fuzz_cookie_one },
        { "return_url", fuzz_return_url_one },
        { "rps_reply", fuzz_rps_reply_one },
        { "pinpad", fuzz_pinpad_one },
        { "form", fuzz_form_one },
        { "template", fuzz_template_one },
        { "path", fuzz_path_one },
        { "record", fuzz_record_one },
        { "json", fuzz_json_one },
        { "http_reply", fuzz_http_reply_one },
    };
    size_t t;
    int total = 0;

    for (t = 0; t < sizeof(targets) / sizeof(targets[0]); t++) {
        const char *dir = apr_pstrcat(p, unit_fuzz_corpus_dir, "/", targets[t].name, NULL);
        apr_array_header_t *files = list_files(p, dir);
        int i;

        CHECK(files && files->nelts > 0, "the fuzz corpus %s is missing or empty", dir);
        if (!files) continue;
        for (i = 0; i < files->nelts; i++) {
            const char *path = apr_pstrcat(p, dir, "/", APR_ARRAY_IDX(files, i, char *), NULL);
            apr_pool_t *sub;
            uint8_t *data;
            size_t size = 0;
            int bad;

            apr_pool_create(&sub, p);
            data = read_file(sub, path, &size);
            if (!data)
                unit_fail(__FILE__, __LINE__, "data != NULL", "cannot read %s (or larger than 1 MB)",
                          path);
            else {
                current_file = path;
                bad = targets[t].fn(sub, data, size);
                /* every input of every corpus is a document for the JSON
                 * reader too, compared with jansson */
                if (targets[t].fn != fuzz_json_one) bad += fuzz_json_one(sub, data, size);
                current_file = NULL;
                if (!bad) unit_passed++;
            }
            apr_pool_destroy(sub);
        }
        total += files->nelts;
    }
    total += json_differential(p, unit_corpus_dir);
    printf("# fuzz corpus: %d inputs replayed\n", total);
}
