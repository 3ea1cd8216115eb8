//! Renders the page to HTML at build time and writes it into the built `index.html`, so the
//! explanations, the controls and the default estimate are on screen before the wasm arrives.
//! The browser then hydrates this HTML instead of rendering from scratch.
//!
//! Usage: `prerender <index.html>`, or with no argument inside a Trunk hook, where it rewrites
//! `$TRUNK_STAGING_DIR/index.html`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1).map(PathBuf::from).or_else(|| {
        std::env::var_os("TRUNK_STAGING_DIR").map(|dir| PathBuf::from(dir).join("index.html"))
    }) else {
        eprintln!("prerender: give the path of index.html, or run inside a Trunk hook");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("prerender: cannot read {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let lang = exosome_estimator::Lang::default();
    let calculator = futures::executor::block_on(
        yew::ServerRenderer::<exosome_estimator::App>::with_props(move || {
            exosome_estimator::AppProps { lang }
        })
        .render(),
    );
    // The explanations never change and are never hydrated: plain HTML, no hydration markers.
    let explainer = futures::executor::block_on(
        yew::ServerRenderer::<exosome_estimator::content::Explainer>::new()
            .hydratable(false)
            .render(),
    );
    let rendered = calculator.len() + explainer.len();
    match exosome_estimator::prerender::prerender_page(&page, &calculator, &explainer) {
        Ok(output) => match std::fs::write(&path, output) {
            Ok(()) => {
                println!(
                    "prerender: wrote {} ({rendered} bytes of page HTML)",
                    path.display()
                );
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("prerender: cannot write {}: {error}", path.display());
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("prerender: {}: {message}", path.display());
            ExitCode::FAILURE
        }
    }
}
