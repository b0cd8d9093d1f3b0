#!/usr/bin/env node
'use strict';
// Unit test of the development RPS's M-Pin crypto (lib/devcrypto.js, the
// server) against the PIN pad's client code (lib/mpinclient.js, and the same
// through the browser bundle pinpad/milagro-mpin.js): a right PIN verifies, a
// wrong PIN does not and KANGAROO finds its PIN error, a replayed pass2 does
// not verify, the time permit matters. Prints TAP; run by t/devrps_crypto.t.
//
//   node devrps/t/crypto.js

const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { DevCrypto } = require('../lib/devcrypto');
const MPinClient = require('../lib/mpinclient');
const { findPinError } = require('../lib/pinerror');

let n = 0;
let failed = 0;
function ok(cond, name, diag) {
  n++;
  if (!cond) failed++;
  console.log(`${cond ? 'ok' : 'not ok'} ${n} - ${name}`);
  if (!cond && diag !== undefined) console.log(`# ${JSON.stringify(diag)}`);
}

const POINT = /^04[0-9a-f]{128}$/;
const rps = new DevCrypto();
const nodeClient = new MPinClient((k) => crypto.randomBytes(k));

// The browser bundle, in a bare context like a page's (no require, no module).
const win = { };
vm.runInNewContext(fs.readFileSync(path.join(__dirname, '..', '..', 'pinpad', 'milagro-mpin.js'), 'utf8'),
  { window: win });
const bundleClient = new win.MPinClient((k) => crypto.randomBytes(k));

const today = Math.floor(Date.now() / 86400000);

// Registration as the PIN pad does it: share 1 (/rps/signature) + share 2 (D-TA), then the PIN out.
function register(client, userId, pin) {
  const mpinId = rps.makeMpinId(userId, 0);
  const s1 = rps.clientSecretShare1(mpinId);
  const s2 = rps.clientSecretShare2(mpinId);
  const clientSecret = client.addShares(s1, s2);
  return { mpinId, s1, s2, clientSecret, token: client.calculateMPinToken(mpinId, pin, clientSecret) };
}

function permit(client, mpinId, date) {
  return client.addShares(rps.timePermitShare1(mpinId, date), rps.timePermitShare2(DevCrypto.hashMpinId(mpinId), date));
}

// KANGAROO is a probabilistic walk (its trap can miss, rarely): the PIN error
// of a wrong-PIN login, trying a second fresh login if the first walk found none.
function pinErrorOf(client, id, pin) {
  let r;
  for (let i = 0; i < 2; i++) {
    const l = login(client, id, pin);
    r = Object.assign({ verified: l.result.ok, inp: l.inp }, rps.verifyWithPinError(l.inp));
    if (r.pinError) break;
  }
  return r;
}

// One login: client pass1 -> server pass1 -> client pass2 -> server check.
function login(client, id, pin, opts = {}) {
  const date = opts.clientDate || today;
  const c1 = client.pass1Request(id.mpinId, id.token, opts.permit || permit(client, id.mpinId, date), pin, date);
  const s1 = rps.pass1(id.mpinId, opts.serverDate || today);
  const c2 = client.pass2Request(c1.state, s1.y, false, '0');
  const inp = { date: s1.date, HID: s1.HID, HTID: s1.HTID, y: s1.y, U: c1.request.U, UT: c1.request.UT, V: c2.V };
  return { c1, s1, c2, inp, result: rps.verify(inp) };
}

console.log('1..23');

const alice = register(nodeClient, 'alice@example.com', '1234');
ok(POINT.test(alice.s1) && POINT.test(alice.s2) && alice.s1 !== alice.s2,
  'client secret shares 1 and 2 are different BN254CX points');
ok(POINT.test(alice.clientSecret) && POINT.test(alice.token) && alice.token !== alice.clientSecret,
  'client secret = share 1 + share 2; token = client secret - PIN.H(ID)');
ok(DevCrypto.hashMpinId(alice.mpinId) === crypto.createHash('sha256').update(Buffer.from(alice.mpinId, 'hex')).digest('hex'),
  'H(ID) is the SHA-256 of the mpinId bytes (the storageId)');

const right = login(nodeClient, alice, '1234');
ok(right.result.ok && right.result.rtn === 0, 'right PIN: SERVER_2 verifies', right.result);
ok(right.c1.request.pass === 1 && right.c1.request.mpin_id === alice.mpinId && POINT.test(right.c1.request.U) &&
  POINT.test(right.c1.request.UT) && right.c1.request.dtas === '', 'pass1 body {mpin_id, dtas, UT, U, pass: 1}', right.c1.request);
ok(right.c2.pass === 2 && right.c2.OTP === false && right.c2.WID === '0' && right.c2.mpin_id === alice.mpinId &&
  POINT.test(right.c2.V), 'pass2 body {V, OTP: false, WID: "0", pass: 2, mpin_id}', right.c2);
ok(/^[0-9a-f]{64}$/.test(right.s1.y), 'the challenge y is 32 bytes hex');

const wrong = login(nodeClient, alice, '1243');
ok(!wrong.result.ok && wrong.result.rtn === rps.BAD_PIN, 'wrong PIN: SERVER_2 says BAD_PIN', wrong.result);
const withError = pinErrorOf(nodeClient, alice, '1243');
ok(!withError.verified && withError.pinError === 9, 'KANGAROO finds the PIN error (1243 - 1234 = 9)',
  [withError.verified, withError.pinError]);
const farError = pinErrorOf(nodeClient, alice, '0000');
ok(!farError.verified && farError.pinError === -1234, 'PIN 0000: pinError -1234 (entered - registered)', farError);

ok(rps.verify(right.inp).ok,
  'the crypto alone accepts the same (y, V) again: the RPS consumes y at pass2 (t/devrps_public.t checks that)');
const s1b = rps.pass1(alice.mpinId, today);
const replay = rps.verify(Object.assign({}, right.inp, { HID: s1b.HID, HTID: s1b.HTID, y: s1b.y }));
ok(!replay.ok, 'a replayed pass2 (V) against a new challenge y does not verify', replay);
const stale = login(nodeClient, alice, '1234');
ok(!rps.verify(Object.assign({}, stale.inp, { V: right.inp.V })).ok,
  'a replayed pass2 V in another login (its own pass1, its own y): refused');

const tampered = Object.assign({}, right.inp, { UT: wrong.inp.UT });
ok(!rps.verify(tampered).ok, 'UT from another login: refused');
const otherDay = login(nodeClient, alice, '1234', { clientDate: today - 1 });
ok(!otherDay.result.ok, "yesterday's time permit: refused", otherDay.result);
const noPermit = login(nodeClient, alice, '1234', { permit: rps.timePermitShare1(alice.mpinId, today) });
ok(!noPermit.result.ok, 'time permit share 1 alone (without the D-TA share): refused');

const bob = register(nodeClient, 'bob@example.com', '1234');
const swapped = login(nodeClient, { mpinId: alice.mpinId, token: bob.token }, '1234');
ok(!swapped.result.ok, "another identity's token: refused");

const garbage = rps.verify(Object.assign({}, right.inp, { V: '04' + '00'.repeat(64) }));
ok(!garbage.ok, 'a V that is no curve point: refused, no exception', garbage);
const notHex = rps.verify(Object.assign({}, right.inp, { U: 'zz' }));
ok(!notHex.ok, 'a U that is not hex: refused, no exception', notHex);

// The browser bundle is the same client.
const carol = register(bundleClient, 'carol@example.com', '4321');
ok(login(bundleClient, carol, '4321').result.ok, 'the browser bundle: right PIN verifies');
const carolError = pinErrorOf(bundleClient, carol, '4322');
ok(!carolError.verified && carolError.pinError === 1, 'the browser bundle: wrong PIN refused, pinError 1', carolError);
ok(bundleClient.calculateMPinToken(alice.mpinId, '1234', alice.clientSecret) === alice.token,
  'the browser bundle and Node.js compute the same token');

// The worker thread the RPS uses for the kangaroo step.
const keep = setTimeout(() => {}, 60000);
findPinError(rps.serverSecret(), withError.inp, (r) => {
  clearTimeout(keep);
  ok(!r.ok && r.pinError === 9, 'the KANGAROO worker thread reports pinError 9 for the same login', r);
  process.exit(failed ? 1 : 0);
});
