#!/usr/bin/env node
/*
 * End-to-end browser test of the step-up from a password to the PIN pad (issue 18 item 2), in headless
 * chromium with the development PIN pad, against a server whose /login offers both the PIN pad and a password
 * form and whose /pin-only says "Require mpin-method pinpad" (t/browser_e2e.t starts it):
 *
 *   node t/browser/stepup.js http://127.0.0.1:8005 USER PASSWORD
 *
 * USER (an e-mail address) registers an M-Pin identity with PIN 1234 on the PIN pad, then logs in with the
 * password form instead; /pin-only sends the password session to the login page with reauth=method, which
 * shows the PIN pad alone; the PIN there lands back on /pin-only as the same user, under a new session cookie
 * (the password session's cookie is refused afterwards). Real M-Pin proofs (milagro-crypto-js in the page,
 * checked by the development RPS). Prints TAP and exits non-zero on any failure; the run is cut at
 * $MPIN_E2E_TIMEOUT seconds (80). $MPIN_E2E_SHOTS=<dir> saves a screenshot of each step there.
 */
'use strict';

const http = require('http');
const {WAIT_MS, PIN, COOKIE, check, baseURL, usage, screen, registerOnPinpad, onePage, run,
  text: pageText} = require('./lib');

const base = baseURL(process.argv[2]);
const user = String(process.argv[3] || '');
const password = String(process.argv[4] || '');
if (!base || !user || !password) usage('node stepup.js http://HOST:PORT USER PASSWORD');

let page, context;
let passwordCookie = '';

const text = (selector) => pageText(page, selector);

async function sessionCookie() {
  const c = (await context.cookies(base)).find((x) => x.name === COOKIE);
  return c ? c.value : '';
}

const steps = [
  [`the PIN pad registers ${user} with PIN ${PIN}`, async () => {
    await page.goto(base + '/login', {timeout: WAIT_MS});
    await registerOnPinpad(page, user, PIN);
  }],
  ['the password form logs the same user in instead: /protected', async () => {
    await page.goto(base + '/login', {timeout: WAIT_MS});
    check(await page.locator('input[name=password]').count() === 1, 'the login page has no password form');
    await page.fill('input[name=username]', user);
    await page.fill('input[name=password]', password);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/protected', {timeout: WAIT_MS}),
      page.click('input[type=submit]')
    ]);
    const h = await text('body');
    check(h.includes(`You are logged in as ${user}`), `/protected says: ${h.trim().slice(0, 200)}`);
    passwordCookie = await sessionCookie();
    check(passwordCookie, 'no session cookie after the password login');
  }],
  ['/pin-only (Require mpin-method pinpad) sends the password session to the PIN pad, alone', async () => {
    await page.goto(base + '/pin-only', {timeout: WAIT_MS});
    const u = new URL(page.url());
    check(u.pathname === '/login' && u.searchParams.get('reauth') === 'method' &&
          u.searchParams.get('return_to') === '/pin-only', `landed on ${page.url()}`);
    check((await text('body')).includes('This page needs a login with your PIN'), 'no notice on the page');
    check(await page.locator('input[name=password]').count() === 0, 'the password form is still offered');
    await screen(page, 'login');
    check((await text('select[name=identity] option:checked')).includes(user), 'the identity is not selected');
  }],
  [`PIN ${PIN} + "Login" comes back to /pin-only as ${user}`, async () => {
    await page.click('input[name=pin]');
    await page.keyboard.type(PIN);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/pin-only', {timeout: WAIT_MS}),
      page.click('[data-action=login]')
    ]);
    const h = await text('body');
    check(h.includes(`You are logged in as ${user}`), `/pin-only says: ${h.trim().slice(0, 200)}`);
  }],
  ['the session was upgraded under a new cookie; the password one is refused', async () => {
    const now = await sessionCookie();
    check(now && now !== passwordCookie, 'the session cookie did not change');
    /* outside the browser, so that no cookie of its jar goes with it */
    const status = await new Promise((resolve, reject) => {
      http.get(base + '/protected', {headers: {Cookie: `${COOKIE}=${passwordCookie}`, Accept: 'application/json'}},
        (res) => { res.resume(); resolve(res.statusCode); }).on('error', reject);
    });
    check(status === 401, `the old cookie got ${status}`);
  }]
];

run({
  steps,
  header: `base URL ${base}, user ${user}`,
  shots: 'stepup',
  async start(browser) {
    const errors = [];
    page = await onePage(browser, errors);
    context = page.context();
    return {pages: [['', page]], errors};
  }
});
