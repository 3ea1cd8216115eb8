// A clinic's web team, following EMBEDDING.md: the template edited only in its prices, the
// published book copied under the clinic's name, amounts in whole units, the documented iframe
// snippet under the documented policy, links that leave the frame, the stepper's boxes, the
// price's colour under any accent, and the Book action right under the total.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { distDir, openPage, policyViolations, serveStatic, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

const EMBEDDING = await fs.readFile(path.join(import.meta.dirname, '..', 'EMBEDDING.md'), 'utf8');

/** The first fenced block after `heading` in EMBEDDING.md, as a clinic would copy it. */
function documented(heading, language) {
  const from = EMBEDDING.indexOf(heading);
  assert.ok(from >= 0, `EMBEDDING.md has "${heading}"`);
  const fence = `\`\`\`${language}\n`;
  const start = EMBEDDING.indexOf(fence, from) + fence.length;
  return EMBEDDING.slice(start, EMBEDDING.indexOf('```', start)).trim();
}

const template = JSON.parse(await fs.readFile(path.join(distDir(), 'widget', 'clinic-price-book.template.json'), 'utf8'));

/** The template with its "SET: …" amounts replaced, and nothing else changed. */
function pricedTemplate(single, series) {
  const book = structuredClone(template);
  for (const offer of book.offers) {
    [offer.single.min, offer.single.max] = single;
    if (offer.series) [offer.series.min, offer.series.max] = series;
  }
  return book;
}

/** Opens the example clinic page, to have the loader on a page of the site. */
async function openHost(options) {
  const session = await openPage(env.browser, env.server.url, options);
  await session.page.goto(new URL('examples/clinic.html', env.server.url).href);
  await session.page.locator('#estimator-berlin').getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).waitFor();
  return session;
}

/** Mounts a widget with `config` into a new element `#id`; returns the handle's report. */
function mountInto(page, id, config) {
  return page.evaluate(
    async ({ id, config }) => {
      const element = document.createElement('div');
      element.id = id;
      document.querySelector('main').prepend(element);
      const handle = await window.ExosomeEstimator.mount(element, config);
      return { ok: handle.ok, problems: handle.problems, warnings: handle.warnings };
    },
    { id, config },
  );
}

const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ').trim();

test('the template, edited only in its prices, gives a correct widget; untouched, it is refused', async () => {
  const { context, page } = await openHost();
  const untouched = await mountInto(page, 'untouched', { clinic: { name: 'Your Clinic' }, price_book: template });
  assert.equal(untouched.ok, false);
  assert.ok(untouched.problems.some((problem) => /^price_book\.offers\[0\]\.single\.min$/.test(problem.path)), JSON.stringify(untouched.problems));
  const report = await mountInto(page, 'templated', {
    clinic: { name: 'Your Clinic', booking_url: '/book' },
    price_book: pricedTemplate([50000, 120000], [140000, 330000]),
  });
  assert.deepEqual(report, { ok: true, problems: [], warnings: [] });
  const widget = page.locator('#templated');
  await widget.getByText("Your Clinic: the clinic's price list, and figures derived from it by stated rules").first().waitFor();
  const total = await widget.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline .figure-value').textContent();
  assert.equal(plain(total), '$1,400 – $3,300');
  const methods = await widget.getByLabel('Delivery method').locator('option').allTextContents();
  assert.equal(methods.length, 2, methods.join(', '));
  await context.close();
});

test('the published book copied under a clinic kind is refused, and whole units are warned about', async () => {
  const { context, page, pageErrors } = await openHost();
  const published = JSON.parse(await fs.readFile(path.join(distDir(), 'widget', 'price-book.json'), 'utf8'));
  published.sources[0].kind = 'clinic';
  const copied = await mountInto(page, 'copied', { clinic: { name: 'Copy Clinic' }, price_book: published });
  assert.equal(copied.ok, false);
  const alert = page.locator('#copied').getByRole('alert');
  await alert.getByText(/names the published overview/).first().waitFor();
  assert.equal(await page.locator('#copied').locator('.figure-headline').count(), 0, 'no prices shown');

  const warned = page.waitForEvent('console', {
    predicate: (message) => message.type() === 'warning' && /unusually low/.test(message.text()),
  });
  const book = pricedTemplate([1200, 2400], [3000, 6000]);
  book.currency = 'EUR';
  const whole = await mountInto(page, 'whole-units', { clinic: { name: 'Euro Clinic' }, currency: 'EUR', locale: 'de-DE', language: 'en', price_book: book });
  assert.equal(whole.ok, true);
  assert.ok(whole.warnings.some((warning) => warning.path === 'price_book.offers[0].single.min' && /1200 means €12/.test(warning.message)), JSON.stringify(whole.warnings));
  await warned;
  assert.ok(pageErrors.every((error) => /configuration cannot be used/.test(error)), pageErrors.join('\n'));
  await context.close();
});

test("the documented iframe snippet works under the documented policy, and its links leave the frame", async () => {
  const policy = documented('## 5. Content Security Policy', '').replace(/\s*\n\s*/g, ' ').replace(/^Content-Security-Policy:\s*/, '');
  const snippet = documented('### An iframe, for full isolation', 'html').replaceAll('/estimator/', '/widget/');
  // The snippet's clinic, with a booking path on the clinic's site.
  const config = encodeURIComponent(JSON.stringify({ clinic: { name: 'Example Skin Clinic', booking_url: '/termin' } }));
  const bookingSnippet = snippet.replace(/#config=[^&"]*/, `#config=${config}`);
  assert.notEqual(bookingSnippet, snippet, 'the snippet has a #config= to replace');
  // The element way's snippet on the same page, as documented.
  const elementSnippet = documented('### An element with its configuration inside', 'html').replaceAll('/estimator/', '/widget/');
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><h1>Our clinic</h1>${elementSnippet}${bookingSnippet}</body></html>`;
  const server = await serveStatic(distDir(), {
    handlers: {
      '/clinic/estimator.html': (request, response) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy });
        response.end(host);
      },
    },
  });
  const origin = new URL(server.url).origin;
  const { context, page, foreignRequests } = await openPage(env.browser, origin);
  try {
    await page.goto(`${server.url}clinic/estimator.html`);
    const frame = page.frameLocator('iframe.exosome-estimator-frame');
    await frame.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
    await page.waitForFunction(() => document.querySelector('iframe.exosome-estimator-frame').getBoundingClientRect().height > 1000);
    const sizes = await page.evaluate(() => {
      const element = document.querySelector('iframe.exosome-estimator-frame');
      return {
        frame: Math.round(element.getBoundingClientRect().height),
        content: Math.ceil(element.contentDocument.documentElement.getBoundingClientRect().height),
        width: Math.round(element.getBoundingClientRect().width),
        page: document.documentElement.clientWidth,
      };
    });
    assert.ok(Math.abs(sizes.frame - sizes.content) <= 2, JSON.stringify(sizes));
    assert.ok(sizes.width >= sizes.page - 20, `the class gives the frame its width: ${JSON.stringify(sizes)}`);
    // The element snippet's widget works under the same policy, with its clinic's link.
    const element = page.locator('exosome-estimator');
    await element.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline .figure-value').waitFor();
    assert.equal(await element.getByRole('link', { name: 'Book a consultation with Example Skin Clinic' }).getAttribute('href'), '/book');
    assert.deepEqual(await policyViolations(page), []);
    // Any other link, such as an FDA notice, leaves the frame too (the request is caught and
    // aborted: it would leave the machine).
    // The notices sit under their caveat's title, which the patient opens first.
    const caveat = frame.locator('.result .caveat').filter({ has: frame.locator('a[href*="fda.gov"]') }).first();
    await caveat.locator('summary').click();
    const notice = caveat.locator('a[href*="fda.gov"]').first();
    const [request] = await Promise.all([page.waitForRequest((candidate) => candidate.url().includes('fda.gov')), notice.click()]);
    assert.equal(request.frame(), page.mainFrame(), 'the notice opens in the top window');
    await page.goto(`${server.url}clinic/estimator.html`);
    await frame.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline').waitFor();
    // "Book" opens the clinic's own /termin in the top window, not inside the frame.
    const book = frame.getByRole('link', { name: 'Book a consultation' }).first();
    assert.equal(await book.getAttribute('href'), `${origin}/termin`);
    await Promise.all([page.waitForURL(`${origin}/termin`), book.click()]);
    assert.equal(new URL(page.url()).pathname, '/termin');
    assert.deepEqual(foreignRequests.filter((url) => !url.includes('fda.gov')), []);
  } finally {
    await context.close();
    await server.close();
  }
});

for (const width of [360, 1280]) {
  test(`in a widget at ${width} px the stepper's boxes do not overlap, the price keeps its colour, and Book sits under the total`, async () => {
    const { context, page } = await openHost({ viewport: { width, height: 900 } });
    await mountInto(page, 'red-clinic', {
      clinic: { name: 'Red Accent Clinic', booking_url: '/book', phone: '+1 555 0100' },
      theme: { accent: '#b91c1c' },
    });
    await mountInto(page, 'plain-clinic', { clinic: { name: 'Plain Clinic' } });
    const widget = page.locator('#red-clinic');
    await widget.getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline .figure-value').waitFor();
    const boxes = await widget.evaluate((host) => {
      const root = host.shadowRoot;
      const box = (element) => element.getBoundingClientRect().toJSON();
      const [fewer, more] = root.querySelectorAll('.stepper .step');
      return {
        fewer: box(fewer),
        input: box(root.querySelector('.stepper input')),
        more: box(more),
        field: box(root.querySelector('.stepper').closest('.field')),
      };
    });
    assert.ok(boxes.fewer.right <= boxes.input.left, `"−" ends before the input: ${JSON.stringify(boxes)}`);
    assert.ok(boxes.input.right <= boxes.more.left, `the input ends before "+": ${JSON.stringify(boxes)}`);
    assert.ok(boxes.more.right <= boxes.field.right + 0.5, `"+" stays inside its field: ${JSON.stringify(boxes)}`);

    const colour = (selector) => page.locator(selector).evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.figure-headline .figure-value')).color);
    await page.locator('#plain-clinic').getByRole('region', { name: /^(Your estimate|Ihre Schätzung)$/ }).locator('.figure-headline .figure-value').waitFor();
    assert.equal(await colour('#red-clinic'), await colour('#plain-clinic'), 'the accent does not colour the money');
    const buttonBackground = await widget.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.quick-action .cta-button')).backgroundColor);
    assert.equal(buttonBackground, 'rgb(185, 28, 28)', 'the accent is for actions');

    const placement = await widget.evaluate((host) => {
      const root = host.shadowRoot;
      const total = root.querySelector('.figure-headline').getBoundingClientRect();
      const book = [...root.querySelectorAll('a')].find((link) => link.textContent === 'Book a consultation').getBoundingClientRect();
      const perSession = root.querySelectorAll('.figure')[1].getBoundingClientRect();
      return { gap: book.top - total.bottom, beforeNext: book.bottom <= perSession.top };
    });
    assert.ok(placement.gap >= 0 && placement.gap < 40 && placement.beforeNext, JSON.stringify(placement));
    await context.close();
  });
}
