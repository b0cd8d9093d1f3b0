'use strict';
// The CLIENT side of M-Pin (what the PIN pad computes), on curve BN254CX with
// Apache Milagro's milagro-crypto-js. The same file runs in Node.js (the test
// helpers) and, bundled by devrps/tools/build-pinpad-crypto.js into
// pinpad/milagro-mpin.js, in the browser PIN pad. It mirrors MPINAuth of the
// Milagro crypto library that the real PIN pad (mpinjs) is built with:
//
//   addShares(share1, share2)                 client secret or time permit = share1 + share2 (G1)
//   calculateMPinToken(mpinId, pin, secret)   token = client secret - PIN.H(mpinId)  (EXTRACT_PIN)
//   pass1Request(mpinId, token, permit, pin, date)
//        CLIENT_1: U = x.H(ID), UT = x.(H(ID) + H(date|H(ID))), SEC = token + PIN.H(ID) + permit
//        -> {request: {mpin_id, dtas, UT, U, pass: 1}, state: {X, SEC}}
//   pass2Request(state, y, requestOTP, accessNumber)
//        CLIENT_2: V = -(x + y).SEC   -> {V, OTP, WID, pass: 2, mpin_id}
//
// Identities are the hex mpinId of the RPS; its bytes are the M-Pin CLIENT_ID.
// Every value in and out is lower-case hex. No Node.js module is used here:
// randomness comes from the randomBytes(n) function given to the constructor.

var CTX = require('milagro-crypto-js');

var CURVE = 'BN254CX';

function hexToBytes(hex) {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw new Error('not a hex string: ' + String(hex).slice(0, 40));
  }
  var out = [];
  for (var i = 0; i < hex.length; i += 2) out.push(parseInt(hex.substr(i, 2), 16));
  return out;
}

function bytesToHex(bytes) {
  var s = '';
  for (var i = 0; i < bytes.length; i++) s += ((bytes[i] & 0xff) < 16 ? '0' : '') + (bytes[i] & 0xff).toString(16);
  return s;
}

// A 4-digit PIN as the integer M-Pin uses (it reduces it modulo MAXPIN).
function pinNumber(pin) {
  var s = String(pin);
  if (!/^[0-9]{1,9}$/.test(s)) throw new Error('the PIN must be digits');
  return parseInt(s, 10);
}

function MPinClient(randomBytes) {
  if (!(this instanceof MPinClient)) return new MPinClient(randomBytes);
  if (typeof randomBytes !== 'function') throw new Error('MPinClient needs a randomBytes(n) function');
  this.ctx = new CTX(CURVE);
  this.MPIN = this.ctx.MPIN;
  this.sha = this.MPIN.HASH_TYPE;
  this.randomBytes = randomBytes;
}

// A fresh Milagro RNG seeded with 128 bytes of strong randomness.
MPinClient.prototype.rng = function () {
  var rng = new this.ctx.RAND();
  rng.clean();
  var seed = Array.prototype.slice.call(this.randomBytes(128));
  rng.seed(seed.length, seed);
  return rng;
};

MPinClient.prototype.check = function (rtn, what) {
  if (rtn !== 0) throw new Error(what + ' failed (M-Pin error ' + rtn + ')');
};

// share1 + share2 in G1: the client secret, or a time permit.
MPinClient.prototype.addShares = function (share1Hex, share2Hex) {
  var out = [];
  this.check(this.MPIN.RECOMBINE_G1(hexToBytes(share1Hex), hexToBytes(share2Hex), out), 'RECOMBINE_G1');
  return bytesToHex(out);
};

// The token the PIN pad stores: the client secret with the PIN taken out.
MPinClient.prototype.calculateMPinToken = function (mpinIdHex, pin, clientSecretHex) {
  var token = hexToBytes(clientSecretHex);
  this.check(this.MPIN.EXTRACT_PIN(this.sha, hexToBytes(mpinIdHex), pinNumber(pin), token), 'EXTRACT_PIN');
  return bytesToHex(token);
};

// First pass with a time permit for `date` (days since the epoch, from the
// RPS's timePermit reply). `state` must be kept for pass2 and then dropped.
MPinClient.prototype.pass1Request = function (mpinIdHex, tokenHex, timePermitHex, pin, date) {
  var X = [], SEC = [], U = [], UT = [];
  var rtn = this.MPIN.CLIENT_1(this.sha, Number(date), hexToBytes(mpinIdHex), this.rng(), X, pinNumber(pin),
    hexToBytes(tokenHex), SEC, U, UT, hexToBytes(timePermitHex));
  this.check(rtn, 'CLIENT_1');
  return {
    request: {mpin_id: mpinIdHex, dtas: '', UT: bytesToHex(UT), U: bytesToHex(U), pass: 1},
    state: {mpin_id: mpinIdHex, X: bytesToHex(X), SEC: bytesToHex(SEC)}
  };
};

// Second pass: V = -(x + y).SEC with the server's challenge y.
MPinClient.prototype.pass2Request = function (state, yHex, requestOTP, accessNumber) {
  var SEC = hexToBytes(state.SEC);
  this.check(this.MPIN.CLIENT_2(hexToBytes(state.X), hexToBytes(yHex), SEC), 'CLIENT_2');
  return {V: bytesToHex(SEC), OTP: !!requestOTP, WID: accessNumber ? String(accessNumber) : '0', pass: 2,
    mpin_id: state.mpin_id};
};

MPinClient.CURVE = CURVE;
MPinClient.hexToBytes = hexToBytes;
MPinClient.bytesToHex = bytesToHex;

module.exports = MPinClient;
