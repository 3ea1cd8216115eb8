// The Lighthouse half of `cargo xtask bench`: three runs of npm's `lighthouse` with its
// default mobile settings (an emulated mid-range phone, simulated slow 4G and a 4× slower
// CPU) against the release build served brotli-compressed on 127.0.0.1, as a real host would
// serve it, and the median of each score and of LCP, TBT and CLS; for the page (`/`), the
// example clinic page, and that clinic page with its widgets removed (written here), so the
// blocking time the widgets add to a clinic's page is the difference of the two.
//
// Prints tables and asserts nothing; it fails only when Lighthouse fails, or when the page
// requested anything off loopback (Lighthouse lists every request it saw).

import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, distDir } from '../support.mjs';
import { median, ms, passOrMiss, table } from './report.mjs';
import { serveCompressed } from './serve-compressed.mjs';

// BENCH_LIGHTHOUSE_RUNS and BENCH_LIGHTHOUSE_PAGES (`page`, `clinic`, comma-separated) narrow a
// run to what a change can affect, for measuring one lever against another on a busy machine;
// `cargo xtask bench` sets neither and gets every page, three runs each.
const RUNS = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const PAGES = new Set((process.env.BENCH_LIGHTHOUSE_PAGES ?? 'page,clinic').split(','));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE = path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'lighthouse');
// The flags of the browser tests, headless as there is no display. Lighthouse splits this
// string like a shell would, hence the quotes around values that hold spaces.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS]
  .map((flag) => (flag.includes(' ') ? flag.replace('=', '="') + '"' : flag))
  .join(' ');

// The targets (issue 11).
const TBT_TARGET_MS = 60;
const LCP_TARGET_MS = 1500;
const CLS_TARGET = 0.01;
const WIDGET_TBT_TARGET_MS = 60;

const CLINIC_PAGE = 'examples/clinic.html';
const HOST_ONLY_PAGE = 'examples/clinic-without-widgets.html';

const siteCopy = await withHostOnlyPage(distDir());
const server = await serveCompressed(siteCopy);
const reportFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-lighthouse-'));
try {
  const pages = [
    { address: '', title: 'the page (/)', targets: { tbt: TBT_TARGET_MS, lcp: LCP_TARGET_MS, cls: 0 } },
    ...(PAGES.has('clinic')
      ? [
          { address: CLINIC_PAGE, title: `the clinic page (/${CLINIC_PAGE})`, targets: { cls: CLS_TARGET } },
          { address: HOST_ONLY_PAGE, title: 'the same clinic page without its widgets (written by the bench)', targets: {} },
        ]
      : []),
  ].filter((page) => page.address !== '' || PAGES.has('page'));
  const tbt = {};
  for (const { address, title, targets } of pages) {
    const runs = [];
    for (let run = 1; run <= RUNS; run += 1) runs.push(await runLighthouse(address, run));
    console.log(`${title}: Lighthouse ${runs[0].lighthouseVersion}, ${runs[0].configSettings.formFactor}, ${RUNS} runs against ${new URL(address, server.url)}`);
    console.log();
    console.log(summaryTable(runs, targets));
    console.log();
    console.log(lcpNote(runs[0]));
    console.log(longTasksNote(runs[0]));
    const shortfalls = auditsBelowFullMarks(runs[0]);
    if (shortfalls.length > 0) {
      console.log();
      console.log('audits below full marks in run 1 (weighted, so they cost points):');
      for (const line of shortfalls) console.log(`  ${line}`);
    }
    console.log();
    tbt[address] = median(runs.map((run) => run.audits['total-blocking-time'].numericValue));
  }
  if (PAGES.has('clinic')) {
    const added = tbt[CLINIC_PAGE] - tbt[HOST_ONLY_PAGE];
    console.log(
      table(
        ['total blocking time the widgets add to the clinic page', 'ms', 'target', ''],
        [
          ['with the widgets (median)', ms(tbt[CLINIC_PAGE]), '–', ''],
          ['without them (median)', ms(tbt[HOST_ONLY_PAGE]), '–', ''],
          ['added by the widgets', ms(added), `≤ ${WIDGET_TBT_TARGET_MS}`, passOrMiss(added <= WIDGET_TBT_TARGET_MS)],
        ],
      ),
    );
  }
} finally {
  await server.close();
  await fs.rm(reportFolder, { recursive: true, force: true });
  await fs.rm(siteCopy, { recursive: true, force: true });
}

/**
 * A copy of the build with HOST_ONLY_PAGE beside the clinic page: the same page with every
 * widget element, the frame and the scripts that load them removed, so only the clinic's own
 * content and styles are left.
 */
async function withHostOnlyPage(dist) {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-host-only-'));
  await fs.cp(dist, folder, { recursive: true });
  const clinic = await fs.readFile(path.join(folder, CLINIC_PAGE), 'utf8');
  const hostOnly = clinic
    .replace(/<exosome-estimator\b[\s\S]*?<\/exosome-estimator>/g, '')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/g, '')
    .replace(/<script type="module" src="[^"]*"><\/script>/g, '');
  if (/exosome-estimator|<iframe|<script/.test(hostOnly.replace(/<title>[^<]*<\/title>|<meta[^>]*>/g, ''))) {
    throw new Error(`${HOST_ONLY_PAGE} still holds a widget, the frame or a script`);
  }
  await fs.writeFile(path.join(folder, HOST_ONLY_PAGE), hostOnly);
  return folder;
}

async function runLighthouse(address, run) {
  const output = path.join(reportFolder, `run-${address.replace(/\W/g, '-')}-${run}.json`);
  const args = [
    new URL(address, server.url).href,
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS}`,
  ];
  await promisify(execFile)(LIGHTHOUSE, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const report = JSON.parse(await fs.readFile(output, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse run ${run}: ${report.runtimeError.code} ${report.runtimeError.message}`);
  refuseForeignRequests(report, run);
  return report;
}

/** Every request Lighthouse saw the page make must be to the server on 127.0.0.1. */
function refuseForeignRequests(report, run) {
  const requests = report.audits['network-requests']?.details?.items ?? [];
  if (requests.length === 0) throw new Error(`Lighthouse run ${run} recorded no request at all`);
  const origin = new URL(server.url).origin;
  const foreign = requests.map((request) => request.url).filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  if (foreign.length > 0) throw new Error(`Lighthouse run ${run}: the page requested addresses off loopback: ${foreign.join(', ')}`);
}

function summaryTable(runs, targets) {
  const score = (category) => median(runs.map((run) => Math.round((run.categories[category].score ?? 0) * 100)));
  const metric = (audit) => median(runs.map((run) => run.audits[audit].numericValue));
  const rows = CATEGORIES.map((category) => {
    const value = score(category);
    return [`${runs[0].categories[category].title} score`, String(value), '100', passOrMiss(value === 100)];
  });
  const withTarget = (label, value, shown, target) =>
    target === undefined ? [label, shown, '–', ''] : [label, shown, `≤ ${target}`, passOrMiss(value <= target)];
  const lcp = metric('largest-contentful-paint');
  const tbt = metric('total-blocking-time');
  const cls = metric('cumulative-layout-shift');
  rows.push(
    withTarget('largest contentful paint (ms, simulated)', lcp, ms(lcp), targets.lcp),
    withTarget('total blocking time (ms)', tbt, ms(tbt), targets.tbt),
    withTarget('cumulative layout shift', cls, cls.toFixed(3), targets.cls),
  );
  return table([`median of ${RUNS} runs`, 'value', 'target', ''], rows);
}

/**
 * Which element was the largest paint, and how the simulated (throttled) time compares to
 * the one observed in the unthrottled trace: a large gap means CPU work (wasm start-up,
 * hydration) that the simulation places before the paint.
 */
function lcpNote(report) {
  const element = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  const observed = report.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  const simulated = report.audits['largest-contentful-paint'].numericValue;
  return [
    `largest contentful paint in run 1: ${element?.selector ?? 'unknown element'}`,
    `  simulated on the throttled phone ${ms(simulated)} ms; observed in the unthrottled trace ${ms(observed)} ms`,
  ].join('\n');
}

/**
 * The main thread's long tasks in run 1 as the simulated phone places them (start and
 * duration), with the script each is attributed to, and the simulated first contentful paint:
 * total blocking time counts only what a task lasts beyond 50 ms after that paint, so this
 * says which task to look at, and whether moving it would only move it across the paint.
 */
function longTasksNote(report) {
  const fcp = report.audits['first-contentful-paint'].numericValue;
  const tasks = report.audits['long-tasks']?.details?.items ?? [];
  // Lighthouse names a task's script by its address, or says "Unattributable".
  const file = (url) => (URL.canParse(url) ? decodeURIComponent(new URL(url).pathname.split('/').pop() || '/') : url || 'unattributed');
  const lines = tasks.map((task) => {
    const side = task.startTime >= fcp ? 'after' : 'before';
    return `  ${ms(task.startTime)} ms, lasting ${ms(task.duration)} ms (${side} the paint): ${file(task.url)}`;
  });
  return [`long tasks in run 1 (simulated; first contentful paint at ${ms(fcp)} ms):`, ...(lines.length > 0 ? lines : ['  none'])].join('\n');
}

/** The weighted audits that did not score full marks, per category, with their figure. */
function auditsBelowFullMarks(report) {
  const lines = [];
  for (const category of CATEGORIES) {
    for (const reference of report.categories[category].auditRefs) {
      const audit = report.audits[reference.id];
      if (reference.weight > 0 && audit.score !== null && audit.score < 1) {
        const shown = audit.displayValue ? ` (${audit.displayValue})` : '';
        lines.push(`${category}: ${audit.id}, score ${audit.score}: ${audit.title}${shown}`);
      }
    }
  }
  return lines;
}
