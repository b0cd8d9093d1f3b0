#!/usr/bin/env node
'use strict';
// The client side of M-Pin for the Perl tests (t/lib/DevRPSTest.pm):
// the computations of the PIN pad, with the same code (devrps/lib/mpinclient.js).
// No HTTP here: the tests make the requests themselves.
//
//   node devrps/t/mpin-client.js OP JSON
//
//   secret {"share1", "share2"}                      -> {"clientSecret"}    (also for time permits)
//   token  {"mpinId", "pin", "clientSecret"}         -> {"token"}
//   pass1  {"mpinId", "token", "pin", "date", "permitShare1", "permitShare2"}
//                                                    -> {"request": {mpin_id, dtas, UT, U, pass}, "state": {...}}
//   pass2  {"state", "y", "otp"?, "wid"?}            -> {V, OTP, WID, pass, mpin_id}
//
// Prints one JSON line; on an error prints {"error": "..."} and exits 1.

const crypto = require('crypto');
const MPinClient = require('../lib/mpinclient');

function run(op, a) {
  const c = new MPinClient((n) => crypto.randomBytes(n));
  switch (op) {
    case 'secret': return { clientSecret: c.addShares(a.share1, a.share2) };
    case 'token': return { token: c.calculateMPinToken(a.mpinId, a.pin, a.clientSecret) };
    case 'pass1': {
      const permit = c.addShares(a.permitShare1, a.permitShare2);
      return c.pass1Request(a.mpinId, a.token, permit, a.pin, a.date);
    }
    case 'pass2': return c.pass2Request(a.state, a.y, a.otp, a.wid);
    default: throw new Error(`unknown operation ${op}`);
  }
}

try {
  const [op, json] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(run(op, JSON.parse(json || '{}'))) + '\n');
} catch (e) {
  process.stdout.write(JSON.stringify({ error: String(e && e.message || e) }) + '\n');
  process.exit(1);
}
