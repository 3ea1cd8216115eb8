// The parent-page half of the iframe embedding: size the frame to the height the estimator
// reports. Only messages from the estimator's own origin, and from this frame, are trusted.
const frame = document.getElementById('estimator-frame');
// The frame's configuration travels in the URL fragment, which browsers never send to a server.
const config = { locale: 'en-GB' };
const frameAddress = new URL(
  `../embed.html#config=${encodeURIComponent(JSON.stringify(config))}&origin=${encodeURIComponent(location.origin)}`,
  location.href,
);
// Trusted origin taken from the address this page sets, not from the frame's current `src`,
// which before it is set is the empty document's.
const estimatorOrigin = frameAddress.origin;

window.addEventListener('message', (event) => {
  if (event.origin !== estimatorOrigin || event.source !== frame.contentWindow) return;
  const { type, height } = event.data ?? {};
  if (type === 'exosome-estimator:height' && Number.isFinite(height) && height > 0) {
    frame.style.height = `${Math.ceil(height)}px`;
  }
});

frame.src = frameAddress.href;

// A switch for the tests and for anyone curious: the page with and without its hostile CSS.
document.getElementById('toggle-hostile').addEventListener('click', () => {
  const sheet = document.getElementById('hostile-css');
  sheet.disabled = !sheet.disabled;
});
