//! Reading a clinic's `financing` plans: each named, with its provider, rate and term checked.
//! Part of reading a clinic's configuration, so behind the `clinic` feature; the illustration
//! itself is `planner::financing`.

use crate::clinic_config::FinancingPlan;
use crate::clinic_config::{check_clinic_name, quoted};
use crate::financing::{decimal_hundredths, MAX_APR_HUNDREDTHS, MAX_MONTHS, MIN_MONTHS};
use crate::json_reader::{index_path, kind_of, number_or_kind, ObjectReader, Problems};
use serde_json::Value;

/// The most plans a clinic lists.
pub const MAX_PLANS: usize = 10;
/// The longest plan name, provider name and `as_of` text.
pub const MAX_PLAN_TEXT_CHARS: usize = 80;

const PLAN_FIELDS: &[&str] = &[
    "name",
    "provider",
    "apr_percent",
    "months",
    "deferred_interest_months",
    "as_of",
];

/// Reads the configuration's `financing` list: every plan valid, or `None` with every problem
/// recorded at its path (`financing[1].apr_percent: …`).
pub fn read_plans(
    value: &Value,
    path: &str,
    problems: &mut Problems,
) -> Option<Vec<FinancingPlan>> {
    let Value::Array(items) = value else {
        problems.push(
            path,
            format!(
                "must be a list of plans, found {}; leave financing out to offer none",
                kind_of(value)
            ),
        );
        return None;
    };
    if items.is_empty() {
        problems.push(
            path,
            "lists no plans; give at least one plan, or leave financing out to offer none",
        );
        return None;
    }
    if items.len() > MAX_PLANS {
        problems.push(
            path,
            format!(
                "lists {} plans; a configuration offers at most {MAX_PLANS}",
                items.len()
            ),
        );
        return None;
    }
    let plans: Vec<Option<FinancingPlan>> = items
        .iter()
        .enumerate()
        .map(|(index, item)| read_plan(item, &index_path(path, index), problems))
        .collect();
    plans.into_iter().collect()
}

fn read_plan(value: &Value, path: &str, problems: &mut Problems) -> Option<FinancingPlan> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(PLAN_FIELDS, problems);
    let text = |field: &str, required: bool, problems: &mut Problems| -> Option<Option<String>> {
        let found = if required {
            object.required_string(field, problems)
        } else {
            object.optional_string(field, problems)
        };
        match found {
            None if required || object.optional(field).is_some() => None,
            None => Some(None),
            Some(text) if text.chars().count() > MAX_PLAN_TEXT_CHARS => {
                problems.push(
                    &object.path_of(field),
                    format!(
                        "{} is {} characters long; at most {MAX_PLAN_TEXT_CHARS} are allowed",
                        quoted(&text, 40),
                        text.chars().count()
                    ),
                );
                None
            }
            Some(text) => match check_clinic_name(&text) {
                Ok(text) => Some(Some(text)),
                Err(message) => {
                    problems.push(&object.path_of(field), message);
                    None
                }
            },
        }
    };
    let name = text("name", true, problems);
    let provider = text("provider", false, problems);
    let as_of = text("as_of", true, problems);
    let apr = match object.required("apr_percent", problems) {
        None => None,
        Some(Value::Number(number)) => {
            let written = number.to_string();
            match decimal_hundredths(&written) {
                Ok(hundredths) if hundredths <= u64::from(MAX_APR_HUNDREDTHS) => {
                    u32::try_from(hundredths).ok()
                }
                Ok(_) => {
                    problems.push(
                        &object.path_of("apr_percent"),
                        format!("{written} is above 100; an APR here is from 0 to 100 (percent)"),
                    );
                    None
                }
                Err(Some(reason)) => {
                    problems.push(
                        &object.path_of("apr_percent"),
                        format!("{written} {reason}; give the APR in percent to at most two decimals, such as the rate the credit agreement states"),
                    );
                    None
                }
                Err(None) if written.starts_with('-') => {
                    problems.push(
                        &object.path_of("apr_percent"),
                        format!("{written} is negative; an APR here is from 0 to 100 (percent)"),
                    );
                    None
                }
                Err(None) => {
                    problems.push(
                        &object.path_of("apr_percent"),
                        format!(
                            "{written} is not a percentage from 0 to 100 with at most two decimals"
                        ),
                    );
                    None
                }
            }
        }
        Some(other) => {
            problems.push(
                &object.path_of("apr_percent"),
                format!(
                    "must be a number of percent from 0 to 100 (such as the credit agreement states), found {}",
                    kind_of(other)
                ),
            );
            None
        }
    };
    let months = whole_months(&object, "months", true, problems).flatten();
    let deferred = whole_months(&object, "deferred_interest_months", false, problems);
    let deferred = match (deferred, months) {
        (Some(Some(promotion)), Some(term)) if promotion > term => {
            problems.push(
                &object.path_of("deferred_interest_months"),
                format!("{promotion} is longer than the plan's term of {term} months; the promotion must end within the term"),
            );
            None
        }
        (other, _) => other,
    };
    Some(FinancingPlan {
        name: name??,
        provider: provider?,
        apr_hundredths: apr?,
        months: months?,
        deferred_interest_months: deferred?,
        as_of: as_of??,
    })
}

/// A whole number of months from 1 to 120: `Some(None)` when optional and absent, `None`
/// after recording a problem.
fn whole_months(
    object: &ObjectReader,
    field: &str,
    required: bool,
    problems: &mut Problems,
) -> Option<Option<u32>> {
    let path = object.path_of(field);
    let value = if required {
        object.required(field, problems)?
    } else {
        match object.optional(field) {
            None => return Some(None),
            Some(value) => value,
        }
    };
    let range = format!("from {MIN_MONTHS} to {MAX_MONTHS}");
    match value.as_u64() {
        Some(months) if (u64::from(MIN_MONTHS)..=u64::from(MAX_MONTHS)).contains(&months) => {
            Some(u32::try_from(months).ok())
        }
        Some(months) => {
            problems.push(&path, format!("{months} is outside {range} months"));
            None
        }
        None => {
            let found = number_or_kind(value);
            problems.push(
                &path,
                format!("must be a whole number of months {range}, found {found}"),
            );
            None
        }
    }
}
