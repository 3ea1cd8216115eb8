//! The calculator of the estimator's own page: the published figures, on a page it owns. The
//! page around it (header, explanations, footer) is static HTML, written into `index.html` at
//! build time, so the wasm neither carries nor hydrates it.

use crate::config::EstimatorConfig;
use crate::estimator::Estimator;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let config = use_memo((), |_| EstimatorConfig::published());
    html! {
        <ContextProvider<EstimatorConfig> context={(*config).clone()}>
            <Estimator />
        </ContextProvider<EstimatorConfig>>
    }
}
