//! What the widget's loader could not read as a configuration, in words for the clinic's web
//! team: a value handed to `mount` or `update` that is not a configuration, something in or
//! beside the element that looks like one but is not where the widget reads it, and a
//! `config="…"` address that resolves to another site.
//!
//! Each is a [`Problem`] at [`CONFIG_PATH`], shown in the widget's error box instead of any
//! prices: a clinic's page never shows the published figures in place of its own by mistake.

use crate::clinic_config::{quoted, CONFIG_PATH};
use crate::json_reader::Problem;

fn problem(message: String) -> Problem {
    Problem {
        path: CONFIG_PATH.to_owned(),
        message,
    }
}

/// `ExosomeEstimator.mount(element, value)` or `handle.update(value)` was given a value that is
/// not a configuration. `caller` is `mount` or `update`; `kind` is JavaScript's `typeof` of
/// the value, `null`, or `unserialisable` (with the reason in `detail`) for an object that
/// `JSON.stringify` refused.
pub fn given_config_problem(caller: &str, kind: &str, detail: &str) -> Problem {
    let call = if caller == "update" {
        "update(config)"
    } else {
        "ExosomeEstimator.mount(element, config)"
    };
    let what = match kind {
        "unserialisable" => {
            return problem(format!(
                "the configuration given to {call} could not be turned into JSON ({}); give a plain object or its JSON text",
                quoted(detail, 120)
            ))
        }
        "undefined" => "undefined",
        "null" => "null",
        "function" => "a function",
        "symbol" => "a Symbol",
        "number" => "a number",
        "boolean" => "true or false",
        "bigint" => "a BigInt",
        _ => "a value of an unknown kind",
    };
    let hint = if caller == "update" {
        "; to show the published figures, pass {}"
    } else {
        "; leave the argument out to read the element's own configuration"
    };
    problem(format!(
        "{call} was given {what}, which is not a configuration: give an object or its JSON text{hint}"
    ))
}

/// Something that looks like a configuration but was not read. `kind` is what the loader
/// found: `script-type` (a script holding JSON under another `type`, named in `detail`),
/// `nested` (a JSON script deeper inside the element), `text` (JSON as plain text), `after`
/// (a JSON script just after the element instead of inside it).
pub fn unread_config_problem(kind: &str, detail: &str) -> Problem {
    let reads = "the widget reads its configuration only from a <script type=\"application/json\"> placed directly inside <exosome-estimator>";
    let message = match kind {
        "script-type" => format!(
            "a script inside the element holds what looks like a configuration, but its type is {}; {reads}",
            quoted(detail, 60)
        ),
        "nested" => format!(
            "a <script type=\"application/json\"> is inside another element within <exosome-estimator>; {reads}"
        ),
        "text" => format!(
            "the element holds text that looks like a configuration, but not in a script; {reads}"
        ),
        "after" => format!(
            "a <script type=\"application/json\"> follows the element instead of being inside it; {reads}"
        ),
        _ => format!("the element's content could not be read as a configuration; {reads}"),
    };
    problem(message)
}

/// Checks where a `config="…"` address really leads: `resolved` is the address resolved as
/// the browser resolves it (against the document's base URL, which a `<base href>` can point
/// at another site), `page_origin` the page's own origin. Only the page's own origin is
/// accepted; an empty `resolved` means the address could not be resolved at all.
pub fn check_resolved_config_url(
    address: &str,
    resolved: &str,
    page_origin: &str,
) -> Result<(), Problem> {
    if resolved.is_empty() {
        return Err(problem(format!(
            "address {} could not be resolved against this page's address",
            quoted(address, 80)
        )));
    }
    let on_this_site = resolved
        .strip_prefix(page_origin)
        .is_some_and(|rest| rest.starts_with('/'));
    if on_this_site {
        Ok(())
    } else {
        Err(problem(format!(
            "address {} resolves to {} (the page's <base href> points elsewhere), which is not on this site ({}); the estimator loads its configuration only from the clinic's own site",
            quoted(address, 80),
            quoted(resolved, 120),
            quoted(page_origin, 80)
        )))
    }
}

/// What `ExosomeEstimator.mount` and `update` report to the clinic's code, as JSON text:
/// `{"ok": …, "problems": [{"path", "message"}], "warnings": [...]}`. `ok` is false exactly
/// when there are problems, and then the widget shows its error box and no prices.
pub fn mount_report_json(problems: &[Problem], warnings: &[Problem]) -> String {
    let list = |items: &[Problem]| {
        serde_json::Value::Array(
            items
                .iter()
                .map(|item| serde_json::json!({ "path": item.path, "message": item.message }))
                .collect(),
        )
    };
    serde_json::json!({
        "ok": problems.is_empty(),
        "problems": list(problems),
        "warnings": list(warnings),
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mount_report_is_ok_only_without_problems() {
        let report: serde_json::Value = serde_json::from_str(&mount_report_json(&[], &[])).unwrap();
        assert_eq!(report["ok"], true);
        let problem = given_config_problem("update", "undefined", "");
        let report: serde_json::Value =
            serde_json::from_str(&mount_report_json(&[problem], &[])).unwrap();
        assert_eq!(report["ok"], false);
        assert_eq!(report["problems"][0]["path"], "config");
        assert_eq!(report["warnings"], serde_json::json!([]));
    }

    #[test]
    fn values_that_are_not_configurations_are_named() {
        let undefined = given_config_problem("update", "undefined", "");
        assert_eq!(undefined.path, "config");
        assert!(undefined
            .message
            .starts_with("update(config) was given undefined"));
        assert!(undefined.message.contains("pass {}"));
        assert!(given_config_problem("mount", "function", "")
            .message
            .contains("was given a function"));
        assert!(given_config_problem("update", "symbol", "")
            .message
            .contains("a Symbol"));
        let cyclic = given_config_problem("mount", "unserialisable", "cyclic object value");
        assert!(cyclic.message.contains("\"cyclic object value\""));
    }

    #[test]
    fn each_unread_shape_says_where_the_configuration_belongs() {
        for kind in ["script-type", "nested", "text", "after", "other"] {
            let found = unread_config_problem(kind, "text/json");
            assert!(
                found
                    .message
                    .contains("directly inside <exosome-estimator>"),
                "{kind}: {}",
                found.message
            );
        }
        assert!(unread_config_problem("script-type", "text/json")
            .message
            .contains("\"text/json\""));
    }

    #[test]
    fn only_the_pages_own_origin_is_accepted_after_resolving() {
        let origin = "https://clinic.example";
        assert!(
            check_resolved_config_url("x.json", "https://clinic.example/x.json", origin).is_ok()
        );
        for elsewhere in [
            "https://evil.example/x.json",
            "https://clinic.example.evil.example/x.json",
            "https://clinic.example:8443/x.json",
            "http://clinic.example/x.json",
        ] {
            let refused = check_resolved_config_url("x.json", elsewhere, origin).unwrap_err();
            assert!(refused.message.contains("not on this site"), "{elsewhere}");
        }
        assert!(check_resolved_config_url("x.json", "", origin).is_err());
    }
}
