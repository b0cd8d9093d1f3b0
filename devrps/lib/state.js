'use strict';
// In-memory state of the development RPS. Nothing persists across restarts.
//
// Expiry follows the RPS memory backend: a stored item stays findable until
// shortly after its expire time (the backend purges about 100 ms late). For
// authOTT records that gives the "token's own expiry passed but record still
// stored" window of docs/protocol.md §4.

const PURGE_DELAY_MS = 100;
const LOG_LIMIT = 2000; // entries kept in the request and callback logs

class State {
  constructor() {
    this.clear();
  }

  clear() {
    this.identities = new Map(); // mpinId -> {userId, mobile}
    this.users = new Map(); // userId -> {mpinId, active}
    this.pending = new Map(); // mpinId -> {regOTT, active, activateKey, userId, expires}
    this.auth = new Map(); // authOTT -> record (see newAuthRecord)
    this.attempts = new Map(); // mpinId -> failed login count
    this.pass1 = new Map(); // mpinId -> {y, date, HID, HTID, U, UT, expires}
    this.access = new Map(); // webOTT -> {wid, webOTT, expires, authOTT}
    this.requestLog = [];
    this.callbacks = [];
  }

  static live(item, now) {
    return item && now < item.purgeAt;
  }

  // --- registrations ---------------------------------------------------------
  addPending(mpinId, rec) {
    rec.purgeAt = rec.expires + PURGE_DELAY_MS;
    this.pending.set(mpinId, rec);
  }

  getPending(mpinId) {
    const rec = this.pending.get(mpinId);
    if (!rec) return undefined;
    if (!State.live(rec, Date.now())) { this.pending.delete(mpinId); return undefined; }
    return rec;
  }

  rememberIdentity(mpinId, userId, mobile, active) {
    this.identities.set(mpinId, { userId, mobile });
    this.users.set(userId, { mpinId, active: !!active });
  }

  // --- authOTT records ------------------------------------------------------
  // expires: the token's own expiry (ms). ok: result of the PIN check.
  addAuth(authOTT, rec) {
    rec.authOTT = authOTT;
    if (rec.purgeAt === undefined) rec.purgeAt = rec.expires + PURGE_DELAY_MS;
    this.auth.set(authOTT, rec);
    return rec;
  }

  // The live record of `map` under `key` (a string), or undefined; a record past its time is dropped on the way.
  static liveGet(map, key) {
    if (typeof key !== 'string') return undefined;
    const rec = map.get(key);
    if (!rec) return undefined;
    if (!State.live(rec, Date.now())) { map.delete(key); return undefined; }
    return rec;
  }

  getAuth(authOTT) { return State.liveGet(this.auth, authOTT); }

  deleteAuth(rec) {
    if (this.auth.get(rec.authOTT) === rec) this.auth.delete(rec.authOTT);
    rec.deleted = true;
  }

  // --- failed attempts ------------------------------------------------------
  getAttempts(mpinId) { return this.attempts.get(mpinId) || 0; }
  setAttempts(mpinId, n) { this.attempts.set(mpinId, n); }
  resetAttempts(mpinId) { this.attempts.delete(mpinId); }

  // --- pass1 challenges (most recent per mpinId) -----------------------------
  // rec: what pass2 needs ({y, date, HID, HTID, U, UT}, hex strings).
  setPass1(mpinId, rec, lifetimeMs) {
    this.pass1.set(mpinId, Object.assign({}, rec, { expires: Date.now() + lifetimeMs }));
  }

  // Returns the challenge and consumes it.
  takePass1(mpinId) {
    const rec = this.pass1.get(mpinId);
    this.pass1.delete(mpinId);
    if (!rec || Date.now() >= rec.expires) return undefined;
    return rec;
  }

  // --- access numbers (mobile flow) -----------------------------------------
  addAccess(rec) {
    rec.purgeAt = rec.expires + PURGE_DELAY_MS;
    this.access.set(rec.webOTT, rec);
  }

  getAccess(webOTT) { return State.liveGet(this.access, webOTT); }

  findAccessByWid(wid) {
    const now = Date.now();
    for (const rec of this.access.values()) {
      if (rec.wid === wid && State.live(rec, now)) return rec;
    }
    return undefined;
  }

  // --- logs -----------------------------------------------------------------
  logRequest(entry) { push(this.requestLog, entry); }
  logCallback(entry) { push(this.callbacks, entry); }

  // Drop what has expired so a long-running demo does not grow.
  sweep() {
    const now = Date.now();
    for (const map of [this.pending, this.auth, this.access]) {
      for (const [k, v] of map) if (!State.live(v, now)) map.delete(k);
    }
    for (const [k, v] of this.pass1) if (now >= v.expires) this.pass1.delete(k);
  }

  // A JSON-able snapshot for /__dev/state.
  snapshot() {
    const obj = (m) => Object.fromEntries(m);
    return {
      users: obj(this.users),
      identities: obj(this.identities),
      pending: obj(this.pending),
      auth: obj(this.auth),
      attempts: obj(this.attempts),
      pass1: obj(this.pass1),
      access: obj(this.access),
    };
  }
}

function push(list, entry) {
  list.push(entry);
  if (list.length > LOG_LIMIT) list.splice(0, list.length - LOG_LIMIT);
}

module.exports = { State, PURGE_DELAY_MS };
