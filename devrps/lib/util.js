'use strict';
// Small pure helpers shared by the development RPS: crypto, Python-compatible
// formatting, hex handling. Nothing here touches the network or the state.

const crypto = require('crypto');

const HEX_RE = /^[0-9A-Fa-f]*$/;

function randomHex(bytes) {
  return crypto.randomBytes(bytes).toString('hex');
}

// HMAC-SHA256 as raw bytes. `key` and `msg` may be strings (UTF-8) or Buffers.
// A six-digit one-time password, as "{0:06d}".format(generate_otp()).
function randomOtp() {
  return String(crypto.randomInt(0, 1000000)).padStart(6, '0');
}

function hmac(key, msg) {
  return crypto.createHmac('sha256', key).update(msg).digest();
}

function hmacHex(key, msg) {
  return hmac(key, msg).toString('hex');
}

function sha256Hex(data) {
  return crypto.createHash('sha256').update(data).digest('hex');
}

function xorBuffers(a, b) {
  const out = Buffer.alloc(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] ^ b[i];
  return out;
}

// Even-length, hex-only string (what Python's str.decode('hex') accepts).
function isHex(s) {
  return typeof s === 'string' && s.length % 2 === 0 && HEX_RE.test(s);
}

// Constant-time comparison of two hex strings as bytes; false on any
// malformed input or length mismatch (timingSafeEqual throws on those).
function hexEqualConstantTime(aHex, bHex) {
  if (!isHex(aHex) || !isHex(bHex)) return false;
  const a = Buffer.from(aHex, 'hex');
  const b = Buffer.from(bHex, 'hex');
  if (a.length !== b.length || a.length === 0) return false;
  return crypto.timingSafeEqual(a, b);
}

// --- Python json.dumps look-alike -------------------------------------------
// The real RPS (Python 2 + Tornado) serialises with json.dumps defaults:
// separators ", " and ": ", ensure_ascii=True. Reproducing the bytes matters for
// the mpinId (it is the hex of that text) and keeps replies byte-faithful.

function pyString(s) {
  // JSON.stringify already escapes ", \, and control characters the way Python
  // does (\n, \t, \u001f...). Python additionally escapes everything outside
  // printable ASCII (0x20-0x7e) as \uXXXX, lowercase hex, UTF-16 units.
  return JSON.stringify(s).replace(/[^\x20-\x7e]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

function pyJson(value) {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return '[' + value.map(pyJson).join(', ') + ']';
  if (typeof value === 'object') {
    return '{' + Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .map((k) => pyString(k) + ': ' + pyJson(value[k])).join(', ') + '}';
  }
  return 'null';
}

// Tornado's json_encode additionally escapes "</" (so JSON can sit in <script>).
function tornadoJson(value) {
  return pyJson(value).replace(/<\//g, '<\\/');
}

// Python truthiness of a decoded JSON value ("if forceActivate:").
function pyTruthy(v) {
  if (v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

// Python int() of a decoded JSON value; undefined when int() would raise.
function pyInt(v) {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number' && Number.isFinite(v)) return Math.trunc(v);
  if (typeof v === 'string' && /^\s*[+-]?\d+\s*$/.test(v)) return parseInt(v, 10);
  return undefined;
}

function isPlainObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

// Parse a body as JSON, whatever Content-Type came with it (the RPS does).
// Returns {ok:true, value} or {ok:false}.
function parseJson(buf) {
  try {
    return { ok: true, value: JSON.parse(buf.toString('utf8')) };
  } catch (e) {
    return { ok: false };
  }
}

// --- Time formats --------------------------------------------------------------
// A "Python datetime" here is {ms: epoch milliseconds, us: 0..999 extra micros}
// so that isoformat() can show six fraction digits like the real RPS.

function pyNow() {
  return { ms: Date.now(), us: crypto.randomInt(0, 1000) };
}

function pyAddSeconds(t, seconds) {
  return { ms: t.ms + seconds * 1000, us: t.us };
}

function pad(n, w) { return String(n).padStart(w, '0'); }

function ymdhms(ms, dateTimeSep) {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}` +
    `${dateTimeSep}${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
}

function micros(t) {
  return (((t.ms % 1000) + 1000) % 1000) * 1000 + t.us;
}

// Python: datetime.isoformat() / str(datetime). Both drop the fraction
// entirely when microsecond == 0.
function pyIsoformat(t) {
  const f = micros(t);
  return ymdhms(t.ms, 'T') + (f ? '.' + pad(f, 6) : '');
}

function pyStr(t) {
  const f = micros(t);
  return ymdhms(t.ms, ' ') + (f ? '.' + pad(f, 6) : '');
}

// mpin_utils Time.DateTimeToISO: "%Y-%m-%dT%H:%M:%SZ".
function isoZ(ms) {
  return ymdhms(ms, 'T') + 'Z';
}

// secrets.today(): whole days since the epoch.
function epochDays(ms) {
  return Math.floor(ms / 86400000);
}

module.exports = {
  randomHex, randomOtp, hmac, hmacHex, sha256Hex, xorBuffers, isHex, hexEqualConstantTime,
  pyString, pyJson, tornadoJson, pyTruthy, pyInt, isPlainObject, parseJson,
  pyNow, pyAddSeconds, pyIsoformat, pyStr, isoZ, epochDays,
};
