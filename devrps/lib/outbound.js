'use strict';
// The RPS -> RPA HTTP client (verify and permit callbacks), shaped like
// Tornado 4.1's simple_httpclient as the real RPS uses it: one connection per
// request ("Connection: close"), "Accept-Encoding: gzip" with transparent
// decompression, redirects followed (max 5; 302/303 turn into a GET without
// body), a time limit (20 s by default), and connection errors and timeouts
// reported as code 599.

const http = require('http');
const https = require('https');
const zlib = require('zlib');

const MAX_REDIRECTS = 5;
const MAX_BODY_BYTES = 100 * 1024 * 1024; // Tornado's max_buffer_size

function oneRequest(urlObj, method, headers, body, deadline) {
  return new Promise((resolve) => {
    const lib = urlObj.protocol === 'https:' ? https : urlObj.protocol === 'http:' ? http : null;
    if (!lib) { resolve({ code: 599, error: `unsupported URL scheme ${urlObj.protocol}` }); return; }
    const remaining = deadline - Date.now();
    if (remaining <= 0) { resolve({ code: 599, error: 'Timeout' }); return; }
    let settled = false;
    const done = (r) => { if (!settled) { settled = true; clearTimeout(timer); resolve(Object.assign({ sent: h }, r)); } };
    const h = Object.assign({}, headers);
    // Like simple_httpclient: Content-Length always reflects the body sent.
    for (const k of Object.keys(h)) if (/^(content-length|transfer-encoding)$/i.test(k)) delete h[k];
    if (body !== null) h['Content-Length'] = Buffer.byteLength(body);
    let req;
    try {
      req = lib.request({
        protocol: urlObj.protocol,
        hostname: urlObj.hostname.replace(/^\[|\]$/g, ''),
        port: urlObj.port || undefined,
        path: urlObj.pathname + urlObj.search,
        method,
        headers: h,
        agent: false,
      });
    } catch (e) {
      resolve({ code: 599, error: e.message, sent: h });
      return;
    }
    const timer = setTimeout(() => { done({ code: 599, error: 'Timeout' }); req.destroy(); }, remaining);
    req.on('error', (e) => done({ code: 599, error: e.message || String(e) }));
    req.on('response', (res) => {
      const chunks = [];
      let size = 0;
      res.on('data', (c) => {
        size += c.length;
        if (size > MAX_BODY_BYTES) { done({ code: 599, error: 'response body too large' }); req.destroy(); return; }
        chunks.push(c);
      });
      res.on('error', (e) => done({ code: 599, error: e.message }));
      res.on('end', () => {
        let buf = Buffer.concat(chunks);
        const enc = String(res.headers['content-encoding'] || '').toLowerCase();
        if (enc === 'gzip' && buf.length > 0) {
          try { buf = zlib.gunzipSync(buf); } catch (e) { done({ code: 599, error: 'bad gzip body: ' + e.message }); return; }
        }
        done({ code: res.statusCode, reason: res.statusMessage, headers: res.headers, body: buf });
      });
    });
    if (body !== null) req.write(body);
    req.end();
  });
}

// fetch({method, url, headers, body, timeoutMs}) -> {code, reason, headers,
// body (Buffer), error (string|null), hops: [{method, url, code}]}.
// `error` is non-null exactly when Tornado's response.error would be set
// (code outside 2xx, including 599).
async function fetch(opts) {
  const deadline = Date.now() + opts.timeoutMs;
  let method = opts.method;
  let body = opts.body === undefined ? null : opts.body;
  const headers = Object.assign({}, opts.headers);
  const hops = [];
  let sentHeaders = null; // headers of the first request, as sent
  let urlObj;
  try { urlObj = new URL(opts.url); } catch (e) {
    return { code: 599, error: `invalid URL ${JSON.stringify(opts.url)}`, body: Buffer.alloc(0), hops };
  }
  for (let redirects = 0; ; redirects++) {
    if (!hasHeader(headers, 'Host')) headers.Host = urlObj.host;
    const r = await oneRequest(urlObj, method, headers, body, deadline);
    hops.push({ method, url: urlObj.href, code: r.code, error: r.error });
    if (!sentHeaders) sentHeaders = r.sent;
    const location = r.headers && r.headers.location;
    if ([301, 302, 303, 307].includes(r.code) && location && redirects < MAX_REDIRECTS) {
      try { urlObj = new URL(location, urlObj); } catch (e) { return finish(r, hops, sentHeaders); }
      deleteHeader(headers, 'Host');
      headers.Host = urlObj.host;
      if (r.code === 302 || r.code === 303) {
        method = 'GET';
        body = null;
        deleteHeader(headers, 'Content-Type');
      }
      continue;
    }
    return finish(r, hops, sentHeaders);
  }
}

function hasHeader(h, name) {
  const n = name.toLowerCase();
  return Object.keys(h).some((k) => k.toLowerCase() === n);
}

function deleteHeader(h, name) {
  const n = name.toLowerCase();
  for (const k of Object.keys(h)) if (k.toLowerCase() === n) delete h[k];
}

function finish(r, hops, sentHeaders) {
  const code = r.code;
  const ok = code >= 200 && code < 300;
  return {
    code,
    reason: r.reason,
    headers: r.headers || {},
    body: r.body || Buffer.alloc(0),
    error: ok ? null : (r.error || `HTTP ${code}`),
    hops,
    sentHeaders,
  };
}

module.exports = { fetch, hasHeader, deleteHeader };
