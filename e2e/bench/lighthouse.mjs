// The Lighthouse half of `cargo xtask bench`: three runs of npm's `lighthouse` with its
// default mobile settings (an emulated mid-range phone, simulated slow 4G and a 4× slower
// CPU) against the release build served brotli-compressed on 127.0.0.1, as a real host would
// serve it, and the median of each score and of LCP, TBT and CLS.
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

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE = path.join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'lighthouse');
// The flags of the browser tests, headless as there is no display. Lighthouse splits this
// string like a shell would, hence the quotes around values that hold spaces.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_FLAGS]
  .map((flag) => (flag.includes(' ') ? flag.replace('=', '="') + '"' : flag))
  .join(' ');

const server = await serveCompressed(distDir());
const reportFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-lighthouse-'));
try {
  const runs = [];
  for (let run = 1; run <= RUNS; run += 1) runs.push(await runLighthouse(run));
  console.log(`Lighthouse ${runs[0].lighthouseVersion}, ${runs[0].configSettings.formFactor}, ${RUNS} runs against ${server.url}`);
  console.log();
  console.log(summaryTable(runs));
  console.log();
  console.log(lcpNote(runs[0]));
  const shortfalls = auditsBelowFullMarks(runs[0]);
  if (shortfalls.length > 0) {
    console.log();
    console.log('audits below full marks in run 1 (weighted, so they cost points):');
    for (const line of shortfalls) console.log(`  ${line}`);
  }
} finally {
  await server.close();
  await fs.rm(reportFolder, { recursive: true, force: true });
}

async function runLighthouse(run) {
  const output = path.join(reportFolder, `run-${run}.json`);
  const args = [
    server.url,
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

function summaryTable(runs) {
  const score = (category) => median(runs.map((run) => Math.round((run.categories[category].score ?? 0) * 100)));
  const metric = (audit) => median(runs.map((run) => run.audits[audit].numericValue));
  const rows = CATEGORIES.map((category) => {
    const value = score(category);
    return [`${runs[0].categories[category].title} score`, String(value), '100', passOrMiss(value === 100)];
  });
  const cls = metric('cumulative-layout-shift');
  rows.push(
    ['largest contentful paint (ms)', ms(metric('largest-contentful-paint')), '–', ''],
    ['total blocking time (ms)', ms(metric('total-blocking-time')), '–', ''],
    ['cumulative layout shift', cls.toFixed(3), '0', passOrMiss(cls === 0)],
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
