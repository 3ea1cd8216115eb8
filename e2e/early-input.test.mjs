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
