'use strict';
// Writing replies the way the real RPS (Tornado BaseHandler) does: CORS headers
// on every reply, WWW-Authenticate on every 401, the message as reason phrase
// where the RPS sets one, JSON bodies in Python json.dumps form.

const http = require('http');
const { tornadoJson } = require('./util');

const JSON_TYPE = 'application/json; charset=UTF-8';
// Tornado's RequestHandler.clear() default; the RPS never overrides it on
// replies without a body, so those carry it too.
const EMPTY_TYPE = 'text/html; charset=UTF-8';

const CORS_ALLOW_METHODS = 'GET,PUT,POST,DELETE,OPTIONS';
const CORS_ALLOW_HEADERS = 'Content-Type, Depth, User-Agent, X-File-Size, X-Requested-With, ' +
  'X-Requested-By, If-Modified-Since, X-File-Name, Cache-Control, WWW-Authenticate';

function defaultReason(status) {
  return http.STATUS_CODES[status] || 'Unknown';
}

// Node refuses control characters in the status line; keep what is printable.
function safeReason(reason, status) {
  const r = (reason === undefined || reason === null) ? defaultReason(status) : String(reason);
  return r.replace(/[^\x20-\x7e]/g, '?');
}

// BaseHandler.set_default_headers: the Origin is echoed when it is in the
// allowOrigin list, else "*" when the list contains "*"; nothing without Origin.
function corsHeaders(req, cfg) {
  const h = {
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Methods': CORS_ALLOW_METHODS,
    'Access-Control-Allow-Headers': CORS_ALLOW_HEADERS,
  };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    const allowed = Array.isArray(cfg.allowOrigin) ? cfg.allowOrigin : [String(cfg.allowOrigin)];
    if (allowed.includes(origin)) h['Access-Control-Allow-Origin'] = origin;
    else if (allowed.includes('*')) h['Access-Control-Allow-Origin'] = '*';
  }
  return h;
}

function writeHead(ctx, status, reason, headers) {
  const { res } = ctx;
  if (res.headersSent || res.destroyed) return false;
  const all = Object.assign(corsHeaders(ctx.req, ctx.cfg), headers || {});
  // the RPS's challenge, unless a raw fault sends one of its own
  if (status === 401 && !Object.keys(headers || {}).some((k) => k.toLowerCase() === 'www-authenticate')) {
    all['WWW-Authenticate'] = 'Authenticate';
  }
  res.statusCode = status;
  res.statusMessage = safeReason(reason, status);
  for (const [k, v] of Object.entries(all)) res.setHeader(k, v);
  return true;
}

// Raw body (string or Buffer) with an explicit Content-Type.
function replyRaw(ctx, status, reason, contentType, body, headers) {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(String(body), 'utf8');
  const h = Object.assign({}, headers || {}, { 'Content-Type': contentType, 'Content-Length': buf.length });
  if (!writeHead(ctx, status, reason, h)) return;
  ctx.res.end(buf);
}

function replyJson(ctx, status, value, opts) {
  const o = opts || {};
  replyRaw(ctx, status, o.reason, JSON_TYPE, tornadoJson(value), o.headers);
}

// set_status(code, reason); finish() with nothing written: no body.
function replyEmpty(ctx, status, reason, headers) {
  replyRaw(ctx, status, reason, EMPTY_TYPE, '', headers);
}

// BaseHandler.write_error: any HTTPError the RPS raises (405, 500, permit
// rejections...) becomes {"version": "0.3", "message": <reason>}.
function replyError(ctx, status, reason) {
  const r = safeReason(reason, status);
  replyJson(ctx, status, { version: '0.3', message: r }, { reason: r });
}

// DefaultHandler: every unrouted path.
function replyNotFound(ctx) {
  const reason = 'URI NOT FOUND';
  replyJson(ctx, 404, { version: '0.3', service_name: 'M-Pin authentication server', message: reason }, { reason });
}

module.exports = {
  JSON_TYPE, EMPTY_TYPE, corsHeaders, defaultReason, safeReason, writeHead,
  replyRaw, replyJson, replyEmpty, replyError, replyNotFound,
};
