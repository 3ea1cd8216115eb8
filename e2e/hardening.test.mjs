// What an adversarial pass over the built dist/ found, each as the test that failed before its
// fix: the headers under both ways hosts merge rules, the single files served with those
// headers, and the test server's own path check.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {
  recordWasmMemories,
  distDir,
  launchBrowser,
  openPage,
  policyViolations,
  readHeaderRules,
  rulesMatching,
  serveStatic,
} from './support.mjs';
import { before, after } from 'node:test';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Every file of dist/ as the path a host sees, plus the folder address of each page. */
async function servedPaths(root) {
  const paths = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === '_headers') continue;
    const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    paths.push(`/${relative}`);
    if (entry.name === 'index.html') paths.push(`/${relative.slice(0, -'index.html'.length)}`);
  }
  return paths;
}

test('exactly one header rule matches each file, so hosts that join rules and hosts that let the last win agree', async () => {
  const rules = await readHeaderRules(distDir());
  const paths = await servedPaths(distDir());
  assert.ok(paths.length > 20, paths.join(', '));
  for (const pathname of paths) {
    const matching = rulesMatching(rules, pathname);
    assert.equal(matching.length, 1, `${pathname} matches ${matching.map((rule) => rule.pattern).join(', ') || 'no rule'}`);
  }
  const policyOf = (pathname) => rulesMatching(rules, pathname)[0].headers['content-security-policy'];
  assert.match(policyOf('/'), /frame-ancestors 'none'/);
  for (const embed of ['/embed.html', '/widget/embed.html']) {
    assert.match(policyOf(embed), /frame-ancestors \*/, embed);
    assert.doesNotMatch(policyOf(embed), /frame-ancestors 'none'/, embed);
  }
  assert.match(policyOf('/exosome-estimator.html'), /default-src 'none'/);
});

for (const headerReading of ['join', 'last-wins']) {
  test(`the single files work when served with the build's own headers (${headerReading})`, async () => {
    const server = await serveStatic(distDir(), { headerReading });
    const origin = new URL(server.url).origin;
    try {
      const cases = [
        { file: 'exosome-estimator.html', sessions: '3', total: '$2,000 – $4,000' },
        { file: 'examples/exosome-estimator-seoul-clinic.html', sessions: null, total: '₩800,000 – ₩1,800,000' },
      ];
      for (const { file, sessions, total } of cases) {
        const { context, page, foreignRequests, pageErrors } = await openPage(browser, origin);
        const response = await page.goto(server.url + file);
        assert.match(response.headers()['content-security-policy'], /default-src 'none'/, file);
        await page.locator('html.app-ready').waitFor();
        if (sessions) await page.getByLabel('Number of sessions').fill(sessions);
        await page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').getByText(total).waitFor();
        // The inlined stylesheet applied (a blocked one leaves the browser's default font).
        const styled = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        assert.match(styled, /^system-ui,/, `${file} is styled`);
        assert.deepEqual(await policyViolations(page), [], file);
        assert.deepEqual(foreignRequests, []);
        assert.deepEqual(pageErrors, []);
        await context.close();
      }
    } finally {
      await server.close();
    }
  });
}

/** A raw GET, so that the path reaches the server exactly as written. */
function rawGet(url, pathname) {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: pathname }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      })
      .on('error', reject);
  });
}

test("the test server never serves a sibling folder whose name starts with its root's", async () => {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-root-'));
  const root = path.join(parent, 'dist');
  await fs.mkdir(root);
  await fs.mkdir(path.join(parent, 'dist-private'));
  await fs.writeFile(path.join(root, 'index.html'), 'public');
  await fs.writeFile(path.join(parent, 'dist-private', 'secret.txt'), 'secret');
  const server = await serveStatic(root);
  try {
    assert.equal(await rawGet(server.url, '/index.html'), 200);
    assert.equal(await rawGet(server.url, '/..%2fdist-private%2fsecret.txt'), 403);
  } finally {
    await server.close();
    await fs.rm(parent, { recursive: true, force: true });
  }
});

/** Opens a page of dist/ on a fresh server; `extraHeaders` maps a path to headers it adds. */
async function openOn(pathname, { extraHeaders = {}, serverOptions = {}, initScript } = {}) {
  const server = await serveStatic(distDir(), { extraHeaders, ...serverOptions });
  const session = await openPage(browser, new URL(server.url).origin);
  if (initScript) await session.context.addInitScript(initScript);
  const requests = [];
  session.page.on('request', (request) => requests.push(request.url()));
  await session.page.goto(server.url + pathname);
  return {
    ...session,
    server,
    requests,
    async close() {
      await session.context.close();
      await server.close();
    },
  };
}

/** Mounts an <exosome-estimator> with the given inner HTML and returns what its box says. */
async function widgetText(page, innerHTML, { after = '' } = {}) {
  await page.evaluate(
    ({ innerHTML, after }) => {
      const holder = document.createElement('div');
      holder.id = 'shape-under-test';
      holder.innerHTML = `<exosome-estimator>${innerHTML}</exosome-estimator>${after}`;
      document.body.append(holder);
    },
    { innerHTML, after },
  );
  const settled = () => {
    const shadow = document.querySelector('#shape-under-test exosome-estimator').shadowRoot;
    const box = shadow?.querySelector('[role="alert"]') ?? shadow?.querySelector('.result .figure-headline .figure-value');
    return box ? box.textContent.trim() : null;
  };
  const text = await (await page.waitForFunction(settled)).jsonValue();
  await page.evaluate(() => document.getElementById('shape-under-test').remove());
  return text;
}

/** Waits until `selector` is inside the shadow root of the element `hostSelector`. */
async function inShadow(page, hostSelector, selector) {
  const handle = await page.waitForFunction(
    ({ hostSelector, selector }) => document.querySelector(hostSelector)?.shadowRoot?.querySelector(selector)?.textContent,
    { hostSelector, selector },
  );
  return handle.jsonValue();
}

// A clinic with the published book, in German number format ("2.000 $").
const CLINIC = JSON.stringify({ clinic: { name: 'Hardening Test Clinic' }, locale: 'de-DE', language: 'en' });

test('a configuration is read however its script type is spelled, and one that is not read says so', async () => {
  const session = await openOn('examples/clinic.html');
  try {
    const { page } = session;
    await page.locator('#estimator-berlin').getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).waitFor();
    // The published figures in euro format: the configuration was read.
    for (const type of ['application/json; charset=utf-8', 'Application/JSON', ' application/json']) {
      const text = await widgetText(page, `<script type="${type}">${CLINIC}</script>`);
      assert.match(text.replace(/\s/g, ' '), /^2\.000 \$ – 4\.000 \$$/, `${type}: ${text}`);
      assert.doesNotMatch(text, /not set up correctly/, type);
    }
    const shapes = [
      ['JSON in a <div>', `<div>${CLINIC}</div>`, {}, /looks like a configuration, but not in a script/],
      ['plain text', CLINIC, {}, /looks like a configuration, but not in a script/],
      ['a nested script', `<div><script type="application/json">${CLINIC}</script></div>`, {}, /inside another element/],
      ['another type', `<script type="text/json">${CLINIC}</script>`, {}, /its type is "text\/json"/],
      ['the script after the element', '', { after: `<script type="application/json">${CLINIC}</script>` }, /follows the element/],
    ];
    for (const [name, inner, options, expected] of shapes) {
      const text = await widgetText(page, inner, options);
      assert.match(text, /not set up correctly/, `${name}: ${text}`);
      assert.match(text, expected, name);
    }
  } finally {
    await session.close();
  }
});

test('update() with undefined, a function or a Symbol shows an error, never the published figures', async () => {
  const session = await openOn('examples/clinic.html');
  try {
    const { page } = session;
    await page.evaluate(async () => {
      const element = document.createElement('div');
      element.id = 'updated';
      document.body.append(element);
      window.updatedWidget = await window.ExosomeEstimator.mount(element, { clinic: { name: 'Update Clinic' } });
    });
    await inShadow(page, '#updated', '.figure-headline .figure-value');
    const results = {};
    for (const name of ['undefined', 'a function', 'a Symbol']) {
      await page.evaluate((name) => {
        const value = { undefined, 'a function': () => 1, 'a Symbol': Symbol('x') }[name];
        window.updatedWidget.update(value);
      }, name);
      const alert = await page.waitForFunction(
        (name) => {
          const text = document.querySelector('#updated').shadowRoot.querySelector('[role="alert"]')?.textContent;
          return text?.includes(`was given ${name}`) && text;
        },
        name,
      );
      results[name] = await alert.jsonValue();
    }
    await page.evaluate(() => {
      const element = document.createElement('div');
      element.id = 'mounted-with-null';
      document.body.append(element);
      return window.ExosomeEstimator.mount(element, null);
    });
    results.null = await inShadow(page, '#mounted-with-null', '[role="alert"]');
    for (const [name, text] of Object.entries(results)) {
      assert.match(text, new RegExp(`was given ${name}`), `${name}: ${text}`);
    }
  } finally {
    await session.close();
  }
});

test('a config address is checked where it really leads, after <base href>', async () => {
  // A clinic's page with a <base> pointing at another site (this build's own pages forbid
  // <base> altogether).
  const policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'";
  const session = await openOn('examples/clinic.html', {
    extraHeaders: { '/examples/clinic.html': { 'content-security-policy': policy } },
  });
  try {
    const { page, requests } = session;
    await page.evaluate(() => {
      const base = document.createElement('base');
      base.href = 'https://elsewhere.example/prices/';
      document.head.prepend(base);
      const element = document.createElement('exosome-estimator');
      element.id = 'based';
      element.setAttribute('config', 'seoul-clinic.json');
      document.body.append(element);
    });
    const text = await inShadow(page, '#based', '[role="alert"]');
    assert.match(text, /resolves to "https:\/\/elsewhere\.example\/prices\/seoul-clinic\.json"/);
    assert.ok(!requests.some((url) => url.includes('elsewhere')), 'nothing was requested from the other site');
  } finally {
    await session.close();
  }
});

test('a host page whose policy forbids WebAssembly gets a plain message in each widget, not an empty box', async () => {
  const policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; frame-src 'self'";
  const session = await openOn('examples/clinic.html', {
    extraHeaders: { '/examples/clinic.html': { 'content-security-policy': policy } },
  });
  try {
    const { page, pageErrors } = session;
    const alert = page.locator('#estimator-berlin').getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /does not allow WebAssembly.*'wasm-unsafe-eval'/);
    assert.ok(pageErrors.some((error) => /wasm-unsafe-eval/.test(error)), pageErrors.join('\n'));
  } finally {
    await session.close();
  }
});


test('a thousand mounts and destroys reuse one wasm instance, and the next widget still works', async () => {
  const session = await openOn('examples/clinic.html', { initScript: recordWasmMemories });
  try {
    const { page, requests } = session;
    await page.locator('#estimator-berlin').getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).waitFor();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
    };
    const glueRequests = () => requests.filter((url) => url.includes('?instance=')).length;
    const instancesBefore = glueRequests();
    const wasmBytes = () => page.evaluate(() => window.__wasmMemories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0));
    const heapBefore = await heap();
    const wasmBefore = await wasmBytes();
    const cycles = 1000;
    await page.evaluate(async (cycles) => {
      const element = document.createElement('div');
      document.body.append(element);
      for (let cycle = 0; cycle < cycles; cycle += 1) {
        const widget = await window.ExosomeEstimator.mount(element, { locale: 'de-DE', language: 'en' });
        widget.destroy();
      }
      element.id = 'after-cycles';
      window.lastWidget = await window.ExosomeEstimator.mount(element, { locale: 'de-DE', language: 'en' });
    }, cycles);
    const total = await inShadow(page, '#after-cycles', '.figure-headline .figure-value');
    const heapAfter = await heap();
    const wasmAfter = await wasmBytes();
    const newInstances = glueRequests() - instancesBefore;
    const mb = (bytes) => (bytes / 1e6).toFixed(1);
    console.log(
      `widget memory: ${cycles} mount/destroy cycles, ${newInstances} new wasm instance(s); JS heap ${mb(heapBefore)} MB before, ${mb(heapAfter)} MB after; wasm memory ${mb(wasmBefore)} MB before, ${mb(wasmAfter)} MB after`,
    );
    assert.ok(wasmAfter <= wasmBefore + 4e6, `wasm memory grew from ${wasmBefore} to ${wasmAfter}`);
    assert.match(total.replace(/\s/g, ' '), /^2\.000 \$ – 4\.000 \$$/);
    assert.ok(newInstances <= 1, `${newInstances} instances for ${cycles} sequential widgets`);
    assert.ok(heapAfter < heapBefore + 20e6, `JS heap grew from ${heapBefore} to ${heapAfter}`);
  } finally {
    await session.close();
  }
});

test('a framed or linked configuration says who supplied it, naming the framing site', async () => {
  const estimator = await serveStatic(distDir());
  // A second origin (another port) that frames the estimator's iframe page with a made-up clinic.
  const framing = http.createServer((request, response) => {
    const config = encodeURIComponent(
      JSON.stringify({ clinic: { name: 'Official Clinic (official)', booking_url: 'https://phish.example/book' } }),
    );
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Framing</title><iframe id="f" title="estimator" src="${estimator.url}embed.html#config=${config}"></iframe>`);
  });
  await new Promise((resolve) => framing.listen(0, '127.0.0.1', resolve));
  const framingOrigin = `http://127.0.0.1:${framing.address().port}`;
  const { context, page } = await openPage(browser, 'http://127.0.0.1:');
  try {
    await page.goto(`${framingOrigin}/`);
    const frame = page.frameLocator('#f');
    const note = frame.getByRole('note');
    await note.waitFor();
    assert.match(await note.textContent(), new RegExp(`supplied by ${framingOrigin.replace(/[.:/]/g, '\\$&')}, the website showing it`));
    // Opened directly, as a link, it says the configuration came with the link.
    const config = encodeURIComponent(JSON.stringify({ clinic: { name: 'Linked Clinic' } }));
    await page.goto(`${estimator.url}embed.html#config=${config}`);
    await page.getByRole('note').getByText('came with the link you opened').waitFor();
    // Without a configuration it is the estimator's own published figures: no such note.
    await page.goto(`${estimator.url}embed.html`);
    await page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
    assert.equal(await page.getByRole('note').count(), 0);
  } finally {
    await context.close();
    await estimator.close();
    await new Promise((resolve) => framing.close(resolve));
  }
});

test('a page that arrives in two parts still gives the widget the configuration inside it', async () => {
  // The first part ends right after the element's opening tag; the second, with the
  // configuration, is sent only once the widget has connected and either rendered (the bug:
  // the published figures) or marked itself busy waiting for the rest of the page.
  let sendRest;
  const restRequested = new Promise((resolve) => {
    sendRest = resolve;
  });
  const handlers = {
    '/streamed.html': async (request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.write(`<!doctype html><html lang="en"><head><title>Streamed</title>
<script type="module" async src="exosome-estimator.js"></script>
<script type="module" async>
  await customElements.whenDefined('exosome-estimator');
  const element = document.getElementById('streamed');
  const connected = () => element.hasAttribute('aria-busy') || element.shadowRoot?.querySelector('.widget, [role="alert"]');
  await new Promise((resolve) => {
    if (connected()) return resolve();
    const observer = new MutationObserver(() => connected() && (observer.disconnect(), resolve()));
    observer.observe(element, { attributes: true });
    if (element.shadowRoot) observer.observe(element.shadowRoot, { childList: true, subtree: true });
    else customElements.whenDefined('exosome-estimator').then(() => element.shadowRoot && observer.observe(element.shadowRoot, { childList: true, subtree: true }));
  });
  fetch('continue');
</script></head><body><exosome-estimator id="streamed">`);
      await restRequested;
      response.end(`<script type="application/json">${CLINIC}</script></exosome-estimator></body></html>`);
    },
    '/continue': (request, response) => {
      sendRest();
      response.writeHead(204).end();
    },
  };
  const server = await serveStatic(distDir(), { handlers });
  const { context, page, pageErrors } = await openPage(browser, new URL(server.url).origin);
  try {
    await page.goto(`${server.url}streamed.html`);
    const widget = page.locator('#streamed');
    await widget.getByText('Hardening Test Clinic').waitFor();
    const total = await widget.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline .figure-value').textContent();
    assert.match(total.replace(/\s/g, ' '), /^2\.000 \$ – 4\.000 \$$/);
    assert.equal(await widget.getAttribute('aria-busy'), null);
    assert.deepEqual(pageErrors, []);
  } finally {
    await context.close();
    await server.close();
  }
});
