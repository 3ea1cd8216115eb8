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

// Instances that no live widget uses, ready for the next mount. A module imported at a new URL
// stays in the page's module map, with its wasm memory, for as long as the page lives: it can
// never be freed. So instances are reused instead: a page holds as many as it ever showed
// widgets at once, however often widgets come and go.
const idleInstances = [];
let instanceCount = 0;

/**
 * An instance for a new widget: an idle one, else a fresh copy of the JavaScript glue (a
 * distinct URL is a distinct module, with its own wasm instance and state) and its wasm.
 */
async function acquireInstance() {
  const idle = idleInstances.pop();
  if (idle) return idle;
  instanceCount += 1;
  // Read before the waits: widgets mounted together each count an instance meanwhile.
  const first = instanceCount === 1;
  const glue = await import(`${GLUE_URL}?instance=${instanceCount}`);
  await glue.default({ module_or_path: await compiledModule() });
  // V8 compiles each wasm function when it first runs, and every instance shares the module's
  // compiled code. So the first instance compiles the core's part of a first render here, in a
  // task of its own after the instantiation, leaving less to the task that renders.
  if (first) {
    await nextTask();
    glue.compileFirstViews();
  }
  return glue;
}

/**
 * Resolves in a later task, so the host's page can answer its visitor in between.
 * `scheduler.yield` where the browser has it, since its continuation goes ahead of the host's
 * other waiting tasks; a timeout elsewhere.
 */
function nextTask() {
  return globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
}

/**
 * Gives an instance back once its widget is gone. One that panicked is never reused: the
 * release build aborts on panic, which leaves the instance unusable.
 */
function releaseInstance(glue, healthy) {
  if (healthy) idleInstances.push(glue);
}

/** Why the wasm could not start, in words for the box, with what the site must change. */
function startFailureMessage(error) {
  const text = String(error?.message ?? error);
  if (/unsafe-eval|wasm-eval|Content Security Policy/i.test(text)) {
    return "The cost estimator cannot start on this page: the site's Content-Security-Policy does not allow WebAssembly. The site must add 'wasm-unsafe-eval' to its script-src.";
  }
  if (error instanceof RangeError || /memory/i.test(text)) {
    return 'The cost estimator cannot start: the browser has no memory left for it on this page. Closing other tabs or reloading the page may help.';
  }
  return `The cost estimator cannot start on this page (${text.slice(0, 200)}).`;
}

/**
 * Shows why the wasm could not start, in the widget's own box, built from plain DOM: with no
 * wasm there is no core to word it, so this is the one text the loader writes itself.
 */
function showStartFailure(shadow, error) {
  const box = document.createElement('div');
  box.className = 'widget-root';
  const alert = document.createElement('div');
  alert.className = 'widget config-error';
  alert.setAttribute('role', 'alert');
  const message = document.createElement('p');
  message.textContent = startFailureMessage(error);
  alert.append(message);
  box.append(alert);
  const style = shadow.querySelector('link');
  shadow.replaceChildren(...(style ? [style] : []), box);
  return message.textContent;
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

/** Whether a `<script type>` names JSON, however it is spelled or parameterised. */
function isJsonType(type) {
  return type.split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * A configuration handed to `mount` or `update`: an object (turned into JSON) or JSON text.
 * Anything else (undefined, null, a function, a Symbol, a number) is refused by name, so a
 * clinic never sees the published figures in place of its own by mistake.
 */
function givenConfig(glue, caller, given) {
  if (typeof given === 'string') return { text: given };
  if (given !== null && typeof given === 'object') {
    try {
      return { text: JSON.stringify(given) };
    } catch (error) {
      return { problem: glue.givenConfigProblem(caller, 'unserialisable', String(error?.message ?? error)) };
    }
  }
  const kind = given === null ? 'null' : typeof given;
  return { problem: glue.givenConfigProblem(caller, kind, '') };
}

/**
 * Something in or beside the element that looks like a configuration but is not where the
 * widget reads one: a script of another type, a JSON script nested deeper, JSON as plain text,
 * a JSON script just after the element. Returns [kind, detail] or null.
 */
function unreadConfiguration(element) {
  const children = [...element.children];
  const otherScript = children.find(
    (child) => child.localName === 'script' && !child.src && child.textContent.trim().startsWith('{'),
  );
  if (otherScript) return ['script-type', otherScript.type || '(none)'];
  if ([...element.querySelectorAll('script')].some((script) => isJsonType(script.type))) return ['nested', ''];
  const text = element.textContent.trim();
  if (text.startsWith('{') || /"(clinic|price_book|currency|locale|language)"\s*:/.test(text)) return ['text', ''];
  const next = element.nextElementSibling;
  if (next?.localName === 'script' && isJsonType(next.type)) return ['after', ''];
  return null;
}

/**
 * What to configure the widget with: the given object, else the element's `config` file on the
 * same site, else a <script type="application/json"> inside the element, else nothing (the
 * published figures). Returns { text } or { problem }, never throws.
 */
async function readConfig(element, glue, given) {
  if (given !== undefined) return givenConfig(glue, 'mount', given);
  const address = element.getAttribute('config');
  if (address !== null) {
    const problem = glue.checkConfigUrl(address);
    if (problem) return { problem };
    // Resolved as fetch will resolve it, against the document's base URL, which a <base href>
    // may point at another site: the check is on the address that would really be loaded.
    let resolved;
    try {
      resolved = new URL(address, document.baseURI).href;
    } catch {
      resolved = '';
    }
    const offSite = glue.checkResolvedConfigUrl(address, resolved, location.origin);
    if (offSite) return { problem: offSite };
    try {
      const response = await fetch(resolved, { credentials: 'same-origin', redirect: 'error' });
      if (!response.ok) return { problem: glue.configLoadProblem(resolved, `HTTP ${response.status}`) };
      return { text: await response.text() };
    } catch {
      return { problem: glue.configLoadProblem(resolved, 'network error') };
    }
  }
  const inline = [...element.children].find(
    (child) => child.localName === 'script' && isJsonType(child.type),
  );
  if (inline) return { text: inline.textContent };
  const unread = unreadConfiguration(element);
  return unread ? { problem: glue.unreadConfigProblem(...unread) } : {};
}

/**
 * Mounts a widget into `element`; resolves to { ok, problems, warnings, update(config),
 * destroy() }, also when the configuration cannot be used (then `ok` is false, `problems` lists
 * what the box shows, and `update` can put it right). `options.supplier`
 * is for the iframe page alone: `{ kind: 'framing-page', origin }` or `{ kind: 'link' }` makes
 * the widget say who supplied its configuration.
 */
async function mount(element, config, options = {}) {
  if (!(element instanceof Element)) {
    throw new TypeError('ExosomeEstimator.mount needs an element to render into');
  }
  const [{ shadow, root }, started] = await Promise.all([
    prepareShadow(element),
    acquireInstance().then(
      (glue) => ({ glue }),
      (error) => ({ error }),
    ),
  ]);
  if (started.error) {
    throw new Error(showStartFailure(shadow, started.error), { cause: started.error });
  }
  const { glue } = started;
  const source = await readConfig(element, glue, config);
  // The wasm's start and the first render run as separate tasks, not one, so the host's page
  // can answer its visitor between them (measured on the example clinic page: about 25 ms less
  // of Lighthouse's total blocking time).
  await nextTask();
  const supplier = options?.supplier;
  let handle = glue.mountWidget(
    root,
    source.text,
    source.problem,
    typeof supplier?.kind === 'string' ? supplier.kind : undefined,
    typeof supplier?.origin === 'string' ? supplier.origin : undefined,
  );
  // `ok`, `problems` and `warnings` tell the clinic's code whether the configuration on screen
  // was usable, without reading the widget's box; they follow every update.
  const widget = {
    ok: false,
    problems: [],
    warnings: [],
    update(nextConfig) {
      if (!handle) throw new Error('this estimator was destroyed');
      const next = givenConfig(glue, 'update', nextConfig);
      handle.update(next.text, next.problem);
      Object.assign(widget, JSON.parse(handle.reportJson()));
      return widget;
    },
    destroy() {
      if (!handle) return;
      // A panic leaves its box in the root; that instance is never handed out again.
      let healthy = root.querySelector('.crash') === null;
      try {
        handle.destroy();
        handle.free();
      } catch {
        healthy = false;
      }
      handle = null;
      shadow.replaceChildren();
      releaseInstance(glue, healthy);
    },
  };
  Object.assign(widget, JSON.parse(handle.reportJson()));
  return widget;
}

/**
 * The estimate for one plan, as a plain object, without rendering anything: `config` is a
 * clinic configuration (an object or its JSON text), or undefined or null for the published
 * figures; `plan` is `{ method, tier, sessions }`. A bad configuration or plan resolves to
 * `{ problems: [{ path, message }] }`, the same problems the widget would list. It borrows an
 * idle wasm instance and touches no DOM.
 */
async function estimate(config, plan) {
  const glue = await acquireInstance();
  try {
    let configText;
    let configKind;
    if (typeof config === 'string') {
      configText = config;
    } else if (config !== null && typeof config === 'object') {
      try {
        configText = JSON.stringify(config);
      } catch {
        configKind = 'unserialisable';
      }
    } else if (config !== undefined && config !== null) {
      configKind = typeof config;
    }
    let planText;
    try {
      planText = plan === undefined ? 'null' : JSON.stringify(plan);
    } catch {
      planText = undefined;
    }
    return glue.estimatePlan(configText, configKind, planText);
  } finally {
    releaseInstance(glue, true);
  }
}

/**
 * For `loading="lazy"` (the attribute an iframe has for the same purpose): resolves once the
 * element comes within half a window of the visible part of the page, so a widget further down
 * starts as the visitor nears it and leaves the page's own start alone. Resolves at once without
 * the attribute, or where the browser has no IntersectionObserver. `cancelled` resolves when the
 * element leaves the page while it waits, which ends the wait too.
 */
function nearViewport(element, cancelled) {
  if (element.getAttribute('loading') !== 'lazy' || typeof IntersectionObserver !== 'function') {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: '50% 0px' },
    );
    observer.observe(element);
    cancelled.then(() => {
      observer.disconnect();
      resolve();
    });
  });
}

class ExosomeEstimatorElement extends HTMLElement {
  #widget = null;
  #mounting = null;
  #leave = null;

  connectedCallback() {
    if (this.#widget || this.#mounting) return;
    // Until the estimator is on screen (or its box says why it cannot be), the element is
    // marked busy: for assistive technology, and for the widget's stylesheet, which keeps the
    // element's room meanwhile so the host's content does not move.
    this.setAttribute('aria-busy', 'true');
    // While the page is still arriving, the element's children (its configuration) may not be
    // parsed yet: read them once the whole document is there.
    let parsed = Promise.resolve();
    if (document.readyState === 'loading') {
      parsed = new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    const cancelled = new Promise((resolve) => {
      this.#leave = resolve;
    });
    this.#mounting = parsed
      .then(() => nearViewport(this, cancelled))
      .then(() => (this.isConnected ? mount(this) : null))
      .then((widget) => {
        if (!widget) return;
        // Removed from the page while it was loading: do not leave it running.
        if (!this.isConnected) widget.destroy();
        else this.#widget = widget;
      })
      .catch((error) => console.error('exosome-estimator:', error))
      .finally(() => {
        this.#mounting = null;
        this.removeAttribute('aria-busy');
      });
  }

  disconnectedCallback() {
    this.#leave?.();
    this.#widget?.destroy();
    this.#widget = null;
  }
}

if (!customElements.get('exosome-estimator')) {
  customElements.define('exosome-estimator', ExosomeEstimatorElement);
}
if (!('ExosomeEstimator' in window)) {
  Object.defineProperty(window, 'ExosomeEstimator', {
    value: Object.freeze({ mount, estimate }),
    enumerable: false,
  });
}
