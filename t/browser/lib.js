/*
 * What the browser walks (e2e.js, stepup.js, phone.js) share: Debian's chromium started headless through
 * playwright-core (never a downloaded browser), the waits and assertions on the PIN pad's pages, and the TAP
 * runner of a list of steps (one "ok N" a step, a screenshot of each page after each step with
 * $MPIN_E2E_SHOTS, the whole run cut at $MPIN_E2E_TIMEOUT seconds).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const {chromium} = require('playwright-core');

/* every wait of a step; generous: the suite runs on a shared, loaded machine and no step measures time */
const WAIT_MS = 15000;
/* starting chromium on a loaded machine (the whole suite, other suites beside it) can take longer than a step */
const LAUNCH_MS = 30000;
const TOTAL_MS = (Number(process.env.MPIN_E2E_TIMEOUT) || 80) * 1000;
const PIN = '1234';
const WRONG_PIN = '9999';
const COOKIE = 'mpin_session';

function check(cond, what) {
  if (!cond) throw new Error(what);
}

/* The site's base URL from a command line argument (no trailing slash), or '' when it is not one. */
function baseURL(arg) {
  const u = String(arg || '').replace(/\/+$/, '');
  return /^https?:\/\/[^/]+$/.test(u) ? u : '';
}

function usage(text) {
  console.error(`usage: ${text}`);
  process.exit(2);
}

/* A fresh e-mail address for an identity of this run. */
function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${Math.random().toString(16).slice(2, 8)}@example.com`;
}

/* The text of the first element `selector` matches. */
async function text(page, selector) {
  return (await page.locator(selector).first().textContent({timeout: WAIT_MS})) || '';
}

/* Waits for a screen of the PIN pad or the mobile app (the data-screen attribute of its body). */
async function screen(page, name) {
  await page.locator(`[data-screen="${name}"]`).waitFor({state: 'visible', timeout: WAIT_MS});
}

/* The message the PIN pad or the app shows: {code, text}. */
async function message(page) {
  const m = page.locator('[data-role=message]').first();
  return {code: await m.getAttribute('data-code'), text: (await m.textContent()) || ''};
}

/* Waits for the message with data-code `code`. */
async function waitMessage(page, code) {
  await page.locator(`[data-role=message][data-code="${code}"]`).first().waitFor({timeout: WAIT_MS});
}

/* Types `pin` on the PIN pad's own keypad. */
async function keypad(page, pin) {
  for (const d of pin) await page.click(`[data-action=digit][data-digit="${d}"]`);
}

/* The PIN pad's registration from its start screen: "Sign in from here", the e-mail, "Setup M-Pin", the PIN on
 * the keypad, "Setup"; ends on the "done" screen. */
async function registerOnPinpad(page, email, pin) {
  await screen(page, 'start');
  await page.click('[data-action=signin-here]');
  await screen(page, 'email');
  await page.fill('input[name=email]', email);
  await page.click('[data-action=setup-mpin]');
  await screen(page, 'setup-pin');
  await keypad(page, pin);
  await page.click('[data-action=setup-pin]');
  await screen(page, 'done');
}

/* Starts chromium headless; each context of it gets the step timeouts. */
async function launch() {
  return chromium.launch({
    executablePath: process.env.MPIN_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    timeout: LAUNCH_MS,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync']
  });
}

async function newContext(browser, options) {
  const ctx = await browser.newContext(options);
  ctx.setDefaultTimeout(WAIT_MS);
  ctx.setDefaultNavigationTimeout(WAIT_MS);
  return ctx;
}

/* Collects the uncaught errors (and with `consoleErrors`, console.error lines) of a page into `into`. */
function watchErrors(page, name, into, consoleErrors) {
  const who = name ? `${name} ` : '';
  page.on('pageerror', (e) => into.push(`${who}page error: ${e.message}`));
  if (consoleErrors) page.on('console', (m) => { if (m.type() === 'error') into.push(`${who}console: ${m.text()}`); });
}

/* The one tab of a walk in one browser window (e2e.js, stepup.js); its errors and console errors go to `errors`. */
async function onePage(browser, errors) {
  const page = await (await newContext(browser, {viewport: {width: 720, height: 640}})).newPage();
  watchErrors(page, '', errors, true);
  return page;
}

function slug(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
}

/*
 * Runs `steps` ([[name, async fn]...]) as TAP and exits: 0 when every step passed. The first failing step ends
 * the run (the others are reported "not run"), as does the watchdog at $MPIN_E2E_TIMEOUT.
 *   header:  the "# ..." line after the plan
 *   shots:   the prefix of the screenshots' names in $MPIN_E2E_SHOTS
 *   start(): starts the browser; returns {pages: [[name, page]...], errors: [] (filled by watchErrors)}
 *   footer(): optional, more words for the last line
 */
async function run({steps, header, shots, start, footer}) {
  const shotsDir = process.env.MPIN_E2E_SHOTS || '';
  console.log(`1..${steps.length}`);
  console.log(`# ${header}`);
  let failed = 0;
  let next = 0;
  let browser = null;
  const finish = (reason) => {
    for (; next < steps.length; next++) {
      console.log(`not ok ${next + 1} - ${steps[next][0]} (not run: ${reason})`);
      failed++;
    }
  };
  const watchdog = setTimeout(() => {
    console.log(`# the whole run took more than ${TOTAL_MS / 1000} s`);
    finish('time is up');
    process.exit(1);   /* playwright kills the browser it launched when this process exits */
  }, TOTAL_MS);
  try {
    if (shotsDir) fs.mkdirSync(shotsDir, {recursive: true});
    browser = await launch();
    const {pages, errors} = await start(browser);
    for (; next < steps.length; next++) {
      const [name, fn] = steps[next];
      try {
        await fn();
        console.log(`ok ${next + 1} - ${name}`);
      } catch (e) {
        failed++;
        console.log(`not ok ${next + 1} - ${name}`);
        console.log(`# ${String(e && e.message || e).split('\n')[0]}`);
        for (const [n, p] of pages) {
          const shown = await p.locator('body').innerText({timeout: 2000}).catch(() => '');
          console.log(`# ${n ? n + ' ' : ''}at ${p.url()}, the page shows: ${shown.replace(/\s+/g, ' ').trim().slice(0, 300)}`);
        }
        errors.splice(0).forEach((l) => console.log(`# ${l}`));
      }
      if (shotsDir) {
        for (const [n, p] of pages) {
          const file = [shots, String(next + 1).padStart(2, '0'), n, slug(name)].filter(Boolean).join('-') + '.png';
          await p.screenshot({path: path.join(shotsDir, file), timeout: WAIT_MS})
            .catch((e) => console.log(`# screenshot failed: ${e.message}`));
        }
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
    if (browser) await browser.close().catch(() => {});
  }
  const more = footer ? ` ${footer()}` : '';
  console.log(`# ${steps.length - failed} of ${steps.length} steps passed${more}`);
  process.exit(failed ? 1 : 0);
}

module.exports = {WAIT_MS, PIN, WRONG_PIN, COOKIE, check, baseURL, usage, uniqueEmail, text, screen, message,
  waitMessage, keypad, registerOnPinpad, newContext, watchErrors, onePage, run};
