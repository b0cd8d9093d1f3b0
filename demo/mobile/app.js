/*
 * app.js - DEVELOPMENT mobile web app for mod_mpin_rpa (served at /m by mpin-mobile from MpinMobileDir).
 *
 * The phone's half of M-Pin, with the real protocol and Apache Milagro's own milagro-crypto-js (the bundle
 * milagro-mpin.js beside this file, the PIN pad's, built by `node devrps/tools/build-pinpad-crypto.js`):
 *   registration  PUT registerURL {userId, mobile: 1}; client secret share 1 (signatureURL) + share 2
 *                 (certivoxURL clientSecret); token = client secret - PIN.H(mpinId), kept in localStorage
 *                 (never the PIN);
 *   sign-in       the access number shown on the computer + the PIN: time permit, pass1, pass2 with the
 *                 access number as WID, then POST mobileAuthenticateURL {"mpinResponse": <pass2 reply>};
 *                 200 {logoutURL, logoutData}: the computer is signed in; 401 wrong PIN, 410 blocked,
 *                 408 timed out, 412 the access number is wrong or expired;
 *   log out       "Log out of the computer": POST JSON.stringify(logoutData) to logoutURL (no Content-Type of
 *                 its own, as Milagro's app), success = 200.
 * Every URL comes from GET /rps/clientSettings on this site (relative: the site's /rps/ proxy). The access
 * number may come in the link: /m/index.html#an=1234567 (the computer's QR code). It has no server code.
 */
(function (global) {
  'use strict';

  var STORE_KEY = 'mpin-mobile-identities';
  var PIN_LENGTH = 4;
  var POINT_BYTES = 65;
  var REQUEST_TIMEOUT_MS = 30000;   /* the RPS keeps the phone's /rps/authenticate up to 10 s */
  var screenEl = document.getElementById('screen');
  var msgEl = document.getElementById('message');
  var settings = null, client = null, busy = false;

  function el(tag, attrs, children) {
    var n = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { n.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { n.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return n;
  }

  function AppError(code, text, status) { this.code = code; this.message = text; this.status = status; }

  function say(text, code, kind) {
    msgEl.textContent = text || '';
    msgEl.setAttribute('data-code', code || '');
    msgEl.className = 'm-msg' + (kind ? ' m-' + kind : '');
  }

  function joinPath(base, part) { return base.replace(/\/+$/, '') + '/' + part; }
  function isHex(s, bytes) { return typeof s === 'string' && s.length === bytes * 2 && /^[0-9a-fA-F]*$/.test(s); }

  /* A JSON request as Milagro's clients make it: only 200 is success, a non-empty body is JSON. */
  async function request(method, url, body, opts) {
    opts = opts || {};
    var ctl = new AbortController(), timer = setTimeout(function () { ctl.abort(); }, REQUEST_TIMEOUT_MS);
    var res, text;
    try {
      res = await fetch(new URL(url, document.location.href).href, {
        method: method,
        headers: opts.plain ? {} : {'Content-Type': 'application/json'},
        body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
        credentials: 'same-origin', cache: 'no-store', signal: ctl.signal
      });
      text = await res.text();
    } catch (e) {
      throw new AppError('network', 'Cannot reach the server.', 0);
    } finally {
      clearTimeout(timer);
    }
    if (res.status !== 200) throw new AppError('http', 'Request failed (' + res.status + ').', res.status);
    if (opts.raw) return text;
    if (text === '') return null;
    try { return JSON.parse(text); } catch (e) { throw new AppError('bad-reply', 'Unexpected reply from the server.', 200); }
  }

  function need(obj, fields, what) {
    var missing = fields.filter(function (f) { return !obj || obj[f] === undefined || obj[f] === null; });
    if (missing.length) throw new AppError('bad-reply', 'Incomplete reply from ' + what + ': missing ' + missing.join(', ') + '.');
    return obj;
  }

  function compute(what, fn) {
    try { return fn(); } catch (e) { throw new AppError('crypto', 'M-Pin ' + what + ' failed: ' + (e && e.message || e) + '.'); }
  }

  /* ---------- the identity on this phone ---------- */

  function loadIdentity() {
    try {
      var s = JSON.parse(global.localStorage.getItem(STORE_KEY) || 'null');
      return s && s.mpinId && s.userId ? s : null;
    } catch (e) { return null; }
  }
  function saveIdentity(id) {
    try {
      if (id) global.localStorage.setItem(STORE_KEY, JSON.stringify(id));
      else global.localStorage.removeItem(STORE_KEY);
    } catch (e) { /* storage disabled */ }
  }

  /* ---------- the access number ---------- */

  /* checkAccessNumberValidity2 of Milagro's app = get_checksum of the RPS: weights len+1 .. 2 over the
   * digits but the last, (11 - sum % 11) % 11, and 10 counts as 0. */
  function accessNumberOk(n) {
    if (!settings.accessNumberUseCheckSum) return true;
    var body = n.slice(0, -1), w = body.length + 1, sum = 0;
    for (var i = 0; i < body.length; i++, w--) sum += Number(body[i]) * w;
    var c = (11 - (sum % 11)) % 11;
    return (c === 10 ? 0 : c) === Number(n.slice(-1));
  }

  function accessNumberFromLink() {
    var m = /(?:^|[#&?])an=([0-9]+)/.exec(document.location.hash + '&' + document.location.search);
    return m ? m[1] : '';
  }

  /* ---------- screens ---------- */

  function show(name, title, nodes, focus) {
    screenEl.textContent = '';
    screenEl.setAttribute('data-screen', name);
    screenEl.appendChild(el('h1', {'class': 'm-title', tabindex: '-1'}, [title]));
    nodes.forEach(function (n) { screenEl.appendChild(n); });
    var f = focus ? screenEl.querySelector(focus) : screenEl.querySelector('input');
    (f || screenEl.querySelector('h1')).focus();
  }

  function field(id, label, attrs) {
    var a = Object.assign({id: id, name: id}, attrs);
    return [el('label', {'for': id}, [label]), el('input', a)];
  }

  function pinField(label) {
    return field('pin', label, {type: 'password', inputmode: 'numeric', pattern: '[0-9]*', autocomplete: 'off',
      maxlength: String(PIN_LENGTH), 'class': 'm-pin', required: ''});
  }

  function button(action, label, cls) {
    return el('button', {type: 'button', 'data-action': action, 'class': cls || 'm-btn'}, [label]);
  }

  function setupScreen(message) {
    show('setup', 'Set up M-Pin on this phone', [
      el('p', {}, ['Register your e-mail address once; then sign in on any computer with an access number and your PIN.'])
    ].concat(field('email', 'Your e-mail address', {type: 'email', autocomplete: 'email', inputmode: 'email',
      placeholder: 'you@example.com', required: ''}), [button('register', 'Set up M-Pin')]));
    if (message) say(message.text, message.code, message.kind || 'error');
  }

  function confirmScreen(pending, message) {
    show('confirm', 'Confirm your e-mail', [
      el('p', {}, ['We sent a confirmation link to ', el('strong', {}, [pending.userId]), '. Open it, then tap I confirmed.']),
      button('confirmed', 'I confirmed'), button('restart', 'Start again', 'm-btn m-secondary')
    ]);
    if (message) say(message.text, message.code, message.kind || 'error');
  }

  function pinSetupScreen(pending) {
    show('setup-pin', 'Choose your PIN', [
      el('p', {}, ['A ' + PIN_LENGTH + '-digit PIN for ', el('strong', {'class': 'm-id'}, [pending.userId]), '.'])
    ].concat(pinField('PIN (' + PIN_LENGTH + ' digits)'), [button('set-pin', 'Set PIN')]));
  }

  function accessScreen(message) {
    var id = loadIdentity();
    var an = accessNumberFromLink();
    show('access', 'Sign in on a computer', [
      el('p', {'class': 'm-who'}, ['Signed up as ', el('strong', {'class': 'm-id', 'data-role': 'identity'}, [id.userId])]),
      el('p', {'class': 'm-hint'}, ['Type the access number the computer shows, then your PIN.'])
    ].concat(
      field('access-number', 'Access number (' + (settings.accessNumberDigits || 7) + ' digits)', {type: 'text',
        inputmode: 'numeric', pattern: '[0-9]*', autocomplete: 'off', 'class': 'm-an', required: '',
        maxlength: String(settings.accessNumberDigits || 7), value: an}),
      pinField('PIN'),
      [button('sign-in', 'Sign in'), button('remove', 'Remove this identity', 'm-link')]
    ), an ? '#pin' : '#access-number');
    if (message) say(message.text, message.code, message.kind || 'error');
    else say('');
  }

  function doneScreen(id, auth) {
    var nodes = [el('p', {'class': 'm-done', 'data-role': 'result'}, ['The computer is signed in as ',
      el('strong', {}, [id.userId]), '.'])];
    if (auth && auth.logoutURL) nodes.push(button('logout-computer', 'Log out of the computer'));
    nodes.push(button('again', auth && auth.logoutURL ? 'Done' : 'Start over', 'm-btn m-secondary'));
    show('done', 'Signed in', nodes, 'button');
    state.auth = auth;
    say('Signed in.', 'success', 'info');
  }

  /* ---------- actions ---------- */

  var state = {pending: null, auth: null};

  async function run(fn) {
    if (busy) return;
    busy = true;
    screenEl.classList.add('m-busy');
    Array.prototype.forEach.call(screenEl.querySelectorAll('button, input'), function (n) { n.disabled = true; });
    say('Please wait\u2026', 'busy', 'busy');
    try {
      await fn();
    } catch (e) {
      say(e instanceof AppError ? e.message : 'Internal error: ' + (e && e.message), e && e.code, 'error');
    }
    busy = false;
    screenEl.classList.remove('m-busy');
    Array.prototype.forEach.call(screenEl.querySelectorAll('button, input'), function (n) { n.disabled = false; });
  }

  async function register() {
    var email = screenEl.querySelector('#email').value.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return say('Please enter a valid e-mail address.', 'bad-email', 'error');
    await run(async function () {
      var r;
      try {
        r = need(await request('PUT', settings.registerURL, {userId: email, mobile: 1}), ['mpinId', 'regOTT'], 'registration');
      } catch (e) {
        if (e.code === 'http' && e.status === 403) throw new AppError('registration-refused', 'We could not complete your registration. Please contact your administrator (error 4009).');
        if (e.code === 'http') throw new AppError('registration-failed', 'Registration failed, please try again later (error 4010).');
        throw e;
      }
      state.pending = {userId: email, mpinId: r.mpinId, regOTT: r.regOTT};
      await fetchSecret(false);
    });
  }

  async function fetchSecret(userConfirmed) {
    var p = state.pending, sig;
    try {
      sig = need(await request('GET', joinPath(settings.signatureURL, encodeURIComponent(p.mpinId)) + '?regOTT=' +
        encodeURIComponent(p.regOTT)), ['clientSecretShare', 'params'], 'signature');
    } catch (e) {
      if (e.status !== 401) throw e;
      return confirmScreen(p, userConfirmed ? {text: 'Your identity is not verified yet.', code: 'not-verified'} : null);
    }
    var cs = need(await request('GET', settings.certivoxURL + 'clientSecret?' + sig.params), ['clientSecret'], 'clientSecret');
    if (!isHex(sig.clientSecretShare, POINT_BYTES) || !isHex(cs.clientSecret, POINT_BYTES)) {
      throw new AppError('bad-reply', 'The client secret shares are not ' + POINT_BYTES + '-byte hex points.');
    }
    p.share1 = sig.clientSecretShare;
    p.share2 = cs.clientSecret;
    pinSetupScreen(p);
    say('');
  }

  function readPin() {
    var pin = screenEl.querySelector('#pin').value;
    if (!new RegExp('^[0-9]{' + PIN_LENGTH + '}$').test(pin)) {
      say('Please enter a ' + PIN_LENGTH + '-digit PIN.', 'bad-pin', 'error');
      return null;
    }
    return pin;
  }

  async function setPin() {
    var pin = readPin(), p = state.pending;
    if (pin === null) return;
    await run(async function () {
      var token = compute('registration', function () {
        return client.calculateMPinToken(p.mpinId, pin, client.addShares(p.share1, p.share2));
      });
      saveIdentity({userId: p.userId, mpinId: p.mpinId, token: token});
      state.pending = null;
      accessScreen({text: 'Your identity ' + p.userId + ' is set up.', code: 'set-up', kind: 'info'});
    });
  }

  async function timePermit(id) {
    var s = settings, tp, share2 = null;
    try {
      tp = need(await request('GET', joinPath(s.timePermitsURL, encodeURIComponent(id.mpinId))),
        ['timePermit', 'date', 'storageId', 'signature'], 'timePermit');
    } catch (e) {
      if ([401, 403, 410].indexOf(e.status) !== -1) throw new AppError('revoked', 'This identity has been revoked.');
      throw e;
    }
    if (s.timePermitsStorageURL) {
      try {
        share2 = (await request('GET', joinPath(s.timePermitsStorageURL, encodeURIComponent(s.appID) + '/' +
          encodeURIComponent(tp.date) + '/' + encodeURIComponent(tp.storageId)), undefined, {raw: true})).trim();
      } catch (e) { share2 = null; }
    }
    if (!isHex(share2, POINT_BYTES)) {
      share2 = need(await request('GET', s.certivoxURL + 'timePermit?app_id=' + encodeURIComponent(s.appID) +
        '&mobile=1&hash_mpin_id=' + encodeURIComponent(tp.storageId) + '&signature=' + encodeURIComponent(tp.signature)),
        ['timePermit'], 'timePermit').timePermit;
    }
    if (!isHex(tp.timePermit, POINT_BYTES) || !isHex(share2, POINT_BYTES)) {
      throw new AppError('bad-reply', 'The time permit shares are not ' + POINT_BYTES + '-byte hex points.');
    }
    return {date: Number(tp.date), timePermit: compute('time permit', function () { return client.addShares(tp.timePermit, share2); })};
  }

  async function signIn() {
    var id = loadIdentity();
    var an = screenEl.querySelector('#access-number').value.trim();
    var digits = settings.accessNumberDigits || 7;
    if (!new RegExp('^[0-9]{' + digits + '}$').test(an) || !accessNumberOk(an)) {
      return say('Please check the access number: ' + digits + ' digits, as the computer shows it.', 'bad-access-number', 'error');
    }
    var pin = readPin();
    if (pin === null) return;
    await run(async function () {
      var s = settings;
      var permit = await timePermit(id);
      var first = compute('pass 1', function () { return client.pass1Request(id.mpinId, id.token, permit.timePermit, pin, permit.date); });
      pin = null;
      var p1 = need(await request('POST', joinPath(s.mpinAuthServerURL, 'pass1'), first.request), ['y'], 'pass1');
      /* the access number is the WID: the RPS ties this login to the computer that shows it */
      var second = compute('pass 2', function () { return client.pass2Request(first.state, String(p1.y), false, an); });
      var p2 = need(await request('POST', joinPath(s.mpinAuthServerURL, 'pass2'), second), ['authOTT'], 'pass2');
      delete p2.OTP;
      var auth;
      try {
        auth = await request('POST', s.mobileAuthenticateURL, {mpinResponse: p2});
      } catch (e) {
        if (e.code !== 'http') throw e;
        switch (e.status) {
          case 401: return accessScreen({text: 'Wrong PIN. Please try again.', code: 'wrong-pin'});
          case 408: return accessScreen({text: 'The sign-in timed out. Please try again.', code: 'expired'});
          case 410: saveIdentity(null); return setupScreen({text: 'This identity has been blocked and was removed from this phone.', code: 'blocked'});
          case 412: return accessScreen({text: 'Incorrect or expired access number. Check the number the computer shows now.', code: 'access-number'});
          default: return accessScreen({text: 'Sign-in failed (' + e.status + ').', code: 'failed'});
        }
      }
      doneScreen(id, auth || {});
    });
  }

  async function logoutComputer() {
    var auth = state.auth || {};
    await run(async function () {
      try {
        /* as Milagro's app: the logoutData as JSON text, without a Content-Type of its own */
        await request('POST', auth.logoutURL, JSON.stringify(auth.logoutData === undefined ? '' : auth.logoutData),
          {plain: true, raw: true});
      } catch (e) {
        if (e.code !== 'http') throw e;
        return say('Sign out was unsuccessful (' + e.status + ').', 'logout-failed', 'error');
      }
      state.auth = null;
      var b = screenEl.querySelector('[data-action=logout-computer]');
      if (b) b.remove();
      say('The computer is logged out.', 'logged-out', 'info');
    });
  }

  screenEl.addEventListener('click', function (ev) {
    var b = ev.target.closest('button[data-action]');
    if (!b || busy) return;
    switch (b.getAttribute('data-action')) {
      case 'register': register(); break;
      case 'confirmed': run(function () { return fetchSecret(true); }); break;
      case 'restart': state.pending = null; setupScreen(); say(''); break;
      case 'set-pin': setPin(); break;
      case 'sign-in': signIn(); break;
      case 'logout-computer': logoutComputer(); break;
      case 'again': history.replaceState(null, '', document.location.pathname); accessScreen(); break;
      case 'remove': saveIdentity(null); setupScreen({text: 'The identity was removed from this phone.', code: 'removed', kind: 'info'}); break;
    }
  });
  screenEl.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter' || busy || ev.target.tagName !== 'INPUT') return;
    var b = screenEl.querySelector('button[data-action=register], button[data-action=set-pin], button[data-action=sign-in]');
    if (b) { ev.preventDefault(); b.click(); }
  });

  async function start() {
    if (!global.crypto || !global.crypto.getRandomValues) return say('This browser has no secure random number generator.', 'no-crypto', 'error');
    if (!global.MPinClient) return say('Cannot load the M-Pin crypto library (milagro-mpin.js).', 'no-library', 'error');
    client = new global.MPinClient(function (n) { return global.crypto.getRandomValues(new Uint8Array(n)); });
    try {
      settings = need(await request('GET', '/rps/clientSettings'),
        ['appID', 'signatureURL', 'mpinAuthServerURL', 'timePermitsURL', 'seedValue', 'registerURL', 'mobileAuthenticateURL'],
        'clientSettings');
    } catch (e) {
      return say('Cannot load the settings: ' + e.message, e.code, 'error');
    }
    if (loadIdentity() && loadIdentity().token) accessScreen(); else setupScreen();
  }

  start();
})(window);
