//! A small reader over `serde_json::Value` that remembers where it is.
//!
//! Serde's derived deserialisers stop at the first problem. A clinic fixing its price list wants
//! every problem at once, each with the path that leads to it, so configuration is read field by
//! field through this reader, which collects problems instead of returning early.

pub use super::problem::{field_path, index_path, shorten, Problem, Problems};
use serde_json::{Map, Value};

/// Describes a JSON value's kind for messages such as "expected a number, found a string".
pub fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// What a value that should have been a whole number was, for "found …": the number as
/// written (`2.5`, `-3`), or the kind of anything else (`text`, `null`).
pub fn number_or_kind(value: &Value) -> String {
    match value {
        Value::Number(number) => number.to_string(),
        other => kind_of(other).to_owned(),
    }
}

/// Shows a value inside a message, shortened so a hostile document cannot flood the page.
pub fn quote_value(value: &Value) -> String {
    let text = match value {
        Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    shorten(&text, 60)
}

/// A view of one JSON object at a known path.
pub struct ObjectReader<'a> {
    pub path: String,
    pub map: &'a Map<String, Value>,
}

impl<'a> ObjectReader<'a> {
    /// Reads `value` as an object, or records why it is not one.
    pub fn new(value: &'a Value, path: &str, problems: &mut Problems) -> Option<Self> {
        match value {
            Value::Object(map) => Some(Self {
                path: path.to_owned(),
                map,
            }),
            other => {
                problems.push(path, format!("must be an object, found {}", kind_of(other)));
                None
            }
        }
    }

    pub fn path_of(&self, field: &str) -> String {
        field_path(&self.path, field)
    }

    /// Returns the field if present and not null.
    pub fn optional(&self, field: &str) -> Option<&'a Value> {
        self.map.get(field).filter(|value| !value.is_null())
    }

    /// Returns the field, or records that it is missing.
    pub fn required(&self, field: &str, problems: &mut Problems) -> Option<&'a Value> {
        let found = self.optional(field);
        if found.is_none() {
            problems.push(&self.path_of(field), "is required");
        }
        found
    }

    /// Records every field that is not in `known`, so a typo is reported rather than ignored.
    pub fn reject_unknown(&self, known: &[&str], problems: &mut Problems) {
        for key in self.map.keys() {
            if !known.contains(&key.as_str()) {
                problems.push(
                    &self.path_of(&shorten(key, 40)),
                    format!("is not a known field (known fields: {})", known.join(", ")),
                );
            }
        }
    }

    pub fn required_string(&self, field: &str, problems: &mut Problems) -> Option<String> {
        let value = self.required(field, problems)?;
        self.string_value(field, value, problems)
    }

    pub fn optional_string(&self, field: &str, problems: &mut Problems) -> Option<String> {
        let value = self.optional(field)?;
        self.string_value(field, value, problems)
    }

    fn string_value(&self, field: &str, value: &Value, problems: &mut Problems) -> Option<String> {
        match value {
            Value::String(text) if text.trim().is_empty() => {
                problems.push(&self.path_of(field), "must not be empty");
                None
            }
            Value::String(text) if text.chars().count() > MAX_TEXT_CHARS => {
                problems.push(
                    &self.path_of(field),
                    format!("is longer than {MAX_TEXT_CHARS} characters"),
                );
                None
            }
            Value::String(text) => Some(text.trim().to_owned()),
            other => {
                problems.push(
                    &self.path_of(field),
                    format!("must be text, found {}", kind_of(other)),
                );
                None
            }
        }
    }

    pub fn optional_bool(&self, field: &str, problems: &mut Problems) -> Option<bool> {
        match self.optional(field)? {
            Value::Bool(flag) => Some(*flag),
            other => {
                problems.push(
                    &self.path_of(field),
                    format!("must be true or false, found {}", kind_of(other)),
                );
                None
            }
        }
    }

    /// Reads a non-negative whole number no larger than `max`; `what` names the unit in messages.
    pub fn required_whole(
        &self,
        field: &str,
        what: &str,
        max: u64,
        problems: &mut Problems,
    ) -> Option<u64> {
        let value = self.required(field, problems)?;
        let parsed = value.as_u64().filter(|number| *number <= max);
        if parsed.is_none() {
            let found = quote_value(value);
            let message = if value.as_u64().is_some() {
                format!("{found} is too large (at most {max})")
            } else {
                format!("must be a non-negative whole number of {what}, found {found}")
            };
            problems.push(&self.path_of(field), message);
        }
        parsed
    }

    pub fn required_array(&self, field: &str, problems: &mut Problems) -> Option<&'a [Value]> {
        match self.required(field, problems)? {
            Value::Array(items) => Some(items),
            other => {
                problems.push(
                    &self.path_of(field),
                    format!("must be a list, found {}", kind_of(other)),
                );
                None
            }
        }
    }
}

/// The longest text accepted in any field; longer text is a mistake or an attack.
pub const MAX_TEXT_CHARS: usize = 500;
