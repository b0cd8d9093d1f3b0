'use strict';
// Injected misbehaviour (test controls only): a later request matching a
// fault's path (and method) gets a slow, broken or hostile answer instead of
// (or before) the normal one. This is how the tests prove that the RPA copes
// with an RPS that is down, slow, lying or malicious.

const { replyRaw, replyJson, defaultReason, safeReason, JSON_TYPE } = require('./reply');

const MODES = ['delay', 'hang', 'garbage', 'nonobject', 'huge', 'redirect', 'status', 'drop', 'wrongtypes', 'raw'];
const HUGE_DEFAULT_BYTES = 10 * 1024 * 1024;

class Faults {
  constructor() {
    this.list = [];
    this.nextId = 1;
  }

  clear() { this.list = []; }

  // Validate and store a fault. Throws Error with a message on bad input.
  add(spec) {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) throw new Error('expected a JSON object');
    if (typeof spec.path !== 'string' || !spec.path.startsWith('/')) throw new Error('path: expected "/..." (a trailing * matches a prefix)');
    if (!MODES.includes(spec.mode)) throw new Error(`mode: one of ${MODES.join(', ')}`);
    const num = (name, def) => {
      if (spec[name] === undefined) return def;
      if (!Number.isInteger(spec[name]) || spec[name] < 0) throw new Error(`${name}: expected a non-negative integer`);
      return spec[name];
    };
    const f = {
      id: this.nextId++,
      path: spec.path,
      method: spec.method === undefined ? null : String(spec.method).toUpperCase(),
      mode: spec.mode,
      ms: num('ms', 1000),
      status: num('status', spec.mode === 'raw' ? 200 : 500),
      count: num('count', null), // null: until cleared
      bytes: num('bytes', HUGE_DEFAULT_BYTES),
      message: spec.message,
      userId: spec.userId,
      mpinId: spec.mpinId,
      location: spec.location,
      value: spec.value,
      body: spec.body,
      contentType: spec.contentType,
      headers: spec.headers,
      hits: 0,
    };
    if (f.headers !== undefined && (f.headers === null || typeof f.headers !== 'object' || Array.isArray(f.headers)
        || !Object.values(f.headers).every((v) => typeof v === 'string'))) {
      throw new Error('headers: expected an object of strings');
    }
    if (f.status !== null && (f.status < 100 || f.status > 999)) throw new Error('status: 100..999');
    this.list.push(f);
    return f;
  }

  // The first live fault for this request, consumed once.
  match(method, path) {
    for (const f of this.list) {
      const pathOk = f.path.endsWith('*') ? path.startsWith(f.path.slice(0, -1)) : path === f.path;
      if (!pathOk || (f.method && f.method !== method)) continue;
      f.hits++;
      if (f.count !== null) {
        f.count--;
        if (f.count <= 0) this.list = this.list.filter((x) => x !== f);
      }
      return f;
    }
    return null;
  }
}

// A 10 MB (by default) body that is valid JSON shaped like a successful A1
// answer, so that only a size cap saves an RPA that reads it.
function sendHuge(ctx, bytes) {
  const head = Buffer.from('{"userId": "huge", "mpinId": "", "status": 200, "message": "Authentication successful", "pad": "');
  const tail = Buffer.from('"}');
  const padLen = Math.max(0, bytes - head.length - tail.length);
  const { res } = ctx;
  res.statusCode = 200;
  res.statusMessage = 'OK';
  res.setHeader('Content-Type', JSON_TYPE);
  res.setHeader('Content-Length', head.length + padLen + tail.length);
  res.write(head);
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let left = padLen;
  const pump = () => {
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      left -= n;
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) { res.once('drain', pump); return; }
    }
    res.end(tail);
  };
  res.on('close', () => { left = 0; });
  pump();
}

// Apply fault `f` to the request; `proceed()` runs the normal handler.
function applyFault(ctx, f, proceed) {
  const host = ctx.req.headers.host || '127.0.0.1';
  switch (f.mode) {
    case 'delay':
      setTimeout(proceed, f.ms);
      return;
    case 'hang': {
      // Accept and never answer; the socket stays open until the client (or
      // a reset / shutdown) closes it, or POST /__dev/release lets the
      // request go on to its normal answer (a test then decides when a
      // hung RPS recovers, instead of guessing with a delay).
      const socket = ctx.req.socket;
      ctx.app.hung.add(socket);
      ctx.app.held.set(socket, proceed);
      socket.setTimeout(0);
      socket.once('close', () => { ctx.app.hung.delete(socket); ctx.app.held.delete(socket); });
      return;
    }
    case 'drop':
      ctx.req.socket.destroy();
      return;
    case 'garbage':
      replyRaw(ctx, 200, 'OK', JSON_TYPE, typeof f.body === 'string' ? f.body : '<html>this is not JSON {"status": 200');
      return;
    case 'nonobject':
      replyJson(ctx, 200, f.value !== undefined ? f.value : ['not', 'an', 'object']);
      return;
    case 'huge':
      sendHuge(ctx, f.bytes);
      return;
    case 'redirect':
      replyRaw(ctx, 302, 'Found', 'text/html; charset=UTF-8', '',
        { Location: typeof f.location === 'string' ? f.location : `http://${host}/__dev/redirect-target` });
      return;
    case 'status': {
      const message = typeof f.message === 'string' ? f.message : defaultReason(f.status);
      replyJson(ctx, f.status, {
        userId: typeof f.userId === 'string' ? f.userId : '',
        mpinId: typeof f.mpinId === 'string' ? f.mpinId : '',
        status: f.status,
        message,
      }, { reason: safeReason(message, f.status) });
      return;
    }
    case 'wrongtypes':
      replyJson(ctx, 200, { userId: 12345, mpinId: ['7b'], status: '200', message: 200 },
        { reason: 'Authentication successful' });
      return;
    case 'raw':
      replyRaw(ctx, f.status, typeof f.message === 'string' ? f.message : undefined,
        typeof f.contentType === 'string' ? f.contentType : JSON_TYPE,
        typeof f.body === 'string' ? f.body : '', f.headers);
      return;
    default:
      proceed();
  }
}

module.exports = { Faults, applyFault, MODES };
