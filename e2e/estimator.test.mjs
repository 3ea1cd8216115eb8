// The page as a person uses it, in real headless Chromium against the release build in dist/:
// choose with the labelled controls, read the figures in the result region.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { policyViolations, useServerAndBrowser, openEstimator as openSharedEstimator, figureDetail } from './support.mjs';

const env = useServerAndBrowser();

/** The estimator page on this file's server (see `openEstimator` in support.mjs). */
const openEstimator = (options) => openSharedEstimator(env.browser, env.server.url, options);

/**
 * Asserts that the figure whose label contains `label` shows exactly `value`. Rendering after an
 * input is asynchronous, so it first waits (briefly) for the value, then asserts on what is
 * there, so a failure names the value actually shown.
 */
async function expectFigure(result, label, value) {
  const shown = result.locator('.figure').filter({ hasText: label }).locator('.figure-value');
  const exact = new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await shown.filter({ hasText: exact }).waitFor({ timeout: 5000 }).catch(() => {});
  assert.equal((await shown.textContent()).trim(), value, label);
}

async function closeCleanly(session) {
  assert.deepEqual(await policyViolations(session.page), [], 'no Content-Security-Policy violation');
  assert.deepEqual(session.foreignRequests, [], 'no request may leave for another origin');
  assert.deepEqual(session.pageErrors, [], 'no error in the page');
  await session.context.close();
}

test('first load shows the published series price for microneedling with its source', async () => {
  const session = await openEstimator();
  const { result, method, tier, sessions } = session;
  assert.equal(await method.inputValue(), 'microneedling');
  assert.equal(await tier.inputValue(), 'not-sure');
  assert.equal(await sessions.inputValue(), '3');
  await expectFigure(result, 'Total for 3 sessions', '$2,000 – $4,000');
  const total = result.locator('.figure').filter({ hasText: 'Total for' });
  await total.getByText('From the published source', { exact: true }).waitFor();
  // The card names its source once; each figure's own source is one tap away.
  await result.getByText(/^Figures from: RegenClinics\.org/).waitFor();
  await (await figureDetail(result, 'Total for')).getByText(/Source: RegenClinics\.org/).waitFor();
  await expectFigure(result, 'Per session', '$667 – $1,333');
  await expectFigure(result, 'Downtime after each session', '24–48 hours');
  await expectFigure(result, 'Downtime over 3 sessions', '72–144 hours (3–6 days)');
  await expectFigure(result, 'Results may keep developing until', 'Week 12–14: 4–6 weeks after the last session');
  await result.getByText('Source figures from 2026').waitFor();
  await result.getByText('Ask whether the price includes').waitFor();
  await result.getByText("Published range, not a clinic's price", { exact: true }).waitFor();
  await closeCleanly(session);
});

test('one session shows the single-session price, and the buttons step the count', async () => {
  const session = await openEstimator();
  const { page, result, sessions } = session;
  await sessions.fill('1');
  await expectFigure(result, 'Total for 1 session', '$600 – $1,500');
  await expectFigure(result, 'Per session', '$600 – $1,500');
  await page.getByRole('button', { name: 'One session more' }).click();
  assert.equal(await sessions.inputValue(), '2');
  await expectFigure(result, 'Total for 2 sessions', '$1,200 – $3,000');
  await page.getByRole('button', { name: 'One session more' }).click();
  await page.getByRole('button', { name: 'One session more' }).click();
  await expectFigure(result, 'Total for 4 sessions', '$2,600 – $5,500');
  await result.getByText(/more than the typical initial series of 2–3/).waitFor();
  const derived = result.locator('.figure').filter({ hasText: 'Total for' });
  await derived.getByText('Worked out by this estimator').waitFor();
  await (await figureDetail(result, 'Total for')).getByText(/1 series of 3 \+ 1 single session/).waitFor();
  await page.getByRole('button', { name: 'One session fewer' }).click();
  assert.equal(await sessions.inputValue(), '3');
  await closeCleanly(session);
});

test('injection shows its per-treatment price and the regulatory caveat', async () => {
  const session = await openEstimator();
  const { result, method, tier, sessions } = session;
  await method.selectOption({ label: 'Exosome injections' });
  const tierLabels = await tier.locator('option').allTextContents();
  assert.deepEqual(tierLabels, ['Not sure', 'High-potency MSC injectable']);
  await sessions.fill('1');
  await expectFigure(result, 'Total for 1 session', '$3,000 – $6,000');
  await tier.selectOption({ label: 'High-potency MSC injectable' });
  await expectFigure(result, 'Total for 1 session', '$3,000 – $6,000');
  const caveat = result.locator('.caveat').filter({ hasText: 'grey zone of the rules' });
  // The caveat's title is in view; its explanation opens under it.
  await caveat.getByRole('heading', { name: 'In the US: not FDA-approved, and injected preparations likely need an IND' }).click();
  await caveat.getByText(/no exosome product is FDA-approved/).waitFor();
  await caveat.getByText(/IND \(an Investigational New Drug application\)/).waitFor();
  for (const href of await caveat.getByRole('link').evaluateAll((links) => links.map((l) => l.href))) {
    assert.match(href, /^https:\/\/www\.fda\.gov\//);
  }
  await expectFigure(result, 'Downtime after each session', 'No figure given');
  await result.getByText(/bruising/).first().waitFor();
  await closeCleanly(session);
});

test('a tier the new method does not offer falls back to "Not sure"', async () => {
  const session = await openEstimator();
  const { method, tier } = session;
  await method.selectOption('injection');
  await tier.selectOption('msc-injectable');
  await method.selectOption({ label: 'Microneedling exosome facial' });
  assert.equal(await tier.inputValue(), 'not-sure');
  const labels = await tier.locator('option').allTextContents();
  assert.ok(!labels.includes('High-potency MSC injectable'), labels.join(', '));
  await closeCleanly(session);
});

test('a product tier narrows the range by the stated band rule', async () => {
  const session = await openEstimator();
  const { result, tier } = session;
  const expected = [
    ['Plant-derived', '$2,000 – $3,000', 'lower half'],
    ['Placenta or amniotic cells', '$2,500 – $3,500', 'middle half'],
    ['MSC, sold as lab-tested', '$3,000 – $4,000', 'upper half'],
  ];
  for (const [label, range, band] of expected) {
    await tier.selectOption({ label });
    await expectFigure(result, 'Total for 3 sessions', range);
    const total = await figureDetail(result, 'Total for');
    await total.getByText(new RegExp(`placed in the ${band}`)).waitFor();
  }
  await tier.selectOption({ label: 'Plant-derived' });
  await result.locator('.caveat').filter({ hasText: 'No lot data seen yet' }).waitFor();
  await closeCleanly(session);
});

test('methods without a published price say so and still show downtime and schedule', async () => {
  const session = await openEstimator();
  const { result, method } = session;
  await method.selectOption({ label: 'Laser exosome facial' });
  await expectFigure(result, 'Total for 3 sessions', 'No published figure');
  await expectFigure(result, 'Per session', 'No published figure');
  await expectFigure(result, 'Downtime after each session', '3–7 days');
  await expectFigure(result, 'Downtime over 3 sessions', '9–21 days');
  await (await figureDetail(result, 'Total for')).getByText(/does not invent one/).waitFor();
  await session.page.getByRole('region', { name: 'Your plan over time' }).getByText('Week 8').first().waitFor();
  await method.selectOption({ label: 'Hair loss (under study)' });
  await expectFigure(result, 'Total for 3 sessions', 'No published figure');
  await expectFigure(result, 'Downtime after each session', 'No published figure');
  await result.locator('.caveat').filter({ hasText: 'Still under study' }).waitFor();
  await closeCleanly(session);
});

test('bad session values get a specific message tied to the field, and recover', async () => {
  const session = await openEstimator();
  const { page, result, sessions } = session;
  const cases = [
    ['0', /too few/],
    ['-3', /below zero/],
    ['999', /more than this estimator covers/],
    ['abc', /“abc” is not a number/],
    ['2.5', /not a whole number/],
    ['', /Enter a number of sessions from 1 to 6/],
  ];
  for (const [value, message] of cases) {
    await sessions.fill(value);
    assert.equal(await sessions.getAttribute('aria-invalid'), 'true', value);
    const describedBy = (await sessions.getAttribute('aria-describedby')).split(/\s+/);
    const texts = await Promise.all(
      describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    assert.ok(texts.some((text) => message.test(text)), `${value}: ${texts.join(' | ')}`);
    await result.getByText(/Enter a number of sessions from 1 to 6 to see the estimate/).waitFor();
    assert.equal(await result.locator('.figure').count(), 0, `no stale figures for ${value}`);
  }
  await sessions.fill('2');
  assert.equal(await sessions.getAttribute('aria-invalid'), 'false');
  assert.equal(await page.locator('.error').count(), 0);
  await expectFigure(result, 'Total for 2 sessions', '$1,200 – $3,000');
  await closeCleanly(session);
});

test('the four questions and the explanations are on the page, with FDA links', async () => {
  const session = await openEstimator();
  const { page } = session;
  const questions = page.getByRole('region', { name: 'Four questions to ask the clinic' });
  assert.equal(await questions.getByRole('listitem').count(), 4);
  for (const heading of ['What exosomes are', 'Delivery methods', 'Questions people ask']) {
    await page.getByRole('heading', { name: heading, level: 2 }).waitFor();
  }
  const fdaLinks = await page
    .locator('a[href^="https://www.fda.gov/"]')
    .evaluateAll((links) => links.map((link) => link.href));
  assert.ok(fdaLinks.length >= 4, `FDA links: ${fdaLinks.length}`);
  await closeCleanly(session);
});

test('fits a 360 px phone and a 1280 px desktop without sideways scrolling', async () => {
  for (const width of [360, 1280]) {
    const session = await openEstimator({ viewport: { width, height: 800 } });
    const { page, method } = session;
    for (const choice of ['microneedling', 'injection', 'fractional-laser']) {
      await method.selectOption(choice);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${width}px, ${choice}: scrolls sideways by ${overflow}px`);
    }
    await closeCleanly(session);
  }
});

test('dark mode changes the colours', async () => {
  const backgrounds = [];
  for (const colorScheme of ['light', 'dark']) {
    const session = await openEstimator({ colorScheme });
    backgrounds.push(
      await session.page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    );
    await closeCleanly(session);
  }
  assert.notEqual(backgrounds[0], backgrounds[1]);
});
