// Offline use: the single self-contained file opened from file:// with the network off, and
// the hosted copy served from a sub-path, kept working offline by its service worker.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, serveStatic, typeSessionsWhileStarting, useServerAndBrowser, watchPolicyViolations, policyViolations } from './support.mjs';

const env = useServerAndBrowser();

/** A context that records every request it makes (service-worker fetches included). */
async function recordingContext(options = {}) {
  const context = await env.browser.newContext(options);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await watchPolicyViolations(context);
  const pageErrors = [];
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  return { context, page, requests, pageErrors };
}

const headline = (page) => page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline .figure-value');

async function expectTotal(page, text) {
  await page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText(text).waitFor();
  assert.equal((await headline(page).textContent()).trim(), text);
}

test('the single file works from file:// with no network at all', async () => {
  const file = path.join(distDir(), 'exosome-estimator.html');
  const stat = await fs.stat(file);
  assert.ok(stat.size > 100_000, 'the single file holds the wasm');
  const { context, page, requests, pageErrors } = await recordingContext();
  await context.setOffline(true);
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.locator('html.app-ready').waitFor();
  await page.getByLabel('Delivery method').selectOption({ label: 'Microneedling exosome facial' });
  await page.getByLabel('Product tier').selectOption({ label: 'Not sure' });
  await page.getByLabel('Number of sessions').fill('3');
  await expectTotal(page, '$2,000 – $4,000');
  await page.getByLabel('Delivery method').selectOption({ label: 'Exosome injections' });
  await page.getByRole('region', { name: 'Your estimate' }).locator('.caveat').filter({ hasText: /no exosome product is FDA-approved/ }).first().waitFor();
  await page.getByRole('heading', { name: 'What exosomes are' }).waitFor();
  // Comparing and the plan link work from a file too: the link is the file's address.
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByRole('region', { name: 'Compare scenarios' }).waitFor();
  await page.waitForFunction(() => location.hash.includes('s=injection'));
  assert.match(page.url(), /^file:.*#v1&s=injection/);
  assert.deepEqual(
    requests.filter((request) => request !== url),
    [],
    'the single file requests nothing but itself',
  );
  assert.deepEqual(await policyViolations(page), []);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /default-src 'none'/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('the single file starts as the page does: a count typed while it starts is kept, and a link opens its fold', async () => {
  const file = path.join(distDir(), 'exosome-estimator.html');
  const { context, page, requests, pageErrors } = await recordingContext();
  await context.setOffline(true);
  await typeSessionsWhileStarting(context, 6);
  const url = pathToFileURL(file).href;
  await page.goto(`${url}#regulation`);
  await page.locator('html.app-ready').waitFor();
  assert.equal(await page.evaluate(() => window.__typedDuringStart), 'before hydrating');
  await page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('Total for 6 sessions').waitFor();
  assert.equal(await page.getByLabel('Number of sessions').inputValue(), '6');
  assert.equal(await page.locator('details#regulation').evaluate((details) => details.open), true, 'the link opened its fold');
  assert.deepEqual(requests.filter((request) => !request.startsWith(url)), [], 'the single file requests nothing but itself');
  assert.deepEqual(await policyViolations(page), []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a clinic's own single file shows its prices offline, from file://", async () => {
  const file = path.join(distDir(), 'examples', 'exosome-estimator-seoul-clinic.html');
  const { context, page, requests, pageErrors } = await recordingContext();
  await context.setOffline(true);
  const url = pathToFileURL(file).href;
  await page.goto(url);
  await page.locator('html.app-ready').waitFor();
  await page.getByText('Hanbit Skin Clinic: example clinic, invented prices').first().waitFor();
  await expectTotal(page, '₩800,000 – ₩1,800,000');
  await page.getByLabel('Delivery method').selectOption({ label: 'Exosome injections' });
  await page.getByRole('region', { name: 'Your estimate' }).locator('.caveat').filter({ hasText: /no exosome product is FDA-approved/ }).first().waitFor();
  assert.deepEqual(requests.filter((request) => request !== url), []);
  assert.deepEqual(await policyViolations(page), []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

/** Copies dist/ to a temporary folder the test may change, as a new deploy would. */
async function copyOfDist() {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-dist-'));
  await fs.cp(distDir(), folder, { recursive: true });
  return folder;
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('the hosted copy works from a sub-path, offline after one visit, and updates cleanly', async () => {
  const folder = await copyOfDist();
  const server = await serveStatic(folder, { basePath: '/tools/estimator/' });
  const origin = new URL(server.url).origin;
  const { context, page, requests, pageErrors } = await recordingContext();
  try {
    await page.goto(server.url);
    await expectTotal(page, '$2,000 – $4,000');
    // The worker precaches the build and takes control of this first visit.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const firstCaches = await cacheNames(page);
    assert.equal(firstCaches.length, 1, firstCaches.join(', '));

    await context.setOffline(true);
    await page.reload();
    await page.locator('html.app-ready').waitFor();
    await page.getByLabel('Number of sessions').fill('1');
    await expectTotal(page, '$600 – $1,500');
    await page.getByLabel('Delivery method').selectOption('injection');
    await page.getByRole('region', { name: 'Your estimate' }).locator('.caveat').filter({ hasText: /grey zone of the rules/ }).first().waitFor();

    // A new deploy: a changed service worker. The page offers the update; nothing reloads
    // until the person asks, and then the old cache is gone.
    await context.setOffline(false);
    const workerFile = path.join(folder, 'sw.js');
    const worker = await fs.readFile(workerFile, 'utf8');
    const nextWorker = worker.replace(/const VERSION = PREFIX \+ '[0-9a-f]+';/, "const VERSION = PREFIX + 'next-build';");
    assert.notEqual(nextWorker, worker, 'the test changed the worker');
    await fs.writeFile(workerFile, nextWorker);
    await page.reload();
    const update = page.getByRole('button', { name: 'Reload to update' });
    await update.waitFor();
    await page.getByText('A newer version of the estimator is ready.').waitFor();
    await Promise.all([page.waitForEvent('load'), update.click()]);
    await page.waitForFunction(async () => (await caches.keys()).join() === 'exosome-estimator-en-next-build');
    assert.deepEqual(await cacheNames(page), ['exosome-estimator-en-next-build']);

    assert.deepEqual(await policyViolations(page), []);
    const foreign = requests.filter((request) => !request.startsWith(origin));
    assert.deepEqual(foreign, [], 'no request leaves for another origin');
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
    await server.close();
    await fs.rm(folder, { recursive: true, force: true });
  }
});

test("the service worker answers only for the estimator's own addresses, online and offline", async () => {
  const folder = await copyOfDist();
  // A clinic's own pages beside the estimator, inside the worker's scope.
  await fs.mkdir(path.join(folder, 'book'));
  await fs.writeFile(path.join(folder, 'book', 'index.html'), '<!doctype html><title>Book</title><h1>Book with us</h1>');
  await fs.writeFile(path.join(folder, 'contact.html'), '<!doctype html><title>Contact</title><h1>Contact the clinic</h1>');
  const server = await serveStatic(folder, { basePath: '/tools/estimator/' });
  const { context, page, pageErrors } = await recordingContext();
  try {
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const estimatorTitle = await page.title();

    // Online, every neighbour is itself, with its own status, though the worker controls
    // the scope.
    const neighbours = [
      ['book/', 'Book'],
      ['contact.html', 'Contact'],
      ['examples/clinic.html', 'Example clinic page with embedded exosome cost estimators'],
      ['widget/embed.html', 'Exosome treatment cost estimator'],
    ];
    for (const [address, title] of neighbours) {
      const response = await page.goto(server.url + address);
      assert.equal(response.status(), 200, address);
      assert.equal(await page.title(), title, `${address} is its own page`);
      assert.equal(await page.locator('#calculator').count(), 0, `${address} is not the estimator page`);
    }
    for (const single of ['exosome-estimator.html', 'examples/exosome-estimator-seoul-clinic.html']) {
      await page.goto(server.url + single);
      assert.equal(
        await page.locator('meta[http-equiv="Content-Security-Policy"]').count(),
        1,
        `${single} is the single file, not the cached page`,
      );
    }
    const missing = await page.goto(server.url + 'no-such-page.html');
    assert.equal(missing.status(), 404, 'a missing page stays a 404');

    // Offline, the estimator's own addresses still open; a neighbour fails as it would with
    // no worker, rather than turning into the estimator.
    await context.setOffline(true);
    for (const own of ['', 'index.html', '?from=newsletter']) {
      await page.goto(server.url + own);
      assert.equal(await page.title(), estimatorTitle, `offline ${own || '/'}`);
      await page.locator('html.app-ready').waitFor();
    }
    await assert.rejects(page.goto(server.url + 'contact.html'), /ERR_INTERNET_DISCONNECTED/);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
    await server.close();
    await fs.rm(folder, { recursive: true, force: true });
  }
});

test('every asset address in the hosted copy is relative', async () => {
  const index = await fs.readFile(path.join(distDir(), 'index.html'), 'utf8');
  const addresses = [...index.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]);
  assert.ok(addresses.length > 5, addresses.join(', '));
  const absolute = addresses.filter(
    (address) => address.startsWith('/') && !address.startsWith('//') === true,
  );
  assert.deepEqual(absolute, [], 'no address starts with /');
  const manifest = JSON.parse(await fs.readFile(path.join(distDir(), 'manifest.webmanifest'), 'utf8'));
  const sizes = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`);
  for (const expected of ['192x192 any', '512x512 any', '512x512 maskable']) {
    assert.ok(sizes.includes(expected), `${expected} in ${sizes.join(', ')}`);
  }
});
