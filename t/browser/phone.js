#!/usr/bin/env node
/*
 * End-to-end browser test of "Sign in with your phone": two browser contexts of headless chromium, a computer
 * (1024 x 720) and a phone (360 x 740, touch), against a server of the demo site that serves the development
 * mobile app at /m (demo/mobile) and the development PIN pad.
 *
 *   node t/browser/phone.js http://127.0.0.1:8005 http://127.0.0.1:8011 [label]
 *        (the site, and the development RPS with --test-controls, for the short access-number lifetime)
 *
 * The phone registers an identity (mobile: 1) and sets its PIN; the computer asks for an access number; the
 * phone opens the QR code's link, first types a wrong PIN (the phone says so, the computer keeps waiting),
 * then the right one: the computer lands on /protected. The phone logs the computer out; its logoutData
 * replayed gets 403. An access number that runs out is replaced. The login page and the app fit 360 px.
 * Real M-Pin proofs throughout (milagro-crypto-js in both contexts, checked by the development RPS).
 * Prints TAP and exits non-zero on any failure; the run is cut at $MPIN_E2E_TIMEOUT seconds (80).
 * $MPIN_E2E_SHOTS=<dir>: a PNG of both screens after each step. $MPIN_E2E_DOCS=<dir>: the README's screenshots
 * (login.png, access-number.png, mobile-app.png, mobile-signed-in.png) are written there.
 */
'use strict';

const fs = require('fs');
const path = require('path');
const {WAIT_MS, PIN, WRONG_PIN, check, baseURL, usage, uniqueEmail, screen, waitMessage, watchErrors,
  newContext, run} = require('./lib');

const base = baseURL(process.argv[2]);
const rps = baseURL(process.argv[3]);
const label = String(process.argv[4] || 'phone');
if (!base || !rps) usage('node phone.js http://SITE:PORT http://DEVRPS:PORT [label]');
const docsDir = process.env.MPIN_E2E_DOCS || '';
const email = uniqueEmail(`phone-${label}`);

let computer, phone;         /* the two pages */
const phoneReplies = [];     /* the phone's /rps/authenticate replies: {status, body} */
let firstNumber = '';
let logoutData = null, logoutURL = null;

async function devrpsConfig(cfg) {
  const r = await fetch(`${rps}/__dev/config`, {method: 'POST', headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(cfg)});
  check(r.status === 200, `devrps /__dev/config answered ${r.status}`);
}

/* No horizontal scrolling at the page's width. */
async function fits(page, what) {
  const w = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(w[0] <= w[1], `${what} is ${w[0]} px wide in a ${w[1]} px window`);
}

async function docShot(page, name, selector) {
  if (!docsDir) return;
  fs.mkdirSync(docsDir, {recursive: true});
  const target = selector ? page.locator(selector).first() : page;
  await target.screenshot({path: path.join(docsDir, name), timeout: WAIT_MS});
}

async function accessNumberShown() {
  const n = computer.locator('[data-role=access-number]');
  await n.waitFor({timeout: WAIT_MS});
  return n.getAttribute('data-number');
}

async function phoneSignIn(pin) {
  await screen(phone, 'access');
  await phone.fill('#pin', pin);
  const reply = phone.waitForResponse((r) => r.request().method() === 'POST' && /\/rps\/authenticate$/.test(r.url()),
    {timeout: WAIT_MS + 12000});
  await phone.click('[data-action=sign-in]');
  return reply;
}

const steps = [
  ['the login page fits a 360 px phone and names its fields', async () => {
    await phone.goto(base + '/login', {timeout: WAIT_MS});
    await screen(phone, 'start');
    await fits(phone, 'the login page');
    const unlabelled = await phone.evaluate(() => Array.from(document.querySelectorAll('input:not([type=hidden]):not([type=submit]):not([type=button])'))
      .filter((i) => !i.labels.length && !i.getAttribute('aria-label')).map((i) => i.name));
    check(unlabelled.length === 0, `inputs without a label: ${unlabelled}`);
  }],
  ['the mobile app at /m asks to set up M-Pin and fits 360 px', async () => {
    await phone.goto(base + '/m', {timeout: WAIT_MS});
    check(new URL(phone.url()).pathname === '/m/index.html', `/m led to ${phone.url()}`);
    await screen(phone, 'setup');
    await fits(phone, 'the mobile app');
  }],
  [`the phone registers ${email} (mobile: 1) and sets PIN ${PIN}`, async () => {
    await phone.fill('#email', email);
    const put = phone.waitForRequest((r) => r.method() === 'PUT' && /\/rps\/user$/.test(r.url()), {timeout: WAIT_MS});
    await phone.click('[data-action=register]');
    const body = JSON.parse((await put).postData() || '{}');
    check(body.mobile === 1 && body.userId === email, `registration body: ${JSON.stringify(body)}`);
    await screen(phone, 'setup-pin');
    await phone.fill('#pin', PIN);
    await phone.click('[data-action=set-pin]');
    await screen(phone, 'access');
    await waitMessage(phone, 'set-up');
    const stored = await phone.evaluate(() => JSON.parse(localStorage.getItem('mpin-mobile-identities') || '{}'));
    check(/^04[0-9a-f]{128}$/.test(stored.token || '') && !('pin' in stored), `stored: ${Object.keys(stored)}`);
  }],
  ['the computer: "Sign in with your phone" shows an access number with its check digit, a countdown and a QR code', async () => {
    await computer.goto(base + '/login', {timeout: WAIT_MS});
    await screen(computer, 'start');
    await docShot(computer, 'login.png', 'main');
    await computer.click('[data-action=signin-phone]');
    firstNumber = await accessNumberShown();
    check(/^[0-9]{7}$/.test(firstNumber), `access number ${firstNumber}`);
    check(await computer.locator('.mpin-an-check').textContent() === firstNumber.slice(-1), 'no check digit shown');
    const secs = Number(await computer.locator('[data-role=countdown]').getAttribute('data-seconds'));
    check(secs > 0 && secs <= 300, `countdown ${secs}`);
    const url = await computer.locator('[data-role=qr]').getAttribute('data-url');
    check(url === `${base}/m#an=${firstNumber}`, `QR link ${url}`);
    check(await computer.locator('[data-role=qr] svg').count() === 1, 'no QR code drawn');
    await docShot(computer, 'access-number.png', '.mpin-pinpad');
  }],
  ['the phone opens the QR link: the access number is filled in', async () => {
    const url = await computer.locator('[data-role=qr]').getAttribute('data-url');
    await phone.goto(url, {timeout: WAIT_MS});
    await screen(phone, 'access');
    check(await phone.inputValue('#access-number') === firstNumber, 'the access number is not filled in');
    await docShot(phone, 'mobile-app.png');
  }],
  ['a wrong PIN on the phone: the phone says so (401), the computer keeps waiting', async () => {
    const r = await phoneSignIn(WRONG_PIN);
    check(r.status() === 401, `the phone's /rps/authenticate answered ${r.status()}`);
    await waitMessage(phone, 'wrong-pin');
    await computer.locator('[data-role=phone-status]').filter({hasText: 'Signing in'}).waitFor({timeout: WAIT_MS});
    check(new URL(computer.url()).pathname === '/login', `the computer left for ${computer.url()}`);
    check(await computer.locator('[data-role=access-number]').getAttribute('data-number') === firstNumber,
      'the computer changed its access number');
  }],
  ['the right PIN: the phone shows the result, the computer lands on /protected', async () => {
    const nav = computer.waitForURL((u) => u.pathname === '/protected', {timeout: WAIT_MS + 12000});
    const r = await phoneSignIn(PIN);
    check(r.status() === 200, `the phone's /rps/authenticate answered ${r.status()}`);
    const body = await r.json();
    logoutURL = body.logoutURL;
    logoutData = body.logoutData;
    check(logoutURL === '/logout' && logoutData && logoutData.sessionToken, `phone reply: ${JSON.stringify(body)}`);
    await nav;
    const h = (await computer.locator('body').textContent()) || '';
    check(h.includes(`You are logged in as ${email}`), `protected page says: ${h.trim().slice(0, 200)}`);
    await screen(phone, 'done');
    check(((await phone.locator('[data-role=result]').textContent()) || '').includes(email), 'no result on the phone');
    await fits(phone, 'the signed-in screen');
    await docShot(phone, 'mobile-signed-in.png');
  }],
  ['the computer opens the protected page again', async () => {
    await computer.goto(base + '/protected', {timeout: WAIT_MS});
    check(((await computer.locator('body').textContent()) || '').includes(`You are logged in as ${email}`),
      'not logged in on a second visit');
  }],
  ['"Log out of the computer" on the phone ends the computer\'s session', async () => {
    const post = phone.waitForResponse((r) => r.request().method() === 'POST' && /\/logout$/.test(r.url()),
      {timeout: WAIT_MS});
    await phone.click('[data-action=logout-computer]');
    const r = await post;
    check(r.status() === 200, `POST ${logoutURL} answered ${r.status()}`);
    check(r.request().postData() === JSON.stringify(logoutData), `it sent ${r.request().postData()}`);
    await waitMessage(phone, 'logged-out');
    await computer.goto(base + '/protected', {timeout: WAIT_MS});
    check(!((await computer.locator('body').textContent()) || '').includes('You are logged in as'),
      'the computer is still logged in');
    check(new URL(computer.url()).pathname === '/login', `after logout /protected led to ${computer.url()}`);
  }],
  ['the same logoutData replayed gets 403', async () => {
    const status = await phone.evaluate(async ([u, d]) => (await fetch(u, {method: 'POST', body: d})).status,
      [logoutURL, JSON.stringify(logoutData)]);
    check(status === 403, `the replay answered ${status}`);
  }],
  ['an access number that runs out is replaced by a new one', async () => {
    await devrpsConfig({accessNumberExpireSeconds: 3});
    try {
      await computer.click('[data-action=signin-phone]');
      const first = await accessNumberShown();
      await waitMessage(computer, 'an-renewed');
      const second = await accessNumberShown();
      check(second !== first, `the number stayed ${first}`);
    } finally {
      await devrpsConfig({accessNumberExpireSeconds: 300});
    }
  }]
];

run({
  steps,
  header: `site ${base}, RPS ${rps} (${label}), identity ${email}`,
  shots: label,
  async start(browser) {
    const errors = [];
    computer = await (await newContext(browser, {viewport: {width: 1024, height: 720}})).newPage();
    phone = await (await newContext(browser, {viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true,
      deviceScaleFactor: 1})).newPage();
    watchErrors(computer, 'computer', errors, false);
    watchErrors(phone, 'phone', errors, false);
    phone.on('response', (r) => {
      if (/\/rps\/authenticate$/.test(r.url())) phoneReplies.push(r.status());
    });
    return {pages: [['computer', computer], ['phone', phone]], errors};
  },
  footer: () => `(phone /rps/authenticate: ${phoneReplies.join(' ')})`
});
