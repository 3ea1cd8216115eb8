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

// The frame is far down the page. Its loading="lazy" alone still loads it at once here, since
// Chromium loads a lazy frame from several thousand pixels away, so the frame's address is set
// only once it comes within half a window of view: the page's start pays for the first widget
// alone.
if (typeof IntersectionObserver === 'function') {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      frame.src = frameAddress.href;
    },
    { rootMargin: '50% 0px' },
  );
  observer.observe(frame);
} else {
  frame.src = frameAddress.href;
}

// A switch for the tests and for anyone curious: the page with and without its hostile CSS.
document.getElementById('toggle-hostile').addEventListener('click', () => {
  const sheet = document.getElementById('hostile-css');
  sheet.disabled = !sheet.disabled;
});
