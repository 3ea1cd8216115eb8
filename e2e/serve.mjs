// `cargo xtask serve` runs this after the release build: it serves dist/ on loopback with the
// same headers (the Content-Security-Policy above all) that the browser tests use and a
// static host would send. Usage: node e2e/serve.mjs [port]

import { serveStatic, distDir } from './support.mjs';

const port = Number(process.argv[2] ?? 8080);
try {
  const server = await serveStatic(distDir(), { port });
  console.log(`Serving the estimator at ${server.url}`);
  console.log(`  the clinic example page: ${server.url}examples/clinic.html`);
  console.log(`  the single file:         ${server.url}exosome-estimator.html`);
  console.log('Press Ctrl+C to stop.');
} catch (error) {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use: stop what runs there, or choose another with cargo xtask serve --port N`
      : `Could not serve ${distDir()}: ${error.message}`,
  );
  process.exit(1);
}
