/*
 * template.c: placeholders, filters and sections; every value is escaped
 * (security item 10) and every template error is caught at compile time.
 */
#include <stdarg.h>
#include <string.h>
#include "unit.h"

static const char *const known[] = {
    "user", "message", "return_to", "show", "inner", "outer", NULL
};

/* Compiles text and renders it with vars given as name, value, ..., NULL. */
static const char *render(apr_pool_t *p, const char *text, ...)
{
    apr_table_t *vars = apr_table_make(p, 4);
    const char *why = NULL, *name;
    mpin_tpl *t = mpin_tpl_compile(p, text, strlen(text), known, &why);
    apr_size_t len = 0;
    va_list ap;
    char *out;

    CHECK(t != NULL, "template \"%s\" refused: %s", unit_show(text), unit_show(why));
    if (!t) return NULL;
    va_start(ap, text);
    while ((name = va_arg(ap, const char *))) apr_table_setn(vars, name, va_arg(ap, const char *));
    va_end(ap);
    out = mpin_tpl_render(p, t, vars, &len);
    CHECK(out && strlen(out) == len, "render length of \"%s\"", unit_show(text));
    return out;
}

/* Compiling text must fail with a message containing needle. */
static void refused(apr_pool_t *p, const char *text, const char *const *names, const char *needle)
{
    const char *why = NULL;
    mpin_tpl *t = mpin_tpl_compile(p, text, strlen(text), names, &why);

    CHECK(t == NULL, "template \"%s\" compiled", unit_show(text));
    CHECK(why && strstr(why, needle), "error for \"%s\" is \"%s\", not about \"%s\"",
          unit_show(text), unit_show(why), needle);
}

#define XSS "<script>alert('x')</script>&\""

static void placeholders(apr_pool_t *p)
{
    CHECK_STR(render(p, "Hello {{ user }}!", "user", XSS, NULL),
              "Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&#34;!", "html filter");
    CHECK_STR(render(p, "{{user}}|{{ user|html }}|{{  user  }}", "user", "<b>", NULL),
              "&lt;b&gt;|&lt;b&gt;|&lt;b&gt;", "html by default, with or without spaces");
    CHECK_STR(render(p, "<script>var u = \"{{ user|js }}\";</script>", "user",
                     "\"</script><script>alert(1)</script>\xe2\x80\xa8", NULL),
              "<script>var u = \"\\u0022\\u003c\\u002fscript\\u003e\\u003cscript\\u003ealert(1)"
              "\\u003c\\u002fscript\\u003e\\u2028\";</script>", "js filter");
    CHECK_STR(render(p, "<a href=\"/login?return_to={{ return_to|url }}\">",
                     "return_to", "/a b?c=d&e=\"f\"", NULL),
              "<a href=\"/login?return_to=%2Fa%20b%3Fc%3Dd%26e%3D%22f%22\">", "url filter");
    CHECK_STR(render(p, "[{{ user }}][{{ message|js }}][{{ return_to|url }}]", NULL),
              "[][][]", "unset names render empty");
    CHECK_STR(render(p, "{{ user }}", "user", "{{ message }}", "message", "boom", NULL),
              "{{ message }}", "values are not templates");
    CHECK_STR(render(p, "a { b } }} c {", NULL), "a { b } }} c {", "lone braces are text");
    CHECK_STR(render(p, "", NULL), "", "empty template");
    CHECK_STR(render(p, "{{user}}{{user}}", "user", "x", NULL), "xx", "adjacent placeholders");
}

static void sections(apr_pool_t *p)
{
    const char *sec = "<{{#message}}<p>{{ message }}</p>{{/message}}>";
    const char *nest = "{{#outer}}A{{#inner}}B{{ user }}{{/inner}}C{{/outer}}D";

    CHECK_STR(render(p, sec, "message", "<hi>", NULL), "<<p>&lt;hi&gt;</p>>", "section shown");
    CHECK_STR(render(p, sec, NULL), "<>", "section hidden when unset");
    CHECK_STR(render(p, sec, "message", "", NULL), "<>", "section hidden when empty");
    CHECK_STR(render(p, nest, NULL), "D", "nested: none set");
    CHECK_STR(render(p, nest, "outer", "1", NULL), "ACD", "nested: outer only");
    CHECK_STR(render(p, nest, "inner", "1", "user", "u", NULL), "D", "nested: inner only");
    CHECK_STR(render(p, nest, "outer", "1", "inner", "1", "user", "<u>", NULL), "AB&lt;u&gt;CD",
              "nested: both");
    CHECK_STR(render(p, "{{#show}}1{{/show}}{{#user}}2{{/user}}{{#show}}3{{/show}}", "show", "y",
                     NULL), "13", "sibling sections");
    CHECK_STR(render(p, "{{#show}}{{#show}}x{{/show}}{{/show}}", "show", "y", NULL), "x",
              "same name nested");
    CHECK_STR(render(p, "{{#show}}{{#show}}{{#show}}{{#show}}{{#show}}{{#show}}{{#show}}{{#show}}"
                        "deep{{/show}}{{/show}}{{/show}}{{/show}}{{/show}}{{/show}}{{/show}}"
                        "{{/show}}", "show", "y", NULL), "deep", "8 levels");
    {
        const char *why = NULL;
        mpin_tpl *t = mpin_tpl_compile(p, sec, strlen(sec), known, &why);
        char *out = t ? mpin_tpl_render(p, t, NULL, NULL) : NULL;
        CHECK_STR(out, "<>", "render with no variables");
    }
}

static void errors(apr_pool_t *p)
{
    static const char *const long_name[] = {
        "a123456789b123456789c123456789d123456789e123456789f123456789g1234", NULL
    };
    char *deep = apr_pstrdup(p, "");
    int i;

    refused(p, "Hello {{ evil }}", known, "evil");
    refused(p, "{{#evil}}x{{/evil}}", known, "evil");
    refused(p, "{{ user|js }}{{ other_thing|url }}", known, "other_thing");
    refused(p, "{{ user }}", NULL, "user");
    refused(p, "{{ user", known, "unterminated");
    refused(p, "abc {{", known, "unterminated");
    refused(p, "{{ user }", known, "unterminated");
    refused(p, "{{ user }}{{", known, "unterminated");
    refused(p, "{{#outer}}{{#inner}}{{/outer}}{{/inner}}", known, "outer");
    refused(p, "{{/user}}", known, "user");
    refused(p, "{{#user}}x", known, "unclosed");
    refused(p, "{{#user}}x{{/message}}", known, "message");
    refused(p, "{{ user|raw }}", known, "filter");
    refused(p, "{{ user|JS }}", known, "filter");
    refused(p, "{{ user| }}", known, "filter");
    refused(p, "{{ user|js|url }}", known, "filter");
    refused(p, "{{#user|js}}x{{/user}}", known, "filter");
    refused(p, "{{}}", known, "name");
    refused(p, "{{ }}", known, "name");
    refused(p, "{{#}}{{/}}", known, "name");
    refused(p, "{{ user.name }}", known, "character");
    refused(p, "{{ us er }}", known, "character");
    refused(p, "{{ <script> }}", known, "character");
    refused(p, "{{{ user }}}", known, "character");
    refused(p, "{{ a123456789b123456789c123456789d123456789e123456789f123456789g1234 }}",
            long_name, "long");
    for (i = 0; i < 9; i++) deep = apr_pstrcat(p, deep, "{{#show}}", NULL);
    for (i = 0; i < 9; i++) deep = apr_pstrcat(p, deep, "{{/show}}", NULL);
    refused(p, deep, known, "nested");
}

void suite_template(apr_pool_t *p)
{
    placeholders(p);
    sections(p);
    errors(p);
}
