//! Reads crate versions from `Cargo.lock`, so tool versions follow the lockfile.

use std::fs;

use crate::failure::{Failure, Outcome};
use crate::workspace::Workspace;

/// The version of the `wasm-bindgen` crate that `Cargo.lock` pins.
///
/// The `wasm-bindgen` CLI must be this exact version, or Trunk's post-processing step
/// rejects the compiled wasm.
pub fn locked_wasm_bindgen_version(workspace: &Workspace) -> Outcome<String> {
    let lock_path = workspace.path("Cargo.lock");
    let lock = fs::read_to_string(&lock_path).map_err(|error| {
        Failure::new(format!(
            "cannot read {}: {error} (run `cargo generate-lockfile` to create it)",
            lock_path.display()
        ))
    })?;
    single_locked_version(&lock, "wasm-bindgen")
}

/// The one version of `crate_name` in a `Cargo.lock` text; an error if it has none or several.
fn single_locked_version(lock: &str, crate_name: &str) -> Outcome<String> {
    let versions = locked_versions(lock, crate_name);
    match versions.as_slice() {
        [version] => Ok(version.clone()),
        [] => Err(Failure::new(format!(
            "Cargo.lock has no `{crate_name}` package; the app must depend on it"
        ))),
        several => Err(Failure::new(format!(
            "Cargo.lock holds several `{crate_name}` versions ({}); pin one with `=x.y.z` so \
             the CLI version is unambiguous",
            several.join(", ")
        ))),
    }
}

/// Every version of `crate_name` among the `[[package]]` entries of a `Cargo.lock` text.
///
/// A line-based reading is enough: Cargo writes each entry as `[[package]]`, then
/// `name = "…"`, then `version = "…"`, one key per line.
fn locked_versions(lock: &str, crate_name: &str) -> Vec<String> {
    let mut versions = Vec::new();
    let mut current_name: Option<&str> = None;
    for line in lock.lines().map(str::trim) {
        if line.starts_with('[') {
            current_name = None;
        } else if let Some(name) = quoted_value(line, "name") {
            current_name = Some(name);
        } else if let Some(version) = quoted_value(line, "version") {
            if current_name == Some(crate_name) {
                versions.push(version.to_string());
            }
        }
    }
    versions
}

/// The string in a `key = "value"` line, when the line sets `key`.
fn quoted_value<'line>(line: &'line str, key: &str) -> Option<&'line str> {
    let rest = line.strip_prefix(key)?.trim_start().strip_prefix('=')?;
    rest.trim().strip_prefix('"')?.strip_suffix('"')
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOCK: &str = r#"
version = 4

[[package]]
name = "wasm-bindgen-macro"
version = "0.2.999"

[[package]]
name = "wasm-bindgen"
version = "0.2.130"
source = "registry+https://github.com/rust-lang/crates.io-index"
dependencies = [
 "wasm-bindgen-macro",
]
"#;

    #[test]
    fn finds_the_exact_crate_and_not_its_namesakes() {
        assert_eq!(
            single_locked_version(LOCK, "wasm-bindgen").ok(),
            Some("0.2.130".to_string())
        );
    }

    #[test]
    fn the_lockfile_format_version_is_not_a_package_version() {
        assert!(locked_versions("version = 4\n", "wasm-bindgen").is_empty());
    }

    #[test]
    fn a_missing_crate_is_an_error() {
        assert!(single_locked_version(LOCK, "yew").is_err());
    }

    #[test]
    fn two_versions_of_the_crate_are_an_error() {
        let doubled =
            format!("{LOCK}\n[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.100\"\n");
        assert!(single_locked_version(&doubled, "wasm-bindgen").is_err());
    }
}
