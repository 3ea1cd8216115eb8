// Trust: usable from the keyboard alone, private by construction, hostile text shown as text,
// and every figure with its source or rule, with the injection caveat, in every mode.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { distDir, openPage, policyViolations, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

/** Presses Tab until `matches(activeElement)` or the page runs out of stops; returns the path. */
async function tabTo(page, describe, matches, limit = 80) {
  const visited = [];
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const active = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      const style = element ? getComputedStyle(element) : null;
      return {
        tag: element?.tagName ?? '',
        label: element?.labels?.[0]?.textContent?.trim() ?? element?.getAttribute('aria-label') ?? element?.textContent?.trim().slice(0, 40) ?? '',
        focusVisible: element ? element.matches(':focus-visible') : false,
        outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
      };
    });
    visited.push(active);
    assert.ok(active.focusVisible, `focus is visible on ${active.tag} "${active.label}"`);
    assert.notEqual(active.outline.split(' ')[0], 'none', `an outline shows on ${active.tag} "${active.label}"`);
    if (matches(active)) return visited;
  }
  assert.fail(`Tab never reached ${describe}: ${visited.map((v) => `${v.tag}:${v.label}`).join(' → ')}`);
}

test('the keyboard alone reaches every control, reads the result, copies the link and prints', async () => {
  const session = await openPage(env.browser, env.server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = session;
  await page.goto(env.server.url);
  await page.locator('html.app-ready').waitFor();
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await tabTo(page, 'the skip link', (a) => a.label === 'Skip to the calculator');
  await tabTo(page, 'Delivery method', (a) => a.tag === 'SELECT' && a.label === 'Delivery method');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).getByText('Laser exosome facial').first().waitFor();
  await tabTo(page, 'Product tier', (a) => a.tag === 'SELECT' && a.label === 'Product tier');
  await tabTo(page, 'the sessions field', (a) => a.tag === 'INPUT' && a.label === 'Number of sessions');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').getByText('Total for 2 sessions').waitFor();
  await tabTo(page, 'one session more', (a) => a.label === 'One session more');
  await page.keyboard.press('Enter');
  await page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').getByText('Total for 3 sessions').waitFor();
  await tabTo(page, 'a start date', (a) => a.tag === 'INPUT' && /No dates/.test(a.label));
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'the date field', (a) => a.tag === 'INPUT' && a.label === 'First session on');
  await page.keyboard.type('03012027');
  await page.keyboard.press('Tab');
  await page.getByRole('heading', { name: 'The plan in words' }).click();
  await page.locator('.timeline-words').getByText(/Mar 1, 2027/).first().waitFor();
  await tabTo(page, 'Quoted price', (a) => a.label === 'Quoted price');
  await page.keyboard.type('1500');
  await page.locator('.quote-headline').waitFor();
  await tabTo(page, 'Copy link', (a) => a.label === 'Copy link');
  await page.keyboard.press('Enter');
  await page.getByText('Link copied.').waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /s=fractional-laser\.not-sure\.3/);
  await tabTo(page, 'Print', (a) => a.label === 'Print or save as PDF');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => window.__printed), 1);
  // No trap: Tab goes on past the calculator to the explanations' links.
  await tabTo(page, 'a link in the explanations', (a) => a.tag === 'A' || a.tag === 'SUMMARY');
  assert.deepEqual(await policyViolations(page), []);
  await session.context.close();
});

test('the page sets no cookie and stores nothing, whatever is entered', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { page, context } = session;
  await page.goto(env.server.url);
  await page.locator('html.app-ready').waitFor();
  await page.getByLabel('Quoted price').fill('2500');
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Be ready by an event').check();
  await page.getByLabel('Ready by (event date)').fill('2027-06-01');
  const stored = await page.evaluate(async () => ({
    cookie: document.cookie,
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((database) => database.name),
  }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, databases: [] });
  assert.deepEqual(await context.cookies(), []);
  // The quote was typed but not asked into the link: once the address bar holds the rest of
  // the plan (written when the person pauses), it does not hold the quote.
  await page.waitForFunction(() => location.hash.includes('&by=2027-06-01'));
  assert.doesNotMatch(page.url(), /2500/);
  assert.deepEqual(session.foreignRequests, []);
  await context.close();
});

const HOSTILE = '<img src=x onerror="window.__owned=1"><script>window.__owned=1</script>';

test('markup in a clinic configuration and in a link is shown as text, never run', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { page } = session;
  await page.goto(new URL('examples/clinic.html', env.server.url).href);
  await page.locator('#estimator-berlin').getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  const shown = await page.evaluate(async (hostile) => {
    const config = {
      clinic: { name: hostile.slice(0, 80), phone: '+1 555 0100' },
      price_book: JSON.parse(JSON.stringify(window.__unused ?? null)) ?? undefined,
    };
    const element = document.createElement('div');
    document.querySelector('main').append(element);
    await window.ExosomeEstimator.mount(element, config);
    const bad = document.createElement('div');
    document.querySelector('main').append(bad);
    await window.ExosomeEstimator.mount(bad, { currency: hostile, locale: hostile, clinic: { name: 'X', booking_url: hostile } });
    return {
      name: element.shadowRoot.querySelector('.clinic-name')?.textContent,
      images: element.shadowRoot.querySelectorAll('img').length + bad.shadowRoot.querySelectorAll('img').length,
      scripts: element.shadowRoot.querySelectorAll('script').length + bad.shadowRoot.querySelectorAll('script').length,
      problems: bad.shadowRoot.querySelector('.config-problems')?.textContent ?? '',
      owned: window.__owned ?? 0,
    };
  }, HOSTILE);
  assert.equal(shown.name, HOSTILE.slice(0, 80));
  assert.equal(shown.images, 0);
  assert.equal(shown.scripts, 0);
  assert.match(shown.problems, /<img src=x/);
  assert.equal(shown.owned, 0);

  const linked = await openPage(env.browser, env.server.url);
  const encoded = encodeURIComponent(HOSTILE);
  await linked.page.goto(`${env.server.url}#v1&s=injection.${encoded}.${encoded}&q=${encoded}`);
  await linked.page.locator('html.app-ready').waitFor();
  await linked.page.locator('.notices').waitFor();
  const fromLink = await linked.page.evaluate(() => ({
    images: document.querySelectorAll('#app img').length,
    owned: window.__owned ?? 0,
    notices: document.querySelector('.notices').textContent,
  }));
  assert.equal(fromLink.images, 0);
  assert.equal(fromLink.owned, 0);
  assert.match(fromLink.notices, /<img src=x|&lt;img/);
  await linked.context.close();
  await session.context.close();
});

/**
 * Every figure in view has a badge, and an entry under "How each figure was worked out" with a
 * line naming a source, a rule, or its absence.
 */
async function expectEveryFigureSourced(root, mode) {
  const shown = await root.locator('.figure').evaluateAll((elements) =>
    elements.map((element) => ({
      label: element.querySelector('.figure-label')?.textContent ?? '',
      badge: element.querySelector('.badge')?.textContent ?? '',
    })),
  );
  for (const figure of shown) assert.ok(figure.badge.length > 0, `${mode}: "${figure.label}" has no badge`);
  const figures = await root.locator('.how-figure').evaluateAll((elements) =>
    elements.map((element) => ({
      label: element.querySelector('.how-label')?.textContent ?? '',
      provenance: element.querySelector('dd')?.textContent ?? '',
    })),
  );
  assert.deepEqual(figures.map((figure) => figure.label), shown.map((figure) => figure.label), `${mode}: one entry per figure`);
  assert.ok(figures.length >= 5, `${mode}: figures shown`);
  for (const figure of figures) {
    assert.match(
      figure.provenance,
      /(Source: |From: |Rule: |give no |has no price|no source gives|no source says|not quantif|no duration)/i,
      `${mode}: "${figure.label}" has no source or rule`,
    );
  }
}

async function chooseInjection(scope) {
  await scope.getByLabel('Delivery method').selectOption({ label: 'Exosome injections' });
  await scope.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).getByText(/In the US: not FDA-approved, and injected preparations likely need an IND/).waitFor();
  await scope.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.caveat').filter({ hasText: /Investigational New Drug/ }).first().waitFor();
}

test('every figure carries its source or rule, and injection its caveat, in every mode', async () => {
  // The page.
  const pageSession = await openPage(env.browser, env.server.url);
  await pageSession.page.goto(env.server.url);
  await pageSession.page.locator('html.app-ready').waitFor();
  for (const method of ['microneedling', 'fractional-laser', 'scalp', 'injection']) {
    await pageSession.page.getByLabel('Delivery method').selectOption(method);
    await pageSession.page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.summary').waitFor();
    await expectEveryFigureSourced(pageSession.page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }), `page, ${method}`);
  }
  await chooseInjection(pageSession.page);
  // Print.
  await pageSession.page.emulateMedia({ media: 'print' });
  const printedCaveat = await pageSession.page
    .locator('.caveat-injectable-regulatory')
    .evaluate((element) => getComputedStyle(element).display);
  assert.notEqual(printedCaveat, 'none', 'the caveat is printed');
  // Folded on screen, each figure's source and rules are laid out on paper.
  const printedProvenance = await pageSession.page
    .locator('.how-figure')
    .first()
    .evaluate((element) => element.getBoundingClientRect().height);
  assert.ok(printedProvenance > 0, 'sources are printed');
  await pageSession.context.close();

  // The widget, with a clinic's own book.
  const widgetSession = await openPage(env.browser, env.server.url);
  await widgetSession.page.goto(new URL('examples/clinic.html', env.server.url).href);
  const seoul = widgetSession.page.locator('#estimator-seoul');
  // Lazy: it starts once scrolled near.
  await seoul.scrollIntoViewIfNeeded();
  await seoul.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  await expectEveryFigureSourced(seoul.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }), 'widget');
  await chooseInjection(seoul);
  await expectEveryFigureSourced(seoul.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }), 'widget, injection');
  await widgetSession.context.close();

  // The single file, from file://.
  const fileSession = await openPage(env.browser, 'file://');
  await fileSession.page.goto(pathToFileURL(path.join(distDir(), 'exosome-estimator.html')).href);
  await fileSession.page.locator('html.app-ready').waitFor();
  await expectEveryFigureSourced(fileSession.page.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }), 'single file');
  await chooseInjection(fileSession.page);
  await fileSession.context.close();
});
