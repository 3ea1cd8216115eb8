//! The browser shell of the exosome treatment cost estimator.
//!
//! Everything a person reads is computed by `estimator_core`; this crate renders it with Yew
//! and turns events into reducer actions. Components live here (not in `main.rs`) so tests can
//! mount them.

mod app;
mod browser;
mod components;
mod config;
// The explanations are prerendered natively into the page's HTML and never shipped in the
// wasm.
#[cfg(not(target_arch = "wasm32"))]
pub mod content;
mod crash;
mod estimator;
pub mod prerender;
mod state;
pub mod widget;

pub use app::App;
pub use config::EstimatorConfig;
pub use estimator::Estimator;

use wasm_bindgen::prelude::wasm_bindgen;

/// Starts the full page in the element with id `app`: hydrates it where the build prerendered
/// the page into it, renders into it otherwise. Does nothing on a page without that element.
/// Called by the page's own script (`static/page.js`), never on load: the same wasm also
/// serves the widget on clinics' pages.
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("app"));
    let Some(root) = root else {
        return;
    };
    crash::guard(&root);
    if root.has_attribute(prerender::HYDRATE_ATTRIBUTE) {
        yew::Renderer::<App>::with_root(root).hydrate();
    } else {
        root.set_inner_html("");
        yew::Renderer::<App>::with_root(root).render();
    }
    // Tells the stylesheet the calculator responds now, which hides the loading indicator.
    if let Some(html) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    {
        let _ = html.class_list().add_1("app-ready");
    }
}
