// The page for an <iframe>: configured through the URL fragment (never sent to a server),
// it mounts the widget and tells the parent page its height, so the frame can fit it.
//
//   embed.html                              the published figures
//   embed.html#config=<encodeURIComponent(JSON.stringify(config))>
//
// The message carries only the height; the parent checks `event.origin` (see EMBEDDING.md).

import './exosome-estimator.js';

const element = document.getElementById('estimator');

/** The configuration in the fragment, as text, or undefined for the published figures. */
function configFromFragment() {
  const fragment = location.hash.slice(1);
  const prefix = 'config=';
  if (!fragment.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(fragment.slice(prefix.length));
  } catch {
    // Malformed percent-encoding: hand the text over as it is, and let the widget's
    // validation say what is wrong with it.
    return fragment.slice(prefix.length);
  }
}

const reportHeight = () => {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: 'exosome-estimator:height', height }, '*');
};

new ResizeObserver(reportHeight).observe(document.documentElement);
window.ExosomeEstimator.mount(element, configFromFragment() ?? undefined).then(reportHeight);
