// The answer first (issue 15): on a phone the price and the recovery stay in view while the
// controls are worked, with the keyboard open too; on a desktop the controls stay beside the
// result; the detail is one tap away; the words are a patient's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useServerAndBrowser, openEstimator as openSharedEstimator, figureDetail } from './support.mjs';

const env = useServerAndBrowser();
const openEstimator = (options) => openSharedEstimator(env.browser, env.server.url, options);

/** The one-line answer, as the summary in view shows it. */
const answerOf = (page) => page.getByRole('status');

/** Waits for the next two frames, so that layout after a change has settled. */
const settle = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The visible rectangle of `locator` against the viewport: whether all of it is on screen. */
async function fullyInView(page, locator) {
  const box = await locator.boundingBox();
  const { height, width } = page.viewportSize();
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

/** Whether the answer bar covers any part of `locator`. */
async function coveredByAnswer(page, locator) {
  const bar = await page.locator('.answer-bar').boundingBox();
  const box = await locator.boundingBox();
  return box.y < bar.y + bar.height && box.y + box.height > bar.y;
}

/** Scrolls `locator` to the middle of the screen, as a patient working down the form would. */
async function scrollToMiddle(locator) {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
}

for (const [name, viewport] of [
  ['a 360×780 phone', { width: 360, height: 780 }],
  ['a 360×480 phone with the keyboard open', { width: 360, height: 480 }],
]) {
  test(`on ${name} the total stays in view after each change of each control`, async () => {
    const session = await openEstimator({ viewport, isMobile: true, hasTouch: true });
    const { page, result, method, tier, sessions, lotData } = session;
    const total = result.locator('.figure-headline .figure-value');
    const expectAnswer = async (expected) => {
      await answerOf(page).getByText(expected).waitFor();
      await settle(page);
      // The answer in view is the card's total, not a copy that could drift from it.
      assert.ok((await answerOf(page).textContent()).includes((await total.textContent()).trim()));
      assert.ok(await fullyInView(page, answerOf(page)), `the answer is on screen (${expected})`);
    };
    const changes = [
      [method, () => method.selectOption({ label: 'Exosome injections' }), '3 sessions · $9,000 – $18,000'],
      [tier, () => tier.selectOption({ label: 'High-potency MSC injectable' }), '3 sessions · $9,000 – $18,000'],
      [method, () => method.selectOption({ label: 'Microneedling exosome facial' }), '3 sessions · $2,000 – $4,000'],
      [tier, () => tier.selectOption({ label: 'Plant-derived' }), '3 sessions · $2,000 – $3,000'],
      [lotData, () => lotData.check(), '3 sessions · $2,000 – $3,000'],
      [sessions, () => sessions.fill('1'), '1 session · $600 – $1,050'],
      [page.getByRole('button', { name: 'One session more' }), () => page.getByRole('button', { name: 'One session more' }).click(), '2 sessions'],
    ];
    for (const [control, change, expected] of changes) {
      await scrollToMiddle(control);
      await change();
      await expectAnswer(expected);
      assert.ok(!(await coveredByAnswer(page, control)), `the answer does not cover the control in use (${expected})`);
    }
    // "Details" brings the whole card to the top of the screen, below the summary.
    await page.getByRole('button', { name: 'Details' }).click();
    await settle(page);
    const heading = result.getByRole('heading', { name: /^(Your estimate|Ihre Schätzung)$/ });
    assert.ok(await fullyInView(page, heading), 'the card heading is on screen');
    assert.ok(!(await coveredByAnswer(page, heading)), 'the card heading is not under the summary');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('result')), true);
    await session.context.close();
  });
}

test('on a desktop the controls stay beside the result as it is read, and the summary bar is not drawn', async () => {
  const session = await openEstimator({ viewport: { width: 1280, height: 900 } });
  const { page, result } = session;
  const controls = page.getByRole('form', { name: 'Your choices' });
  await result.getByRole('heading', { name: 'What to know about this choice' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const card = document.querySelector('.result').getBoundingClientRect();
    window.scrollBy(0, card.bottom - window.innerHeight);
  });
  await settle(page);
  assert.ok(await fullyInView(page, controls), 'the controls are on screen at the foot of the result');
  const bar = await page.locator('.answer-bar').boundingBox();
  assert.ok(bar.width <= 1 && bar.height <= 1, 'the bar is not drawn where the controls sit beside the result');
  // It still speaks: the live region is the bar's line.
  await page.getByLabel('Number of sessions').fill('2');
  await answerOf(page).getByText('2 sessions · $1,200 – $3,000 · 24–48 hours downtime each').waitFor();
  await session.context.close();
});

test('the summary is not printed, and the folded sources are', async () => {
  const session = await openEstimator();
  const { page } = session;
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.answer-bar').evaluate((element) => getComputedStyle(element).display), 'none');
  const folded = await page.locator('.how-figure').first().evaluate((element) => element.getBoundingClientRect().height);
  assert.ok(folded > 0, 'each figure’s source and rules are laid out on paper');
  await session.context.close();
});

test('the card gives its source once, with every figure’s own source and rule one tap away', async () => {
  const session = await openEstimator({ viewport: { width: 360, height: 780 } });
  const { result } = session;
  assert.equal(await result.getByText(/^Figures from: RegenClinics\.org/).count(), 1);
  // Folded: the per-figure lines are not on screen until asked for.
  assert.equal(await result.locator('.provenance-line').first().isVisible(), false);
  const perSession = await figureDetail(result, 'Per session');
  await perSession.getByText(/^Rule: the total divided by the number of sessions/).waitFor();
  await session.context.close();
});

test('badges say where a figure comes from in plain words, and none says "quote"', async () => {
  const session = await openEstimator();
  const { result, method } = session;
  for (const label of ['Microneedling exosome facial', 'Laser exosome facial', 'Exosome injections', 'Hair loss (under study)']) {
    await method.selectOption({ label });
    await result.locator('.summary').getByText(label).waitFor();
    const badges = (await result.locator('.figure .badge').allTextContents()).map((text) => text.trim());
    assert.equal(badges.length, 5, label);
    for (const badge of badges) {
      assert.ok(['From the published source', 'Worked out by this estimator', 'No published figure'].includes(badge), `${label}: ${badge}`);
    }
    const pill = await result.locator('.price-label').textContent();
    assert.doesNotMatch(pill, /quote/i, `${label}: ${pill}`);
  }
  await session.context.close();
});

test('options use the words patients use, keep the clinical name in view, and none is cut off on a phone', async () => {
  const session = await openEstimator({ viewport: { width: 360, height: 780 } });
  const { page, method, tier } = session;
  const describedBy = await method.getAttribute('aria-describedby');
  assert.match(await page.locator(`[id="${describedBy}"]`).textContent(), /^Clinical name: topical exosomes after microneedling/);
  for (const select of [method, tier]) {
    for (const value of await select.locator('option').evaluateAll((options) => options.map((option) => option.value))) {
      await select.selectOption(value);
      // The select's text box, without its padding and the arrow, against the option's text.
      const fits = await select.evaluate((element) => {
        const style = getComputedStyle(element);
        const context = document.createElement('canvas').getContext('2d');
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = element.selectedOptions[0].textContent;
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return { text, width: context.measureText(text).width, room };
      });
      assert.ok(fits.width <= fits.room, `"${fits.text}" is ${Math.round(fits.width)} px in ${Math.round(fits.room)} px`);
    }
  }
  await session.context.close();
});

test('"−" at 1 and "+" at 6 say they can do no more, and keep focus', async () => {
  const session = await openEstimator();
  const { page, sessions } = session;
  const fewer = page.getByRole('button', { name: 'One session fewer' });
  const more = page.getByRole('button', { name: 'One session more' });
  assert.equal(await fewer.getAttribute('aria-disabled'), 'false');
  assert.equal(await more.getAttribute('aria-disabled'), 'false');
  await sessions.fill('2');
  await fewer.click();
  assert.equal(await sessions.inputValue(), '1');
  assert.equal(await fewer.getAttribute('aria-disabled'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'One session fewer');
  // Pressed again it does nothing: through the keyboard, as Playwright will not click a button
  // marked disabled.
  await page.keyboard.press('Enter');
  assert.equal(await sessions.inputValue(), '1');
  await sessions.fill('6');
  assert.equal(await more.getAttribute('aria-disabled'), 'true');
  assert.equal(await fewer.getAttribute('aria-disabled'), 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  assert.equal(await sessions.inputValue(), '6');
  await session.context.close();
});

test('the explanations are folded under their headings, and a link to one opens it', async () => {
  const session = await openEstimator({ viewport: { width: 360, height: 780 } });
  const { page } = session;
  const ids = ['what-exosomes-are', 'source-cell', 'delivery-methods', 'who-it-may-suit', 'risks', 'regulation', 'sources'];
  for (const id of ids) {
    const fold = page.locator(`details#${id}`);
    assert.equal(await fold.evaluate((details) => details.open), false, `${id} starts folded`);
    assert.equal(await fold.locator('summary').getByRole('heading', { level: 2 }).count(), 1, `${id} has its heading in view`);
  }
  await page.getByRole('heading', { name: 'Regulation in the US (2026)' }).click();
  assert.equal(await page.locator('details#regulation').evaluate((details) => details.open), true);
  // A link to the section, opened in a new visit, lands on the open section.
  await page.goto(new URL('#regulation', env.server.url).href);
  await page.locator('details#regulation[open]').waitFor();
  await page.goto(new URL('#source-misev2018', env.server.url).href);
  await page.locator('details#sources[open]').waitFor();
  assert.ok(await page.locator('#source-misev2018').isVisible());
  await session.context.close();
});

test('at 360 px the calculator, the result and the planner fit in six screens with everything folded', async () => {
  const session = await openEstimator({ viewport: { width: 360, height: 780 } });
  const { page } = session;
  const heights = await page.evaluate(() => ({
    page: document.documentElement.scrollHeight,
    calculator: document.querySelector('#calculator').getBoundingClientRect().height,
  }));
  console.log(`page height at 360×780: ${heights.page} px; calculator, result and planner: ${Math.round(heights.calculator)} px (${(heights.calculator / 780).toFixed(1)} screens)`);
  assert.ok(heights.calculator <= 6 * 780, `${Math.round(heights.calculator)} px is more than six screens`);
  await session.context.close();
});

test('in a clinic widget on a phone the answer sticks below the host’s own fixed header', async () => {
  const session = await openSharedEstimator(env.browser, env.server.url, { viewport: { width: 360, height: 780 } });
  const { page } = session;
  await page.goto(new URL('examples/clinic.html', env.server.url).href);
  const widget = page.locator('#estimator-berlin');
  await widget.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  // As a host's stylesheet would set it (through the CSSOM: the example's policy forbids inline styles).
  await widget.evaluate((element) => element.style.setProperty('--exo-sticky-top', '50px'));
  // The Berlin widget speaks German (its configuration says so).
  await widget.getByLabel('Anzahl der Sitzungen').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await settle(page);
  const bar = await widget.locator('.answer-bar').boundingBox();
  assert.equal(Math.round(bar.y), 50, 'the bar sits at the header height the host gave');
  assert.match(await widget.getByRole('status').textContent(), /Sitzungen · /);
  await session.context.close();
});
