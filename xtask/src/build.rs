//! `cargo xtask dist`: the release build, step by step (`cargo xtask serve` runs the same
//! steps, serving the English page as soon as it is built).

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::failure::{Failure, Outcome};
use crate::lockfile::target_directory;
use crate::minify;
use crate::progress::{PlannedStep, Progress};
use crate::setup::{setup_meanwhile, Meanwhile};
use crate::site;
use crate::widget;
use crate::workspace::{files_below, run_labelled, run_shown, Workspace};
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
    setup_meanwhile(workspace, &compile_ahead())?;
    release_build(workspace)?;
    if let Some(config) = clinic_config {
        let dist = workspace.path("dist");
        site::write_clinic_single_file(
            |lang| clinic_single_file_base(workspace, lang),
            config,
            &dist,
        )?;
    }
    report_dist_files(workspace)
}

/// The app's compiles that the English page's Trunk build asks cargo for, run while the tools
/// compile on a first run (see [`setup_meanwhile`]), so that Trunk finds them done. They are
/// exactly Trunk's requests, or cargo would build again: Trunk 0.21 runs `cargo build
/// --target=wasm32-unknown-unknown --manifest-path <Cargo.toml> --release --offline` with the
/// page's default features, then the prerender hook of `Trunk.toml` runs `cargo run --offline
/// --features prerender --bin prerender` in the dev profile.
pub fn compile_ahead() -> Meanwhile {
    Meanwhile {
        what: "the app's release build and its prerenderer",
        typical: COMPILE_AHEAD_TIME,
        run: compile_like_trunk,
    }
}

/// About how long [`compile_ahead`] keeps the two cores busy: the part of a fresh English
/// page build that is cargo's (every crate of the app for wasm32 in release, the prerenderer
/// natively), estimated as for [`Step::typical_time`].
const COMPILE_AHEAD_TIME: Duration = Duration::from_secs(70);

fn compile_like_trunk(workspace: &Workspace) -> Outcome {
    let label = "app";
    let manifest = workspace.path("Cargo.toml");
    let manifest = manifest.to_string_lossy();
    let requests: [&[&str]; 3] = [
        &["fetch"],
        &[
            "build",
            "--target=wasm32-unknown-unknown",
            "--manifest-path",
            &manifest,
            "--release",
            "--offline",
        ],
        &[
            "build",
            "--offline",
            "--features",
            "prerender",
            "--bin",
            "prerender",
        ],
    ];
    for args in requests {
        let mut command = workspace.command("cargo")?;
        command.args(args);
        run_labelled(&mut command, label)?;
    }
    Ok(())
}

/// A step of the release build.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Step {
    /// `cargo fetch`: Trunk runs cargo offline, so every crate must be on disk first.
    FetchCrates,
    /// `trunk build --release --offline`: the English page at the root of `dist/`, with its
    /// prerender hook.
    EnglishPage,
    /// The English page's service worker and the headers of the files built so far, for
    /// `serve` to serve the page as it ships before the rest of the site is built. The last
    /// step writes both again over the whole site.
    FirstPageWorkerAndHeaders,
    /// Trunk again for the page in this language, into `dist/<lang>/`.
    TranslatedPage(&'static str),
    /// The app with the `clinic` feature, for the widget and the clinics' single files.
    ClinicBuild,
    /// The single files, the widget, the example clinic's single file, every page's service
    /// worker and the headers of every file.
    SiteFiles,
}

/// Every step of `cargo xtask dist`, in order: Trunk's pages, the clinic build, then what the
/// site needs beyond them.
pub fn dist_steps() -> Vec<Step> {
    let mut steps = vec![Step::FetchCrates, Step::EnglishPage];
    steps.extend(translated_pages().map(Step::TranslatedPage));
    steps.extend([Step::ClinicBuild, Step::SiteFiles]);
    steps
}

/// The steps of `cargo xtask serve`: those before the server starts (the English page and
/// what it needs to work as it ships: its worker and its headers), and those it runs while
/// serving. Together they are [`dist_steps`] with the first page's worker and headers
/// between, so what is served in the end is exactly what `dist` writes.
pub fn serve_steps() -> (Vec<Step>, Vec<Step>) {
    let first_page = vec![
        Step::FetchCrates,
        Step::EnglishPage,
        Step::FirstPageWorkerAndHeaders,
    ];
    let mut rest: Vec<Step> = translated_pages().map(Step::TranslatedPage).collect();
    rest.extend([Step::ClinicBuild, Step::SiteFiles]);
    (first_page, rest)
}

impl Step {
    /// What the step does, as the progress lines name it.
    fn describe(self) -> String {
        match self {
            Self::FetchCrates => "downloading the app's crates (cargo fetch)".to_owned(),
            Self::EnglishPage => {
                "the English page into dist/ (trunk build, with the prerender hook)".to_owned()
            }
            Self::FirstPageWorkerAndHeaders => {
                "the English page's service worker and headers".to_owned()
            }
            Self::TranslatedPage(lang) => {
                format!("the {lang} page into dist/{lang}/ (trunk build)")
            }
            Self::ClinicBuild => "the clinic build (cargo build --features clinic)".to_owned(),
            Self::SiteFiles => {
                "the single files, the widget, the examples, the workers and the headers".to_owned()
            }
        }
    }

    /// How long the step typically takes on 2 cores of their own, on a fresh machine (the
    /// first build, which compiles every crate of the app) and when the app was built
    /// before (its crates compiled, by an earlier build or by [`compile_ahead`]). Taken from
    /// the last fresh-machine measurement (2 December 2026, an idle 2-core machine: about
    /// 3.5 min for every build after the tools), split between the steps in the proportions
    /// of a run on a loaded shared machine; an idle run of `serve` is the figure to put here.
    fn typical_time(self, fresh: bool) -> Duration {
        // Measured on an idle 2-core machine in a newcomer's first `serve` (2 December 2026),
        // where the app was compiled while the tools were: the English page 9 s, each
        // translated page 15–16 s, the clinic build 21 s, the site's files under a second.
        let seconds = match (self, fresh) {
            (Self::FetchCrates, true) => 10,
            (Self::FetchCrates, false) => 1,
            (Self::EnglishPage, true) => 90,
            (Self::EnglishPage, false) => 15,
            (Self::FirstPageWorkerAndHeaders, _) => 1,
            // Each compiles the app and the core again with features of its own (and the
            // clinic build a few crates of its own), even when the English page's crates are
            // all built: the same on a first build as on a later one that changed the app.
            (Self::TranslatedPage(_), _) => 20,
            (Self::ClinicBuild, _) => 25,
            (Self::SiteFiles, _) => 2,
        };
        Duration::from_secs(seconds)
    }
}

/// The release build, step by step, with what it has made so far.
pub struct ReleaseBuild<'a> {
    workspace: &'a Workspace,
    dist: PathBuf,
    /// Cargo's target directory, which may be outside the repository (`CARGO_TARGET_DIR`).
    target: PathBuf,
    /// Whether the target directory holds no release build of the app yet.
    fresh: bool,
    clinic: Option<LoaderFiles>,
}

impl<'a> ReleaseBuild<'a> {
    pub fn new(workspace: &'a Workspace) -> Outcome<Self> {
        require_trunk_inputs(workspace)?;
        let target = target_directory(workspace)?;
        let fresh = !target.join(WASM_RELEASE).is_dir();
        Ok(Self {
            workspace,
            dist: workspace.path("dist"),
            target,
            fresh,
            clinic: None,
        })
    }

    /// The progress of `steps`, each with its typical time for this build.
    pub fn progress(&self, steps: &[Step]) -> Progress {
        let planned = steps
            .iter()
            .map(|step| PlannedStep {
                what: step.describe(),
                typical: step.typical_time(self.fresh),
            })
            .collect();
        Progress::new("xtask build", planned)
    }

    /// Runs `step`, between the progress lines that announce it and say it is done.
    pub fn run(&mut self, step: Step, progress: &mut Progress) -> Outcome {
        if let Some(line) = progress.begin() {
            println!("{line}");
        }
        self.run_quietly(step)?;
        println!("{}", progress.end());
        Ok(())
    }

    fn run_quietly(&mut self, step: Step) -> Outcome {
        let workspace = self.workspace;
        match step {
            Step::FetchCrates => fetch_crates(workspace),
            Step::EnglishPage => {
                workspace.run("trunk", &["build", "--release", "--offline"])?;
                minify::page_glue(workspace, &self.dist)
            }
            Step::FirstPageWorkerAndHeaders => {
                site::write_service_worker(&self.dist, None)?;
                site::write_security_headers(&self.dist)
            }
            Step::TranslatedPage(lang) => translated_page_build(workspace, lang),
            Step::ClinicBuild => {
                self.clinic = Some(clinic_build(workspace, &self.target, &self.dist)?);
                Ok(())
            }
            Step::SiteFiles => {
                let clinic = self.clinic.as_ref().ok_or_else(|| {
                    Failure::new("the site's files need the clinic build, which has not run")
                })?;
                write_site_files(workspace, &self.dist, clinic)
            }
        }
    }
}

/// Where cargo puts the app's wasm release build, below its target directory.
const WASM_RELEASE: &str = "wasm32-unknown-unknown/release";

/// `trunk build --release --offline`, after downloading the crates it will need, then Trunk
/// again for each translated page, then the clinic build (the same app with the `clinic`
/// feature, for the widget and the clinics' single files), then what the site needs beyond
/// Trunk's output: the service workers, the single files and the headers.
///
/// Two builds, because the page's own visitors need none of the clinic code (the widget, its
/// JavaScript API and serde-wasm-bindgen), and a clinic's page needs none of the page's
/// start-up. Trunk 0.21 cannot split one wasm into parts loaded on demand, so each build is
/// whole.
pub fn release_build(workspace: &Workspace) -> Outcome {
    let mut build = ReleaseBuild::new(workspace)?;
    let steps = dist_steps();
    let mut progress = build.progress(&steps);
    for step in steps {
        build.run(step, &mut progress)?;
    }
    Ok(())
}

/// What the site needs beyond the builds, from Trunk's pages and the clinic build in `dist/`.
fn write_site_files(workspace: &Workspace, dist: &Path, clinic: &LoaderFiles) -> Outcome {
    // The single files are written first: the service worker's file list leaves them out, and
    // writing the worker last means its version covers everything else in the build.
    site::write_single_file(dist, None)?;
    for lang in translated_pages() {
        site::write_single_file(dist, Some(lang))?;
    }
    write_clinic_single_file_bases(workspace, dist, clinic)?;
    widget::write_widget(workspace, dist, clinic)?;
    // A clinic's single file, built from the example configuration, so the tests can open one.
    site::write_clinic_single_file(
        |lang| clinic_single_file_base(workspace, lang),
        &workspace.path("examples/seoul-clinic.json"),
        &dist.join("examples"),
    )?;
    // One worker per page, each scoped to its own folder and caching only that page's files,
    // so a visitor of one language downloads none of another's.
    site::write_service_worker(dist, None)?;
    for lang in translated_pages() {
        site::write_service_worker(dist, Some(lang))?;
    }
    // Last, so that every file of the build, the worker included, has its rule.
    site::write_security_headers(dist)
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
    run_shown(&mut command)?;
    minify::page_glue(workspace, &workspace.path(&dist))
}

/// The environment variable that tells the prerender hook which language to write.
pub const PAGE_LANG_VARIABLE: &str = "ESTIMATOR_PAGE_LANG";

/// Builds the app with the `clinic` feature exactly as Trunk builds the page (release profile,
/// wasm-bindgen `--target web`, wasm-opt `-Oz` from the same binaryen), and writes its glue and
/// wasm into `dist/` under names that carry a hash of the wasm, as Trunk's do, so a host may
/// cache them for good.
fn clinic_build(workspace: &Workspace, target: &Path, dist: &Path) -> Outcome<LoaderFiles> {
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
    let built = target.join(WASM_RELEASE).join("exosome_estimator.wasm");
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
    let wasm_bytes = site::read(&optimised)?;
    let hash = crate::site::short_hex(&Sha256::digest(&wasm_bytes));
    let files = LoaderFiles {
        glue: format!("{CLINIC_BUILD_PREFIX}{hash}.js"),
        wasm: format!("{CLINIC_BUILD_PREFIX}{hash}_bg.wasm"),
    };
    // Minified like the page's glue, keeping its names for the clinics' single files.
    let staged_glue = staging.join("estimator-clinic.js");
    minify::glue_in_place(workspace, &staged_glue)?;
    // The glue's fallback address for its wasm (used only when no module is handed to it)
    // names the unhashed file; point it at the one that ships.
    let glue = site::read_text(&staged_glue)?.replace("estimator-clinic_bg.wasm", &files.wasm);
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

/// The single file made with the clinic build in `lang`, to which a clinic's configuration in
/// that language is added. It is an intermediate, kept under `target/`: without a
/// configuration the published single file (the page's build) is the smaller and the one that
/// ships.
fn clinic_single_file_base(workspace: &Workspace, lang: Lang) -> PathBuf {
    let translated = (lang != Lang::En).then_some(lang.code());
    workspace.path(&format!(
        "{CLINIC_STAGING}/{}",
        site::single_file_name(translated)
    ))
}

/// Writes [`clinic_single_file_base`] in every language: each built page with the clinic
/// build's loader files in place of its own, inlined like the published single files.
fn write_clinic_single_file_bases(
    workspace: &Workspace,
    dist: &Path,
    clinic: &LoaderFiles,
) -> Outcome {
    for &lang in Lang::BUILT {
        let folder = if lang == Lang::En {
            dist.to_path_buf()
        } else {
            dist.join(lang.code())
        };
        let page = site::clinic_single_file_page(dist, &folder, &clinic.glue, &clinic.wasm)?;
        site::write(&clinic_single_file_base(workspace, lang), page.as_bytes())?;
    }
    Ok(())
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

    /// Trunk empties `dist/` when it builds the English page, so that page comes first; the
    /// translated pages and the clinic build come before the files made from them.
    #[test]
    fn dist_builds_the_pages_then_the_clinic_build_then_the_files_made_from_them() {
        let steps = dist_steps();
        assert_eq!(steps[..2], [Step::FetchCrates, Step::EnglishPage]);
        let translated: Vec<Step> = steps[2..steps.len() - 2].to_vec();
        assert_eq!(
            translated,
            [Step::TranslatedPage("es"), Step::TranslatedPage("de")]
        );
        assert_eq!(
            steps[steps.len() - 2..],
            [Step::ClinicBuild, Step::SiteFiles]
        );
    }

    /// `serve` serves the English page once it works as it ships (its worker and headers
    /// written), and in the end has run every step of `dist`, in the same order.
    #[test]
    fn serve_serves_the_english_page_first_and_ends_with_what_dist_writes() {
        let (first_page, rest) = serve_steps();
        assert_eq!(
            first_page,
            [
                Step::FetchCrates,
                Step::EnglishPage,
                Step::FirstPageWorkerAndHeaders
            ]
        );
        let every_dist_step: Vec<Step> = first_page
            .iter()
            .chain(&rest)
            .copied()
            .filter(|&step| step != Step::FirstPageWorkerAndHeaders)
            .collect();
        assert_eq!(every_dist_step, dist_steps());
        assert!(!rest.contains(&Step::EnglishPage));
    }

    #[test]
    fn a_first_build_is_announced_as_longer_than_one_that_catches_up() {
        for step in dist_steps() {
            assert!(
                step.typical_time(true) >= step.typical_time(false),
                "{step:?}"
            );
        }
    }

    #[test]
    fn sizes_read_like_a_person_would_write_them() {
        assert_eq!(human_size(512), "512 B");
        assert_eq!(human_size(123_456), "120.6 KiB");
        assert_eq!(human_size(3 * 1024 * 1024), "3.00 MiB");
    }
}
