//! The few places the full page talks to the browser beyond rendering: the address bar's
//! fragment, the clipboard, the system share sheet, printing, and bringing the result card into
//! view. Only the page uses the first four; a widget on a clinic's page never does (see
//! `EstimatorConfig::owns_page`).

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Tells the stylesheet and the page's script that the calculator responds now (`app-ready` on
/// `<html>`): the stylesheet hides the loading indicator, and the script stops remembering
/// early changes and replays them.
pub fn announce_ready() {
    let html = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(html) = html {
        let _ = html.class_list().add_1("app-ready");
    }
}

/// The fragment of the page's address, without `#`.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    Some(hash.trim_start_matches('#').to_owned())
}

/// Puts the plan in the address bar without adding a history entry for every keystroke.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

/// The page's address with `fragment` after its `#`.
pub fn link_with_fragment(fragment: &str) -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Copies text with the asynchronous clipboard API. Returns false where the browser has no
/// clipboard access (an insecure context, a refused permission) instead of failing.
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return false;
    };
    let attempt = || -> Result<Promise, JsValue> {
        let clipboard = Reflect::get(&navigator, &"clipboard".into())?;
        if clipboard.is_undefined() || clipboard.is_null() {
            return Err(JsValue::from_str("no clipboard"));
        }
        let write: Function = Reflect::get(&clipboard, &"writeText".into())?.dyn_into()?;
        write
            .call1(&clipboard, &JsValue::from_str(text))?
            .dyn_into()
    };
    match attempt() {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}

/// Scrolls an element to the top of the screen (below the sticky summary, through its
/// `scroll-margin-top`) and moves focus to it, so that keyboard and screen-reader users land
/// where sighted users look. Used by both the page and the widget: it touches only the
/// estimator's own element.
pub fn bring_into_view(node: &yew::NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        element.scroll_into_view();
        let _ = element.focus();
    }
}

/// Opens the browser's print dialog (which also saves as PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Whether the browser offers the system share sheet (`navigator.share`), as most phones do.
pub fn can_share() -> bool {
    web_sys::window()
        .and_then(|window| Reflect::get(&window.navigator(), &"share".into()).ok())
        .is_some_and(|share| share.is_function())
}

/// Opens the system share sheet with a title, a text and a link. Returns false when the
/// person cancelled, or the browser has no sheet or refused, instead of failing.
pub async fn share(title: &str, text: &str, url: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|window| window.navigator()) else {
        return false;
    };
    let attempt = || -> Result<Promise, JsValue> {
        let share: Function = Reflect::get(&navigator, &"share".into())?.dyn_into()?;
        let data = js_sys::Object::new();
        Reflect::set(&data, &"title".into(), &JsValue::from_str(title))?;
        Reflect::set(&data, &"text".into(), &JsValue::from_str(text))?;
        Reflect::set(&data, &"url".into(), &JsValue::from_str(url))?;
        share.call1(&navigator, &data)?.dyn_into()
    };
    match attempt() {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
