'use strict';
// Calls from the RPS to the RPA (verify, permit), recorded for /__dev/callbacks.

const { fetch } = require('./outbound');

const LOG_BODY_CAP = 64 * 1024;

function capText(buf) {
  if (buf === null || buf === undefined) return null;
  const b = Buffer.isBuffer(buf) ? buf : Buffer.from(String(buf), 'utf8');
  return b.subarray(0, LOG_BODY_CAP).toString('utf8');
}

// tornado.httputil.url_concat (4.1): add "?" or "&" unless the URL already
// ends in one, then the urlencoded arguments.
function urlConcat(url, args) {
  const qs = new URLSearchParams(args).toString();
  if (!qs) return url;
  const last = url.slice(-1);
  if (last !== '?' && last !== '&') url += url.includes('?') ? '&' : '?';
  return url + qs;
}

async function callRpa(ctx, kind, opts) {
  const started = new Date();
  const timeoutMs = ctx.cfg.callbackTimeoutSeconds * 1000;
  const r = await fetch({ method: opts.method, url: opts.url, headers: opts.headers, body: opts.body, timeoutMs });
  ctx.state.logCallback({
    time: started.toISOString(),
    kind,
    url: opts.url,
    method: opts.method,
    headers: r.sentHeaders || opts.headers,
    body: opts.body === undefined ? null : capText(opts.body),
    status: r.code,
    responseHeaders: r.headers,
    responseBody: capText(r.body),
    error: r.error,
    hops: r.hops,
    ms: Date.now() - started.getTime(),
  });
  return r;
}

module.exports = { callRpa, urlConcat, capText };
