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
// The element id the address's fragment names ('' for none), or null for a malformed escape,
// which cannot name one of the page's ids.
const fragmentId = () => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return null;
  }
};
const changedEarly = new Map();
const rememberChange = (event) => {
  const control = event.target;
  if (!(control instanceof HTMLInputElement || control instanceof HTMLSelectElement)) return;
  changedEarly.delete(control);
  changedEarly.set(control, { control, value: control.value, checked: control.checked });
};
for (const kind of ['input', 'change']) calculator?.addEventListener(kind, rememberChange, true);

// Before the calculator runs, a change of its controls is answered from the table the
// prerenderer wrote into the page (`#early-answers`: the calculator's own words for every value
// its controls can take until then). The one-line answer, the card's summary and total, and the
// hints under the two selects change at once; the rest of the card and the plan below it, still
// the opening plan's, are dimmed and marked busy (`early-answer` on <html>) until the calculator
// has drawn the change. Where the table has no entry (a count typed in words, say), the answer
// and the total are dimmed too (`early-unknown`). Only words and class names change, never the
// page's elements, so the calculator still hydrates exactly what was prerendered.
//
// Hydrating sets every word back to the opening plan's before the changes are replayed, a task
// or two later. So from the hydration until the replayed changes are drawn, the answer shown is
// put back wherever the calculator writes over it, and so are the controls' values (`pin`), and
// no frame shows the opening plan again in between.
//
// A page opened on a plan link (a fragment that names no element) has no early answers: the
// calculator restores that plan first, and the controls still show the opening plan.
const openedOnPlan = (() => {
  const id = fragmentId();
  return id === null || (id !== '' && !document.getElementById(id));
})();
let earlyTable;
const readEarlyTable = () => {
  if (earlyTable === undefined) {
    try {
      earlyTable = JSON.parse(document.getElementById('early-answers')?.textContent ?? 'null');
    } catch {
      earlyTable = null;
    }
  }
  return earlyTable;
};
const control = (name) => calculator?.querySelector(`[id$="-${name}"]:is(input, select)`);
const byId = (id) => (id ? document.getElementById(id) : null);
const openingMethod = control('method')?.value;
// The entry shown, kept on screen while the calculator hydrates; null once it has drawn it.
let shownEarly = null;
const earlyEntry = () => {
  const table = readEarlyTable();
  const [method, tier, lot, sessions] = ['method', 'tier', 'lot-data', 'sessions'].map(control);
  if (!table || !method || !tier || !lot || !sessions) return null;
  const fields = table.answers[`${method.value}|${tier.value}|${lot.checked ? 1 : 0}|${sessions.value}`];
  return fields && fields.map((position) => (position === null ? null : table.texts[position]));
};
// Writes a word into an element's one text node, keeping the node: the calculator holds on to
// it once hydrated.
const writeText = (element, text) => {
  if (!element || text === null || element.textContent === text) return;
  if (element.childNodes.length === 1 && element.firstChild.nodeType === Node.TEXT_NODE) element.firstChild.data = text;
  else element.textContent = text;
};
const setKind = (element, prefix, kind) => {
  if (!element || element.classList.contains(`${prefix}-${kind}`)) return;
  for (const other of ['quoted', 'derived', 'absent']) element.classList.remove(`${prefix}-${other}`);
  element.classList.add(`${prefix}-${kind}`);
};
const showEarly = () => {
  const page = document.documentElement;
  const card = calculator.querySelector('section.result');
  page.classList.add('early-answer');
  page.classList.toggle('early-tiers', control('method')?.value !== openingMethod);
  if (card?.getAttribute('aria-busy') !== 'true') card?.setAttribute('aria-busy', 'true');
  const entry = shownEarly?.entry;
  page.classList.toggle('early-unknown', !entry);
  if (!entry) return;
  const [answer, summary, methodHint, tierHint, label, value, kind, badge] = entry;
  const headline = card?.querySelector('.figure-headline');
  writeText(calculator.querySelector('.answer-text'), answer);
  writeText(card?.querySelector('.summary'), summary);
  writeText(byId(control('method')?.getAttribute('aria-describedby')), methodHint);
  writeText(byId(control('tier')?.getAttribute('aria-describedby')), tierHint);
  writeText(headline?.querySelector('.figure-label'), label);
  writeText(headline?.querySelector('.figure-value'), value);
  writeText(headline?.querySelector('.badge'), badge);
  setKind(headline, 'figure', kind);
  setKind(headline?.querySelector('.badge'), 'badge', kind);
};
const answerEarly = () => {
  if (openedOnPlan || isReady() || !readEarlyTable()) return;
  shownEarly = { entry: earlyEntry() };
  showEarly();
};
for (const kind of ['input', 'change']) calculator?.addEventListener(kind, answerEarly);
// A press of "−" or "+" before the calculator runs steps the count as the calculator would,
// from the table, and is then an ordinary change of the field (remembered and answered).
calculator?.addEventListener('click', (event) => {
  const button = event.target.closest?.('button.step');
  const field = byId(button?.getAttribute('aria-controls'));
  const step = !isReady() && field && readEarlyTable()?.steps[field.value];
  if (!step) return;
  const next = step[button.nextElementSibling === field ? 0 : 1];
  if (next === field.value) return;
  field.value = next;
  field.dispatchEvent(new InputEvent('input', { bubbles: true }));
});
// Gives a remembered control the value it was changed to.
const restoreValue = ({ control: changed, value, checked }) => {
  if (changed.type === 'checkbox' || changed.type === 'radio') changed.checked = checked;
  else if (changed.value !== value) changed.value = value;
};
const putBackEarly = () => {
  for (const change of changedEarly.values()) restoreValue(change);
  if (shownEarly) showEarly();
};
const pin = new MutationObserver(putBackEarly);
// Once the calculator runs, a change the person makes goes to it, and what was answered early
// must not be put back over it.
const TOUCHES = ['input', 'change', 'pointerdown', 'keydown'];
const unpinOnTouch = (event) => {
  if (event.isTrusted) unpin();
};
const unpin = () => {
  for (const kind of TOUCHES) calculator?.removeEventListener(kind, unpinOnTouch, true);
  pin.disconnect();
  shownEarly = null;
  document.documentElement.classList.remove('early-answer', 'early-unknown', 'early-tiers');
  calculator?.querySelector('section.result')?.removeAttribute('aria-busy');
};
// Set at the first touch of the calculator (a press, a key or a change): from then on the start
// hydrates as soon as it can.
let touched = false;
const noteTouch = () => {
  touched = true;
};
for (const kind of ['pointerdown', 'keydown', 'input']) calculator?.addEventListener(kind, noteTouch, { capture: true, once: true });

const replayEarlyChanges = (changes) => {
  for (const change of changes) {
    const { control } = change;
    if (!control.isConnected) continue;
    restoreValue(change);
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
// The task after the next frame: an answer given early is painted before the hydration, one
// long task, can hold the frame back.
const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const start = async () => {
  await nextTask();
  window.wasmBindings.compileFirstViews();
  await nextTask();
  for (let step = 0; !touched && window.wasmBindings.warmUp(step); step += 1) await afterYew();
  if (shownEarly) await afterNextFrame();
  hydrate();
};
const hydrate = () => {
  if (shownEarly) pin.observe(calculator, { subtree: true, childList: true, characterData: true, attributes: true });
  window.wasmBindings.startPage();
  whenReady(() => {
    for (const kind of ['input', 'change']) calculator?.removeEventListener(kind, rememberChange, true);
    const changes = [...changedEarly.values()];
    if (changes.length === 0) return unpin();
    for (const kind of TOUCHES) calculator?.addEventListener(kind, unpinOnTouch, true);
    setTimeout(() => {
      replayEarlyChanges(changes);
      // The calculator draws the replayed changes in the microtasks that follow, before the
      // next frame, so nothing needs putting back any more.
      unpin();
    });
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
  const id = fragmentId();
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
