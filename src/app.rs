//! The full page: header, the estimator, the explanations, and the footer.

use crate::config::EstimatorConfig;
use crate::content::Explainer;
use crate::estimator::Estimator;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let config = use_memo((), |_| EstimatorConfig::published());
    html! {
        <ContextProvider<EstimatorConfig> context={(*config).clone()}>
            <a class="skip-link" href="#calculator">{ "Skip to the calculator" }</a>
            <header class="site-header">
                <div class="wrap">
                    <p class="eyebrow">{ "Private: runs entirely in your browser. Nothing you enter is sent anywhere." }</p>
                    <h1>{ "Exosome treatment cost estimator" }</h1>
                    <p class="lede">
                        { "Choose a delivery method, a product tier and a number of sessions to see the published cost range, the expected downtime and a schedule, with where every figure comes from, the regulatory caveats and the questions to ask a clinic." }
                    </p>
                </div>
            </header>
            <main class="wrap">
                <section id="calculator" class="calculator-section" aria-label="Calculator">
                    <Estimator />
                </section>
                <Explainer />
            </main>
            <footer class="site-footer">
                <div class="wrap">
                    <p>{ "An estimate from published figures, not medical advice and not a quote. Only a clinic can quote a price, and only a clinician can tell whether a treatment suits you." }</p>
                    <p>{ "Figures as published in 2026. This page makes no network requests, sets no cookies and stores nothing." }</p>
                </div>
            </footer>
        </ContextProvider<EstimatorConfig>>
    }
}
