'use strict';
// The HTTP server: body reading, request log, faults, routing. The route table
// is rps.py's Application handler list (regexes matched against the whole raw
// path, like Tornado); a known path with an unsupported method is a 405, an
// unknown path the DefaultHandler's 404, OPTIONS anything a 200.

const http = require('http');
const { State } = require('./state');
const { DevCrypto } = require('./devcrypto');
const { Faults, applyFault } = require('./faults');
const reply = require('./reply');
const priv = require('./private');
const reg = require('./register');
const login = require('./login');
const dev = require('./devcontrols');
const { capText } = require('./callbacks');

const MAX_REQUEST_BODY = 16 * 1024 * 1024;
const HEX = '([0-9A-Fa-f]+)';

const ROUTES = [
  [`/user/${HEX}`, { POST: priv.activateUser }],
  ['/rps/user(/?[0-9A-Fa-f]*)', { PUT: reg.registerUser }],
  [`/rps/signature/${HEX}`, { GET: reg.signature }],
  [`/rps/timePermit/${HEX}`, { GET: reg.timePermit }],
  [`/rps/setupDone/${HEX}`, { POST: login.setupDone }],
  ['/rps/access', { POST: login.access }],
  ['/rps/getAccessNumber', { POST: login.getAccessNumber }],
  ['/rps/getQrUrl', { POST: login.getQrUrl }],
  ['/rps/codeStatus', { POST: login.codeStatus }],
  ['/rps/clientSettings', { GET: login.clientSettings }],
  ['/rps/authenticate', { POST: login.mobileAuthenticate }],
  ['/rps/pass1', { POST: login.pass1 }],
  ['/rps/pass2', { POST: login.pass2 }],
  ['/authenticate', { POST: priv.authenticate }],
  ['/manage/getStackInfo', { GET: (ctx) => reply.replyEmpty(ctx, 500) }], // needs the MIRACL cloud
  ['/loginResult', { POST: priv.loginResult }],
  ['/status', { GET: priv.status }],
  ['/service', { GET: priv.service }],
  ['/dynamicOptions', {
    GET: (ctx) => reply.replyEmpty(ctx, 403, 'Dynamic options are disabled'),
    POST: (ctx) => reply.replyEmpty(ctx, 403, 'Dynamic options are disabled'),
  }],
  ['/rps/mobileConfig', { GET: login.mobileConfig }],
  // The stand-ins for the MIRACL cloud D-TA and time-permit storage.
  ['/fake-cloud/clientSecret', { GET: reg.fakeClientSecret }],
  ['/fake-cloud/timePermit', { GET: reg.fakeCloudTimePermit }],
  ['/fake-storage/([^/]+)/([0-9]+)/([^/]+)', { GET: reg.fakeStorage }],
].map(([re, methods]) => ({ re: new RegExp(`^${re}$`), methods }));

const DEFAULT_METHODS = ['GET', 'POST', 'PUT', 'DELETE'];

function route(ctx) {
  const { method } = ctx.req;
  if (method === 'OPTIONS') {
    return reply.replyJson(ctx, 200, { version: '0.3', message: 'options request' }, { reason: 'OK' });
  }
  if (ctx.app.testControls && ctx.path.startsWith('/__dev/')) return dev.handle(ctx);
  for (const r of ROUTES) {
    const m = r.re.exec(ctx.path);
    if (!m) continue;
    const h = r.methods[method];
    if (!h) return reply.replyError(ctx, 405);
    return h(ctx, ...m.slice(1));
  }
  if (!DEFAULT_METHODS.includes(method)) return reply.replyError(ctx, 405);
  return reply.replyNotFound(ctx);
}

// Requests to the test controls are not logged, except the redirect target:
// tests assert that an RPA never reached it.
function loggable(path) {
  return !path.startsWith('/__dev/') || path === '/__dev/redirect-target';
}

class App {
  constructor(opts) {
    this.initialCfg = opts.cfg;
    this.cfg = Object.assign({}, opts.cfg);
    this.testControls = !!opts.testControls;
    this.quiet = !!opts.quiet;
    this.log = opts.log || ((line) => process.stderr.write(line + '\n'));
    this.state = new State();
    this.crypto = new DevCrypto();
    this.faults = new Faults();
    this.hung = new Set();
    this.held = new Map();     // hung socket -> its normal answer (release)
    this.sockets = new Set();
    this.server = http.createServer((req, res) => this.onRequest(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.once('close', () => this.sockets.delete(s));
    });
    this.server.on('clientError', (err, socket) => {
      if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
      else socket.destroy();
    });
    this.sweeper = setInterval(() => this.state.sweep(), 1000);
    this.sweeper.unref();
  }

  // Sets the rpsBaseURL that the command line left out, once the listening
  // address is known: it is where browsers fetch the stand-in cloud's client
  // secret and time permits (clientSettings' certivoxURL), which the RPA's
  // /rps/ proxy does not serve.
  setDefaultBaseURL(url) {
    this.initialCfg = Object.assign({}, this.initialCfg, { rpsBaseURL: url });
    this.cfg.rpsBaseURL = url;
  }

  reset() {
    this.state.clear();
    this.faults.clear();
    this.cfg = Object.assign({}, this.initialCfg);
    for (const s of this.hung) s.destroy();
    this.hung.clear();
    this.held.clear();
  }

  // The hung requests go on to their normal answers; how many did.
  release() {
    const runs = [...this.held.values()];
    for (const s of this.held.keys()) this.hung.delete(s);
    this.held.clear();
    for (const run of runs) run();
    return runs.length;
  }

  listen(host, port) {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve(this.server.address()));
    });
  }

  close() {
    clearInterval(this.sweeper);
    this.server.close();
    for (const s of this.sockets) s.destroy();
  }

  onRequest(req, res) {
    const started = Date.now();
    const chunks = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_REQUEST_BODY) { tooBig = true; return; }
      chunks.push(c);
    });
    req.on('error', () => {});
    req.on('end', () => {
      const url = new URL(req.url, 'http://devrps.invalid');
      const ctx = {
        req, res, app: this, cfg: this.cfg, state: this.state, crypto: this.crypto,
        path: url.pathname, query: url.searchParams, rawQuery: url.search.replace(/^\?/, ''),
        body: Buffer.concat(chunks),
      };
      this.accessLog(ctx, started);
      if (tooBig) { reply.replyEmpty(ctx, 413); return; }
      if (loggable(ctx.path)) this.recordRequest(ctx);
      const fault = ctx.path.startsWith('/__dev/') ? null : this.faults.match(req.method, ctx.path);
      const run = () => this.dispatch(ctx);
      if (fault) applyFault(ctx, fault, run); else run();
    });
  }

  // Run the handler; an exception is the RPS's 500 (write_error), not a crash.
  dispatch(ctx) {
    const fail = (e) => {
      this.log(`devrps: internal error on ${ctx.req.method} ${ctx.path}: ${e && e.stack ? e.stack : e}`);
      reply.replyError(ctx, 500);
    };
    try {
      const p = route(ctx);
      if (p && typeof p.catch === 'function') p.catch(fail);
    } catch (e) {
      fail(e);
    }
  }

  recordRequest(ctx) {
    this.state.logRequest({
      time: new Date().toISOString(),
      method: ctx.req.method,
      path: ctx.path,
      query: ctx.rawQuery,
      headers: ctx.req.headers,
      body: capText(ctx.body),
    });
  }

  accessLog(ctx, started) {
    if (this.quiet) return;
    const { req, res } = ctx;
    let done = false;
    const line = () => {
      if (done) return;
      done = true;
      const status = res.headersSent ? `${res.statusCode} "${res.statusMessage}"` : '- (no answer)';
      this.log(`devrps: ${new Date().toISOString()} ${req.socket.remoteAddress} "${req.method} ${req.url}" ` +
        `${status} ${Date.now() - started}ms`);
    };
    res.once('finish', line);
    res.once('close', line);
  }
}

module.exports = { App, route };
