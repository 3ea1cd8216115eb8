//! `cargo xtask dist` and `cargo xtask serve`: the Trunk release build and its dev server.

use std::fs;
use std::path::{Path, PathBuf};

use crate::failure::{Failure, Outcome};
use crate::setup::{setup, Browser};
use crate::site;
use crate::widget;
use crate::workspace::{files_below, Workspace};

/// Builds the release site into `dist/` and lists what was written.
/// With a clinic's configuration, also writes that clinic's own single file into `dist/`.
pub fn dist(workspace: &Workspace, clinic_config: Option<&Path>) -> Outcome {
    setup(workspace, Browser::Skip)?;
    release_build(workspace)?;
    if let Some(config) = clinic_config {
        let dist = workspace.path("dist");
        site::write_clinic_single_file(&dist, config, &dist)?;
    }
    report_dist_files(workspace)
}

/// Builds the release site and serves `dist/` on loopback until interrupted, with the headers
/// a static host would send (see `e2e/serve.mjs`), so what is served is exactly what ships:
/// the prerendered page, the service worker, the widget and the example clinic page.
pub fn serve(workspace: &Workspace, port: u16) -> Outcome {
    setup(workspace, Browser::Skip)?;
    release_build(workspace)?;
    let port = port.to_string();
    println!("Serving the estimator at http://127.0.0.1:{port}/");
    workspace.run("node", &["e2e/serve.mjs", &port])
}

/// `trunk build --release --offline`, after downloading the crates it will need, then what
/// the site needs beyond Trunk's output: the service worker and the single file.
pub fn release_build(workspace: &Workspace) -> Outcome {
    require_trunk_inputs(workspace)?;
    fetch_crates(workspace)?;
    workspace.run("trunk", &["build", "--release", "--offline"])?;
    let dist = workspace.path("dist");
    // The single file is written first: the service worker's file list leaves it out, and
    // writing the worker last means its version covers everything else in the build.
    site::write_single_file(&dist)?;
    widget::write_widget(workspace, &dist)?;
    // A clinic's single file, built from the example configuration, so the tests can open one.
    site::write_clinic_single_file(
        &dist,
        &workspace.path("examples/seoul-clinic.json"),
        &dist.join("examples"),
    )?;
    site::write_service_worker(&dist)?;
    // Last, so that every file of the build, the worker included, has its rule.
    site::write_security_headers(&dist)
}

/// Trunk runs offline so that a missing tool is an error rather than a download that hangs;
/// offline Trunk passes `--offline` to cargo too, so every crate must be fetched first.
fn fetch_crates(workspace: &Workspace) -> Outcome {
    workspace.run("cargo", &["fetch"])
}

/// Trunk's own message for a missing `index.html` is terse; say which file and why.
fn require_trunk_inputs(workspace: &Workspace) -> Outcome {
    let index = workspace.path("index.html");
    if index.is_file() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "{} is missing: Trunk builds the app from it (with the settings in Trunk.toml)",
            index.display()
        )))
    }
}

fn report_dist_files(workspace: &Workspace) -> Outcome {
    let dist = workspace.path("dist");
    let files = files_under(&dist)?;
    if files.is_empty() {
        return Err(Failure::new(format!(
            "trunk finished but wrote nothing to {}",
            dist.display()
        )));
    }
    println!("files written to {}:", dist.display());
    let mut total = 0;
    for (path, size) in &files {
        let shown = path.strip_prefix(workspace.root()).unwrap_or(path);
        println!("  {:>10}  {}", human_size(*size), shown.display());
        total += size;
    }
    println!("  {:>10}  total, {} files", human_size(total), files.len());
    Ok(())
}

/// Every file below `directory` with its size in bytes, sorted by path.
fn files_under(directory: &Path) -> Outcome<Vec<(PathBuf, u64)>> {
    files_below(directory)?
        .into_iter()
        .map(|relative| {
            let path = directory.join(relative);
            let size = fs::metadata(&path)
                .map_err(|error| Failure::new(format!("cannot read {}: {error}", path.display())))?
                .len();
            Ok((path, size))
        })
        .collect()
}

fn human_size(bytes: u64) -> String {
    const KIB: u64 = 1024;
    if bytes < KIB {
        format!("{bytes} B")
    } else if bytes < KIB * KIB {
        format!("{:.1} KiB", bytes as f64 / KIB as f64)
    } else {
        format!("{:.2} MiB", bytes as f64 / (KIB * KIB) as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_a_person_would_write_them() {
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(123_456), "120.6 KiB");
        assert_eq!(human_size(3 * 1024 * 1024), "3.00 MiB");
    }
}
