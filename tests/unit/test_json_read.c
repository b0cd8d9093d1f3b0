/*
 * json_read.c: the strict JSON reader (RFC 8259) of the login path.  A
 * table of documents, each with the kind of its top-level value or
 * MPIN_JSON_INVALID and the rule it shows; every one of them is also run
 * through fuzz/fuzz_json.c, which compares the reader with jansson
 * (JSON_REJECT_DUPLICATES | JSON_DECODE_ANY): same documents refused, same
 * values, except past our documented limits.  Then the values handed back.
 */
#include <string.h>
#include "unit.h"
#include "fuzz.h"

#define INVALID MPIN_JSON_INVALID

/* A literal with its exact length, NUL bytes and all. */
#define DOC(s) s, sizeof(s) - 1

typedef struct {
    const char *doc;
    apr_size_t len;
    int kind;
    const char *rule;
} doc_case;

static const doc_case cases[] = {
    /* values at the top (JSON_DECODE_ANY) */
    { DOC("{}"), MPIN_JSON_OBJECT, "empty object" },
    { DOC("[]"), MPIN_JSON_ARRAY, "empty array" },
    { DOC("\"\""), MPIN_JSON_STRING, "empty string" },
    { DOC("null"), MPIN_JSON_NULL, "null" },
    { DOC("true"), MPIN_JSON_TRUE, "true" },
    { DOC("false"), MPIN_JSON_FALSE, "false" },
    { DOC("0"), MPIN_JSON_INTEGER, "zero" },
    { DOC("{\"a\":{\"b\":[1,2,{\"c\":null}]},\"d\":[]}"), MPIN_JSON_OBJECT, "nesting" },
    { DOC(""), INVALID, "empty input" },
    { DOC(" \t\r\n"), INVALID, "only whitespace" },
    { DOC("nul"), INVALID, "cut literal" },
    { DOC("nulll"), INVALID, "literal then garbage" },
    { DOC("True"), INVALID, "literals are lower case" },
    { DOC("NaN"), INVALID, "no NaN" },
    { DOC("Infinity"), INVALID, "no Infinity" },
    { DOC("undefined"), INVALID, "no undefined" },
    /* whitespace: space, tab, CR, LF only */
    { DOC(" \t\r\n{ \"a\" :\t1 ,\n\"b\"\r:[ ] } \n"), MPIN_JSON_OBJECT, "RFC whitespace" },
    { DOC("\x0b{}"), INVALID, "vertical tab is not whitespace" },
    { DOC("{}\x0c"), INVALID, "form feed is not whitespace" },
    { DOC("\xc2\xa0{}"), INVALID, "no-break space is not whitespace" },
    { DOC("\xef\xbb\xbf{}"), INVALID, "no byte-order mark" },
    { DOC("{\"a\":1}\xe2\x80\xa8"), INVALID, "U+2028 is not whitespace" },
    /* nothing after the value */
    { DOC("{} {}"), INVALID, "two values" },
    { DOC("{\"a\":1}x"), INVALID, "trailing garbage" },
    { DOC("{\"a\":1},"), INVALID, "trailing comma after the value" },
    { DOC("1 2"), INVALID, "two numbers" },
    { DOC("\"a\"\"b\""), INVALID, "two strings" },
    { DOC("{}\0"), INVALID, "NUL after the value" },
    { DOC("\0{}"), INVALID, "NUL before the value" },
    /* structure */
    { DOC("{"), INVALID, "unclosed object" },
    { DOC("{\"a\":1"), INVALID, "unclosed object after a member" },
    { DOC("["), INVALID, "unclosed array" },
    { DOC("[1,2"), INVALID, "unclosed array after an element" },
    { DOC("}"), INVALID, "close without open" },
    { DOC("[}"), INVALID, "mismatched brackets" },
    { DOC("{]"), INVALID, "mismatched braces" },
    { DOC("{\"a\":1,}"), INVALID, "trailing comma in an object" },
    { DOC("[1,]"), INVALID, "trailing comma in an array" },
    { DOC("[,1]"), INVALID, "leading comma in an array" },
    { DOC("[1,,2]"), INVALID, "two commas" },
    { DOC("[1 2]"), INVALID, "missing comma in an array" },
    { DOC("{\"a\":1 \"b\":2}"), INVALID, "missing comma in an object" },
    { DOC("{\"a\" 1}"), INVALID, "missing colon" },
    { DOC("{\"a\"::1}"), INVALID, "two colons" },
    { DOC("{\"a\"}"), INVALID, "key without value" },
    { DOC("{\"a\":}"), INVALID, "colon without value" },
    { DOC("{a:1}"), INVALID, "unquoted key" },
    { DOC("{1:1}"), INVALID, "number as key" },
    { DOC("{null:1}"), INVALID, "null as key" },
    { DOC("{'a':1}"), INVALID, "single-quoted key" },
    { DOC("['a']"), INVALID, "single-quoted string" },
    { DOC("{\"a\":1}/**/"), INVALID, "no comments" },
    { DOC("[1]//"), INVALID, "no line comments" },
    /* numbers: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
    { DOC("-0"), MPIN_JSON_INTEGER, "negative zero is an integer" },
    { DOC("123"), MPIN_JSON_INTEGER, "integer" },
    { DOC("-123"), MPIN_JSON_INTEGER, "negative integer" },
    { DOC("9223372036854775807"), MPIN_JSON_INTEGER, "LLONG_MAX" },
    { DOC("-9223372036854775808"), MPIN_JSON_INTEGER, "LLONG_MIN" },
    { DOC("9223372036854775808"), INVALID, "past LLONG_MAX (jansson: too big integer)" },
    { DOC("-9223372036854775809"), INVALID, "past LLONG_MIN" },
    { DOC("99999999999999999999999"), INVALID, "far past LLONG_MAX" },
    { DOC("0.5"), MPIN_JSON_REAL, "fraction" },
    { DOC("-0.0"), MPIN_JSON_REAL, "negative zero fraction" },
    { DOC("1e5"), MPIN_JSON_REAL, "exponent" },
    { DOC("1E5"), MPIN_JSON_REAL, "capital exponent" },
    { DOC("1e+5"), MPIN_JSON_REAL, "exponent with +" },
    { DOC("1.5e-5"), MPIN_JSON_REAL, "fraction and exponent" },
    { DOC("1e05"), MPIN_JSON_REAL, "exponent digits may start with 0" },
    { DOC("99999999999999999999999.0"), MPIN_JSON_REAL, "a big real is a real" },
    { DOC("1.7976931348623157e308"), MPIN_JSON_REAL, "DBL_MAX" },
    { DOC("1e400"), INVALID, "real overflow (jansson: real number overflow)" },
    { DOC("-1e400"), INVALID, "negative real overflow" },
    { DOC("1e-400"), MPIN_JSON_REAL, "underflow is taken, as jansson takes it" },
    { DOC("01"), INVALID, "leading zero" },
    { DOC("-01"), INVALID, "negative leading zero" },
    { DOC("00"), INVALID, "two zeros" },
    { DOC("+1"), INVALID, "no +" },
    { DOC("-"), INVALID, "minus alone" },
    { DOC("- 1"), INVALID, "space after minus" },
    { DOC("--1"), INVALID, "two minus signs" },
    { DOC(".5"), INVALID, "bare leading ." },
    { DOC("1."), INVALID, "bare trailing ." },
    { DOC("1.e5"), INVALID, "no digit after ." },
    { DOC("1e"), INVALID, "empty exponent" },
    { DOC("1e+"), INVALID, "empty signed exponent" },
    { DOC("1e+-1"), INVALID, "two exponent signs" },
    { DOC("e5"), INVALID, "exponent alone" },
    { DOC("0x10"), INVALID, "no hex" },
    { DOC("1_000"), INVALID, "no separators" },
    { DOC("[1.5.5]"), INVALID, "two dots" },
    { DOC("[1e5e5]"), INVALID, "two exponents" },
    { DOC("[1]\0"), INVALID, "NUL after an array" },
    /* strings: escapes */
    { DOC("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\""), MPIN_JSON_STRING, "every short escape" },
    { DOC("\"\\u0041\\u00e9\\u20AC\\uFFFF\""), MPIN_JSON_STRING, "\\u escapes, either case" },
    { DOC("\"\\ud83d\\ude00\""), MPIN_JSON_STRING, "surrogate pair" },
    { DOC("\"\\uDBFF\\uDFFF\""), MPIN_JSON_STRING, "last surrogate pair (U+10FFFF)" },
    { DOC("\"\\a\""), INVALID, "unknown escape" },
    { DOC("\"\\x41\""), INVALID, "no \\x" },
    { DOC("\"\\'\""), INVALID, "no \\'" },
    { DOC("\"\\U0041\""), INVALID, "no \\U" },
    { DOC("\"\\u41\""), INVALID, "short \\u" },
    { DOC("\"\\u004\""), INVALID, "three hex digits" },
    { DOC("\"\\u00G1\""), INVALID, "non-hex digit" },
    { DOC("\"\\u"), INVALID, "\\u at the end" },
    { DOC("\"\\"), INVALID, "backslash at the end" },
    { DOC("\"\\u0000\""), INVALID, "\\u0000 (jansson refuses it, C strings cannot hold it)" },
    { DOC("{\"a\\u0000b\":1}"), INVALID, "\\u0000 in a key" },
    { DOC("\"\\ud800\""), INVALID, "lone high surrogate" },
    { DOC("\"\\udc00\""), INVALID, "lone low surrogate" },
    { DOC("\"\\udc00\\ud800\""), INVALID, "reversed pair" },
    { DOC("\"\\ud800\\ud800\""), INVALID, "two high surrogates" },
    { DOC("\"\\ud800\\u0041\""), INVALID, "high surrogate then a non-surrogate" },
    { DOC("\"\\ud800x\""), INVALID, "high surrogate then a character" },
    { DOC("\"\\ud800\\n\""), INVALID, "high surrogate then another escape" },
    { DOC("\"\\ud800\\udc0\""), INVALID, "cut low surrogate" },
    /* strings: raw bytes */
    { DOC("\"\x7f\""), MPIN_JSON_STRING, "DEL is allowed" },
    { DOC("\"\x01\""), INVALID, "control character" },
    { DOC("\"\x1f\""), INVALID, "last control character" },
    { DOC("\"a\tb\""), INVALID, "raw tab in a string" },
    { DOC("\"a\nb\""), INVALID, "raw newline in a string" },
    { DOC("\"a\0b\""), INVALID, "NUL inside a string" },
    { DOC("\"abc"), INVALID, "unterminated string" },
    { DOC("\"abc\\\""), INVALID, "escaped closing quote" },
    /* strings: UTF-8 */
    { DOC("\"\xc2\x80\xdf\xbf\""), MPIN_JSON_STRING, "two-byte edges" },
    { DOC("\"\xe0\xa0\x80\xef\xbf\xbf\""), MPIN_JSON_STRING, "three-byte edges" },
    { DOC("\"\xed\x9f\xbf\xee\x80\x80\""), MPIN_JSON_STRING, "around the surrogates" },
    { DOC("\"\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\""), MPIN_JSON_STRING, "four-byte edges" },
    { DOC("\"a\xc3\xa9z\xe2\x82\xac\xf0\x9f\x98\x80\""), MPIN_JSON_STRING, "mixed runs" },
    { DOC("\"\x80\""), INVALID, "lone continuation byte" },
    { DOC("\"\xbf\""), INVALID, "last continuation byte alone" },
    { DOC("\"\xc3\""), INVALID, "cut two-byte sequence" },
    { DOC("\"\xe2\x82\""), INVALID, "cut three-byte sequence" },
    { DOC("\"\xf0\x9f\x98\""), INVALID, "cut four-byte sequence" },
    { DOC("\"\xc3\xa9\xa9\""), INVALID, "extra continuation byte" },
    { DOC("\"\xc0\xaf\""), INVALID, "overlong /" },
    { DOC("\"\xc1\xbf\""), INVALID, "overlong two-byte" },
    { DOC("\"\xe0\x80\xaf\""), INVALID, "overlong three-byte" },
    { DOC("\"\xe0\x9f\xbf\""), INVALID, "overlong three-byte, top" },
    { DOC("\"\xf0\x80\x80\xaf\""), INVALID, "overlong four-byte" },
    { DOC("\"\xf0\x8f\xbf\xbf\""), INVALID, "overlong four-byte, top" },
    { DOC("\"\xed\xa0\x80\""), INVALID, "UTF-8 high surrogate" },
    { DOC("\"\xed\xbf\xbf\""), INVALID, "UTF-8 low surrogate" },
    { DOC("\"\xed\xa0\xbd\xed\xb8\x80\""), INVALID, "CESU-8 pair" },
    { DOC("\"\xf4\x90\x80\x80\""), INVALID, "past U+10FFFF" },
    { DOC("\"\xf5\x80\x80\x80\""), INVALID, "lead byte F5" },
    { DOC("\"\xf8\x88\x80\x80\x80\""), INVALID, "five-byte form" },
    { DOC("\"\xfe\""), INVALID, "byte FE" },
    { DOC("\"\xff\""), INVALID, "byte FF" },
    { DOC("\"\xc3\x28\""), INVALID, "continuation expected, ASCII found" },
    { DOC("{\"\xff\":1}"), INVALID, "invalid UTF-8 in a key" },
    { DOC("[\xc3\xa9]"), INVALID, "UTF-8 outside a string" },
    /* duplicate keys, in every object, compared unescaped */
    { DOC("{\"a\":1,\"b\":2}"), MPIN_JSON_OBJECT, "distinct keys" },
    { DOC("{\"a\":1,\"A\":2}"), MPIN_JSON_OBJECT, "keys are case-sensitive" },
    { DOC("{\"\":1,\"a\":2}"), MPIN_JSON_OBJECT, "empty key" },
    { DOC("{\"ab\":1,\"a\":2,\"abc\":3}"), MPIN_JSON_OBJECT, "prefixes are distinct" },
    { DOC("{\"a\":1,\"a\":2}"), INVALID, "duplicate key" },
    { DOC("{\"a\":1,\"a\":1}"), INVALID, "duplicate key, same value" },
    { DOC("{\"\":1,\"\":2}"), INVALID, "duplicate empty key" },
    { DOC("{\"a\":1,\"\\u0061\":2}"), INVALID, "duplicate after unescaping" },
    { DOC("{\"\\u0061\":1,\"a\":2}"), INVALID, "duplicate after unescaping, first escaped" },
    { DOC("{\"a/b\":1,\"a\\/b\":2}"), INVALID, "duplicate through \\/" },
    { DOC("{\"\xc3\xa9\":1,\"\\u00e9\":2}"), INVALID, "duplicate through \\u00e9" },
    { DOC("{\"\xf0\x9f\x98\x80\":1,\"\\ud83d\\ude00\":2}"), INVALID, "duplicate through a pair" },
    { DOC("{\"x\":{\"a\":1,\"a\":2}}"), INVALID, "duplicate in a nested object" },
    { DOC("[{\"a\":1,\"a\":2}]"), INVALID, "duplicate in an object in an array" },
    { DOC("{\"x\":{\"a\":1},\"y\":{\"a\":2}}"), MPIN_JSON_OBJECT, "same key in two objects" },
    { DOC("{\"a\":1,\"b\":2,\"c\":3,\"a\":4}"), INVALID, "duplicate further on" },
    /* NUL bytes inside the buffer, outside strings */
    { DOC("{\"a\":1\0}"), INVALID, "NUL after a number (jansson loses it; we refuse it)" },
    { DOC("[true\0]"), INVALID, "NUL after a literal (jansson loses it; we refuse it)" },
    { DOC("{\"a\"\0:1}"), INVALID, "NUL after a key" },
    { DOC("[1,\0 2]"), INVALID, "NUL after a comma" },
};

/* A document of n members "k0".."k<n-1>" and one of n arrays nested. */
static const char *members(apr_pool_t *p, int n)
{
    const char *s = "{";
    int i;

    for (i = 0; i < n; i++) s = apr_psprintf(p, "%s%s\"k%d\":%d", s, i ? "," : "", i, i);
    return apr_pstrcat(p, s, "}", NULL);
}

static const char *nested(apr_pool_t *p, int depth, char open, char close, const char *inner)
{
    char *s = apr_palloc(p, 2 * (apr_size_t)depth + strlen(inner) + 1);

    memset(s, open, (apr_size_t)depth);
    strcpy(s + depth, inner);
    memset(s + depth + strlen(inner), close, (apr_size_t)depth);
    s[2 * depth + strlen(inner)] = '\0';
    return s;
}

static void check_doc(apr_pool_t *p, const char *doc, apr_size_t len, int kind, const char *rule)
{
    CHECK_INT(mpin_json_read(p, doc, len, NULL, 0), kind, "%s: \"%s\"", rule,
              unit_show_n(doc, len));
    CHECK(fuzz_json_one(p, (const uint8_t *)doc, len) == 0, "%s: differs from jansson", rule);
}

static void table(apr_pool_t *p)
{
    apr_size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check_doc(p, cases[i].doc, cases[i].len, cases[i].kind, cases[i].rule);
}

/* The documented limits: more is refused, where jansson would read it. */
static void limits(apr_pool_t *p)
{
    const char *d;

    d = members(p, MPIN_JSON_MAX_MEMBERS);
    check_doc(p, d, strlen(d), MPIN_JSON_OBJECT, "64 members");
    d = members(p, MPIN_JSON_MAX_MEMBERS + 1);
    check_doc(p, d, strlen(d), INVALID, "65 members");
    d = apr_pstrcat(p, "[", members(p, MPIN_JSON_MAX_MEMBERS + 1), "]", NULL);
    check_doc(p, d, strlen(d), INVALID, "65 members in a nested object");
    d = nested(p, MPIN_JSON_MAX_DEPTH, '[', ']', "1");
    check_doc(p, d, strlen(d), MPIN_JSON_ARRAY, "depth 32");
    d = nested(p, MPIN_JSON_MAX_DEPTH + 1, '[', ']', "1");
    check_doc(p, d, strlen(d), INVALID, "depth 33");
    d = nested(p, MPIN_JSON_MAX_DEPTH + 1, '[', ']', "");
    check_doc(p, d, strlen(d), INVALID, "depth 33, empty");
    d = apr_pstrcat(p, "{\"a\":", nested(p, MPIN_JSON_MAX_DEPTH - 1, '[', ']', ""), "}", NULL);
    check_doc(p, d, strlen(d), MPIN_JSON_OBJECT, "depth 32 under an object");
    d = apr_pstrcat(p, "{\"a\":", nested(p, MPIN_JSON_MAX_DEPTH, '[', ']', ""), "}", NULL);
    check_doc(p, d, strlen(d), INVALID, "depth 33 under an object");
    d = nested(p, 100000, '[', ']', "");
    check_doc(p, d, strlen(d), INVALID, "depth 100000 (no stack overflow)");
    /* arrays have no member limit (no duplicate check to bound) */
    {
        char *a = apr_palloc(p, 2 * 1000 + 2);
        int i;

        for (i = 0; i < 1000; i++) memcpy(a + 2 * i, i ? ",0" : "[0", 2);
        memcpy(a + 2000, "]", 2);
        check_doc(p, a, strlen(a), MPIN_JSON_ARRAY, "1000 elements in an array");
    }
}

/* The values handed back. */
static void fields(apr_pool_t *p)
{
    static const char body[] =
        "{\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\u20ac\\ud83d\\ude00\xc3\xa9\","
        " \"i\":-42, \"big\":-9223372036854775808, \"r\":1.5, \"t\":true, \"f\":false,"
        " \"n\":null, \"o\":{\"k\":\"v\"} , \"arr\":[1, \"x\"], \"\\u006b\":\"escaped key\"}";
    enum { S, I, BIG, R, T, F, NUL, O, ARR, K, MISSING, N };
    mpin_json_field f[N] = { { .name = "s" }, { .name = "i" }, { .name = "big" },
                             { .name = "r" }, { .name = "t" }, { .name = "f" },
                             { .name = "n" }, { .name = "o" }, { .name = "arr" },
                             { .name = "k" }, { .name = "missing" } };
    mpin_json_field in[1] = { { .name = "k" } };
    char cut[] = "{\"a\":\"x\"}garbage";

    CHECK_INT(mpin_json_read(p, body, sizeof(body) - 1, f, N), MPIN_JSON_OBJECT, "fields body");
    CHECK_INT(f[S].kind, MPIN_JSON_STRING, "s kind");
    CHECK_STR(f[S].str, "a\"b\\c/d\b\f\n\r\t\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xc3\xa9",
              "s unescaped");
    CHECK_INT(f[I].kind, MPIN_JSON_INTEGER, "i kind");
    CHECK_INT(f[I].num, -42, "i value");
    CHECK(f[BIG].kind == MPIN_JSON_INTEGER && f[BIG].num == -9223372036854775807LL - 1,
          "LLONG_MIN read back");
    CHECK_INT(f[R].kind, MPIN_JSON_REAL, "r kind");
    CHECK_NULL(f[R].str, "a real has no string");
    CHECK_INT(f[T].kind, MPIN_JSON_TRUE, "t kind");
    CHECK_INT(f[F].kind, MPIN_JSON_FALSE, "f kind");
    CHECK_INT(f[NUL].kind, MPIN_JSON_NULL, "n kind");
    CHECK_INT(f[O].kind, MPIN_JSON_OBJECT, "o kind");
    CHECK_STR(apr_pstrmemdup(p, f[O].raw, f[O].raw_len), "{\"k\":\"v\"}", "o span");
    CHECK_INT(mpin_json_read(p, f[O].raw, f[O].raw_len, in, 1), MPIN_JSON_OBJECT, "o read again");
    CHECK_STR(in[0].str, "v", "o.k");
    CHECK_INT(f[ARR].kind, MPIN_JSON_ARRAY, "arr kind");
    CHECK_STR(apr_pstrmemdup(p, f[ARR].raw, f[ARR].raw_len), "[1, \"x\"]", "arr span");
    CHECK_STR(f[K].str, "escaped key", "a key found through its escape");
    CHECK_INT(f[MISSING].kind, MPIN_JSON_ABSENT, "missing kind");
    CHECK_NULL(f[MISSING].str, "missing str");
    CHECK_STR(apr_pstrmemdup(p, f[S].raw, 4), "\"a\\\"", "a string's span has its quotes");

    /* a refused document leaves every field absent */
    CHECK_INT(mpin_json_read(p, DOC("{\"s\":\"x\",\"s\":\"y\"}"), f, N), INVALID, "duplicate");
    CHECK(f[S].kind == MPIN_JSON_ABSENT && !f[S].str && !f[S].raw, "field set by a refused body");
    /* a top-level value that is not an object fills in nothing */
    CHECK_INT(mpin_json_read(p, DOC("[{\"s\":\"x\"}]"), f, N), MPIN_JSON_ARRAY, "array");
    CHECK_INT(f[S].kind, MPIN_JSON_ABSENT, "field set from inside an array");
    /* only the top level's members: not those of a nested object */
    CHECK_INT(mpin_json_read(p, DOC("{\"o\":{\"s\":\"x\"}}"), f, N), MPIN_JSON_OBJECT, "nested");
    CHECK_INT(f[S].kind, MPIN_JSON_ABSENT, "a nested member taken for a top-level one");
    /* len is honoured: the bytes past it are not read, a cut document is invalid */
    CHECK_INT(mpin_json_read(p, cut, 9, in, 1), MPIN_JSON_OBJECT, "bytes past len read");
    CHECK_INT(mpin_json_read(p, cut, 8, in, 1), INVALID, "cut document accepted");
    CHECK_INT(mpin_json_read(p, NULL, 0, in, 1), INVALID, "NULL document accepted");
    CHECK_INT(mpin_json_read(p, DOC("\"only\""), in, 1), MPIN_JSON_STRING, "a string alone");
}

void suite_json_read(apr_pool_t *p)
{
    table(p);
    limits(p);
    fields(p);
}
