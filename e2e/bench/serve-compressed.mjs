// A loopback host for the bench that compresses as a real static host does: support.mjs's
// server (paths, the build's _headers) behind a small proxy that answers with brotli when the
// browser accepts it. Without it every page would load uncompressed, and Lighthouse's
// simulated phone would spend seconds on bytes no real visitor downloads.

import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { serveStatic } from '../support.mjs';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest']);
const brotli = promisify(zlib.brotliCompress);

/**
 * Serves `root` on 127.0.0.1; resolves to { url, close } like serveStatic. Every
 * compressible file is compressed up front, at the quality the size table measures (brotli
 * 11), so no request waits for the compressor.
 */
export async function serveCompressed(root) {
  const origin = await serveStatic(root);
  const compressed = await compressFolder(root);
  const server = http.createServer((request, response) => {
    const upstream = http.request(new URL(request.url, origin.url), { method: request.method }, async (reply) => {
      const chunks = [];
      for await (const chunk of reply) chunks.push(chunk);
      const headers = { ...reply.headers };
      // Node sets the length of what is actually sent.
      delete headers['content-length'];
      delete headers['transfer-encoding'];
      const body = brotliBodyFor(request, reply.statusCode, compressed);
      if (body) {
        headers['content-encoding'] = 'br';
        headers.vary = 'accept-encoding';
      }
      response.writeHead(reply.statusCode, headers).end(body ?? Buffer.concat(chunks));
    });
    upstream.on('error', () => response.writeHead(502).end());
    upstream.end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await origin.close();
    },
  };
}

/** The brotli body for a successful request of a compressed file, if the browser takes br. */
function brotliBodyFor(request, status, compressed) {
  const acceptsBrotli = /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
  if (status !== 200 || !acceptsBrotli) return null;
  let pathname = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  if (pathname.endsWith('/')) pathname += 'index.html';
  return compressed.get(pathname) ?? null;
}

/** Every compressible file below `root`, compressed, by its address ("/app.js"). */
async function compressFolder(root) {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.has(path.extname(entry.name)))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
  const compressed = new Map();
  await Promise.all(
    files.map(async (file) => {
      const bytes = await fs.readFile(file);
      const body = await brotli(bytes, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
        },
      });
      compressed.set(`/${path.relative(root, file).split(path.sep).join('/')}`, body);
    }),
  );
  return compressed;
}
