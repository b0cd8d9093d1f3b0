/*
 * Fuzzing the template language (pure/template.c, security item 10: every value
 * escaped): mpin_tpl_compile, then mpin_tpl_render with values from the
 * input.
 *
 * Input: template [NUL name=value]...  The template may use the module's
 * placeholder names (src/handlers/pages.c) and a, b, c.  Each name=value part sets a
 * variable (a part without '=' is skipped).  Byte 0x01 is reserved by the
 * harness: it is taken out of the template and of the values, and then put
 * back into each value right after every one of < > " ' &.
 *
 * Invariants:
 *   - a refused template gives a reason;
 *   - the rendering's length is the one returned, and rendering again gives
 *     the same bytes;
 *   - none of "<\x01", ">\x01", "\"\x01", "'\x01", "&\x01" appears in the
 *     output: the template holds no 0x01, so such a pair can only be a value's
 *     special character written without escaping, by any filter ({{ x }},
 *     {{ x|html }}, {{ x|js }}, {{ x|url }});
 *   - with no variables set, the output holds no 0x01 either.
 */
#include <string.h>
#include "apr_strings.h"
#include "apr_tables.h"
#include "fuzz.h"

#define MAX_VARS 16
#define MARK '\x01'

static const char *const known[] = {
    "username", "method", "login_url", "logout_url", "pinpad_script", "client_settings_url",
    "mobile_app_url", "success_url", "message", "status", "title", "pinpad", "password",
    "password_first", "csrf_token", "return_to", "confirm", "verified", "expired", "retry",
    "invalid", "mpin_id", "expire_time", "activate_key", "mac", "link", "a", "b", "c", NULL
};

/* s without MARK, then with MARK after each special character. */
static char *marked(apr_pool_t *p, const char *s)
{
    char *out = apr_palloc(p, strlen(s) * 2 + 1), *o = out;

    for (; *s; s++) {
        if (*s == MARK) continue;
        *o++ = *s;
        if (strchr("<>\"'&", *s)) *o++ = MARK;
    }
    *o = '\0';
    return out;
}

static int render_checks(apr_pool_t *p, const mpin_tpl *t, const apr_table_t *vars,
                         const char *how)
{
    static const char *const pairs[] = { "<\x01", ">\x01", "\"\x01", "'\x01", "&\x01", NULL };
    apr_size_t len = (apr_size_t)-1, len2 = (apr_size_t)-1;
    char *out = mpin_tpl_render(p, t, vars, &len), *again = mpin_tpl_render(p, t, vars, &len2);
    int bad = 0, i;

    FCHECK(out != NULL && len != (apr_size_t)-1, "%s: no rendering", how);
    if (!out) return bad;
    FCHECK(out[len] == '\0', "%s: the rendering is not NUL-terminated at its length", how);
    FCHECK(again && len2 == len && !memcmp(out, again, len), "%s: two renderings differ", how);
    for (i = 0; pairs[i]; i++) {
        const char *hit = memmem(out, len, pairs[i], 2);
        FCHECK(!hit, "%s: a value's '%c' is not escaped: ...%s...", how, pairs[i][0],
               hit ? fuzz_show_n(hit > out + 20 ? hit - 20 : out, 60) : "");
    }
    if (!vars)
        FCHECK(!memchr(out, MARK, len), "%s: 0x01 in the output without variables", how);
    return bad;
}

int fuzz_template_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    const char *parts[MAX_VARS + 1], *why = NULL;
    int n = fuzz_split(p, data, size, parts, MAX_VARS + 1), i, bad = 0;
    apr_table_t *vars = apr_table_make(p, MAX_VARS);
    char *text = apr_pstrdup(p, parts[0]), *q;
    mpin_tpl *t;

    for (q = text; *q; q++)
        if (*q == MARK) *q = ' ';
    t = mpin_tpl_compile(p, text, strlen(text), known, &why);
    if (!t) {
        FCHECK(why && *why, "template refused without a reason");
        return bad;
    }
    for (i = 1; i < n; i++) {
        const char *eq = strchr(parts[i], '=');
        if (eq)
            apr_table_set(vars, apr_pstrmemdup(p, parts[i], (apr_size_t)(eq - parts[i])),
                          marked(p, eq + 1));
    }
    bad += render_checks(p, t, NULL, "no variables");
    bad += render_checks(p, t, vars, "with variables");
    return bad;
}

FUZZ_TARGET(template)
