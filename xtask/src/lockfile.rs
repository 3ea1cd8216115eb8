//! The crate versions the build resolves, read from `cargo metadata`, so tool versions follow
//! the lockfile.

use std::path::PathBuf;

use serde_json::Value;

use crate::failure::{Failure, Outcome};
use crate::workspace::Workspace;

/// The version of the `wasm-bindgen` crate that `Cargo.lock` pins.
///
/// The `wasm-bindgen` CLI must be this exact version, or Trunk's post-processing step
/// rejects the compiled wasm.
///
/// `cargo metadata` resolves the workspace as the build will, from `Cargo.lock`. On a fresh
/// machine it downloads the app's crates to read their manifests (seconds, and the build
/// needs them next anyway); after that it reads only what is on disk.
pub fn locked_wasm_bindgen_version(workspace: &Workspace) -> Outcome<String> {
    let metadata = workspace
        .output_of("cargo", &["metadata", "--format-version", "1"])
        .map_err(|failure| {
            Failure::new(format!(
                "cannot read the locked wasm-bindgen version: {failure}"
            ))
        })?;
    single_version(&metadata, "wasm-bindgen")
}

/// Where cargo writes this workspace's builds: `target/`, or wherever `CARGO_TARGET_DIR` or a
/// cargo configuration puts it, as cargo itself resolves it. The clinic build's wasm is read
/// from there, and whether it holds a release build of the app tells a fresh build from one
/// that only has to catch up.
pub fn target_directory(workspace: &Workspace) -> Outcome<PathBuf> {
    let metadata = workspace
        .output_of(
            "cargo",
            &[
                "metadata",
                "--format-version",
                "1",
                "--no-deps",
                "--offline",
            ],
        )
        .map_err(|failure| Failure::new(format!("cannot read the target directory: {failure}")))?;
    target_directory_in(&metadata)
}

fn target_directory_in(metadata: &str) -> Outcome<PathBuf> {
    let metadata: Value = serde_json::from_str(metadata)
        .map_err(|error| Failure::new(format!("`cargo metadata` printed no JSON: {error}")))?;
    metadata["target_directory"]
        .as_str()
        .map(PathBuf::from)
        .ok_or_else(|| Failure::new("`cargo metadata` printed no `target_directory`"))
}

/// The one version of `crate_name` among the packages of a `cargo metadata` answer; an error
/// if it has none or several.
fn single_version(metadata: &str, crate_name: &str) -> Outcome<String> {
    let metadata: Value = serde_json::from_str(metadata)
        .map_err(|error| Failure::new(format!("`cargo metadata` printed no JSON: {error}")))?;
    let packages = metadata["packages"]
        .as_array()
        .ok_or_else(|| Failure::new("`cargo metadata` printed no `packages` list"))?;
    let versions: Vec<&str> = packages
        .iter()
        .filter(|package| package["name"] == crate_name)
        .filter_map(|package| package["version"].as_str())
        .collect();
    match versions.as_slice() {
        [version] => Ok(version.to_string()),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of `cargo metadata --format-version 1`, cut down to the fields read here.
    const METADATA: &str = r#"{
        "version": 1,
        "packages": [
            { "name": "wasm-bindgen-macro", "version": "0.2.999", "id": "a" },
            { "name": "wasm-bindgen", "version": "0.2.130", "id": "b" },
            { "name": "yew", "version": "0.23.0", "id": "c" }
        ]
    }"#;

    #[test]
    fn finds_the_exact_crate_and_not_its_namesakes() {
        assert_eq!(
            single_version(METADATA, "wasm-bindgen").ok(),
            Some("0.2.130".to_string())
        );
    }

    #[test]
    fn a_missing_crate_is_an_error() {
        assert!(single_version(METADATA, "trunk").is_err());
    }

    #[test]
    fn two_versions_of_the_crate_are_an_error() {
        let doubled = METADATA.replace("0.2.999", "0.2.100").replace(
            "\"name\": \"wasm-bindgen-macro\"",
            "\"name\": \"wasm-bindgen\"",
        );
        let failure = single_version(&doubled, "wasm-bindgen").unwrap_err();
        assert!(
            failure.to_string().contains("0.2.100, 0.2.130"),
            "{failure}"
        );
    }

    #[test]
    fn an_answer_that_is_not_metadata_is_an_error() {
        assert!(single_version("warning: something", "wasm-bindgen").is_err());
        assert!(single_version("{\"version\": 1}", "wasm-bindgen").is_err());
    }

    #[test]
    fn reads_the_target_directory_cargo_chose() {
        let metadata = r#"{"version": 1, "target_directory": "/work/target-x", "packages": []}"#;
        assert_eq!(
            target_directory_in(metadata).ok(),
            Some(PathBuf::from("/work/target-x"))
        );
        assert!(target_directory_in(METADATA).is_err());
    }

    #[test]
    fn reads_this_repositorys_lockfile() {
        let workspace = Workspace::locate().expect("the tests run inside the repository");
        let version = locked_wasm_bindgen_version(&workspace).expect("one wasm-bindgen");
        let lock = std::fs::read_to_string(workspace.path("Cargo.lock")).unwrap();
        let entry = format!("name = \"wasm-bindgen\"\nversion = \"{version}\"\n");
        assert!(lock.contains(&entry), "Cargo.lock has no `{entry}`");
    }
}
