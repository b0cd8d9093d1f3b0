#!/usr/bin/env node
/*
 * End-to-end browser test of the tutorial site served by mod_mpin_rpa, with the development PIN pad.
 *
 *   node t/browser/e2e.js http://127.0.0.1:8005        (or MPIN_E2E_URL=http://127.0.0.1:8005)
 *
 * Drives Debian's chromium (/usr/bin/chromium, or $MPIN_CHROMIUM) headless through playwright-core; never
 * downloads a browser. Walks the tutorial: index page, login link, "Sign in from here", e-mail, "Setup M-Pin",
 * PIN 1234, "Setup", "Sign in now", PIN 1234, "Login", /protected (with real M-Pin proofs: the PIN pad runs
 * milagro-crypto-js, the development RPS checks them); then logout, a wrong PIN (401) and three
 * wrong PINs (410, identity blocked). Prints TAP ("1..N", then "ok N - ..." / "not ok N - ..."), exits non-zero
 * on any failure. Every wait has a timeout and the whole run is cut at $MPIN_E2E_TIMEOUT seconds (80).
 * $MPIN_E2E_SHOTS=<dir> saves a screenshot of each step there.
 */
'use strict';

const {WAIT_MS, PIN, WRONG_PIN, check, baseURL, usage, uniqueEmail, keypad, screen, message, waitMessage,
  onePage, run, text: pageText} = require('./lib');

const base = baseURL(process.argv[2] || process.env.MPIN_E2E_URL);
if (!base) usage('node e2e.js http://HOST:PORT   (or MPIN_E2E_URL=...)');
const email = uniqueEmail('e2e');
const STORE_KEY = 'mpin-identities';

let page;            /* the one tab of the run */
const sent = [];     /* every request of the page: {method, url, body} */

const text = (selector) => pageText(page, selector);

/* Clicks `selector` and returns the PIN pad's POST to its authenticateURL (the request carrying mpinResponse). */
async function clickAndAuthenticate(selector) {
  const reply = page.waitForResponse(
    (r) => r.request().method() === 'POST' && /"mpinResponse"/.test(r.request().postData() || ''),
    {timeout: WAIT_MS});
  await page.click(selector);
  return reply;
}

async function storedIdentities() {
  const raw = await page.evaluate((k) => window.localStorage.getItem(k), STORE_KEY);
  return raw ? JSON.parse(raw).identities || [] : [];
}

async function wrongPin(attempt, expectStatus, expectCode) {
  if (attempt === 1) {
    await page.goto(base + '/login', {timeout: WAIT_MS});
  }
  await screen(page, 'login');
  check(await page.inputValue('select[name=identity]') !== '', 'no identity selected on the login screen');
  await page.fill('input[name=pin]', WRONG_PIN);
  const reply = await clickAndAuthenticate('[data-action=login]');
  check(reply.status() === expectStatus, `authenticate answered ${reply.status()}, expected ${expectStatus}`);
  await waitMessage(page, expectCode);
  check(new URL(page.url()).pathname === '/login', `left the login page for ${page.url()}`);
  return message(page);
}

/* A login page whose PIN pad script does not load says so within seconds (not "Loading PinPad..." forever). */
async function pinpadFails(path) {
  const started = Date.now();
  await page.goto(base + path, {timeout: WAIT_MS, waitUntil: 'domcontentloaded'});
  await page.locator('#pinHolder[data-pinpad=failed]').waitFor({state: 'attached', timeout: 20000});
  check(/could not be loaded/.test(await text('#pinHolder')), `the PIN pad place says: ${await text('#pinHolder')}`);
  return Date.now() - started;
}

const steps = [
  ['a PIN pad script that answers 404: the login page says so at once', async () => {
    const ms = await pinpadFails('/pinpad-missing/login');
    console.log(`# message after ${ms} ms`);
  }],
  ['a PIN pad script that never answers: the login page says so within seconds', async () => {
    const ms = await pinpadFails('/pinpad-hangs/login');
    console.log(`# message after ${ms} ms`);
  }],
  ['GET / shows "Hello. You are not logged in"', async () => {
    const r = await page.goto(base + '/', {timeout: WAIT_MS});
    check(/Hello\. You are not logged in/.test(await text('body')),
      `no "Hello. You are not logged in" (HTTP ${r && r.status()})`);
  }],
  ['the login link leads to /login and the PIN pad start screen', async () => {
    await page.click('a[href$="/login"]', {timeout: WAIT_MS});
    await page.waitForURL((u) => u.pathname === '/login', {timeout: WAIT_MS});
    await screen(page, 'start');
    await page.locator('[data-action=signin-here]').waitFor({timeout: WAIT_MS});
  }],
  ['"Sign in from here" shows the e-mail screen', async () => {
    await page.click('[data-action=signin-here]');
    await screen(page, 'email');
    await page.locator('input[name=email]').waitFor({timeout: WAIT_MS});
  }],
  [`"Setup M-Pin" registers ${email} and asks for a PIN`, async () => {
    await page.fill('input[name=email]', email);
    await page.click('[data-action=setup-mpin]');
    await screen(page, 'setup-pin');
    check((await text('[data-screen]')).includes(email), 'the PIN screen does not name the identity');
  }],
  [`PIN ${PIN} on the keypad + "Setup": "Your identity ... is set up"`, async () => {
    await keypad(page, PIN);
    check(await page.inputValue('input[name=pin]') === PIN, 'the keypad did not enter the PIN');
    await page.click('[data-action=setup-pin]');
    await screen(page, 'done');
    check((await text('[data-screen]')).includes(`Your identity ${email} is set up`), 'no "is set up" text');
  }],
  ['the browser stores the identity with a token, never the PIN', async () => {
    const ids = await storedIdentities();
    const me = ids.find((i) => i.userId === email);
    /* the M-Pin token: a BN254CX point (04 | x | y), the client secret with the PIN taken out */
    check(me && /^04[0-9a-f]{128}$/.test(me.token), `no M-Pin token stored for ${email}: ${JSON.stringify(ids)}`);
    const extra = Object.keys(me).filter((k) => !['userId', 'mpinId', 'token'].includes(k));
    check(extra.length === 0, `the stored identity has more than userId, mpinId, token: ${extra}`);
  }],
  ['"Sign in now" shows the login screen for the new identity', async () => {
    await page.click('[data-action=signin-now]');
    await screen(page, 'login');
    check((await text('select[name=identity] option:checked')).includes(email), 'the new identity is not selected');
  }],
  [`PIN ${PIN} + "Login" lands on /protected: "You are logged in as ${email}"`, async () => {
    await page.click('input[name=pin]');
    await page.keyboard.type(PIN);   /* the keyboard path; the keypad was used at setup */
    sent.length = 0;
    const reply = await clickAndAuthenticate('[data-action=login]');
    check(reply.status() === 200, `authenticate answered ${reply.status()}`);
    await page.waitForURL((u) => u.pathname === '/protected', {timeout: WAIT_MS});
    const h = await text('body');
    check(h.includes(`You are logged in as ${email}`), `protected page says: ${h.trim().slice(0, 200)}`);
  }],
  ['the login sent real M-Pin proofs (pass1 U/UT, pass2 V: BN254CX points), never the PIN', async () => {
    const point = /^04[0-9a-f]{128}$/;
    const body = (re) => {
      const r = sent.filter((x) => x.method === 'POST' && re.test(new URL(x.url).pathname)).pop();
      check(r, `no POST ${re} was sent`);
      return JSON.parse(r.body || 'null') || {};
    };
    const p1 = body(/\/pass1$/);
    check(point.test(p1.U) && point.test(p1.UT) && p1.pass === 1, `pass1 body: ${JSON.stringify(p1).slice(0, 200)}`);
    const p2 = body(/\/pass2$/);
    check(point.test(p2.V) && p2.pass === 2 && p2.WID === '0', `pass2 body: ${JSON.stringify(p2).slice(0, 200)}`);
    check(sent.some((x) => x.method === 'GET' && /\/timePermit\//.test(x.url)), 'no time permit was fetched');
    const leak = sent.find((x) => /"pin"/i.test(x.body || '') || (x.body || '').includes(`"${PIN}"`) ||
      new RegExp(`[=/]${PIN}(&|$)`).test(x.url));
    check(!leak, `the PIN was sent: ${leak && leak.method} ${leak && leak.url}`);
  }],
  ['Logout returns to the index page; /protected is then refused', async () => {
    await page.click('a[href$="/logout"]', {timeout: WAIT_MS});
    await page.waitForURL((u) => u.pathname !== '/protected', {timeout: WAIT_MS});
    check(/Hello\. You are not logged in/.test(await text('body')), `after logout: ${page.url()}`);
    await page.goto(base + '/protected', {timeout: WAIT_MS});
    check(!(await text('body')).includes('You are logged in as'), 'still logged in after logout');
  }],
  ['a wrong PIN shows "wrong PIN" (401) and lets the user retry', async () => {
    const m = await wrongPin(1, 401, 'wrong-pin');
    check(/wrong pin/i.test(m.text), `message: ${m.text}`);
    check(await page.isEnabled('[data-action=login]'), 'the Login button stays disabled');
  }],
  ['a second wrong PIN: "wrong PIN" again (401)', async () => {
    await wrongPin(2, 401, 'wrong-pin');
  }],
  ['a third wrong PIN blocks the identity (410): "blocked" shown, identity removed', async () => {
    const m = await wrongPin(3, 410, 'blocked');
    check(/blocked/i.test(m.text), `message: ${m.text}`);
    check(!(await storedIdentities()).some((i) => i.userId === email), 'the blocked identity is still stored');
    await screen(page, 'start');
  }]
];

run({
  steps,
  header: `base URL ${base}, identity ${email}`,
  shots: '',
  async start(browser) {
    const errors = [];
    page = await onePage(browser, errors);
    page.on('request', (r) => sent.push({method: r.method(), url: r.url(), body: r.postData()}));
    return {pages: [['', page]], errors};
  }
});
