// `cargo xtask serve` runs this: it serves dist/ on loopback with the same headers (the
// Content-Security-Policy above all) that the browser tests use and a static host would send.
// Usage: node e2e/serve.mjs [port] [--while-building]
//
// With --while-building, xtask starts it as soon as the English page is built and builds the
// rest of the site meanwhile: until xtask writes `ready` on this program's standard input, only
// the files in dist/ at the start are served and every other address answers 503 "still being
// built" (with the time left, from the `left …` lines xtask writes). The server stops when
// its standard input closes, so it never outlives the command that started it.

import readline from 'node:readline';
import { serveStatic, serveWhileBuilding, distDir } from './support.mjs';

const port = Number(process.argv[2] ?? 8080);
const whileBuilding = process.argv.includes('--while-building');

function stillBuilding(left) {
  return (
    `This address is still being built by cargo xtask serve${left ? ` (${left} left)` : ''}.\n` +
    'Reload it when the terminal says everything is built. The English page at / works now.\n'
  );
}

function printAddresses(url) {
  console.log(`  the Spanish and German pages: ${url}es/ and ${url}de/`);
  console.log(`  the clinic example page:      ${url}examples/clinic.html`);
  console.log(`  the single file:              ${url}exosome-estimator.html`);
  console.log('Press Ctrl+C to stop.');
}

try {
  if (whileBuilding) {
    const server = await serveWhileBuilding(distDir(), { port, message: stillBuilding });
    // xtask waits for this line, which must start with "Serving ", before it builds on.
    console.log(`Serving the English page at ${server.url} (the rest of the site is still being built)`);
    const messages = readline.createInterface({ input: process.stdin });
    messages.on('line', (line) => {
      if (line.startsWith('left ')) server.timeLeft(line.slice('left '.length));
      if (line === 'ready') {
        server.ready();
        console.log(`Serving the whole estimator at ${server.url}`);
        printAddresses(server.url);
      }
    });
    messages.on('close', () => process.exit(0));
  } else {
    const server = await serveStatic(distDir(), { port });
    console.log(`Serving the estimator at ${server.url}`);
    printAddresses(server.url);
  }
} catch (error) {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop what runs there, or choose another with cargo xtask serve --port N`
      : `Could not serve ${distDir()}: ${error.message}`,
  );
  process.exit(1);
}
