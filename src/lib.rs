//! The browser shell of the exosome treatment cost estimator.
//!
//! Everything a person reads is computed by `estimator_core`; this crate renders it with Yew
//! and turns events into reducer actions. Components live here (not in `main.rs`) so tests can
//! mount them.

mod app;
mod components;
mod config;
mod content;
mod estimator;
mod state;

pub use app::App;
pub use config::EstimatorConfig;
pub use estimator::Estimator;

/// Mounts the full page into the element with id `app`, or into `<body>` if there is none.
pub fn start_page() {
    let document = web_sys::window().and_then(|window| window.document());
    let root = document
        .as_ref()
        .and_then(|document| document.get_element_by_id("app"));
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
