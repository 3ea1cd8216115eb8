// The TypeScript declarations shipped in dist/widget/: an example that uses the whole API
// type-checks with `tsc --noEmit`, and code that misuses it does not.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs/promises';
import path from 'node:path';
import { distDir } from './support.mjs';

const run = promisify(execFile);
const root = path.join(import.meta.dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** Runs tsc --noEmit over one file; resolves to { ok, output }. */
async function typeCheck(file) {
  const args = [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', file];
  try {
    const { stdout } = await run(process.execPath, args, { cwd: root });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: `${error.stdout}${error.stderr}` };
  }
}

test('the declarations ship in dist/widget/', async () => {
  const declarations = await fs.readFile(path.join(distDir(), 'widget', 'exosome-estimator.d.ts'), 'utf8');
  assert.match(declarations, /estimate\(config: ClinicConfiguration \| string \| null \| undefined, plan: PlanRequest\)/);
  assert.match(declarations, /'plan-change': CustomEvent<PlanChangeDetail>/);
});

test('an example using the whole API type-checks against them', async () => {
  const { ok, output } = await typeCheck('e2e/types/example.ts');
  assert.ok(ok, output);
});

test('misusing the API does not type-check', async () => {
  const { ok, output } = await typeCheck('e2e/types/bad.ts');
  assert.equal(ok, false);
  assert.match(output, /bad\.ts\(7,.*Type 'string' is not assignable to type 'number'/);
  assert.match(output, /bad\.ts\(10,.*Property 'price' does not exist/);
  assert.match(output, /bad\.ts\(14,.*Type '"fr"' is not assignable to type '"en" \| "es" \| "de"/);
});
