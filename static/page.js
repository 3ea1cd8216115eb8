// Starts the page once Trunk's loader has initialised the wasm. The wasm starts nothing by
// itself, because the same build also serves the widget on clinics' pages.
const start = () => window.wasmBindings.startPage();
if (window.wasmBindings) {
  start();
} else {
  addEventListener('TrunkApplicationStarted', start, { once: true });
}
