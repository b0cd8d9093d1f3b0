/*
 * A small template language for the module's pages.  Pure.
 *
 *   {{ name }}        the value, HTML-escaped (security item 10)
 *   {{ name|js }}     the value, escaped for a JavaScript string in <script>
 *   {{ name|url }}    the value, percent-encoded
 *   {{ name|text }}   the value as it is, control characters replaced (mail)
 *   {{#name}}..{{/name}}  shown when name is set and non-empty
 *
 * Templates are compiled once at start-up; a syntax error or an unknown
 * placeholder is reported then, never rendered as a blank.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_lib.h"
#include "pure.h"

#define MAX_DEPTH 8
#define MAX_NAME 64

typedef struct {
    const char *base;
    apr_size_t len;
} piece;

enum node_kind { N_TEXT, N_VAR, N_OPEN, N_CLOSE };
enum filter { F_HTML, F_JS, F_URL, F_TEXT };

typedef struct {
    enum node_kind kind;
    enum filter filter;
    const char *text;       /* N_TEXT: the text; others: the name */
    apr_size_t len;
    int end;                /* N_OPEN: index of the matching N_CLOSE */
} node;

struct mpin_tpl {
    apr_array_header_t *nodes;
};

static int known_name(const char *name, const char *const *known)
{
    for (; known && *known; known++)
        if (!strcmp(*known, name)) return 1;
    return 0;
}

/* Parses the inside of {{ ... }} into n; returns an error text or NULL. */
static const char *parse_tag(apr_pool_t *p, const char *s, apr_size_t len, node *n,
                             const char *const *known)
{
    const char *end = s + len, *name, *bar;
    apr_size_t nlen;

    while (s < end && apr_isspace(*s)) s++;
    while (end > s && apr_isspace(end[-1])) end--;
    n->kind = N_VAR;
    if (s < end && (*s == '#' || *s == '/')) {
        n->kind = *s == '#' ? N_OPEN : N_CLOSE;
        s++;
    }
    n->filter = F_HTML;
    bar = memchr(s, '|', (apr_size_t)(end - s));
    if (bar) {
        apr_size_t flen = (apr_size_t)(end - bar - 1);
        if (n->kind != N_VAR) return "filters are only allowed on placeholders";
        if (flen == 2 && !memcmp(bar + 1, "js", 2)) n->filter = F_JS;
        else if (flen == 3 && !memcmp(bar + 1, "url", 3)) n->filter = F_URL;
        else if (flen == 4 && !memcmp(bar + 1, "html", 4)) n->filter = F_HTML;
        else if (flen == 4 && !memcmp(bar + 1, "text", 4)) n->filter = F_TEXT;
        else return "unknown filter (html, js, url or text)";
        end = bar;
    }
    name = s;
    nlen = (apr_size_t)(end - s);
    if (!nlen || nlen > MAX_NAME) return "empty or too long placeholder name";
    for (; s < end; s++)
        if (!apr_isalnum(*s) && *s != '_') return "invalid character in a placeholder name";
    n->text = apr_pstrmemdup(p, name, nlen);
    n->len = nlen;
    if (!known_name(n->text, known))
        return apr_psprintf(p, "unknown placeholder '%s'", n->text);
    return NULL;
}

/* A section tag alone on its line takes the whole line with it, so that
 * sections leave no blank lines behind (as in Mustache). */
static void trim_standalone(mpin_tpl *t, const char *text, const char *open, const char **close,
                            const char *end)
{
    const char *b = open, *a = *close + 2;
    node *prev;

    while (b > text && (b[-1] == ' ' || b[-1] == '\t')) b--;
    if (b > text && b[-1] != '\n') return;
    while (a < end && (*a == ' ' || *a == '\t' || *a == '\r')) a++;
    if (a < end && *a != '\n') return;
    /* drop the indentation before the tag from the preceding text ... */
    if (t->nodes->nelts >= 2) {
        prev = &APR_ARRAY_IDX(t->nodes, t->nodes->nelts - 2, node);
        if (prev->kind == N_TEXT && prev->text + prev->len == open)
            prev->len -= (apr_size_t)(open - b);
    }
    /* ... and the rest of the line after it, newline included */
    *close = (a < end ? a + 1 : end) - 2;
}

/* For plain-text templates (e-mail): the value as it is, but control
 * characters, which could forge lines, become '?'. */
static const char *text_clean(apr_pool_t *p, const char *v)
{
    char *out = apr_pstrdup(p, v), *q;

    for (q = out; *q; q++)
        if ((unsigned char)*q < 0x20 || *q == 0x7f) *q = '?';
    return out;
}

mpin_tpl *mpin_tpl_compile(apr_pool_t *p, const char *text, apr_size_t len,
                           const char *const *known, const char **why)
{
    mpin_tpl *t = apr_pcalloc(p, sizeof(*t));
    const char *s = text, *end = text + len;
    int stack[MAX_DEPTH], depth = 0;

    t->nodes = apr_array_make(p, 32, sizeof(node));
    while (s < end) {
        const char *open = NULL, *close, *q;
        node *n;

        for (q = s; q + 1 < end; q++) {
            if (q[0] == '{' && q[1] == '{') {
                open = q;
                break;
            }
        }
        if (!open) open = end;
        if (open > s) {
            n = &APR_ARRAY_PUSH(t->nodes, node);
            n->kind = N_TEXT;
            n->text = s;
            n->len = (apr_size_t)(open - s);
        }
        if (open == end) break;
        close = NULL;
        for (q = open + 2; q + 1 < end; q++) {
            if (q[0] == '}' && q[1] == '}') {
                close = q;
                break;
            }
        }
        if (!close) {
            *why = "unterminated {{";
            return NULL;
        }
        n = &APR_ARRAY_PUSH(t->nodes, node);
        if ((*why = parse_tag(p, open + 2, (apr_size_t)(close - open - 2), n, known)))
            return NULL;
        if (n->kind != N_VAR) trim_standalone(t, text, open, &close, end);
        if (n->kind == N_OPEN) {
            if (depth == MAX_DEPTH) {
                *why = "sections nested too deeply";
                return NULL;
            }
            stack[depth++] = t->nodes->nelts - 1;
        }
        else if (n->kind == N_CLOSE) {
            node *o;
            if (!depth) {
                *why = apr_psprintf(p, "{{/%s}} without {{#%s}}", n->text, n->text);
                return NULL;
            }
            o = &APR_ARRAY_IDX(t->nodes, stack[--depth], node);
            if (strcmp(o->text, n->text)) {
                *why = apr_psprintf(p, "{{/%s}} closes {{#%s}}", n->text, o->text);
                return NULL;
            }
            o->end = t->nodes->nelts - 1;
        }
        s = close + 2;
    }
    if (depth) {
        *why = "unclosed {{#section}}";
        return NULL;
    }
    return t;
}

char *mpin_tpl_render(apr_pool_t *p, const mpin_tpl *t, const apr_table_t *vars,
                      apr_size_t *len)
{
    apr_array_header_t *parts = apr_array_make(p, t->nodes->nelts, sizeof(piece));
    apr_size_t total = 0;
    char *out, *o;
    int i;

    for (i = 0; i < t->nodes->nelts; i++) {
        const node *n = &APR_ARRAY_IDX(t->nodes, i, node);
        const char *v;
        piece *io;

        switch (n->kind) {
        case N_TEXT:
            io = &APR_ARRAY_PUSH(parts, piece);
            io->base = n->text;
            io->len = n->len;
            total += io->len;
            break;
        case N_VAR:
            v = vars ? apr_table_get(vars, n->text) : NULL;
            if (!v) v = "";
            v = n->filter == F_JS ? mpin_js_escape(p, v)
              : n->filter == F_URL ? mpin_url_encode(p, v)
              : n->filter == F_TEXT ? text_clean(p, v)
              : mpin_html_escape(p, v);
            io = &APR_ARRAY_PUSH(parts, piece);
            io->base = v;
            io->len = strlen(v);
            total += io->len;
            break;
        case N_OPEN:
            v = vars ? apr_table_get(vars, n->text) : NULL;
            if (!v || !*v) i = n->end; /* skip to the section's end */
            break;
        case N_CLOSE:
            break;
        }
    }
    o = out = apr_palloc(p, total + 1);
    for (i = 0; i < parts->nelts; i++) {
        piece *io = &APR_ARRAY_IDX(parts, i, piece);
        memcpy(o, io->base, io->len);
        o += io->len;
    }
    *o = '\0';
    if (len) *len = total;
    return out;
}
