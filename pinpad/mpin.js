/*
 * mpin.js - the PIN pad of mod_mpin_rpa: the login page's default MpinPinpadScript, served by the module
 * (the mpin-pinpad handler at /mpin-pinpad/, from MpinPinpadDir), so that a login needs nothing but the site.
 *
 * It has the constructor and options of the Milagro tutorial's hosted mpin.js (mpin.miracl.com, no longer
 * online):
 *
 *   new mpin({targetElement: "pinHolder", clientSettingsURL: "/rps/clientSettings",
 *             mobileAppFullURL: "/m", successLoginURL: "/protected"});
 *
 * It speaks the RPS protocol of that PIN pad (clientSettings, PUT user, signature, clientSecret, timePermit,
 * pass1, pass2, then POST authenticateURL {"mpinResponse": ...}) and handles the replies as mpinjs does.
 *
 * The cryptography is M-Pin on curve BN254CX, from Apache Milagro's milagro-crypto-js (bundled in
 * milagro-mpin.js beside this file, loaded automatically; built by `node devrps/tools/build-pinpad-crypto.js`
 * from the pinned package, byte-for-byte reproducible), with the client API of devrps/lib/mpinclient.js, as the
 * hosted PIN pad's library (mpinjs + MPINAuth) does it:
 *   registration: client secret = clientSecretShare (RPS) + clientSecret (D-TA), two points of G1;
 *                 token = client secret - PIN.H(mpinId) (EXTRACT_PIN), stored in localStorage with the mpinId
 *                 (never the PIN or the client secret);
 *   login:        time permit = timePermit share 1 (RPS) + share 2 (timePermitsStorageURL, else certivoxURL);
 *                 pass1 {mpin_id, dtas, UT, U, pass: 1} from CLIENT_1 (token + PIN entered + time permit),
 *                 pass2 {V, OTP, WID, pass: 2, mpin_id} from CLIENT_2 with the server's challenge y.
 * The PIN never leaves the browser; requests go only to clientSettingsURL and the URLs its answer names;
 * the page's text is set with textContent only (no HTML from the network).
 *
 * Other options: onSuccessLogin(authData) (used when successLoginURL is not set), identityCheckRegex.
 * Plain ES2017; the styles are in mpin.css beside this file (loaded automatically).
 */
(function (global) {
  'use strict';

  var STORE_KEY = 'mpin-identities';
  var REQUIRED_SETTINGS = ['appID', 'seedValue', 'signatureURL', 'mpinAuthServerURL', 'timePermitsURL',
    'authenticateURL', 'registerURL'];
  var REQUEST_TIMEOUT_MS = 20000;
  var PIN_LENGTH = 4;
  var POINT_BYTES = 65;   /* an uncompressed BN254CX G1 point: 04 | x | y */
  var script = document.currentScript;

  var TEXT = {
    wrongPin: 'Wrong PIN. Please try again.',
    notAuthorized: 'This identity is not authorized to sign in.',
    expired: 'The sign-in request expired. Please try again.',
    blocked: 'This identity has been blocked and was removed from this browser.',
    accessNumber: 'Incorrect access number.',
    revoked: 'This identity has been revoked.',
    regRefused: 'We could not complete your registration. Please contact your administrator (error 4009).',
    regFailed: 'Registration failed, please try again later (error 4010).',
    notVerified: 'Your identity is not verified yet. Please confirm your e-mail first.',
    badEmail: 'Please enter a valid e-mail address.',
    badPin: 'Please enter a ' + PIN_LENGTH + '-digit PIN.',
    busy: 'Please wait...',
    noCrypto: 'This browser has no secure random number generator (crypto.getRandomValues).',
    noLibrary: 'Cannot load the M-Pin crypto library (milagro-mpin.js).'
  };

  /* ---------- small helpers ---------- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function button(action, label, cls) {
    return el('button', {type: 'button', 'data-action': action, 'class': cls || 'mpin-btn'}, [label]);
  }

  function MpinError(code, text, status) {
    this.code = code;
    this.message = text;
    this.status = status;
  }

  function resolve(url) { return new URL(url, document.location.href).href; }

  function joinPath(base, part) { return base.replace(/\/+$/, '') + '/' + part; }

  function isHex(s, bytes) {
    return typeof s === 'string' && s.length === bytes * 2 && /^[0-9a-fA-F]*$/.test(s);
  }

  function randomBytes(n) { return global.crypto.getRandomValues(new Uint8Array(n)); }

  /* The M-Pin client (window.MPinClient from milagro-mpin.js), loaded once beside this script. */
  var clientPromise = null;

  function loadClient() {
    if (clientPromise) return clientPromise;
    clientPromise = new Promise(function (resolveClient, reject) {
      if (global.MPinClient) return resolveClient(new global.MPinClient(randomBytes));
      var src = new URL('milagro-mpin.js', script && script.src ? script.src : document.location.href).href;
      var tag = el('script', {src: src, 'data-mpin-pinpad': ''});
      tag.onload = function () {
        if (!global.MPinClient) return reject(new MpinError('no-library', TEXT.noLibrary));
        resolveClient(new global.MPinClient(randomBytes));
      };
      tag.onerror = function () { reject(new MpinError('no-library', TEXT.noLibrary)); };
      document.head.appendChild(tag);
    });
    clientPromise.catch(function () { clientPromise = null; });
    return clientPromise;
  }

  /* Runs an M-Pin computation; its errors (bad points from the server) become a message. */
  function mpinCompute(what, fn) {
    try {
      return fn();
    } catch (e) {
      throw new MpinError('crypto', 'M-Pin ' + what + ' failed: ' + (e && e.message || e) + '.');
    }
  }

  /* JSON request as mpinjs makes it: Content-Type application/json, only 200 is success, a non-empty body is
   * JSON-parsed. Resolves with the parsed body (or null); rejects with MpinError('http', ..., status). */
  async function request(method, url, body, raw) {
    var ctl = new AbortController();
    var timer = setTimeout(function () { ctl.abort(); }, REQUEST_TIMEOUT_MS);
    var res, text;
    try {
      res = await fetch(resolve(url), {
        method: method,
        headers: {'Content-Type': 'application/json'},
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal: ctl.signal
      });
      text = await res.text();
    } catch (e) {
      throw new MpinError('network', 'Cannot reach the server (' + method + ' ' + url + ').', 0);
    } finally {
      clearTimeout(timer);
    }
    if (res.status !== 200) throw new MpinError('http', 'Request failed (' + res.status + ').', res.status);
    if (raw) return text;
    if (text === '') return null;
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new MpinError('bad-reply', 'Unexpected reply from the server (' + method + ' ' + url + ').', 200);
    }
  }

  function need(obj, fields, what) {
    var missing = fields.filter(function (f) { return !obj || obj[f] === undefined || obj[f] === null; });
    if (missing.length) throw new MpinError('bad-reply', 'Incomplete reply from ' + what + ': missing ' +
      missing.join(', ') + '.', 200);
    return obj;
  }

  /* ---------- identities in localStorage: {selected: mpinId, identities: [{userId, mpinId, token | regOTT}]} */

  function loadStore() {
    try {
      var s = JSON.parse(global.localStorage.getItem(STORE_KEY) || 'null');
      if (s && Array.isArray(s.identities)) return s;
    } catch (e) { /* unreadable: start afresh */ }
    return {selected: null, identities: []};
  }

  function saveStore(store) {
    try { global.localStorage.setItem(STORE_KEY, JSON.stringify(store)); } catch (e) { /* storage disabled */ }
  }

  /* ---------- the PIN pad ---------- */

  function mpin(options) {
    if (!(this instanceof mpin)) return new mpin(options);
    this.opts = options || {};
    this.target = typeof this.opts.targetElement === 'string' ?
      document.getElementById(this.opts.targetElement) : this.opts.targetElement;
    if (!this.target) throw new Error('mpin: targetElement not found');
    this.store = loadStore();
    this.pending = null;   /* registration in progress: {userId, mpinId, regOTT, share1, share2} (memory only) */
    this.loadStyles();
    this.init();
  }

  mpin.prototype.loadStyles = function () {
    if (!script || !script.src || document.querySelector('link[data-mpin-pinpad]')) return;
    document.head.appendChild(el('link', {rel: 'stylesheet', href: new URL('mpin.css', script.src).href,
      'data-mpin-pinpad': ''}));
  };

  mpin.prototype.init = async function () {
    this.card = el('div', {'class': 'mpin-pinpad'});
    this.body = el('div', {'class': 'mpin-body'});
    this.msg = el('p', {id: 'mpin-message', 'data-role': 'message', 'class': 'mpin-msg', role: 'status',
      'aria-live': 'polite'});
    this.card.appendChild(el('div', {'class': 'mpin-head'}, ['M-Pin']));
    this.card.appendChild(this.body);
    this.card.appendChild(this.msg);
    this.target.textContent = '';
    this.target.appendChild(this.card);
    this.card.addEventListener('click', this.onClick.bind(this));
    this.card.addEventListener('keydown', this.onKey.bind(this));

    if (!global.crypto || !global.crypto.getRandomValues) return this.fail(new MpinError('no-crypto', TEXT.noCrypto));
    this.setMessage(TEXT.busy, 'busy', 'busy');
    try {
      this.client = await loadClient();
    } catch (e) {
      return this.fail(e);
    }
    try {
      var opt = String(this.opts.clientSettingsURL || '');
      var origin = opt.indexOf('http') !== -1 ? new URL(opt).origin : document.location.origin;
      this.settings = need(await request('GET', origin + '/rps/clientSettings'), REQUIRED_SETTINGS,
        'clientSettings');
    } catch (e) {
      return this.fail(e, 'Cannot load the PIN pad settings: ');
    }
    this.setMessage('');
    this.home();
  };

  mpin.prototype.setMessage = function (text, code, kind) {
    this.msg.textContent = text || '';
    this.msg.setAttribute('data-code', code || '');
    this.msg.className = 'mpin-msg' + (kind ? ' mpin-' + kind : '');
  };

  mpin.prototype.fail = function (e, prefix) {
    if (!(e instanceof MpinError)) e = new MpinError('internal', 'Internal error: ' + (e && e.message));
    this.setMessage((prefix || '') + e.message, e.code, 'error');
    this.setBusy(false);
  };

  mpin.prototype.setBusy = function (busy) {
    this.busy = busy;
    this.card.classList.toggle('mpin-busy', busy);
    Array.prototype.forEach.call(this.card.querySelectorAll('button, input, select'), function (n) {
      n.disabled = busy;
    });
  };

  /* Runs an async action with the controls disabled; errors end up in the message line. */
  mpin.prototype.run = async function (fn) {
    if (this.busy) return;
    this.setBusy(true);
    this.setMessage(TEXT.busy, 'busy', 'busy');
    try {
      await fn.call(this);
    } catch (e) {
      return this.fail(e);
    }
    if (!this.leaving) this.setBusy(false);
  };

  mpin.prototype.show = function (screen, title, nodes, message) {
    if (screen !== 'phone') this.stopPhone();
    this.body.textContent = '';
    this.body.setAttribute('data-screen', screen);
    this.body.appendChild(el('h2', {'class': 'mpin-title'}, [title]));
    nodes.forEach(function (n) { this.body.appendChild(n); }, this);
    this.setBusy(false);
    if (message) this.setMessage(message.text, message.code, message.kind || 'error');
    else this.setMessage('');
    var focus = this.body.querySelector('input');
    if (focus) focus.focus();
  };

  mpin.prototype.identity = function (mpinId) {
    return this.store.identities.filter(function (i) { return i.mpinId === mpinId; })[0];
  };

  mpin.prototype.forget = function (mpinId) {
    this.store.identities = this.store.identities.filter(function (i) { return i.mpinId !== mpinId; });
    if (this.store.selected === mpinId) this.store.selected = null;
    saveStore(this.store);
  };

  mpin.prototype.remember = function (identity) {
    this.forget(identity.mpinId);
    this.store.identities.push(identity);
    this.store.selected = identity.mpinId;
    saveStore(this.store);
  };

  /* ---------- screens ---------- */

  mpin.prototype.home = function (message) {
    if (this.store.identities.length) return this.loginScreen(message);
    var nodes = [el('p', {}, ['Sign in with your e-mail and a PIN.']), button('signin-here', 'Sign in from here')];
    if (this.phoneEnabled()) nodes.push(button('signin-phone', 'Sign in with your phone', 'mpin-btn mpin-secondary'));
    this.show('start', 'Sign in', nodes, message);
  };

  mpin.prototype.emailScreen = function (message) {
    var nodes = [
      el('label', {'for': 'mpin-email'}, ['Your e-mail address']),
      el('input', {id: 'mpin-email', name: 'email', type: 'email', autocomplete: 'email',
        placeholder: 'you@example.com'}),
      button('setup-mpin', 'Setup M-Pin')
    ];
    nodes.push(button('back', 'Back', 'mpin-link'));
    this.show('email', 'Set up M-Pin', nodes, message);
  };

  mpin.prototype.confirmScreen = function (message) {
    this.show('confirm', 'Confirm your e-mail', [
      el('p', {}, ['Please confirm your e-mail, then press I confirmed.']),
      el('p', {'class': 'mpin-id'}, [this.pending.userId]),
      button('confirmed', 'I confirmed'),
      button('resend', 'Resend', 'mpin-btn mpin-secondary'),
      button('back', 'Back', 'mpin-link')
    ], message);
  };

  mpin.prototype.pinWidget = function () {
    var keys = el('div', {'class': 'mpin-keys'});
    '123456789'.split('').concat(['clear', '0', 'backspace']).forEach(function (k) {
      if (k === 'clear') keys.appendChild(button('clear', 'C', 'mpin-key mpin-key-fn'));
      else if (k === 'backspace') keys.appendChild(button('backspace', '\u232B', 'mpin-key mpin-key-fn'));
      else {
        var b = button('digit', k, 'mpin-key');
        b.setAttribute('data-digit', k);
        keys.appendChild(b);
      }
    });
    return [
      el('input', {name: 'pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: PIN_LENGTH,
        'class': 'mpin-pin', 'aria-label': 'PIN', placeholder: '\u2022\u2022\u2022\u2022'}),
      keys
    ];
  };

  mpin.prototype.pinScreen = function (message) {
    this.show('setup-pin', 'Set up your PIN', [
      el('p', {}, ['Choose a ' + PIN_LENGTH + '-digit PIN for']),
      el('p', {'class': 'mpin-id'}, [this.pending.userId])
    ].concat(this.pinWidget(), [button('setup-pin', 'Setup')]), message);
  };

  mpin.prototype.doneScreen = function (identity) {
    this.show('done', 'All set', [
      el('p', {'class': 'mpin-done'}, ['Your identity ', el('strong', {}, [identity.userId]), ' is set up']),
      button('signin-now', 'Sign in now')
    ]);
  };

  mpin.prototype.loginScreen = function (message) {
    var select = el('select', {name: 'identity', 'aria-label': 'Identity'});
    var selected = this.identity(this.store.selected) || this.store.identities[this.store.identities.length - 1];
    this.store.identities.forEach(function (i) {
      var o = el('option', {value: i.mpinId}, [i.userId + (i.token ? '' : ' (not set up)')]);
      o.selected = i === selected;
      select.appendChild(o);
    });
    this.show('login', 'Sign in', [select].concat(this.pinWidget(), [
      button('login', 'Login')
    ], this.phoneEnabled() ? [button('signin-phone', 'Sign in with your phone', 'mpin-btn mpin-secondary')] : [], [
      el('div', {'class': 'mpin-links'}, [button('add-identity', 'Add another identity', 'mpin-link'),
        button('remove-identity', 'Remove identity', 'mpin-link')])
    ]), message);
  };

  /* ---------- events ---------- */

  mpin.prototype.pinInput = function () { return this.body.querySelector('input[name=pin]'); };

  mpin.prototype.onClick = function (ev) {
    var b = ev.target.closest('button[data-action]');
    if (!b || this.busy) return;
    var pin = this.pinInput();
    switch (b.getAttribute('data-action')) {
      case 'digit': if (pin.value.length < PIN_LENGTH) pin.value += b.getAttribute('data-digit'); break;
      case 'clear': pin.value = ''; break;
      case 'backspace': pin.value = pin.value.slice(0, -1); break;
      case 'signin-here': case 'add-identity': this.emailScreen(); break;
      case 'back': this.pending = null; this.home(); break;
      case 'setup-mpin': this.register(); break;
      case 'confirmed': this.run(function () { return this.fetchSecret(true); }); break;
      case 'resend': this.resend(); break;
      case 'setup-pin': this.setupPin(); break;
      case 'signin-now': this.home(); break;
      case 'login': this.login(); break;
      case 'remove-identity': this.removeIdentity(); break;
      case 'signin-phone': this.phoneScreen(); break;
      case 'phone-back': this.stopPhone(); this.home(); break;
    }
    if (pin && b.classList.contains('mpin-key')) pin.focus();
  };

  mpin.prototype.onKey = function (ev) {
    var t = ev.target;
    if (t.name === 'pin' && ev.key && ev.key.length === 1 && !/[0-9]/.test(ev.key) && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
    }
    if (ev.key !== 'Enter' || this.busy) return;
    var action = this.body.querySelector('button[data-action=login], button[data-action=setup-pin], ' +
      'button[data-action=setup-mpin]');
    if (action && (t.name === 'pin' || t.name === 'email')) {
      ev.preventDefault();
      action.click();
    }
  };

  /* ---------- registration ---------- */

  mpin.prototype.register = function () {
    var email = this.body.querySelector('input[name=email]').value.trim();
    var re = this.opts.identityCheckRegex ? new RegExp(this.opts.identityCheckRegex) : /^[^\s@]+@[^\s@]+$/;
    if (!re.test(email)) return this.setMessage(TEXT.badEmail, 'bad-email', 'error');
    this.run(async function () {
      var r;
      try {
        r = need(await request('PUT', this.settings.registerURL, {userId: email, mobile: 0}),
          ['mpinId', 'regOTT'], 'registration');
      } catch (e) {
        throw this.registrationError(e, null);
      }
      this.pending = {userId: email, mpinId: r.mpinId, regOTT: r.regOTT};
      if (!r.active) {   /* kept, so that the e-mail confirmation can be finished after a reload */
        this.remember({userId: email, mpinId: r.mpinId, regOTT: r.regOTT});
        return this.confirmScreen();
      }
      await this.fetchSecret(false);
    });
  };

  mpin.prototype.registrationError = function (e, mpinId) {
    if (e.code !== 'http') return e;
    if (e.status === 403) {
      if (mpinId) this.forget(mpinId);
      this.pending = null;
      this.home({text: TEXT.regRefused, code: 'registration-refused'});
      return new MpinError('registration-refused', TEXT.regRefused, 403);
    }
    return new MpinError('registration-failed', TEXT.regFailed, e.status);
  };

  mpin.prototype.resend = function () {
    var p = this.pending;
    this.run(async function () {
      try {
        var r = need(await request('PUT', joinPath(this.settings.registerURL, encodeURIComponent(p.mpinId)),
          {userId: p.userId, mobile: 0, regOTT: p.regOTT}), ['mpinId', 'regOTT'], 'registration');
        p.mpinId = r.mpinId;
        p.regOTT = r.regOTT;
        this.remember({userId: p.userId, mpinId: p.mpinId, regOTT: p.regOTT});
      } catch (e) {
        throw this.registrationError(e, p.mpinId);
      }
      this.confirmScreen({text: 'We sent the confirmation e-mail again.', code: 'resent', kind: 'info'});
    });
  };

  /* Client secret share 1 from the RPS (signature), share 2 from the D-TA (certivoxURL clientSecret). */
  mpin.prototype.fetchSecret = async function (userConfirmed) {
    var p = this.pending, s = this.settings, sig;
    try {
      sig = need(await request('GET', joinPath(s.signatureURL, encodeURIComponent(p.mpinId)) + '?regOTT=' +
        encodeURIComponent(p.regOTT)), ['clientSecretShare', 'params'], 'signature');
    } catch (e) {
      if (e.status !== 401) throw e;
      return this.confirmScreen(userConfirmed ? {text: TEXT.notVerified, code: 'not-verified'} : null);
    }
    if (!s.certivoxURL) throw new MpinError('bad-reply', 'clientSettings has no certivoxURL.');
    var cs = need(await request('GET', s.certivoxURL + 'clientSecret?' + sig.params), ['clientSecret'],
      'clientSecret');
    if (!isHex(sig.clientSecretShare, POINT_BYTES) || !isHex(cs.clientSecret, POINT_BYTES)) {
      throw new MpinError('bad-reply', 'The client secret shares are not ' + POINT_BYTES + '-byte hex points.');
    }
    p.share1 = sig.clientSecretShare;
    p.share2 = cs.clientSecret;
    this.pinScreen();
  };

  mpin.prototype.readPin = function () {
    var pin = this.pinInput().value;
    if (!new RegExp('^[0-9]{' + PIN_LENGTH + '}$').test(pin)) {
      this.setMessage(TEXT.badPin, 'bad-pin', 'error');
      return null;
    }
    return pin;
  };

  mpin.prototype.setupPin = function () {
    var pin = this.readPin(), p = this.pending;
    if (pin === null) return;
    this.run(async function () {
      var client = this.client;
      /* client secret = share 1 + share 2; token = client secret - PIN.H(mpinId) */
      var token = mpinCompute('registration', function () {
        return client.calculateMPinToken(p.mpinId, pin, client.addShares(p.share1, p.share2));
      });
      var identity = {userId: p.userId, mpinId: p.mpinId, token: token};
      this.pending = null;
      this.remember(identity);
      this.doneScreen(identity);
    });
  };

  /* ---------- login ---------- */

  mpin.prototype.selected = function () {
    var sel = this.body.querySelector('select[name=identity]');
    return this.identity(sel && sel.value);
  };

  mpin.prototype.removeIdentity = function () {
    var id = this.selected();
    if (!id) return;
    this.forget(id.mpinId);
    this.home({text: 'Identity ' + id.userId + ' removed from this browser.', code: 'removed', kind: 'info'});
  };

  mpin.prototype.login = function () {
    var id = this.selected();
    if (!id) return;
    this.store.selected = id.mpinId;
    saveStore(this.store);
    if (!id.token) {   /* left pending: resume its registration */
      this.pending = {userId: id.userId, mpinId: id.mpinId, regOTT: id.regOTT};
      return this.run(function () { return this.fetchSecret(false); });
    }
    var pin = this.readPin();
    if (pin === null) return;
    this.run(async function () {
      var s = this.settings, client = this.client;
      var permit = await this.timePermit(id);
      var first = mpinCompute('pass 1', function () {
        return client.pass1Request(id.mpinId, id.token, permit.timePermit, pin, permit.date);
      });
      pin = null;
      var p1 = need(await request('POST', joinPath(s.mpinAuthServerURL, 'pass1'), first.request), ['y'], 'pass1');
      var second = mpinCompute('pass 2', function () { return client.pass2Request(first.state, String(p1.y), false, '0'); });
      first = null;
      var p2 = need(await request('POST', joinPath(s.mpinAuthServerURL, 'pass2'), second), ['authOTT'], 'pass2');
      delete p2.OTP;
      var authData;
      try {
        authData = await request('POST', s.authenticateURL, {mpinResponse: p2});
      } catch (e) {
        return this.loginFailed(id, e);
      }
      this.successLogin(authData);
    });
  };

  /* Today's time permit: share 1 from the RPS (with the permit callback to the RPA), share 2 from the
   * time-permit storage, else from the D-TA (certivoxURL), as mpinjs gets them. */
  mpin.prototype.timePermit = async function (id) {
    var s = this.settings, client = this.client, tp, share2;
    try {
      tp = need(await request('GET', joinPath(s.timePermitsURL, encodeURIComponent(id.mpinId))),
        ['timePermit', 'date', 'storageId', 'signature'], 'timePermit');
    } catch (e) {
      if ([401, 403, 410].indexOf(e.status) !== -1) throw new MpinError('revoked', TEXT.revoked, e.status);
      if (e.code === 'http') throw new MpinError('permit', 'Error getting a time permit (' + e.status + ').');
      throw e;
    }
    if (s.timePermitsStorageURL) {
      try {
        share2 = (await request('GET', joinPath(s.timePermitsStorageURL, encodeURIComponent(s.appID) + '/' +
          encodeURIComponent(tp.date) + '/' + encodeURIComponent(tp.storageId)), undefined, true)).trim();
      } catch (e) { share2 = null; }   /* not cached there: ask the D-TA */
    }
    if (!isHex(share2, POINT_BYTES)) {
      if (!s.certivoxURL) throw new MpinError('permit', 'No time permit share from the storage, and no certivoxURL.');
      var q = 'app_id=' + encodeURIComponent(s.appID) + '&mobile=0&hash_mpin_id=' + encodeURIComponent(tp.storageId) +
        '&signature=' + encodeURIComponent(tp.signature);
      share2 = need(await request('GET', s.certivoxURL + 'timePermit?' + q), ['timePermit'], 'timePermit').timePermit;
    }
    if (!isHex(tp.timePermit, POINT_BYTES) || !isHex(share2, POINT_BYTES)) {
      throw new MpinError('bad-reply', 'The time permit shares are not ' + POINT_BYTES + '-byte hex points.');
    }
    return {date: Number(tp.date), timePermit: mpinCompute('time permit', function () {
      return client.addShares(tp.timePermit, share2);
    })};
  };

  /* The status mapping of mpinjs _authenticate. */
  mpin.prototype.loginFailed = function (id, e) {
    if (e.code !== 'http') throw e;
    switch (e.status) {
      case 403: return this.loginScreen({text: TEXT.notAuthorized, code: 'not-authorized'});
      case 408: return this.loginScreen({text: TEXT.expired, code: 'expired'});
      case 410: this.forget(id.mpinId); return this.home({text: TEXT.blocked, code: 'blocked'});
      case 412: return this.loginScreen({text: TEXT.accessNumber, code: 'access-number'});
      default: return this.loginScreen({text: TEXT.wrongPin, code: 'wrong-pin'});   /* 401 and anything else */
    }
  };

  /* ---------- sign in with your phone (the access-number flow) ----------
   * The computer gets an access number from the RPS (getAccessNumberURL), shows it with its check digit, a
   * countdown and a QR code of mobileAppFullURL#an=<number>, and polls accessNumberURL {webOTT} until the phone
   * has signed in with that number as its WID (status "authenticate" with the authOTT); then it posts
   * {"mpinResponse": {"authOTT"}} to authenticateURL like the desktop login (mpinjs waitForMobileAuth).
   * A number that runs out is replaced; a wrong PIN on the phone leaves the status at "user": the computer
   * waits on. */

  var PHONE_POLL_MS = 1000;

  mpin.prototype.phoneEnabled = function () {
    return !!(this.opts.mobileAppFullURL && this.settings && this.settings.getAccessNumberURL &&
      this.settings.accessNumberURL);
  };

  mpin.prototype.stopPhone = function () {
    if (this.phone) {
      clearTimeout(this.phone.poll);
      clearInterval(this.phone.tick);
      this.phone.stopped = true;
    }
    this.phone = null;
  };

  mpin.prototype.phoneURL = function (number) {
    return new URL(String(this.opts.mobileAppFullURL), document.location.href).href.replace(/#.*$/, '') +
      '#an=' + encodeURIComponent(number);
  };

  /* The QR code of the link, as an SVG drawn by qrcode-generator (window.MPinQR, in milagro-mpin.js). */
  mpin.prototype.qrNode = function (url) {
    var box = el('div', {'class': 'mpin-qr', 'data-role': 'qr', 'data-url': url, role: 'img',
      'aria-label': 'QR code of the link that opens the mobile app with this access number'});
    if (typeof global.MPinQR === 'function') {
      var qr = global.MPinQR(0, 'M');
      qr.addData(url);
      qr.make();
      box.innerHTML = qr.createSvgTag({cellSize: 4, margin: 2, scalable: true, alt: {text: 'QR code'}});
    }
    return box;
  };

  mpin.prototype.phoneScreen = function (message) {
    var self = this;
    this.stopPhone();
    var phone = this.phone = {stopped: false};
    this.show('phone', 'Sign in with your phone', [el('p', {}, ['Getting an access number\u2026'])]);
    this.setMessage(TEXT.busy, 'busy', 'busy');
    request('POST', this.settings.getAccessNumberURL).then(function (r) {
      if (phone.stopped) return;
      need(r, ['accessNumber', 'webOTT', 'ttlSeconds'], 'getAccessNumber');
      phone.webOTT = r.webOTT;
      phone.number = String(r.accessNumber);
      phone.ends = Date.now() + Number(r.ttlSeconds) * 1000;
      self.showAccessNumber(phone, message);
      phone.tick = setInterval(function () { self.phoneTick(phone); }, 1000);
      phone.poll = setTimeout(function () { self.phonePoll(phone); }, PHONE_POLL_MS);
    }).catch(function (e) {
      if (phone.stopped) return;
      self.fail(e instanceof MpinError ? e : new MpinError('internal', String(e)), 'Cannot get an access number: ');
    });
  };

  mpin.prototype.showAccessNumber = function (phone, message) {
    var n = phone.number, url = this.phoneURL(n);
    var check = this.settings.accessNumberUseCheckSum && n.length > 1;
    var digits = el('p', {'class': 'mpin-an', 'data-role': 'access-number', 'data-number': n,
      'aria-label': 'Access number ' + n.split('').join(' ')}, [check ? n.slice(0, -1) : n]);
    if (check) digits.appendChild(el('span', {'class': 'mpin-an-check', title: 'check digit'}, [n.slice(-1)]));
    var link = el('a', {href: url, 'class': 'mpin-phone-link', target: '_blank', rel: 'noopener'},
      [new URL(url).host + new URL(url).pathname]);
    this.show('phone', 'Sign in with your phone', [
      el('p', {'class': 'mpin-hint'}, ['On your phone, open ', link, ' (or scan the code) and enter this access number ' +
        'and your PIN:']),
      digits,
      el('p', {'class': 'mpin-countdown', 'data-role': 'countdown', 'aria-live': 'off'}, ['']),
      this.qrNode(url),
      el('p', {'class': 'mpin-phone-status', 'data-role': 'phone-status', role: 'status', 'aria-live': 'polite'},
        ['Waiting for your phone\u2026']),
      button('phone-back', 'Back', 'mpin-link')
    ], message);
    this.phoneTick(phone);
  };

  mpin.prototype.phoneTick = function (phone) {
    if (phone.stopped) return;
    var left = Math.max(0, Math.ceil((phone.ends - Date.now()) / 1000));
    var c = this.body.querySelector('[data-role=countdown]');
    if (c) {
      c.textContent = 'Expires in ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
      c.setAttribute('data-seconds', String(left));
    }
    if (left === 0) this.phoneScreen({text: 'The access number expired. Here is a new one.', code: 'an-renewed',
      kind: 'info'});
  };

  mpin.prototype.phonePoll = async function (phone) {
    var st;
    try {
      st = await request('POST', this.settings.accessNumberURL, {webOTT: phone.webOTT});
    } catch (e) {
      st = null;   /* a lost poll: try again */
    }
    if (phone.stopped) return;
    var status = st && st.status, line = this.body.querySelector('[data-role=phone-status]');
    if (status === 'expired') {
      return this.phoneScreen({text: 'The access number expired. Here is a new one.', code: 'an-renewed', kind: 'info'});
    }
    if (status === 'authenticate' && st.authOTT) return this.phoneLogin(phone, st.authOTT);
    if (line && status === 'wid') line.textContent = 'Code scanned. Waiting for your PIN on the phone\u2026';
    if (line && status === 'user') line.textContent = 'Signing in ' + (st.userId || '') + ' on your phone\u2026';
    phone.poll = setTimeout(this.phonePoll.bind(this, phone), PHONE_POLL_MS);
  };

  mpin.prototype.phoneLogin = async function (phone, authOTT) {
    clearInterval(phone.tick);
    this.setBusy(true);
    this.setMessage(TEXT.busy, 'busy', 'busy');
    var authData;
    try {
      authData = await request('POST', this.settings.authenticateURL, {mpinResponse: {authOTT: authOTT}});
    } catch (e) {
      if (phone.stopped) return;
      if (e.code !== 'http') return this.fail(e);
      /* the computer's own refusals (403 not authorized, 408 expired...): a new number, and why */
      var text = {403: TEXT.notAuthorized, 408: TEXT.expired, 410: TEXT.blocked}[e.status] || TEXT.wrongPin;
      return this.phoneScreen({text: text, code: 'phone-login-failed'});
    }
    this.stopPhone();
    this.successLogin(authData);
  };

  mpin.prototype.successLogin = function (authData) {
    if (this.opts.successLoginURL) {
      this.setMessage('Signed in.', 'success', 'info');
      this.leaving = true;
      global.location = this.opts.successLoginURL;
    } else if (typeof this.opts.onSuccessLogin === 'function') {
      this.setMessage('Signed in.', 'success', 'info');
      this.opts.onSuccessLogin(authData);
    } else {
      this.loginScreen({text: 'You are signed in.', code: 'success', kind: 'info'});
    }
  };

  global.mpin = mpin;
})(window);
