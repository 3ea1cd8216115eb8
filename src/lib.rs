//! The browser shell of the exosome treatment cost estimator.
//!
//! Everything a person reads is computed by `estimator_core`; this crate renders it with Yew
//! and turns events into reducer actions. Components live here (not in `main.rs`) so tests can
//! mount them.

// The clinic build (feature `clinic`): the widget, its JavaScript API, and a clinic's single
// file. The page's own build leaves all of it out, as its visitors use none of it.
#[cfg(feature = "clinic")]
mod api;
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
#[cfg(feature = "clinic")]
pub mod widget;

pub use app::{App, AppProps};
pub use config::EstimatorConfig;
pub use estimator::Estimator;

pub use estimator_core::Lang;
use wasm_bindgen::prelude::wasm_bindgen;

/// Starts the full page in the element with id `app`: hydrates it where the build prerendered
/// the page into it, renders into it otherwise. Does nothing on a page without that element.
/// Called by the page's own script (`static/page.js`, or the single file's loader), never on
/// load: the same wasm also serves the widget on clinics' pages.
///
/// A clinic's single file (`cargo xtask dist --config …`, made with the clinic build) carries
/// its configuration in a `<script type="application/json" id="estimator-config">`; then the
/// clinic's estimator replaces the prerendered published one.
#[wasm_bindgen(js_name = startPage)]
pub fn start_page() {
    let document = web_sys::window().and_then(|window| window.document());
    let Some(document) = document else {
        return;
    };
    let Some(root) = document.get_element_by_id("app") else {
        return;
    };
    crash::guard(&root);
    end_warm_up();
    if start_clinic_page(&document, &root) {
        // The clinic's estimator is the page, and it replaced the prerendered calculator, so
        // no early change can be kept: it responds once mounted.
        browser::announce_ready();
    } else {
        let props = AppProps {
            lang: page_lang(&document),
        };
        if root.has_attribute(prerender::HYDRATE_ATTRIBUTE) {
            yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
        } else {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        // This calculator says it responds once it has hydrated (see `App`).
    }
}

/// Compiles the core's part of the page's start ahead of it: the page's script calls this, then
/// lets the browser run what waits, then calls [`start_page`]. See
/// [`estimator::compile_first_views`].
///
/// It works in the build's default language and reads nothing from the document: a page build
/// carries only its own language, so that is the page's, and the widget's loader calls this
/// too, where the document is the host's and a widget touches nothing outside its element.
#[wasm_bindgen(js_name = compileFirstViews)]
pub fn compile_first_views() {
    estimator::compile_first_views(&EstimatorConfig::published(Lang::default()));
}

/// Draws section `step` of an estimator as it opens (in order, [`estimator::Section::ALL`]) into
/// an element that is in no page and never will be; returns false, having drawn nothing, once
/// every section has been. The page's script calls it with 0, 1, 2, … in tasks of their own
/// between [`compile_first_views`] and [`start_page`], and stops at the first touch of the
/// calculator, since then hydrating soon matters more. [`start_page`] takes the drawings away.
/// See [`estimator::WarmUpSection`].
///
/// Like [`compile_first_views`], it works in the build's default language and reads nothing
/// from the document; the element it draws into is made by the document but never put in it.
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up(step: usize) -> bool {
    let Some(&section) = estimator::Section::ALL.get(step) else {
        return false;
    };
    let document = web_sys::window().and_then(|window| window.document());
    let Some(element) = document.and_then(|document| document.create_element("div").ok()) else {
        return false;
    };
    let views = WARM_UP.with(|warm_up| {
        let mut warm_up = warm_up.borrow_mut();
        let views = warm_up.views.get_or_insert_with(|| {
            let config = EstimatorConfig::published(Lang::default());
            std::rc::Rc::new(estimator::OpeningViews::new(config))
        });
        std::rc::Rc::clone(views)
    });
    let props = estimator::WarmUpProps { views, section };
    let drawn =
        yew::Renderer::<estimator::WarmUpSection>::with_root_and_props(element, props).render();
    WARM_UP.with(|warm_up| warm_up.borrow_mut().drawings.push(drawn));
    true
}

/// What [`warm_up`] keeps between its steps. It holds no user state: only the views the
/// estimator opens on and drawings that nobody sees.
struct WarmUp {
    /// Worked out at the first step, and drawn from at every step.
    views: Option<std::rc::Rc<estimator::OpeningViews>>,
    /// Kept until the start takes them away, not replaced at the next step, because Yew may
    /// not have drawn one yet: its scheduler can leave the rest of its work to a later task.
    drawings: Vec<yew::AppHandle<estimator::WarmUpSection>>,
}

thread_local! {
    static WARM_UP: std::cell::RefCell<WarmUp> = const {
        std::cell::RefCell::new(WarmUp {
            views: None,
            drawings: Vec::new(),
        })
    };
}

/// Takes away what [`warm_up`] drew, and the views it drew them from.
fn end_warm_up() {
    let drawings = WARM_UP.with(|warm_up| {
        let mut warm_up = warm_up.borrow_mut();
        warm_up.views = None;
        std::mem::take(&mut warm_up.drawings)
    });
    for drawn in drawings {
        drawn.destroy();
    }
}

/// The page's language: the one its HTML was written in.
fn page_lang(document: &web_sys::Document) -> Lang {
    document
        .document_element()
        .and_then(|html| Lang::from_code(&html.get_attribute("lang")?))
        .unwrap_or_default()
}

/// The id of the element holding a clinic's configuration in a clinic's single file.
pub const CLINIC_CONFIG_ID: &str = "estimator-config";

/// In a clinic's single file, mounts the clinic's estimator in place of the prerendered
/// published one and returns true; returns false on any other page.
#[cfg(feature = "clinic")]
fn start_clinic_page(document: &web_sys::Document, root: &web_sys::Element) -> bool {
    let clinic_config = document
        .get_element_by_id(CLINIC_CONFIG_ID)
        .and_then(|element| element.text_content());
    let Some(config) = clinic_config else {
        return false;
    };
    root.set_inner_html("");
    let _ = root.remove_attribute(prerender::HYDRATE_ATTRIBUTE);
    // Kept for the page's lifetime: the clinic's estimator is the page.
    std::mem::forget(widget::mount_widget(
        root.clone(),
        Some(config),
        None,
        None,
        None,
    ));
    true
}

/// The page's own build has no clinic code: a clinic's configuration needs the clinic build,
/// which `cargo xtask dist` uses for every clinic's single file.
#[cfg(not(feature = "clinic"))]
fn start_clinic_page(_document: &web_sys::Document, _root: &web_sys::Element) -> bool {
    false
}
