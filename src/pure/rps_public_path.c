/*
 * The allowlist of the RPS proxy (handlers/rps_proxy.c): which paths are the
 * RPS's public API (docs/rps-protocol.md, "Public endpoints").  Pure: no
 * httpd types.
 */
#include <string.h>
#include "pure.h"

/* The public RPS endpoints of docs/protocol.md §7 that the proxy forwards:
 * /rps/<name> or /rps/<name>/<hex mpinId>.  Private endpoints (/authenticate,
 * /loginResult, /user/..., /status) are not under /rps and never match. */
int mpin_rps_public_path_ok(const char *path)
{
    static const char *const bare[] = {
        "clientSettings", "user", "pass1", "pass2", "getAccessNumber", "access",
        "authenticate", "getQrUrl", "codeStatus", "mobileConfig", NULL
    };
    static const char *const with_id[] = {
        "user", "signature", "timePermit", "setupDone", NULL
    };
    const char *name, *slash;
    apr_size_t nlen;
    int i;

    if (strncmp(path, "/rps/", 5)) return 0;
    name = path + 5;
    slash = strchr(name, '/');
    nlen = slash ? (apr_size_t)(slash - name) : strlen(name);
    if (!slash) {
        for (i = 0; bare[i]; i++)
            if (!strcmp(name, bare[i])) return 1;
        return 0;
    }
    if (!mpin_is_hex(slash + 1, MPIN_ID_HEX_MIN, MPIN_ID_HEX_MAX)) return 0;
    for (i = 0; with_id[i]; i++)
        if (strlen(with_id[i]) == nlen && !strncmp(name, with_id[i], nlen)) return 1;
    return 0;
}
