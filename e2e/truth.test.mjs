// What the page says around the figures, as a person reads it (issue 10): a hair-loss treatment
// is not a cosmetic and gets no dated results, a derived band is never called published, the
// injectable price keeps its qualifiers and every rule, the risk note follows what the patient
// knows about the lot, a clinic's band says it was derived from the clinic's list, and the
// example clinics say that their prices are invented.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, policyViolations, useServerAndBrowser, openEstimator as openSharedEstimator, figureDetail } from './support.mjs';

const env = useServerAndBrowser();

/** The estimator page on this file's server (see `openEstimator` in support.mjs). */
const openEstimator = (options) => openSharedEstimator(env.browser, env.server.url, options);

/** The figure whose label contains `label`, once it shows exactly `value`. */
async function figure(scope, label, value) {
  const item = scope.locator('.figure').filter({ hasText: label });
  const exact = new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await item.locator('.figure-value').filter({ hasText: exact }).waitFor();
  assert.equal((await item.locator('.figure-value').textContent()).trim(), value, label);
  return item;
}

/** The titles of the caveats in the result, in order. */
async function caveatTitles(result) {
  return (await result.locator('.caveat h4').allTextContents()).map((title) => title.trim());
}

async function closeCleanly(session) {
  assert.deepEqual(await policyViolations(session.page), [], 'no Content-Security-Policy violation');
  assert.deepEqual(session.foreignRequests, [], 'no request may leave for another origin');
  assert.deepEqual(session.pageErrors, [], 'no error in the page');
  await session.context.close();
}

test('hair loss is a condition: its own regulatory line, under study, and no dated results', async () => {
  const session = await openEstimator();
  const { page, result, method } = session;
  await method.selectOption({ label: 'Hair loss (under study)' });
  await result.locator('.caveat').filter({ hasText: 'Still under study' }).waitFor();
  const titles = await caveatTitles(result);
  assert.ok(
    titles.includes('In the US: treating a condition needs FDA approval, which no exosome product has'),
    titles.join(' | '),
  );
  assert.ok(!titles.some((title) => /cosmetic/i.test(title)), titles.join(' | '));
  const results = await figure(result, 'Results may keep developing until', 'No date: still under study');
  await results.getByText('No published figure', { exact: true }).waitFor();

  // The timeline draws the sessions only, and says why it cannot check an event date.
  const plan = page.getByRole('region', { name: 'Your plan over time' });
  await plan.getByText(/This use is still under study/).filter({ visible: true }).first().waitFor();
  assert.equal(await plan.getByText('Results may keep developing', { exact: true }).count(), 0);
  await plan.getByLabel('Be ready by an event').check();
  await plan.getByLabel('Ready by (event date)').fill('2027-06-01');
  const status = plan.locator('.timeline-status');
  await status.getByText(/does not check this plan against/).waitFor();
  assert.match(await status.textContent(), /still under study, and no source says by when its results could be judged/);
  assert.doesNotMatch(await status.textContent(), /can be ready/);

  // Side by side, the caveat goes with the column.
  await page.getByRole('button', { name: 'Add scenario' }).click();
  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  assert.equal(await compare.locator('.caveat').filter({ hasText: 'Still under study' }).count(), 2);
  await compare.getByText(/In the US: Treating a condition needs FDA approval/).first().waitFor();
  await closeCleanly(session);
});

test('a $2,200 quote against a derived tier band is also placed inside the published range', async () => {
  const session = await openEstimator();
  const { page, result, tier } = session;
  await tier.selectOption({ label: 'MSC, sold as lab-tested' });
  await figure(result, 'Total for 3 sessions', '$3,000 – $4,000');
  assert.equal(
    (await result.locator('.price-label').textContent()).trim(),
    "Worked out from published figures, not a clinic's price",
  );
  const quote = page.getByRole('region', { name: "Check a clinic's quote" });
  await quote.getByLabel('Quoted price').fill('2,200');
  await quote.getByText('Far below the range derived for this product tier').waitFor();
  await quote
    .getByText('Against the published range for this plan with any product tier, $2,000 – $4,000, $2,200 is inside.')
    .waitFor();
  await quote
    .getByText('Compared with: $3,000 – $4,000 (Total for 3 sessions), worked out by this estimator.')
    .waitFor();
  await quote.getByText(/^Rule: no source gives a price per product tier/).waitFor();
  assert.equal(await quote.getByText(/the published figures/).count(), 0);
  await closeCleanly(session);
});

test('injection: the tier hint is true for it, and its totals keep every rule and qualifier', async () => {
  const session = await openEstimator();
  const { page, result, method, tier, sessions } = session;
  await method.selectOption({ label: 'Exosome injections' });
  const hintId = await tier.getAttribute('aria-describedby');
  const hint = page.locator(`[id="${hintId}"]`);
  await hint.getByText(/only “High-potency MSC injectable” has a price/).waitFor();
  assert.doesNotMatch(await hint.textContent(), /whole range/);
  await sessions.fill('3');
  const total = await figure(result, 'Total for 3 sessions', '$9,000 – $18,000');
  await total.getByText('Worked out by this estimator', { exact: true }).waitFor();
  const detail = await figureDetail(result, 'Total for');
  const lines = (await detail.locator('.provenance-line').allTextContents()).map((line) => line.trim());
  assert.ok(lines.some((line) => /^Rule: the price of one treatment times the number of sessions/.test(line)), lines.join(' | '));
  assert.ok(lines.some((line) => /^Rule: “Not sure” shows the one priced product tier/.test(line)), lines.join(' | '));
  assert.ok(lines.some((line) => /may cost this much per treatment, at specialist practices/.test(line)), lines.join(' | '));
  // The source gives no downtime for injection: the reactions it names are not a figure.
  const downtime = await figure(result, 'Downtime after each session', 'No figure given');
  await downtime.getByText('No published figure', { exact: true }).waitFor();
  await downtime.getByText(/not a recovery time/).waitFor();
  const titles = await caveatTitles(result);
  assert.ok(titles.includes('In the US: not FDA-approved, and injected preparations likely need an IND'), titles.join(' | '));
  assert.ok(!titles.some((title) => /cosmetic/i.test(title)), titles.join(' | '));
  await closeCleanly(session);
});

test('the risk note follows whether the clinic has shown lot data, not the product tier', async () => {
  const session = await openEstimator();
  const { result, tier, lotData } = session;
  const cautious = 'No lot data seen yet: the risks are not known';
  const shown = 'Lot data shown: check what it covers';
  for (const label of ['MSC, sold as lab-tested', 'Plant-derived', 'Not sure']) {
    await tier.selectOption({ label });
    await result.locator('.caveat').filter({ hasText: cautious }).waitFor();
    assert.ok(!(await caveatTitles(result)).includes(shown), label);
  }
  await lotData.check();
  await result.locator('.caveat').filter({ hasText: shown }).waitFor();
  for (const label of ['Plant-derived', 'MSC, sold as lab-tested']) {
    await tier.selectOption({ label });
    await result.locator('.caveat').filter({ hasText: shown }).waitFor();
    assert.ok(!(await caveatTitles(result)).includes(cautious), label);
  }
  await lotData.uncheck();
  await result.locator('.caveat').filter({ hasText: cautious }).waitFor();
  await closeCleanly(session);
});

test('a band in a clinic book is worded as derived from the clinic list', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { page } = session;
  await page.goto(new URL('examples/clinic.html', env.server.url).href);
  await page.locator('#estimator-berlin').getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  // The repository's example configuration, as a real clinic's list: it prices one laser tier
  // as a band of the clinic's own "Not sure" range.
  const config = JSON.parse(
    readFileSync(new URL('../crates/estimator-core/data/example-clinic-config.json', import.meta.url)),
  );
  for (const source of config.price_book.sources) {
    if (source.kind === 'example') source.kind = 'clinic';
  }
  // Its locale is German, so the widget would speak German; this test reads the English words.
  config.language = 'en';
  await page.evaluate(async (config) => {
    const element = document.createElement('section');
    element.id = 'band-widget';
    document.querySelector('main').append(element);
    await window.ExosomeEstimator.mount(element, config);
  }, config);
  const widget = page.locator('#band-widget');
  const result = widget.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ });
  await result.locator('.figure-headline').getByText('Total for').waitFor();
  await widget.getByLabel('Delivery method').selectOption({ label: 'Laser exosome facial' });
  await widget.getByLabel('Product tier').selectOption({ label: 'MSC, sold as lab-tested' });
  await result.locator('.figure').filter({ hasText: 'Total for' }).getByText("Worked out from the clinic's list", { exact: true }).waitFor();
  const total = await figureDetail(result, 'Total for');
  await total
    .getByText(/^Rule: the clinic's list gives no price for “MSC, sold as lab-tested” itself/)
    .waitFor();
  await total.getByText(/the clinic has not stated this figure/).waitFor();
  const text = await total.textContent();
  assert.doesNotMatch(text, /A clinic's own price list replaces this rule/);
  assert.doesNotMatch(text, /price differences reflect product quality/);
  assert.match(
    await result.locator('.price-label').textContent(),
    /Dermatologie am Stadtpark: derived from the clinic's price list by the rules shown, not a quote/,
  );
  assert.doesNotMatch(await result.locator('.price-label').textContent(), /own prices/);
  assert.deepEqual(session.pageErrors.filter((error) => !/configuration cannot be used/.test(error)), []);
  await session.context.close();
});

test('the example clinics say on screen that they are invented, and keep the overview as the source of its figures', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { page } = session;
  await page.goto(new URL('examples/clinic.html', env.server.url).href);
  // Berlin's widget speaks German (its configuration says so), Seoul's English.
  for (const [id, name, words] of [
    ['#estimator-berlin', 'Dermatologie am Stadtpark', {
      invented: 'Beispielklinik, erfundene Preise', total: 'Gesamtpreis für',
      downtime: 'Ausfallzeit nach jeder Sitzung', source: /^Quelle: RegenClinics\.org/,
    }],
    ['#estimator-seoul', 'Hanbit Skin Clinic', {
      invented: 'example clinic, invented prices', total: 'Total for',
      downtime: 'Downtime after each session', source: /^Source: RegenClinics\.org/,
    }],
  ]) {
    const widget = page.locator(id);
    // The Seoul widget is lazy: it starts once scrolled near.
    await widget.scrollIntoViewIfNeeded();
    const result = widget.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ });
    await result.locator('.figure-headline').waitFor();
    await widget.getByText(`${name}: ${words.invented}`, { exact: true }).waitFor();
    assert.match(await result.locator('.price-label').textContent(), new RegExp(words.invented));
    const total = await figureDetail(result, words.total);
    await total.getByText(`(${words.invented})`).first().waitFor();
    // The protocol figures keep their true source: the overview, not the clinic's documents.
    const downtime = result.locator('.how-figure').filter({ hasText: words.downtime });
    await downtime.getByText(words.source).waitFor();
  }
  await session.context.close();
});
