'use strict';
// Test controls under /__dev/ (only with --test-controls). Plain JSON in and
// out; errors are 400 {"error": "..."}. None of this exists in a real RPS.

const u = require('./util');
const { replyRaw, writeHead } = require('./reply');
const { applyChanges } = require('./config');
const { DevCrypto } = require('./devcrypto');

function send(ctx, status, value) {
  replyRaw(ctx, status, undefined, 'application/json; charset=UTF-8', JSON.stringify(value));
}

function bad(ctx, message) {
  send(ctx, 400, { error: message });
}

// Body as a JSON object ({} when empty), or undefined after a 400.
function objectBody(ctx) {
  if (ctx.body.length === 0) return {};
  const p = u.parseJson(ctx.body);
  if (!p.ok || !u.isPlainObject(p.value)) { bad(ctx, 'expected a JSON object body'); return undefined; }
  return p.value;
}

// POST /__dev/mint {"userId", "ok"?: true, "otp"?: false, "mpinId"?, "lifetime"?, "mobile"?: false}
// An authOTT record as /rps/pass2 would leave it, without any browser.
// mobile: the identity is a phone's (its mpinId says "mobile": 1).
function mint(ctx) {
  const b = objectBody(ctx);
  if (!b) return;
  const { state, cfg, crypto } = ctx;
  if (typeof b.userId !== 'string' || b.userId === '') return bad(ctx, 'userId: expected a non-empty string');
  if (b.mpinId !== undefined && (!u.isHex(b.mpinId) || b.mpinId === '')) return bad(ctx, 'mpinId: expected hex');
  if (b.lifetime !== undefined && !(typeof b.lifetime === 'number' && b.lifetime >= 0)) return bad(ctx, 'lifetime: seconds');
  const mobile = b.mobile ? 1 : 0;
  let mpinId = b.mpinId;
  if (!mpinId) {
    const known = state.users.get(b.userId);
    const knownMobile = known && DevCrypto.decodeMpinId(known.mpinId);
    mpinId = known && knownMobile && knownMobile.mobile === mobile ? known.mpinId : crypto.makeMpinId(b.userId, mobile);
  }
  state.rememberIdentity(mpinId, b.userId, mobile, true);
  const authOTT = u.randomHex(16);
  const OTP = b.otp ? u.randomOtp() : undefined;
  const lifetime = b.lifetime !== undefined ? b.lifetime : cfg.authOTTLifetime;
  state.addAuth(authOTT, {
    mpinId, userId: b.userId, ok: b.ok === undefined ? true : !!b.ok, OTP, expires: Date.now() + lifetime * 1000,
  });
  const out = { authOTT, mpinId };
  if (OTP) out.OTP = OTP;
  send(ctx, 200, out);
}

function getConfig(ctx) {
  send(ctx, 200, ctx.app.cfg);
}

// POST /__dev/config {option: value, ...}: runtime change, whole config back.
function setConfig(ctx) {
  const b = objectBody(ctx);
  if (!b) return;
  try {
    ctx.app.cfg = applyChanges(ctx.app.cfg, b);
  } catch (e) {
    return bad(ctx, e.message);
  }
  send(ctx, 200, ctx.app.cfg);
}

function addFault(ctx) {
  const b = objectBody(ctx);
  if (!b) return;
  try {
    send(ctx, 200, ctx.app.faults.add(b));
  } catch (e) {
    bad(ctx, e.message);
  }
}

// POST /__dev/expire {"authOTT", "tokenOnly"?} | {"mpinId"} (pending registration)
// Default: the record is gone (the next /authenticate gets 408). tokenOnly:
// the token's own expiry passes but the record stays (401, counted).
function expire(ctx) {
  const b = objectBody(ctx);
  if (!b) return;
  const { state } = ctx;
  if (typeof b.authOTT === 'string') {
    const rec = state.auth.get(b.authOTT);
    if (!rec) return send(ctx, 404, { error: 'unknown authOTT' });
    if (b.tokenOnly) {
      rec.expires = Date.now() - 1;
      rec.purgeAt = Infinity;
    } else {
      state.deleteAuth(rec);
    }
    return send(ctx, 200, { expired: b.authOTT, tokenOnly: !!b.tokenOnly });
  }
  if (typeof b.mpinId === 'string') {
    if (!state.pending.delete(b.mpinId)) return send(ctx, 404, { error: 'unknown pending mpinId' });
    return send(ctx, 200, { expired: b.mpinId });
  }
  bad(ctx, 'expected {"authOTT": ...} or {"mpinId": ...}');
}

// POST /__dev/reset: state, faults, logs and config back to the start.
function reset(ctx) {
  ctx.app.reset();
  send(ctx, 200, { reset: true });
}

function state(ctx) {
  send(ctx, 200, Object.assign(ctx.state.snapshot(), { appKey: ctx.crypto.appKey }));
}

// Where the "redirect" fault points: a 200 that looks like a successful
// login, so an RPA that follows redirects from the RPS gets caught.
function redirectTarget(ctx) {
  send(ctx, 200, { userId: 'redirect-target', mpinId: '', status: 200, message: 'Authentication successful' });
}

// /__dev/fake-rpa: a built-in stand-in for t/cgi-bin/fake-rpa (same query
// parameters: status, body, ctype, delay in seconds, location), so that flows
// can be driven without a web server.
function fakeRpa(ctx) {
  const q = ctx.query;
  const status = Number(q.get('status') || 200);
  const body = q.get('body') !== null ? q.get('body') : '{"forceActivate": true}';
  const ctype = q.get('ctype') || 'application/json';
  const headers = q.get('location') !== null ? { Location: q.get('location') } : {};
  const answer = () => {
    if (ctype === 'none') {
      if (!writeHead(ctx, status, undefined, headers)) return;
      ctx.res.end(body);
    } else {
      replyRaw(ctx, status, undefined, ctype, body, headers);
    }
  };
  const delay = Number(q.get('delay') || 0);
  if (delay > 0) setTimeout(answer, delay * 1000); else answer();
}

const ROUTES = {
  'POST /__dev/mint': mint,
  'GET /__dev/config': getConfig,
  'POST /__dev/config': setConfig,
  'GET /__dev/fault': (ctx) => send(ctx, 200, ctx.app.faults.list),
  'POST /__dev/fault': addFault,
  'DELETE /__dev/fault': (ctx) => { ctx.app.faults.clear(); send(ctx, 200, []); },
  // the requests a hang fault holds get their normal answers
  'POST /__dev/release': (ctx) => send(ctx, 200, { released: ctx.app.release() }),
  'GET /__dev/log': (ctx) => send(ctx, 200, ctx.state.requestLog),
  'DELETE /__dev/log': (ctx) => { ctx.state.requestLog = []; send(ctx, 200, []); },
  'GET /__dev/callbacks': (ctx) => send(ctx, 200, ctx.state.callbacks),
  'DELETE /__dev/callbacks': (ctx) => { ctx.state.callbacks = []; send(ctx, 200, []); },
  'POST /__dev/reset': reset,
  'POST /__dev/expire': expire,
  'GET /__dev/state': state,
};

// Returns true when the request was a test control (answered).
function handle(ctx) {
  if (ctx.path === '/__dev/redirect-target') { redirectTarget(ctx); return true; }
  if (ctx.path === '/__dev/fake-rpa') { fakeRpa(ctx); return true; }
  const h = ROUTES[`${ctx.req.method} ${ctx.path}`];
  if (h) { h(ctx); return true; }
  if (Object.keys(ROUTES).some((k) => k.endsWith(' ' + ctx.path))) {
    send(ctx, 405, { error: 'method not allowed' });
    return true;
  }
  send(ctx, 404, { error: 'unknown test control' });
  return true;
}

module.exports = { handle };
