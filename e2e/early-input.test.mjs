// The prerendered calculator can be worked before its wasm has started (on a slow link or a slow
// phone the wasm is still downloading or compiling). Hydration sets every control back to the
// state it renders, so page.js puts back what the person changed in the meantime; these tests hold
// the wasm back, change controls, let it start and check the estimate follows the changes; the
// last one changes a control in the pause before the calculator hydrates.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, policyViolations, typeSessionsWhileStarting, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

/** Opens the page with its wasm held back; `release()` lets it through. */
async function openWithWasmHeld() {
  return openWithWasmHeldIn(await openPage(env.browser, env.server.url));
}

/** Opens the page in `session` (at `fragment`) with its wasm held back. */
async function openWithWasmHeldIn(session, fragment = '') {
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await session.context.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await session.page.goto(env.server.url + fragment);
  const ready = () => session.page.evaluate(() => document.documentElement.classList.contains('app-ready'));
  assert.equal(await ready(), false, 'the calculator started before the wasm was let through');
  return { ...session, release };
}

test('a session count typed before the wasm starts is kept and estimated', async () => {
  const { context, page, release, pageErrors } = await openWithWasmHeld();
  const sessions = page.getByLabel('Number of sessions');
  await sessions.fill('5');
  release();
  const headline = page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline');
  await headline.getByText('Total for 5 sessions').waitFor();
  assert.equal(await sessions.inputValue(), '5');
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await policyViolations(page), []);
  await context.close();
});

test('a method chosen and a count typed before the wasm starts are both kept', async () => {
  const { context, page, release, pageErrors } = await openWithWasmHeld();
  const method = page.getByLabel('Delivery method');
  const sessions = page.getByLabel('Number of sessions');
  const otherMethod = await method.locator('option').evaluateAll(
    (options, current) => options.map((option) => option.value).find((value) => value !== current),
    await method.inputValue(),
  );
  await method.selectOption(otherMethod);
  await sessions.fill('2');
  release();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  const headline = page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline');
  await headline.getByText('Total for 2 sessions').waitFor();
  assert.equal(await method.inputValue(), otherMethod);
  assert.equal(await sessions.inputValue(), '2');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('nothing changed before the wasm starts: the page opens on its own plan', async () => {
  const { context, page, release, pageErrors } = await openWithWasmHeld();
  release();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  const headline = page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline');
  await headline.getByText('Total for 3 sessions').waitFor();
  assert.equal(await page.getByLabel('Number of sessions').inputValue(), '3');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a count typed while the page starts, after the core compiles and before the calculator hydrates, is kept', async () => {
  const session = await openPage(env.browser, env.server.url);
  await typeSessionsWhileStarting(session.context, 6);
  const { context, page, pageErrors } = session;
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  assert.equal(await page.evaluate(() => window.__typedDuringStart), 'before hydrating');
  const headline = page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline');
  await headline.getByText('Total for 6 sessions').waitFor();
  assert.equal(await page.getByLabel('Number of sessions').inputValue(), '6');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

/**
 * Records, in `window.__startCalls`, each call the page's script makes to the wasm's entry
 * points (`warmUp(3) -> true`). With `touchAtStep`, once `warmUp` has drawn that step it plays
 * a person who presses a key in "Number of sessions" and types 6, as the start goes on.
 */
async function recordStart(context, touchAtStep = null) {
  await context.addInitScript((touchAt) => {
    window.__startCalls = [];
    let bindings;
    Object.defineProperty(window, 'wasmBindings', {
      configurable: true,
      get: () => bindings,
      set: (loaded) => {
        bindings = Object.fromEntries(
          Object.entries(loaded).map(([name, entry]) => [
            name,
            typeof entry !== 'function'
              ? entry
              : (...args) => {
                  const result = entry(...args);
                  window.__startCalls.push(`${name}(${args.join(', ')}) -> ${result}`);
                  if (name === 'warmUp' && args[0] === touchAt) {
                    const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent.trim() === 'Number of sessions');
                    const sessions = document.getElementById(label.htmlFor);
                    sessions.dispatchEvent(new KeyboardEvent('keydown', { key: '6', bubbles: true }));
                    sessions.value = '6';
                    sessions.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '6' }));
                  }
                  return result;
                },
          ]),
        );
      },
    });
  }, touchAtStep);
}

/** The calls `recordStart` saw that are not Trunk's or wasm-bindgen's own. */
async function startCalls(page) {
  const calls = await page.evaluate(() => window.__startCalls);
  return calls.filter((call) => /^(compileFirstViews|warmUp|startPage)\(/.test(call));
}

test('untouched, the start draws each section of the calculator once before it hydrates, and the drawings leave nothing in the page', async () => {
  const { context, page, pageErrors } = await openPage(env.browser, env.server.url);
  await recordStart(context);
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  const calls = await startCalls(page);
  const sections = calls.filter((call) => call.startsWith('warmUp(') && call.endsWith('-> true'));
  assert.ok(sections.length >= 10, `the start drew the calculator's sections: ${calls.join('; ')}`);
  assert.deepEqual(
    calls,
    [
      'compileFirstViews() -> undefined',
      ...sections.map((_, step) => `warmUp(${step}) -> true`),
      `warmUp(${sections.length}) -> false`,
      'startPage() -> undefined',
    ],
    'the core compiled, then every section drawn in order, then the hydration',
  );
  // One estimator, numbered as the prerendered page: the drawings took no instance number and
  // added no element.
  assert.equal(await page.locator('.estimator').count(), 1);
  assert.match(await page.getByLabel('Number of sessions').getAttribute('id'), /^estimator-0-/);
  assert.equal(await page.locator('[id^="warm-up"]').count(), 0);
  await page.getByLabel('Number of sessions').fill('4');
  const headline = page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline');
  await headline.getByText('Total for 4 sessions').waitFor();
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a key pressed while the start draws the sections stops the drawing: the calculator hydrates next, and the count typed is kept', async () => {
  const { context, page, pageErrors } = await openPage(env.browser, env.server.url);
  await recordStart(context, 2);
  await page.goto(env.server.url);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  assert.deepEqual(await startCalls(page), [
    'compileFirstViews() -> undefined',
    'warmUp(0) -> true',
    'warmUp(1) -> true',
    'warmUp(2) -> true',
    'startPage() -> undefined',
  ]);
  const headline = page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline');
  await headline.getByText('Total for 6 sessions').waitFor();
  assert.equal(await page.getByLabel('Number of sessions').inputValue(), '6');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

// The early answers: before the wasm runs, the page answers a change of its controls from the
// table the prerenderer wrote (the calculator's own words for every value its controls can take
// then), and marks what is still the opening plan's until the calculator draws the change.

/** What a person reads of the first screen: the one-line answer, and the card's headline. */
async function firstScreen(page) {
  const card = page.getByRole('region', { name: 'Your estimate' });
  return {
    answer: (await page.getByRole('status').filter({ hasText: 'session' }).first().textContent()).trim(),
    summary: (await card.locator('.summary').textContent()).trim(),
    label: (await card.locator('.figure-headline .figure-label').textContent()).trim(),
    value: (await card.locator('.figure-headline .figure-value').textContent()).trim(),
    badge: (await card.locator('.figure-headline .badge').textContent()).trim(),
    perSession: (await card.locator('.figure:not(.figure-headline) .figure-value').first().textContent()).trim(),
  };
}

/** Records the one-line answer as each frame paints it, from the page's first frame on. */
async function recordAnswersPainted(context) {
  await context.addInitScript(() => {
    window.__answersPainted = [];
    const sample = () => {
      const text = document.querySelector('.answer-text')?.textContent;
      if (text && window.__answersPainted.at(-1) !== text) window.__answersPainted.push(text);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
}

/** Waits until the calculator runs and has drawn what was answered early. */
const drawnByCalculator = (page) =>
  page.waitForFunction(() => document.documentElement.classList.contains('app-ready') && !document.documentElement.classList.contains('early-answer'));

const earlyMarks = (page) =>
  page.evaluate(() => ({
    early: document.documentElement.classList.contains('early-answer'),
    unknown: document.documentElement.classList.contains('early-unknown'),
    busy: document.querySelector('section.result')?.getAttribute('aria-busy') ?? null,
  }));

test('a count typed before the wasm starts is answered at once from the page, and the calculator then draws the same answer and the rest', async () => {
  const session = await openPage(env.browser, env.server.url);
  await recordAnswersPainted(session.context);
  const { context, page, release, pageErrors } = await openWithWasmHeldIn(session);
  const opening = await firstScreen(page);
  await page.getByLabel('Number of sessions').fill('4');
  const early = await firstScreen(page);
  assert.match(early.answer, /^4 sessions · /);
  assert.equal(early.label, 'Total for 4 sessions');
  assert.notEqual(early.value, opening.value);
  // The figures the table does not hold are still the opening plan's, and marked so.
  assert.equal(early.perSession, opening.perSession);
  assert.deepEqual(await earlyMarks(page), { early: true, unknown: false, busy: 'true' });
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('app-ready')), false);

  release();
  await drawnByCalculator(page);
  const drawn = await firstScreen(page);
  assert.deepEqual({ ...drawn, perSession: undefined }, { ...early, perSession: undefined }, 'the calculator drew what the page answered early');
  assert.notEqual(drawn.perSession, opening.perSession, 'the calculator drew the rest of the card');
  assert.deepEqual(await earlyMarks(page), { early: false, unknown: false, busy: null });
  // No frame went back to the opening plan's answer while the calculator hydrated.
  const painted = await page.evaluate(() => window.__answersPainted);
  assert.deepEqual(painted.slice(painted.indexOf(early.answer)), [early.answer], `answers painted: ${painted.join(' | ')}`);
  assert.equal(await page.getByLabel('Number of sessions').inputValue(), '4');
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await policyViolations(page), []);
  await context.close();
});

test('another method chosen before the wasm starts is answered early with the tier the calculator falls back to, and the tier select is marked as not yet redrawn', async () => {
  const { context, page, release, pageErrors } = await openWithWasmHeld();
  const method = page.getByLabel('Delivery method');
  await page.getByLabel('Product tier').selectOption('plant');
  await method.selectOption('injection');
  const early = await firstScreen(page);
  assert.doesNotMatch(early.summary, /Plant/, 'injections offer no plant-derived tier');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('early-tiers')), true);
  const hint = await page.locator(`#${await method.getAttribute('aria-describedby')}`).textContent();
  release();
  await drawnByCalculator(page);
  const drawn = await firstScreen(page);
  assert.deepEqual({ ...drawn, perSession: undefined }, { ...early, perSession: undefined });
  assert.equal(await page.locator(`#${await method.getAttribute('aria-describedby')}`).textContent(), hint);
  assert.equal(await method.inputValue(), 'injection');
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('early-tiers')), false);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('"+" and "−" pressed before the wasm starts step the count at once, and the calculator keeps it', async () => {
  const { context, page, release, pageErrors } = await openWithWasmHeld();
  const sessions = page.getByLabel('Number of sessions');
  const more = page.getByRole('button', { name: 'One session more' });
  await more.click();
  await more.click();
  await page.getByRole('button', { name: 'One session fewer' }).click();
  assert.equal(await sessions.inputValue(), '4');
  assert.equal((await firstScreen(page)).label, 'Total for 4 sessions');
  release();
  await drawnByCalculator(page);
  assert.equal(await sessions.inputValue(), '4');
  assert.equal((await firstScreen(page)).label, 'Total for 4 sessions');
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a count the page holds no early answer for dims the answer until the calculator runs, and the calculator then says what is wrong', async () => {
  const { context, page, release, pageErrors } = await openWithWasmHeld();
  const opening = await firstScreen(page);
  await page.getByLabel('Number of sessions').fill('four');
  assert.deepEqual(await earlyMarks(page), { early: true, unknown: true, busy: 'true' });
  assert.equal((await firstScreen(page)).answer, opening.answer, 'nothing was written that the table does not hold');
  release();
  await drawnByCalculator(page);
  assert.equal(await page.getByLabel('Number of sessions').getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await earlyMarks(page), { early: false, unknown: false, busy: null });
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('a page opened on a plan link answers nothing early: the calculator restores the plan first', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { context, page, release, pageErrors } = await openWithWasmHeldIn(session, '#v1&s=injection.not-sure.2');
  await page.getByLabel('Number of sessions').fill('5');
  assert.deepEqual(await earlyMarks(page), { early: false, unknown: false, busy: null });
  assert.match((await firstScreen(page)).answer, /^3 sessions/);
  release();
  await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
  await page.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').getByText('Total for 5 sessions').waitFor();
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('every early answer in the page is, word for word, what the calculator draws for the same controls', async () => {
  for (const folder of ['', 'es/', 'de/']) {
    const { context, page, pageErrors } = await openPage(env.browser, env.server.url);
    await page.goto(new URL(folder, env.server.url).href);
    await page.waitForFunction(() => document.documentElement.classList.contains('app-ready'));
    const mismatches = await page.evaluate(async () => {
      const table = JSON.parse(document.getElementById('early-answers').textContent);
      const control = (name) => document.querySelector(`#app [id$="-${name}"]:is(input, select)`);
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
      const found = [];
      for (const [key, positions] of Object.entries(table.answers)) {
        const [method, tier, lot, sessions] = key.split('|');
        const set = (element, value) => {
          if (element.type === 'checkbox') element.checked = value === '1';
          else element.value = value;
          element.dispatchEvent(new Event(element.tagName === 'SELECT' || element.type === 'checkbox' ? 'change' : 'input', { bubbles: true }));
        };
        // The tier first, while its select still offers it, as a person would before the wasm.
        set(control('method'), 'microneedling');
        await frame();
        set(control('tier'), tier);
        set(control('method'), method);
        set(control('lot-data'), lot);
        set(control('sessions'), sessions);
        await frame();
        const headline = document.querySelector('section.result .figure-headline');
        const drawn = [
          document.querySelector('.answer-text').textContent,
          document.querySelector('section.result .summary').textContent,
          document.getElementById(control('method').getAttribute('aria-describedby'))?.textContent ?? null,
          document.getElementById(control('tier').getAttribute('aria-describedby')).textContent,
          headline.querySelector('.figure-label').textContent,
          headline.querySelector('.figure-value').textContent,
          ['quoted', 'derived', 'absent'].find((kind) => headline.classList.contains(`figure-${kind}`)),
          headline.querySelector('.badge').textContent,
        ];
        const early = positions.map((position) => (position === null ? null : table.texts[position]));
        if (JSON.stringify(drawn) !== JSON.stringify(early)) found.push({ key, drawn, early });
      }
      return { count: Object.keys(table.answers).length, found };
    });
    assert.ok(mismatches.count >= 4 * 4 * 2 * 6, `${folder || 'en'}: ${mismatches.count} early answers`);
    assert.deepEqual(mismatches.found, [], folder || 'en');
    assert.deepEqual(pageErrors, []);
    await context.close();
  }
});
