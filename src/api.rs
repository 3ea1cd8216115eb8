//! The clinics' JavaScript API beyond mounting: `ExosomeEstimator.estimate` (through the
//! `estimatePlan` export, which the loader calls) and the `plan-change` event. The core builds
//! the plain objects; serde-wasm-bindgen turns them into JavaScript values. Nothing here reads
//! or writes the DOM, except the event, dispatched on the widget's own element.

use crate::config::money_format;
use estimator_core::api::{api_estimate, given_config_problem, ApiProblems, PlanChange};
use estimator_core::clinic_config::ClinicConfig;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Node};

/// Plain objects for plain JavaScript: maps as objects, and whole numbers (amounts in minor
/// units are capped far below 2^53) as numbers rather than BigInts.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

/// The estimate for one plan, or `{problems: [{path, message}]}`. `config_json` is the
/// configuration's JSON text (absent for the published figures); `config_kind` names what was
/// given when it was neither an object nor text; `request_json` is the plan's JSON text, or
/// absent when it could not be turned into JSON. Touches no DOM.
#[wasm_bindgen(js_name = estimatePlan)]
pub fn estimate_plan(
    config_json: Option<String>,
    config_kind: Option<String>,
    request_json: Option<String>,
) -> JsValue {
    let config = match (config_kind, config_json) {
        (Some(kind), _) => Err(vec![given_config_problem(&kind)]),
        (None, Some(text)) => ClinicConfig::from_json(&text),
        (None, None) => Ok(ClinicConfig::published()),
    };
    let config = match config {
        Ok(config) => config,
        Err(problems) => return to_js(&ApiProblems::from_problems(&problems)),
    };
    let request = request_json
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(serde_json::Value::Null);
    let money = money_format(config.locale(), config.currency());
    match api_estimate(&config, &request, money.as_ref()) {
        Ok(estimate) => to_js(&estimate),
        Err(problems) => to_js(&ApiProblems::from_problems(&problems)),
    }
}

/// Dispatches `plan-change` from `element` (inside the widget's shadow root). `composed` lets
/// it reach the `<exosome-estimator>` element and the host page's listeners.
pub fn dispatch_plan_change(element: &Node, plan: &PlanChange) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&to_js(plan));
    if let Ok(event) = CustomEvent::new_with_event_init_dict("plan-change", &init) {
        let _ = element.dispatch_event(&event);
    }
}
