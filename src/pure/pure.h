/*
 * Pure helpers of mod_mpin_rpa: they take plain inputs and an APR pool, never
 * an httpd structure, so the unit tests (tests/unit) and the fuzzers call them
 * without a server.  Every function treats its input as hostile.
 */
#ifndef MPIN_PURE_H
#define MPIN_PURE_H

#include "apr_pools.h"
#include "apr_tables.h"
#include "apr_time.h"
#include "apr_network_io.h"

#include "pure/limits.h"

/* ---------------------------------------------------------- pure/return_target.c */
/* Decides whether a return target that came from a request may be redirected
 * to: a same-host absolute path ("/a/b?c"), or an absolute URL that starts
 * with one of the allowed prefixes at a path boundary.  Returns 1 if allowed;
 * otherwise 0 and *why (static text) says why.  allowed may be NULL. */
int mpin_url_return_ok(const char *url, const apr_array_header_t *allowed, const char **why);

/* ------------------------------------------------------------- pure/config_url.c */
/* 1 when s is visible ASCII without a backslash; else 0 and *why. */
int mpin_url_chars_ok(const char *s, const char **why);
/* The length of "http(s)://authority" at the start of url, or 0 when url is
 * not of that shape, has userinfo or an empty host. */
apr_size_t mpin_url_origin_len(const char *url);

/* Checks the syntax of an allowlist prefix given to MpinRedirectAllowed:
 * http(s)://host[:port][/path], no userinfo.  NULL if fine, else why. */
const char *mpin_url_prefix_check(const char *prefix);

/* Checks that an RPS base URL is http(s)://host[:port][/path] without query,
 * fragment or userinfo.  NULL if fine, else why. */
const char *mpin_url_base_check(const char *url);

/* An RPS base URL split for a client: host (without the brackets of an IPv6
 * literal), port (80/443 when not given), authority (the Host header: host
 * and port as written) and path ("" or "/..."). */
typedef struct {
    int https;
    const char *host;
    apr_port_t port;
    const char *authority;
    const char *path;
} mpin_url_parts;
/* 1 and *out (copies in p) when url passes mpin_url_base_check and its port
 * is a number 1-65535; 0 otherwise. */
int mpin_url_base_split(apr_pool_t *p, const char *url, mpin_url_parts *out);

/* -------------------------------------------------------- pure/rps_public_path.c */
/* 1 when path (raw, without query) is a public RPS endpoint the proxy may
 * forward: /rps/<name> or /rps/<name>/<hex mpinId>. */
int mpin_rps_public_path_ok(const char *path);

/* ---------------------------------------------------------------- pure/escape.c */
const char *mpin_html_escape(apr_pool_t *p, const char *s);
/* Escapes for use inside a double- or single-quoted JavaScript string inside
 * an HTML <script> element. */
const char *mpin_js_escape(apr_pool_t *p, const char *s);
/* Percent-encodes everything but unreserved characters (RFC 3986). */
const char *mpin_url_encode(apr_pool_t *p, const char *s);
/* Strict percent-decoding: NULL on a malformed escape or a decoded NUL. */
char *mpin_url_decode(apr_pool_t *p, const char *s, apr_size_t len);
/* The value of hex digit c (either case), or -1. */
int mpin_hexval(int c);
/* 1 when s is only hex digits and its length is in [min, max]. */
int mpin_is_hex(const char *s, apr_size_t min, apr_size_t max);
/* 1 when s (length len) is valid UTF-8 without control characters. */
int mpin_is_printable_utf8(const char *s, apr_size_t len);
/* 1 when s (length len) is valid UTF-8 (no overlong forms, surrogates or
 * code points past U+10FFFF); control characters and NUL are allowed. */
int mpin_is_utf8(const char *s, apr_size_t len);
const char *mpin_hex_encode(apr_pool_t *p, const unsigned char *b, apr_size_t n);
/* Decodes hex; NULL when s is not even-length hex. */
unsigned char *mpin_hex_decode(apr_pool_t *p, const char *s, apr_size_t *n);
const char *mpin_b64url_encode(apr_pool_t *p, const unsigned char *b, apr_size_t n);
/* Decodes unpadded base64url of exactly n bytes into out; 0 on error. */
int mpin_b64url_decode_exact(const char *s, apr_size_t slen, unsigned char *out, apr_size_t n);
/* Constant-time comparison of two buffers of equal length. */
int mpin_ct_equal(const unsigned char *a, const unsigned char *b, apr_size_t n);

/* ---------------------------------------------------------------- pure/cookie.c */
#define MPIN_COOKIE_MAX_VALUES 8
/* Appends to out (const char *) every value of the cookie called name in a
 * Cookie header, at most max of them; returns how many were found in all
 * (which may exceed max).  Values are copied, quotes are not interpreted. */
int mpin_cookie_values(apr_pool_t *p, const char *header, const char *name,
                       apr_array_header_t *out, int max);
/* The same; with commas, ',' separates pairs as ';' does: httpd joins the
 * Cookie fields of an HTTP/1.1 request with ", " (an h2 request's crumbs
 * come joined with "; "), so "a=1, name=v" is two cookies then. */
int mpin_cookie_values_ex(apr_pool_t *p, const char *header, const char *name,
                          apr_array_header_t *out, int max, int commas);
/* 1 when name is a valid cookie name (RFC 6265 token, which is exactly an
 * RFC 9110 token: also an HTTP method or field name). */
int mpin_cookie_name_ok(const char *name);
/* The name a cookie of this base name goes by (issue 16 item 4): a Secure
 * cookie gets the __Host- prefix when it is host-only with Path=/, else
 * __Secure-, so that neither plain http nor (for __Host-) a sibling
 * subdomain can set or overwrite it; a cookie that is not Secure, or a base
 * that has a prefix already, keeps base. */
const char *mpin_cookie_prefixed_name(apr_pool_t *p, const char *base, int secure,
                                      const char *domain, const char *path);
/* 1 for the characters of a token, 0 for the others (NUL included). */
extern const unsigned char mpin_tchar[256];

/* ------------------------------------------------------------ pure/cookie_strip.c */
/* header without the cookies named like one of names (a NULL-terminated
 * list): the others keep their bytes and separators.  header itself when
 * none was there, NULL when nothing is left; *removed says how many went. */
const char *mpin_cookie_strip(apr_pool_t *p, const char *header, const char *const *names,
                              int *removed);

/* ------------------------------------------------------------- pure/json_read.c */
/* A strict JSON reader (RFC 8259), never looser than jansson with
 * JSON_REJECT_DUPLICATES: the whole document is validated (UTF-8, escapes,
 * surrogate pairs, numbers, nothing after the value), \u0000 and duplicate
 * keys (compared unescaped, in every object) are refused, and so are integers
 * outside long long and reals that overflow a double, as jansson does.
 * Stricter than jansson on purpose: at most MPIN_JSON_MAX_MEMBERS members in
 * an object (which bounds the duplicate check) and containers nested at most
 * MPIN_JSON_MAX_DEPTH deep (the module's bodies have < 10 and 2). */
#define MPIN_JSON_MAX_MEMBERS 64
#define MPIN_JSON_MAX_DEPTH 32

enum {
    MPIN_JSON_INVALID = -1, /* returned: the document is not valid JSON */
    MPIN_JSON_ABSENT = 0,   /* a field: no such member */
    MPIN_JSON_NULL, MPIN_JSON_FALSE, MPIN_JSON_TRUE,
    MPIN_JSON_INTEGER,      /* no fraction, no exponent, within long long */
    MPIN_JSON_REAL, MPIN_JSON_STRING, MPIN_JSON_ARRAY, MPIN_JSON_OBJECT
};

/* A member of the top-level object that the caller wants. */
typedef struct {
    const char *name;       /* in: the key, as it reads once unescaped */
    int kind;               /* out: MPIN_JSON_ABSENT or the value's kind */
    const char *str;        /* out: a STRING, unescaped, NUL-terminated, in the pool */
    long long num;          /* out: an INTEGER */
    const char *raw;        /* out: the value's bytes in doc (an OBJECT: read them again) */
    apr_size_t raw_len;
} mpin_json_field;

/* Validates the len bytes at doc (not NUL-terminated) as one JSON document
 * and returns the kind of its top-level value, or MPIN_JSON_INVALID.  When
 * that value is an object, the members named in fields[0..nfields) are
 * filled in (the others are validated, not kept); otherwise, and when the
 * document is invalid, every field is MPIN_JSON_ABSENT. */
int mpin_json_read(apr_pool_t *p, const char *doc, apr_size_t len, mpin_json_field *fields,
                   int nfields);

/* ------------------------------------------------------------------ pure/json.c */
/* Reads mpinResponse.authOTT from the PIN pad's POST body (other keys are
 * ignored).  Returns 1 and sets *ott; 0 with *why otherwise.  The authOTT's
 * format is checked too (32-64 hex). */
int mpin_json_pinpad_authott(apr_pool_t *p, const char *body, apr_size_t len,
                             const char **ott, const char **why);

typedef struct {
    int status;             /* "status" of the body */
    const char *user_id;    /* "userId" ("" when absent on non-200) */
    const char *message;    /* "message" ("" when absent) */
    const char *mpin_id;    /* "mpinId" ("" when absent) */
} mpin_rps_auth_result;

/* Reads the RPS /authenticate reply: a JSON object with an integer status and
 * string userId and message.  Returns 1 on success; 0 with *why otherwise. */
int mpin_json_rps_auth_reply(apr_pool_t *p, const char *body, apr_size_t len,
                             mpin_rps_auth_result *out, const char **why);

/* Reads the RPS registration callback (/mpinVerify): a JSON object with a
 * string userId.  Returns 1 and sets the fields; 0 with *why otherwise. */
typedef struct {
    const char *user_id;
    const char *mpin_id;    /* "" when absent */
    const char *activate_key; /* "" when absent */
    const char *expire_time;  /* "" when absent */
    int resend;             /* 0/1 */
    int mobile;             /* 0/1 */
} mpin_verify_request;
int mpin_json_verify_request(apr_pool_t *p, const char *body, apr_size_t len,
                             mpin_verify_request *out, const char **why);

/* Reads the mobile app's logout POST body: "" or JSON logoutData
 * {"sessionToken": "...", "userId": "..."}.  *token is NULL when absent. */
int mpin_json_logout_token(apr_pool_t *p, const char *body, apr_size_t len,
                           const char **token, const char **why);

/* Decodes an mpinId (hex of a JSON object, docs/protocol.md §2.1) and returns
 * its "userID".  0 with *why when it does not decode. */
int mpin_json_mpin_id_user(apr_pool_t *p, const char *mpin_id, const char **user,
                           const char **why);

/* 1 when an mpinId (hex of the RPS's JSON, docs/protocol.md §2.1) says the
 * identity was registered on a phone ("mobile": 1); 0 otherwise, also for
 * an mpinId that does not decode. */
int mpin_json_mpin_id_mobile(apr_pool_t *p, const char *mpin_id);

/* The one JSON writer (json_write.c): an object, members added in order to
 * the innermost open one; a NULL string value leaves its member out; a
 * string that is not valid UTF-8 makes mpin_jw_finish return NULL. */
typedef struct mpin_json_writer mpin_json_writer;
mpin_json_writer *mpin_jw_object(apr_pool_t *p);
void mpin_jw_string(mpin_json_writer *w, const char *key, const char *value);
void mpin_jw_int(mpin_json_writer *w, const char *key, long value);
/* milliseconds written as seconds with three decimals */
void mpin_jw_millis(mpin_json_writer *w, const char *key, apr_uint64_t ms);
void mpin_jw_begin(mpin_json_writer *w, const char *key); /* a nested object */
void mpin_jw_bool(mpin_json_writer *w, const char *key, int value);
/* an array of objects: mpin_jw_begin_item opens the next one (close each
 * with mpin_jw_end, and the array with another) */
void mpin_jw_begin_array(mpin_json_writer *w, const char *key);
void mpin_jw_begin_item(mpin_json_writer *w);
void mpin_jw_end(mpin_json_writer *w);
char *mpin_jw_finish(mpin_json_writer *w); /* closes what is open */

/* Builds {"activateKey": key} for the RPS's POST /user/<mpinId>. */
char *mpin_json_activate_request(apr_pool_t *p, const char *key);
/* Builds the RPS /authenticate body {"authOTT": ott[, "logoutURL": url]
 * [, "logoutData": {"sessionToken": token}]} (NULL for the
 * optional ones leaves them out); NULL when a string is not valid UTF-8. */
char *mpin_json_authenticate_request(apr_pool_t *p, const char *ott, const char *logout_url,
                                     const char *logout_token);
/* Builds the /loginResult body. */
char *mpin_json_login_result(apr_pool_t *p, const char *ott, int status, const char *message,
                             const char *logout_token, const char *user);
/* Builds {"status": N, "message": m[, "userId": u][, "redirectURL": x]}
 * (the answer to the PIN pad); NULL when a string is not valid UTF-8. */
char *mpin_json_status_body(apr_pool_t *p, int status, const char *message,
                            const char *user, const char *redirect);
/* The same with "reason" after them: why a logged-in user must log in
 * again (the 401 of MpinMaxAuthAge and of a step-up); NULL as above. */
char *mpin_json_reauth_body(apr_pool_t *p, int status, const char *message, const char *reason,
                            const char *redirect);
/* Rewrites the RPS's absolute URLs in a clientSettings body: every field of
 * the rewritable list whose value starts with rps_public_base (e.g.
 * "http://127.0.0.1:8011/rps") gets that prefix replaced by local_prefix
 * ("/rps").  Returns the new body, or NULL with *why if the body is not a
 * JSON object. */
char *mpin_json_rewrite_client_settings(apr_pool_t *p, const char *body, apr_size_t len,
                                        const char *rps_base, const char *local_prefix,
                                        const char **why);

/* ---------------------------------------------------------------- pure/fields.c */
/* Splits s in place at sep into exactly want fields; 0 when there are more
 * or fewer. */
int mpin_split_fields(char *s, char sep, char **field, int want);
/* A non-negative decimal of one spelling: digits only, no leading zero, at
 * most max_digits (and never more than MPIN_DECIMAL_DIGITS_MAX) of them,
 * at most 2^63 - 1. */
#define MPIN_DECIMAL_DIGITS_MAX 19
int mpin_parse_decimal(const char *s, int max_digits, apr_int64_t *out);

/* ---------------------------------------------------------------- pure/record.c */
/* A session record in the store: version, times, method, user and the site
 * it was issued for.  Fields are percent-encoded and '|'-separated. */
typedef struct {
    apr_time_t created;
    apr_time_t last_used;
    const char *method;         /* of the latest login: "pinpad", "mobile", "password" */
    const char *user;
    const char *host;
    const char *cookie_name;
    const char *cookie_path;
    apr_time_t auth_time;       /* the last PIN entry (pinpad or mobile login), 0: none */
    const char *methods;        /* every method of the session, space-separated */
    const char *logout_key;     /* store key of the phone's logout token, "" none,
                                 * NULL: a record of before version 3 */
} mpin_record;
char *mpin_record_encode(apr_pool_t *p, const mpin_record *rec);
/* Reads version 3 and the older versions 2 and 1 (see record.c). */
int mpin_record_decode(apr_pool_t *p, const char *s, mpin_record *rec);
/* 1 for the methods in which the user enters the PIN (pinpad, mobile). */
int mpin_method_is_pin(const char *method);
/* 1 when the space-separated list methods holds the word method. */
int mpin_methods_have(const char *methods, const char *method);
/* methods with method appended unless already there. */
const char *mpin_methods_add(apr_pool_t *p, const char *methods, const char *method);

/* --------------------------------------------------------- pure/session_index.c */
/* A user's index of sessions: what lets a user list and end their sessions
 * and an administrator end all of them (socache cannot list keys). */
#define MPIN_INDEX_DECODE_MAX 64    /* entries a record may hold at most */
typedef struct {
    const char *key;            /* the session record's store key ("<hash>.s") */
    apr_time_t created;         /* whole seconds */
    char device;                /* 'b' browser, 'p' phone or tablet, 'o' other */
    const char *addr;           /* client address at login, or "-" */
} mpin_index_entry;
/* The entries of an index record (NULL: none), or NULL when malformed. */
apr_array_header_t *mpin_index_decode(apr_pool_t *p, const char *s);
char *mpin_index_encode(apr_pool_t *p, const apr_array_header_t *entries);
int mpin_index_key_ok(const char *key);
int mpin_index_addr_ok(const char *addr);
/* 'p' for the User-Agent of a phone or tablet, 'b' another browser, 'o'. */
char mpin_device_kind(const char *user_agent);
const char *mpin_device_name(char kind);

/* -------------------------------------------------------------- pure/template.c */
/* Templates are HTML with {{ name }} (HTML-escaped), {{ name|js }}
 * (JavaScript-string-escaped), {{ name|url }} (percent-encoded),
 * {{ name|text }} (plain text without control characters) and
 * {{#name}}...{{/name}} sections shown when name is set and non-empty. */
typedef struct mpin_tpl mpin_tpl;
/* Compiles text; NULL with *why on a syntax error.  known (NULL-terminated
 * list) names the placeholders that may be used; others are an error. */
mpin_tpl *mpin_tpl_compile(apr_pool_t *p, const char *text, apr_size_t len,
                           const char *const *known, const char **why);
/* Renders with vars (name -> raw value); unset names render empty. */
char *mpin_tpl_render(apr_pool_t *p, const mpin_tpl *t, const apr_table_t *vars,
                      apr_size_t *len);

/* ------------------------------------------------------------------ pure/form.c */
/* Finds name in an application/x-www-form-urlencoded string (a query string
 * or a form body): returns how many times it occurs and sets *value to the
 * first occurrence, decoded ('+' is a space).  *value is NULL when absent or
 * when its encoding is malformed. */
int mpin_form_get(apr_pool_t *p, const char *s, const char *name, const char **value);

/* -------------------------------------------------------- pure/activation.c */
/* Parses the RPS's expireTime "YYYY-MM-DDTHH:MM:SSZ"; 0 when malformed. */
int mpin_parse_expire_time(const char *s, apr_time_t *t);
/* 1 when s is a plain e-mail address safe to put in a mail header. */
int mpin_is_email(const char *s);

/* ----------------------------------------------------------------- pure/crypto.c */
void mpin_sha256(const void *data, apr_size_t len, unsigned char out[32]);
/* A key with its HMAC states computed once, for the per-request tags. */
typedef struct mpin_hmac_key mpin_hmac_key;
mpin_hmac_key *mpin_hmac_key_new(apr_pool_t *p, const unsigned char *key, apr_size_t klen);
void mpin_hmac_sha256_keyed(const mpin_hmac_key *k, const void *msg, apr_size_t mlen,
                            unsigned char out[32]);

/* -------------------------------------------------------- pure/session_cookie.c */
/* A session cookie is <id>.<tag>: an id of 24 random bytes and an
 * HMAC-SHA-256 tag, both base64url without padding. */
#define MPIN_SESSION_ID_BYTES 24
#define MPIN_SESSION_ID_CHARS 32
#define MPIN_SESSION_TAG_BYTES 32
#define MPIN_SESSION_TAG_CHARS 43
#define MPIN_SESSION_KEY_BYTES 32
/* The MAC key of a MpinSessionSecret (or of one line of its file). */
void mpin_session_key_derive(apr_pool_t *p, const char *secret,
                             unsigned char out[MPIN_SESSION_KEY_BYTES]);
/* The tag of the first MPIN_SESSION_ID_CHARS characters of id under the
 * cookie name. */
void mpin_session_cookie_tag(apr_pool_t *p, const mpin_hmac_key *key, const char *id,
                             const char *cookie_name, unsigned char out[MPIN_SESSION_TAG_BYTES]);
/* The cookie value "<id>.<tag>". */
const char *mpin_session_cookie_value(apr_pool_t *p, const mpin_hmac_key *key, const char *id,
                                      const char *cookie_name);
/* The pre-login cookie is <nonce>.<issued>.<tag>: 24 random bytes in
 * base64url, the second of issue in 16 lower-case hex digits, and an
 * HMAC-SHA-256 tag under the session key and the cookie name. */
#define MPIN_PRELOGIN_NONCE_BYTES 24
#define MPIN_PRELOGIN_NONCE_CHARS 32
#define MPIN_PRELOGIN_CHARS (MPIN_PRELOGIN_NONCE_CHARS + 1 + 16 + 1 + MPIN_SESSION_TAG_CHARS)
const char *mpin_prelogin_value(apr_pool_t *p, const mpin_hmac_key *key,
                                const unsigned char nonce[MPIN_PRELOGIN_NONCE_BYTES],
                                apr_time_t issued, const char *cookie_name);
/* 1, with *issued (when not NULL), when value carries a valid tag under key
 * and cookie_name; else 0. */
int mpin_prelogin_verify(apr_pool_t *p, const mpin_hmac_key *key, const char *value,
                         const char *cookie_name, apr_time_t *issued);

/* ------------------------------------------------------------ pure/http_reply_parser.c */
/* An incremental HTTP/1.1 response parser (the module's RPS client over
 * http://, rps/http_transport.c).  Feed it the bytes as they arrive, in any pieces:
 * the result does not depend on where they were cut. */

typedef enum {
    MPIN_HTTP_MORE = 0,     /* needs more bytes (or the end of the connection) */
    MPIN_HTTP_DONE,         /* a complete reply */
    MPIN_HTTP_ERROR,        /* malformed: why says why (never quoting the reply) */
    MPIN_HTTP_TOO_BIG       /* the body is over body_max */
} mpin_http_state;

typedef struct {
    /* the result */
    int status;                 /* of the final answer (1xx are skipped) */
    int version;                /* 10 or 11 */
    apr_table_t *headers;       /* of the final answer, names as sent */
    char *body;                 /* NUL-terminated (may hold NULs before) */
    apr_size_t body_len;
    int keep_alive;             /* the connection may carry another request */
    int extra;                  /* bytes came after the end of the reply */
    int received;               /* any byte came at all */
    const char *why;            /* static text, when ERROR or TOO_BIG */
    /* the parser's own */
    apr_pool_t *pool;
    int head, state, result, fields, chunked, te_seen, conn_close, conn_keep, until_close;
    int lines_only;             /* mpin_http_reply_init_lines: 1, 2 once in the trailers */
    apr_size_t body_max, body_cap, remaining, header_bytes, trailer_bytes, line_len, line_cap;
    apr_int64_t content_length; /* -1: none */
    char *line;
} mpin_http_reply;

/* head: the request was HEAD (the answer has no body, whatever it says). */
void mpin_http_reply_init(mpin_http_reply *h, apr_pool_t *p, int head, apr_size_t body_max);
/* For a client that frames the body itself (libcurl over https://, whose
 * header lines rps/client.c feeds here): the header section is read and
 * checked as after a HEAD request (DONE at its end; Content-Length and
 * Transfer-Encoding are checked against each other but frame nothing), and
 * lines that come after the header section of a chunked reply are read as
 * its trailer section (checked and dropped). */
void mpin_http_reply_init_lines(mpin_http_reply *h, apr_pool_t *p);
/* Feeds len bytes; returns the state after them.  Once DONE, further bytes
 * set extra and clear keep_alive; once ERROR or TOO_BIG it stays so. */
mpin_http_state mpin_http_reply_feed(mpin_http_reply *h, const char *data, apr_size_t len);
/* The connection was closed: completes a body read up to the close, or
 * makes a partial reply an ERROR ("before any reply" when received is 0). */
mpin_http_state mpin_http_reply_eof(mpin_http_reply *h);

/* ------------------------------------------------------------------ pure/path.c */
/* Maps a request path below a mount point to a file path under root:
 * refuses "..", "." segments, encoded slashes or dots, NUL, backslashes and
 * empty segments.  NULL with *why when refused. */
const char *mpin_path_under_root(apr_pool_t *p, const char *root, const char *rel,
                                 const char **why);

/* -------------------------------------------------------------- pure/ratelimit.c */
/* MpinRateLimit's token buckets (see the file).  Times in milliseconds. */
#define MPIN_RATE_MAX 1000          /* requests per second */
#define MPIN_RATE_BURST_MAX 100000
/* A rate in requests per second ("10", "0.5", at most 3 decimals, 0.001 to
 * MPIN_RATE_MAX) as the interval between two requests; 0 when malformed. */
apr_uint64_t mpin_rate_parse(const char *s);
/* One request at now against the bucket *tat: 0 when allowed (and *tat
 * moved), else how long until it would be. */
apr_uint64_t mpin_rate_take(apr_uint64_t *tat, apr_uint64_t now, apr_uint64_t interval,
                            apr_uint64_t burst);
/* What a client is counted under, from its address in network order (4 or
 * 16 bytes): an IPv4 address (also when IPv4-mapped), or an IPv6 /64.
 * Returns the length written to out, 0 for another length. */
#define MPIN_RATE_CLIENT_MAX 9
apr_size_t mpin_rate_client(const unsigned char *addr, apr_size_t len,
                            unsigned char out[MPIN_RATE_CLIENT_MAX]);
/* The shared table: sets of MPIN_RATE_WAYS 64-bit slots (a 16-bit tag of
 * the client's hash and its bucket's tat), updated with compare-and-swap.
 * A client without a slot takes the one of its set whose bucket is nearest
 * to full; *evicted says that bucket was not full yet.  Returns as
 * mpin_rate_take.  now must count from the table's creation. */
#define MPIN_RATE_WAYS 8
apr_uint64_t mpin_rate_table_take(volatile apr_uint64_t *slots, apr_uint32_t sets,
                                  apr_uint64_t hash, apr_uint64_t now, apr_uint64_t interval,
                                  apr_uint64_t burst, int *evicted);

/* -------------------------------------------------------------- pure/username.c */
/* The key of a user's lockout counter: ASCII lowercased, canonically
 * equivalent spellings (NFC, NFD) and most compatibility and case variants
 * folded together, other non-ASCII runs one placeholder byte (0xFF). */
const char *mpin_username_fold(apr_pool_t *p, const char *user);

#endif
