#!/usr/bin/env node
'use strict';
// mod_mpin_rpa DEVELOPMENT RPS: a fake Milagro MFA Relying Party Service that
// speaks the RPS wire protocol of shared/spec/milagro-rps-protocol.md, for
// tests and demos. Its M-Pin cryptography is real (milagro-crypto-js, see
// lib/devcrypto.js), but one process holds both master-secret shares and all
// state is in memory: it must never protect anything real.
//
// Usage: node devrps/devrps.js --help

const fs = require('fs');
const net = require('net');
const path = require('path');
const { parseArgs } = require('./lib/config');

// Callbacks to http://localhost:PORT (RPAVerifyUserURL, RPAPermitUserURL):
// where /etc/hosts names localhost ::1 first (Debian's default) and httpd
// listens on IPv4 only, Node 18 (Debian bookworm's nodejs) tried ::1 alone
// and got ECONNREFUSED.  Try every address, as Node 20 does by default.
if (typeof net.setDefaultAutoSelectFamily === 'function') net.setDefaultAutoSelectFamily(true);

// The one dependency (milagro-crypto-js, pinned by package-lock.json) is not
// in the repository: on a fresh checkout say how to get it, not a stack trace.
const INSTALL = `devrps: its dependency milagro-crypto-js is not installed: run \`npm ci\` in devrps/
  (cd ${path.relative(process.cwd(), __dirname) || '.'} && npm ci)   (\`make test\` and \`make demo\` do it too)`;

function dependencyMissing() {
  try {
    require.resolve('milagro-crypto-js');
    return false;
  } catch (e) {
    return true;
  }
}

// The listening address as a URL; an unspecified address (0.0.0.0, ::) as
// loopback, which is at least reachable from this machine.
function listenURL(addr) {
  if (addr.address === '0.0.0.0') return `http://127.0.0.1:${addr.port}`;
  if (addr.address === '::') return `http://[::1]:${addr.port}`;
  return `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
}

function banner(addr, opts) {
  const url = listenURL(addr);
  if (opts.quiet) {
    return `devrps: DEVELOPMENT RPS - NOT FOR PRODUCTION - listening on ${url}` +
      (opts.testControls ? ' (test controls ON)' : '');
  }
  const bar = '*'.repeat(74);
  return [
    bar,
    '*  DEVELOPMENT RPS  -  NOT FOR PRODUCTION',
    '*  A Milagro MFA RPS for mod_mpin_rpa tests and demos, with real M-Pin',
    '*  crypto but BOTH master-secret shares in this one process and no',
    '*  persistence. Never expose it.',
    `*  listening on ${url}`,
    `*  RPAVerifyUserURL=${JSON.stringify(opts.cfg.RPAVerifyUserURL)}` +
      ` RPAPermitUserURL=${JSON.stringify(opts.cfg.RPAPermitUserURL)}`,
    `*  rpsBaseURL=${JSON.stringify(opts.cfg.rpsBaseURL)} waitForLoginResult=${opts.cfg.waitForLoginResult}` +
      ` test controls ${opts.testControls ? 'ON (/__dev/*)' : 'off'}`,
    bar,
  ].join('\n');
}

function writePortFile(file, port) {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, `${port}\n`);
  fs.renameSync(tmp, file); // readers never see a half-written file
}

async function main() {
  let opts;
  const missing = dependencyMissing();
  if (missing && process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
    process.stdout.write(`${INSTALL}\n\n`);   // then the usage, from parseArgs
  }
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`devrps: ${e.message}\n`);
    process.exit(2);
  }
  if (missing) {
    process.stderr.write(`${INSTALL}\n`);
    process.exit(1);
  }
  const { App } = require('./lib/app');
  const app = new App(opts);
  let addr;
  try {
    addr = await app.listen(opts.listenHost, opts.listenPort);
  } catch (e) {
    process.stderr.write(`devrps: cannot listen on ${opts.listenHost}:${opts.listenPort}: ${e.message}\n`);
    process.exit(1);
  }
  if (!opts.rpsBaseURLGiven) {
    app.setDefaultBaseURL(listenURL(addr));
    opts.cfg = app.cfg;
  }
  process.stderr.write(banner(addr, opts) + '\n');
  if (opts.portFile) writePortFile(opts.portFile, addr.port);

  const stop = (sig) => {
    if (!opts.quiet) process.stderr.write(`devrps: ${sig}, stopping\n`);
    app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main();
