//! `cargo xtask dist` and `cargo xtask serve`: the Trunk release build and its dev server.

use std::fs;
use std::path::{Path, PathBuf};

use crate::failure::{Failure, Outcome};
use crate::setup::{setup, Browser};
use crate::site;
use crate::widget;
use crate::workspace::{files_below, run_shown, Workspace};
use estimator_core::Lang;
use sha2::{Digest, Sha256};

/// The widget's and the clinic single files' glue and wasm are named
/// `estimator-clinic-<hash>.js` and `estimator-clinic-<hash>_bg.wasm` in `dist/`.
pub const CLINIC_BUILD_PREFIX: &str = "estimator-clinic-";

/// Where the clinic build is staged before its files are copied into `dist/`.
const CLINIC_STAGING: &str = "target/clinic-build";

/// The glue module and wasm of a build, by their file names in `dist/`.
pub struct LoaderFiles {
    pub glue: String,
    pub wasm: String,
}

/// Builds the release site into `dist/` and lists what was written.
/// With a clinic's configuration, also writes that clinic's own single file into `dist/`.
pub fn dist(workspace: &Workspace, clinic_config: Option<&Path>) -> Outcome {
    setup(workspace, Browser::Skip)?;
    release_build(workspace)?;
    if let Some(config) = clinic_config {
        let dist = workspace.path("dist");
        site::write_clinic_single_file(&clinic_single_file_base(workspace), config, &dist)?;
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

/// `trunk build --release --offline`, after downloading the crates it will need, then the
/// clinic build (the same app with the `clinic` feature, for the widget and the clinics'
/// single files), then what the site needs beyond Trunk's output: the service worker and the
/// single files.
///
/// Two builds, because the page's own visitors need none of the clinic code (the widget, its
/// JavaScript API and serde-wasm-bindgen), and a clinic's page needs none of the page's
/// start-up. Trunk 0.21 cannot split one wasm into parts loaded on demand, so each build is
/// whole.
pub fn release_build(workspace: &Workspace) -> Outcome {
    require_trunk_inputs(workspace)?;
    fetch_crates(workspace)?;
    workspace.run("trunk", &["build", "--release", "--offline"])?;
    for lang in translated_pages() {
        translated_page_build(workspace, lang)?;
    }
    let dist = workspace.path("dist");
    let clinic = clinic_build(workspace, &dist)?;
    // The single files are written first: the service worker's file list leaves them out, and
    // writing the worker last means its version covers everything else in the build.
    site::write_single_file(&dist, None)?;
    for lang in translated_pages() {
        site::write_single_file(&dist, Some(lang))?;
    }
    write_clinic_single_file_base(workspace, &dist, &clinic)?;
    widget::write_widget(workspace, &dist, &clinic)?;
    // A clinic's single file, built from the example configuration, so the tests can open one.
    site::write_clinic_single_file(
        &clinic_single_file_base(workspace),
        &workspace.path("examples/seoul-clinic.json"),
        &dist.join("examples"),
    )?;
    // One worker per page, each scoped to its own folder and caching only that page's files,
    // so a visitor of one language downloads none of another's.
    site::write_service_worker(&dist, None)?;
    for lang in translated_pages() {
        site::write_service_worker(&dist, Some(lang))?;
    }
    // Last, so that every file of the build, the worker included, has its rule.
    site::write_security_headers(&dist)
}

/// The languages of the pages beside the English one at the root, each in a folder of its
/// name (`dist/es/`, `dist/de/`): every language the core has but English, so a language
/// added to the core gets its page.
pub fn translated_pages() -> impl Iterator<Item = &'static str> {
    Lang::BUILT
        .iter()
        .filter(|&&lang| lang != Lang::En)
        .map(|lang| lang.code())
}

/// Builds the page in `lang` into `dist/<lang>/`: Trunk again, with only that language's words
/// compiled in (`--no-default-features --features lang-<lang>`), and the prerender hook told
/// the language through `ESTIMATOR_PAGE_LANG`. Each language's page is whole in its folder (its
/// own copy of the stylesheet and scripts, under the same hashed names), so it works from any
/// static host at any path, like the English one.
fn translated_page_build(workspace: &Workspace, lang: &str) -> Outcome {
    let dist = format!("dist/{lang}");
    let features = format!("lang-{lang}");
    let mut command = workspace.command("trunk")?;
    command
        .args([
            "build",
            "--release",
            "--offline",
            "--dist",
            &dist,
            "--no-default-features",
            "--features",
            &features,
        ])
        .env(PAGE_LANG_VARIABLE, lang);
    run_shown(&mut command)
}

/// The environment variable that tells the prerender hook which language to write.
pub const PAGE_LANG_VARIABLE: &str = "ESTIMATOR_PAGE_LANG";

/// Builds the app with the `clinic` feature exactly as Trunk builds the page (release profile,
/// wasm-bindgen `--target web`, wasm-opt `-Oz` from the same binaryen), and writes its glue and
/// wasm into `dist/` under names that carry a hash of the wasm, as Trunk's do, so a host may
/// cache them for good.
fn clinic_build(workspace: &Workspace, dist: &Path) -> Outcome<LoaderFiles> {
    workspace.run(
        "cargo",
        &[
            "build",
            "--quiet",
            "--release",
            "--offline",
            "--lib",
            "-p",
            "exosome-estimator",
            "--features",
            "clinic",
            "--target",
            "wasm32-unknown-unknown",
        ],
    )?;
    let staging = workspace.path(CLINIC_STAGING);
    let built = workspace.path("target/wasm32-unknown-unknown/release/exosome_estimator.wasm");
    let (staging_arg, built_arg) = (
        staging.to_string_lossy().into_owned(),
        built.to_string_lossy().into_owned(),
    );
    workspace.run(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            "estimator-clinic",
            "--out-dir",
            &staging_arg,
            &built_arg,
        ],
    )?;
    let unoptimised = staging.join("estimator-clinic_bg.wasm");
    let optimised = staging.join("estimator-clinic.opt.wasm");
    workspace.run(
        "wasm-opt",
        &[
            "-Oz",
            "--output",
            &optimised.to_string_lossy(),
            &unoptimised.to_string_lossy(),
        ],
    )?;
    let wasm_bytes = read_bytes(&optimised)?;
    let hash = crate::site::short_hex(&Sha256::digest(&wasm_bytes));
    let files = LoaderFiles {
        glue: format!("{CLINIC_BUILD_PREFIX}{hash}.js"),
        wasm: format!("{CLINIC_BUILD_PREFIX}{hash}_bg.wasm"),
    };
    // The glue's fallback address for its wasm (used only when no module is handed to it)
    // names the unhashed file; point it at the one that ships.
    let glue = site::read_text(&staging.join("estimator-clinic.js"))?
        .replace("estimator-clinic_bg.wasm", &files.wasm);
    remove_earlier_clinic_builds(dist)?;
    site::write(&dist.join(&files.glue), glue.as_bytes())?;
    site::write(&dist.join(&files.wasm), &wasm_bytes)?;
    println!(
        "clinic build: dist/{} and dist/{} ({} bytes)",
        files.glue,
        files.wasm,
        wasm_bytes.len()
    );
    Ok(files)
}

/// Trunk empties `dist/` on each build, but a clinic build left by an earlier run of this
/// step alone must not stay beside the new one, where the worker and the headers would list it.
fn remove_earlier_clinic_builds(dist: &Path) -> Outcome {
    for file in files_below(dist)? {
        let name = file.to_string_lossy();
        if file.components().count() == 1 && name.starts_with(CLINIC_BUILD_PREFIX) {
            let path = dist.join(&file);
            fs::remove_file(&path).map_err(|error| {
                Failure::new(format!("cannot remove {}: {error}", path.display()))
            })?;
        }
    }
    Ok(())
}

/// The single file made with the clinic build, to which a clinic's configuration is added. It
/// is an intermediate, kept under `target/`: without a configuration the published single
/// file (the page's build) is the smaller and the one that ships.
fn clinic_single_file_base(workspace: &Workspace) -> PathBuf {
    workspace.path(&format!("{CLINIC_STAGING}/{}", site::SINGLE_FILE))
}

/// Writes [`clinic_single_file_base`]: the built page with the clinic build's loader files in
/// place of the page's, inlined like the published single file.
fn write_clinic_single_file_base(
    workspace: &Workspace,
    dist: &Path,
    clinic: &LoaderFiles,
) -> Outcome {
    let index = site::read_text(&dist.join("index.html"))?;
    let (page_glue, page_wasm) = site::page_loader_files(&index)?;
    let clinic_index = index
        .replace(&page_glue, &clinic.glue)
        .replace(&page_wasm, &clinic.wasm);
    let page = site::single_file_page(dist, &clinic_index)?;
    site::write(&clinic_single_file_base(workspace), page.as_bytes())
}

fn read_bytes(path: &Path) -> Outcome<Vec<u8>> {
    fs::read(path).map_err(|error| Failure::new(format!("cannot read {}: {error}", path.display())))
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
