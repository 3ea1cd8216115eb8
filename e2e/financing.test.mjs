// The financing illustration, the booking button and the clinics' JavaScript API, used as a
// patient and a clinic's web team would: through labels, roles and the public API, against
// dist/ (the page and dist/examples/financing.html). Every request to another origin is
// aborted and recorded, so the booking navigation is caught without leaving the machine.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, policyViolations, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

async function openEstimatorPage() {
  const session = await openPage(env.browser, env.server.url);
  await session.page.goto(env.server.url);
  await session.page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('Total for').waitFor();
  // Those figures are prerendered; the calculator answers once it has hydrated.
  await session.page.locator('html.app-ready').waitFor();
  return session;
}

async function openFinancingExample() {
  const session = await openPage(env.browser, env.server.url);
  await session.page.goto(new URL('examples/financing.html', env.server.url).href);
  const financed = session.page.locator('#estimator-financed');
  const mail = session.page.locator('#estimator-mail');
  await financed.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('Total for').waitFor();
  await mail.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('Total for').waitFor();
  return { ...session, financed, mail };
}

/** The financing section, opened as a patient opens it (it is folded until it has figures). */
async function section(root) {
  const region = root.getByRole('region', { name: 'Paying in monthly instalments' });
  const fold = region.locator('details.financing-fold');
  if (!(await fold.evaluate((details) => details.open))) {
    await region.getByRole('heading', { name: 'Paying in monthly instalments' }).click();
  }
  return region;
}

test('the page offers no plan and no rate until the patient types one, then shows both ends with the disclosure', async () => {
  const { context, page, foreignRequests, pageErrors } = await openEstimatorPage();
  const financing = await section(page);
  assert.equal(await financing.getByLabel('Financing plan').count(), 0, 'the page offers no plan');
  const apr = financing.getByLabel('APR (annual percentage rate, %)');
  assert.equal(await apr.inputValue(), '');
  assert.equal(await apr.getAttribute('placeholder'), null, 'no rate is suggested');
  await financing.getByText('No rate is filled in for you.').waitFor();
  assert.equal(await financing.getByText(/a month$/).count(), 0);

  await apr.fill('12');
  await financing.getByLabel('Term (months)').fill('12');
  await financing.getByText('Repaid over 12 months at 12% APR').waitFor();
  // $2,000 – $4,000 (three sessions, published): $177.70 and $355.40 a month, the closed form
  // P·r/(1−(1+r)^−12) at 1% a month, rounded up to the cent.
  const ends = financing.locator('.financing-end');
  assert.equal(await ends.count(), 2);
  assert.equal(await ends.nth(0).locator('.financing-monthly').textContent(), '$177.70 a month');
  assert.equal(await ends.nth(1).locator('.financing-monthly').textContent(), '$355.40 a month');
  for (const index of [0, 1]) {
    const end = ends.nth(index);
    const disclosure = await end.locator('.financing-disclosure').textContent();
    const total = await end.locator('dd').first().textContent();
    assert.match(disclosure, /^12% APR, term 12 months: 12 monthly payments/);
    assert.ok(disclosure.includes(`total of payments ${total}.`), disclosure);
    assert.ok(disclosure.endsWith('An illustration, not an offer of credit.'), disclosure);
  }
  await financing.getByText(/standard amortisation/).waitFor();
  // The plan's link carries the rate and the term (not personal), and a fresh page opened
  // from it shows the same illustration.
  await page.waitForFunction(() => location.hash.includes('&apr=12&months=12'));
  const link = page.url();
  const fresh = await openPage(env.browser, env.server.url);
  await fresh.page.goto(link);
  // Once hydrated, the page restores the plan from the link, and that opens the fold.
  await fresh.page.locator('html.app-ready').waitFor();
  const restored = await section(fresh.page);
  await restored.getByText('Repaid over 12 months at 12% APR').waitFor();
  assert.equal(await restored.getByLabel('APR (annual percentage rate, %)').inputValue(), '12');
  assert.equal(await restored.getByLabel('Term (months)').inputValue(), '12');
  assert.equal(await restored.locator('.financing-end .financing-monthly').first().textContent(), '$177.70 a month');
  await fresh.context.close();
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('bad rates and terms get specific messages and the page keeps working', async () => {
  const { context, page, pageErrors } = await openEstimatorPage();
  const financing = await section(page);
  const apr = financing.getByLabel('APR (annual percentage rate, %)');
  const months = financing.getByLabel('Term (months)');
  await months.fill('24');
  for (const [typed, message] of [
    ['abc', '"abc" is not a rate'],
    ['-5', '"-5" is negative'],
    ['1000', '"1000" is above 100%'],
    ['9.999', 'has more than two decimals'],
  ]) {
    await apr.fill(typed);
    await financing.getByText(message).waitFor();
    assert.equal(await apr.getAttribute('aria-invalid'), 'true');
    await financing.getByText('Correct the APR and the term above to see the illustration.').waitFor();
  }
  await apr.fill('9.99');
  for (const [typed, message] of [
    ['0', 'a term is at least 1 month'],
    ['121', 'longer than 120 months'],
    ['2.5', 'not a whole number of months'],
  ]) {
    await months.fill(typed);
    await financing.getByText(message).waitFor();
    assert.equal(await months.getAttribute('aria-invalid'), 'true');
  }
  await months.fill('1');
  await financing.getByText('Repaid over 1 month at 9.99% APR').waitFor();
  // The calculator above still answers.
  await page.getByLabel('Number of sessions').fill('1');
  await page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('Total for 1 session').waitFor();
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test("a clinic's plan with deferred interest shows the payment that clears it in time and what it costs if not", async () => {
  const { context, financed, pageErrors } = await openFinancingExample();
  const financing = await section(financed);
  await financing.getByLabel('Financing plan').selectOption({ label: 'Care 12: 26.99% APR · 24 months · no interest if paid in full within 12 months (deferred interest)' });
  await financing.getByText('Source: Example Skin Clinic\'s plan "Care 12", provided by Example Patient Credit; terms as of 1 March 2026.', { exact: false }).waitFor();
  assert.equal(await financing.getByLabel('APR (annual percentage rate, %)').count(), 0);
  const low = financing.locator('.financing-end').first();
  // $2,000 over 12 months at 0%: $166.67, the last $166.63.
  assert.equal(await low.locator('.financing-monthly').textContent(), '$166.67 a month');
  const disclosure = await low.locator('.financing-disclosure').textContent();
  assert.match(disclosure, /^0% if paid in full within 12 months \(deferred interest at 26\.99% APR otherwise\), term 12 months: 12 monthly payments, the last one \$166\.63; total of payments \$2,000\./);
  // Not cleared: 2000 × 26.99% = $539.80 for the 12 months, on the full amount.
  assert.match(await low.locator('.financing-not-cleared').textContent(), /interest of \$539\.80 is charged at once: 26\.99% APR on the full \$2,000 from the purchase date/);
  await financing.getByText(/Assumed, as deferred-interest plans usually specify/).waitFor();
  // The plan without deferral is amortised.
  await financing.getByLabel('Financing plan').selectOption({ index: 2 });
  await financing.getByText('Repaid over 36 months at 9.99% APR').waitFor();
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('the booking button says what it sends and sends only the plan, on the click', async () => {
  const { context, page, financed, foreignRequests, pageErrors } = await openFinancingExample();
  await page.getByRole('link', { name: /booking page/ }).first().waitFor();
  assert.deepEqual(foreignRequests, [], 'nothing is sent before the click');
  await financed.getByLabel('Number of sessions').fill('4');
  await financed.getByLabel('Quoted price').fill('2500');
  const button = financed.getByRole('link', { name: "Send this plan to Example Skin Clinic's booking page" });
  const href = await button.getAttribute('href');
  assert.equal(href, 'https://booking.clinic.example/new?method=microneedling&tier=not-sure&sessions=4&start=');
  const describedBy = await button.getAttribute('aria-describedby');
  const sends = await financed.locator(`[id="${describedBy}"]`).textContent();
  assert.equal(sends, 'Opens Example Skin Clinic\'s booking page with: method "microneedling", product type "not-sure", sessions "4", start date (empty: none chosen). Nothing else: not the price you were quoted, not the financing figures.');
  // The request fails once the route has recorded and aborted it: waiting for the failure, not
  // for the request, means the list below is complete when it is read.
  const request = context.waitForEvent('requestfailed', (candidate) => candidate.url().startsWith('https://booking.clinic.example/'));
  await button.click();
  assert.equal((await request).url(), href);
  assert.deepEqual(foreignRequests, [href], 'the click sends the plan and nothing else');
  assert.ok(!href.includes('2500'));
  assert.deepEqual(pageErrors.filter((line) => !line.includes('ERR_FAILED')), []);
  await context.close();
});

test('the email button opens a plain-text summary without the quote', async () => {
  const { context, mail, foreignRequests } = await openFinancingExample();
  await mail.getByLabel('Quoted price').fill('2500');
  const button = mail.getByRole('link', { name: 'Email this plan to Example Skin Clinic' });
  const href = await button.getAttribute('href');
  assert.ok(href.startsWith('mailto:desk@clinic.example?subject=My%20treatment%20plan'), href);
  const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? href.split('body=')[1]);
  assert.match(body, /Method: Microneedling exosome facial\r\nProduct type: Not sure\r\nSessions: 3\r\n/);
  assert.match(body, /Estimated total: \$2,000 – \$4,000/);
  assert.ok(!body.includes('2500') && !body.includes('2,500'), body);
  await mail.getByText(/Opens your own email program with a message to desk@clinic\.example/).waitFor();
  assert.deepEqual(foreignRequests, []);
  await context.close();
});

test('ExosomeEstimator.estimate returns a plain object, or the problems, and touches no DOM', async () => {
  const { context, page, pageErrors } = await openFinancingExample();
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const published = await page.evaluate(() =>
    ExosomeEstimator.estimate(null, { method: 'microneedling', tier: 'not-sure', sessions: 3 }),
  );
  assert.equal(published.currency, 'USD');
  assert.equal(published.locale, 'en-US');
  assert.equal(published.prices, 'published');
  assert.deepEqual([published.total.min, published.total.max], [200000, 400000]);
  assert.equal(published.total.formatted, '$2,000 – $4,000');
  assert.equal(published.total.provenance.kind, 'quoted');
  assert.equal(published.per_session.provenance.kind, 'derived');
  assert.deepEqual(published.per_session.provenance.rules, ['per-session']);
  assert.equal(published.downtime_per_session.unit, 'hours');
  assert.deepEqual(published.schedule.session_weeks, [0, 4, 8]);
  assert.ok(published.caveats.every((caveat) => caveat.id && caveat.text));
  assert.equal(Object.getPrototypeOf(published), Object.prototype, 'a plain object');

  const badPlan = await page.evaluate(() => ExosomeEstimator.estimate(undefined, { method: 'gold', sessions: 'abc' }));
  assert.deepEqual(badPlan.problems.map((problem) => problem.path), ['plan.method', 'plan.sessions']);
  assert.match(badPlan.problems[0].message, /"gold" is not a method of this price book/);
  assert.equal(badPlan.total, undefined, 'no figures');

  const badConfig = await page.evaluate(() => ExosomeEstimator.estimate({ currency: 'US$', financing: [] }, { method: 'microneedling', sessions: 3 }));
  assert.deepEqual(badConfig.problems.map((problem) => problem.path).sort(), ['currency', 'financing', 'financing'], 'the empty list, and no clinic to cite it to');
  const notAnObject = await page.evaluate(() => ExosomeEstimator.estimate(null, 3));
  assert.equal(notAnObject.problems[0].path, 'plan');
  const aFunction = await page.evaluate(() => ExosomeEstimator.estimate(() => 1, { method: 'microneedling', sessions: 3 }));
  assert.match(aFunction.problems[0].message, /was given a function/);

  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before, 'no DOM was touched');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('plan-change reports the method, tier and sessions, and nothing typed', async () => {
  const { context, page, financed } = await openFinancingExample();
  await page.evaluate(() => {
    window.__planChanges = [];
    document.getElementById('estimator-financed').addEventListener('plan-change', (event) => {
      window.__planChanges.push({ detail: event.detail, bubbles: event.bubbles, composed: event.composed });
    });
  });
  await financed.getByRole('button', { name: 'One session more' }).click();
  await page.waitForFunction(() => window.__planChanges.length === 1);
  await financed.getByLabel('Quoted price').fill('2500');
  await (await section(financed)).getByLabel('APR (annual percentage rate, %)').fill('9');
  await financed.getByLabel('Number of sessions').fill('abc');
  await financed.getByLabel('Number of sessions').fill('2');
  await page.waitForFunction(() => window.__planChanges.length === 2);
  const changes = await page.evaluate(() => window.__planChanges);
  assert.deepEqual(changes, [
    { detail: { method: 'microneedling', tier: 'not-sure', sessions: 4 }, bubbles: true, composed: true },
    { detail: { method: 'microneedling', tier: 'not-sure', sessions: 2 }, bubbles: true, composed: true },
  ]);
  await context.close();
});

test('the print sheet carries the illustration, without its controls', async () => {
  const { context, page } = await openEstimatorPage();
  const financing = await section(page);
  await financing.getByLabel('APR (annual percentage rate, %)').fill('9.99');
  await financing.getByLabel('Term (months)').fill('24');
  await financing.getByText('Repaid over 24 months at 9.99% APR').waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await financing.locator('.financing-monthly').first().isVisible());
  assert.ok(await financing.getByText(/An illustration, not an offer of credit\.$/).first().isVisible());
  assert.ok(await financing.getByText(/standard amortisation/).isVisible());
  assert.equal(await financing.getByLabel('Term (months)').isVisible(), false);
  await context.close();
});
