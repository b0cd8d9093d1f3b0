/*
 * The size limits of mod_mpin_rpa, each with one name.  Every input is
 * hostile, so each has a bound; a bound that two places check must be the
 * same number in both, which is why they all live here.  Plain numbers, no
 * httpd or APR types: the pure helpers, the unit tests and the fuzzers
 * include it through pure.h, the httpd side through mpin_rpa.h.
 */
#ifndef MPIN_LIMITS_H
#define MPIN_LIMITS_H

/* ----------------------------------------------------- protocol values (docs/rps-protocol.md) */
/* An mpinId is the hex of a small JSON object ("userID", "mobile",
 * "issued", "salt"): 2 to 4096 hex digits (a JSON text of up to 2 kB),
 * wherever it comes from (the registration callback, an activation link,
 * the permit hook, a proxied /rps/<name>/<mpinId> path). */
#define MPIN_ID_HEX_MIN 2
#define MPIN_ID_HEX_MAX 4096
/* An activateKey: 32 bytes, 64 hex digits. */
#define MPIN_ACTIVATE_KEY_HEX 64
/* An authOTT: 16 to 32 bytes, 32 to 64 hex digits. */
#define MPIN_AUTHOTT_MIN 32
#define MPIN_AUTHOTT_MAX 64

/* ----------------------------------------------------------------- from browsers */
/* A return target (?target=, the form's hidden field, MpinRedirectAllowed). */
#define MPIN_RETURN_URL_MAX 2048
/* The password form's fields. */
#define MPIN_USERNAME_MAX 256
#define MPIN_PASSWORD_MAX 1024

/* ------------------------------------------------------------- request bodies */
/* What each endpoint reads at most before it answers 413. */
#define MPIN_BODY_MAX_FORM (8 * 1024)           /* the password form */
#define MPIN_BODY_MAX_LOGOUT (8 * 1024)         /* the phone's logoutData */
#define MPIN_BODY_MAX_AUTHENTICATE (16 * 1024)  /* the PIN pad's mpinResponse */
#define MPIN_BODY_MAX_ACTIVATE (16 * 1024)      /* the activation form */
#define MPIN_BODY_MAX_VERIFY (64 * 1024)        /* the RPS's registration callback */
#define MPIN_BODY_MAX_PROXY (64 * 1024)         /* a public RPS call through /rps */

/* --------------------------------------------------------------- from the RPS */
/* An RPS reply body, on either transport. */
#define MPIN_RPS_REPLY_MAX (64 * 1024)
/* An RPS reply's header section (interim answers included) and fields. */
#define MPIN_HTTP_HEADER_MAX (16 * 1024)
#define MPIN_HTTP_FIELDS_MAX 100

/* ----------------------------------------------------------------- the store */
/* A session record as read back from the socache. */
#define MPIN_RECORD_MAX 4096

#endif
