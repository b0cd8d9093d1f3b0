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

const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const {chromium} = require('playwright-core');

const base = String(process.argv[2] || '').replace(/\/+$/, '');
const user = String(process.argv[3] || '');
const password = String(process.argv[4] || '');
if (!/^https?:\/\/[^/]+$/.test(base) || !user || !password) {
  console.error('usage: node stepup.js http://HOST:PORT USER PASSWORD');
  process.exit(2);
}
const shotsDir = process.env.MPIN_E2E_SHOTS || '';
const executablePath = process.env.MPIN_CHROMIUM || '/usr/bin/chromium';
const TOTAL_MS = (Number(process.env.MPIN_E2E_TIMEOUT) || 80) * 1000;
const WAIT_MS = 15000;
/* starting chromium on a loaded machine can take longer than a step */
const LAUNCH_MS = 30000;
const PIN = '1234';
const COOKIE = 'mpin_session';

let page, context;
const pageErrors = [];
let passwordCookie = '';

function check(cond, what) {
  if (!cond) throw new Error(what);
}

async function text(selector) {
  return (await page.locator(selector).first().textContent({timeout: WAIT_MS})) || '';
}

async function screen(name) {
  await page.locator(`[data-screen="${name}"]`).waitFor({state: 'visible', timeout: WAIT_MS});
}

async function sessionCookie() {
  const c = (await context.cookies(base)).find((x) => x.name === COOKIE);
  return c ? c.value : '';
}

const steps = [
  [`the PIN pad registers ${user} with PIN ${PIN}`, async () => {
    await page.goto(base + '/login', {timeout: WAIT_MS});
    await screen('start');
    await page.click('[data-action=signin-here]');
    await screen('email');
    await page.fill('input[name=email]', user);
    await page.click('[data-action=setup-mpin]');
    await screen('setup-pin');
    for (const d of PIN) await page.click(`[data-action=digit][data-digit="${d}"]`);
    await page.click('[data-action=setup-pin]');
    await screen('done');
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
    await screen('login');
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

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
}

async function main() {
  console.log(`1..${steps.length}`);
  console.log(`# base URL ${base}, user ${user}`);
  let failed = 0;
  let next = 0;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mpin-stepup-'));
  const finish = (reason) => {
    for (; next < steps.length; next++) {
      console.log(`not ok ${next + 1} - ${steps[next][0]} (not run: ${reason})`);
      failed++;
    }
  };
  const watchdog = setTimeout(() => {
    console.log(`# the whole run took more than ${TOTAL_MS / 1000} s`);
    finish('time is up');
    fs.rmSync(userDataDir, {recursive: true, force: true});
    process.exit(1);
  }, TOTAL_MS);
  try {
    if (shotsDir) fs.mkdirSync(shotsDir, {recursive: true});
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      timeout: LAUNCH_MS,
      viewport: {width: 720, height: 640},
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    context.setDefaultTimeout(WAIT_MS);
    context.setDefaultNavigationTimeout(WAIT_MS);
    page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`); });
    for (; next < steps.length; next++) {
      const [name, fn] = steps[next];
      try {
        await fn();
        console.log(`ok ${next + 1} - ${name}`);
      } catch (e) {
        failed++;
        console.log(`not ok ${next + 1} - ${name}`);
        console.log(`# ${String(e && e.message || e).split('\n')[0]}`);
        const shown = await page.locator('body').innerText({timeout: 2000}).catch(() => '');
        console.log(`# at ${page.url()}, the page shows: ${shown.replace(/\s+/g, ' ').trim().slice(0, 300)}`);
        pageErrors.splice(0).forEach((l) => console.log(`# ${l}`));
      }
      if (shotsDir) {
        await page.screenshot({path: path.join(shotsDir, `stepup-${String(next + 1).padStart(2, '0')}-${slug(name)}.png`),
          timeout: WAIT_MS}).catch((e) => console.log(`# screenshot failed: ${e.message}`));
      }
      if (failed) {
        next++;
        finish('an earlier step failed');
      }
    }
  } catch (e) {
    console.log(`# ${String(e && e.message || e).split('\n')[0]}`);
    finish('the browser did not start');
  } finally {
    clearTimeout(watchdog);
    if (context) await context.close().catch(() => {});
    fs.rmSync(userDataDir, {recursive: true, force: true});
  }
  console.log(`# ${steps.length - failed} of ${steps.length} steps passed`);
  process.exit(failed ? 1 : 0);
}

main();
