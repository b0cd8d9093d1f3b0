'use strict';
// RPA-facing (private) endpoints: docs/protocol.md §4.
// Each handler mirrors the handler of the same name in servers/rps/rps.py.

const u = require('./util');
const { replyJson, replyEmpty } = require('./reply');

// Shared by POST /authenticate (A1) and the phone's POST /rps/authenticate:
// the three-strikes rule of AuthenticateHandler. Returns {ok, status, message}
// and updates the failed-attempt counter.
function checkLogin(ctx, rec) {
  const { state, cfg } = ctx;
  const now = Date.now();
  // verifyToken(): an expired token or a bad PIN both fail.
  let fail = !(rec.ok && now <= rec.expires);
  let attempts = state.getAttempts(rec.mpinId);
  // Once blocked, even the right PIN fails (sticky 410).
  if (attempts >= cfg.maxInvalidLoginAttempts) fail = true;
  if (!fail) {
    state.resetAttempts(rec.mpinId);
    return { ok: true, status: 200, message: 'Authentication successful' };
  }
  attempts += 1;
  state.setAttempts(rec.mpinId, attempts);
  const status = attempts >= cfg.maxInvalidLoginAttempts ? 410 : 401;
  return { ok: false, status, message: 'Wrong PIN.' };
}

// A1. POST /authenticate {"authOTT", "logoutURL"?, "logoutData"?}
function authenticate(ctx) {
  const { state, cfg } = ctx;
  const parsed = u.parseJson(ctx.body);
  if (!parsed.ok) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID JSON');
  const data = parsed.value;
  // JSON that is not an object has no authOTT either (spec: INVALID DATA).
  if (!u.isPlainObject(data) || !('authOTT' in data)) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID DATA');

  const rec = state.getAuth(data.authOTT);
  let reply;
  if (!rec) {
    reply = { userId: '', mpinId: '', status: 408, message: 'Expired authentication request' };
  } else if (rec.status) {
    // Mobile flow: the phone already authenticated; report what it recorded
    // and hand the logout info to the waiting phone.
    rec.logoutURL = data.logoutURL || cfg.LogoutURL;
    rec.logoutData = data.logoutData;
    rec.browserReady = !cfg.waitForLoginResult;
    if (!cfg.waitForLoginResult) state.deleteAuth(rec);
    reply = { userId: rec.userId, mpinId: rec.mpinId, status: rec.status, message: rec.message };
  } else {
    const r = checkLogin(ctx, rec);
    // Single use only when the RPS does not wait for /loginResult.
    if (!cfg.waitForLoginResult) state.deleteAuth(rec);
    reply = { userId: rec.userId, mpinId: rec.mpinId, status: r.status, message: r.message };
  }
  if (rec && rec.OTP) reply.OTP = rec.OTP;
  replyJson(ctx, reply.status, reply, { reason: reply.message });
}

// A2. POST /loginResult {"authOTT", "status", "message"?, "logoutURL"?, "logoutData"?}
function loginResult(ctx) {
  const { state, cfg } = ctx;
  if (!cfg.waitForLoginResult) return replyEmpty(ctx, 404);
  const parsed = u.parseJson(ctx.body);
  if (!parsed.ok) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID JSON');
  const data = parsed.value;
  if (!u.isPlainObject(data) || !('authOTT' in data) || !('status' in data)) {
    return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID DATA');
  }
  // The RPS does int(status) (a crash, i.e. 500, on garbage); refuse it as data.
  const status = u.pyInt(data.status);
  if (status === undefined) return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID DATA');

  const rec = state.getAuth(data.authOTT);
  if (!rec) return replyEmpty(ctx, 408, 'Invalid or expired authOTT');

  if (status !== 200) {
    // Passed on to a waiting phone as its answer.
    rec.status = status;
    rec.message = 'message' in data ? data.message : rec.message;
  } else {
    rec.logoutURL = data.logoutURL || rec.logoutURL || cfg.LogoutURL;
    rec.logoutData = data.logoutData || rec.logoutData;
  }
  rec.browserReady = true;
  state.deleteAuth(rec);
  replyEmpty(ctx, 200);
}

// A3. POST /user/<hex mpinId> {"activateKey"}: store the key; it is checked
// later by GET /rps/signature.
function activateUser(ctx, mpinId) {
  const { state } = ctx;
  const parsed = u.parseJson(ctx.body);
  if (!parsed.ok || !u.isPlainObject(parsed.value) || !('activateKey' in parsed.value)) {
    return replyEmpty(ctx, 400, 'BAD REQUEST. INVALID JSON');
  }
  const rec = state.getPending(mpinId);
  if (!rec) return replyEmpty(ctx, 401, 'M-Pin ID not found.');
  rec.active = parsed.value.activateKey;
  replyEmpty(ctx, 200);
}

// A4. GET /status. The two extra fields say loudly what this server is.
function status(ctx) {
  replyJson(ctx, 200, {
    version: '0.3',
    message: 'active',
    development: true,
    warning: 'development RPS - not for production',
  }, { reason: 'active' });
}

// GET /service (ServiceHandler).
function service(ctx) {
  replyJson(ctx, 200, { name: '', url: ctx.cfg.rpsBaseURL, type: 'online', rps_prefix: 'rps', icon_url: '' });
}

module.exports = { authenticate, loginResult, activateUser, status, service, checkLogin };
