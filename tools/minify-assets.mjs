// Minifies the site's stylesheets and scripts with esbuild (from npm, a prebuilt binary that
// `npm ci` installs like binaryen). Nothing is bundled or transpiled: each file keeps its
// imports and its syntax, only shorter.
//
// - With no arguments, as Trunk's pre_build hook (see Trunk.toml): the page's stylesheet and
//   its two scripts, from static/ into target/page-assets/, which index.html names, so Trunk
//   hashes and ships the minified copies while the readable sources stay in static/. Trunk's
//   own `minify` setting would also rewrite index.html (dropping its comments, quotes and
//   optional tags) before the prerenderer reads and fills it, so it stays off.
// - With files as arguments, as `cargo xtask dist` calls it for what it writes itself (the
//   widget's loader and stylesheet, the iframe page's files) and for the wasm-bindgen glue
//   Trunk and wasm-bindgen write: each file in place. `--keep-identifiers` first keeps every
//   name as it is and only drops whitespace and shortens syntax: the single files inline the
//   glue and call its `__wbg_init`, `compileFirstViews` and `startPage` by name.

import { buildSync } from 'esbuild';

const PAGE_SOURCES = ['static/style.css', 'static/page.js', 'static/offline.js'];

const KEEP_IDENTIFIERS = '--keep-identifiers';

const keepIdentifiers = process.argv[2] === KEEP_IDENTIFIERS;
const files = process.argv.slice(keepIdentifiers ? 3 : 2);
const common = keepIdentifiers
  ? { minifyWhitespace: true, minifySyntax: true, logLevel: 'warning' }
  : { minify: true, logLevel: 'warning' };
if (files.length === 0) {
  // The page's scripts are modules (index.html and the single files load them as
  // `type="module"`), so their top-level names are their own and can be shortened too.
  buildSync({ ...common, format: 'esm', entryPoints: PAGE_SOURCES, outdir: 'target/page-assets' });
} else {
  for (const file of files) buildSync({ ...common, entryPoints: [file], outfile: file, allowOverwrite: true });
}
