// Starts the page once Trunk's loader has initialised the wasm. The wasm starts nothing by
// itself, because the same build also serves the widget on clinics' pages.
const start = () => window.wasmBindings.startPage();
if (window.wasmBindings) {
  start();
} else {
  addEventListener('TrunkApplicationStarted', start, { once: true });
}

// The explanations are folded under their headings. A link to one of them (`#regulation`), or
// to something inside one (a citation's `#source-overview`), opens the folds on the way, so
// the reader lands on text and not on a closed heading. A plan in the fragment names no
// element, so it is left alone.
const openTarget = () => {
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A malformed escape cannot name one of the page's ids.
  }
  const target = id && document.getElementById(id);
  for (let node = target; node; node = node.parentElement) {
    if (node.tagName === 'DETAILS') node.open = true;
  }
  if (target) target.scrollIntoView();
};
openTarget();
addEventListener('hashchange', openTarget);

// Printing unfolds what the screen folds in the calculator, so the sheet holds every source
// and rule, and folds it back afterwards. Chromium does this in the stylesheet through
// ::details-content; this covers the browsers that have no such pseudo-element.
let unfoldedForPrint = [];
addEventListener('beforeprint', () => {
  unfoldedForPrint = [...document.querySelectorAll('#app details:not([open])')];
  for (const fold of unfoldedForPrint) fold.open = true;
});
addEventListener('afterprint', () => {
  for (const fold of unfoldedForPrint) fold.open = false;
  unfoldedForPrint = [];
});
