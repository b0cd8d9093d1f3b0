'use strict';
// Command line and runtime options. Option names follow the real RPS
// (Tornado `define(...)` names) so that /__dev/config reads like config.py.

const { randomHex } = require('./util');

// Runtime options: name -> {type, def, cli, help}. Defaults are those of the
// shipped config_default.py where it sets one, else the rps.py built-in.
const OPTIONS = {
  RPAVerifyUserURL: { type: 'string', def: '', cli: 'verify-url' },
  RPAPermitUserURL: { type: 'string', def: '', cli: 'permit-url' },
  RPAAuthenticateUserURL: { type: 'string', def: '/mpinAuthenticate', cli: 'authenticate-url' },
  LogoutURL: { type: 'string', def: '/logout', cli: 'logout-url' },
  RegisterForwardUserHeaders: { type: 'string', def: '', cli: 'forward-user-headers' },
  rpsBaseURL: { type: 'string', def: '', cli: 'rps-base-url' },
  allowOrigin: { type: 'list', def: ['*'], cli: 'allow-origin' },
  waitForLoginResult: { type: 'bool', def: true, cli: 'wait-for-login-result' },
  maxInvalidLoginAttempts: { type: 'int', def: 3, cli: 'max-invalid-login-attempts' },
  VerifyUserExpireSeconds: { type: 'int', def: 3600, cli: 'verify-expire-seconds' },
  authOTTLifetime: { type: 'int', def: 60, cli: 'auth-ott-lifetime' },
  callbackTimeoutSeconds: { type: 'number', def: 20, cli: 'callback-timeout' },
  requestOTP: { type: 'bool', def: false, cli: 'request-otp' },
  setDeviceName: { type: 'bool', def: false, cli: 'set-device-name' },
  mobileUseNative: { type: 'bool', def: false, cli: 'mobile-use-native' },
  useNFC: { type: 'bool', def: false, cli: 'use-nfc' },
  accessNumberUseCheckSum: { type: 'bool', def: true, cli: 'access-number-checksum' },
  accessNumberExpireSeconds: { type: 'int', def: 300, cli: 'access-number-expire-seconds' },
  accessNumberExtendValiditySeconds: { type: 'int', def: 5, cli: 'access-number-extend-seconds' },
  appID: { type: 'string', def: null, cli: 'app-id' }, // null: random per start
};

// Friendlier spellings accepted by /__dev/config (the brief's names).
const ALIASES = {
  verifyExpireSeconds: 'VerifyUserExpireSeconds',
  VerifyExpireSeconds: 'VerifyUserExpireSeconds',
  authOTTLifetimeSeconds: 'authOTTLifetime',
  forwardUserHeaders: 'RegisterForwardUserHeaders',
};

function coerce(name, type, raw) {
  if (type === 'string') {
    if (typeof raw !== 'string') throw new Error(`${name}: expected a string`);
    return raw;
  }
  if (type === 'bool') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 1 || raw === '1' || raw === 'true' || raw === 'yes' || raw === 'on') return true;
    if (raw === 0 || raw === '0' || raw === 'false' || raw === 'no' || raw === 'off') return false;
    throw new Error(`${name}: expected true or false`);
  }
  if (type === 'int' || type === 'number') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
    if (String(raw).trim() === '' || !Number.isFinite(n) || n < 0 || (type === 'int' && !Number.isInteger(n))) {
      throw new Error(`${name}: expected a non-negative ${type === 'int' ? 'integer' : 'number'}`);
    }
    return n;
  }
  if (type === 'list') {
    if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) return raw;
    if (typeof raw === 'string') return raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
    throw new Error(`${name}: expected a list of strings`);
  }
  throw new Error(`${name}: unknown type`);
}

// The shipped rpsBaseURL ends in "/" and yields "//rps/..." URLs; never emit
// those: strip trailing slashes.
function normalise(cfg) {
  cfg.rpsBaseURL = cfg.rpsBaseURL.replace(/\/+$/, '');
  return cfg;
}

function defaults() {
  const cfg = {};
  for (const [name, o] of Object.entries(OPTIONS)) {
    cfg[name] = Array.isArray(o.def) ? o.def.slice() : o.def;
  }
  cfg.appID = randomHex(16);
  return cfg;
}

// Apply {name: value} (names or aliases) onto a copy of cfg; throws on an
// unknown name or a bad value so /__dev/config can answer 400.
function applyChanges(cfg, changes) {
  const next = Object.assign({}, cfg);
  for (const [key, raw] of Object.entries(changes)) {
    const name = ALIASES[key] || key;
    const o = OPTIONS[name];
    if (!o) throw new Error(`unknown option ${key}`);
    next[name] = coerce(name, o.type, raw);
  }
  return normalise(next);
}

const USAGE = `usage: node devrps/devrps.js [options]
  --listen HOST:PORT                 (127.0.0.1:8011; port 0 picks a free port)
  --port-file FILE                   write the port there once listening
  --verify-url URL                   RPAVerifyUserURL ("")
  --permit-url URL                   RPAPermitUserURL ("" = no permit call)
  --rps-base-url URL                 rpsBaseURL (default: http://HOST:PORT of --listen,
                                     127.0.0.1 for 0.0.0.0; "" = relative /rps/... URLs)
  --authenticate-url URL             RPAAuthenticateUserURL (/mpinAuthenticate)
  --logout-url URL                   LogoutURL (/logout)
  --wait-for-login-result true|false waitForLoginResult (true)
  --max-invalid-login-attempts N     (3)
  --verify-expire-seconds N          VerifyUserExpireSeconds (3600)
  --auth-ott-lifetime SECONDS        authOTT lifetime (60)
  --callback-timeout SECONDS         verify/permit call timeout (20)
  --forward-user-headers LIST        RegisterForwardUserHeaders ("")
  --allow-origin LIST                allowOrigin (*)
  --request-otp, --set-device-name, --mobile-use-native, --use-nfc true|false
  --access-number-checksum true|false, --access-number-expire-seconds N
  --app-id HEX                       appID (random per start)
  --test-controls                    enable /__dev/* (off)
  --quiet                            no per-request log lines
`;

// Returns {listenHost, listenPort, portFile, testControls, quiet, rpsBaseURLGiven, cfg}.
function parseArgs(argv) {
  const byCli = {};
  for (const [name, o] of Object.entries(OPTIONS)) byCli[o.cli] = name;
  const out = { listenHost: '127.0.0.1', listenPort: 8011, portFile: null, testControls: false, quiet: false,
    rpsBaseURLGiven: false };
  const changes = {};
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let val;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) { val = arg.slice(eq + 1); arg = arg.slice(0, eq); }
    const key = arg.replace(/^--/, '');
    const next = () => {
      if (val !== undefined) return val;
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--help' || arg === '-h') { process.stdout.write(USAGE); process.exit(0); }
    else if (arg === '--test-controls') out.testControls = true;
    else if (arg === '--quiet') out.quiet = true;
    else if (arg === '--port-file') out.portFile = next();
    else if (arg === '--listen') {
      const v = next();
      const m = /^(?:\[([^\]]+)\]|([^:]*)):(\d+)$/.exec(v) || /^()()(\d+)$/.exec(v);
      if (!m) throw new Error(`--listen: expected HOST:PORT, got ${v}`);
      out.listenHost = m[1] || m[2] || '127.0.0.1';
      out.listenPort = parseInt(m[3], 10);
      if (out.listenPort > 65535) throw new Error(`--listen: bad port ${m[3]}`);
    } else if (arg.startsWith('--') && byCli[key]) {
      const name = byCli[key];
      changes[name] = next();
      if (name === 'rpsBaseURL') out.rpsBaseURLGiven = true;
    } else {
      throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  out.cfg = applyChanges(defaults(), changes);
  return out;
}

module.exports = { OPTIONS, parseArgs, applyChanges, defaults, USAGE };
