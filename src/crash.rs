//! What a person sees if the estimator panics anyway: a box inside that estimator saying so,
//! never a blank or frozen page. The release build aborts on panic, so the wasm instance is
//! gone after it; the hook runs first and replaces the estimator's content with plain DOM.
//! Each embedded widget runs in its own wasm instance, so the page and other widgets stay
//! alive.

use estimator_core::view::{crash_words, CrashWords};
use estimator_core::Lang;
use std::cell::{Cell, RefCell};
use web_sys::Element;

thread_local! {
    /// The element this instance renders into: `#app` on the page, the widget's root in a
    /// shadow root. One per wasm instance, set when it mounts.
    static ROOT: RefCell<Option<Element>> = const { RefCell::new(None) };
    /// The box's two sentences in the language of the estimator this instance shows. The hook
    /// cannot ask the estimator for its language once it has panicked, so the estimator leaves
    /// its words here when it mounts ([`speak`]). Like `ROOT`, one per wasm instance, and each
    /// widget runs in its own instance, so two widgets on a page in two languages each keep
    /// their own.
    static WORDS: Cell<Option<CrashWords>> = const { Cell::new(None) };
}

/// Remembers where to show the box, and installs the hook. Yew's renderer replaces any hook
/// set with `std::panic::set_hook` by its own unless one is given through
/// `yew::set_custom_panic_hook`, so that is how it is installed.
pub fn guard(root: &Element) {
    ROOT.with(|cell| *cell.borrow_mut() = Some(root.clone()));
    // An instance reused for a new widget forgets the last one's language until the new
    // estimator mounts and says its own.
    WORDS.with(|cell| cell.set(None));
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("exosome estimator: {info}").into());
        ROOT.with(|cell| {
            if let Some(root) = cell.borrow().as_ref() {
                show_box(root);
            }
        });
    }));
}

/// Keeps the box's words in `lang`, the language of the estimator mounting in this instance.
pub fn speak(lang: Lang) {
    WORDS.with(|cell| cell.set(Some(crash_words(lang))));
}

/// Builds the box with DOM calls only: no Yew (it may be what failed) and no HTML parsing.
/// Before an estimator has mounted, it speaks the build's own language.
fn show_box(root: &Element) {
    let words = WORDS
        .with(Cell::get)
        .unwrap_or_else(|| crash_words(Lang::default()));
    let Some(document) = root.owner_document() else {
        return;
    };
    let build = || -> Result<Element, wasm_bindgen::JsValue> {
        let container = document.create_element("div")?;
        container.set_class_name("crash");
        container.set_attribute("role", "alert")?;
        let title = document.create_element("p")?;
        title.set_class_name("crash-title");
        title.set_text_content(Some(words.title));
        let advice = document.create_element("p")?;
        advice.set_text_content(Some(words.advice));
        container.append_child(&title)?;
        container.append_child(&advice)?;
        Ok(container)
    };
    if let Ok(container) = build() {
        root.set_text_content(None);
        let _ = root.append_child(&container);
    }
}
