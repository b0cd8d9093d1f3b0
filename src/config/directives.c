/*
 * Configuration: create/merge of the per-directory and per-server records and
 * every directive.  Values are checked when the directive is read, so that
 * `apachectl -t` rejects a bad one with a message naming the directive
 * (httpd adds the file and line).
 */
#include "apr_strings.h"
#include "apr_file_info.h"
#include "apr_lib.h"
#include "http_core.h"
#include "mpin_rpa.h"

#define DEFAULT_RPS_URL "http://127.0.0.1:8011"

#define MAX_SECONDS (10 * 365 * 24 * 3600)
#define SECRET_MIN 32

#define OFFSET(field) ((void *)APR_OFFSETOF(mpin_dir_conf, field))
#define FIELD(conf, cmd, type) ((type *)((char *)(conf) + (apr_size_t)(cmd)->info))

/* ------------------------------------------------------------ defaults */

int mpin_conf_int(int v, int dflt)
{
    return v == MPIN_UNSET ? dflt : v;
}

const char *mpin_conf_rps_url(const mpin_dir_conf *c)
{
    return c->rps_url ? c->rps_url : DEFAULT_RPS_URL;
}

const char *mpin_conf_login_url(const mpin_dir_conf *c)
{
    return c->login_url ? c->login_url : "/login";
}

const char *mpin_conf_success_url(const mpin_dir_conf *c)
{
    return c->success_url ? c->success_url : "/protected";
}

const char *mpin_conf_logout_redirect(const mpin_dir_conf *c)
{
    return c->logout_redirect ? c->logout_redirect : "/";
}

const char *mpin_conf_mobile_logout_url(const mpin_dir_conf *c)
{
    return c->mobile_logout_url ? c->mobile_logout_url : "/logout";
}

const char *mpin_conf_cookie_name(const mpin_dir_conf *c)
{
    return c->cookie_name ? c->cookie_name : MPIN_SESSION_COOKIE_DEFAULT;
}

const char *mpin_conf_cookie_path(const mpin_dir_conf *c)
{
    return c->cookie_path ? c->cookie_path : "/";
}

/* ------------------------------------------------------- create / merge */

void *mpin_create_dir_conf(apr_pool_t *p, char *dir)
{
    mpin_dir_conf *c = apr_pcalloc(p, sizeof(*c));

    (void)dir;
#define UNSET_INT_(name, dflt) c->name = MPIN_UNSET;
#define UNSET_PAIR_(lead, follower, dl, df) c->lead = c->follower = MPIN_UNSET;
    MPIN_DIR_INTS(UNSET_INT_)
    MPIN_DIR_PAIRS(UNSET_PAIR_)
    return c;
}

void *mpin_merge_dir_conf(apr_pool_t *p, void *basev, void *addv)
{
    mpin_dir_conf *base = basev, *add = addv, *c = apr_pcalloc(p, sizeof(*c));

#define MERGE_PTR_(type, name) c->name = add->name ? add->name : base->name;
#define MERGE_INT_(name, dflt) c->name = add->name != MPIN_UNSET ? add->name : base->name;
    /* the follower (the Auto window, the burst) goes with the lead it was
     * given with */
#define MERGE_PAIR_(lead, follower, dl, df)                                                   \
    {                                                                                         \
        const mpin_dir_conf *from = add->lead != MPIN_UNSET ? add : base;                     \
        c->lead = from->lead;                                                                 \
        c->follower = from->follower;                                                         \
    }
    MPIN_DIR_POINTERS(MERGE_PTR_)
    MPIN_DIR_INTS(MERGE_INT_)
    MPIN_DIR_PAIRS(MERGE_PAIR_)
    return c;
}

void *mpin_create_srv_conf(apr_pool_t *p, server_rec *s)
{
    mpin_srv_conf *c = apr_pcalloc(p, sizeof(*c));

    (void)s;
    c->scrub_user_header = MPIN_UNSET;
    return c;
}

void *mpin_merge_srv_conf(apr_pool_t *p, void *basev, void *addv)
{
    mpin_srv_conf *base = basev, *add = addv, *c = apr_pcalloc(p, sizeof(*c));

    /* the keys go together: a virtual host with its own secret has its own
     * previous secret too */
    *c = add->secret_set ? *add : *base;
    c->scrub_user_header = add->scrub_user_header != MPIN_UNSET ? add->scrub_user_header
                                                                : base->scrub_user_header;
    return c;
}

/* ------------------------------------------------------------ helpers */

static const char *bad(cmd_parms *cmd, const char *why, const char *value)
{
    return apr_psprintf(cmd->pool, "%s: %s: '%s'", cmd->cmd->name, why, value);
}

static const char *need_readable(cmd_parms *cmd, const char *path, apr_filetype_e type,
                                 const char **resolved)
{
    apr_finfo_t fi;
    const char *full = ap_server_root_relative(cmd->pool, path);

    if (!full) return bad(cmd, "invalid path", path);
    if (apr_stat(&fi, full, APR_FINFO_TYPE, cmd->temp_pool) != APR_SUCCESS)
        return bad(cmd, "cannot be read", full);
    if (fi.filetype != type)
        return bad(cmd, type == APR_DIR ? "is not a folder" : "is not a file", full);
    *resolved = full;
    return NULL;
}

/* A path on this site ("/login") or an http(s) URL: used for the targets the
 * administrator configures, which the module may redirect to. */
static const char *set_target(cmd_parms *cmd, void *conf, const char *arg)
{
    const char *why;

    /* it goes into Location headers and JSON answers as it is: visible
     * ASCII only, in the query too (which the checks below do not read) */
    if (!mpin_url_chars_ok(arg, &why)) return bad(cmd, why, arg);
    if (arg[0] == '/') {
        if (!mpin_url_return_ok(arg, NULL, &why)) return bad(cmd, why, arg);
    }
    else if (mpin_url_base_check(apr_pstrmemdup(cmd->temp_pool, arg, strcspn(arg, "?#")))) {
        return bad(cmd, "must be a path starting with / or an http(s) URL", arg);
    }
    *FIELD(conf, cmd, const char *) = arg;
    return NULL;
}

static const char *set_seconds(cmd_parms *cmd, void *conf, const char *arg)
{
    char *end;
    long v = strtol(arg, &end, 10);

    if (!*arg || *end || v <= 0 || v > MAX_SECONDS)
        return bad(cmd, "must be a positive number of seconds", arg);
    *FIELD(conf, cmd, int) = (int)v;
    return NULL;
}

static const char *set_flag(cmd_parms *cmd, void *conf, int on)
{
    *FIELD(conf, cmd, int) = on ? 1 : 0;
    return NULL;
}

/* ---------------------------------------------------------- directives */

static const char *set_rps_url(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    const char *why = mpin_url_base_check(arg);
    mpin_url_parts parts;
    apr_size_t n;

    if (why) return bad(cmd, why, arg);
    if (!mpin_url_base_split(cmd->temp_pool, arg, &parts))
        return bad(cmd, "the port must be a number from 1 to 65535", arg);
    n = strlen(arg);
    while (n > 0 && arg[n - 1] == '/') n--;
    c->rps_url = apr_pstrmemdup(cmd->pool, arg, n);
    return NULL;
}

static const char *set_mobile_dir(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    return need_readable(cmd, arg, APR_DIR, &c->mobile_dir);
}

static const char *set_pinpad_dir(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    return need_readable(cmd, arg, APR_DIR, &c->pinpad_dir);
}

static const char *set_template_dir(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    const char *err = need_readable(cmd, arg, APR_DIR, &c->template_dir);

    if (err) return err;
    if ((err = mpin_templates_load(cmd->pool, c->template_dir, &c->templates)))
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    return NULL;
}

static const char *set_page_template(cmd_parms *cmd, void *conf, const char *arg)
{
    static const char *const pages[] = {"index.html", "protected.html", NULL};
    int i;

    for (i = 0; pages[i]; i++) {
        if (!strcmp(arg, pages[i])) {
            ((mpin_dir_conf *)conf)->page_template = pages[i];
            return NULL;
        }
    }
    return bad(cmd, "must be index.html or protected.html", arg);
}

static const char *set_pinpad_script(cmd_parms *cmd, void *conf, const char *arg)
{
    return set_target(cmd, conf, arg);
}

static const char *add_redirect_allowed(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    const char *why = mpin_url_prefix_check(arg);

    if (why) return bad(cmd, why, arg);
    if (!c->redirect_allowed) c->redirect_allowed = apr_array_make(cmd->pool, 4, sizeof(char *));
    APR_ARRAY_PUSH(c->redirect_allowed, const char *) = arg;
    return NULL;
}

static const char *add_allowed_user(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    mpin_userlist *l = (mpin_userlist *)c->allowed;

    if (!mpin_is_printable_utf8(arg, strlen(arg))) return bad(cmd, "invalid user name", arg);
    if (!l) {
        l = apr_pcalloc(cmd->pool, sizeof(*l));
        l->users = apr_hash_make(cmd->pool);
        c->allowed = l;
    }
    apr_hash_set(l->users, arg, APR_HASH_KEY_STRING, "");
    return NULL;
}

static const char *set_allowed_users_file(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    const char *full, *err = need_readable(cmd, arg, APR_REG, &full);
    mpin_userlist *l;

    if (err) return err;
    if ((err = mpin_userlist_load(cmd->pool, full, &l)))
        return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    c->allowed = l;
    return NULL;
}

static const char *set_cookie_name(cmd_parms *cmd, void *conf, const char *arg)
{
    if (!mpin_cookie_name_ok(arg)) return bad(cmd, "not a valid cookie name", arg);
    ((mpin_dir_conf *)conf)->cookie_name = arg;
    mpin_strip_cookies_register(cmd->pool, arg);
    return NULL;
}

static const char *set_cookie_path(cmd_parms *cmd, void *conf, const char *arg)
{
    const char *p;

    if (arg[0] != '/') return bad(cmd, "must start with /", arg);
    for (p = arg; *p; p++)
        if ((unsigned char)*p <= 0x20 || *p == ';' || *p == 0x7f)
            return bad(cmd, "must not contain spaces, controls or ';'", arg);
    ((mpin_dir_conf *)conf)->cookie_path = arg;
    return NULL;
}

static const char *set_cookie_domain(cmd_parms *cmd, void *conf, const char *arg)
{
    const char *p;

    for (p = arg; *p; p++)
        if (!apr_isalnum(*p) && *p != '.' && *p != '-')
            return bad(cmd, "must be a host name", arg);
    if (!*arg) return bad(cmd, "must be a host name", arg);
    ((mpin_dir_conf *)conf)->cookie_domain = arg;
    return NULL;
}

/* The keyword directives: each a table of its words and their values, read
 * by one setter (the error message lists the words of the table). */
typedef struct {
    const char *word;
    int value;
} keyword;

typedef struct {
    const keyword *words;
    apr_size_t offset; /* of the int member of mpin_dir_conf it sets */
} keyword_directive;

static const keyword samesite_words[] = {
    {"Strict", MPIN_SAMESITE_STRICT}, {"Lax", MPIN_SAMESITE_LAX}, {"None", MPIN_SAMESITE_NONE},
    {NULL, 0}
};
static const keyword on_off_auto_secure[] = {
    {"On", MPIN_SECURE_ON}, {"Off", MPIN_SECURE_OFF}, {"Auto", MPIN_SECURE_AUTO}, {NULL, 0}
};
static const keyword unauth_words[] = {
    {"auto", MPIN_UNAUTH_AUTO}, {"redirect", MPIN_UNAUTH_REDIRECT}, {"401", MPIN_UNAUTH_401},
    {NULL, 0}
};
static const keyword login_result_words[] = {
    {"On", MPIN_LOGIN_RESULT_ON}, {"Off", MPIN_LOGIN_RESULT_OFF}, {"Auto", MPIN_LOGIN_RESULT_AUTO},
    {NULL, 0}
};
static const keyword login_method_words[] = {
    {"pinpad", MPIN_LOGIN_PINPAD}, {"password", MPIN_LOGIN_PASSWORD}, {NULL, 0}
};

static keyword_directive samesite_directive = { /* cmd_data is not const */
    samesite_words, APR_OFFSETOF(mpin_dir_conf, cookie_samesite)
};
static keyword_directive secure_directive = { /* cmd_data is not const */
    on_off_auto_secure, APR_OFFSETOF(mpin_dir_conf, cookie_secure)
};
static keyword_directive unauth_directive = { /* cmd_data is not const */
    unauth_words, APR_OFFSETOF(mpin_dir_conf, unauth_action)
};

/* The value of word in words (case-insensitive), or -1. */
static int keyword_value(const keyword *words, const char *word)
{
    for (; words->word; words++)
        if (!strcasecmp(words->word, word)) return words->value;
    return -1;
}

/* "must be A, B or C" from a table. */
static const char *keyword_choices(apr_pool_t *p, const keyword *words)
{
    const char *s = "must be ";
    int i;

    for (i = 0; words[i].word; i++)
        s = apr_pstrcat(p, s, i == 0 ? "" : words[i + 1].word ? ", " : " or ", words[i].word, NULL);
    return s;
}

static const char *set_keyword(cmd_parms *cmd, void *conf, const char *arg)
{
    const keyword_directive *k = cmd->info;
    int v = keyword_value(k->words, arg);

    if (v < 0) return bad(cmd, keyword_choices(cmd->pool, k->words), arg);
    *(int *)((char *)conf + k->offset) = v;
    return NULL;
}

/* MpinUserHeader, MpinAuthTimeHeader: identity headers for backends.  Not
 * in .htaccess: the header is scrubbed from every request before any
 * .htaccess file is read, so a name first seen there could not be. */
static const char *set_user_header(cmd_parms *cmd, void *conf, const char *arg)
{
    const char *p;

    if (!strcasecmp(arg, "Off")) {
        *FIELD(conf, cmd, const char *) = "";
        return NULL;
    }
    for (p = arg; *p; p++)
        if (!apr_isalnum(*p) && *p != '-' && *p != '_')
            return bad(cmd, "must be a header name (letters, digits, - and _) or Off", arg);
    if (!*arg) return bad(cmd, "must be a header name or Off", arg);
    *FIELD(conf, cmd, const char *) = arg;
    mpin_auth_register_user_header(cmd->pool, arg);
    return NULL;
}

/* MpinMaxAuthAge: seconds, or Off (0) where a sub-location lifts the
 * parent's limit. */
static const char *set_max_auth_age(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;

    if (!strcasecmp(arg, "Off")) {
        c->max_auth_age = 0;
        return NULL;
    }
    return set_seconds(cmd, conf, arg);
}

static const char *set_rps_timeout(cmd_parms *cmd, void *conf, const char *conn,
                                   const char *total)
{
    mpin_dir_conf *c = conf;
    char *end;
    long a = strtol(conn, &end, 10), b;

    if (!*conn || *end || a < 1 || a > 300)
        return bad(cmd, "connect timeout must be 1-300 seconds", conn);
    b = a;
    if (total) {
        b = strtol(total, &end, 10);
        if (!*total || *end || b < a || b > 300)
            return bad(cmd, "total timeout must be 1-300 seconds, at least the connect timeout",
                       total);
    }
    c->rps_connect_timeout = (int)a;
    c->rps_timeout = (int)b;
    return NULL;
}

/* How long an RPS call that finds the cap on calls in flight reached may
 * wait for a slot (src/rps/client.c, take_slot).  A minute at most: each
 * waiter holds a worker thread, and the wait adds to the worst answer time. */
static const char *set_rps_slot_wait(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    char *end;
    long v = strtol(arg, &end, 10);

    if (!*arg || *end || v < 0 || v > 60)
        return bad(cmd, "must be 0-60 seconds", arg);
    c->rps_slot_wait = (int)v;
    return NULL;
}

/* On: always report the outcome of a login to the RPS's /loginResult; Off:
 * never; Auto [seconds]: report it, but skip it for a while (60 s) after the
 * RPS answered 404 (it does not wait for login results). */
static const char *set_rps_login_result(cmd_parms *cmd, void *conf, const char *mode,
                                        const char *window)
{
    mpin_dir_conf *c = conf;
    char *end;
    long w = MPIN_LOGIN_RESULT_WINDOW;
    int v = keyword_value(login_result_words, mode);

    if (v < 0)
        return bad(cmd, apr_pstrcat(cmd->pool, keyword_choices(cmd->pool, login_result_words),
                                    " [seconds]", NULL), mode);
    c->rps_login_result = v;
    if (window) {
        if (c->rps_login_result != MPIN_LOGIN_RESULT_AUTO)
            return bad(cmd, "only Auto takes a number of seconds", window);
        w = strtol(window, &end, 10);
        if (!*window || *end || w < 1 || w > 3600)
            return bad(cmd, "Auto's window must be 1-3600 seconds", window);
    }
    c->rps_login_result_window = (int)w;
    return NULL;
}

/* MpinRateLimit requests-per-second burst, or Off. */
static const char *set_rate_limit(cmd_parms *cmd, void *conf, const char *rate,
                                  const char *burst)
{
    mpin_dir_conf *c = conf;
    apr_uint64_t interval;
    char *end;
    long b;

    if (!strcasecmp(rate, "Off")) {
        if (burst) return bad(cmd, "Off takes no burst", burst);
        c->rate_interval = 0;
        c->rate_burst = 0;
        return NULL;
    }
    if (!(interval = mpin_rate_parse(rate)))
        return bad(cmd, apr_psprintf(cmd->pool, "the rate must be requests per second from "
                                     "0.001 to %d (at most 3 decimals), or Off", MPIN_RATE_MAX),
                   rate);
    if (!burst) return bad(cmd, "a burst (how many requests at once) must follow the rate", rate);
    b = strtol(burst, &end, 10);
    if (!*burst || *end || b < 1 || b > MPIN_RATE_BURST_MAX)
        return bad(cmd, apr_psprintf(cmd->pool, "the burst must be 1-%d requests",
                                     MPIN_RATE_BURST_MAX), burst);
    c->rate_interval = (int)interval;
    c->rate_burst = (int)b;
    return NULL;
}

static const char *set_rps_ca_file(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    return need_readable(cmd, arg, APR_REG, &c->rps_ca_file);
}

static int login_method_bit(const char *arg)
{
    int v = keyword_value(login_method_words, arg);
    return v < 0 ? 0 : v;
}

static const char *set_login_methods(cmd_parms *cmd, void *conf, const char *first,
                                     const char *second)
{
    mpin_dir_conf *c = conf;
    int a = login_method_bit(first), b = second ? login_method_bit(second) : 0;

    if (!a) return bad(cmd, "must be pinpad and/or password", first);
    if (second && (!b || b == a)) return bad(cmd, "must be the other of pinpad and password", second);
    c->login_methods = a | b;
    /* the page shows the methods in the order given */
    if (a == MPIN_LOGIN_PASSWORD) c->login_methods |= MPIN_LOGIN_PASSWORD_FIRST;
    return NULL;
}

static const char *add_password_provider(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    const char *err = mpin_password_provider_add(cmd->pool, &c->password_providers, arg);

    return err ? bad(cmd, err, arg) : NULL;
}

static const char *set_dummy_hash(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_dir_conf *c = conf;
    const char *err = mpin_password_dummy_hash_check(arg);

    /* not echoed: an administrator may have pasted a user's real hash */
    if (err) return apr_psprintf(cmd->pool, "%s: %s", cmd->cmd->name, err);
    c->password_dummy_hash = arg;
    return NULL;
}

static const char *set_count(cmd_parms *cmd, void *conf, const char *arg)
{
    char *end;
    long v = strtol(arg, &end, 10);

    if (!*arg || *end || v < 1 || v > 1000000) return bad(cmd, "must be a positive number", arg);
    *FIELD(conf, cmd, int) = (int)v;
    return NULL;
}

static const char *set_smtp_server(cmd_parms *cmd, void *conf, const char *arg)
{
    const char *rest;

    if (!strncasecmp(arg, "smtp://", 7)) rest = arg + 7;
    else if (!strncasecmp(arg, "smtps://", 8)) rest = arg + 8;
    else return bad(cmd, "must be smtp://host[:port] or smtps://host[:port]", arg);
    if (!*rest || strpbrk(rest, "@?# \t\\")) return bad(cmd, "must name a host, without user:password@", arg);
    ((mpin_dir_conf *)conf)->smtp_server = arg;
    return NULL;
}

static const char *set_mail_from(cmd_parms *cmd, void *conf, const char *arg)
{
    if (!mpin_is_email(arg)) return bad(cmd, "must be a plain e-mail address", arg);
    ((mpin_dir_conf *)conf)->mail_from = arg;
    return NULL;
}

static const char *set_smtp_auth(cmd_parms *cmd, void *conf, const char *user, const char *pw)
{
    mpin_dir_conf *c = conf;

    (void)cmd;
    c->smtp_user = user;
    c->smtp_password = pw;
    return NULL;
}

/* The link in the e-mail must be absolute and must not come from the
 * RPS-BASE-URL header (spec pitfall 8). */
static const char *set_activation_url(cmd_parms *cmd, void *conf, const char *arg)
{
    const char *why = mpin_url_base_check(arg);

    if (why) return bad(cmd, why, arg);
    ((mpin_dir_conf *)conf)->activation_url = arg;
    return NULL;
}

/* -------------------------------------------------- server directives */

static const char *set_user_header_scrub(cmd_parms *cmd, void *conf, int on)
{
    mpin_srv_conf *sc = ap_get_module_config(cmd->server->module_config, &mpin_rpa_module);
    const char *err;

    (void)conf;
    if ((err = ap_check_cmd_context(cmd, NOT_IN_DIR_LOC_FILE))) return err;
    sc->scrub_user_header = on ? 1 : 0;
    return NULL;
}

/* Settings of the whole httpd (one store, one session reuse policy): the
 * directive's info names the function that validates and keeps the value.
 * A struct, because a data pointer cannot portably carry a function. */
typedef struct {
    const char *(*set)(apr_pool_t *p, const char *arg);
} global_setter;
static const global_setter store_setter = {mpin_store_select};
static const global_setter session_cache_setter = {mpin_store_set_session_count};
static const global_setter short_cache_setter = {mpin_store_set_short_count};
static const global_setter recheck_setter = {mpin_session_note_set_recheck};

static const char *set_global(cmd_parms *cmd, void *conf, const char *arg)
{
    const global_setter *g = cmd->info;
    const char *err;

    (void)conf;
    if ((err = ap_check_cmd_context(cmd, GLOBAL_ONLY))) return err;
    if ((err = g->set(cmd->pool, arg))) return bad(cmd, err, arg);
    return NULL;
}

static const char *set_secrets(cmd_parms *cmd, mpin_srv_conf *sc, const char *cur,
                               const char *old)
{
    if (strlen(cur) < SECRET_MIN || (old && strlen(old) < SECRET_MIN))
        return apr_psprintf(cmd->pool, "%s: a secret must be at least %d characters",
                            cmd->cmd->name, SECRET_MIN);
    mpin_session_key_derive(cmd->temp_pool, cur, sc->secret);
    sc->secret_set = 1;
    sc->old_secret_set = old != NULL;
    if (old) mpin_session_key_derive(cmd->temp_pool, old, sc->old_secret);
    return NULL;
}

static const char *set_secret(cmd_parms *cmd, void *conf, const char *cur, const char *old)
{
    mpin_srv_conf *sc = ap_get_module_config(cmd->server->module_config, &mpin_rpa_module);
    const char *err;

    (void)conf;
    if ((err = ap_check_cmd_context(cmd, NOT_IN_DIR_LOC_FILE))) return err;
    return set_secrets(cmd, sc, cur, old);
}

/* Whoever can read the key can forge every session: it should be readable by
 * root alone (httpd reads it before it drops privileges).  Noted here, logged
 * at start-up (mpin_session_post_config): a warning, not an error, so that a
 * key made the old way does not stop a running site. */
static void note_if_exposed(cmd_parms *cmd, mpin_srv_conf *sc, apr_file_t *f)
{
    apr_finfo_t fi;

    sc->secret_file_exposed = NULL;
    if (apr_file_info_get(&fi, APR_FINFO_PROT, f) != APR_SUCCESS) return;
    if (fi.protection & (APR_WREAD | APR_WWRITE)) sc->secret_file_exposed = "everyone";
    else if (fi.protection & (APR_GREAD | APR_GWRITE)) sc->secret_file_exposed = "its group";
    (void)cmd;
}

static const char *set_secret_file(cmd_parms *cmd, void *conf, const char *arg)
{
    mpin_srv_conf *sc = ap_get_module_config(cmd->server->module_config, &mpin_rpa_module);
    const char *full, *err;
    apr_file_t *f;
    char line1[1024] = "", line2[1024] = "";

    (void)conf;
    if ((err = ap_check_cmd_context(cmd, NOT_IN_DIR_LOC_FILE))) return err;
    if ((err = need_readable(cmd, arg, APR_REG, &full))) return err;
    if (apr_file_open(&f, full, APR_READ, 0, cmd->temp_pool) != APR_SUCCESS)
        return bad(cmd, "cannot be read", full);
    note_if_exposed(cmd, sc, f);
    apr_file_gets(line1, sizeof(line1), f);
    apr_file_gets(line2, sizeof(line2), f);
    apr_file_close(f);
    line1[strcspn(line1, "\r\n")] = '\0';
    line2[strcspn(line2, "\r\n")] = '\0';
    sc->secret_file = full;
    err = set_secrets(cmd, sc, line1, *line2 ? line2 : NULL);
    memset(line1, 0, sizeof(line1));
    memset(line2, 0, sizeof(line2));
    return err;
}

#define DIR_CTX (RSRC_CONF | ACCESS_CONF | OR_AUTHCFG)
/* Not in .htaccess (security item 16): what decides whom a session is issued
 * to and where it is accepted (the RPS, mail, the password providers, the
 * cookie's scope, the allowed users) belongs to the server's own files. */
#define TRUSTED_CTX (RSRC_CONF | ACCESS_CONF)

const command_rec mpin_cmds[] = {
    AP_INIT_TAKE1("MpinRpsURL", set_rps_url, NULL, TRUSTED_CTX,
                  "Base URL of the Milagro RPS, e.g. http://127.0.0.1:8011"),
    AP_INIT_TAKE1("MpinMobileDir", set_mobile_dir, NULL, DIR_CTX,
                  "Folder of the mobile web app served at /m"),
    AP_INIT_TAKE1("MpinTemplateDir", set_template_dir, NULL, DIR_CTX,
                  "Folder of the page templates"),
    AP_INIT_TAKE1("MpinPageTemplate", set_page_template, NULL, DIR_CTX,
                  "Template the mpin-page handler renders (index.html or protected.html)"),
    AP_INIT_TAKE1("MpinPinpadDir", set_pinpad_dir, NULL, DIR_CTX,
                  "Folder of the PIN pad files that mpin-pinpad serves"),
    AP_INIT_TAKE1("MpinPinpadScript", set_pinpad_script, OFFSET(pinpad_script), DIR_CTX,
                  "URL of the PIN pad script (mpin.js)"),
    AP_INIT_TAKE1("MpinLoginURL", set_target, OFFSET(login_url), DIR_CTX,
                  "Where unauthenticated users are sent (/login)"),
    AP_INIT_TAKE1("MpinSuccessURL", set_target, OFFSET(success_url), DIR_CTX,
                  "Where a login lands without a return target (/protected)"),
    AP_INIT_TAKE1("MpinLogoutRedirect", set_target, OFFSET(logout_redirect), DIR_CTX,
                  "Where logout lands (/)"),
    AP_INIT_TAKE1("MpinMobileAppURL", set_target, OFFSET(mobile_app_url), DIR_CTX,
                  "The PIN pad's mobileAppFullURL (/m)"),
    AP_INIT_TAKE1("MpinMobileLogoutURL", set_target, OFFSET(mobile_logout_url), DIR_CTX,
                  "The logoutURL the RPS hands a phone after it signed a computer in (/logout)"),
    AP_INIT_ITERATE("MpinRedirectAllowed", add_redirect_allowed, NULL, DIR_CTX,
                    "Absolute URL prefixes allowed as return targets"),
    AP_INIT_ITERATE("MpinAllowedUsers", add_allowed_user, NULL, TRUSTED_CTX,
                    "Users who may register and log in"),
    AP_INIT_TAKE1("MpinAllowedUsersFile", set_allowed_users_file, NULL, TRUSTED_CTX,
                  "File of users who may register and log in, one per line"),
    AP_INIT_TAKE1("MpinCookieName", set_cookie_name, NULL, TRUSTED_CTX,
                  "Name of the session cookie (mpin_session)"),
    AP_INIT_TAKE1("MpinCookiePath", set_cookie_path, NULL, TRUSTED_CTX,
                  "Path of the session cookie (/)"),
    AP_INIT_TAKE1("MpinCookieDomain", set_cookie_domain, NULL, TRUSTED_CTX,
                  "Domain of the session cookie (none: this host only)"),
    AP_INIT_TAKE1("MpinCookieSameSite", set_keyword, &samesite_directive, TRUSTED_CTX,
                  "SameSite of the session cookie: Strict, Lax or None (Lax)"),
    AP_INIT_TAKE1("MpinCookieSecure", set_keyword, &secure_directive, TRUSTED_CTX,
                  "Secure flag of the session cookie: On, Off or Auto (Auto)"),
    AP_INIT_TAKE1("MpinSessionIdleTimeout", set_seconds, (void *)APR_OFFSETOF(mpin_dir_conf, idle_timeout),
                  DIR_CTX, "Seconds of inactivity that end a session (1800)"),
    AP_INIT_TAKE1("MpinSessionMaxAge", set_seconds, (void *)APR_OFFSETOF(mpin_dir_conf, max_age),
                  DIR_CTX, "Seconds after which a session ends (28800)"),
    AP_INIT_TAKE1("MpinUserHeader", set_user_header,
                  (void *)APR_OFFSETOF(mpin_dir_conf, user_header), RSRC_CONF | ACCESS_CONF,
                  "Request header that carries the user to backends (Off)"),
    AP_INIT_TAKE1("MpinAuthTimeHeader", set_user_header,
                  (void *)APR_OFFSETOF(mpin_dir_conf, auth_time_header), RSRC_CONF | ACCESS_CONF,
                  "Request header that carries the time of the last PIN entry (seconds since "
                  "the epoch) to backends (Off)"),
    AP_INIT_FLAG("MpinUserHeaderScrub", set_user_header_scrub, NULL, RSRC_CONF,
                 "Remove every MpinUserHeader, in any case and with - or _, from the requests "
                 "of this server (On); Off only on a backend virtual host that a front "
                 "server of the same httpd proxies to"),
    AP_INIT_FLAG("MpinStripCookies", set_flag, (void *)APR_OFFSETOF(mpin_dir_conf, strip_cookies),
                 RSRC_CONF | ACCESS_CONF,
                 "Remove the module's own cookies from requests handed to other handlers "
                 "(proxied backends, CGI) (On)"),
    AP_INIT_TAKE1("MpinMaxAuthAge", set_max_auth_age,
                  (void *)APR_OFFSETOF(mpin_dir_conf, max_auth_age), DIR_CTX,
                  "Seconds since the last PIN entry after which AuthType MPin asks for the PIN "
                  "again here, or Off (Off)"),
    AP_INIT_TAKE1("MpinUnauthAction", set_keyword, &unauth_directive, DIR_CTX,
                  "What unauthenticated requests get: auto, redirect or 401 (auto)"),
    AP_INIT_TAKE12("MpinRpsTimeout", set_rps_timeout, NULL, TRUSTED_CTX,
                   "Connect and total timeout of RPS calls in seconds (2 10)"),
    AP_INIT_TAKE1("MpinRpsSlotWait", set_rps_slot_wait, NULL, TRUSTED_CTX,
                  "Seconds an RPS call waits for a slot when the cap on calls in flight is "
                  "reached, 0-60 (1)"),
    AP_INIT_TAKE12("MpinRpsLoginResult", set_rps_login_result, NULL, TRUSTED_CTX,
                   "Report logins to the RPS's /loginResult: On, Off or Auto [seconds] "
                   "(Auto 60: skipped for that long after the RPS answered 404)"),
    AP_INIT_TAKE12("MpinRateLimit", set_rate_limit, NULL, RSRC_CONF | ACCESS_CONF,
                   "Per client address: requests per second and burst on the login, activation "
                   "and RPS registration endpoints, or Off (10 100)"),
    AP_INIT_TAKE1("MpinRpsCAFile", set_rps_ca_file, NULL, TRUSTED_CTX,
                  "CA certificates to verify an https RPS (system CAs)"),
    AP_INIT_FLAG("MpinRpsVerifyTLS", set_flag, (void *)APR_OFFSETOF(mpin_dir_conf, rps_verify_tls),
                 TRUSTED_CTX, "Verify the RPS's TLS certificate (On)"),
    AP_INIT_FLAG("MpinForceActivate", set_flag, (void *)APR_OFFSETOF(mpin_dir_conf, force_activate),
                 TRUSTED_CTX, "Answer registrations with forceActivate (On)"),
    AP_INIT_TAKE12("MpinLoginMethods", set_login_methods, NULL, DIR_CTX,
                    "What /login offers, in order: pinpad and/or password (pinpad)"),
    AP_INIT_ITERATE("MpinPasswordProvider", add_password_provider, NULL, TRUSTED_CTX,
                    "Authn providers that check passwords (file, dbm, ldap, socache, ...)"),
    AP_INIT_TAKE1("MpinPasswordDummyHash", set_dummy_hash, NULL, TRUSTED_CTX,
                  "A hash of the kind and cost of the password file's, checked for unknown users"),
    AP_INIT_TAKE1("MpinPasswordMaxFailures", set_count,
                  (void *)APR_OFFSETOF(mpin_dir_conf, password_max_failures), TRUSTED_CTX,
                  "Failed password logins before a lockout (5)"),
    AP_INIT_TAKE1("MpinPasswordLockout", set_seconds,
                  (void *)APR_OFFSETOF(mpin_dir_conf, password_lockout), TRUSTED_CTX,
                  "Seconds the failures are counted and a lockout lasts (300)"),
    AP_INIT_TAKE1("MpinSMTPServer", set_smtp_server, NULL, TRUSTED_CTX,
                  "Mail server for activation e-mails: smtp://host:port or smtps://host:port"),
    AP_INIT_TAKE1("MpinMailFrom", set_mail_from, NULL, TRUSTED_CTX,
                  "Sender address of activation e-mails"),
    AP_INIT_TAKE2("MpinSMTPAuth", set_smtp_auth, NULL, RSRC_CONF | ACCESS_CONF,
                  "User and password for the mail server"),
    AP_INIT_TAKE1("MpinActivationURL", set_activation_url, NULL, TRUSTED_CTX,
                  "Absolute URL of the mpin-activate handler, for the e-mail link"),
    AP_INIT_TAKE1("MpinSessionStore", set_global, (void *)&store_setter, RSRC_CONF,
                  "socache provider[:args] for sessions (shmcb)"),
    AP_INIT_TAKE1("MpinSessionCacheSize", set_global, (void *)&session_cache_setter, RSRC_CONF,
                  "Sessions the shared-memory session cache holds (100000)"),
    AP_INIT_TAKE1("MpinShortCacheSize", set_global, (void *)&short_cache_setter, RSRC_CONF,
                  "Records the shared-memory cache of short-lived records holds (50000)"),
    AP_INIT_TAKE1("MpinSessionRecheck", set_global, (void *)&recheck_setter, RSRC_CONF,
                  "Seconds a keep-alive connection may reuse a session it verified before "
                  "the store is asked again (0-60; 5, or 0 for a shared store it cannot follow)"),
    AP_INIT_TAKE12("MpinSessionSecret", set_secret, NULL, RSRC_CONF,
                   "Key of the session cookie MAC, and optionally the previous key"),
    AP_INIT_TAKE1("MpinSessionSecretFile", set_secret_file, NULL, RSRC_CONF,
                  "File holding the session key (line 1) and optionally the previous key (line 2)"),
    {NULL}
};
