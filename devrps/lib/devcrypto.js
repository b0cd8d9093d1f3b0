'use strict';
// Identities and the M-Pin SERVER side of the development RPS: real M-Pin
// cryptography on curve BN254CX with Apache Milagro's milagro-crypto-js, the
// computations of the Milagro D-TA and RPS:
//
//   master secret s = s1 + s2, two shares held by this one process: s1 stands
//   in for the RPS's (customer) D-TA, s2 for the MIRACL cloud D-TA.
//   client secret share i   = si.H(ID)            (GET_CLIENT_SECRET; 1 from /rps/signature,
//                                                  2 from /fake-cloud/clientSecret)
//   time permit share i     = si.H(date|H(ID))    (GET_CLIENT_PERMIT; 1 from /rps/timePermit,
//                                                  2 from /fake-storage or /fake-cloud/timePermit)
//   server secret           = s1.Q + s2.Q         (GET_SERVER_SECRET x2, RECOMBINE_G2)
//   pass1: HID, HTID = SERVER_1(date, ID), y random;  pass2: SERVER_2(...) == 0 for the right PIN;
//   a wrong PIN's distance is found by KANGAROO (logged, as the RPS does).
//
// ID is the bytes of the hex mpinId; H(ID) = SHA-256(ID), i.e. the storageId
// ("hash_mpin_id") of the time-permit storage.
// Everything lives in memory and changes at every start. DEVELOPMENT ONLY: one
// process holding both master-secret shares is exactly what M-Pin's split
// D-TA design is there to avoid.

const crypto = require('crypto');
const u = require('./util');

let CTX;
try {
  CTX = require('milagro-crypto-js');
} catch (e) {
  throw new Error('milagro-crypto-js is not installed: run `npm ci` in devrps/ (or `make test` / `make demo`)');
}

const CURVE = 'BN254CX';
let shared; // one CTX per thread: building it costs ~50 ms

function milagro() {
  if (!shared) shared = new CTX(CURVE);
  return shared;
}

function hexBytes(hex) {
  if (!u.isHex(hex) || hex.length === 0) throw new Error('not hex');
  return Array.from(Buffer.from(hex, 'hex'));
}

function toHex(bytes) {
  return Buffer.from(bytes.map((b) => b & 0xff)).toString('hex');
}

function newRng(ctx) {
  const rng = new ctx.RAND();
  rng.clean();
  const seed = Array.from(crypto.randomBytes(128));
  rng.seed(seed.length, seed);
  return rng;
}

// SERVER_2 of a login. in: {date, HID, HTID, y, U, UT, V} (hex, date in days),
// SST: server secret (hex). withPinError: also compute E, F and run KANGAROO.
// Returns {ok, rtn, pinError?}. Malformed points are a failed login, never
// an exception.
function verifyLogin(SSTHex, inp, withPinError) {
  const ctx = milagro();
  const M = ctx.MPIN;
  let rtn;
  const E = withPinError ? [] : null;
  const F = withPinError ? [] : null;
  try {
    rtn = M.SERVER_2(inp.date, hexBytes(inp.HID), hexBytes(inp.HTID), hexBytes(inp.y), hexBytes(SSTHex),
      hexBytes(inp.U), hexBytes(inp.UT), hexBytes(inp.V), E, F);
  } catch (e) {
    return { ok: false, rtn: M.INVALID_POINT, error: String(e && e.message || e) };
  }
  const out = { ok: rtn === 0, rtn };
  if (withPinError && rtn === M.BAD_PIN && E.length && F.length) {
    // KANGAROO gives the distance between the PIN entered and the right one
    // (0 = not found: probably not a PIN error but a bad token or permit).
    out.pinError = M.KANGAROO(E, F);
  }
  return out;
}

class DevCrypto {
  constructor() {
    const ctx = milagro();
    const rng = newRng(ctx);
    // Both change at every start, like a fresh RPS + D-TA install would.
    this.masterShare1 = [];
    this.masterShare2 = [];
    ctx.MPIN.RANDOM_GENERATE(rng, this.masterShare1);
    ctx.MPIN.RANDOM_GENERATE(rng, this.masterShare2);
    this.rng = rng;
    this.sha = ctx.MPIN.HASH_TYPE;
    this.appKey = u.randomHex(32); // credentials.json app_key stand-in
    this.sstHex = null; // server secret, computed on first use (~0.5 s)
  }

  get BAD_PIN() { return milagro().MPIN.BAD_PIN; }

  // rps.py makeMPinID: hex of json.dumps({"issued", "userID", "mobile", "salt"}).
  // Key order: Python 2 dict order is arbitrary; the spec's example order is used.
  makeMpinId(userId, mobile) {
    const body = u.pyJson({
      mobile: mobile,
      issued: u.pyStr(u.pyNow()),
      userID: userId,
      salt: u.randomHex(16),
    });
    return Buffer.from(body, 'utf8').toString('hex');
  }

  // Decode an mpinId back to its JSON object, or null when it is not one.
  static decodeMpinId(mpinId) {
    if (!u.isHex(mpinId) || mpinId.length === 0) return null;
    const parsed = u.parseJson(Buffer.from(mpinId, 'hex'));
    return parsed.ok && u.isPlainObject(parsed.value) ? parsed.value : null;
  }

  // signMessage(mpinId + regOTT, app_key).
  activateKey(mpinId, regOTT) {
    return u.hmacHex(this.appKey, mpinId + regOTT);
  }

  // H(ID) = SHA-256 of the mpinId bytes (HASH_ID), the "hash_mpin_id".
  static hashMpinId(mpinId) {
    return u.sha256Hex(Buffer.from(mpinId, 'hex'));
  }

  // The server secret s1.Q + s2.Q in G2, as the RPS recombines it from the two D-TAs.
  serverSecret() {
    if (!this.sstHex) {
      const M = milagro().MPIN;
      const a = [];
      const b = [];
      const sst = [];
      M.GET_SERVER_SECRET(this.masterShare1, a);
      M.GET_SERVER_SECRET(this.masterShare2, b);
      if (M.RECOMBINE_G2(a, b, sst) !== 0) throw new Error('RECOMBINE_G2 failed');
      this.sstHex = toHex(sst);
    }
    return this.sstHex;
  }

  clientSecretShare(share, mpinId) {
    const out = [];
    const rtn = milagro().MPIN.GET_CLIENT_SECRET(share, hexBytes(DevCrypto.hashMpinId(mpinId)), out);
    if (rtn !== 0) throw new Error(`GET_CLIENT_SECRET failed (${rtn})`);
    return toHex(out);
  }

  // Client secret share 1 (the RPS's D-TA, /rps/signature) and share 2 (the cloud D-TA).
  clientSecretShare1(mpinId) { return this.clientSecretShare(this.masterShare1, mpinId); }
  clientSecretShare2(mpinId) { return this.clientSecretShare(this.masterShare2, mpinId); }

  timePermitShare(share, hashMpinIdHex, date) {
    const out = [];
    const rtn = milagro().MPIN.GET_CLIENT_PERMIT(this.sha, date, share, hexBytes(hashMpinIdHex), out);
    if (rtn !== 0) throw new Error(`GET_CLIENT_PERMIT failed (${rtn})`);
    return toHex(out);
  }

  // Time-permit share 1 (RPS, by mpinId) and share 2 (cloud storage, by storageId = H(ID)).
  timePermitShare1(mpinId, date) { return this.timePermitShare(this.masterShare1, DevCrypto.hashMpinId(mpinId), date); }
  timePermitShare2(storageId, date) { return this.timePermitShare(this.masterShare2, storageId, date); }

  // Pass 1, server side: HID = H(ID), HTID = H(ID) + H(date|H(ID)) as points,
  // and the challenge y (random, below the curve order).
  pass1(mpinId, date) {
    const M = milagro().MPIN;
    const HID = [];
    const HTID = [];
    const y = [];
    M.SERVER_1(this.sha, date, hexBytes(mpinId), HID, HTID);
    M.RANDOM_GENERATE(this.rng, y);
    return { HID: toHex(HID), HTID: toHex(HTID), y: toHex(y), date };
  }

  // Pass 2, server side: {ok} for the pass1 record + the client's U, UT and V.
  verify(inp) {
    return verifyLogin(this.serverSecret(), inp, false);
  }

  // The same with the PIN error (slow: seconds in JavaScript).
  verifyWithPinError(inp) {
    return verifyLogin(this.serverSecret(), inp, true);
  }

  // Signed D-TA parameters handed out by /rps/signature and checked by
  // /fake-cloud/clientSecret (the real RPS signs "clientSecret" + app_id +
  // hash + expires with app_key; the same idea with the fields we send).
  clientSecretSignature(mpinId, mobile, expires) {
    return u.hmacHex(this.appKey, `clientSecret${mpinId}${mobile}${expires}`);
  }

  // RPSTimePermitHandler: signMessage(hash_mpin_id_hex, app_key).
  timePermitSignature(storageId) { return u.hmacHex(this.appKey, storageId); }
}

module.exports = { DevCrypto, verifyLogin, CURVE };
