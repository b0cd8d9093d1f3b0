/*
 * mpin-pinpad: the PIN pad the module ships (pinpad/: mpin.js, its crypto
 * bundle milagro-mpin.js and mpin.css), from MpinPinpadDir, installed in
 * /usr/share/mod_mpin_rpa/pinpad.  mpin_rpa_endpoints.conf mounts it at
 * /mpin-pinpad/, where the default MpinPinpadScript points, so that the
 * login page works with nothing but this server: no CDN, no internet.
 */
#include "mpin_rpa.h"

#ifndef MPIN_DEFAULT_PINPAD_DIR
#define MPIN_DEFAULT_PINPAD_DIR "/usr/share/mod_mpin_rpa/pinpad"
#endif

const char *mpin_conf_pinpad_dir(const mpin_dir_conf *c)
{
    return c->pinpad_dir ? c->pinpad_dir : MPIN_DEFAULT_PINPAD_DIR;
}

int mpin_handler_pinpad(request_rec *r)
{
    return mpin_serve_folder(r, mpin_conf_pinpad_dir(MPIN_DIR_CONF(r)), NULL, "PIN pad");
}
