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
const path = require('path');
const { parseArgs } = require('./lib/config');
const { App } = require('./lib/app');

function banner(addr, opts) {
  const url = `http://${addr.family === 'IPv6' ? `[${addr.address}]` : addr.address}:${addr.port}`;
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
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`devrps: ${e.message}\n`);
    process.exit(2);
  }
  const app = new App(opts);
  let addr;
  try {
    addr = await app.listen(opts.listenHost, opts.listenPort);
  } catch (e) {
    process.stderr.write(`devrps: cannot listen on ${opts.listenHost}:${opts.listenPort}: ${e.message}\n`);
    process.exit(1);
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
