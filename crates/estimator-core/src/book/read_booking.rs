//! Reading a clinic's `booking`: exactly one of a URL template, an email address or a phone
//! number, each checked. Part of reading a clinic's configuration, so behind the `clinic`
//! feature; what the button shows and sends is `planner::booking`.

use crate::booking::PLACEHOLDERS;
use crate::clinic_config::Booking;
use crate::clinic_config::{check_booking_url, check_phone, quoted};
use crate::json_reader::{kind_of, ObjectReader, Problems};
use serde_json::Value;

const BOOKING_FIELDS: &[&str] = &["url_template", "email", "phone"];

/// The longest template or address accepted.
pub const MAX_TEMPLATE_CHARS: usize = 500;
pub const MAX_EMAIL_CHARS: usize = 254;

/// Reads `booking`: exactly one of its three fields, checked; `None` after recording every
/// problem at its path.
pub fn read_booking(value: &Value, path: &str, problems: &mut Problems) -> Option<Booking> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(BOOKING_FIELDS, problems);
    let given: Vec<&str> = BOOKING_FIELDS
        .iter()
        .copied()
        .filter(|field| object.optional(field).is_some())
        .collect();
    if given.len() != 1 {
        problems.push(
            path,
            format!(
                "must give exactly one of url_template, email or phone, found {}",
                if given.is_empty() {
                    "none".to_owned()
                } else {
                    given.join(" and ")
                }
            ),
        );
        return None;
    }
    let field = given[0];
    let field_path = object.path_of(field);
    let text = match object.optional(field) {
        Some(Value::String(text)) if !text.trim().is_empty() => text.trim().to_owned(),
        Some(Value::String(_)) => {
            problems.push(&field_path, "must not be empty");
            return None;
        }
        other => {
            let found = other.map_or("nothing", kind_of);
            problems.push(&field_path, format!("must be text, found {found}"));
            return None;
        }
    };
    let checked = match field {
        "url_template" => check_template(&text).map(|template| Booking::Page { template }),
        "email" => check_email(&text).map(|address| Booking::Email { address }),
        _ => check_phone(&text).map(|number| Booking::Phone { number }),
    };
    checked
        .map_err(|message| problems.push(&field_path, message))
        .ok()
}

/// Checks a booking URL template: `https://` only, known placeholders only, none in the host,
/// and, with the placeholders filled in, a link the clinic's `booking_url` rules accept.
pub fn check_template(template: &str) -> Result<String, String> {
    let shown = quoted(template, 60);
    let length = template.chars().count();
    if length > MAX_TEMPLATE_CHARS {
        return Err(format!(
            "{shown} is {length} characters long; at most {MAX_TEMPLATE_CHARS} are allowed"
        ));
    }
    let lower = template.to_ascii_lowercase();
    if lower.starts_with("javascript:") || lower.starts_with("vbscript:") {
        return Err(format!(
            "{shown} is a script link, which is never allowed; give the https:// address of your booking page"
        ));
    }
    if !lower.starts_with("https://") {
        return Err(format!(
            "{shown} is not an https:// address; a plan is sent only to an https:// booking page, over an encrypted connection"
        ));
    }
    let mut filled = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        filled.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Err(format!(
                "{shown} has a }} without a {{; placeholders are written {{method}}, {{tier}}, {{sessions}} or {{start_date}}"
            ));
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(format!(
                "{shown} has a {{ that is never closed; placeholders are written {{method}}, {{tier}}, {{sessions}} or {{start_date}}"
            ));
        };
        let name = &after[..close];
        if !PLACEHOLDERS.contains(&name) {
            return Err(format!(
                "{{{}}} is not a placeholder; the placeholders are {{method}}, {{tier}}, {{sessions}} and {{start_date}}",
                crate::json_reader::shorten(name, 30)
            ));
        }
        filled.push('x');
        rest = &after[close + 1..];
    }
    filled.push_str(rest);
    let authority = template
        .get(8..)
        .unwrap_or_default()
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    if authority.contains('{') {
        return Err(format!(
            "{shown} has a placeholder in its host name; the plan may only fill the path or the query, never choose where it is sent"
        ));
    }
    check_booking_url(&filled).map(|_| template.to_owned())
}

/// Checks an email address: a plain `name@host.example`, no display name, no `mailto:`.
pub fn check_email(address: &str) -> Result<String, String> {
    let shown = quoted(address, 60);
    if address.to_ascii_lowercase().starts_with("mailto:") {
        return Err(format!("{shown}: give the address alone, without mailto:"));
    }
    if address.chars().count() > MAX_EMAIL_CHARS {
        return Err(format!(
            "{shown} is longer than {MAX_EMAIL_CHARS} characters"
        ));
    }
    let Some((local, domain)) = address.split_once('@') else {
        return Err(format!(
            "{shown} is not an email address (name@clinic.example)"
        ));
    };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-'))
        && !local.starts_with('.')
        && !local.ends_with('.');
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    if !(local_ok && domain_ok) {
        return Err(format!(
            "{shown} is not an email address this widget accepts: letters, digits and . _ % + - before the @, and a host name such as clinic.example after it"
        ));
    }
    Ok(address.to_owned())
}
