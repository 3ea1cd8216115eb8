// The page for an <iframe>: configured through the URL fragment (never sent to a server),
// it mounts the widget and tells the parent page its height, so the frame can fit it.
//
//   embed.html                              the published figures
//   embed.html#config=<encodeURIComponent(JSON.stringify(config))>
//   embed.html#config=…&origin=<encodeURIComponent(location.origin)>
//
// The message carries only the height, and goes only to the parent's own origin: the one the
// browser reports (`location.ancestorOrigins`, in Chromium and Safari), else the one the
// parent names in the fragment. postMessage delivers to that origin or to nobody, so naming a
// false one gains a framing page nothing. With no origin known, no height is posted at all:
// the height follows what a person types (a quote's message, an error), and a page that could
// read it could learn something of what was typed. The parent checks `event.origin` and
// `event.source` too (see EMBEDDING.md).

import './exosome-estimator.js';

const element = document.getElementById('estimator');

/** The value of `name=` in the fragment (`#config=…&origin=…`), decoded, or undefined. */
function fragmentValue(name) {
  const prefix = `${name}=`;
  const part = location.hash
    .slice(1)
    .split('&')
    .find((piece) => piece.startsWith(prefix));
  if (part === undefined) return undefined;
  const raw = part.slice(prefix.length);
  try {
    return decodeURIComponent(raw);
  } catch {
    // Malformed percent-encoding: hand the text over as it is, and let the widget's
    // validation say what is wrong with it.
    return raw;
  }
}

/** The parent page's origin, if the browser or the parent says it; never a wildcard. */
function parentOrigin() {
  const reported = location.ancestorOrigins?.[0];
  if (reported && reported !== 'null') return reported;
  const named = fragmentValue('origin');
  try {
    const origin = named ? new URL(named).origin : undefined;
    return origin && origin !== 'null' ? origin : undefined;
  } catch {
    return undefined;
  }
}

const targetOrigin = parentOrigin();

const reportHeight = () => {
  if (window.parent === window || targetOrigin === undefined) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'exosome-estimator:height', height }, targetOrigin);
};

new ResizeObserver(reportHeight).observe(document.documentElement);
// A configuration from the fragment is not the estimator's: the widget says who supplied it,
// naming the framing page's origin only where the browser reports it (a fragment could claim
// any origin).
const config = fragmentValue('config');
const framed = window.parent !== window;
const supplier =
  config === undefined
    ? undefined
    : framed
      ? { kind: 'framing-page', origin: location.ancestorOrigins?.[0] ?? '' }
      : { kind: 'link' };
/**
 * The frame's page speaks the widget's language: `<html lang>` follows the `lang` of the
 * widget's root, and the title is the widget's own title in that language. The widget has
 * rendered by the time `mount` resolves (its first render runs in a microtask queued before
 * `mount` returns). An error box keeps the page's English title.
 */
function followWidgetLanguage() {
  const widget = element.shadowRoot?.querySelector('.widget');
  const lang = widget?.getAttribute('lang');
  if (lang) document.documentElement.lang = lang;
  const title = widget?.querySelector('.widget-title')?.textContent.trim();
  if (title) document.title = title;
}

window.ExosomeEstimator.mount(element, config, { supplier }).then(() => {
  followWidgetLanguage();
  reportHeight();
});

// Every link in the frame leaves it (a citation, the FDA's notices), as booking and calling
// already do: inside a frame sized for the estimator, another page would replace it. Links
// within the page (`#…`) stay.
document.addEventListener(
  'click',
  (event) => {
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.hasAttribute('href'));
    if (link && !link.target && !link.getAttribute('href').startsWith('#')) link.target = '_top';
  },
  { capture: true },
);
