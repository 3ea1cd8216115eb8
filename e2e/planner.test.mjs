// From a number to a decision: dated timelines, an event the plan cannot meet, three scenarios
// side by side, the quote check, links that restore the plan (and damaged ones that do not
// break the page), and the printed consultation sheet.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPage, policyViolations, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

/** Opens the page (optionally at a fragment) and waits for the calculator to respond. */
async function openPlanner(fragment = '', options = {}) {
  const session = await openPage(env.browser, env.server.url, options);
  await session.page.goto(`${env.server.url}${fragment ? `#${fragment}` : ''}`);
  await session.page.locator('html.app-ready').waitFor();
  return session;
}

async function closeCleanly(session) {
  assert.deepEqual(await policyViolations(session.page), []);
  assert.deepEqual(session.foreignRequests, []);
  assert.deepEqual(session.pageErrors, []);
  await session.context.close();
}

const headline = (page) => page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline .figure-value');

test('a start date puts every session and the last results window on the calendar', async () => {
  const session = await openPlanner();
  const { page } = session;
  await page.getByLabel('Start on a date').check();
  await page.getByLabel('First session on').fill('2026-12-07');
  const words = page.locator('.timeline-words li');
  await words.first().getByText(/Dec 7, 2026/).waitFor();
  const lines = await words.allTextContents();
  assert.equal(lines.length, 4, lines.join('\n'));
  assert.match(lines[0], /Session 1 on Dec 7, 2026, followed by 24–48 hours of downtime/);
  assert.match(lines[1], /Session 2 on Jan 4, 2027/);
  assert.match(lines[2], /Session 3 on Feb 1, 2027/);
  assert.match(lines[3], /Results may keep developing until between Mar 1, 2027 and Mar 15, 2027, 4–6 weeks after the last session/);
  // The picture has one row per session and one for the last results window, with a mark per
  // session.
  assert.equal(await page.locator('.timeline-row:not(.timeline-axis)').count(), 4);
  assert.equal(await page.locator('.timeline circle.bar-session').count(), 3);
  assert.equal(await page.locator('.timeline').getAttribute('aria-labelledby') !== null, true);
  await closeCleanly(session);
});

test('an event date the plan cannot meet is said plainly', async () => {
  const session = await openPlanner();
  const { page } = session;
  const today = await page.evaluate(() => {
    const now = new Date();
    return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  });
  const inThreeWeeks = new Date(today.getTime() + 21 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Be ready by an event').check();
  await page.getByLabel('Ready by (event date)').fill(inThreeWeeks);
  const status = page.locator('.timeline-status');
  await status.waitFor();
  assert.match(await status.textContent(), /cannot be ready by/);
  assert.ok(await status.evaluate((element) => element.classList.contains('status-does-not-fit')));
  // A year away, the same plan fits, and the page says by when to start.
  const nextYear = new Date(today.getTime() + 365 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Ready by (event date)').fill(nextYear);
  await page.locator('.timeline-status.status-fits').waitFor();
  assert.match(await status.textContent(), /can be ready by .* if the first session is on or before/);
  await closeCleanly(session);
});

test('three scenarios side by side, and no more', async () => {
  const session = await openPlanner();
  const { page } = session;
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Delivery method').selectOption({ label: 'Laser exosome facial' });
  await page.getByLabel('Number of sessions').fill('2');
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Delivery method').selectOption({ label: 'Exosome injections' });
  await page.getByLabel('Number of sessions').fill('1');
  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  const columns = compare.locator('.compare-column');
  await columns.nth(2).getByText('Exosome injections').first().waitFor();
  assert.equal(await columns.count(), 3);
  const text = await columns.allInnerTexts();
  assert.match(text[0], /\$2,000 – \$4,000/);
  assert.match(text[1], /No published figure/);
  assert.match(text[1], /6–14 days/);
  assert.match(text[2], /\$3,000 – \$6,000/);
  assert.match(text[2], /IND/);
  assert.match(text[0], /Regulatory status/);
  assert.match(text[0], /Evidence/);
  assert.equal(await page.getByRole('button', { name: 'Add scenario' }).isDisabled(), true);
  // On a phone the columns stack rather than squeeze.
  await page.setViewportSize({ width: 360, height: 800 });
  const boxes = await columns.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top));
  assert.ok(boxes[0] < boxes[1] && boxes[1] < boxes[2], `stacked: ${boxes.join(', ')}`);
  // Removing one keeps the others.
  await page.getByRole('button', { name: 'Remove Scenario 2' }).click();
  assert.equal(await columns.count(), 2);
  await closeCleanly(session);
});

test('the quote check places a quote below, within or above the range, in careful words', async () => {
  const session = await openPlanner();
  const { page } = session;
  const quote = page.getByLabel('Quoted price');
  const result = page.locator('.quote-result');
  const cases = [
    ['900', /Far below the published range/, /characterisation data/],
    ['$1,900', /Below the published range/, /characterisation|included/],
    ['3000', /Inside the published range/, /four questions|characterised/],
    ['4,400', /Above the published range/, /include/],
    ['9000', /Far above the published range/, /include/],
  ];
  for (const [typed, headline, advice] of cases) {
    await quote.fill(typed);
    await result.locator('.quote-headline').getByText(headline).waitFor();
    const text = await result.innerText();
    assert.match(text, advice, typed);
    assert.doesNotMatch(text, /\b(fair|unfair|bargain|good deal|overpriced|rip-?off)\b/i, typed);
  }
  await quote.fill('twelve');
  await page.locator('.quote .error').waitFor();
  assert.equal(await quote.getAttribute('aria-invalid'), 'true');
  await closeCleanly(session);
});

test('a copied link restores the same plan in a fresh page, without the quote unless asked', async () => {
  const session = await openPlanner('', { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page, context } = session;
  await page.getByLabel('Product tier').selectOption({ label: 'Plant-derived' });
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Delivery method').selectOption('injection');
  await page.getByLabel('Number of sessions').fill('2');
  await page.getByLabel('Start on a date').check();
  await page.getByLabel('First session on').fill('2027-01-11');
  await page.getByLabel('Quoted price').fill('7000');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(env.server.url), link);
  assert.doesNotMatch(link, /7000/, 'the quote stays out of the link');
  await page.getByLabel('Put my quote in the link too').check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('q=7000'));
  const linkWithQuote = await page.evaluate(() => navigator.clipboard.readText());

  for (const [address, quoteExpected] of [[link, ''], [linkWithQuote, '7000']]) {
    const fresh = await openPage(env.browser, env.server.url);
    await fresh.page.goto(address);
    await fresh.page.locator('html.app-ready').waitFor();
    const restored = fresh.page;
    await restored.getByRole('button', { name: /^Scenario 2/ }).waitFor();
    assert.equal(await restored.getByLabel('Delivery method').inputValue(), 'injection');
    assert.equal(await restored.getByLabel('Number of sessions').inputValue(), '2');
    await restored.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('$6,000 – $12,000').waitFor();
    assert.equal(await restored.getByLabel('First session on').inputValue(), '2027-01-11');
    assert.equal(await restored.getByLabel('Quoted price').inputValue(), quoteExpected);
    await restored.getByRole('button', { name: /^Scenario 1/ }).click();
    assert.equal(await restored.getByLabel('Product tier').inputValue(), 'plant');
    assert.equal((await headline(restored).textContent()).trim(), '$2,000 – $3,000');
    const notices = await restored.locator('.notices').allInnerTexts();
    assert.deepEqual(notices, [], `nothing ignored from our own link ${address}`);
    await closeCleanly(fresh);
  }
  await context.close();
});

test('damaged, hostile and foreign fragments leave a working page and say what was ignored', async () => {
  const randomBytes = Array.from({ length: 300 }, (_, index) => `%${((index * 73 + 41) % 256).toString(16).padStart(2, '0')}`).join('');
  const fragments = [
    ['random bytes', randomBytes],
    ['truncated', 'v1&s=injection.msc-inj'],
    ['an old version', 'v0&s=microneedling.not-sure.2'],
    ['a newer version', 'v9&s=microneedling.not-sure.2&future=yes'],
    ['a huge one', `v1&s=microneedling.not-sure.2&q=${'9'.repeat(20000)}`],
    ['markup', 'v1&s=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E.not-sure.2&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&share=1'],
    ['unknown ids', 'v1&s=laser-of-doom.platinum.3'],
  ];
  for (const [name, fragment] of fragments) {
    const session = await openPlanner(fragment);
    const { page } = session;
    const opened = new URL(`http://127.0.0.1/#${fragment}`).hash;
    if (name !== 'random bytes') await page.locator('.notices').waitFor();
    // Opening a link, damaged or not, leaves the address as it was opened.
    assert.equal(new URL(page.url()).hash, opened, `${name}: the address is not rewritten on opening`);
    // The calculator works whatever the link held.
    await page.getByLabel('Number of sessions').fill('1');
    await page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline .figure-value').waitFor();
    const text = await page.locator('#app').innerText();
    assert.doesNotMatch(text, /something went wrong/i, name);
    assert.equal(await page.locator('img').count(), 0, `${name}: no markup from the link is rendered`);
    // Random bytes are not a plan at all (they could be an anchor), so they are left alone;
    // everything that looks like a plan link says what it could not use.
    if (name !== 'random bytes') {
      await page.locator('.notices').waitFor();
      const notices = await page.locator('.notices').innerText();
      assert.ok(notices.length < 4000, `${name}: the notice is short`);
    }
    await closeCleanly(session);
  }
});

test('printing gives a consultation sheet with the plan, the caveats and the questions', async () => {
  const session = await openPlanner('v1&s=injection.msc-injectable.2&start=2027-03-01');
  const { page } = session;
  await headline(page).getByText('$6,000 – $12,000').waitFor();
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.controls', '.share', '.scenarios', '.quote', '.content-section'].map((selector) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).display : 'none';
    }),
  );
  assert.deepEqual(hidden, ['none', 'none', 'none', 'none', 'none'], 'controls and navigation are not printed');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(255, 255, 255)');
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
    let text = '';
    for (let number = 1; number <= document.numPages; number += 1) {
      const content = await (await document.getPage(number)).getTextContent();
      text += `${content.items.map((item) => item.str).join(' ')}\n`;
    }
    // PDF text comes back with ligatures split off ("speci fi c"); join them again.
    const flat = text.replace(/\s+/g, ' ').replace(/ ?(fi|ff|fl) (?=[a-z])/g, '$1');
    assert.ok(document.numPages <= 2, `${format}: ${document.numPages} pages`);
    assert.match(flat, /Exosome injections/);
    assert.match(flat, /\$6,000 – \$12,000/);
    assert.match(flat, /Source: RegenClinics\.org/);
    assert.match(flat, /Mar 1, 2027/);
    assert.match(flat, /In the US: not FDA-approved/);
    assert.match(flat, /Investigational New Drug/);
    assert.match(flat, /Which kind of cell, and which cell line, is the product made from\?/);
    assert.match(flat, /Which published clinical results are there for this exact product\?/);
    assert.match(flat, /Answer:/);
  }
  await closeCleanly(session);
});
