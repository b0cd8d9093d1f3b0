/*
 * Sending the activation e-mail with libcurl's SMTP support (MpinSMTPServer
 * smtp:// or smtps://, optional STARTTLS and authentication).  The recipient
 * is checked to be a plain address and every header is built here, so no
 * value from the RPS can add a header or a recipient.
 */
#include <curl/curl.h>
#include "apr_strings.h"
#include "apr_date.h"
#include "mpin_rpa.h"

#define SMTP_CONNECT_TIMEOUT 5L
#define SMTP_TIMEOUT 20L

typedef struct {
    const char *data;
    apr_size_t len, pos;
} upload;

static size_t on_read(char *buf, size_t size, size_t nmemb, void *userdata)
{
    upload *u = userdata;
    size_t n = size * nmemb;

    if (n > u->len - u->pos) n = u->len - u->pos;
    memcpy(buf, u->data + u->pos, n);
    u->pos += n;
    return n;
}

static const char *message(request_rec *r, const mpin_dir_conf *c, const char *to,
                           const char *subject, const char *body)
{
    char date[APR_RFC822_DATE_LEN];
    unsigned char id[12];

    apr_rfc822_date(date, apr_time_now());
    if (apr_generate_random_bytes(id, sizeof(id)) != APR_SUCCESS) return NULL;
    return apr_pstrcat(r->pool, "Date: ", date, "\r\nFrom: ", c->mail_from, "\r\nTo: ", to,
                       "\r\nSubject: ", subject, "\r\nMessage-ID: <",
                       mpin_hex_encode(r->pool, id, sizeof(id)), ".mpin@",
                       r->server->server_hostname ? r->server->server_hostname : "localhost",
                       ">\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                       "Content-Transfer-Encoding: 8bit\r\n\r\n", body, NULL);
}

const char *mpin_mail_send(request_rec *r, const mpin_dir_conf *c, const char *to,
                           const char *subject, const char *body)
{
    char errbuf[CURL_ERROR_SIZE] = "";
    struct curl_slist *rcpt = NULL;
    upload u;
    CURL *curl;
    CURLcode rc;

    if (!c->smtp_server || !c->mail_from) return "MpinSMTPServer and MpinMailFrom are not set";
    if (!mpin_is_email(to)) return "the user id is not a plain e-mail address";
    u.data = message(r, c, to, subject, body);
    if (!u.data) return "no random bytes";
    u.len = strlen(u.data);
    u.pos = 0;
    if (!(curl = curl_easy_init())) return "curl_easy_init failed";
    rcpt = curl_slist_append(NULL, to);
    curl_easy_setopt(curl, CURLOPT_URL, c->smtp_server);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, SMTP_CONNECT_TIMEOUT);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, SMTP_TIMEOUT);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errbuf);
    /* smtps:// is TLS from the start; smtp:// upgrades with STARTTLS when offered */
    curl_easy_setopt(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_TRY);
    if (c->smtp_user) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, c->smtp_user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, c->smtp_password);
    }
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, c->mail_from);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, on_read);
    curl_easy_setopt(curl, CURLOPT_READDATA, &u);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc == CURLE_OK) return NULL;
    return apr_pstrdup(r->pool, *errbuf ? errbuf : curl_easy_strerror(rc));
}
