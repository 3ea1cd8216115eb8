// The hostile-input corpus (e2e/hostile/payloads.json): every payload in every string field of
// a clinic configuration, in every part of a plan link, and in every field a person types
// into. Nothing may run (window.__executed stays unset), no markup from the input may become
// an element or a script link, and nothing may leave the machine. Prints its counts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openPage, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

const corpus = JSON.parse(await fs.readFile(path.join(import.meta.dirname, 'hostile', 'payloads.json'), 'utf8'));
const PAYLOADS = [...corpus.payloads, ...corpus.long_payload_lengths.map((length) => '<b>'.repeat(length / 3))];

/** The paths of every string in a JSON value, as arrays of keys and indices. */
function stringPaths(value, at = []) {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...at, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...at, key]));
  return [];
}

function withValue(value, at, replacement) {
  const copy = structuredClone(value);
  let parent = copy;
  for (const key of at.slice(0, -1)) parent = parent[key];
  parent[at.at(-1)] = replacement;
  return copy;
}

/** In the page: anything the input turned into live markup or a script link. */
function injectedIn(root) {
  const found = [];
  for (const element of root.querySelectorAll('[onerror], [onload], [srcdoc], script, iframe, object, embed')) {
    found.push(element.outerHTML.slice(0, 120));
  }
  for (const link of root.querySelectorAll('a[href]')) {
    if (/^\s*(javascript|data|vbscript):/i.test(link.getAttribute('href'))) found.push(link.outerHTML.slice(0, 120));
  }
  return found;
}

function summary(name, counts) {
  return `hostile corpus, ${name}: ${counts.tried} tried, ${counts.refused} refused, ${counts.executed} executed`;
}

/** After one try on the page: was it refused, did anything run, did markup get in. */
async function recordTry(page, counts, injected, refusedSelector) {
  counts.tried += 1;
  if ((await page.locator(refusedSelector).count()) > 0) counts.refused += 1;
  counts.executed += await page.evaluate(() => window.__executed ?? 0);
  injected.push(...(await page.evaluate(`(${injectedIn})(document.getElementById('app'))`)));
}

/** What every page-level corpus must end with, after printing its counts. */
async function expectNothingRan(name, counts, injected, { context, foreignRequests, pageErrors }) {
  console.log(summary(name, counts));
  assert.equal(counts.executed, 0);
  assert.deepEqual(injected, []);
  assert.ok(counts.refused > 0);
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(pageErrors, []);
  await context.close();
}

test('hostile clinic configurations: none runs, none injects markup', async () => {
  const base = JSON.parse(await fs.readFile(path.join(import.meta.dirname, '..', 'examples', 'seoul-clinic.json'), 'utf8'));
  const configs = stringPaths(base).flatMap((at) => PAYLOADS.map((payload) => withValue(base, at, payload)));
  const { context, page, foreignRequests, pageErrors } = await openPage(env.browser, env.server.url);
  await page.goto(new URL('examples/clinic.html', env.server.url).href);
  await page.locator('#estimator-berlin').getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).waitFor();
  const counts = await page.evaluate(
    async ({ configs, injectedInSource }) => {
      const injectedIn = new Function(`return (${injectedInSource})`)();
      const element = document.createElement('div');
      document.body.append(element);
      const widget = await window.ExosomeEstimator.mount(element, configs[0]);
      // The next task: Yew renders an update in a microtask, so by then it is on screen.
      const nextTask = () => new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      });
      const result = { tried: 0, refused: 0, executed: 0, injected: [] };
      for (const config of configs) {
        widget.update(config);
        await nextTask();
        result.tried += 1;
        if (element.shadowRoot.querySelector('[role="alert"]')) result.refused += 1;
        result.injected.push(...injectedIn(element.shadowRoot));
      }
      result.executed = window.__executed ?? 0;
      widget.destroy();
      return result;
    },
    { configs, injectedInSource: injectedIn.toString() },
  );
  console.log(summary('clinic configurations', counts));
  assert.equal(counts.tried, configs.length);
  assert.ok(counts.refused > 0 && counts.refused < counts.tried, 'some payloads are refused and some shown as text');
  assert.equal(counts.executed, 0);
  assert.deepEqual(counts.injected, []);
  assert.deepEqual(foreignRequests, []);
  // The only console errors are the refused configurations' reports.
  assert.ok(pageErrors.every((error) => /configuration cannot be used/.test(error)), pageErrors.find((error) => !/configuration cannot be used/.test(error)));
  await context.close();
});

test('hostile plan links: none runs, none injects markup, the page keeps working', async () => {
  const slots = [
    (payload) => `v1&s=${payload}.not-sure.3`,
    (payload) => `v1&s=microneedling.${payload}.3`,
    (payload) => `v1&s=microneedling.not-sure.${payload}`,
    (payload) => `v1&s=microneedling.not-sure.3&q=${payload}&share=1`,
    (payload) => `v1&s=microneedling.not-sure.3&start=${payload}`,
  ];
  // The long payloads would only repeat the size test of the planner's own tests.
  const fragments = slots.flatMap((slot) => corpus.payloads.map((payload) => slot(encodeURIComponent(payload))));
  const session = await openPage(env.browser, env.server.url);
  const { page } = session;
  const counts = { tried: 0, refused: 0, executed: 0 };
  const injected = [];
  for (const [index, fragment] of fragments.entries()) {
    // A new query each time makes a full load, so the link is restored as on opening.
    await page.goto(`${env.server.url}?corpus=${index}#${fragment}`);
    await page.locator('html.app-ready').waitFor();
    // A figure, or the message for a session count the link got wrong.
    await page.locator('#app .figure-headline .figure-value, #app .controls .error').first().waitFor();
    await recordTry(page, counts, injected, '.notices');
  }
  await expectNothingRan('plan links', counts, injected, session);
});

test('hostile typing in every field: none runs, each bad value gets its message', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { page } = session;
  await page.goto(env.server.url);
  await page.locator('html.app-ready').waitFor();
  // Each field, where its error shows, and the good value it is left with for the next.
  const fields = [
    ['Number of sessions', '#app .controls .error', '3'],
    ['Quoted price', '#app .quote .error', ''],
  ];
  const counts = { tried: 0, refused: 0, executed: 0 };
  const injected = [];
  for (const [label, errorSelector, goodValue] of fields) {
    for (const payload of PAYLOADS) {
      await page.getByLabel(label).fill(payload);
      await recordTry(page, counts, injected, errorSelector);
    }
    await page.getByLabel(label).fill(goodValue);
  }
  await expectNothingRan('typed fields', counts, injected, session);
});
