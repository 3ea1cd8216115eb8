// The prerendered calculator can be worked before the wasm has started (on a slow link or a slow
// phone it is still downloading or compiling), and hydrating sets each control back to the state
// it renders. So every control changed before then is remembered, in the order of the changes, and
// once the calculator runs each gets its value back and the events its handlers listen to (`input`
// and `change`), so that no early choice is lost.
//
// A change is remembered with its value as it was made, since hydrating sets the control back,
// and until the calculator says it has hydrated (`app-ready` on <html>), which can be a task
// after `startPage` returns.
const calculator = document.getElementById('app');
const changedEarly = new Map();
const rememberChange = (event) => {
  const control = event.target;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
  changedEarly.delete(control);
  changedEarly.set(control, { control, value: control.value, checked: control.checked });
};
for (const kind of ['input', 'change']) calculator?.addEventListener(kind, rememberChange, true);
// Set at the first touch of the calculator (a press, a key or a change): from then on the start
// hydrates as soon as it can.
let touched = false;
const noteTouch = () => {
  touched = true;
};
for (const kind of ['pointerdown', 'keydown', 'input']) calculator?.addEventListener(kind, noteTouch, { capture: true, once: true });

const replayEarlyChanges = (changes) => {
  for (const { control, value, checked } of changes) {
    if (!control.isConnected) continue;
    if (control.type === 'checkbox' || control.type === 'radio') control.checked = checked;
    else control.value = value;
    control.dispatchEvent(new InputEvent('input', { bubbles: true }));
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }
};

// Starts the page once Trunk's loader has initialised the wasm. The wasm starts nothing by
// itself, because the same build also serves the widget on clinics' pages.
//
// V8 compiles each wasm function the first time it runs, so hydrating straight away was one
// long task, mostly compiling. The start is short tasks instead, and the browser can answer an
// input and paint between them: the wasm's instantiation (the task Trunk's loader resolves in),
// then the core's code compiled (by working out the first estimate once), then each section of
// the calculator drawn once where nobody sees it (`warmUp`, one per task), then the calculator
// hydrated, with code already compiled. A change made in between is remembered like one made
// before. Once the calculator is touched the drawing stops and it hydrates at the next task,
// since then a prompt answer matters more than short tasks.
//
// `scheduler.yield` where the browser has it, since its continuation goes ahead of other
// waiting tasks; a timeout elsewhere. Between the drawings it is always a timeout: once Yew's
// scheduler has run for 16 ms it leaves the rest (a drawing's effects, or the next drawing) to a
// timeout of its own, and timeouts run in order, so the drawings take turns with Yew's timeouts
// and no task draws more than one section. (`scheduler.yield` would go ahead of Yew's timeout,
// and the next steps would pile their drawings into it.)
const nextTask = () => globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
const afterYew = () => new Promise((resolve) => setTimeout(resolve));
const start = async () => {
  await nextTask();
  window.wasmBindings.compileFirstViews();
  await nextTask();
  for (let step = 0; !touched && window.wasmBindings.warmUp(step); step += 1) await afterYew();
  hydrate();
};
const hydrate = () => {
  window.wasmBindings.startPage();
  whenReady(() => {
    for (const kind of ['input', 'change']) calculator?.removeEventListener(kind, rememberChange, true);
    const changes = [...changedEarly.values()];
    if (changes.length > 0) setTimeout(() => replayEarlyChanges(changes));
  });
};
const isReady = () => document.documentElement.classList.contains('app-ready');
const whenReady = (then) => {
  if (isReady()) return then();
  const watch = new MutationObserver(() => {
    if (!isReady()) return;
    watch.disconnect();
    then();
  });
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
};
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

// The language switch takes the plan along: the plan lives in the fragment, which the link
// gets at the moment it is followed (clicked, opened in a new tab, copied or focused), since
// the calculator keeps the fragment up to date without any event a link could listen to.
const keepPlan = (event) => {
  const link = event.target.closest?.('a[data-keeps-plan]');
  if (!link) return;
  const address = new URL(link.href);
  address.hash = location.hash;
  link.href = address.href;
};
for (const kind of ['click', 'auxclick', 'contextmenu', 'focusin']) {
  document.addEventListener(kind, keepPlan);
}

// Where the reader's browser prefers another language this page exists in, the page offers
// it: one short line under the header, a link and a button to dismiss it. Nothing is stored
// and nothing moves the reader anywhere unasked. The offers are written into the page at build
// time, each in its own language; the inline script in the head marks the one to show before
// the first paint (`offer-es` on <html>), and dismissing it takes the mark away.
for (const offer of document.querySelectorAll('[data-language-offer]')) {
  offer.querySelector('button')?.addEventListener('click', () => {
    document.documentElement.classList.remove(`offer-${offer.dataset.languageOffer}`);
  });
}
