// The embedded widget, on the example clinic page (dist/examples/clinic.html): its own prices
// and currency per widget, isolation from hostile host CSS, destroy(), and the iframe that
// sizes itself; on its own page (dist/examples/misconfigured.html), the broken configuration's
// errors; and on a page of three widgets, that the core's code is compiled ahead only once.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectCentsAndDateAsIntl, expectTotalAsIntl, openPage, policyViolations, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

const EXAMPLE = 'examples/clinic.html';
const MISCONFIGURED = 'examples/misconfigured.html';

/**
 * Opens the example page and waits until its two widgets have rendered. The Seoul widget is
 * lazy (far down the page, it starts as the visitor nears it), so it is scrolled to, as a
 * visitor would.
 */
async function openClinicPage(options = {}) {
  const session = await openPage(env.browser, env.server.url, options);
  const requests = [];
  session.page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await session.page.goto(new URL(EXAMPLE, env.server.url).href);
  const berlin = session.page.locator('#estimator-berlin');
  const seoul = session.page.locator('#estimator-seoul');
  await berlin.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  await seoul.scrollIntoViewIfNeeded();
  await seoul.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  return { ...session, requests, berlin, seoul };
}

const total = async (widget) =>
  (await widget.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline .figure-value').textContent()).trim();

/** A widget element's state before it shows: busy or not, rendered or not, its height and the window's. */
const waitingState = (widget) =>
  widget.evaluate((element) => ({
    busy: element.getAttribute('aria-busy'),
    rendered: Boolean(element.shadowRoot?.querySelector('.widget')),
    height: element.getBoundingClientRect().height,
    window: innerHeight,
  }));

/** Intl output uses no-break spaces in some locales; compare with ordinary spaces. */
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

test('each widget shows its own clinic, prices, currency and language', async () => {
  const { context, page, berlin, seoul, pageErrors, foreignRequests } = await openClinicPage();
  assert.equal(plain(await total(berlin)), '950 € – 2.400 €');
  // The Berlin clinic's configuration says "language": "de": its widget speaks German, with
  // the clinic's own names as it wrote them, and says so to assistive technology.
  assert.equal(await berlin.locator('.widget').first().getAttribute('lang'), 'de');
  assert.equal(await seoul.locator('.widget').first().getAttribute('lang'), 'en');
  await berlin.getByText('Dermatologie am Stadtpark: Beispielklinik, erfundene Preise').first().waitFor();
  const bookLink = berlin.getByRole('link', { name: 'Beratungstermin bei Dermatologie am Stadtpark vereinbaren' });
  assert.equal(await bookLink.getAttribute('href'), 'https://hautzentrum-stadtpark.example/termin-buchen');
  assert.equal(await berlin.getByRole('link', { name: '+49 30 1234 5678 anrufen' }).getAttribute('href'), 'tel:+493012345678');
  assert.equal(await total(seoul), '₩800,000 – ₩1,800,000');
  // The controls offer only what each clinic offers.
  const berlinMethods = await berlin.getByLabel('Anwendungsmethode').locator('option').allTextContents();
  assert.deepEqual(berlinMethods, ['Exosomen-Gesichtsbehandlung mit Microneedling', 'Exosomen-Gesichtsbehandlung mit Laser']);
  const seoulMethods = await seoul.getByLabel('Delivery method').locator('option').allTextContents();
  assert.deepEqual(seoulMethods, ['Microneedling exosome facial', 'Exosome injections']);
  // The caveats and the four questions are there in every widget, whatever the clinic set.
  await seoul.getByLabel('Delivery method').selectOption('injection');
  await seoul.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.caveat').filter({ hasText: /no exosome product is FDA-approved/ }).first().waitFor();
  assert.equal(await seoul.locator('.question-list > li').count(), 4);
  assert.equal(await berlin.locator('.question-list > li').count(), 4);
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(await policyViolations(page), []);
  // A clinic's page with working configurations logs no error.
  assert.deepEqual(pageErrors, []);
  await context.close();
});

// The widgets write euros in German and won in Korean without the browser's Intl (building it
// loads the browser's locale data, the costliest step of a widget's start on a slow phone), on
// the claim that the product's own formats write exactly what Intl writes there. This holds the
// claim to this browser's Intl: both widgets' totals (whole amounts), and in the Berlin widget
// an amount with cents and a chosen date (won have no cents).
test("the widgets write euros, won and dates exactly as the browser's Intl does in their locales", async () => {
  const { context, page, berlin, seoul } = await openClinicPage();
  await expectTotalAsIntl(page, berlin, { locale: 'de-DE', currency: 'EUR' });
  await expectTotalAsIntl(page, seoul, { locale: 'ko-KR', currency: 'KRW' });
  await expectCentsAndDateAsIntl(page, berlin, { locale: 'de-DE', currency: 'EUR', quote: '2.500,50' });
  await context.close();
});

test('widgets keep independent state', async () => {
  const { context, berlin, seoul } = await openClinicPage();
  await berlin.getByLabel('Anzahl der Sitzungen').fill('1');
  assert.equal(plain(await total(berlin)), '350 € – 900 €');
  assert.equal(await seoul.getByLabel('Number of sessions').inputValue(), '3');
  assert.equal(await total(seoul), '₩800,000 – ₩1,800,000');
  await seoul.getByRole('button', { name: 'One session more' }).click();
  await seoul.locator('.figure-headline').getByText('Total for 4 sessions').waitFor();
  assert.equal(await berlin.getByLabel('Anzahl der Sitzungen').inputValue(), '1');
  await context.close();
});

test('a broken configuration lists every problem with its path, and shows no prices', async () => {
  const { context, page, pageErrors, foreignRequests } = await openPage(env.browser, env.server.url);
  await page.goto(new URL(MISCONFIGURED, env.server.url).href);
  const broken = page.locator('#estimator-broken');
  const alert = broken.getByRole('alert');
  await alert.getByText('This cost estimator is not set up correctly').waitFor();
  const problems = await alert.locator('.config-problems li').allTextContents();
  const expected = [
    /^clinic\.booking_url: .*script link/,
    /^currency: "US\$" is not an ISO 4217 code/,
    /^locale: "english" is not a BCP 47 language tag/,
    /^price_book\.offers\[0\]\.single\.min: must be a non-negative whole number of cents/,
    /^theme\.accent: /,
  ];
  for (const pattern of expected) {
    assert.ok(problems.some((line) => pattern.test(line)), `${pattern} in:\n${problems.join('\n')}`);
  }
  assert.equal(await broken.locator('.figure').count(), 0, 'no prices from a broken configuration');
  assert.equal(await broken.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).count(), 0);
  // The one error in the console is the broken widget's report of its configuration.
  assert.equal(pageErrors.length, 1, pageErrors.join('\n'));
  assert.match(pageErrors[0], /configuration cannot be used/);
  // A widget mounted beside the broken one still works.
  await page.evaluate(async () => {
    const element = document.createElement('div');
    element.id = 'estimator-beside';
    document.querySelector('main').append(element);
    await window.ExosomeEstimator.mount(element);
  });
  const beside = page.locator('#estimator-beside');
  await beside.getByLabel('Number of sessions').fill('2');
  await beside.locator('.figure-headline').getByText('Total for 2 sessions').waitFor();
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(await policyViolations(page), []);
  await context.close();
});

test('hostile host CSS changes nothing in the widget', async () => {
  const { context, page, berlin } = await openClinicPage({ viewport: { width: 1280, height: 900 } });
  const measure = () =>
    berlin.evaluate((host) => {
      const root = host.shadowRoot;
      const pick = (selector) => {
        const element = root.querySelector(selector);
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return [selector, Math.round(box.width), Math.round(box.height), style.fontSize, style.color, style.backgroundColor, style.display];
      };
      return [
        pick('.widget'),
        pick('select'),
        pick('.stepper input'),
        pick('.step'),
        pick('.figure-headline .figure-value'),
        pick('.question-list li'),
      ];
    });
  const hostButtonSize = () =>
    page.locator('#toggle-hostile').evaluate((element) => getComputedStyle(element).fontSize);
  const hostile = await measure();
  const hostileButton = await hostButtonSize();
  await page.getByRole('button', { name: 'Toggle the hostile CSS' }).click();
  await page.waitForFunction(() => document.getElementById('hostile-css').disabled === true);
  const calm = await measure();
  assert.deepEqual(hostile, calm);
  // And the host's rules really are hostile: they do change the host page itself.
  assert.notEqual(hostileButton, await hostButtonSize());
  await context.close();
});

test('the JavaScript API mounts, updates and destroys a widget cleanly', async () => {
  const { context, page } = await openClinicPage();
  const result = await page.evaluate(async () => {
    const element = document.createElement('section');
    element.id = 'api-widget';
    document.querySelector('main').append(element);
    const handle = await window.ExosomeEstimator.mount(element, {});
    const published = element.shadowRoot.querySelector('.figure-headline .figure-value').textContent;
    handle.update({ currency: 'US$' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const error = element.shadowRoot.querySelector('.config-problems')?.textContent ?? '';
    handle.destroy();
    return {
      published,
      error,
      childrenAfterDestroy: element.shadowRoot.childNodes.length,
      globals: Object.keys(window).filter((key) => /exosome|estimator|wasm/i.test(key)),
    };
  });
  assert.equal(result.published.trim(), '$2,000 – $4,000');
  assert.match(result.error, /currency: "US\$" is not an ISO 4217 code/);
  assert.equal(result.childrenAfterDestroy, 0);
  assert.deepEqual(result.globals, [], 'ExosomeEstimator is the only global, and not enumerable');
  assert.equal(await page.evaluate(() => typeof window.ExosomeEstimator.mount), 'function');
  // Removing an element from the page destroys its widget too.
  const emptied = await page.evaluate(async () => {
    const element = document.getElementById('estimator-seoul');
    element.remove();
    return element.shadowRoot.childNodes.length;
  });
  assert.equal(emptied, 0);
  await context.close();
});

test('a lazy widget starts only as the visitor nears it, holding its room until then', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { context, page } = session;
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(new URL(EXAMPLE, env.server.url).href);
  const berlin = page.locator('#estimator-berlin');
  const seoul = page.locator('#estimator-seoul');
  await berlin.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  // Far down the page, Seoul's widget has not started: no configuration read, nothing rendered,
  // and its element busy, holding at least a window's height.
  const waiting = await waitingState(seoul);
  assert.deepEqual([waiting.busy, waiting.rendered], ['true', false]);
  assert.ok(waiting.height >= waiting.window, `reserved ${waiting.height}px of ${waiting.window}px`);
  assert.ok(!requests.includes('/examples/seoul-clinic.json'), 'the configuration is read only when the widget starts');
  // Brought near, it starts and works.
  await seoul.scrollIntoViewIfNeeded();
  await seoul.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  assert.equal(await seoul.getAttribute('aria-busy'), null);
  assert.ok(requests.includes('/examples/seoul-clinic.json'));
  // A lazy widget taken off the page while it waits, then put back in view, still starts.
  await page.evaluate(() => window.scrollTo(0, 0));
  const restarted = await page.evaluate(async () => {
    const element = document.createElement('exosome-estimator');
    element.setAttribute('loading', 'lazy');
    element.style.marginTop = '300vh';
    document.querySelector('main').append(element);
    element.remove();
    element.style.marginTop = '0';
    document.querySelector('main').prepend(element);
    element.scrollIntoView();
    for (let i = 0; i < 600 && !element.shadowRoot?.querySelector('.figure-headline'); i += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return { rendered: Boolean(element.shadowRoot?.querySelector('.figure-headline')), busy: element.getAttribute('aria-busy') };
  });
  assert.deepEqual(restarted, { rendered: true, busy: null });
  await context.close();
});

// The room a widget holds while busy comes from its own stylesheet, not only from the host's rule
// (examples/host.css), which a clinic may leave out: here the element is given no room at all by
// the host, its configuration is held back, and it must still hold a window's height.
test('a busy widget holds a window\'s height even where the host reserves none', async () => {
  const { context, page } = await openClinicPage();
  const configuration = await page.evaluate(async () => (await fetch('seoul-clinic.json')).text());
  let release;
  const released = new Promise((resolve) => {
    release = resolve;
  });
  let requested;
  const seen = new Promise((resolve) => {
    requested = resolve;
  });
  await page.route('**/examples/held-clinic.json', async (route) => {
    requested();
    await released;
    await route.fulfill({ status: 200, contentType: 'application/json', body: configuration });
  });
  await page.evaluate(() => {
    const element = document.createElement('exosome-estimator');
    element.id = 'held';
    element.setAttribute('config', 'held-clinic.json');
    element.style.setProperty('min-height', '0', 'important');
    document.querySelector('main').append(element);
  });
  // The configuration is asked for only once the widget's stylesheet has loaded.
  await seen;
  const held = page.locator('#held');
  const waiting = await waitingState(held);
  assert.deepEqual([waiting.busy, waiting.rendered], ['true', false]);
  assert.ok(waiting.height >= waiting.window, `held ${waiting.height}px of ${waiting.window}px`);
  release();
  await held.getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').waitFor();
  assert.equal(await held.getAttribute('aria-busy'), null);
  await context.close();
});

test('widgets mounted together compile the core\'s code once, in the first instance', async () => {
  const session = await openPage(env.browser, env.server.url);
  const { context, page, pageErrors } = session;
  // Each instance imports its own copy of the glue; the copies served here count the calls.
  await page.route('**/estimator-clinic-*.js*', async (route) => {
    const response = await route.fetch();
    const glue = await response.text();
    const counted = glue.replace(
      'export function compileFirstViews(){',
      'export function compileFirstViews(){globalThis.__compileCalls=(globalThis.__compileCalls??0)+1;',
    );
    assert.notEqual(counted, glue, 'the glue has compileFirstViews');
    await route.fulfill({ response, body: counted });
  });
  // A page of three widgets that all start at load, beside the example clinic page.
  await page.route('**/examples/three-together.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><script type="module" src="../exosome-estimator.js"></script></head>
<body>${['one', 'two', 'three'].map((id) => `<exosome-estimator id="${id}" config="seoul-clinic.json"></exosome-estimator>`).join('')}</body></html>`,
    }),
  );
  await page.goto(new URL('examples/three-together.html', env.server.url).href);
  for (const id of ['one', 'two', 'three']) {
    await page.locator(`#${id}`).getByRole('region', { name: 'Your estimate' }).locator('.figure-headline').waitFor();
  }
  assert.equal(await page.evaluate(() => globalThis.__compileCalls), 1);
  assert.deepEqual(pageErrors, []);
  await context.close();
});

test('the only requests are the site\'s own files and the named configuration file', async () => {
  const { context, requests, foreignRequests } = await openClinicPage();
  assert.deepEqual(foreignRequests, []);
  assert.ok(requests.includes('/examples/seoul-clinic.json'));
  // The host page's own files (its icon is the site's) and the widget's; nothing else.
  const unexpected = requests.filter(
    (path) => !/^\/(examples\/[\w.-]+|icons\/icon-192\.png|exosome-estimator\.js|estimator-clinic-[0-9a-f]+(\.js|_bg\.wasm)|estimator-widget\.css|embed\.(html|js|css)|)$/.test(path),
  );
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('a configuration file that cannot be loaded, or is not JSON, gets the error box', async () => {
  const { context, page } = await openClinicPage();
  const problems = await page.evaluate(async () => {
    const read = async (attribute) => {
      const element = document.createElement('exosome-estimator');
      element.setAttribute('config', attribute);
      document.querySelector('main').append(element);
      for (let i = 0; i < 200 && !element.shadowRoot?.querySelector('.config-problems'); i += 1) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return element.shadowRoot?.querySelector('.config-problems')?.textContent ?? '(none)';
    };
    return {
      missing: await read('missing.json'),
      notJson: await read('clinic.html'),
      foreign: await read('https://elsewhere.example/prices.json'),
    };
  });
  // The message names the address as resolved, the one that was really requested.
  assert.match(problems.missing, /could not load "http:\/\/127\.0\.0\.1:\d+\/examples\/missing\.json" \(HTTP 404\)/);
  assert.match(problems.notJson, /not valid JSON|looks like a web page/);
  assert.match(problems.foreign, /^config: /);
  await context.close();
});

test('the iframe page sizes its frame to its content', async () => {
  const { context, page } = await openClinicPage();
  // The frame is lazy (loading="lazy"): it loads once scrolled near.
  await page.locator('#estimator-frame').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('#estimator-frame');
  await frame.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
  // en-GB formats the published US dollar figures its own way.
  assert.equal(
    (await frame.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline .figure-value').textContent()).trim(),
    'US$2,000 – US$4,000',
  );
  // The frame says whose configuration it shows: the page that frames it, by its origin.
  await frame.getByRole('note').getByText(`supplied by ${new URL(env.server.url).origin}, the website showing it`).waitFor();
  await page.waitForFunction(() => document.getElementById('estimator-frame').getBoundingClientRect().height > 1000);
  const sizes = await page.evaluate(() => {
    const frameElement = document.getElementById('estimator-frame');
    return {
      frame: Math.round(frameElement.getBoundingClientRect().height),
      content: Math.ceil(frameElement.contentDocument.documentElement.getBoundingClientRect().height),
    };
  });
  assert.ok(Math.abs(sizes.frame - sizes.content) <= 2, JSON.stringify(sizes));
  await context.close();
});
