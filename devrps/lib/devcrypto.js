'use strict';
// Identities and the SIMPLIFIED development PIN scheme. This is not M-Pin: it
// is a stand-in with the same message flow, so that a browser PIN pad can
// register and log in against the development RPS. Never use it to protect
// anything. The browser side depends on these exact formulas:
//
//   secret(mpinId) = HMAC-SHA256(devMasterKey, "secret:" + mpinId)
//   share1(mpinId) = HMAC-SHA256(devMasterKey, "share1:" + mpinId)  (from /rps/signature)
//   share2(mpinId) = secret XOR share1                              (from /fake-cloud/clientSecret)
//   client token   = secret XOR SHA256(utf8(PIN))
//   pass2 V        = hex HMAC-SHA256(key = secret, msg = utf8(y_hex from pass1))

const crypto = require('crypto');
const u = require('./util');

class DevCrypto {
  constructor() {
    // Both change at every start, like a fresh RPS install would.
    this.devMasterKey = crypto.randomBytes(32);
    this.appKey = u.randomHex(32); // credentials.json app_key stand-in
  }

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

  secret(mpinId) { return u.hmac(this.devMasterKey, 'secret:' + mpinId); }
  share1(mpinId) { return u.hmac(this.devMasterKey, 'share1:' + mpinId); }
  share2(mpinId) { return u.xorBuffers(this.secret(mpinId), this.share1(mpinId)); }

  expectedV(mpinId, yHex) {
    return u.hmacHex(this.secret(mpinId), yHex);
  }

  // Signed D-TA parameters handed out by /rps/signature and checked by
  // /fake-cloud/clientSecret (the real RPS signs "clientSecret" + app_id +
  // hash + expires with app_key; the same idea with the fields we send).
  clientSecretSignature(mpinId, mobile, expires) {
    return u.hmacHex(this.appKey, `clientSecret${mpinId}${mobile}${expires}`);
  }

  // Time-permit share 1 (RPS) and share 2 (fake storage / fake cloud).
  timePermitShare1(mpinId, date) { return u.hmacHex(this.devMasterKey, `permit1:${mpinId}:${date}`); }
  timePermitShare2(storageId, date) { return u.hmacHex(this.devMasterKey, `permit2:${storageId}:${date}`); }

  // RPSTimePermitHandler: signMessage(hash_mpin_id_hex, app_key).
  timePermitSignature(storageId) { return u.hmacHex(this.appKey, storageId); }
}

module.exports = { DevCrypto };
