// Browser journeys for kedja, run by .ci/run after the Rust tests.
//
// - starts the debug binary on a free port with a fresh SQLite data folder, and provisions an
//   organisation (admin with TOTP), a supplier and a handler through the documented CLI;
// - walks the reporter's journey in English, Arabic and Thai at 360×740, and a case handler's
//   journey in Swedish at 1280×800, all with JavaScript DISABLED, as the pages are meant to be
//   used;
// - runs axe-core on every page visited, in a second context with JavaScript enabled that loads
//   the same URL with the same cookies (a page that answered a POST is served to it as it was
//   received), and fails on any violation of any impact;
// - weighs every reporter page in every language the service offers (HTML + CSS, uncompressed)
//   and fails above 30 kB.
//
// Environment: KEDJA_BIN (default target/debug/kedja), CHROMIUM (default /usr/bin/chromium),
// BROWSER_LOG=1 to show the service's log.

import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const BIN = process.env.KEDJA_BIN ?? join(root, 'target', 'debug', 'kedja');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const WEIGHT_LIMIT = 30 * 1024;
const REPORTER_VIEWPORT = { width: 360, height: 740 };
const STAFF_VIEWPORT = { width: 1280, height: 800 };
const QUICK_EXIT = 'https://www.wikipedia.org/';
const ADMIN = { email: 'admin@region-nord.example', password: 'a long admin passphrase' };
const HANDLER = { email: 'handler@region-nord.example', password: 'a long handler passphrase' };
const SUPPLIER = { name: 'Blåbärsgården Norrland', country: 'SE', city: 'Umeå' };

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// ---------------------------------------------------------------------------------------------
// Small helpers

class Failure extends Error {}

function check(condition, message) {
  if (!condition) throw new Failure(message);
}

const t0 = Date.now();
function log(...args) {
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s]`, ...args);
}

/// The simple one-line messages of a language's Fluent files, to assert what users read.
const messages = new Map();
function t(lang, key) {
  if (!messages.has(lang)) {
    const map = new Map();
    const dir = join(root, 'frontend', 'locales', lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
        if (m && !m[2].includes('{')) map.set(m[1], m[2].trim());
      }
    }
    messages.set(lang, map);
  }
  const value = messages.get(lang).get(key) ?? (lang === 'en' ? undefined : t('en', key));
  check(value !== undefined, `no simple message ${key} in ${lang}`);
  return value;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/// RFC 6238 (HMAC-SHA1, as the otpauth URI says) for the code after `afterStep`.
function base32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    check(v >= 0, 'otpauth secret is not base32');
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

const lastStep = new Map();
async function totp(uri) {
  const url = new URL(uri);
  const secret = base32(url.searchParams.get('secret'));
  const period = Number(url.searchParams.get('period') ?? 30);
  const digits = Number(url.searchParams.get('digits') ?? 6);
  check((url.searchParams.get('algorithm') ?? 'SHA1').toUpperCase() === 'SHA1', 'TOTP algorithm');
  // The service refuses a step twice: wait for the next one if this URI used the current one.
  let step = Math.floor(Date.now() / 1000 / period);
  while (lastStep.has(uri) && step <= lastStep.get(uri)) {
    await new Promise((r) => setTimeout(r, 500));
    step = Math.floor(Date.now() / 1000 / period);
  }
  lastStep.set(uri, step);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(code).padStart(digits, '0');
}

/// A small baseline JPEG (8×8 grey) with a comment segment, the kind of photo a phone sends.
function smallJpeg() {
  const soi = [0xff, 0xd8];
  const comment = Buffer.from('taken in the dormitory');
  const com = [0xff, 0xfe, 0x00, comment.length + 2, ...comment];
  const dqt = [0xff, 0xdb, 0x00, 0x43, 0x00, ...new Array(64).fill(0x01)];
  const sof = [0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00];
  // One DC code (length 1, symbol 0) and one AC code (length 1, symbol 0 = end of block).
  const dht = [
    0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, ...new Array(15).fill(0), 0x00,
    0xff, 0xc4, 0x00, 0x14, 0x10, 0x01, ...new Array(15).fill(0), 0x00,
  ];
  const sos = [0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00];
  // One block: DC difference 0 (code 0), end of block (code 0); padded with ones.
  const data = [0x3f];
  const eoi = [0xff, 0xd9];
  return Buffer.from([...soi, ...com, ...dqt, ...sof, ...dht, ...sos, ...data, ...eoi]);
}

// ---------------------------------------------------------------------------------------------
// The service

function run(args, { input = '', env }) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(BIN, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolveRun({ stdout, stderr });
      else reject(new Failure(`kedja ${args.join(' ')} exited ${code}:\n${stderr}`));
    });
    child.stdin.end(input);
  });
}

async function startService() {
  check(existsSync(BIN), `${BIN} is missing: run cargo build first`);
  const dataDir = mkdtempSync(join(tmpdir(), 'kedja-browser-'));
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dataDir,
    KEDJA_DATA_DIR: dataDir,
    KEDJA_BIND: `127.0.0.1:${port}`,
    // Posters print the address workers reach the service at.
    KEDJA_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // Every language files a report and signs in from the same address.
    KEDJA_RATE_LIMIT_BURST: '100000',
    KEDJA_LOG: process.env.BROWSER_LOG ? 'info' : 'warn',
    NO_COLOR: '1',
  };
  for (const k of ['KEDJA_DATABASE_URL', 'KEDJA_CONFIG']) delete env[k];

  const org = await run(
    ['org', 'create', '--name', 'Region Nord', '--kind', 'buyer', '--admin-email', ADMIN.email,
      '--password-stdin', '--with-totp'],
    { input: `${ADMIN.password}\n`, env },
  );
  const [orgId, , , adminTotp] = org.stdout.trim().split('\n').map((l) => l.trim());
  check(adminTotp?.startsWith('otpauth://'), `no otpauth URI from org create:\n${org.stdout}`);
  const supplier = await run(
    ['supplier', 'add', '--org', orgId, '--name', SUPPLIER.name, '--country', SUPPLIER.country,
      '--city', SUPPLIER.city, '--sector', 'agriculture', '--contract', 'RN-2026-17'],
    { env },
  );
  const supplierId = supplier.stdout.trim().split('\n')[0].trim();
  const siteCode = /\b([ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6})\b/.exec(supplier.stderr + supplier.stdout)?.[1];
  check(siteCode, `no site code from supplier add:\n${supplier.stderr}`);
  await run(
    ['user', 'create', '--org', orgId, '--email', HANDLER.email, '--role', 'handler',
      '--password-stdin', '--with-totp'],
    { input: `${HANDLER.password}\n`, env },
  );

  const child = spawn(BIN, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d) => {
    output += d;
    if (process.env.BROWSER_LOG) process.stderr.write(d);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    check(child.exitCode === null, `kedja serve exited:\n${output}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    check(i < 200, `kedja serve did not become ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    adminTotp,
    supplierId,
    siteCode,
    output: () => output,
    stop() {
      child.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Browser and axe

let browser;
let service;
const axeReport = { pages: 0, violations: [] };

/// A context as users have it: JavaScript off. The quick-exit target is answered locally.
async function userContext({ viewport, locale }) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport, locale });
  context.setDefaultTimeout(20_000);
  await context.route((url) => url.origin === new URL(QUICK_EXIT).origin, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Wikipedia</title><h1>Wikipedia</h1>' }),
  );
  const page = await context.newPage();
  // The last main-frame navigation, to know whether axe may load the URL again.
  page.lastNavigation = null;
  page.on('response', (response) => {
    const request = response.request();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      page.lastNavigation = { method: request.method(), status: response.status(), url: response.url() };
    }
  });
  return { context, page, viewport, locale };
}

/// Runs axe on what `user.page` shows, in a second context with JavaScript on.
async function axe(user, label) {
  const { page } = user;
  const url = page.url();
  const navigation = page.lastNavigation;
  const context = await browser.newContext({
    javaScriptEnabled: true,
    bypassCSP: true, // the service's CSP forbids the injected script, rightly
    viewport: user.viewport,
    locale: user.locale,
  });
  try {
    await context.addCookies(await user.context.cookies());
    const checker = await context.newPage();
    if (!navigation || navigation.method !== 'GET') {
      // A page that answered a POST cannot be loaded again: serve it as the user received it.
      const html = await page.content();
      const requested = url.split('#')[0]; // a fragment is never part of the request
      await checker.route(requested, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
      );
    }
    const response = await checker.goto(url);
    check(response && response.status() < 400, `axe: ${url} answered ${response?.status()}`);
    await checker.addScriptTag({ content: axeSource });
    const results = await checker.evaluate(() =>
      window.axe.run(document, { resultTypes: ['violations'] }),
    );
    axeReport.pages += 1;
    for (const v of results.violations) {
      axeReport.violations.push({ page: `${label} ${new URL(url).pathname}`, ...v });
      console.log(`axe: ${label} ${new URL(url).pathname}: ${v.id} (${v.impact}) ${v.help}`);
      for (const node of v.nodes) console.log(`    ${JSON.stringify(node.target)}`);
    }
  } finally {
    await context.close();
  }
}

async function expectPage(user, { lang, heading, label }) {
  const { page } = user;
  const status = page.lastNavigation?.status ?? 0;
  check(status < 400, `${label}: ${page.url()} answered ${status}`);
  const html = page.locator('html');
  check((await html.getAttribute('lang')) === lang, `${label}: ${page.url()} is not in ${lang}`);
  const rtl = ['ar', 'fa', 'ur', 'ps'].includes(lang);
  check((await html.getAttribute('dir')) === (rtl ? 'rtl' : 'ltr'), `${label}: direction of ${page.url()}`);
  if (heading !== undefined) {
    const h1 = (await page.locator('h1').innerText()).trim();
    check(h1.includes(heading), `${label}: ${page.url()} shows "${h1}", expected "${heading}"`);
  }
  await axe(user, label);
}

async function click(page, locator) {
  await Promise.all([page.waitForNavigation(), locator.click()]);
}

// ---------------------------------------------------------------------------------------------
// Journeys

const narratives = {
  en: 'They keep our passports in the office and take a recruitment fee from every wage.',
  ar: 'يحتفظون بجوازات سفرنا في المكتب ويقتطعون رسوم التوظيف من كل راتب.',
  th: 'พวกเขายึดหนังสือเดินทางของเราไว้ที่สำนักงาน และหักค่าหัวคิวจากค่าจ้างทุกครั้ง',
};
const replies = {
  en: 'Six of us share one room. We can talk on Sundays.',
  ar: 'ستة منا يتشاركون غرفة واحدة. يمكننا التحدث أيام الأحد.',
  th: 'พวกเราหกคนอยู่ห้องเดียวกัน คุยได้วันอาทิตย์',
};

/// The reporter, up to their first reply. Returns the signed-in context.
async function reporterFirstVisit(lang, { bySearch }) {
  const label = `reporter ${lang}`;
  const user = await userContext({ viewport: REPORTER_VIEWPORT, locale: lang });
  const { page } = user;
  log(`${label}: home`);
  await page.goto(`${service.base}/?lang=${lang}`);
  await expectPage(user, { lang, heading: t(lang, 'home-title'), label });

  await click(page, page.getByRole('link', { name: t(lang, 'home-report') }));
  check(new URL(page.url()).pathname === '/report', `${label}: the report link led to ${page.url()}`);
  await expectPage(user, { lang, heading: t(lang, 'report-title'), label });

  if (bySearch) {
    await page.locator('#q').fill('Blåbär');
    await click(page, page.getByRole('button', { name: t(lang, 'report-find-button'), exact: true }));
    await expectPage(user, { lang, heading: t(lang, 'report-title'), label: `${label} (search)` });
    const choice = page.getByRole('radio', { name: new RegExp(SUPPLIER.name) });
    await choice.check();
  } else {
    // As printed on a poster, typed on a phone: lower case, with a dash.
    const code = service.siteCode.toLowerCase();
    await page.locator('#site_code').fill(`${code.slice(0, 3)}-${code.slice(3)}`);
  }
  await page.locator('input[name=indicators][value=documents]').check();
  await page.locator('input[name=indicators][value=recruitment_fees]').check();
  await page.locator('input[name=people_affected][value=six_to_twenty]').check();
  await page.locator('input[name=relationship][value=worker]').check();
  await page.locator('#narrative').fill(narratives[lang]);
  await page.locator('#file').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: smallJpeg() });
  await click(page, page.getByRole('button', { name: t(lang, 'report-submit') }));
  if (!bySearch) {
    // A typed site code is shown with its workplace before the report goes (nothing stored
    // yet); the worker checks it, chooses the photo again (a browser cannot refill a file
    // field) and sends.
    check(page.lastNavigation.status === 200, `${label}: the site code was not shown for checking (${page.lastNavigation.status})`);
    await expectPage(user, { lang, heading: t(lang, 'report-title'), label: `${label} (site code shown)` });
    const shown = await page.locator('#site-code-confirm').innerText();
    check(shown.includes(service.siteCode) && shown.includes(SUPPLIER.name), `${label}: the site code shows "${shown}"`);
    check((await page.locator('#narrative').inputValue()) === narratives[lang], `${label}: the narrative was not kept`);
    await page.locator('#file').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: smallJpeg() });
    await click(page, page.getByRole('button', { name: t(lang, 'report-submit') }));
  }
  check(page.lastNavigation.status === 201, `${label}: sending the report answered ${page.lastNavigation.status}`);
  await expectPage(user, { lang, heading: t(lang, 'receipt-title'), label: `${label} (receipt)` });
  const success = (await page.locator('.success').innerText()).trim();
  check(success === t(lang, 'receipt-thanks'), `${label}: the receipt page says "${success}"`);
  const files = await page.locator('ul.files').innerText();
  check(/photo-1\.jpg/.test(files), `${label}: the receipt does not list the photo: ${files}`);

  // The receipt as a user copies it: the text they see.
  const receipt = (await page.locator('#receipt').innerText()).trim();
  check(/^[\p{Nd}]{4}( [\p{Nd}]{4}){3}$/u.test(receipt), `${label}: the receipt reads "${receipt}"`);
  log(`${label}: receipt ${receipt}`);
  // In a right-to-left page the groups must still read left to right, as they are typed.
  const isolated = await page.locator('#receipt bdi[dir=ltr]').innerText();
  check(isolated.trim() === receipt, `${label}: the receipt is not isolated left to right`);

  await click(page, page.getByRole('link', { name: t(lang, 'home-status') }));
  await expectPage(user, { lang, heading: t(lang, 'status-title'), label });
  await page.locator('#receipt').pressSequentially(receipt);
  await click(page, page.getByRole('button', { name: t(lang, 'status-open') }));
  check(new URL(page.url()).pathname === '/status/case', `${label}: the receipt "${receipt}" did not sign in (${page.url()})`);
  await expectPage(user, { lang, heading: t(lang, 'case-title'), label });

  await page.locator('#body').fill(replies[lang]);
  await click(page, page.getByRole('button', { name: t(lang, 'case-send'), exact: true }));
  await expectPage(user, { lang, heading: t(lang, 'case-title'), label: `${label} (reply sent)` });
  const notice = (await page.locator('.success[role=status]').innerText()).trim();
  check(notice === t(lang, 'notice-message-sent'), `${label}: the notice says "${notice}"`);
  check((await page.locator('ol.thread').innerText()).includes(replies[lang]), `${label}: the reply is not in the thread`);
  return { user, receipt };
}

/// The reporter comes back after the handler answered, answers the consent question, leaves.
async function reporterSecondVisit(lang, { user }, handlerMessage) {
  const label = `reporter ${lang}`;
  const { page } = user;
  log(`${label}: comes back`);
  await page.goto(`${service.base}/status/case`);
  await expectPage(user, { lang, heading: t(lang, 'case-title'), label: `${label} (consent asked)` });
  check((await page.locator('ol.thread').innerText()).includes(handlerMessage), `${label}: the handler's message is not shown`);
  check(await page.locator('#consent-heading').isVisible(), `${label}: no consent question`);
  await click(page, page.getByRole('button', { name: t(lang, 'consent-yes') }));
  await expectPage(user, { lang, heading: t(lang, 'case-title'), label: `${label} (consent given)` });
  const notice = (await page.locator('.success[role=status]').innerText()).trim();
  check(notice === t(lang, 'notice-consent-saved'), `${label}: the notice says "${notice}"`);

  // The quick exit answers with a redirect to a neutral site (not reachable from CI: the
  // browser's request for it is what counts) and tells the browser to forget the site.
  const exitResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/exit');
  const leaving = page.waitForRequest((r) => r.url() === QUICK_EXIT && r.isNavigationRequest());
  await page.getByRole('link', { name: t(lang, 'quick-exit') }).click({ noWaitAfter: true });
  const exit = await exitResponse;
  const exitHeaders = await exit.allHeaders();
  check([302, 303, 307].includes(exit.status()) && exitHeaders.location === QUICK_EXIT,
    `${label}: quick exit answered ${exit.status()} to ${exitHeaders.location}`);
  check((exitHeaders['clear-site-data'] ?? '').includes('cookies'), `${label}: quick exit without Clear-Site-Data`);
  const request = await leaving;
  // Let the browser finish leaving (an error page here, with no network) before coming back.
  await Promise.race([
    request.response(),
    page.waitForEvent('requestfailed', { predicate: (r) => r === request }),
  ]).catch(() => {});
  await page.waitForLoadState('load').catch(() => {});
  const left = (await user.context.cookies()).filter((c) => c.name === '__Host-kedja-reporter');
  check(left.length === 0, `${label}: the reporter cookie survived the quick exit`);
  // Back on the site, nothing is open any more.
  for (let attempt = 1; ; attempt++) {
    try {
      await page.goto(`${service.base}/status/case`);
      break;
    } catch (error) {
      if (attempt >= 3 || !/interrupted by another navigation/.test(error.message)) throw error;
      await page.waitForTimeout(250);
    }
  }
  check(new URL(page.url()).pathname !== '/status/case' || (await page.locator('#body').count()) === 0,
    `${label}: the case is still open after the quick exit`);
  await user.context.close();
}

/// Signs the admin in, choosing Swedish with the language picker.
async function staffSignIn() {
  const lang = 'sv';
  const label = 'staff sv';
  const user = await userContext({ viewport: STAFF_VIEWPORT, locale: 'en-GB' });
  const { page } = user;
  await page.goto(`${service.base}/staff/login`);
  await page.locator('details.languages summary').click();
  await click(page, page.locator('details.languages').getByRole('link', { name: 'Svenska' }));
  check(new URL(page.url()).pathname === '/staff/login', `${label}: the picker led to ${page.url()}`);
  await expectPage(user, { lang, heading: t(lang, 'staff-login'), label });
  await page.locator('#email').fill(ADMIN.email);
  await page.locator('#password').fill(ADMIN.password);
  await page.locator('#totp').fill(await totp(service.adminTotp));
  await click(page, page.getByRole('button', { name: t(lang, 'staff-sign-in') }));
  check(new URL(page.url()).pathname === '/staff', `${label}: signing in led to ${page.url()}`);
  await expectPage(user, { lang, heading: t(lang, 'staff-cases'), label });
  return user;
}

/// Opens the one case still in `received`, acknowledges it with a message and asks for consent.
/// With `full`, also assigns it and adds a note, and visits the other staff pages.
async function staffHandles(user, message, { full }) {
  const lang = 'sv';
  const label = 'staff sv';
  const { page } = user;
  await page.goto(`${service.base}/staff?state=received`);
  await expectPage(user, { lang, heading: t(lang, 'staff-cases'), label });
  const links = page.locator('table tbody a');
  check((await links.count()) === 1, `${label}: expected one received case, found ${await links.count()}`);
  const reference = (await links.first().innerText()).trim();
  await click(page, links.first());
  await expectPage(user, { lang, heading: reference, label: `${label} (case)` });
  check((await page.locator('.narrative').first().innerText()).length > 20, `${label}: the report is not shown`);

  if (full) {
    await page.getByLabel(t(lang, 'staff-assignee')).selectOption({ label: ADMIN.email });
    await click(page, page.getByRole('button', { name: t(lang, 'staff-assign'), exact: true }));
    await expectPage(user, { lang, heading: reference, label: `${label} (assigned)` });
    const assignee = await page.getByLabel(t(lang, 'staff-assignee')).locator('option:checked').innerText();
    check(assignee.trim() === ADMIN.email, `${label}: assigned to "${assignee}"`);

    const note = 'Ring leverantörens HR-chef; fråga inte om passen direkt.';
    await page.locator('#note-body').fill(note);
    await click(page, page.getByRole('button', { name: t(lang, 'staff-save-note') }));
    await expectPage(user, { lang, heading: reference, label: `${label} (note)` });
    check((await page.locator('ol.notes').innerText()).includes(note), `${label}: the note is not shown`);
  }

  // Changing the state and writing to the reporter are separate forms.
  await page.locator('select[name=to]').selectOption('acknowledged');
  await click(page, page.getByRole('button', { name: t(lang, 'case-state-apply'), exact: true }));
  await expectPage(user, { lang, label: `${label} (acknowledged)` });
  check((await page.locator('p[role=status]').innerText()).includes(t(lang, 'case-done-state')), `${label}: no notice after the state change`);
  await page.locator('#reply').fill(message);
  await click(page, page.getByRole('button', { name: t(lang, 'staff-send'), exact: true }));
  await expectPage(user, { lang, label: `${label} (message sent)` });
  const h1 = await page.locator('h1').innerText();
  check(h1.includes(reference) && !h1.includes(await stateLabel(lang, 'received')), `${label}: after acknowledging, the heading is "${h1}"`);
  check((await page.locator('ol.thread').first().innerText()).includes(message), `${label}: the message is not in the thread`);

  await click(page, page.getByRole('button', { name: t(lang, 'esc-ask') }));
  await expectPage(user, { lang, heading: reference, label: `${label} (consent asked)` });

  if (!full) return;
  const nav = page.locator('nav.staff-nav');
  await click(page, nav.getByRole('link', { name: t(lang, 'staff-stats') }));
  await expectPage(user, { lang, heading: t(lang, 'staff-stats'), label });

  await click(page, nav.getByRole('link', { name: t(lang, 'staff-members') }));
  await expectPage(user, { lang, heading: t(lang, 'staff-members'), label });
  const row = page.locator('tr', { hasText: HANDLER.email });
  await click(page, row.getByRole('button', { name: t(lang, 'staff-confirm') }));
  await expectPage(user, { lang, heading: t(lang, 'staff-members'), label: `${label} (confirmed)` });
  check((await page.locator('tr', { hasText: HANDLER.email }).innerText()).includes(t(lang, 'members-status-active')),
    `${label}: the handler is not confirmed`);

  await click(page, nav.getByRole('link', { name: t(lang, 'staff-suppliers') }));
  await expectPage(user, { lang, heading: t(lang, 'staff-suppliers'), label });
  check((await page.locator('main').innerText()).includes(service.siteCode), `${label}: the site code is not listed`);

  await page.goto(`${service.base}/staff/suppliers/${service.supplierId}/poster?languages=sv&languages=ar`);
  await expectPage(user, { lang, label: `${label} (poster)` });
  check((await page.locator('main').innerText()).includes(service.siteCode), `${label}: the poster lacks the site code`);

  // The poster is a print sheet without the staff menu: back to the suppliers page.
  await page.goBack();
  await click(page, nav.getByRole('link', { name: t(lang, 'staff-languages') }));
  await expectPage(user, { lang, heading: t(lang, 'staff-languages'), label });
}

async function stateLabel(lang, code) {
  const codes = readFileSync(join(root, 'frontend', 'locales', lang, 'codes.ftl'), 'utf8');
  const m = new RegExp(`^state-${code} = (.+)$`, 'm').exec(codes);
  return m ? m[1].trim() : `\u0000${code}`;
}

// ---------------------------------------------------------------------------------------------
// Page weight

async function weigh(languages) {
  const css = (await (await fetch(`${service.base}/static/kedja.css`)).arrayBuffer()).byteLength;
  const rows = [];
  const one = async (lang) => {
    const user = await userContext({ viewport: REPORTER_VIEWPORT, locale: lang });
    const { page } = user;
    const add = async (path, response) => {
      check(response.status() < 400, `weight ${lang}: ${path} answered ${response.status()}`);
      rows.push({ lang, path, html: (await response.body()).byteLength, css });
    };
    await add('/', await page.goto(`${service.base}/?lang=${lang}`));
    await add('/report', await page.goto(`${service.base}/report?lang=${lang}`));
    await page.locator('#site_code').fill(service.siteCode);
    await page.locator('input[name=indicators][value=wages]').check();
    await page.locator('input[name=people_affected][value=one]').check();
    await page.locator('input[name=relationship][value=worker]').check();
    await page.locator('#narrative').fill(`Page weight check in ${lang}.`);
    await page.locator('#file').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: smallJpeg() });
    const send = () => Promise.all([
      page.waitForNavigation(),
      page.locator('form[action="/report"] button.primary').click(),
    ]);
    let [receiptResponse] = await send();
    if (receiptResponse.status() === 200) {
      // The site code shown for checking: the photo again, and send.
      await page.locator('#file').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: smallJpeg() });
      [receiptResponse] = await send();
    }
    check(receiptResponse.status() === 201, `weight ${lang}: the report answered ${receiptResponse.status()}`);
    await add('receipt', receiptResponse);
    const receipt = (await page.locator('#receipt').innerText()).trim();
    await add('/status', await page.goto(`${service.base}/status?lang=${lang}`));
    await page.locator('#receipt').fill(receipt);
    const [caseResponse] = await Promise.all([
      page.waitForNavigation(),
      page.locator('form[action="/status"] button.primary').click(),
    ]);
    check(new URL(page.url()).pathname === '/status/case', `weight ${lang}: the receipt did not sign in`);
    await add('/status/case', caseResponse);
    await user.context.close();
  };
  const queue = [...languages];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (queue.length) await one(queue.shift());
    }),
  );
  return rows;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  service = await startService();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  let journeys = 0;
  try {
    const staff = await staffSignIn();
    const plan = [
      { lang: 'en', bySearch: true, full: true, message: 'We have received your report and will read it carefully.' },
      { lang: 'ar', bySearch: false, full: false, message: 'Vi har tagit emot din anmälan. شكرًا.' },
      { lang: 'th', bySearch: true, full: false, message: 'Vi har tagit emot din anmälan. ขอบคุณ' },
    ];
    for (const step of plan) {
      const visit = await reporterFirstVisit(step.lang, step);
      log(`staff sv: handles the ${step.lang} report`);
      await staffHandles(staff, step.message, { full: step.full });
      if (step.full) journeys += 1; // the staff journey
      await reporterSecondVisit(step.lang, visit, step.message);
      journeys += 1;
    }
    await staff.context.close();

    const intake = await (await fetch(`${service.base}/api/v1/intake`)).json();
    const languages = intake.languages.map((l) => l.code);
    log(`weighing reporter pages in ${languages.length} languages`);
    const rows = await weigh(languages);
    rows.sort((a, b) => b.html + b.css - (a.html + a.css));
    log('\npage weight (uncompressed HTML + CSS), heaviest first:');
    log('lang  path           html B   css B  total B  total kB');
    for (const r of rows) {
      const total = r.html + r.css;
      log(`${r.lang.padEnd(5)} ${r.path.padEnd(13)} ${String(r.html).padStart(7)} ${String(r.css).padStart(7)} ${String(total).padStart(8)} ${(total / 1024).toFixed(1).padStart(8)}${total > WEIGHT_LIMIT ? '  OVER 30 kB' : ''}`);
    }
    const over = rows.filter((r) => r.html + r.css > WEIGHT_LIMIT);
    const heaviest = rows[0];
    const violations = axeReport.violations.length;
    log(`\nbrowser: ${journeys} journeys, ${axeReport.pages} pages checked by axe, ${violations} violations; ` +
      `heaviest reporter page ${((heaviest.html + heaviest.css) / 1024).toFixed(1)} kB (${heaviest.lang}, ${heaviest.path}); ` +
      `${over.length} of ${rows.length} reporter pages over 30 kB; ${((Date.now() - started) / 1000).toFixed(0)} s`);
    let failed = false;
    if (violations) {
      console.error(`browser: FAILED: ${violations} axe violations (listed above)`);
      failed = true;
    }
    if (over.length) {
      const which = [...new Set(over.map((r) => r.path))].join(', ');
      console.error(`browser: FAILED: ${over.length} reporter pages over 30 kB (${which})`);
      failed = true;
    }
    process.exitCode = failed ? 1 : 0;
  } finally {
    await browser.close();
    service.stop();
  }
}

main().catch((error) => {
  console.error(`browser: FAILED: ${error instanceof Failure ? error.message : error.stack}`);
  if (service && !process.env.BROWSER_LOG) console.error(`--- service log (warnings) ---\n${service.output().slice(-4000)}`);
  try {
    service?.stop();
  } catch {}
  process.exit(1);
});
