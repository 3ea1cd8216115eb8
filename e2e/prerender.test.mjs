// The page is prerendered at build time and hydrated in the browser: its content is there
// before (and without) the wasm, and hydration changes nothing a person sees.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, policyViolations, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

const visibleText = (page) => page.locator('#app').innerText();

test('without JavaScript the explanations, the default estimate and a note are shown', async () => {
  const { context, page } = await openPage(env.browser, env.server.url, { javaScriptEnabled: false });
  await page.goto(env.server.url);
  const text = await page.locator('body').innerText();
  assert.match(text, /\$2,000 – \$4,000/);
  assert.match(text, /What exosomes are/);
  assert.match(text, /Four questions to ask the clinic/);
  const note = page.getByText('The calculator needs JavaScript to respond to your choices');
  assert.equal(await note.isVisible(), true);
  await context.close();
});

test('before the wasm arrives the page already shows the estimate', async () => {
  const { context, page } = await openPage(env.browser, env.server.url);
  // Holding back the wasm freezes the page as it is before the app starts.
  await context.route('**/*.wasm', () => {});
  await page.goto(env.server.url, { waitUntil: 'domcontentloaded' });
  const total = page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline .figure-value');
  assert.equal((await total.textContent()).trim(), '$2,000 – $4,000');
  assert.equal(await page.getByLabel('Delivery method').inputValue(), 'microneedling');
  await page.getByText('Loading the calculator…').waitFor();
  await context.close();
});

test('hydration keeps the text and the layout, then the controls respond', async () => {
  const withoutScript = await openPage(env.browser, env.server.url, { javaScriptEnabled: false });
  await withoutScript.page.goto(env.server.url);
  const prerendered = await visibleText(withoutScript.page);
  await withoutScript.context.close();

  const session = await openPage(env.browser, env.server.url);
  const { page } = session;
  await page.addInitScript(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.locator('html.app-ready').waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Layout shift is read once the app has taken over and before any input: later changes of
  // the figures move content on purpose.
  const shift = await page.evaluate(() => window.__layoutShift);
  assert.equal(shift, 0, `cumulative layout shift while loading: ${shift}`);
  assert.equal(await visibleText(page), prerendered, 'hydrated text equals the prerendered text');
  assert.equal(await page.getByText('Loading the calculator…').isVisible(), false);
  assert.equal(await page.getByText('The calculator needs JavaScript').isVisible(), false);
  await page.getByLabel('Number of sessions').fill('1');
  await page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('$600 – $1,500').waitFor();
  assert.deepEqual(await policyViolations(page), []);
  assert.deepEqual(session.foreignRequests, []);
  assert.deepEqual(session.pageErrors, []);
  await session.context.close();
});
