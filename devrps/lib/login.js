'use strict';
// Public endpoints used at login: clientSettings (spec 5 / C1), pass1 and
// pass2 (C2, with the M-Pin server computation of lib/devcrypto.js), and the
// mobile flow (C3, 7).

const nodeCrypto = require('crypto');
const u = require('./util');
const { DevCrypto } = require('./devcrypto');
const { replyJson, replyEmpty } = require('./reply');
const { checkLogin } = require('./private');
const { findPinError } = require('./pinerror');

const PASS1_LIFETIME_MS = 60 * 1000;
const MOBILE_WAIT_MS = 10 * 1000; // MOBILE_LOGIN_AUTHENTICATION_TIMEOUT_SECONDS
const MOBILE_POLL_MS = 200;

const NO_CACHE = {
  'Cache-Control': 'no-cache, no-store, max-age=0, must-revalidate',
  Pragma: 'no-cache',
  Expires: 'Sat, 26 Jul 1997 05:00:00 GMT',
};

// B = rpsBaseURL + "/" + rpsPrefix; rpsBaseURL has no trailing slash (config).
function baseUrl(cfg) {
  return `${cfg.rpsBaseURL}/rps`;
}

// GET /rps/clientSettings (ClientSettingsHandler).
function clientSettings(ctx) {
  const { cfg } = ctx;
  const B = baseUrl(cfg);
  const s = {
    // Stand-ins for the MIRACL cloud, served by this process.
    certivoxURL: `${cfg.rpsBaseURL}/fake-cloud/`,
    signatureURL: `${B}/signature`,
    registerURL: `${B}/user`,
    timePermitsURL: `${B}/timePermit`,
    timePermitsStorageURL: `${cfg.rpsBaseURL}/fake-storage`,
    setupDoneURL: `${B}/setupDone`,
    mpinAuthServerURL: B,
    authenticateURL: cfg.RPAAuthenticateUserURL,
    mobileAuthenticateURL: `${B}/authenticate`,
    setDeviceName: cfg.setDeviceName,
    accessNumberUseCheckSum: cfg.accessNumberUseCheckSum,
    appID: cfg.appID,
    requestOTP: cfg.requestOTP,
    seedValue: u.randomHex(100), // seedValueLength 100 bytes, new every call
    useWebSocket: false,
    accessNumberDigits: cfg.accessNumberUseCheckSum ? 7 : 6,
    cSum: 1,
    useNFC: cfg.useNFC,
  };
  if (!cfg.requestOTP) {
    s.accessNumberURL = `${B}/access`;
    s.getAccessNumberURL = `${B}/getAccessNumber`;
  }
  if (cfg.mobileUseNative) {
    s.getQrUrl = `${B}/getQrUrl`;
    s.codeStatusURL = `${B}/codeStatus`;
  }
  replyJson(ctx, 200, s, { headers: NO_CACHE });
}

// Parse a pass1/pass2 body. Returns {error: reason} or {data}.
function parsePassBody(body, required) {
  const parsed = u.parseJson(body);
  if (!parsed.ok) return { error: 'BAD REQUEST. INVALID JSON' };
  const data = parsed.value;
  if (!u.isPlainObject(data) || required.some((k) => !(k in data)) || !u.isHex(data.mpin_id) ||
      data.mpin_id === '') {
    return { error: 'BAD REQUEST. INVALID DATA' };
  }
  return { data };
}

// POST /rps/pass1 {"mpin_id", "dtas", "UT", "U", "pass": 1}
// U = x.H(ID) and UT = x.(H(ID) + H(date|H(ID))) from the client's CLIENT_1;
// the server's SERVER_1 (HID, HTID for today's time permit) and challenge y
// are kept with them for pass2 (the latest per mpin_id).
function pass1(ctx) {
  const p = parsePassBody(ctx.body, ['mpin_id', 'UT', 'U']);
  if (p.error) return replyEmpty(ctx, 400, p.error);
  const { data } = p;
  const rec = ctx.crypto.pass1(data.mpin_id, u.epochDays(Date.now()));
  rec.U = data.U;
  rec.UT = data.UT;
  ctx.state.setPass1(data.mpin_id, rec, PASS1_LIFETIME_MS);
  replyJson(ctx, 200, { version: '0.3', y: rec.y, pass: 1, message: 'OK' }, { reason: 'OK' });
}

// The M-Pin check of a pass2: SERVER_2 with the pass1 record. A wrong PIN's
// error is then found by KANGAROO in a worker thread and logged to stderr.
function checkPin(ctx, mpinId, userId, challenge, V) {
  const who = JSON.stringify(userId);
  if (!challenge) {
    ctx.app.log(`devrps: pass2 for ${who} without a pending pass1 (none, used or expired): login fails`);
    return false;
  }
  const inp = {
    date: challenge.date, HID: challenge.HID, HTID: challenge.HTID, y: challenge.y,
    U: challenge.U, UT: challenge.UT, V,
  };
  const r = ctx.crypto.verify(inp);
  if (r.ok) return true;
  if (r.rtn !== ctx.crypto.BAD_PIN) {
    ctx.app.log(`devrps: M-Pin SERVER_2 refused the proof of ${who} (error ${r.rtn}${r.error ? `: ${r.error}` : ''})`);
    return false;
  }
  const log = ctx.app.log;
  findPinError(ctx.crypto.serverSecret(), inp, (e) => {
    if (e.pinError) {
      log(`devrps: wrong PIN for ${who}: KANGAROO pinError=${e.pinError} (entered PIN - right PIN)`);
    } else {
      log(`devrps: failed M-Pin proof for ${who}: KANGAROO found no PIN error (bad token or time permit)` +
        (e.error ? `: ${e.error}` : ''));
    }
  });
  return false;
}

// OTP flag as the RPS reads it: int(OTP) == 1.
function otpRequested(v) {
  return u.pyInt(v);
}

// userId of an identity: from its registration, else from the mpinId itself.
function userIdOf(state, mpinId) {
  const known = state.identities.get(mpinId);
  if (known) return known.userId;
  const decoded = DevCrypto.decodeMpinId(mpinId);
  return decoded && typeof decoded.userID === 'string' ? decoded.userID : undefined;
}

// POST /rps/pass2 {"V", "OTP", "WID", "pass": 2, "mpin_id"}. Always 200 with
// an authOTT, whatever the PIN check says; the verdict is stored for
// /authenticate.
function pass2(ctx) {
  const { state, cfg } = ctx;
  const p = parsePassBody(ctx.body, ['mpin_id', 'WID', 'OTP', 'V']);
  if (p.error) return replyEmpty(ctx, 400, p.error);
  const { data } = p;
  const otpFlag = otpRequested(data.OTP);
  const userId = userIdOf(state, data.mpin_id);
  if (typeof data.V !== 'string' || otpFlag === undefined || userId === undefined) {
    return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID DATA');
  }

  const ok = checkPin(ctx, data.mpin_id, userId, state.takePass1(data.mpin_id), data.V);
  const OTP = otpFlag === 1 ? u.randomOtp() : undefined;
  const authOTT = u.randomHex(16);
  const reply = { version: '0.3', pass: 2, authOTT };
  if (OTP) reply.OTP = OTP;

  const rec = { mpinId: data.mpin_id, userId, ok, OTP, expires: Date.now() + cfg.authOTTLifetime * 1000 };
  if (data.WID !== '0') {
    // Mobile login: attach the token to the access number (if it is known);
    // the record then lives as long as the access number.
    const access = state.findAccessByWid(data.WID);
    if (access) {
      rec.webOTT = access.webOTT;
      rec.purgeAt = access.purgeAt;
      access.authOTT = authOTT;
      access.userId = userId;
      state.addAuth(authOTT, rec);
    }
  } else {
    state.addAuth(authOTT, rec);
  }
  replyJson(ctx, 200, reply, { reason: 'OK' });
}

// get_checksum of mpin_utils/secrets.py; None (10) and, as the RPS's
// "if not checksum" test has it, 0 too, make it draw again.
function checksum(numStr) {
  const len = numStr.length;
  let sum = 0;
  for (let i = 0; i < len; i++) sum += Number(numStr[i]) * (len + 1 - i);
  return (11 - (sum % 11)) % 11;
}

function newAccessNumber(useCheckSum) {
  for (;;) {
    const num = String(nodeCrypto.randomInt(0, 1000000)).padStart(6, '0');
    if (!useCheckSum) return num;
    const c = checksum(num);
    if (c !== 0 && c !== 10) return num + c;
  }
}

// POST /rps/getAccessNumber: start a mobile login on the browser side.
function getAccessNumber(ctx) {
  const { state, cfg } = ctx;
  let wid;
  do { wid = newAccessNumber(cfg.accessNumberUseCheckSum); } while (state.findAccessByWid(wid));
  const now = Date.now();
  const end = now + cfg.accessNumberExpireSeconds * 1000;
  const webOTT = u.randomHex(16);
  state.addAccess({ wid, webOTT, expires: end + cfg.accessNumberExtendValiditySeconds * 1000 });
  replyJson(ctx, 200, {
    ttlSeconds: cfg.accessNumberExpireSeconds, accessNumber: wid, webOTT, localTimeStart: now, localTimeEnd: end,
  });
}

// POST /rps/getQrUrl (native flow): same record, QR instead of a number.
function getQrUrl(ctx) {
  const { state, cfg } = ctx;
  const wid = u.randomHex(16);
  const now = Date.now();
  const end = now + cfg.accessNumberExpireSeconds * 1000;
  const webOTT = u.randomHex(16);
  state.addAccess({ wid, webOTT, expires: end + cfg.accessNumberExtendValiditySeconds * 1000 });
  replyJson(ctx, 200, {
    ttlSeconds: cfg.accessNumberExpireSeconds, qrUrl: `${cfg.rpsBaseURL}#${wid}`, webOTT,
    localTimeStart: now, localTimeEnd: end,
  });
}

// Browser polling states. The codes are this server's choice (the source
// that defines them was not available).
const ACCESS_STATUS = { new: 0, wid: 1, user: 2, authenticate: 3, expired: 4 };

function accessStatus(status, userId, authOTT) {
  return { status, statusCode: ACCESS_STATUS[status], userId: userId || '', redirectURL: '', authOTT: authOTT || '' };
}

// POST /rps/access {"webOTT"}: always 200.
function access(ctx) {
  const { state } = ctx;
  const parsed = u.parseJson(ctx.body);
  if (!parsed.ok) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID JSON');
  if (!u.isPlainObject(parsed.value) || !('webOTT' in parsed.value)) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID DATA');
  const rec = state.getAccess(parsed.value.webOTT);
  let body;
  if (!rec) body = accessStatus('expired');
  else if (rec.status) body = accessStatus(rec.status, rec.userId);
  else if (!rec.authOTT) body = accessStatus('new');
  else {
    const auth = state.auth.get(rec.authOTT);
    body = auth && auth.status === 200 ? accessStatus('authenticate', rec.userId, rec.authOTT)
      : accessStatus('user', rec.userId);
  }
  replyJson(ctx, 200, body);
}

// POST /rps/codeStatus {"status", "wId"?}: the native app reports progress.
function codeStatus(ctx) {
  const parsed = u.parseJson(ctx.body);
  if (!parsed.ok) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID JSON');
  const data = parsed.value;
  if (!u.isPlainObject(data) || !('status' in data)) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID DATA');
  const rec = ctx.state.findAccessByWid(data.wid || data.wId);
  if (rec && (data.status === 'wid' || data.status === 'user')) {
    rec.status = data.status;
    if (typeof data.userId === 'string') rec.userId = data.userId;
  }
  replyJson(ctx, 200, {}, { reason: 'OK' });
}

function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

// POST /rps/authenticate {"mpinResponse": {"authOTT"}} (RPSAuthenticateHandler):
// the phone's login; on success it waits for the browser side (the RPA's
// /authenticate, or /loginResult when waitForLoginResult) to hand it logout info.
async function mobileAuthenticate(ctx) {
  const { state } = ctx;
  const parsed = u.parseJson(ctx.body);
  if (!parsed.ok) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID JSON');
  const data = parsed.value;
  if (!u.isPlainObject(data) || !u.isPlainObject(data.mpinResponse) || !('authOTT' in data.mpinResponse)) {
    return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID DATA');
  }
  const rec = state.getAuth(data.mpinResponse.authOTT);
  if (!rec) {
    const message = 'Invalid or expired access number';
    return replyJson(ctx, 412, { message }, { reason: message });
  }
  const r = checkLogin(ctx, rec);
  if (!r.ok) {
    rec.status = r.status;
    rec.message = r.message;
    return replyJson(ctx, r.status, { message: r.message }, { reason: r.message });
  }
  rec.status = 200;
  rec.message = r.message;
  const deadline = Date.now() + MOBILE_WAIT_MS;
  while (!rec.browserReady && Date.now() < deadline && !ctx.res.destroyed) await sleep(MOBILE_POLL_MS);

  if (rec.status !== 200) {
    // /loginResult reported a refusal.
    return replyJson(ctx, rec.status, { message: rec.message }, { reason: rec.message });
  }
  if (rec.browserReady) {
    return replyJson(ctx, 200, { logoutURL: rec.logoutURL || '', logoutData: rec.logoutData || '' },
      { reason: r.message });
  }
  const message = 'Authentication timed out';
  replyJson(ctx, 408, { message }, { reason: message });
}

// POST /rps/setupDone/<mpinId>: informational.
function setupDone(ctx) {
  replyEmpty(ctx, 200);
}

// GET /rps/mobileConfig: no native config in this server.
function mobileConfig(ctx) {
  replyEmpty(ctx, 403, 'No config is available');
}

module.exports = {
  clientSettings, pass1, pass2, getAccessNumber, getQrUrl, access, codeStatus, mobileAuthenticate,
  setupDone, mobileConfig, NO_CACHE,
};
