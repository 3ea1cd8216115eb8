// Shared helpers for the browser tests: a loopback static server for dist/, a Chromium
// launcher with the flags this machine needs, and a request log that fails on any request
// to another origin.

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export function distDir() {
  return path.resolve(process.env.DIST_DIR ?? path.join(import.meta.dirname, '..', 'dist'));
}

/**
 * Serves `root` on 127.0.0.1 at a free port, under `basePath` (as a static host would serve a
 * copy at https://example.org/tools/estimator/); resolves to { url, close }.
 */
export async function serveStatic(
  root = distDir(),
  {
    basePath = '/',
    port = 0,
    headerReading = 'last-wins',
    extraHeaders = {},
    handlers = {},
    withheld = () => null,
  } = {},
) {
  const headerRules = liveHeaderRules(root);
  const server = http.createServer(async (request, response) => {
    try {
      const address = new URL(request.url, 'http://127.0.0.1');
      if (!address.pathname.startsWith(basePath)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const relative = decodeURIComponent(address.pathname.slice(basePath.length));
      // A test's own route (a page streamed in parts, say) answers before the files.
      if (handlers[`/${relative}`]) {
        handlers[`/${relative}`](request, response);
        return;
      }
      let file = path.join(root, relative);
      // Inside root itself, or below it: a sibling folder whose name merely starts with
      // root's name (dist-private next to dist) is outside.
      if (file !== root && !file.startsWith(root + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      const stat = await fs.stat(file).catch(() => null);
      if (stat?.isDirectory()) file = path.join(file, 'index.html');
      const notYet = withheld(path.relative(root, file));
      if (notYet) {
        response
          .writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '10' })
          .end(notYet);
        return;
      }
      const body = await fs.readFile(file);
      response.writeHead(200, {
        ...headersFor(await headerRules(), `/${relative}`, headerReading),
        ...(extraHeaders[`/${relative}`] ?? {}),
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}${basePath}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * The rules of `root`'s `_headers`, read again whenever the file changes: `cargo xtask serve`
 * serves the English page before the rest of the site is built, and writes `_headers` again
 * (by renaming a complete file into place) once every file has its rule.
 */
function liveHeaderRules(root) {
  const file = path.join(root, '_headers');
  let read = { stamp: null, rules: [] };
  return async () => {
    const stat = await fs.stat(file).catch(() => null);
    const stamp = stat ? `${stat.ino}:${stat.mtimeMs}:${stat.size}` : 'none';
    if (stamp !== read.stamp) read = { stamp, rules: await readHeaderRules(root) };
    return read.rules;
  };
}

/**
 * Serves `root` while `cargo xtask serve` is still building into it: only the files that were
 * there when it started (the English page, its worker and its headers) are served; any other
 * address answers 503 with `message(left)`, where `left` is the build's last word on how
 * long it has left, since a page still being written must not be served as if it were whole.
 * Resolves to { url, close, timeLeft(text), ready() }; after `ready()` every file is served.
 */
export async function serveWhileBuilding(root, { port = 0, message } = {}) {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  const present = new Set(
    entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name))),
  );
  let building = true;
  let left = null;
  const server = await serveStatic(root, {
    port,
    withheld: (file) => (building && !present.has(file) ? message(left) : null),
  });
  return {
    ...server,
    timeLeft: (text) => {
      left = text;
    },
    ready: () => {
      building = false;
    },
  };
}

/**
 * Reads the build's `_headers` file (the format of Netlify and Cloudflare Pages: a path
 * pattern, then indented `Name: value` lines), so the test server sends exactly the headers,
 * the Content-Security-Policy above all, that a real static host would.
 */
export async function readHeaderRules(root) {
  const text = await fs.readFile(path.join(root, '_headers'), 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** The rules whose pattern matches `pathname`; `*` matches any run of characters. */
export function rulesMatching(rules, pathname) {
  return rules.filter((rule) =>
    new RegExp(`^${rule.pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname),
  );
}

/**
 * The headers for `pathname` under one of the two readings hosts use when several rules
 * match: `last-wins` (a later rule replaces a header) or `join` (values are joined with a
 * comma, which for two Content-Security-Policy values means both apply).
 */
function headersFor(rules, pathname, reading) {
  const headers = {};
  for (const rule of rulesMatching(rules, pathname)) {
    for (const [name, value] of Object.entries(rule.headers)) {
      headers[name] = reading === 'join' && name in headers ? `${headers[name]}, ${value}` : value;
    }
  }
  return headers;
}

/** Records Content-Security-Policy violations in the page, where the tests can read them. */
export async function watchPolicyViolations(context) {
  await context.addInitScript(() => {
    window.__policyViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__policyViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
}

/**
 * For a test file: starts the loopback server for dist/ and Chromium before its tests and
 * stops both after them. Returns an object whose `server` and `browser` are set once started.
 */
export function useServerAndBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serveStatic();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * The flags Chromium runs with here: as root, headless without a GPU, with its own background
 * traffic (updates, sync, first-run pages) off. Debian's Chromium still looks up Google's
 * hosts at start, so the resolver rule answers every lookup but loopback with "not found":
 * nothing at all leaves the machine. The benchmark's Lighthouse runs use the same list.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
}

/**
 * Opens a page that records every request and page error. Requests to any origin other than
 * `allowedOrigin` are aborted and remembered, so a test can assert that none happened.
 */
export async function openPage(browser, allowedOrigin, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  // Every wait in these tests is for something that appears within a frame or two of an
  // input; a short limit makes a failing test fail fast instead of hanging for 30 seconds.
  page.setDefaultTimeout(5000);
  const foreignRequests = [];
  const pageErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(allowedOrigin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    foreignRequests.push(url);
    return route.abort();
  });
  await watchPolicyViolations(context);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return { context, page, foreignRequests, pageErrors };
}

/**
 * Plays a person who types a session count in the pause between the two last tasks of the
 * start: once the page's script has called `compileFirstViews`, before it hydrates. The page's
 * loader (Trunk's, or the single file's) hands the page's script `window.wasmBindings`; this
 * wraps its `compileFirstViews` to set "Number of sessions" to `count` as soon as the compile
 * returns. `window.__typedDuringStart` then says whether the calculator had hydrated by then.
 */
export async function typeSessionsWhileStarting(context, count) {
  await context.addInitScript((typed) => {
    let bindings;
    Object.defineProperty(window, 'wasmBindings', {
      configurable: true,
      get: () => bindings,
      set: (loaded) => {
        bindings = {
          ...loaded,
          compileFirstViews: () => {
            loaded.compileFirstViews();
            const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent.trim() === 'Number of sessions');
            const sessions = document.getElementById(label.htmlFor);
            sessions.value = typed;
            sessions.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: typed }));
            window.__typedDuringStart = document.documentElement.classList.contains('app-ready') ? 'after hydrating' : 'before hydrating';
          },
        };
      },
    });
  }, String(count));
}

/** The Content-Security-Policy violations the page has seen so far. */
export async function policyViolations(page) {
  return page.evaluate(() => window.__policyViolations ?? []);
}

/**
 * Opens the estimator page, waits for the calculator, and returns handles to its labelled
 * controls beside the page's session.
 */
export async function openEstimator(browser, url, options = {}) {
  const session = await openPage(browser, url, options);
  const { page } = session;
  await page.goto(url);
  const result = page.getByRole('region', { name: 'Your estimate' });
  await result.locator('.figure-headline').getByText('Total for').waitFor();
  // The figures above are prerendered; the calculator answers changes once it has hydrated,
  // which it says on <html>. (What is changed before then is covered by early-input.test.mjs.)
  await page.locator('html.app-ready').waitFor();
  return {
    ...session,
    result,
    method: page.getByLabel('Delivery method'),
    tier: page.getByLabel('Product tier'),
    sessions: page.getByLabel('Number of sessions'),
    lotData: page.getByLabel(/The clinic has shown me test data for this lot/),
  };
}

/**
 * What the browser's own `Intl` writes, evaluated in `page`, for `locale`: an `amount` of
 * `currency` (whole amounts without decimals, as the estimator writes them), or a `date`
 * ("2027-09-06") as the estimator's dates are written. The estimator writes some locales
 * without `Intl` (to start faster); tests hold that text to this.
 */
export function intlText(page, locale, what) {
  return page.evaluate(
    ({ locale, what }) => {
      if (what.amount !== undefined) {
        const whole = Number.isInteger(what.amount);
        const digits = whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
        return new Intl.NumberFormat(locale, { style: 'currency', currency: what.currency, ...digits }).format(what.amount);
      }
      const [year, month, day] = what.date.split('-').map(Number);
      const noon = Date.UTC(year, month - 1, day, 12);
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(noon);
    },
    { locale, what },
  );
}

/**
 * Holds the total of one estimator (inside `scope`: the page, or one widget) to what the
 * browser's own `Intl` writes in `locale`: both ends, each a whole amount of `currency`.
 */
export async function expectTotalAsIntl(page, scope, { locale, currency }) {
  const total = (await scope.locator('section.result .figure-headline .figure-value').textContent()).trim();
  const ends = total.split(' – ');
  assert.equal(ends.length, 2, total);
  for (const end of ends) {
    assert.equal(end, await intlText(page, locale, { amount: Number(end.replace(/\D/g, '')), currency }), `${locale}: ${total}`);
  }
}

/**
 * Holds an amount with cents and a date of one estimator (inside `scope`) to what the browser's
 * own `Intl` writes in `locale`: the quote check repeating `quote` (2,500.50 typed in the
 * locale's own digits), and a date picked in the plan, in September (the month whose
 * abbreviation differs between CLDR versions).
 */
export async function expectCentsAndDateAsIntl(page, scope, { locale, currency, quote }) {
  await scope.locator('section.quote').getByRole('textbox').fill(quote);
  const cents = await intlText(page, locale, { amount: 2500.5, currency });
  await scope.locator('section.quote').filter({ hasText: cents }).waitFor({ state: 'attached' });
  const plan = scope.locator('section.plan');
  await plan.locator('input[type="radio"][value="start"]').check();
  await plan.locator('input[type="date"]').fill('2027-09-06');
  const september = await intlText(page, locale, { date: '2027-09-06' });
  await plan.locator('.timeline-words li').first().filter({ hasText: september }).waitFor({ state: 'attached' });
}

/**
 * Opens the result card's "How each figure was worked out", as a person would, and returns the
 * entry of the figure whose label contains `label`: its value, badge, source and rules.
 */
export async function figureDetail(result, label) {
  const fold = result.locator('details.how-worked-out');
  if (!(await fold.evaluate((details) => details.open))) {
    // Its summary, in whatever language the estimator speaks.
    await fold.locator('summary').first().click();
  }
  return result.locator('.how-figure').filter({ hasText: label });
}

/**
 * An init script (for `context.addInitScript`) that keeps every wasm memory the page creates
 * in `window.__wasmMemories`, so a test or the bench can add up their sizes.
 */
export function recordWasmMemories() {
  window.__wasmMemories = [];
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const result = await instantiate.apply(WebAssembly, args);
    const instance = result.instance ?? result;
    if (instance.exports?.memory) window.__wasmMemories.push(instance.exports.memory);
    return result;
  };
}
