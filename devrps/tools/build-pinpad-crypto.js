#!/usr/bin/env node
'use strict';
// Builds pinpad/milagro-mpin.js, the browser bundle of the PIN pad's M-Pin
// crypto: Apache Milagro's milagro-crypto-js (the version pinned in
// devrps/package-lock.json, installed by `npm ci` in devrps/) plus the client
// API devrps/lib/mpinclient.js, and the QR code encoder qrcode-generator (also
// pinned there) that draws the access number's link on the computer, wrapped
// in a tiny CommonJS loader. No network, no bundler: the output is a plain
// concatenation, byte-for-byte reproducible from the same inputs.
//
//   node devrps/tools/build-pinpad-crypto.js           write pinpad/milagro-mpin.js
//   node devrps/tools/build-pinpad-crypto.js --check   exit 1 if the committed file is not up to date
//   ... --out FILE                                     write (or check) FILE instead
//
// The bundle defines window.MPinClient (see lib/mpinclient.js) and
// window.MPinQR (qrcode-generator's qrcode(typeNumber, errorCorrectionLevel)).

const fs = require('fs');
const path = require('path');

const DEVRPS = path.resolve(__dirname, '..');
const TOP = path.resolve(DEVRPS, '..');
const PKG = 'milagro-crypto-js';
const PKG_DIR = path.join(DEVRPS, 'node_modules', PKG);
const QR_PKG = 'qrcode-generator';
const QR_FILE = 'dist/qrcode.js';

// What src/ctx.js loads for a pairing-friendly curve (BN254CX): the always-on
// modules, then BIG/ROM/FP/ECP/ECDH and FP2/FP4/FP12/ECP2/PAIR/MPIN. The RSA
// files (ff.js, rsa.js) are never loaded for a curve and are left out.
const SRC_FILES = ['ctx', 'aes', 'gcm', 'uint64', 'hash256', 'hash384', 'hash512', 'sha3', 'rand', 'newhope', 'nhs',
  'big', 'rom_curve', 'rom_field', 'fp', 'ecp', 'ecdh', 'fp2', 'fp4', 'fp12', 'ecp2', 'pair', 'mpin'];

function fail(msg) {
  process.stderr.write(`build-pinpad-crypto: ${msg}\n`);
  process.exit(1);
}

function pinnedVersion(pkg) {
  const lock = JSON.parse(fs.readFileSync(path.join(DEVRPS, 'package-lock.json'), 'utf8'));
  const entry = lock.packages && lock.packages[`node_modules/${pkg}`];
  if (!entry || !entry.version) fail(`devrps/package-lock.json does not pin ${pkg}`);
  return entry.version;
}

function installedVersion(pkg) {
  const want = pinnedVersion(pkg);
  let have;
  try {
    have = JSON.parse(fs.readFileSync(path.join(DEVRPS, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch (e) {
    fail(`${pkg} is not installed: run \`npm ci\` in devrps/ first`);
  }
  if (have !== want) fail(`devrps/node_modules has ${pkg} ${have}, the lockfile pins ${want}: run \`npm ci\` in devrps/`);
  return want;
}

function read(file) {
  let text = fs.readFileSync(file, 'utf8');
  if (!text.endsWith('\n')) text += '\n';
  return text;
}

function build() {
  const want = installedVersion(PKG);
  const qrVersion = installedVersion(QR_PKG);

  const modules = [[`${PKG}/index.js`, read(path.join(PKG_DIR, 'index.js'))]];
  for (const f of SRC_FILES) modules.push([`${PKG}/src/${f}.js`, read(path.join(PKG_DIR, 'src', `${f}.js`))]);
  modules.push(['mpinclient.js', read(path.join(DEVRPS, 'lib', 'mpinclient.js'))]);
  modules.push([`${QR_PKG}/${QR_FILE}`, read(path.join(DEVRPS, 'node_modules', QR_PKG, QR_FILE))]);

  const out = [];
  out.push(`/*
 * milagro-mpin.js - GENERATED, do not edit. M-Pin client crypto for the development PIN pad (pinpad/mpin.js).
 *
 * Built by \`node devrps/tools/build-pinpad-crypto.js\` from ${PKG} ${want} (npm; Apache License 2.0,
 * Copyright The Apache Software Foundation; its license headers are kept below), devrps/lib/mpinclient.js and
 * ${QR_PKG} ${qrVersion} (npm; MIT license, Copyright (c) 2009 Kazuhiko Arase; its header is kept below).
 * \`make test\` (t/devrps_bundle.t) checks that this file is what the build gives.
 *
 * Defines window.MPinClient and window.MPinQR.
 */
(function (global) {
  var defs = {};
  var cache = {};

  function resolve(from, name) {
    if (name === '${PKG}') return '${PKG}/index.js';
    if (name.slice(0, 2) !== './') throw new Error('milagro-mpin.js: cannot load ' + name + ' from ' + from);
    var id = from.replace(/[^/]*$/, '') + name.slice(2);
    return /\\.js$/.test(id) ? id : id + '.js';
  }

  function load(id) {
    if (cache[id]) return cache[id].exports;
    if (!defs[id]) throw new Error('milagro-mpin.js: no module ' + id);
    var module = {exports: {}};
    cache[id] = module;
    defs[id].call(global, module, module.exports, function (name) { return load(resolve(id, name)); });
    return module.exports;
  }
`);
  for (const [id, text] of modules) {
    out.push(`\n  /* ---- ${id} ---- */\n  defs[${JSON.stringify(id)}] = function (module, exports, require) {\n`);
    out.push(text);
    out.push('  };\n');
  }
  out.push(`
  global.MPinClient = load('mpinclient.js');
  global.MPinQR = load('${QR_PKG}/${QR_FILE}');
})(typeof window !== 'undefined' ? window : this);
`);
  return out.join('');
}

function main() {
  const args = process.argv.slice(2);
  let check = false;
  let outFile = path.join(TOP, 'pinpad', 'milagro-mpin.js');
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--check') check = true;
    else if (args[i] === '--out' && i + 1 < args.length) outFile = path.resolve(args[++i]);
    else fail(`usage: node devrps/tools/build-pinpad-crypto.js [--check] [--out FILE]`);
  }
  const text = build();
  const rel = path.relative(process.cwd(), outFile) || outFile;
  if (check) {
    let current = null;
    try { current = fs.readFileSync(outFile, 'utf8'); } catch (e) { /* missing */ }
    if (current !== text) {
      fail(`${rel} is ${current === null ? 'missing' : 'out of date'}: run \`node devrps/tools/build-pinpad-crypto.js\``);
    }
    process.stdout.write(`${rel} is up to date (${text.length} bytes)\n`);
    return;
  }
  const tmp = `${outFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, outFile);
  process.stdout.write(`wrote ${rel} (${text.length} bytes)\n`);
}

main();
