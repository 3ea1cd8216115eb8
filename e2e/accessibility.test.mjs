// Accessibility (WCAG 2.2 AA) in real Chromium: axe-core in every state a person can reach,
// reflow at 320 px and at 200 % zoom, and targets of at least 24 × 24 px.

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import { openPage, useServerAndBrowser } from './support.mjs';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const env = useServerAndBrowser();
const rulesChecked = new Set();
let statesScanned = 0;

after(() => {
  console.log(`axe: ${rulesChecked.size} rules checked over ${statesScanned} states`);
});

/**
 * Runs axe on the page and fails with every violation, each with its rule, its help text and
 * the elements concerned. axe is injected as an inline script, which the page's own
 * Content-Security-Policy forbids, so these contexts bypass it (other tests check the policy).
 */
async function expectNoViolations(page, state, include = null) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    ([tags, selectors]) =>
      window.axe.run(selectors ? { include: selectors.map((selector) => [selector]) } : document, {
        runOnly: { type: 'tag', values: tags },
      }),
    [AXE_TAGS, include],
  );
  for (const group of [results.passes, results.violations, results.incomplete, results.inapplicable]) {
    for (const rule of group) rulesChecked.add(rule.id);
  }
  statesScanned += 1;
  const described = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(described, [], `axe violations in state "${state}"`);
}

async function openEstimator(options = {}) {
  const session = await openPage(env.browser, env.server.url, { bypassCSP: true, ...options });
  await session.page.goto(env.server.url);
  await session.page.locator('html.app-ready').waitFor();
  return session;
}

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violation in any calculator state (${colorScheme} mode)`, async () => {
    const { context, page } = await openEstimator({ colorScheme });
    await expectNoViolations(page, `${colorScheme}: first load`);
    const method = page.getByLabel('Delivery method');
    for (const choice of await method.locator('option').evaluateAll((options) => options.map((o) => o.value))) {
      await method.selectOption(choice);
      await page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.summary').waitFor();
      await expectNoViolations(page, `${colorScheme}: ${choice}`);
    }
    await page.getByLabel('Number of sessions').fill('abc');
    await page.locator('.error').waitFor();
    await expectNoViolations(page, `${colorScheme}: bad session value`);
    await page.locator('.faq details').first().evaluate((details) => {
      details.open = true;
    });
    await expectNoViolations(page, `${colorScheme}: an FAQ answer open`);
    // Every fold open: the card's sources, the caveats' explanations, what a price may leave
    // out, the questions' reasons, financing, the plan in words and the explanations.
    await page.getByLabel('Number of sessions').fill('3');
    for (const choice of ['injection', 'microneedling']) {
      await method.selectOption(choice);
      await page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
      const opened = await page.evaluate(() => {
        const folds = [...document.querySelectorAll('details')];
        for (const fold of folds) fold.open = true;
        return folds.length;
      });
      assert.ok(opened >= 15, `${opened} disclosures opened`);
      await expectNoViolations(page, `${colorScheme}: ${choice}, every disclosure open`);
    }
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violation in the embedded widgets, working and broken (${colorScheme} mode)`, async () => {
    const session = await openPage(env.browser, env.server.url, { bypassCSP: true, colorScheme });
    const { context, page } = session;
    await page.goto(new URL('examples/clinic.html', env.server.url).href);
    for (const id of ['estimator-berlin', 'estimator-seoul']) {
      // The Seoul widget is lazy: it starts once scrolled near.
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      await page.locator(`#${id}`).getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
    }
    // Only the widgets: the example host page is deliberately badly styled.
    const widgets = ['#estimator-berlin', '#estimator-seoul'];
    await expectNoViolations(page, `${colorScheme}: widgets`, widgets);
    await page.locator('#estimator-seoul').getByLabel('Delivery method').selectOption('injection');
    await expectNoViolations(page, `${colorScheme}: widget with injection`, widgets);
    // The broken configuration has a page of its own.
    await page.goto(new URL('examples/misconfigured.html', env.server.url).href);
    await page.locator('#estimator-broken').getByRole('alert').waitFor();
    await expectNoViolations(page, `${colorScheme}: broken widget`, ['#estimator-broken']);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violation in the planner: tabs, comparison, timeline list and chart, dates, quote (${colorScheme} mode)`, async () => {
    for (const viewport of [{ width: 360, height: 780 }, { width: 1280, height: 900 }]) {
      const { context, page } = await openEstimator({ colorScheme, viewport });
      const add = page.getByRole('button', { name: 'Add scenario' });
      await add.click();
      await page.getByLabel('Delivery method').selectOption('scalp');
      await add.click();
      await page.getByLabel('Number of sessions').fill('abc');
      await page.getByRole('region', { name: 'Compare scenarios' }).getByRole('table').waitFor();
      await page.getByLabel('Start on a date').check();
      await expectNoViolations(page, `${colorScheme} ${viewport.width}px: three scenarios, an empty date field`);
      await page.getByLabel('First session on').focus();
      await page.keyboard.press('Shift+Tab');
      await page.locator('.date-field .error').waitFor();
      await page.getByRole('button', { name: /^Scenario 1/ }).click();
      await page.getByLabel('First session on').fill('2027-03-01');
      await page.getByLabel('Quoted price').fill('2500');
      await page.locator('.quote-result').waitFor();
      for (const details of await page.locator('.compare-sources, .timeline-sources').all()) {
        await details.evaluate((element) => {
          element.open = true;
        });
      }
      await expectNoViolations(page, `${colorScheme} ${viewport.width}px: dated, quoted, sources open`);
      await context.close();
    }
  });
}

test('reflows at 320 px and at 200 % zoom without sideways scrolling or clipped text', async () => {
  // 200 % zoom of a 1280 px window lays the page out in 640 CSS px; 320 px is WCAG's reflow width.
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 640, height: 400, deviceScaleFactor: 2 },
  ]) {
    const { context, page } = await openEstimator({ viewport });
    for (const choice of ['microneedling', 'injection', 'fractional-laser', 'scalp']) {
      await page.getByLabel('Delivery method').selectOption(choice);
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        clipped: [...document.querySelectorAll('#app *')]
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .filter((element) => getComputedStyle(element).overflowX === 'hidden')
          .map((element) => element.className || element.tagName),
      }));
      assert.equal(overflow.page, 0, `${viewport.width}px ${choice}: scrolls sideways`);
      assert.deepEqual(overflow.clipped, [], `${viewport.width}px ${choice}: clipped content`);
    }
    await context.close();
  }
});

test('every control is at least 24 × 24 px', async () => {
  const { context, page } = await openEstimator({ viewport: { width: 360, height: 800 } });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, input, summary, [role="button"]')]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({ element, box }) => `${element.tagName} ${element.textContent.trim()} ${box.width}×${box.height}`),
  );
  assert.deepEqual(small, []);
  await context.close();
});

test('the live region is one short polite status that updates once per change, outside the card', async () => {
  const { context, page } = await openEstimator();
  const regions = page.getByRole('status');
  assert.equal(await regions.count(), 1);
  assert.equal(await regions.getAttribute('aria-live'), 'polite');
  assert.equal(await regions.getAttribute('aria-atomic'), 'true');
  // The full card is read at the reader's pace: it is not live, nor inside anything live.
  const card = page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ });
  assert.equal(await card.evaluate((element) => element.closest('[aria-live]')), null);
  // Count the mutations a screen reader would hear: one change of the session count should
  // replace the answer once, not rebuild it node by node over several frames.
  await page.evaluate(() => {
    window.__statusRenders = 0;
    const region = document.querySelector('[role="status"]');
    new MutationObserver(() => {
      window.__statusRenders += 1;
    }).observe(region, { subtree: true, childList: true, characterData: true });
  });
  await page.getByLabel('Number of sessions').fill('2');
  await regions.getByText('2 sessions · $1,200 – $3,000 · 24–48 hours downtime each').waitFor();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const batches = await page.evaluate(() => window.__statusRenders);
  assert.equal(batches, 1, `the region changed in ${batches} separate batches`);
  // What is announced is one short line, not the card with its caveats and schedule.
  const announced = (await regions.textContent()).trim();
  assert.ok(announced.length < 80, `the announcement is ${announced.length} characters: ${announced}`);
  await context.close();
});
