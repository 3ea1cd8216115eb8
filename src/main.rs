//! The page entry point: mount the app.

fn main() {
    exosome_estimator::start_page();
}
