// The embeddable exosome treatment cost estimator.
//
// Defines the <exosome-estimator> element and one global, `ExosomeEstimator`, with
// `mount(element, config)`. Each widget renders into its own open shadow root, with its own
// stylesheet, so the host page's CSS cannot reach it and its CSS cannot leak out. Each widget
// also runs in its own wasm instance: widgets share no state, and a failure in one leaves the
// page and the others running. The only requests are for this folder's own files and, if the
// clinic names one, its configuration file on the same site.
//
// `cargo xtask dist` writes this file into dist/ with the build's file names filled in.

const here = import.meta.url;
const GLUE_URL = new URL('./__GLUE__', here).href;
const WASM_URL = new URL('./__WASM__', here).href;
const STYLE_URL = new URL('./estimator-widget.css', here).href;

let compiled;
/** Compiles the wasm once for the whole page; every widget instantiates it separately. */
function compiledModule() {
  compiled ??= fetch(WASM_URL).then(async (response) => {
    if (!response.ok) throw new Error(`could not load ${WASM_URL} (HTTP ${response.status})`);
    return WebAssembly.compile(await response.arrayBuffer());
  });
  return compiled;
}

let instanceCount = 0;
/** A fresh copy of the JavaScript glue (a distinct URL is a distinct module) and its wasm. */
async function newInstance() {
  instanceCount += 1;
  const glue = await import(`${GLUE_URL}?instance=${instanceCount}`);
  await glue.default({ module_or_path: await compiledModule() });
  return glue;
}

/** Prepares the element's shadow root: the widget stylesheet, loaded, and an empty root. */
async function prepareShadow(element) {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = STYLE_URL;
  const loaded = new Promise((resolve) => {
    style.addEventListener('load', resolve, { once: true });
    style.addEventListener('error', resolve, { once: true });
  });
  const root = document.createElement('div');
  root.className = 'widget-root';
  shadow.replaceChildren(style, root);
  // Waiting for the stylesheet keeps the widget from flashing unstyled.
  await loaded;
  return { shadow, root };
}

/**
 * What to configure the widget with: the given object, else the element's `config` file on the
 * same site, else a <script type="application/json"> inside the element, else nothing (the
 * published figures). Returns { text } or { problem }, never throws.
 */
async function readConfig(element, glue, given) {
  if (given !== undefined) {
    try {
      return { text: typeof given === 'string' ? given : JSON.stringify(given) };
    } catch (error) {
      return { problem: `could not be turned into JSON (${error.message})` };
    }
  }
  const address = element.getAttribute('config');
  if (address !== null) {
    const problem = glue.checkConfigUrl(address);
    if (problem) return { problem };
    try {
      const response = await fetch(address, { credentials: 'same-origin', redirect: 'error' });
      if (!response.ok) return { problem: glue.configLoadProblem(address, `HTTP ${response.status}`) };
      return { text: await response.text() };
    } catch {
      return { problem: glue.configLoadProblem(address, 'network error') };
    }
  }
  const inline = [...element.children].find(
    (child) => child.localName === 'script' && child.type === 'application/json',
  );
  return inline ? { text: inline.textContent } : {};
}

/** Mounts a widget into `element`; resolves to { update(config), destroy() }. */
async function mount(element, config) {
  if (!(element instanceof Element)) {
    throw new TypeError('ExosomeEstimator.mount needs an element to render into');
  }
  const [{ shadow, root }, glue] = await Promise.all([prepareShadow(element), newInstance()]);
  const source = await readConfig(element, glue, config);
  let handle = glue.mountWidget(root, source.text, source.problem);
  return {
    update(nextConfig) {
      if (!handle) throw new Error('this estimator was destroyed');
      let text;
      let problem;
      try {
        text = typeof nextConfig === 'string' ? nextConfig : JSON.stringify(nextConfig);
      } catch (error) {
        problem = `could not be turned into JSON (${error.message})`;
      }
      handle.update(text, problem);
    },
    destroy() {
      if (!handle) return;
      handle.destroy();
      handle.free();
      handle = null;
      shadow.replaceChildren();
    },
  };
}

class ExosomeEstimatorElement extends HTMLElement {
  #widget = null;
  #mounting = null;

  connectedCallback() {
    if (this.#widget || this.#mounting) return;
    this.#mounting = mount(this)
      .then((widget) => {
        // Removed from the page while it was loading: do not leave it running.
        if (!this.isConnected) widget.destroy();
        else this.#widget = widget;
      })
      .catch((error) => console.error('exosome-estimator:', error))
      .finally(() => {
        this.#mounting = null;
      });
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget = null;
  }
}

if (!customElements.get('exosome-estimator')) {
  customElements.define('exosome-estimator', ExosomeEstimatorElement);
}
if (!('ExosomeEstimator' in window)) {
  Object.defineProperty(window, 'ExosomeEstimator', {
    value: Object.freeze({ mount }),
    enumerable: false,
  });
}
