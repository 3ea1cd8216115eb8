//! The embeddable estimator: a clinic's configuration, the same calculator, the clinic's call
//! to action, or a specific error box when the configuration cannot be used.
//!
//! `exosome-estimator.js` (see `widget/`) defines the `<exosome-estimator>` element and the
//! `ExosomeEstimator.mount` API; it loads one wasm instance per widget and calls
//! [`mount_widget`] with an element inside the widget's shadow root. Nothing here reads or
//! writes the host page outside that element.

use crate::config::EstimatorConfig;
use crate::estimator::Estimator;
use estimator_core::clinic_config::{
    check_config_url, config_error_view, to_css_custom_properties, ClinicConfig,
};
use estimator_core::widget_input::mount_report_json;
use estimator_core::widget_view::{widget_view, Supplier};
use estimator_core::Problem;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;
use yew::AppHandle;

/// A configuration that passed validation, or every problem that stopped it.
#[derive(Debug)]
pub enum WidgetSetup {
    Ready(Box<ClinicConfig>),
    Broken(Vec<Problem>),
}

impl WidgetSetup {
    /// Reads what the host gave: the configuration text, or why it could not be loaded.
    pub fn from_source(config_json: Option<String>, load_problem: Option<String>) -> Self {
        match (load_problem, config_json) {
            (Some(message), _) => WidgetSetup::Broken(vec![Problem {
                path: estimator_core::clinic_config::CONFIG_PATH.to_owned(),
                message,
            }]),
            (None, Some(text)) => match ClinicConfig::from_json(&text) {
                Ok(config) => WidgetSetup::Ready(Box::new(config)),
                Err(problems) => WidgetSetup::Broken(problems),
            },
            (None, None) => WidgetSetup::Ready(Box::new(ClinicConfig::published())),
        }
    }
}

#[derive(Properties)]
pub struct WidgetProps {
    pub setup: Rc<WidgetSetup>,
    /// Who supplied the configuration, for the iframe page; the host page otherwise.
    pub supplier: Rc<Supplier>,
}

/// A new setup is a new `Rc`; comparing whole configurations on every render would be waste.
impl PartialEq for WidgetProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.setup, &other.setup) && self.supplier == other.supplier
    }
}

#[component]
pub fn Widget(props: &WidgetProps) -> Html {
    let setup = Rc::clone(&props.setup);
    let supplier = Rc::clone(&props.supplier);
    // The widget's words and the estimator's configuration, worked out once per configuration
    // (the supplier is fixed for a handle's lifetime).
    let ready = use_memo(PropsKey(Rc::clone(&setup)), move |key| match &*key.0 {
        WidgetSetup::Ready(config) => {
            // The clinic's language (or its locale's), for the estimator and the widget's own
            // lines alike.
            let lang = config.language();
            let view = widget_view(config, &supplier, lang);
            let context = EstimatorConfig {
                book: Rc::new(config.book().clone()),
                lang,
                locale: Rc::from(config.locale()),
                owns_page: false,
                call_to_action: view.call_to_action.clone().map(Rc::new),
                clinic: Rc::new(crate::config::ClinicExtras {
                    name: config.clinic().map(|clinic| clinic.name.clone()),
                    financing: config.financing().to_vec(),
                    booking: config.booking().cloned(),
                }),
            };
            Some((context, Rc::new(view)))
        }
        WidgetSetup::Broken(_) => None,
    });
    #[cfg(feature = "crash-test")]
    if let WidgetSetup::Ready(config) = &*setup {
        if config
            .clinic()
            .is_some_and(|clinic| clinic.name == "__crash_test__")
        {
            panic!("the crash test asked for a panic");
        }
    }
    match (&*setup, (*ready).clone()) {
        (WidgetSetup::Ready(_), Some((context, view))) => {
            html! {
                // The root's `lang` tells screen readers (and the host page's checks) which
                // language the widget speaks, whatever the host page's own `<html lang>`.
                <div class="widget" lang={view.lang}>
                    if let Some(statement) = &view.supplied_by {
                        <p class="supplied-by" role="note">{ statement }</p>
                    }
                    if let Some(notice) = &view.language_notice {
                        <p class="language-notice" role="note">{ notice }</p>
                    }
                    <header class="widget-header">
                        if let Some(name) = &view.clinic_name {
                            <p class="clinic-name">{ name }</p>
                        }
                        <h2 class="widget-title">{ &view.title }</h2>
                        <p class="price-origin">{ &view.prices_label }</p>
                    </header>
                    <ContextProvider<EstimatorConfig> {context}>
                        <Estimator />
                    </ContextProvider<EstimatorConfig>>
                    if let Some(action) = &view.call_to_action {
                        <div class="call-to-action">
                            <p class="cta-lead">{ &action.lead }</p>
                            if let Some((label, href)) = &action.booking {
                                <a class="cta-button" href={href.clone()} target={action.target.clone()}>{ label }</a>
                            }
                            if let Some((label, href)) = &action.phone {
                                <a class="cta-phone" href={href.clone()} target={action.target.clone()}>{ label }</a>
                            }
                        </div>
                    }
                    <p class="widget-privacy">{ &view.privacy }</p>
                </div>
            }
        }
        (WidgetSetup::Broken(problems), _) => {
            let view = config_error_view(problems);
            html! {
                <div class="widget config-error" role="alert" lang={view.lang}>
                    <h2 class="config-error-title">{ view.title }</h2>
                    <p>{ view.intro }</p>
                    <ul class="config-problems">
                        { for view.problems.iter().map(|line| html! { <li><code>{ line }</code></li> }) }
                    </ul>
                </div>
            }
        }
        _ => Html::default(),
    }
}

/// Compares setups by identity, for `use_memo`.
#[derive(Clone)]
struct PropsKey(Rc<WidgetSetup>);

impl PartialEq for PropsKey {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A mounted widget, returned to JavaScript.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<Widget>>,
    root: Element,
    supplier: Rc<Supplier>,
    /// The setup on screen, for [`WidgetHandle::report_json`].
    setup: Rc<WidgetSetup>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Shows a new configuration in place (`handle.update(config)` in the JavaScript API).
    pub fn update(&mut self, config_json: Option<String>, load_problem: Option<String>) {
        let setup = prepare(&self.root, config_json, load_problem);
        self.setup = Rc::clone(&setup);
        if let Some(app) = self.app.as_mut() {
            app.update(WidgetProps {
                setup,
                supplier: Rc::clone(&self.supplier),
            });
        }
    }

    /// Whether the configuration on screen was usable, with its problems and warnings, as
    /// JSON text (see `estimator_core::widget_input::mount_report_json`).
    #[wasm_bindgen(js_name = reportJson)]
    pub fn report_json(&self) -> String {
        match &*self.setup {
            WidgetSetup::Ready(config) => mount_report_json(&[], &config.warnings()),
            WidgetSetup::Broken(problems) => mount_report_json(problems, &[]),
        }
    }

    /// Unmounts the widget and empties its root (`handle.destroy()`).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.root.set_text_content(None);
    }
}

/// Mounts a widget into `root` (an element inside the widget's shadow root) with the
/// configuration text, or with the reason it could not be loaded. `supplier_kind` and
/// `supplier_origin` say who supplied the configuration (see [`Supplier::from_parts`]): the
/// iframe page passes them, every other caller leaves them empty.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    root: Element,
    config_json: Option<String>,
    load_problem: Option<String>,
    supplier_kind: Option<String>,
    supplier_origin: Option<String>,
) -> WidgetHandle {
    crate::crash::guard(&root);
    let setup = prepare(&root, config_json, load_problem);
    let supplier = Rc::new(Supplier::from_parts(
        supplier_kind.as_deref().unwrap_or_default(),
        supplier_origin.as_deref().unwrap_or_default(),
    ));
    let props = WidgetProps {
        setup: Rc::clone(&setup),
        supplier: Rc::clone(&supplier),
    };
    let app = yew::Renderer::<Widget>::with_root_and_props(root.clone(), props).render();
    WidgetHandle {
        app: Some(app),
        root,
        supplier,
        setup,
    }
}

/// Checks the address given in the element's `config` attribute before anything fetches it:
/// only a path on the clinic's own site. Returns the message for the error box, if any.
#[wasm_bindgen(js_name = checkConfigUrl)]
pub fn config_url_problem(url: &str) -> Option<String> {
    check_config_url(url).err().map(|problem| problem.message)
}

/// Checks where a `config="…"` address really leads, once the loader has resolved it against
/// the document's base URL. Returns the message for the error box, if any.
#[wasm_bindgen(js_name = checkResolvedConfigUrl)]
pub fn resolved_config_url_problem(
    address: &str,
    resolved: &str,
    page_origin: &str,
) -> Option<String> {
    estimator_core::widget_input::check_resolved_config_url(address, resolved, page_origin)
        .err()
        .map(|problem| problem.message)
}

/// The message for a value given to `mount` or `update` that is not a configuration.
#[wasm_bindgen(js_name = givenConfigProblem)]
pub fn given_config_problem(caller: &str, kind: &str, detail: &str) -> String {
    estimator_core::widget_input::given_config_problem(caller, kind, detail).message
}

/// The message for something that looks like a configuration but is not where one is read.
#[wasm_bindgen(js_name = unreadConfigProblem)]
pub fn unread_config_problem(kind: &str, detail: &str) -> String {
    estimator_core::widget_input::unread_config_problem(kind, detail).message
}

/// The message for a configuration file that could not be fetched.
#[wasm_bindgen(js_name = configLoadProblem)]
pub fn config_load_problem(url: &str, reason: &str) -> String {
    estimator_core::clinic_config::fetch_problem(url, reason).message
}

/// Parses the configuration, logs its problems to the console (for the clinic's web team),
/// and applies its theme to the root. Side effects live here, not in rendering.
///
/// The console lines stay in English whatever the widget's language: they are for the
/// developers who set the widget up, as are the configuration's problem messages they list,
/// and a patient never sees them.
fn prepare(
    root: &Element,
    config_json: Option<String>,
    load_problem: Option<String>,
) -> Rc<WidgetSetup> {
    let setup = WidgetSetup::from_source(config_json, load_problem);
    if let Some(style) = root.dyn_ref::<HtmlElement>().map(HtmlElement::style) {
        for property in [
            "--exo-accent",
            "--exo-accent-strong",
            "--exo-font",
            "--exo-radius",
        ] {
            let _ = style.remove_property(property);
        }
        if let WidgetSetup::Ready(config) = &setup {
            // Set through the CSS object model, which a strict style-src policy allows (a
            // `style` attribute would not be); every value passed validation in the core.
            for (property, value) in to_css_custom_properties(config.theme()) {
                let _ = style.set_property(property, &value);
                if property == "--exo-accent" {
                    let _ = style.set_property("--exo-accent-strong", &value);
                }
            }
        }
    }
    if let WidgetSetup::Ready(config) = &setup {
        let warnings = config.warnings();
        if !warnings.is_empty() {
            let lines: Vec<String> = warnings.iter().map(ToString::to_string).collect();
            web_sys::console::warn_1(
                &format!(
                    "exosome-estimator: the configuration works, but check:\n{}",
                    lines.join("\n")
                )
                .into(),
            );
        }
    }
    if let WidgetSetup::Broken(problems) = &setup {
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        web_sys::console::error_1(
            &format!(
                "exosome-estimator: the configuration cannot be used:\n{}",
                lines.join("\n")
            )
            .into(),
        );
    }
    Rc::new(setup)
}

/// The widget rendered natively, as the browser would first show it: `cargo test --features
/// prerender,clinic`.
#[cfg(all(test, feature = "prerender"))]
mod tests {
    use super::*;

    fn rendered(config: Option<&str>) -> String {
        // The renderer wants props it can make on another thread, so they are made from text.
        let config = config.map(str::to_owned);
        futures::executor::block_on(
            yew::ServerRenderer::<Widget>::with_props(move || WidgetProps {
                setup: Rc::new(WidgetSetup::from_source(config, None)),
                supplier: Rc::new(Supplier::HostPage),
            })
            .hydratable(false)
            .render(),
        )
    }

    /// The widget's root element's opening tag, whatever the order of its attributes.
    fn root_tag(html: &str) -> &str {
        html.split_once('>').map_or(html, |(tag, _)| tag)
    }

    #[test]
    fn the_widgets_root_carries_the_language_it_speaks() {
        let berlin = rendered(Some(
            r#"{"clinic":{"name":"Praxis","phone":"+49 30 1234"},"locale":"de-DE"}"#,
        ));
        assert!(root_tag(&berlin).contains(r#"lang="de""#), "{berlin}");
        assert!(root_tag(&berlin).contains(r#"class="widget""#));
        assert!(berlin.contains("Kostenrechner für Exosomenbehandlungen"));
        assert!(!berlin.contains("language-notice"));
        let spanish = rendered(Some(r#"{"locale":"ko-KR","language":"es"}"#));
        assert!(root_tag(&spanish).contains(r#"lang="es""#));
        assert!(!spanish.contains("language-notice"));
        assert!(root_tag(&rendered(None)).contains(r#"lang="en""#));
    }

    #[test]
    fn a_locale_the_estimator_lacks_gets_its_notice_in_english() {
        let seoul = rendered(Some(include_str!("../examples/seoul-clinic.json")));
        assert!(root_tag(&seoul).contains(r#"lang="en""#), "{seoul}");
        assert!(seoul.contains(
            ">This estimator is not yet available in Korean (한국어). It is shown in English.</p>"
        ));
        assert!(seoul.contains(r#"class="language-notice""#));
    }

    #[test]
    fn the_error_box_is_english_whatever_the_language_asked_for() {
        let broken = rendered(Some(r#"{"locale":"de-DE","language":"fr"}"#));
        assert!(root_tag(&broken).contains(r#"lang="en""#), "{broken}");
        assert!(root_tag(&broken).contains("config-error"));
        assert!(broken.contains(r#"language: "fr" (French) is not a language"#));
    }
}
