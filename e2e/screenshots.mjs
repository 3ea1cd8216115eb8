// Not a test: takes screenshots of the built app at phone and desktop widths, in light and
// dark mode, for a person to look at. Usage: node e2e/screenshots.mjs [out-dir]

import path from 'node:path';
import fs from 'node:fs/promises';
import { serveStatic, launchBrowser, openPage } from './support.mjs';

const out = path.resolve(process.argv[2] ?? 'e2e/artifacts');
await fs.mkdir(out, { recursive: true });
const server = await serveStatic();
const browser = await launchBrowser();
const shots = [
  { name: 'phone-light', width: 360, height: 800, scheme: 'light' },
  { name: 'desktop-light', width: 1280, height: 900, scheme: 'light' },
  { name: 'phone-dark', width: 360, height: 800, scheme: 'dark' },
  { name: 'desktop-dark', width: 1280, height: 900, scheme: 'dark' },
];
for (const shot of shots) {
  const { context, page } = await openPage(browser, server.url, {
    viewport: { width: shot.width, height: shot.height },
    colorScheme: shot.scheme,
  });
  await page.goto(server.url);
  await page.getByText('Total for').first().waitFor();
  const setup = process.env.SHOT_SETUP;
  if (setup) await new Function('page', `return (async () => { ${setup} })()`)(page);
  await page.screenshot({ path: path.join(out, `${shot.name}.png`), fullPage: process.env.FULL === '1' });
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
