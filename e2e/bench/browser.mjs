// The browser half of `cargo xtask bench`: loads the estimator, the floor (bench/floor) and a
// static copy of the estimator's prerendered page in headless Chromium, alternating, and
// prints the median of each timing; then times 200 changes of the estimator's controls, on the
// page and in a widget among others on one page.
//
// Every figure is measured inside the page, from navigation start (performance.now()), so
// the time Playwright takes to talk to the browser never counts. Each load gets a fresh
// browser context: an empty cache, as on a first visit. Files are served brotli-compressed,
// as a real host would. Nothing is throttled: these are loopback figures for comparing
// builds on one machine; Lighthouse adds the mobile view.
//
// Then, under 4× CPU throttling (Chromium's own, as Lighthouse applies it), the time from a
// first input made as soon as the page shows to the paint with its result (on our page, the
// early answer the page gives before the wasm runs) and to the calculator's own drawing of it,
// which includes the start of the wasm, once over loopback and once more over the link
// Lighthouse simulates;
// and the JS heap plus wasm memory of a page with 1, 3 and 10 widgets,
// each of which must work.
//
// Prints tables and asserts nothing; it fails only when a tool fails, a page makes a request
// off loopback, or one of the ten widgets does not respond.

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { distDir, launchBrowser, recordWasmMemories } from '../support.mjs';
import { median, percentile, ms, ratio, passOrMiss, table } from './report.mjs';
import { serveCompressed } from './serve-compressed.mjs';

const LOADS = Math.max(7, Number(process.env.BENCH_LOADS ?? 9));
const THROTTLED_LOADS = Math.max(1, Number(process.env.BENCH_THROTTLED_LOADS ?? 5));
// BENCH_PARTS (`loads`, `input`, `first-input`, `memory`, comma-separated) narrows a run to what
// a change can affect, for measuring one lever against another on a busy machine; `cargo xtask
// bench` sets none and gets every part.
const PARTS = new Set((process.env.BENCH_PARTS ?? 'loads,input,first-input,memory').split(','));
const INPUT_CHANGES = 200;
const LOAD_TIMEOUT_MS = 30_000;
// Lighthouse's mobile preset slows the CPU this much.
const CPU_SLOWDOWN = 4;
// The link of Lighthouse's simulated phone (150 ms round trip, 1.6 Mbps down, 750 kbps up), in
// Chromium's own network emulation. Over loopback every file arrives at once, so only this shows
// what the order of the downloads costs a first touch: fetching the wasm after the first paint
// looked free over loopback and made the first touch 400 ms slower here (issue 11).
const SLOW_LINK = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const WIDGET_COUNTS = [1, 3, 10];
// What the probe says on the console once it has every figure.
const BENCH_DONE = 'bench: every figure measured';
// The widget whose changes are timed: the middle one of a clinic page's three, so that its
// work is measured beside widgets that do not change.
const WIDGET_FOR_INPUT = { count: 3, host: '#widget-1' };

// The targets (issue 11).
const FCP_TARGET_RATIO = 1.15; // ours within 1.15 × the static page
const INPUT_P95_TARGET_MS = 16;
const APP_WORK_P95_TARGET_MS = 8;
const FIRST_INPUT_TARGET_MS = 150; // first input → paint of its result, throttled

// The result card's headline figure. (The live region is the answer bar's one line now, so the
// card is found by its own class.)
const RESULT_SELECTOR = 'section.result';
const ESTIMATE_SELECTOR = `${RESULT_SELECTOR} .figure-headline .figure-value`;

/**
 * What to watch on each page. `ready`: the element whose text means the first estimate is on
 * screen (for the floor, its button). `respond`: how to poke the controls and which element's
 * text changes once they respond.
 */
const PROBES = {
  ours: {
    ready: ESTIMATE_SELECTOR,
    respond: { kind: 'sessions', watch: `${RESULT_SELECTOR} .figure-headline` },
  },
  floor: { ready: 'button', respond: { kind: 'click', watch: '.count' } },
  // Another build of ours (BENCH_BASELINE_DIST), only for the first-input part.
  baseline: {
    ready: ESTIMATE_SELECTOR,
    respond: { kind: 'sessions', watch: `${RESULT_SELECTOR} .figure-headline` },
  },
  static: { ready: null, respond: null },
};

const oursDist = distDir();
const floorDist = path.resolve(process.env.FLOOR_DIST_DIR ?? path.join(import.meta.dirname, '..', '..', 'bench', 'floor', 'dist'));

// The first input's time swings by hundreds of milliseconds between runs of one build (685 to
// 939 ms in five runs at 4x), so two builds can only be told apart in one run, with their
// loads alternating: BENCH_BASELINE_DIST names the other build (say, main's dist/ copied
// aside), and the first-input part then prints it beside ours.
const baselineDist = process.env.BENCH_BASELINE_DIST ? path.resolve(process.env.BENCH_BASELINE_DIST) : null;

const staticCopy = await writeStaticCopy(oursDist);
const widgetPagesCopy = await writeWidgetPages(oursDist);
// The floor and the static copy are only loaded beside ours, in the loads part.
const servers = {
  ours: await serveCompressed(widgetPagesCopy),
  ...(PARTS.has('loads') ? { floor: await serveCompressed(floorDist), static: await serveCompressed(staticCopy) } : {}),
  ...(baselineDist && PARTS.has('first-input') ? { baseline: await serveCompressed(baselineDist) } : {}),
};
const browser = await launchBrowser();
try {
  console.log(`Chromium ${browser.version()}`);
  if (PARTS.has('loads')) {
    console.log(`${LOADS} loads of each page after one warm-up, alternating`);
    console.log();
    console.log(loadTable(await measureLoads()));
  }
  if (PARTS.has('input')) {
    const { page, widget } = await measureInputLatency();
    console.log();
    console.log(inputTable(page, 'the page'));
    console.log();
    console.log(inputTable(widget, `the middle one of ${WIDGET_FOR_INPUT.count} widgets`));
  }
  if (PARTS.has('first-input')) {
    console.log();
    console.log(firstInputTable(await measureFirstInputs(), 'over loopback'));
    console.log();
    console.log(firstInputTable(await measureFirstInputs(SLOW_LINK), 'over a slow link (150 ms, 1.6 Mbps)'));
  }
  if (PARTS.has('memory')) {
    console.log();
    console.log(memoryTable(await measureWidgetMemory()));
  }
} finally {
  await browser.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await fs.rm(staticCopy, { recursive: true, force: true });
  await fs.rm(widgetPagesCopy, { recursive: true, force: true });
}

/**
 * A copy of the build with one more page per entry of WIDGET_COUNTS, `bench-widgets-N.html`
 * beside the example clinic page: N widgets with the published figures, and nothing else.
 */
async function writeWidgetPages(dist) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-widgets-'));
  await fs.cp(dist, folder, { recursive: true });
  for (const count of WIDGET_COUNTS) {
    const widgets = Array.from({ length: count }, (_, index) => `<exosome-estimator id="widget-${index}"></exosome-estimator>`).join('\n');
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${count} widgets</title>
<link rel="stylesheet" href="host.css"><script type="module" src="../exosome-estimator.js"></script></head>
<body><main>${widgets}</main></body></html>`;
    await fs.writeFile(path.join(folder, 'examples', `bench-widgets-${count}.html`), page);
  }
  return folder;
}

/**
 * The estimator's prerendered page without its app: every module script, and the preloads
 * of the app's JavaScript and wasm, removed. What is left is the same content, styled the
 * same, as plain HTML: the fastest the page could paint.
 */
async function writeStaticCopy(dist) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-static-'));
  await fs.cp(dist, folder, { recursive: true });
  const page = path.join(folder, 'index.html');
  const html = (await fs.readFile(page, 'utf8'))
    .replace(/<script\b[^>]*type="module"[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="(?:modulepreload|preload)"[^>]*>/g, '');
  if (html.includes('type="module"') || !html.includes('figure-value')) {
    throw new Error('the static copy still has a module script, or lost the prerendered estimate');
  }
  await fs.writeFile(page, html);
  return folder;
}

/** One warm-up load of each page (not counted), then LOADS rounds of ours, floor, static. */
async function measureLoads() {
  const samples = { ours: [], floor: [], static: [] };
  for (const name of Object.keys(samples)) await timedLoad(name);
  for (let round = 0; round < LOADS; round += 1) {
    for (const name of Object.keys(samples)) samples[name].push(await timedLoad(name));
  }
  return samples;
}

async function timedLoad(name) {
  const { context, page, foreignRequests } = await openMeasuredPage(name);
  const timings = await page.evaluate(() => window.__bench);
  await context.close();
  refuseForeignRequests(name, foreignRequests);
  return timings;
}

/**
 * Opens a page in a fresh context with the probe installed, and waits until the probe has
 * every figure it waits for. `cpuSlowdown` throttles the page's CPU from before navigation, and
 * `link` (Chromium's network conditions), when given, its network.
 *
 * Requests are watched, not routed: Playwright's routing (the guard in support.mjs) sends
 * every request through node and back, which would add to the timings measured here. A
 * request off loopback still fails the bench, after the load.
 */
async function openMeasuredPage(name, cpuSlowdown = 1, link = null) {
  const context = await browser.newContext();
  const foreignRequests = [];
  const origin = new URL(servers[name].url).origin;
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  await context.addInitScript(probe, { ...PROBES[name], BENCH_DONE });
  const page = await context.newPage();
  if (cpuSlowdown !== 1 || link) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    if (link) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', link);
    }
  }
  // Waiting with `waitForFunction` would have Playwright run its own injected script in the
  // page as it starts: under 4× CPU, 43 ms of parsing and running on the main thread, right
  // where a first touch is timed. The probe says on the console when it is done instead.
  const done = page.waitForEvent('console', { predicate: (message) => message.text() === BENCH_DONE, timeout: LOAD_TIMEOUT_MS });
  await page.goto(servers[name].url, { waitUntil: 'commit' });
  await done;
  return { context, page, foreignRequests };
}

function refuseForeignRequests(name, foreignRequests) {
  if (foreignRequests.length > 0) {
    throw new Error(`the ${name} page requested addresses off loopback: ${foreignRequests.join(', ')}`);
  }
}

/**
 * Runs in the page before any of its own scripts (serialised by Playwright, so it uses
 * nothing from this module). Fills `window.__bench` with milliseconds since navigation start:
 *  - fcp: the first-contentful-paint entry;
 *  - ready: the animation frame after the `ready` element has text; a frame's callbacks run
 *    before it is painted, so never earlier than fcp;
 *  - controls: the animation frame after a poke at the controls changed the `watch` text.
 *    Until the app is running a poke does nothing, so the probe pokes every 4 ms; on our page
 *    a poke made before the wasm runs is answered from the page's early answers (page.js);
 *  - drawn (our page only): the animation frame once the calculator itself has drawn the
 *    poked change: it runs (`app-ready`) and no early answer is left on screen
 *    (`early-answer`), so the rest of the card is the new plan's too.
 */
function probe({ ready, respond, BENCH_DONE }) {
  const bench = { fcp: null, ready: null, controls: null, drawn: null, firstInput: null, done: false };
  const drawnToo = respond?.kind === 'sessions';
  window.__bench = bench;
  const finish = () => {
    const wasDone = bench.done;
    bench.done = bench.fcp !== null && (!ready || bench.ready !== null) && (!respond || bench.controls !== null) && (!drawnToo || bench.drawn !== null);
    // Said on the console, which the bench listens to without running anything in the page.
    if (bench.done && !wasDone) console.debug(BENCH_DONE);
  };
  const onNextFrame = (record) =>
    requestAnimationFrame(() => {
      record(performance.now());
      finish();
    });

  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
    }
    if (bench.ready !== null) bench.ready = Math.max(bench.ready, bench.fcp);
    finish();
  }).observe({ type: 'paint', buffered: true });

  let readySeen = false;
  const watchReady = () => {
    if (!ready || readySeen || !document.querySelector(ready)?.textContent.trim()) return;
    readySeen = true;
    onNextFrame((now) => {
      bench.ready = Math.max(now, bench.fcp ?? 0);
    });
  };

  let baseline = null;
  let responded = false;
  const watchResponse = () => {
    const text = respond && document.querySelector(respond.watch)?.textContent;
    if (responded || text == null) return;
    if (baseline === null) baseline = text;
    if (text === baseline) return;
    responded = true;
    onNextFrame((now) => {
      bench.controls = now;
    });
  };

  let drawnSeen = false;
  const watchDrawn = () => {
    const classes = document.documentElement.classList;
    if (!drawnToo || drawnSeen || !responded || !classes.contains('app-ready') || classes.contains('early-answer')) return;
    drawnSeen = true;
    onNextFrame((now) => {
      bench.drawn = now;
    });
  };

  const labelled = (text) => {
    const label = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent.trim() === text);
    return label ? document.getElementById(label.htmlFor) : null;
  };
  const poke = () => {
    // A person's first input comes once the page shows something.
    if (responded || bench.fcp === null) return;
    watchResponse(); // takes the baseline before the first poke can change it
    if (respond.kind === 'sessions') {
      const sessions = labelled('Number of sessions');
      if (!sessions || baseline === null) return;
      bench.firstInput ??= performance.now();
      sessions.value = '4'; // the page opens on 3
      sessions.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '4' }));
    } else {
      const button = document.querySelector('button');
      if (button) bench.firstInput ??= performance.now();
      button?.click();
    }
  };

  new MutationObserver(() => {
    watchReady();
    watchResponse();
    watchDrawn();
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  if (respond) {
    const poker = setInterval(() => (responded ? clearInterval(poker) : poke()), 4);
  }
}

/**
 * Opens the estimator once more and times INPUT_CHANGES changes of its controls, in turn the
 * method, the tier and the number of sessions, in the page itself; then the same in one
 * widget of a page with WIDGET_FOR_INPUT.count widgets.
 */
async function measureInputLatency() {
  const opened = await openMeasuredPage('ours');
  const page = await opened.page.evaluate(timeControlChanges, { changes: INPUT_CHANGES, resultSelector: RESULT_SELECTOR, host: null });
  await opened.context.close();
  refuseForeignRequests('ours', opened.foreignRequests);

  const { context, foreignRequests } = await openContextWatchingRequests();
  const widgetPage = await context.newPage();
  await widgetPage.goto(new URL(`examples/bench-widgets-${WIDGET_FOR_INPUT.count}.html`, servers.ours.url).href);
  for (let index = 0; index < WIDGET_FOR_INPUT.count; index += 1) {
    await widgetPage.locator(`#widget-${index} ${ESTIMATE_SELECTOR}`).waitFor({ timeout: LOAD_TIMEOUT_MS });
  }
  const widget = await widgetPage.evaluate(timeControlChanges, { changes: INPUT_CHANGES, resultSelector: RESULT_SELECTOR, host: WIDGET_FOR_INPUT.host });
  await context.close();
  refuseForeignRequests('widgets', foreignRequests);
  return { page, widget };
}

/** A fresh context that records every request off the bench's own server. */
async function openContextWatchingRequests() {
  const context = await browser.newContext();
  const foreignRequests = [];
  const origin = new URL(servers.ours.url).origin;
  context.on('request', (request) => {
    if (!request.url().startsWith(origin)) foreignRequests.push(request.url());
  });
  return { context, foreignRequests };
}

/**
 * Runs in the page, on the estimator in `host`'s shadow root (a widget) or, without a host, on
 * the page's own. Each change is timed from just before its event is dispatched to:
 *  - dom: the moment the result region's text differs (the app's own work);
 *  - frame: the next animation frame after that, i.e. when the new result is painted;
 *  - late: whether the update missed the frame the display was due to show next when the
 *    input arrived: its animation frame ran only after that frame's deadline.
 * Changes start at varied points of the display's frame (a pause of 0–16 ms after a frame),
 * as a person's input would, so `frame` includes the usual wait for the next frame.
 * A change that shows no new text (a tier the method does not offer falls back to "Not
 * sure", which may be what was shown) is skipped and counted, until `changes` are timed.
 */
async function timeControlChanges({ changes, resultSelector, host }) {
  // A widget draws into its element's (open) shadow root.
  const root = host ? document.querySelector(host).shadowRoot : document;
  const labelled = (text) => {
    const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent.trim() === text);
    return root.getElementById(label.htmlFor);
  };
  const method = labelled('Delivery method');
  const tier = labelled('Product tier');
  const sessions = labelled('Number of sessions');
  const region = root.querySelector(resultSelector);

  const nextOption = (select) => () => {
    select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const nextSessionCount = () => {
    sessions.value = String((Number(sessions.value) % 6) + 1); // 1 to 6, always a new value
    sessions.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: sessions.value }));
  };
  const changers = [nextOption(method), nextOption(tier), nextSessionCount];

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // The display's frame interval: the median gap between 21 animation frames.
  const frameTimes = [];
  for (let frame = 0; frame < 21; frame += 1) frameTimes.push(await nextFrame());
  const gaps = frameTimes.slice(1).map((time, index) => time - frameTimes[index]).sort((a, b) => a - b);
  const frameInterval = gaps[Math.floor(gaps.length / 2)];

  // `frameBefore` is the start of the last frame before the input; the frame due next starts
  // at the first frame boundary after the input and must be done one interval later. The
  // frame's own timestamp cannot tell: a frame delayed by a busy page keeps its planned time.
  const missedAFrame = (callbackTime, frameBefore, start) => {
    const due = frameBefore + frameInterval * Math.max(1, Math.ceil((start - frameBefore) / frameInterval));
    return callbackTime > due + frameInterval;
  };

  const timeChange = (apply, frameBefore) =>
    new Promise((resolve) => {
      const before = region.textContent;
      let start = 0;
      const observer = new MutationObserver(() => {
        if (region.textContent === before) return;
        const dom = performance.now() - start;
        observer.disconnect();
        clearTimeout(giveUp);
        requestAnimationFrame(() => {
          const now = performance.now();
          resolve({ dom, frame: now - start, late: missedAFrame(now, frameBefore, start) });
        });
      });
      const giveUp = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, 500);
      observer.observe(region, { childList: true, subtree: true, characterData: true });
      start = performance.now();
      apply();
    });

  const timings = [];
  let unchanged = 0;
  for (let index = 0; timings.length < changes && index < 2 * changes; index += 1) {
    const frameBefore = await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, (index * 7) % 17));
    const timing = await timeChange(changers[index % changers.length], frameBefore);
    if (timing) timings.push(timing);
    else unchanged += 1;
  }
  return { timings, unchanged, frameInterval };
}

function loadTable(samples) {
  const medians = Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      Object.fromEntries(['fcp', 'ready', 'controls'].map((key) => [key, runs[0][key] == null ? null : median(runs.map((run) => run[key]))])),
    ]),
  );
  const { ours, floor } = medians;
  const fcpWithin = ours.fcp <= FCP_TARGET_RATIO * medians.static.fcp;
  const rows = [
    ['first contentful paint', ms(ours.fcp), ms(floor.fcp), ms(medians.static.fcp), ratio(ours.fcp, floor.fcp), ratio(ours.fcp, medians.static.fcp), `ours ≤ ${FCP_TARGET_RATIO}× static`, passOrMiss(fcpWithin)],
    ['first estimate on screen', ms(ours.ready), ms(floor.ready), '–', ratio(ours.ready, floor.ready), '–', '–', ''],
    ['controls respond', ms(ours.controls), ms(floor.controls), '–', ratio(ours.controls, floor.controls), '–', '–', ''],
  ];
  const header = [`median of ${LOADS} loads, ms from navigation start`, 'ours', 'floor', 'static', 'ours/floor', 'ours/static', 'target', ''];
  const notes = [
    'floor: its button stands for the estimate, and a click on it for the controls;',
    'static: the prerendered page with its scripts removed (paint only).',
  ];
  return `${table(header, rows)}\n  ${notes.join('\n  ')}`;
}

/**
 * THROTTLED_LOADS loads of the estimator at CPU_SLOWDOWN, each in a fresh context: the time
 * from the probe's first input (made as soon as the page has painted, repeated until the app
 * responds) to the frame after the result changed. Until the wasm runs, the input does
 * nothing, so this includes the start of the wasm and the hydration. `link` slows the network
 * too (see SLOW_LINK).
 */
async function measureFirstInputs(link = null) {
  const samples = { ours: [], ...(servers.baseline ? { baseline: [] } : {}) };
  for (let load = 0; load < THROTTLED_LOADS; load += 1) {
    for (const name of Object.keys(samples)) {
      const { context, page, foreignRequests } = await openMeasuredPage(name, CPU_SLOWDOWN, link);
      samples[name].push(await page.evaluate(() => window.__bench));
      await context.close();
      refuseForeignRequests(name, foreignRequests);
    }
  }
  return samples;
}

/**
 * A person's touch at first paint waits for whatever the main thread is doing then (the
 * probe's own first input runs only once the main thread is free, so it comes later): the
 * target is measured from the first paint, and the figure from the probe's first input is
 * shown beside it.
 */
function firstInputTable(samplesByBuild, network) {
  const builds = Object.keys(samplesByBuild);
  const each = (measure) => builds.map((build) => ms(median(samplesByBuild[build].map(measure))));
  const fromPaint = (sample) => sample.controls - sample.fcp;
  const oursFromPaint = median(samplesByBuild.ours.map(fromPaint));
  const rows = [
    ['first contentful paint', ...each((sample) => sample.fcp), '–', ''],
    ['the probe\'s first input (when the main thread first ran it)', ...each((sample) => sample.firstInput), '–', ''],
    ['the paint with its result', ...each((sample) => sample.controls), '–', ''],
    ['input at first paint → paint of its result', ...each(fromPaint), `≤ ${FIRST_INPUT_TARGET_MS} ms`, passOrMiss(oursFromPaint <= FIRST_INPUT_TARGET_MS)],
    ['the probe\'s first input → paint of its result', ...each((sample) => sample.controls - sample.firstInput), '–', ''],
    ['input at first paint → the calculator\'s own drawing of it (the whole card)', ...each((sample) => sample.drawn - sample.fcp), '–', ''],
  ];
  const loads = samplesByBuild.ours.length;
  const order = builds.length > 1 ? `, the builds' loads alternating; baseline: ${baselineDist}` : '';
  const header = [`CPU ${CPU_SLOWDOWN}× slower, ${network}, median of ${loads} loads (ms from navigation start)${order}`, ...builds, 'target', ''];
  const eachLoad = builds
    .map((build) => `\n  input at first paint → paint of its result, each load of ${build}: ${samplesByBuild[build].map((sample) => ms(fromPaint(sample))).join(', ')}`)
    .join('');
  return `${table(header, rows)}${eachLoad}`;
}

/**
 * For each entry of WIDGET_COUNTS, a page with that many widgets: once every one shows its
 * estimate, each is changed and must show the new total; then, after a garbage collection,
 * the JS heap (Chromium's figure for the page) and the wasm memory of every instance (read
 * from the instances an init script sees created).
 */
async function measureWidgetMemory() {
  const results = [];
  for (const count of WIDGET_COUNTS) {
    const { context, foreignRequests } = await openContextWatchingRequests();
    await context.addInitScript(recordWasmMemories);
    const page = await context.newPage();
    await page.goto(new URL(`examples/bench-widgets-${count}.html`, servers.ours.url).href);
    const headline = (index) => page.locator(`#widget-${index} ${RESULT_SELECTOR} .figure-headline`);
    for (let index = 0; index < count; index += 1) await headline(index).waitFor({ timeout: LOAD_TIMEOUT_MS });
    // Every widget responds on its own: each is set to a different number of sessions.
    for (let index = 0; index < count; index += 1) {
      const sessions = String((index % 5) + 1);
      await page.locator(`#widget-${index}`).getByLabel('Number of sessions').fill(sessions);
      await page.locator(`#widget-${index}`).getByText(`Total for ${sessions} session`).first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
    const wasm = await page.evaluate(() => window.__wasmMemories.reduce((sum, memory) => sum + memory.buffer.byteLength, 0));
    const instances = await page.evaluate(() => window.__wasmMemories.length);
    await context.close();
    refuseForeignRequests(`${count} widgets`, foreignRequests);
    results.push({ count, heap, wasm, instances });
  }
  return results;
}

function memoryTable(results) {
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  const first = results[0];
  const rows = results.map(({ count, heap, wasm, instances }) => [
    `${count} widget${count === 1 ? '' : 's'} (${instances} wasm instance${instances === 1 ? '' : 's'})`,
    mb(heap),
    mb(wasm),
    mb(heap + wasm),
    count === first.count ? '–' : mb((heap + wasm - first.heap - first.wasm) / (count - first.count)),
  ]);
  const header = ['one page, every widget changed and responding (MB)', 'JS heap', 'wasm memory', 'total', 'each more'];
  return `${table(header, rows)}
  every widget showed its own new total after its change`;
}

function inputTable({ timings, unchanged, frameInterval }, what) {
  const frame = timings.map((timing) => timing.frame);
  const dom = timings.map((timing) => timing.dom);
  const p95 = percentile(frame, 0.95);
  const rows = [
    ['input → next frame after the new result', ms(percentile(frame, 0.5)), ms(p95), `≤ ${INPUT_P95_TARGET_MS} ms`, passOrMiss(p95 <= INPUT_P95_TARGET_MS)],
    ['input → result in the DOM (app work)', ms(percentile(dom, 0.5)), ms(percentile(dom, 0.95)), `≤ ${APP_WORK_P95_TARGET_MS} ms`, passOrMiss(percentile(dom, 0.95) <= APP_WORK_P95_TARGET_MS)],
  ];
  const late = timings.filter((timing) => timing.late).length;
  const header = [`${what}: ${timings.length} changes of method, tier, sessions (ms)`, 'p50', 'p95', 'target (p95)', ''];
  const notes = [
    `${timings.length - late} of ${timings.length} painted in the frame due after the input; ${late} missed at least one frame`,
    `the wait for that frame (0–${frameInterval.toFixed(1)} ms here) is part of every "next frame" figure`,
  ];
  if (unchanged > 0) notes.push(`${unchanged} more changes showed no new text (a tier the method does not offer) and are left out`);
  return `${table(header, rows)}\n  ${notes.join('\n  ')}`;
}
