// The parent page's half of the iframe embedding, for a clinic's own page: sizes every
// <iframe class="exosome-estimator-frame"> to the height its estimator reports. A file of its
// own (not an inline script) so that it works under a strict Content-Security-Policy.
//
//   <link rel="stylesheet" href="/estimator/embed-parent.css">
//   <script type="module" src="/estimator/embed-parent.js"></script>
//   <iframe class="exosome-estimator-frame" title="Exosome treatment cost estimator"
//           src="/estimator/embed.html#config=…&origin=https%3A%2F%2Fclinic.example"></iframe>
//
// Only messages from the frame's own origin, and from that very frame, are trusted, and they
// carry only a height.

const frames = () => [...document.querySelectorAll('iframe.exosome-estimator-frame')];

window.addEventListener('message', (event) => {
  const frame = frames().find((candidate) => candidate.contentWindow === event.source);
  if (!frame) return;
  // The trusted origin comes from the address the page gave the frame, resolved against the
  // page itself, never from the message.
  const expected = new URL(frame.getAttribute('src') ?? '', location.href).origin;
  if (event.origin !== expected) return;
  const { type, height } = event.data ?? {};
  if (type === 'exosome-estimator:height' && Number.isFinite(height) && height > 0) {
    frame.style.height = `${Math.ceil(height)}px`;
  }
});
