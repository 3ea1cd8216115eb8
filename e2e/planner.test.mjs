// From a number to a decision: dated timelines, an event the plan cannot meet, three scenarios
// side by side, the quote check, links that restore the plan (and damaged ones that do not
// break the page), and the printed consultation sheet. Then the planner on a phone (360 × 780):
// a timeline whose words do not print over each other and whose downtime can be seen, a
// comparison with two totals in view at once, a date field that does not open with an error,
// and the system share sheet where the browser has one. The desktop chart is checked beside
// it, since the two pictures are chosen by width.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPage, policyViolations, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

/** Opens the page (optionally at a fragment) and waits for the calculator to respond. */
async function openPlanner(fragment = '', options = {}, { fakeClock = false } = {}) {
  const session = await openPage(env.browser, env.server.url, options);
  // With the page's clock faked, a test decides when its timers run: the address bar is
  // written once the person pauses, and a test can run past that pause instead of waiting.
  if (fakeClock) await session.page.clock.install();
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
  await page.getByRole('heading', { name: 'The plan in words' }).click();
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

test('three scenarios in one table whose rows line up, each total in its tab, and a cue after adding', async () => {
  const session = await openPlanner();
  const { page } = session;
  // One scenario: no tabs to choose between yet, only the button that adds one.
  assert.equal(await page.getByRole('list', { name: 'Scenarios' }).count(), 0);
  const add = page.getByRole('button', { name: 'Add scenario' });
  await add.click();
  // The cue says which scenario the controls now change and where the comparison is.
  await page.locator('.scenario-added').getByText(/^Scenario 2 added/).waitFor();
  await page.getByLabel('Delivery method').selectOption({ label: 'Laser exosome facial' });
  await page.getByLabel('Number of sessions').fill('2');
  await add.click();
  assert.equal(await add.isDisabled(), true);
  // The third scenario disabled the button that had the focus: the link to the comparison has it.
  const link = page.getByRole('button', { name: 'See the comparison of 3 scenarios' });
  await page.waitForFunction(() => document.activeElement?.classList.contains('compare-link'));
  await page.getByLabel('Delivery method').selectOption({ label: 'Exosome injections' });
  await page.getByLabel('Number of sessions').fill('1');

  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  const table = compare.getByRole('table');
  await table.getByRole('columnheader', { name: /Exosome injections/ }).waitFor();
  const rows = table.locator('tbody tr');
  const rowLabels = await rows.locator('th').allInnerTexts();
  assert.deepEqual(rowLabels, ['Total', 'Per session', 'Total downtime', 'Results may keep developing until', 'Regulatory status (US)']);
  const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText)));
  for (const row of cells) assert.equal(row.length, 3, JSON.stringify(cells));
  assert.match(cells[0][0], /\$2,000 – \$4,000/);
  assert.match(cells[0][1], /No published figure/);
  assert.match(cells[0][2], /\$3,000 – \$6,000/);
  assert.match(cells[2][1], /6–14 days/);
  assert.match(cells[4][2], /IND/);
  // Lined up: on a desktop every cell of a row starts at the same height.
  const tops = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => Math.round(cell.getBoundingClientRect().top))),
  );
  for (const row of tops) assert.equal(new Set(row).size, 1, `a row's cells start together: ${JSON.stringify(tops)}`);
  // Each figure's source is one tap away, not printed in the table.
  const sources = compare.locator('details.compare-sources');
  assert.equal(await sources.getByText(/^Source: RegenClinics/).first().isVisible(), false);
  await sources.locator('summary').click();
  await sources.getByText(/^Source: RegenClinics/).first().waitFor();

  // Each scenario's total is in its tab, the same as in the table.
  for (const [index, total] of [[1, '$2,000 – $4,000'], [2, 'No published figure'], [3, '$3,000 – $6,000']]) {
    const tab = page.getByRole('button', { name: new RegExp(`^Scenario ${index}`) });
    assert.equal((await tab.locator('.scenario-total').innerText()).trim(), total);
  }
  // The link brings the comparison into view.
  await page.evaluate(() => window.scrollTo(0, 0));
  await link.click();
  const heading = compare.getByRole('heading', { name: 'Compare scenarios' });
  assert.equal(await heading.evaluate((element) => element === document.activeElement), true);
  const box = await heading.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= page.viewportSize().height, `heading in view at ${box.y}`);

  // Removing one keeps the others; with one left, the tabs go again.
  await page.getByRole('button', { name: 'Remove Scenario 2' }).click();
  assert.equal(await table.locator('thead th').count(), 2);
  await page.getByRole('button', { name: 'Remove Scenario 2' }).click();
  assert.equal(await compare.count(), 0);
  assert.equal(await page.getByRole('list', { name: 'Scenarios' }).count(), 0);
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

test('the address bar takes the plan once the person pauses: a burst of changes is one write', async () => {
  const session = await openPlanner('', {}, { fakeClock: true });
  const { page } = session;
  await page.evaluate(() => {
    window.__addressWrites = [];
    const replace = History.prototype.replaceState;
    History.prototype.replaceState = function (state, unused, url) {
      window.__addressWrites.push(String(url));
      return replace.call(this, state, unused, url);
    };
  });
  const sessions = page.getByLabel('Number of sessions');
  for (const count of ['2', '3', '4']) {
    const before = (await headline(page).textContent()).trim();
    await sessions.fill(count);
    await headline(page).filter({ hasNotText: before }).waitFor();
  }
  assert.deepEqual(await page.evaluate(() => window.__addressWrites), [], 'nothing is written while the person is changing the plan');
  await page.clock.runFor(10_000);
  const writes = await page.evaluate(() => window.__addressWrites);
  assert.equal(writes.length, 1, `one write for the burst: ${JSON.stringify(writes)}`);
  assert.match(writes[0], /^#v1&s=microneedling\.[a-z-]+\.4$/);
  assert.equal(new URL(page.url()).hash, writes[0]);
  await closeCleanly(session);
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
    const session = await openPlanner(fragment, {}, { fakeClock: true });
    const { page } = session;
    const opened = new URL(`http://127.0.0.1/#${fragment}`).hash;
    if (name !== 'random bytes') await page.locator('.notices').waitFor();
    // Opening a link, damaged or not, leaves the address as it was opened, also once any
    // write the page could have left waiting has run.
    await page.clock.runFor(10_000);
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

/**
 * Prints the page to PDF and reads it back: each page's text items with their position and
 * size, and all the text in one line (ligatures, which PDF text splits off as in "speci fi c",
 * joined again).
 */
async function printed(page, format) {
  const pdf = await page.pdf({ format, printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .filter((item) => item.str.trim() !== '')
        .map((item) => ({ text: item.str, y: item.transform[5], size: Math.abs(item.transform[3]) })),
    );
  }
  const text = pages.map((items) => items.map((item) => item.text).join(' ')).join('\n');
  const flat = text.replace(/\s+/g, ' ').replace(/ ?(fi|ff|fl) (?=[a-z])/g, '$1');
  return { pages, flat };
}

/** Fails when one of the section `headings` is the last text on a page, cut off from its section. */
function assertNoOrphanedHeading(pages, headings, format) {
  for (const [number, items] of pages.entries()) {
    for (const heading of headings) {
      const found = items.find((item) => item.text.trim() === heading);
      if (!found) continue;
      // PDF y grows upwards: something must follow the heading lower on the same page.
      const below = items.filter((item) => item.y < found.y - 1);
      assert.ok(below.length > 0, `${format}: "${heading}" is alone at the foot of page ${number + 1}`);
    }
  }
}

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
    const { pages, flat } = await printed(page, format);
    assert.ok(pages.length <= 2, `${format}: ${pages.length} pages`);
    assert.match(flat, /Exosome injections/);
    assert.match(flat, /\$6,000 – \$12,000/);
    assert.match(flat, /Source: RegenClinics\.org/);
    assert.match(flat, /Mar 1, 2027/);
    assert.match(flat, /In the US: not FDA-approved/);
    assert.match(flat, /Investigational New Drug/);
    assert.match(flat, /Which kind of cell, and which cell line, is the product made from\?/);
    assert.match(flat, /Which published clinical results are there for this exact product\?/);
    assert.match(flat, /Answer:/);
    assertNoOrphanedHeading(pages, ['Your plan over time', 'Four questions to ask the clinic', 'What to know about this choice'], format);
  }
  await closeCleanly(session);
});

test('the printed sheet holds every scenario, the quote check, the print date and the link, in light colours', async () => {
  // Printed from a phone in dark mode: the sheet must still be dark on white.
  const session = await openPlanner('', { colorScheme: 'dark' });
  const { page } = session;
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Delivery method').selectOption('fractional-laser');
  await page.getByLabel('Number of sessions').fill('2');
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Delivery method').selectOption('injection');
  await page.getByLabel('Number of sessions').fill('1');
  await page.getByRole('button', { name: /^Scenario 1/ }).click();
  await page.getByLabel('Start on a date').check();
  await page.getByLabel('First session on').fill('2027-03-01');
  await page.getByLabel('Quoted price').fill('2500');
  await page.locator('.quote-headline').getByText('Inside the published range').waitFor();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const colours = await page.evaluate(() => ({
    price: getComputedStyle(document.querySelector('.figure-headline .figure-value')).color,
    background: getComputedStyle(document.body).backgroundColor,
  }));
  // The light palette's figure colour (#115e59), not dark mode's pale teal (#99f6e4).
  assert.deepEqual(colours, { price: 'rgb(17, 94, 89)', background: 'rgb(255, 255, 255)' });
  const link = await page.locator('.print-link').innerText();
  assert.ok(link.startsWith(env.server.url) && link.includes('#v1&s=microneedling.not-sure.3'), link);
  for (const format of ['A4', 'Letter']) {
    const { pages, flat } = await printed(page, format);
    assert.ok(pages.length <= 3, `${format}: ${pages.length} pages for three scenarios`);
    assert.match(flat, /Compare scenarios/);
    for (const expected of [
      /Microneedling exosome facial · Not sure · 3 sessions/,
      /Laser exosome facial · Not sure · 2 sessions/,
      /Exosome injections · Not sure · 1 session/,
      /\$2,000 – \$4,000/,
      /\$3,000 – \$6,000/,
      /The quote you entered: \$2,500\./,
      /Inside the published range/,
      /Printed on [A-Z][a-z]{2} \d{1,2}, \d{4}\. To open this plan again:/,
    ]) {
      assert.match(flat, expected, format);
    }
    // The link may wrap across lines in the PDF; its start is enough to find it.
    assert.ok(flat.includes(env.server.url.slice(0, 16)), `${format}: the link back is printed`);
    assertNoOrphanedHeading(
      pages,
      ['Compare scenarios', 'Your plan over time', "Check a clinic's quote", 'Four questions to ask the clinic', 'What to know about this choice'],
      format,
    );
  }
  // Without a quote typed, the sheet has no empty quote section.
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('Quoted price').fill('');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.quote').evaluate((element) => getComputedStyle(element).display), 'none');
  await closeCleanly(session);
});

const PHONE = { width: 360, height: 780 };
const DESKTOP = { width: 1280, height: 900 };

/** The boxes of the visible elements matched by `locator`, with their text. */
async function visibleBoxes(locator) {
  return locator.evaluateAll((elements) =>
    elements
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { text: element.textContent.trim(), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      })
      .filter((box) => box.right - box.left > 0 && box.bottom - box.top > 0),
  );
}

/** Fails on any two boxes that overlap by more than a pixel each way. */
function assertNoOverlap(boxes, what) {
  for (const [index, a] of boxes.entries()) {
    for (const b of boxes.slice(index + 1)) {
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      assert.ok(overlapX <= 1 || overlapY <= 1, `${what}: "${a.text}" and "${b.text}" overlap`);
    }
  }
}

const DATED_PLAN = 'v1&s=microneedling.not-sure.3&start=2027-03-01';

test('at 360 px the timeline is a list whose words never overlap, with a visible downtime band', async () => {
  const session = await openPlanner(DATED_PLAN, { viewport: PHONE });
  const { page } = session;
  const plan = page.getByRole('region', { name: 'Your plan over time' });
  const list = plan.locator('.timeline-list');
  await list.getByText('Mar 1, 2027').waitFor();
  // The chart's time axis cannot be read this narrow, so the list stands for it.
  assert.equal(await plan.locator('.timeline-chart').isVisible(), false);
  assert.equal(await list.locator('li').count(), 4);
  const words = await visibleBoxes(list.locator('.timeline-name, .timeline-when, .timeline-band'));
  assert.ok(words.length >= 10, JSON.stringify(words));
  assertNoOverlap(words, 'the timeline list at 360 px');
  for (const box of words) assert.ok(box.right <= PHONE.width, `"${box.text}" runs off the screen`);
  // Each session's downtime is a band that can be seen: wide, tall, in the downtime colour.
  const bands = list.locator('.timeline-band-downtime');
  assert.equal(await bands.count(), 3);
  const band = await bands.first().evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return { width: box.width, height: box.height, edge: parseFloat(style.borderLeftWidth), text: element.textContent };
  });
  assert.ok(band.width > 200 && band.height >= 16 && band.edge >= 8, JSON.stringify(band));
  assert.equal(band.text.trim(), 'Downtime: 24–48 hours');
  // The plan in words is still there for everyone.
  assert.equal(await plan.locator('.timeline-words li').count(), 4);
  await closeCleanly(session);
});

test('at 1280 px the chart is drawn, its axis labels apart and its downtime more than a hairline', async () => {
  for (const fragment of [DATED_PLAN, 'v1&s=microneedling.not-sure.6&start=2027-03-01', 'v1&s=fractional-laser.plant.2']) {
    for (const width of [1280, 760]) {
      const session = await openPlanner(fragment, { viewport: { ...DESKTOP, width } });
      const { page } = session;
      const chart = page.locator('.timeline-chart');
      await chart.waitFor();
      const labels = await visibleBoxes(chart.locator('.timeline-tick-label'));
      assert.ok(labels.length >= 2, `${fragment} at ${width}: ${JSON.stringify(labels)}`);
      assertNoOverlap(labels, `axis labels of ${fragment} at ${width} px`);
      // One downtime window: its firm and its uncertain part together.
      const downtime = await visibleBoxes(chart.locator('g:has(> rect.bar-downtime)'));
      assert.ok(downtime.length > 0, fragment);
      for (const box of downtime) {
        assert.ok(box.right - box.left >= 5 && box.bottom - box.top >= 16, `${fragment}: ${JSON.stringify(box)}`);
      }
      await closeCleanly(session);
    }
  }
});

test('at 360 × 780 two totals of the comparison are in view at once, and the rows line up', async () => {
  const session = await openPlanner('v1&s=microneedling.not-sure.3&s=fractional-laser.not-sure.2&s=injection.msc-injectable.1', {
    viewport: PHONE,
  });
  const { page } = session;
  const table = page.getByRole('region', { name: 'Compare scenarios' }).getByRole('table');
  const totals = table.locator('tbody tr').first().locator('td');
  await totals.first().scrollIntoViewIfNeeded();
  const boxes = await totals.evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().toJSON()));
  const inView = boxes.filter((box) => box.top >= 0 && box.bottom <= PHONE.height && box.left >= 0 && box.right <= PHONE.width);
  assert.ok(inView.length >= 2, `totals in view: ${JSON.stringify(boxes)}`);
  assert.match(await totals.nth(0).innerText(), /\$2,000 – \$4,000/);
  assert.match(await totals.nth(2).innerText(), /\$3,000 – \$6,000/);
  // The same scenario stays in the same column on every row: cells of a column share their left edge.
  const lefts = await table.locator('tr').evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('td, th')]
        .filter((cell) => cell.getBoundingClientRect().width > 0 && !cell.matches('tbody th'))
        .map((cell) => Math.round(cell.getBoundingClientRect().left)),
    ),
  );
  const columns = lefts.filter((row) => row.length === 3);
  assert.equal(columns.length, 6, JSON.stringify(lefts));
  for (const row of columns) assert.deepEqual(row, columns[0], JSON.stringify(lefts));
  // Nothing is wider than the screen.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `page is ${width} px wide`);
  await closeCleanly(session);
});

test('"Start on a date" asks for a date, and says it in red only once the field was used', async () => {
  const session = await openPlanner('', { viewport: PHONE });
  const { page } = session;
  const plan = page.getByRole('region', { name: 'Your plan over time' });
  await plan.getByLabel('Start on a date').check();
  const field = plan.getByLabel('First session on');
  await field.waitFor();
  assert.equal(await plan.locator('.error').count(), 0, 'no error before the field is touched');
  assert.equal(await field.getAttribute('aria-invalid'), 'false');
  const prompt = plan.getByText('Choose a date to see the plan on a calendar.');
  assert.equal(await prompt.evaluate((element) => element.className), 'hint');
  // Into the field and out again without a date: now it is an error, tied to the field.
  await field.focus();
  await page.keyboard.press('Shift+Tab');
  const error = plan.locator('.error');
  await error.getByText('Choose a date to see the plan on a calendar.').waitFor();
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await field.getAttribute('aria-describedby'), await error.getAttribute('id'));
  // A date clears it; the other dated mode starts with a fresh field again.
  await field.fill('2027-03-01');
  await plan.locator('.timeline-list').getByText('Mar 1, 2027').waitFor();
  assert.equal(await plan.locator('.error').count(), 0);
  await closeCleanly(session);
});

test('where the browser has a share sheet, "Share…" hands it the plan’s link; elsewhere it is not offered', async () => {
  const withSheet = await openPage(env.browser, env.server.url, { viewport: PHONE });
  await withSheet.context.addInitScript(() => {
    window.__shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async (data) => {
        window.__shared.push(data);
      },
    });
  });
  const { page } = withSheet;
  await page.goto(`${env.server.url}#v1&s=injection.msc-injectable.2`);
  await page.locator('html.app-ready').waitFor();
  const share = page.getByRole('button', { name: 'Share…' });
  await share.click();
  await page.waitForFunction(() => window.__shared.length === 1);
  const [data] = await page.evaluate(() => window.__shared);
  assert.equal(data.title, 'Exosome treatment cost plan');
  assert.match(data.text, /Exosome injections/);
  assert.ok(data.url.startsWith(env.server.url) && data.url.includes('#v1&s=injection.msc-injectable.2'), data.url);
  // Copying the link stays beside it.
  await page.getByRole('button', { name: 'Copy link' }).waitFor();
  await closeCleanly(withSheet);

  const withoutSheet = await openPage(env.browser, env.server.url, { viewport: PHONE });
  await withoutSheet.context.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await withoutSheet.page.goto(env.server.url);
  await withoutSheet.page.locator('html.app-ready').waitFor();
  await withoutSheet.page.getByRole('button', { name: 'Copy link' }).waitFor();
  assert.equal(await withoutSheet.page.getByRole('button', { name: 'Share…' }).count(), 0);
  await closeCleanly(withoutSheet);
});
