// Should the estimator panic after all, the failing widget shows a "something went wrong" box
// in its own place, and the page and the other widgets keep working.
//
// A real panic needs a build that can panic on purpose: `cargo xtask test` builds the app with
// the `crash-test` feature (a widget whose clinic is named "__crash_test__" panics while
// rendering) into CRASH_TEST_DIR, and this test serves that build in place of the release one.

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openPage, useServerAndBrowser } from './support.mjs';

const crashBuild = process.env.CRASH_TEST_DIR;
const env = useServerAndBrowser();

before(() => {
  assert.ok(crashBuild, 'CRASH_TEST_DIR names the crash-test build (cargo xtask test sets it)');
});

test('a panic shows a box inside that widget only; the others keep working', async () => {
  const glue = await fs.readFile(path.join(crashBuild, 'exosome_estimator.js'));
  const wasm = await fs.readFile(path.join(crashBuild, 'exosome_estimator_bg.wasm'));
  const session = await openPage(env.browser, env.server.url);
  const { page, context } = session;
  // Every widget instance on the page loads the crash-test build instead of the release
  // clinic build (estimator-clinic-<hash>.js and _bg.wasm) that the loader names.
  await context.route(/estimator-clinic-[0-9a-f]+\.js\?instance=/, (route) =>
    route.fulfill({ body: glue, contentType: 'text/javascript' }),
  );
  await context.route(/estimator-clinic-[0-9a-f]+_bg\.wasm$/, (route) =>
    route.fulfill({ body: wasm, contentType: 'application/wasm' }),
  );
  await page.goto(new URL('examples/clinic.html', env.server.url).href);
  const berlin = page.locator('#estimator-berlin');
  await berlin.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();

  await page.evaluate(() => {
    const element = document.createElement('section');
    element.id = 'crashing';
    document.querySelector('main').prepend(element);
    window.ExosomeEstimator.mount(element, { clinic: { name: '__crash_test__' } }).catch(() => {});
  });
  const box = page.locator('#crashing').getByRole('alert');
  await box.getByText('Something went wrong in the cost estimator.').waitFor({ timeout: 15000 });
  assert.match(await box.innerText(), /Reload the page to start again/);

  // The page and the other widgets are alive.
  // The Berlin widget speaks German (its configuration says so).
  await berlin.getByLabel('Anzahl der Sitzungen').fill('1');
  await berlin.locator('.figure-headline').getByText('Gesamtpreis für 1 Sitzung').waitFor();
  const seoul = page.locator('#estimator-seoul');
  // Lazy: it starts once scrolled near.
  await seoul.scrollIntoViewIfNeeded();
  await seoul.getByRole('button', { name: 'One session more' }).click();
  await seoul.locator('.figure-headline').getByText('Total for 4 sessions').waitFor();
  assert.ok(
    session.pageErrors.some((error) => /the crash test asked for a panic/.test(error)),
    session.pageErrors.join('\n'),
  );
  await context.close();
});
