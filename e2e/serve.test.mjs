// The server `cargo xtask serve` starts before the whole site is built: it serves the files
// that were there at its start, answers "still being built" for the others until it is told
// everything is ready, and reads `_headers` again when the build rewrites it. Needs no dist/:
// each test builds a small site of its own in a temporary folder.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serveWhileBuilding } from './support.mjs';

async function site(files) {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'estimator-serve-'));
  await writeFiles(root, files);
  return root;
}

async function writeFiles(root, files) {
  for (const [name, text] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await fs.writeFile(path.join(root, name), text);
  }
}

/** Writes `_headers` as xtask does: a complete file renamed into place. */
async function replaceHeaders(root, text) {
  const partial = path.join(root, '._headers.partial');
  await fs.writeFile(partial, text);
  await fs.rename(partial, path.join(root, '_headers'));
}

const headerRule = (file, value) => `/${file}\n  X-Build: ${value}\n\n`;

async function get(url, address) {
  const response = await fetch(new URL(address, url));
  return { status: response.status, build: response.headers.get('x-build'), body: await response.text() };
}

test('files written after the server started answer 503 with the time left until ready', async () => {
  const root = await site({ 'index.html': 'english', _headers: headerRule('index.html', 'first') });
  const server = await serveWhileBuilding(root, { message: (left) => `still being built, ${left} left` });
  try {
    assert.deepEqual(await get(server.url, '/'), { status: 200, build: null, body: 'english' });
    assert.equal((await get(server.url, '/index.html')).build, 'first');
    server.timeLeft('about 2 min');
    await writeFiles(root, { 'es/index.html': 'spanish', 'widget.js': 'widget' });
    for (const address of ['/es/', '/es/index.html', '/widget.js']) {
      const answer = await get(server.url, address);
      assert.equal(answer.status, 503, address);
      assert.equal(answer.body, 'still being built, about 2 min left', address);
    }
    server.ready();
    assert.equal((await get(server.url, '/es/')).body, 'spanish');
    assert.equal((await get(server.url, '/widget.js')).status, 200);
  } finally {
    await server.close();
    await fs.rm(root, { recursive: true, force: true });
  }
});

test('the headers follow _headers when the build writes it again', async () => {
  const root = await site({ 'index.html': 'english', _headers: headerRule('index.html', 'first') });
  const server = await serveWhileBuilding(root, { message: () => 'not yet' });
  try {
    assert.equal((await get(server.url, '/index.html')).build, 'first');
    await writeFiles(root, { 'later.html': 'later' });
    await replaceHeaders(root, headerRule('index.html', 'whole site') + headerRule('later.html', 'whole site'));
    assert.equal((await get(server.url, '/index.html')).build, 'whole site');
    server.ready();
    assert.deepEqual(await get(server.url, '/later.html'), { status: 200, build: 'whole site', body: 'later' });
  } finally {
    await server.close();
    await fs.rm(root, { recursive: true, force: true });
  }
});
