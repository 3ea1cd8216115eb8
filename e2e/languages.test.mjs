// The Spanish and German pages (/es/ and /de/) as a reader of each language uses them, in real
// headless Chromium against the release build in dist/: the figures through the translated
// labels, the caveats, the questions, a refused session count, the planner (comparison,
// dated timeline, quote check, printed sheet), the switch between languages that keeps the
// plan, the head's links between the pages, axe, the offer of the reader's own language, and
// the single file of each language opened from file://.
//
// The words are being polished by reviewers while these tests stand, so they find things by
// role, by the three control labels the product owner fixed, by structure (the classes the
// components give each part), by figures, dates and `lang` attributes, and by short stable
// terms ("FDA", "IND"). Where a text must be matched, it is a short fragment, and a comment
// says why. A text is "in the page's language" when it carries no common English word
// (see `englishWords`); the fixed English sentences a leak would show are listed in ENGLISH.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { distDir, expectCentsAndDateAsIntl, expectTotalAsIntl, intlText, openPage, policyViolations, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

/** Groups a whole number's thousands with `separator`. */
const grouped = (amount, separator) => String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * Each translated page: where it lives, the control labels the product owner fixed, how its
 * locale writes dollars (es-US "$2,000", de-DE "2.000 $" with a no-break space) and a date, and
 * an amount written the locale's way for the quote field.
 */
const LANGUAGES = {
  es: {
    lang: 'es',
    folder: 'es/',
    single: 'exosome-estimator-es.html',
    ownName: 'Español',
    labels: { method: 'Método de aplicación', tier: 'Tipo de producto', sessions: 'Número de sesiones' },
    dollars: (amount) => `$${grouped(amount, ',')}`,
    // Intl's es-US medium date: day, short month, year.
    dates: { '2026-12-07': '7 dic 2026', '2027-01-04': '4 ene 2027', '2027-03-01': '1 mar 2027' },
    // A comma between thousands and a point before the cents, as es-US writes an amount.
    quoteTyped: '3,500.00',
    exampleShape: /^\d{1,3}(,\d{3})*(\.\d+)?$/,
  },
  de: {
    lang: 'de',
    folder: 'de/',
    single: 'exosome-estimator-de.html',
    ownName: 'Deutsch',
    labels: { method: 'Anwendungsmethode', tier: 'Produkttyp', sessions: 'Anzahl der Sitzungen' },
    dollars: (amount) => `${grouped(amount, '.')}\u00a0$`,
    // Intl's de-DE medium date: "7. Dez. 2026".
    dates: { '2026-12-07': '7. Dez. 2026', '2027-01-04': '4. Jan. 2027', '2027-03-01': '1. März 2027' },
    // A point between thousands and a comma before the cents, as German writes an amount.
    quoteTyped: '3.500,00',
    exampleShape: /^\d{1,3}(\.\d{3})*(,\d+)?$/,
  },
};

/** A range of whole dollars as the page's locale writes it. */
const range = (language, low, high) => `${language.dollars(low)} – ${language.dollars(high)}`;

/**
 * Sentences of the English page (its fixed words, not the reviewers' Spanish or German ones)
 * that a translated page must never show: a leak of any is English left behind.
 */
const ENGLISH = [
  'Your estimate',
  'Total for',
  'Per session',
  'Downtime after each session',
  'Results may keep developing',
  'What to know about this choice',
  'Four questions to ask the clinic',
  'Your plan over time',
  'Compare scenarios',
  "Check a clinic's quote",
  'Printed on',
  'Microneedling exosome facial',
  'Exosome injections',
  'High-potency MSC injectable',
  'Not sure',
  'Answer:',
];

/**
 * The common English words found in `text`. None of them is a Spanish or a German word, so a
 * text in either language has none (the titles of cited English documents are left out by the
 * callers, since a citation keeps its title as published).
 */
function englishWords(text) {
  const words = /(?<![\p{L}\p{N}])(the|and|of|your|you|is|are|not|with|this|that|for|from|to|session|sessions|price|number)(?![\p{L}\p{N}])/giu;
  return [...text.matchAll(words)].map((match) => match[0]);
}

function assertInLanguage(text, what) {
  assert.ok(text.trim().length > 0, `${what} is empty`);
  assert.deepEqual(englishWords(text), [], `${what} has English words: ${text}`);
}

/** The fixed English sentences of ENGLISH that `text` contains. */
const englishLeaks = (text) => ENGLISH.filter((sentence) => text.includes(sentence));

/** No policy violation, no foreign request, no page error so far (before leaving a page, too). */
async function assertClean(session, where = '') {
  assert.deepEqual(await policyViolations(session.page), [], `no Content-Security-Policy violation ${where}`);
  assert.deepEqual(session.foreignRequests, [], `no request may leave for another origin ${where}`);
  assert.deepEqual(session.pageErrors, [], `no error in the page ${where}`);
}

async function closeCleanly(session) {
  await assertClean(session);
  await session.context.close();
}

/**
 * Opens a language's page, waits for the calculator to have started, and returns the session
 * with the page's three labelled controls and its result card.
 */
async function openLanguage(language, options = {}) {
  const session = await openPage(env.browser, env.server.url, options);
  const { page } = session;
  await page.goto(`${env.server.url}${language.folder}`);
  await page.locator('html.app-ready').waitFor();
  return { ...session, ...controlsOf(page, language) };
}

function controlsOf(page, language) {
  return {
    method: page.getByLabel(language.labels.method, { exact: true }),
    tier: page.getByLabel(language.labels.tier, { exact: true }),
    sessions: page.getByLabel(language.labels.sessions, { exact: true }),
    // The card is found by its structure: its heading's words are the reviewers'.
    result: page.locator('section.result'),
  };
}

const headline = (result) => result.locator('.figure-headline .figure-value');
// The card lists per session first under the total (the view's fixed order).
const perSession = (result) => result.locator('dl.figures').nth(1).locator('.figure').first();

/** Waits (briefly) for `locator` to show exactly `value`, then asserts it, naming what is shown. */
async function expectText(locator, value, what) {
  const exact = new RegExp(`^\\s*${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  await locator.filter({ hasText: exact }).waitFor().catch(() => {});
  assert.equal((await locator.textContent()).trim(), value, what);
}

/** The text of the option chosen in a select. */
const chosenLabel = (select) => select.evaluate((element) => element.selectedOptions[0].textContent.trim());

/** The elements a field's aria-describedby names, each with its id. */
async function describedBy(page, field) {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => ({ id, element: page.locator(`[id="${id}"]`) }));
}

for (const language of Object.values(LANGUAGES)) {
  const { lang } = language;

  test(`${lang}: the figures of microneedling (1 and 3 sessions) and of the injectable, in the locale's money`, async () => {
    const session = await openLanguage(language);
    const { page, method, tier, sessions, result } = session;
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    // Microneedling is the first method and the default, with 3 sessions and "not sure".
    assert.equal(await method.inputValue(), 'microneedling');
    assert.equal(await method.locator('option').first().getAttribute('value'), 'microneedling');
    assert.equal(await tier.inputValue(), 'not-sure');
    assert.equal(await sessions.inputValue(), '3');
    await expectText(headline(result), range(language, 2000, 4000), '3 sessions: total');
    await expectText(perSession(result).locator('.figure-value'), range(language, 667, 1333), '3 sessions: per session');
    // The total's label counts the sessions; its words are the reviewers', its figure is not.
    assert.match(await result.locator('.figure-headline .figure-label').textContent(), /(?<!\d)3(?!\d)/);
    assert.equal(await result.locator('.figure-headline.figure-quoted').count(), 1, 'the series price is the published one');

    await sessions.fill('1');
    await expectText(headline(result), range(language, 600, 1500), '1 session: total');
    await expectText(perSession(result).locator('.figure-value'), range(language, 600, 1500), '1 session: per session');
    assert.match(await result.locator('.figure-headline .figure-label').textContent(), /(?<!\d)1(?!\d)/);

    await sessions.fill('3');
    await method.selectOption('injection');
    await tier.selectOption('msc-injectable');
    const tierName = await chosenLabel(tier);
    assert.notEqual(tierName, 'High-potency MSC injectable', 'the tier is named in the page language');
    assert.ok(tierName.includes('MSC'), tierName);
    assertInLanguage(tierName.replace('MSC', ''), 'the injectable tier name');
    assert.deepEqual(await tier.locator('option').evaluateAll((options) => options.map((o) => o.value)), ['not-sure', 'msc-injectable']);
    // Per treatment, the published figure; three treatments are three times it.
    await expectText(perSession(result).locator('.figure-value'), range(language, 3000, 6000), 'injectable: per treatment');
    await expectText(headline(result), range(language, 9000, 18000), 'injectable: 3 treatments');
    await sessions.fill('1');
    await expectText(headline(result), range(language, 3000, 6000), 'injectable: 1 treatment');
    await result.locator('.figure-headline.figure-quoted').waitFor();
    // The summary line names the choices as the controls do.
    const summary = await result.locator('.summary').textContent();
    assert.ok(summary.includes(await chosenLabel(method)) && summary.includes(tierName), summary);
    await closeCleanly(session);
  });

  test(`${lang}: the injection's caveats name the FDA and an IND, in the page's language`, async () => {
    const session = await openLanguage(language);
    const { page, method, tier, result } = session;
    await method.selectOption('injection');
    await tier.selectOption('msc-injectable');
    await result.locator('.caveat').first().waitFor();
    const caveats = await result.locator('.caveat').evaluateAll((elements) =>
      elements.map((caveat) => ({
        title: caveat.querySelector('h4')?.textContent ?? '',
        // The explanation, without the links to the FDA's documents, whose titles stay English.
        body: [...caveat.querySelectorAll('p:not(.caveat-link)')].map((p) => p.textContent).join(' '),
        lang: caveat.closest('[lang]')?.lang,
      })),
    );
    const regulatory = caveats.filter(({ title, body }) => /\bFDA\b/.test(`${title} ${body}`) && /\bIND\b/.test(`${title} ${body}`));
    assert.equal(regulatory.length, 1, JSON.stringify(caveats.map((caveat) => caveat.title)));
    const [caveat] = regulatory;
    assert.equal(caveat.lang, lang, 'the caveat is read in the page language');
    assertInLanguage(caveat.title, 'the regulatory caveat title');
    assertInLanguage(caveat.body, 'the regulatory caveat body');
    for (const { title } of caveats) assertInLanguage(title, 'a caveat title');
    // Its title is in view and opens its explanation; the links go to the FDA.
    const shown = result.locator('.caveat').filter({ has: page.locator('h4', { hasText: caveat.title.trim() }) });
    await shown.locator('summary').click();
    await shown.locator('p:not(.caveat-link)').first().waitFor();
    const links = await shown.getByRole('link').evaluateAll((anchors) => anchors.map((a) => a.href));
    assert.ok(links.length >= 1, 'the caveat links its sources');
    for (const href of links) assert.match(href, /^https:\/\/www\.fda\.gov\//);
    await closeCleanly(session);
  });

  test(`${lang}: exactly four questions for the clinic, in the page's language`, async () => {
    const session = await openLanguage(language);
    const { page } = session;
    const questions = page.locator('section.questions');
    const heading = await questions.getByRole('heading', { level: 2 }).textContent();
    assertInLanguage(heading, 'the questions heading');
    assert.equal(await page.getByRole('region', { name: heading.trim() }).count(), 1, 'the questions are a region named by their heading');
    const items = questions.getByRole('list').getByRole('listitem');
    assert.equal(await items.count(), 4);
    const asked = (await questions.locator('.question').allTextContents()).map((text) => text.trim());
    assert.equal(asked.length, 4);
    for (const question of asked) {
      assert.match(question, /\?$/, `a question: ${question}`);
      assertInLanguage(question, 'a question');
    }
    if (lang === 'es') for (const question of asked) assert.match(question, /¿/, `Spanish opens a question with ¿: ${question}`);
    assert.equal(asked.filter((question) => /\bFDA\b/.test(question) && /\bIND\b/.test(question)).length, 1, 'one asks about the FDA and an IND');
    assert.equal(await questions.evaluate((element) => element.closest('[lang]').lang), lang);
    await closeCleanly(session);
  });

  test(`${lang}: a bad session count is marked invalid with a message in the page's language tied to the field`, async () => {
    const session = await openLanguage(language);
    const { page, sessions, result } = session;
    const needsInput = [];
    // Each message names what was typed; that figure or text is all the test matches.
    let previous = null;
    for (const [typed, named] of [['abc', 'abc'], ['0', '0'], ['9', '9'], ['2.5', '2.5'], ['', null]]) {
      await sessions.fill(typed);
      // The message for this value, not the one left from the value before.
      await page.locator('.controls .error').filter(named ? { hasText: named } : { hasNotText: previous }).waitFor();
      previous = typed;
      assert.equal(await sessions.getAttribute('aria-invalid'), 'true', typed);
      const described = await describedBy(page, sessions);
      const errors = [];
      for (const { element } of described) {
        if (await element.evaluate((node) => node.classList.contains('error'))) errors.push((await element.textContent()).trim());
      }
      assert.equal(errors.length, 1, `${JSON.stringify(typed)}: one error message tied to the field`);
      const [message] = errors;
      assertInLanguage(message, `the message for ${JSON.stringify(typed)}`);
      if (named) assert.ok(message.includes(named), `${JSON.stringify(typed)}: ${message}`);
      // The bounds 1 and 6 are in every message: the figures are the core's, not words.
      assert.match(message, /(?<!\d)1(?!\d).*(?<!\d)6(?!\d)/, message);
      // The card asks for a count instead of showing stale figures.
      assert.equal(await result.locator('.figure').count(), 0, `no stale figures for ${JSON.stringify(typed)}`);
      needsInput.push((await result.locator('.needs-input').textContent()).trim());
    }
    for (const text of new Set(needsInput)) assertInLanguage(text, 'the card asking for a count');
    assert.equal(await page.locator('.crash').count(), 0, 'the page did not crash');
    await sessions.fill('2');
    assert.equal(await sessions.getAttribute('aria-invalid'), 'false');
    assert.equal(await page.locator('.controls .error').count(), 0);
    await expectText(headline(result), range(language, 1200, 3000), 'recovered: 2 sessions');
    await closeCleanly(session);
  });

  test(`${lang}: adding a scenario shows a two-column comparison in the locale`, async () => {
    const session = await openLanguage(language);
    const { page, method, sessions } = session;
    await page.locator('button.add-scenario').click();
    await method.selectOption('injection');
    await sessions.fill('1');
    const compare = page.locator('section.compare');
    const table = compare.getByRole('table');
    await table.waitFor();
    const heads = table.locator('thead th[scope="col"]');
    assert.equal(await heads.count(), 2);
    // The second column is the injection: its summary names the method as the control does.
    await heads.nth(1).filter({ hasText: await chosenLabel(method) }).waitFor();
    const rows = table.locator('tbody tr');
    await rows.first().locator('td').nth(1).filter({ hasText: range(language, 3000, 6000) }).waitFor();
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText)));
    assert.ok(cells.length >= 5, JSON.stringify(cells));
    for (const row of cells) assert.equal(row.length, 2, JSON.stringify(cells));
    assert.ok(cells[0][0].includes(range(language, 2000, 4000)), cells[0][0]);
    assert.ok(cells[0][1].includes(range(language, 3000, 6000)), cells[0][1]);
    const regulatory = cells.at(-1)[1];
    assert.match(regulatory, /\bFDA\b/);
    assert.match(regulatory, /\bIND\b/);
    for (const label of await rows.locator('th').allInnerTexts()) assertInLanguage(label, 'a comparison row label');
    const headText = await table.locator('thead').innerText();
    assert.deepEqual(englishLeaks(headText), [], headText);
    // The region is named by its heading, in the page's language.
    assertInLanguage(await compare.getByRole('heading', { level: 2 }).textContent(), 'the comparison heading');
    // Each scenario's tab sums it up with the names the controls show.
    const tabs = await page.locator('.scenario-tab .scenario-summary').allTextContents();
    assert.equal(tabs.length, 2);
    const columnSummaries = await heads.locator('.compare-summary').allTextContents();
    assert.deepEqual(tabs.map((tab) => englishLeaks(tab)), [[], []], `the tabs name the scenarios in the page language: ${tabs.join(' | ')}`);
    assert.deepEqual(tabs, columnSummaries, 'each tab sums its scenario up as its column does');
    await closeCleanly(session);
  });

  test(`${lang}: a start date puts the sessions on a calendar written in the locale`, async () => {
    const session = await openLanguage(language);
    const { page, method } = session;
    const plan = page.locator('section.plan');
    await plan.locator('input[type="radio"][value="start"]').check();
    const field = plan.locator('input[type="date"]');
    assertInLanguage(await field.evaluate((input) => input.labels[0].textContent), 'the date field label');
    await field.fill('2026-12-07');
    const words = plan.locator('.timeline-words li');
    await words.first().filter({ hasText: language.dates['2026-12-07'] }).waitFor({ state: 'attached' });
    const lines = await words.allTextContents();
    assert.equal(lines.length, 4, lines.join('\n'));
    assert.ok(lines[0].includes(language.dates['2026-12-07']), lines[0]);
    assert.ok(lines[1].includes(language.dates['2027-01-04']), lines[1]);
    for (const line of lines) assertInLanguage(line, 'a line of the plan in words');
    // What a person sees: the list (on a phone) or the chart's axis, both with the dates.
    const shown = await plan.locator('.timeline').innerText();
    assert.ok(shown.includes(language.dates['2026-12-07']), shown);
    assert.doesNotMatch(shown, /\b(Dec|Jan|Feb|Mar) \d/, 'no English dates');
    // The picture is named by its caption, which names the method as the control does.
    const caption = (await plan.locator('figure.timeline figcaption').textContent()).trim();
    assert.ok(caption.includes(await chosenLabel(method)), `the timeline caption names the method in the page language: ${caption}`);
    assert.deepEqual(englishLeaks(caption), [], caption);
    await closeCleanly(session);
  });

  test(`${lang}: the quote check reads an amount written the locale's way and gives its verdict`, async () => {
    const session = await openLanguage(language);
    const { page } = session;
    const quote = page.locator('section.quote');
    const field = quote.getByRole('textbox');
    assertInLanguage(await field.evaluate((input) => input.labels[0].textContent), 'the quote field label');
    const [hint] = await describedBy(page, field);
    assertInLanguage(await hint.element.textContent(), "the quote field's hint");
    // The hint names the plan and the currency; the example of an amount is in the message
    // for something that is not one, tied to the field, and it is written the locale's way.
    await field.fill('abc');
    await quote.locator('.error').waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    const error = quote.locator('.error');
    const errorId = await error.getAttribute('id');
    assert.ok((await describedBy(page, field)).some(({ id }) => id === errorId), 'the error is tied to the field');
    const message = await error.textContent();
    assertInLanguage(message, 'the quote error');
    const example = message.match(/\d[\d.,]*\d/)?.[0];
    assert.ok(example && language.exampleShape.test(example), `an example amount in the locale's way: ${message}`);
    // An amount inside $2,000 – $4,000 written the locale's way is read as that amount.
    await field.fill(language.quoteTyped);
    const verdict = quote.locator('.quote-result');
    await verdict.waitFor();
    assert.equal(await field.getAttribute('aria-invalid'), 'false');
    assert.ok(await verdict.evaluate((element) => element.classList.contains('quote-within')), await verdict.innerText());
    const said = await verdict.innerText();
    assert.ok(said.includes(language.dollars(3500)), `the verdict names the quote as ${language.dollars(3500)}: ${said}`);
    assert.ok(said.includes(range(language, 2000, 4000)), said);
    assertInLanguage(await verdict.locator('.quote-headline').textContent(), 'the verdict');
    await closeCleanly(session);
  });

  test(`${lang}: the printed sheet is in the page's language, with the locale's money and dates`, async () => {
    const session = await openLanguage(language);
    const { page, method, tier, sessions, result } = session;
    await method.selectOption('injection');
    await tier.selectOption('msc-injectable');
    await sessions.fill('2');
    await page.locator('section.plan input[type="radio"][value="start"]').check();
    await page.locator('section.plan input[type="date"]').fill('2027-03-01');
    await page.locator('section.quote').getByRole('textbox').fill(language.quoteTyped);
    await page.locator('.quote-result').waitFor();
    await expectText(headline(result), range(language, 6000, 12000), 'the plan to print');
    // The words the sheet must carry, read from the page (their wording is the reviewers').
    // (The card's own heading is not printed, in any language: the sheet's title stands for it.)
    const expected = {
      'page title': await page.locator('h1').textContent(),
      'price label': await result.locator('.price-label').textContent(),
      'caveats heading': await result.locator('.caveats h3').first().textContent(),
      'plan heading': await page.locator('section.plan h2').textContent(),
      'quote heading': await page.locator('section.quote h2').textContent(),
      'questions heading': await page.locator('section.questions h2').textContent(),
      'total label': await result.locator('.figure-headline .figure-label').textContent(),
      method: await chosenLabel(method),
      tier: await chosenLabel(tier),
      ...Object.fromEntries(
        (await page.locator('section.questions .question').allTextContents()).map((question, index) => [`question ${index + 1}`, question]),
      ),
    };
    await page.emulateMedia({ media: 'print' });
    const flat = await printedText(page);
    // Lines wrap (and ligatures split) wherever the sheet's width puts them, so texts are
    // compared without their spaces, and without the soft hyphen of the German heading, which
    // shows only where a line breaks at it.
    const squashed = flat.replace(/[\s\u00ad]+/g, '');
    const onSheet = (text) => squashed.includes(text.replace(/[\s\u00ad]+/g, ''));
    for (const [what, text] of Object.entries(expected)) {
      assert.ok(onSheet(text), `the sheet has the ${what}: ${text}`);
    }
    for (const money of [range(language, 6000, 12000), range(language, 3000, 6000), language.dollars(3500)]) {
      assert.ok(onSheet(money), `the sheet has ${money}`);
    }
    assert.ok(onSheet(language.dates['2027-03-01']), 'the sheet has the first date');
    assert.match(flat, /\bFDA\b/);
    assert.match(flat, /\bIND\b/);
    assert.doesNotMatch(flat, /\b(Jan|Feb|Mar|Apr) \d{1,2}, \d{4}/, 'no English date');
    const leaks = ENGLISH.filter((sentence) => onSheet(sentence));
    assert.deepEqual(leaks, [], 'no English sentence on the sheet');
    await closeCleanly(session);
  });

  test(`${lang}: the system share sheet gets the plan's title, summary and link in the page's language`, async () => {
    const session = await openPage(env.browser, env.server.url);
    const { page, context } = session;
    // A share sheet, as a phone's browser has one (headless Chromium has none).
    await context.addInitScript(() => {
      window.__shared = [];
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data) => {
          window.__shared.push(data);
        },
      });
    });
    await page.goto(`${env.server.url}${language.folder}`);
    await page.locator('html.app-ready').waitFor();
    const { method, tier, sessions } = controlsOf(page, language);
    await method.selectOption('injection');
    await tier.selectOption('msc-injectable');
    await sessions.fill('2');
    await page.waitForFunction(() => location.hash.includes('injection.msc-injectable.2'));
    // The share button is the first secondary action; it is offered only with a share sheet.
    await page.locator('section.share .share-actions .secondary-button').first().click();
    await page.waitForFunction(() => window.__shared.length === 1);
    const [data] = await page.evaluate(() => window.__shared);
    assertInLanguage(data.title, 'the shared title');
    assert.ok(data.url.startsWith(`${env.server.url}${language.folder}#`) && data.url.includes('s=injection.msc-injectable.2'), data.url);
    assert.deepEqual(englishLeaks(data.text), [], `the shared text is in the page language: ${data.text}`);
    assert.ok(data.text.includes(await chosenLabel(method)) && data.text.includes(await chosenLabel(tier)), data.text);
    await closeCleanly(session);
  });

  test(`${lang}: the language switch takes the plan to German, Spanish and English pages`, async () => {
    const session = await openLanguage(language);
    const { page, tier, sessions } = session;
    await sessions.fill('2');
    await tier.selectOption('placental-amniotic');
    await page.waitForFunction(() => location.hash.includes('placental-amniotic.2'));
    const other = lang === 'es' ? LANGUAGES.de : LANGUAGES.es;
    const english = { lang: 'en', folder: '', ownName: 'English', labels: { method: 'Delivery method', tier: 'Product tier', sessions: 'Number of sessions' } };
    // The same plan has the same total everywhere: the same figures, in each locale's format.
    const digits = async (result) => (await headline(result).textContent()).replace(/\D/g, '');
    const total = await digits(session.result);
    for (const target of [other, english, language]) {
      await assertClean(session, `before leaving for ${target.lang}`);
      const link = page.getByRole('banner').getByRole('navigation').getByRole('link', { name: target.ownName, exact: true });
      await link.click();
      const arrival = new URL(target.folder, env.server.url).pathname;
      await page.waitForURL((url) => url.pathname === arrival && url.hash.includes('placental-amniotic.2'));
      await page.locator('html.app-ready').waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), target.lang);
      const controls = controlsOf(page, target);
      assert.equal(await controls.sessions.inputValue(), '2', `${target.lang}: the sessions came along`);
      assert.equal(await controls.tier.inputValue(), 'placental-amniotic', `${target.lang}: the tier came along`);
      assert.equal(await controls.method.inputValue(), 'microneedling', `${target.lang}: the method came along`);
      assert.equal(await digits(controls.result), total, `${target.lang}: the plan's total`);
      if (target.dollars) assert.match(await headline(controls.result).textContent(), target === LANGUAGES.de ? /\u00a0\$/ : /^\s*\$/);
      assert.equal(await page.locator('.notices li').count(), 0, `${target.lang}: nothing of the plan was ignored`);
    }
    await closeCleanly(session);
  });
}

test('each page has its <html lang>, no relative canonical or hreflang link, and a switch marking the current language', async () => {
  const pages = [
    { lang: 'en', folder: '', ownName: 'English' },
    { lang: 'es', folder: 'es/', ownName: 'Español' },
    { lang: 'de', folder: 'de/', ownName: 'Deutsch' },
  ];
  const address = (folder) => new URL(folder, env.server.url).href;
  for (const current of pages) {
    const session = await openPage(env.browser, env.server.url);
    const { page } = session;
    await page.goto(address(current.folder));
    await page.locator('html.app-ready').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), current.lang);
    // This build was not told the site's address (ESTIMATOR_SITE_URL), and search engines
    // read only absolute canonical and alternate links, so it writes none (the prerenderer's
    // tests check the absolute ones); the head's script reads the languages from <html>.
    const head = await page.evaluate(() => ({
      links: document.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]').length,
      languages: document.documentElement.dataset.languages,
    }));
    assert.equal(head.links, 0, `${current.lang}: no canonical or alternate link without the site's address`);
    assert.equal(head.languages, 'en es de', current.lang);
    // The switch names each language in itself and marks the page's own.
    const links = page.getByRole('banner').getByRole('navigation').getByRole('link');
    const shown = await links.evaluateAll((anchors) =>
      anchors.map((a) => ({ name: a.textContent.trim(), lang: a.lang, href: a.href, current: a.getAttribute('aria-current') })),
    );
    assert.deepEqual(
      shown.map(({ name, lang }) => [name, lang]),
      [['English', 'en'], ['Español', 'es'], ['Deutsch', 'de']],
    );
    for (const link of shown) {
      const target = pages.find((candidate) => candidate.ownName === link.name);
      assert.equal(new URL(link.href).pathname, new URL(address(target.folder)).pathname, link.name);
      assert.equal(link.current, target === current ? 'page' : null, `${current.lang}: ${link.name} aria-current`);
    }
    if (current.lang !== 'en') {
      assertInLanguage(await page.getByRole('banner').getByRole('navigation').getAttribute('aria-label'), `${current.lang}: the switch's name`);
    }
    await closeCleanly(session);
  }
});

test('es and de: hydration keeps the prerendered text, which is already in the page language', async () => {
  for (const language of Object.values(LANGUAGES)) {
    const withoutScript = await openPage(env.browser, env.server.url, { javaScriptEnabled: false });
    await withoutScript.page.goto(`${env.server.url}${language.folder}`);
    const prerendered = await withoutScript.page.locator('#app').innerText();
    assert.equal(await withoutScript.page.getByLabel(language.labels.sessions, { exact: true }).inputValue(), '3');
    assert.ok(prerendered.includes(range(language, 2000, 4000)), `${language.lang}: the prerendered total`);
    await withoutScript.context.close();

    const session = await openLanguage(language);
    const { page, sessions, result } = session;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const hydrated = await page.locator('#app').innerText();
    assert.equal(hydrated, prerendered, `${language.lang}: hydrated text equals the prerendered text`);
    await sessions.fill('1');
    await expectText(headline(result), range(language, 600, 1500), `${language.lang}: responds after hydration`);
    await closeCleanly(session);
  }
});

// The pages format their dollars and dates without the browser's Intl (building it loads the
// browser's locale data, the costliest step of the start on a slow phone), on the claim that
// the product's own formats write exactly what Intl writes in each page's locale. This holds
// the claim to this browser's Intl: whole dollars, dollars and cents, the print date (today)
// and a chosen date, on every page.
test("every page writes dollars and dates exactly as the browser's Intl does in its locale", async () => {
  const pages = [
    { folder: '', locale: 'en-US', quote: '2,500.50' },
    { folder: LANGUAGES.es.folder, locale: 'es-US', quote: '2,500.50' },
    { folder: LANGUAGES.de.folder, locale: 'de-DE', quote: '2.500,50' },
  ];
  for (const { folder, locale, quote } of pages) {
    const session = await openPage(env.browser, env.server.url);
    const { page } = session;
    await page.goto(`${env.server.url}${folder}`);
    await page.locator('html.app-ready').waitFor();
    await expectTotalAsIntl(page, page, { locale, currency: 'USD' });
    await expectCentsAndDateAsIntl(page, page, { locale, currency: 'USD', quote });
    // Today's date on the printed sheet, written when the page starts.
    const today = await page.evaluate(() => {
      const now = new Date();
      return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
    });
    const printed = await page.locator('.print-source').textContent();
    const todayWritten = await intlText(page, locale, { date: today });
    assert.ok(printed.includes(todayWritten), `${locale}: "${printed}" has "${todayWritten}"`);
    await closeCleanly(session);
  }
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axeSource = await fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** As accessibility.test.mjs runs axe: WCAG 2.2 AA tags, every violation with its elements. */
async function expectNoAxeViolations(page, state) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  const described = results.violations.map(
    (violation) => `${violation.id}: ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(described, [], `axe violations in state "${state}"`);
}

for (const language of Object.values(LANGUAGES)) {
  test(`${language.lang}: no axe violation, every disclosure open, and in the planner`, async () => {
    // axe is injected as an inline script, which the page's policy forbids: like
    // accessibility.test.mjs, this context bypasses the policy (other tests here check it).
    const session = await openLanguage(language, { bypassCSP: true });
    const { page, method, sessions } = session;
    await expectNoAxeViolations(page, `${language.lang}: first load`);
    await sessions.fill('abc');
    await page.locator('.controls .error').waitFor();
    await expectNoAxeViolations(page, `${language.lang}: bad session value`);
    await sessions.fill('3');
    for (const choice of ['injection', 'microneedling']) {
      await method.selectOption(choice);
      await page.locator('section.result .figure-headline').waitFor();
      const opened = await page.evaluate(() => {
        const folds = [...document.querySelectorAll('details')];
        for (const fold of folds) fold.open = true;
        return folds.length;
      });
      assert.ok(opened >= 15, `${opened} disclosures opened`);
      await expectNoAxeViolations(page, `${language.lang}: ${choice}, every disclosure open`);
    }
    await page.locator('button.add-scenario').click();
    await method.selectOption('injection');
    await page.locator('section.compare table').waitFor();
    await page.locator('section.plan input[type="radio"][value="start"]').check();
    await page.locator('section.plan input[type="date"]').fill('2027-03-01');
    await page.locator('section.quote').getByRole('textbox').fill(language.quoteTyped);
    await page.locator('.quote-result').waitFor();
    await expectNoAxeViolations(page, `${language.lang}: two scenarios, dated, quoted`);
    await closeCleanly(session);
  });
}

test("de: a Spanish reader is offered the Spanish page, a German one nothing, and nothing is stored", async () => {
  const de = LANGUAGES.de;
  const spanish = await openLanguage(de, { locale: 'es-ES' });
  const { page, context, result } = spanish;
  assert.deepEqual(await page.evaluate(() => navigator.languages), ['es-ES']);
  const visibleOffers = page.locator('.language-offer:visible');
  assert.equal(await visibleOffers.count(), 1, 'one offer');
  const offer = page.locator('[data-language-offer="es"]');
  assert.equal(await offer.isVisible(), true);
  assert.equal(await offer.getAttribute('lang'), 'es');
  assertInLanguage(await offer.textContent(), 'the Spanish offer');
  const link = offer.getByRole('link');
  assert.equal(await link.getAttribute('href'), '../es/');
  assert.equal(new URL(await link.evaluate((a) => a.href)).pathname, new URL('es/', env.server.url).pathname);
  // The page stays German, money included, whatever the browser's locale.
  await expectText(headline(result), range(de, 2000, 4000), 'the German page keeps de-DE money');
  await offer.getByRole('button').click();
  await offer.waitFor({ state: 'hidden' });
  assert.equal(await visibleOffers.count(), 0, 'dismissed');
  const stored = () =>
    page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      databases: (await indexedDB.databases()).length,
    }));
  assert.deepEqual(await stored(), { local: 0, session: 0, cookie: '', databases: 0 });
  assert.deepEqual(await context.cookies(), []);
  // Nothing remembers the dismissal: the next visit offers it again.
  await page.reload();
  await page.locator('html.app-ready').waitFor();
  await offer.waitFor({ state: 'visible' });
  assert.deepEqual(await stored(), { local: 0, session: 0, cookie: '', databases: 0 });
  await closeCleanly(spanish);

  const german = await openLanguage(de, { locale: 'de-DE' });
  assert.deepEqual(await german.page.evaluate(() => navigator.languages), ['de-DE']);
  assert.equal(await german.page.locator('.language-offer:visible').count(), 0, 'no offer to a German reader');
  assert.ok((await german.page.locator('[data-language-offer]').count()) >= 1, 'the offers are in the page, hidden');
  assert.deepEqual(await german.context.cookies(), []);
  await closeCleanly(german);
});

for (const language of Object.values(LANGUAGES)) {
  test(`${language.lang}: the single file ${language.single} from file:// has the translated labels and figures`, async () => {
    const file = path.join(distDir(), language.single);
    const session = await openPage(env.browser, 'file://');
    const { page } = session;
    await page.goto(pathToFileURL(file).href);
    await page.locator('html.app-ready').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), language.lang);
    const { method, tier, sessions, result } = controlsOf(page, language);
    assert.equal(await method.inputValue(), 'microneedling');
    assert.equal(await sessions.inputValue(), '3');
    await expectText(headline(result), range(language, 2000, 4000), 'single file: 3 sessions');
    await sessions.fill('1');
    await expectText(headline(result), range(language, 600, 1500), 'single file: 1 session');
    await method.selectOption('injection');
    await tier.selectOption('msc-injectable');
    await expectText(headline(result), range(language, 3000, 6000), 'single file: the injectable');
    assertInLanguage(await result.locator('.result-title').textContent(), 'single file: the card title');
    assert.deepEqual(englishLeaks(await result.innerText()), [], 'single file: no English on the card');
    await closeCleanly(session);
  });
}

/** The sheet printed as A4, read back as one line of text (as planner.test.mjs reads it). */
async function printedText(page) {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const texts = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => item.str).join(' '));
  }
  return texts.join('\n').replace(/\s+/g, ' ').replace(/ ?(fi|ff|fl) (?=[a-z])/g, '$1');
}
