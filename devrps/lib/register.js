'use strict';
// Registration and identity set-up, spec sections 2, 3 and "Protocol spec" B:
// PUT /rps/user[/<mpinId>] (with the verify callback), GET /rps/signature,
// GET /rps/timePermit (with the permit callback), and the fake D-TA
// (/fake-cloud/..., /fake-storage/...) that hands out the second shares of the
// M-Pin client secret and time permits (lib/devcrypto.js).

const u = require('./util');
const { DevCrypto } = require('./devcrypto');
const { replyJson, replyEmpty, replyError, replyRaw } = require('./reply');
const { callRpa, urlConcat } = require('./callbacks');
const { hasHeader } = require('./outbound');

// SIGNATURE_EXPIRES_OFFSET_SECONDS: lifetime of signed D-TA parameters.
const SIGNED_PARAMS_SECONDS = 60;

// "<scheme>://<host>" of the client's request, as Tornado with xheaders=True
// computes it: X-Scheme, then X-Forwarded-Proto, when it says http or https.
function rpsBaseUrlHeader(req) {
  let scheme = req.socket.encrypted ? 'https' : 'http';
  const proto = req.headers['x-scheme'] !== undefined ? req.headers['x-scheme'] : req.headers['x-forwarded-proto'];
  if (proto === 'http' || proto === 'https') scheme = proto;
  return `${scheme}://${req.headers.host || '127.0.0.1'}`;
}

// RegisterForwardUserHeaders: "*" = all, else a comma-separated list.
function forwardedHeaders(req, list) {
  const out = {};
  if (!list) return out;
  const all = list.trim() === '*';
  const wanted = list.split(',').map((s) => s.trim().toLowerCase());
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    const lower = name.toLowerCase();
    // Framing headers of the client's request must not leak onto ours.
    if (lower === 'content-length' || lower === 'transfer-encoding') continue;
    if (all || wanted.includes(lower)) out[name] = req.headers[lower];
  }
  return out;
}

// Build the verify POST exactly as RPSUserHandler + simple_httpclient do.
function verifyRequestHeaders(req, cfg) {
  const headers = Object.assign({ 'RPS-BASE-URL': rpsBaseUrlHeader(req) },
    forwardedHeaders(req, cfg.RegisterForwardUserHeaders));
  if (!hasHeader(headers, 'Connection')) headers.Connection = 'close';
  // The RPS sets no Content-Type; Tornado fills in the form type for POSTs.
  if (!hasHeader(headers, 'Content-Type')) headers['Content-Type'] = 'application/x-www-form-urlencoded';
  headers['Accept-Encoding'] = 'gzip';
  return headers;
}

// Parse the PUT /rps/user body. Returns {error: [status, reason]} or the fields.
function parseRegistration(body) {
  const parsed = u.parseJson(body);
  if (!parsed.ok || !u.isPlainObject(parsed.value)) return { error: [400, 'BAD REQUEST. INVALID JSON'] };
  const data = parsed.value;
  // int(data.get("mobile", "0")); a ValueError is reported as invalid JSON.
  const mobile = 'mobile' in data ? u.pyInt(data.mobile) : 0;
  if (mobile === undefined) return { error: [400, 'BAD REQUEST. INVALID JSON'] };
  if (typeof data.userId !== 'string' || data.userId === '') return { error: [400, 'BAD REQUEST. INVALID USERID'] };
  return {
    userId: data.userId,
    mobile,
    deviceName: 'deviceName' in data ? data.deviceName : '',
    userData: u.pyTruthy(data.userData) ? data.userData : '',
    regOTT: data.regOTT,
  };
}

// What the RPA's verify answer means (spec 2.3). Returns {status} for an
// error reply to the client, or {forceActivate: bool}.
function interpretVerifyAnswer(r) {
  if (r.error) return { status: r.code >= 500 ? 500 : r.code };
  if (r.body.length === 0) return { forceActivate: false };
  const parsed = u.parseJson(r.body);
  if (!parsed.ok || !u.isPlainObject(parsed.value)) return { status: 500 };
  return { forceActivate: u.pyTruthy(parsed.value.forceActivate) };
}

// PUT /rps/user and PUT /rps/user/<mpinId> (resend).
async function registerUser(ctx, pathPart) {
  const { state, cfg, crypto } = ctx;
  const reg = parseRegistration(ctx.body);
  if (reg.error) return replyEmpty(ctx, reg.error[0], reg.error[1]);

  let mpinId = pathPart.replace(/^\/+|\/+$/g, '');
  let oldRegOTT = reg.regOTT;
  let resendOf;
  if (mpinId) {
    resendOf = state.getPending(mpinId);
    if (!resendOf) {
      // Unknown mpinId: the RPS quietly starts a fresh registration.
      mpinId = '';
      oldRegOTT = undefined;
    } else if (resendOf.regOTT !== oldRegOTT) {
      return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID REGOTT');
    }
  }
  if (!mpinId) mpinId = crypto.makeMpinId(reg.userId, reg.mobile);

  // `regOTT = oldRegOTT or generate_ott()`: a resend keeps its regOTT, so the
  // activateKey is the same. (The RPS even takes a regOTT from the body of a
  // fresh PUT /rps/user; kept for fidelity.)
  const regOTT = (typeof oldRegOTT === 'string' && oldRegOTT !== '') ? oldRegOTT : u.randomHex(16);
  const activateKey = crypto.activateKey(mpinId, regOTT);
  const now = u.pyNow();
  const expire = u.pyAddSeconds(now, cfg.VerifyUserExpireSeconds);
  const verifyBody = u.pyJson({
    userId: reg.userId,
    mpinId,
    mobile: reg.mobile,
    activateKey,
    expireTime: u.isoZ(expire.ms),
    resend: !!resendOf,
    deviceName: reg.deviceName,
    userData: reg.userData,
  });

  // The RPS drops the old pending record before calling the RPA, so a failed
  // resend leaves nothing pending.
  if (resendOf) state.pending.delete(mpinId);

  if (!cfg.RPAVerifyUserURL) return replyEmpty(ctx, 400, 'RPAVerifyUserURL option not set.');

  const r = await callRpa(ctx, 'verify', {
    method: 'POST', url: cfg.RPAVerifyUserURL, headers: verifyRequestHeaders(ctx.req, cfg), body: verifyBody,
  });
  const answer = interpretVerifyAnswer(r);
  if (answer.status) return replyEmpty(ctx, answer.status);

  state.addPending(mpinId, {
    regOTT,
    activateKey,
    active: answer.forceActivate ? activateKey : 0,
    userId: reg.userId,
    mobile: reg.mobile,
    expires: expire.ms,
  });
  state.rememberIdentity(mpinId, reg.userId, reg.mobile, false);
  replyJson(ctx, 200, {
    mpinId,
    regOTT,
    expireTime: u.pyIsoformat(expire),
    nowTime: u.pyIsoformat(now),
    active: answer.forceActivate,
  });
}

// GET /rps/signature/<mpinId>?regOTT=  (RPSSignatureHandler)
function signature(ctx, mpinId) {
  const { state, crypto } = ctx;
  const regOTT = ctx.query.get('regOTT');
  if (regOTT === null) return replyError(ctx, 400); // get_argument: MissingArgumentError
  const mpinData = DevCrypto.decodeMpinId(mpinId);
  if (!mpinData) return replyError(ctx, 500); // json.loads(mpinId.decode("hex")) raised

  const rec = state.getPending(mpinId);
  if (!rec) return replyEmpty(ctx, 400, 'M-Pin ID not found.');
  if (rec.regOTT !== regOTT) {
    state.pending.delete(mpinId); // a wrong regOTT burns the registration
    return replyEmpty(ctx, 400, 'M-Pin ID not found.');
  }
  if (rec.active !== crypto.activateKey(mpinId, regOTT)) return replyEmpty(ctx, 401, 'M-PinID not active.');

  const mobile = 'mobile' in mpinData ? mpinData.mobile : 0;
  const expires = u.isoZ(Date.now() + SIGNED_PARAMS_SECONDS * 1000);
  const params = new URLSearchParams({
    mpin_id: mpinId,
    mobile: String(mobile),
    expires,
    signature: crypto.clientSecretSignature(mpinId, String(mobile), expires),
  }).toString();

  state.pending.delete(mpinId); // the registration is consumed
  state.rememberIdentity(mpinId, rec.userId, rec.mobile, true);
  replyJson(ctx, 200, { params, clientSecretShare: crypto.clientSecretShare1(mpinId) });
}

// GET /fake-cloud/clientSecret?mpin_id=&mobile=&expires=&signature=
// The cloud D-TA's half of the client secret: share 2 = s2.H(ID).
function fakeClientSecret(ctx) {
  const { crypto } = ctx;
  const q = ctx.query;
  const mpinId = q.get('mpin_id') || '';
  const mobile = q.get('mobile') || '';
  const expires = q.get('expires') || '';
  const sig = q.get('signature') || '';
  const expected = crypto.clientSecretSignature(mpinId, mobile, expires);
  const expiresMs = Date.parse(expires);
  if (!u.hexEqualConstantTime(sig.toLowerCase(), expected) || !(expiresMs > Date.now()) || !u.isHex(mpinId)) {
    return replyError(ctx, 401, 'Invalid signature');
  }
  replyJson(ctx, 200, { clientSecret: crypto.clientSecretShare2(mpinId) });
}

// GET /rps/timePermit/<mpinId>  (RPSTimePermitHandler), with the permit hook.
async function timePermit(ctx, mpinId) {
  const { cfg, crypto } = ctx;
  if (cfg.RPAPermitUserURL) {
    const r = await callRpa(ctx, 'permit', {
      method: 'GET',
      url: urlConcat(cfg.RPAPermitUserURL, { mpin_id: mpinId }),
      headers: { Connection: 'close', 'Accept-Encoding': 'gzip' },
    });
    // Anything but exactly 200 is raised to the client with that status. A
    // connection error (Tornado's 599) becomes a plain 500 here.
    if (r.code !== 200) return replyError(ctx, r.code === 599 ? 500 : r.code);
  }
  if (!u.isHex(mpinId)) return replyError(ctx, 500); // mpin_id.decode("hex") raised
  const storageId = u.sha256Hex(Buffer.from(mpinId, 'hex'));
  const date = u.epochDays(Date.now());
  replyJson(ctx, 200, {
    date,
    signature: crypto.timePermitSignature(storageId),
    storageId,
    message: 'M-Pin Time Permit Generated',
    timePermit: crypto.timePermitShare1(mpinId, date),
    version: '0.3',
  }, { headers: { 'Cache-Control': 'no-cache' } });
}

// GET /fake-storage/<appID>/<date>/<storageId>: the cloud cache of time-permit
// share 2 (s2.H(date|H(ID)), H(ID) = storageId), raw text as S3 served it.
function fakeStorage(ctx, appID, date, storageId) {
  if (appID !== ctx.cfg.appID || !/^[0-9a-f]{64}$/.test(storageId)) {
    return replyRaw(ctx, 404, 'Not Found', 'text/plain; charset=UTF-8', 'Not Found');
  }
  replyRaw(ctx, 200, 'OK', 'text/plain; charset=UTF-8', ctx.crypto.timePermitShare2(storageId, Number(date)));
}

// GET /fake-cloud/timePermit?hash_mpin_id=...: fallback for share 2.
function fakeCloudTimePermit(ctx) {
  const storageId = ctx.query.get('hash_mpin_id') || '';
  if (!/^[0-9a-f]{64}$/.test(storageId)) return replyError(ctx, 400);
  const date = u.epochDays(Date.now());
  replyJson(ctx, 200, { timePermit: ctx.crypto.timePermitShare2(storageId, date) });
}

module.exports = {
  registerUser, signature, timePermit, fakeClientSecret, fakeStorage, fakeCloudTimePermit,
  rpsBaseUrlHeader, interpretVerifyAnswer,
};
