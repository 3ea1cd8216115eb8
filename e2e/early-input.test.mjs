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
  const session = await openPage(env.browser, env.server.url);
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  await session.context.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  await session.page.goto(env.server.url);
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
