/*
 * Fuzzing mpin_json_pinpad_authott (json.c): the body the PIN pad POSTs to
 * the authenticate URL, {"mpinResponse": {"authOTT": "<hex>", ...}}.
 *
 * Input: the body, as bytes (not NUL-terminated: the reader must keep to len).
 *
 * Invariants: accepted => the authOTT is 32-64 hex digits (checked here
 * character by character) and is the string that jansson, called here on
 * its own, finds at mpinResponse.authOTT of an object without duplicate
 * keys; refused => a reason.
 */
#include <string.h>
#include <jansson.h>
#include "fuzz.h"

int fuzz_pinpad_one(apr_pool_t *p, const uint8_t *data, size_t size)
{
    const char *ott = NULL, *why = NULL;
    int ok = mpin_json_pinpad_authott(p, (const char *)data, size, &ott, &why), bad = 0;
    json_error_t err;
    json_t *root, *v;
    size_t n, i;

    if (!ok) {
        FCHECK(why && *why, "refused without a reason");
        return bad;
    }
    FCHECK(ott != NULL, "accepted without an authOTT");
    if (!ott) return bad;
    n = strlen(ott);
    FCHECK(n >= 32 && n <= 64, "authOTT \"%s\" has %zu characters", fuzz_show(ott), n);
    for (i = 0; i < n; i++)
        FCHECK(fuzz_hexval((unsigned char)ott[i]) >= 0, "authOTT \"%s\" has a non-hex byte",
               fuzz_show(ott));

    root = json_loadb((const char *)data, size, JSON_REJECT_DUPLICATES, &err);
    FCHECK(json_is_object(root), "accepted a body that is not a JSON object");
    v = json_object_get(json_object_get(root, "mpinResponse"), "authOTT");
    FCHECK(json_is_string(v) && !strcmp(json_string_value(v), ott),
           "authOTT \"%s\" is not mpinResponse.authOTT", fuzz_show(ott));
    json_decref(root);
    return bad;
}

FUZZ_TARGET(pinpad)
