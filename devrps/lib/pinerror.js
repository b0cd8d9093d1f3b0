'use strict';
// The PIN error of a failed M-Pin login (SERVER_2 with E, F, then KANGAROO),
// computed in a worker thread: in JavaScript the kangaroo walk takes seconds,
// and the RPS must keep answering meanwhile. The login's verdict does not wait
// for it (pass2 already knows the PIN is wrong); the result is only logged.

const { Worker, isMainThread, parentPort } = require('worker_threads');

if (!isMainThread && parentPort) {
  // Worker side: {id, sst, inp} -> {id, result}
  const { verifyLogin } = require('./devcrypto');
  parentPort.on('message', (m) => {
    let result;
    try {
      result = verifyLogin(m.sst, m.inp, true);
    } catch (e) {
      result = { ok: false, error: String(e && e.message || e) };
    }
    parentPort.postMessage({ id: m.id, result });
  });
} else {
  let worker = null;
  let seq = 0;
  const waiting = new Map();

  const start = () => {
    worker = new Worker(__filename);
    worker.on('message', (m) => {
      const cb = waiting.get(m.id);
      waiting.delete(m.id);
      if (cb) cb(m.result);
    });
    worker.on('error', (e) => {
      for (const cb of waiting.values()) cb({ ok: false, error: String(e && e.message || e) });
      waiting.clear();
      worker = null;
    });
    worker.unref(); // never keeps the process alive
  };

  // findPinError(sstHex, inp, cb(result)): result {ok, rtn, pinError?, error?}.
  module.exports.findPinError = (sstHex, inp, cb) => {
    if (!worker) start();
    const id = ++seq;
    waiting.set(id, cb);
    worker.postMessage({ id, sst: sstHex, inp });
  };
}
