//! `cargo xtask setup`: installs what the build and the tests need, skipping what is present.
//!
//! Setup first checks every tool and prints a plan: what it will compile, and how long each
//! install typically takes on this project's machines. Each item then prints one line,
//! `ok: …` or `installing: …`, and each finished compile says how long it took and about how
//! long is left. Whatever cannot be installed stops setup with the exact commands to run by
//! hand.

use std::env;
use std::fs;
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

use crate::failure::{Failure, Outcome};
use crate::lockfile::locked_wasm_bindgen_version;
use crate::progress::{about, elapsed};
use crate::workspace::{run_labelled, run_shown, Workspace};

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Trunk 0.22 needs a newer rustc than the one pinned here and refuses to install, so setup
/// accepts any 0.21 release and installs this one.
const TRUNK_SERIES: &str = "0.21.";
const TRUNK_VERSION: &str = "0.21.14";

/// The cargo-fuzz release `cargo xtask fuzz` drives; any 0.13 release reads the same options.
const CARGO_FUZZ_SERIES: &str = "0.13.";
const CARGO_FUZZ_VERSION: &str = "0.13.2";

/// About how much of the two cores' time each `cargo install` takes, shown so a long compile
/// is expected rather than alarming. Measured with the options below in a fresh clone with
/// empty `CARGO_HOME` and `CARGO_INSTALL_ROOT` on an otherwise idle 2-core machine
/// (2 December 2026): one after the other at opt-level 1, trunk took 7 min 9 s,
/// wasm-bindgen-cli 2 min 38 s and cargo-fuzz 35 s; side by side, with trunk unoptimised and
/// the app's own compile beside them, the three were done after 7 min 25 s (trunk's share
/// counted as the rest: about 4 min).
const TRUNK_INSTALL_TIME: Duration = Duration::from_secs(4 * 60);
const WASM_BINDGEN_INSTALL_TIME: Duration = Duration::from_secs(160);
const CARGO_FUZZ_INSTALL_TIME: Duration = Duration::from_secs(35);

/// npm's binaryen 132 provides `wasm-opt`; Debian's older binaryen cannot read current wasm.
const WASM_OPT_VERSION_MARKER: &str = "version 132";

/// Where Debian's `chromium` and `chromium-driver` packages put the browser and its driver.
pub const CHROMIUM_PATH: &str = "/usr/bin/chromium";
const CHROMEDRIVER_PATH: &str = "/usr/bin/chromedriver";

/// Whether setup also installs the browser the end-to-end tests drive.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    Install,
    Skip,
}

/// Whether setup also installs cargo-fuzz, which only the fuzz step needs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fuzzer {
    Install,
    Skip,
}

/// Installs every missing tool the build needs, and the browser when asked.
pub fn setup(workspace: &Workspace, browser: Browser) -> Outcome {
    install_missing(workspace, browser, Fuzzer::Skip, None)
}

/// Like [`setup`], and while the tools compile (only then), also runs `meanwhile`: the app's
/// own compile, which needs none of them, so its long single-threaded phases (each crate in
/// one codegen unit, the link-time optimisation) overlap theirs instead of running alone.
pub fn setup_meanwhile(workspace: &Workspace, meanwhile: &Meanwhile) -> Outcome {
    install_missing(workspace, Browser::Skip, Fuzzer::Skip, Some(meanwhile))
}

/// Work that runs beside the tool compiles, with a name and its typical time, which the
/// plan and the time left count.
pub struct Meanwhile {
    pub what: &'static str,
    pub typical: Duration,
    pub run: fn(&Workspace) -> Outcome,
}

/// Installs every missing tool that `cargo xtask test` needs: the build's, the browser and
/// cargo-fuzz.
pub fn setup_for_tests(workspace: &Workspace) -> Outcome {
    install_missing(workspace, Browser::Install, Fuzzer::Install, None)
}

/// Installs cargo-fuzz alone when it is missing, for `cargo xtask fuzz`.
pub fn ensure_cargo_fuzz(workspace: &Workspace) -> Outcome {
    let missing = missing_tools(workspace, vec![cargo_fuzz()]);
    let left = InstallsLeft::new(
        missing
            .iter()
            .map(|install| install.tool.typical_install_time),
    );
    install_in_turn(workspace, &missing, &left)
}

/// Checks every tool, prints the plan, then installs what is missing.
///
/// Each tool compiles on a thread of its own, side by side: a `cargo install` alone leaves a
/// core idle for long stretches on 2 cores (a big crate's front end, the final link), which
/// the other compile fills. The node packages and the browser are installed on another thread
/// at the same time, since npm and apt mostly wait on the network. Each line a compile prints
/// starts with its tool's name, so the interleaving stays legible.
fn install_missing(
    workspace: &Workspace,
    browser: Browser,
    fuzzer: Fuzzer,
    meanwhile: Option<&Meanwhile>,
) -> Outcome {
    println!("xtask setup: checking the tools");
    ensure_wasm_target(workspace)?;
    let build_tools = missing_tools(workspace, vec![trunk(), wasm_bindgen_cli(workspace)?]);
    let fuzz_tools = match fuzzer {
        Fuzzer::Install => missing_tools(workspace, vec![cargo_fuzz()]),
        Fuzzer::Skip => Vec::new(),
    };
    // The app's compile is worth running early only while tools compile beside it.
    let meanwhile = meanwhile.filter(|_| !build_tools.is_empty());
    let compiles: Vec<&Install> = build_tools.iter().chain(&fuzz_tools).collect();
    if let Some(plan) = install_plan(compiles.iter().copied(), meanwhile) {
        println!("{plan}");
    }
    let left = InstallsLeft::new(
        compiles
            .iter()
            .map(|install| install.tool.typical_install_time)
            .chain(meanwhile.map(|work| work.typical)),
    );
    std::thread::scope(|scope| {
        let downloads = scope.spawn(|| -> Outcome {
            ensure_node_packages(workspace)?;
            ensure_npm_wasm_opt(workspace)?;
            if browser == Browser::Install {
                ensure_chromium(workspace)?;
            }
            Ok(())
        });
        let compiling: Vec<_> = compiles
            .iter()
            .map(|&install| {
                let left = &left;
                scope.spawn(move || install_in_turn(workspace, std::slice::from_ref(install), left))
            })
            .collect();
        let alongside = meanwhile.map(|work| {
            let left = &left;
            scope.spawn(move || {
                println!(
                    "compiling meanwhile: {} (typically {})",
                    work.what,
                    about(work.typical)
                );
                let started = Instant::now();
                (work.run)(workspace)?;
                println!(
                    "compiled {} in {}; {}",
                    work.what,
                    elapsed(started.elapsed()),
                    still_to_compile(left.finish())
                );
                Ok(())
            })
        });
        let joined = |result: std::thread::Result<Outcome>, what: &str| {
            result.unwrap_or_else(|_| Err(Failure::new(format!("the {what} thread panicked"))))
        };
        let mut outcome = Ok(());
        for thread in compiling {
            outcome = outcome.and(joined(thread.join(), "tool install"));
        }
        if let Some(thread) = alongside {
            outcome = outcome.and(joined(thread.join(), "app compile"));
        }
        outcome.and(joined(downloads.join(), "npm/apt install"))
    })
}

fn ensure_wasm_target(workspace: &Workspace) -> Outcome {
    let by_hand = |reason: &str| {
        Failure::install_by_hand(
            &format!("the Rust target {WASM_TARGET}"),
            reason,
            &[&format!("rustup target add {WASM_TARGET}")],
        )
    };
    if workspace.find_program("rustup").is_none() {
        return Err(by_hand("`rustup` is not on PATH"));
    }
    let installed = workspace
        .output_of("rustup", &["target", "list", "--installed"])
        .map_err(|failure| by_hand(&failure.to_string()))?;
    if installed.lines().any(|line| line.trim() == WASM_TARGET) {
        println!("ok: Rust target {WASM_TARGET} present");
        return Ok(());
    }
    println!("installing: Rust target {WASM_TARGET}");
    workspace
        .run("rustup", &["target", "add", WASM_TARGET])
        .map_err(|failure| by_hand(&failure.to_string()))
}

/// A command-line tool that `cargo install` builds from crates.io.
struct CargoTool {
    program: &'static str,
    crate_name: &'static str,
    wanted: WantedVersion,
    install_version: String,
    lockfile: Lockfile,
    /// Whether the tool's default features are left out: they add TLS (and, for trunk, a
    /// check for newer releases), which only downloads need, and the build here runs offline
    /// with every tool already installed. Leaving them out spares compiling `rustls` and the
    /// crates it brings (`ring`, a C build, for wasm-bindgen-cli).
    no_default_features: bool,
    /// Shown before and after installing; see [`TRUNK_INSTALL_TIME`].
    typical_install_time: Duration,
    /// The optimisation level of its quick install profile (see `cargo_install`). Trunk only
    /// reads the page and starts other programs, so it is compiled unoptimised, the quickest
    /// to compile; wasm-bindgen-cli rewrites a 2.6 MB wasm on every build, and cargo-fuzz
    /// builds the fuzz targets, so they keep a little optimisation.
    opt_level: &'static str,
}

enum WantedVersion {
    Series(&'static str),
    Exactly(String),
}

impl WantedVersion {
    fn accepts(&self, version: &str) -> bool {
        match self {
            Self::Series(prefix) => version.starts_with(prefix),
            Self::Exactly(wanted) => version == wanted,
        }
    }

    fn describe(&self) -> String {
        match self {
            Self::Series(prefix) => format!("{prefix}x"),
            Self::Exactly(wanted) => wanted.clone(),
        }
    }
}

/// Which dependency versions `cargo install` builds a tool with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lockfile {
    /// `--locked`: exactly the versions the tool's own lockfile pins, as its authors tested.
    Own,
    /// `--locked` first; without it when that lockfile pins a version the registry no
    /// longer serves.
    OwnElseFresh,
    /// A fresh resolution, for a tool whose lockfile is known to pin such a version.
    Fresh,
}

impl Lockfile {
    /// Whether each `cargo install` attempt passes `--locked`, in the order they are tried.
    fn attempts(self) -> &'static [bool] {
        match self {
            Self::Own => &[true],
            Self::OwnElseFresh => &[true, false],
            Self::Fresh => &[false],
        }
    }
}

fn trunk() -> CargoTool {
    CargoTool {
        program: "trunk",
        crate_name: "trunk",
        wanted: WantedVersion::Series(TRUNK_SERIES),
        install_version: TRUNK_VERSION.to_string(),
        lockfile: Lockfile::Own,
        no_default_features: true,
        typical_install_time: TRUNK_INSTALL_TIME,
        opt_level: "0",
    }
}

/// The wasm-bindgen CLI must match the `wasm-bindgen` crate in `Cargo.lock` exactly.
/// Its own lockfile pins a `webpki-roots` the registry here lacks, hence no `--locked`.
fn wasm_bindgen_cli(workspace: &Workspace) -> Outcome<CargoTool> {
    let version = locked_wasm_bindgen_version(workspace)?;
    Ok(CargoTool {
        program: "wasm-bindgen",
        crate_name: "wasm-bindgen-cli",
        wanted: WantedVersion::Exactly(version.clone()),
        install_version: version,
        lockfile: Lockfile::Fresh,
        no_default_features: true,
        typical_install_time: WASM_BINDGEN_INSTALL_TIME,
        opt_level: "1",
    })
}

/// `cargo fuzz` is cargo running the `cargo-fuzz` program it finds on `PATH`, which answers
/// `cargo-fuzz 0.13.2` to `--version` like the other tools.
fn cargo_fuzz() -> CargoTool {
    CargoTool {
        program: "cargo-fuzz",
        crate_name: "cargo-fuzz",
        wanted: WantedVersion::Series(CARGO_FUZZ_SERIES),
        install_version: CARGO_FUZZ_VERSION.to_string(),
        lockfile: Lockfile::OwnElseFresh,
        no_default_features: false,
        typical_install_time: CARGO_FUZZ_INSTALL_TIME,
        opt_level: "1",
    }
}

/// A tool to install, and why.
struct Install {
    tool: CargoTool,
    /// `trunk not found`, or `found 0.20.1, need 0.21.x`.
    reason: String,
}

/// The tools that are missing or at the wrong version; an `ok:` line for each of the others.
fn missing_tools(workspace: &Workspace, tools: Vec<CargoTool>) -> Vec<Install> {
    let mut missing = Vec::new();
    for tool in tools {
        let reason = match installed_version(workspace, tool.program) {
            Some(version) if tool.wanted.accepts(&version) => {
                println!("ok: {} {version} present", tool.program);
                continue;
            }
            Some(version) => format!("found {version}, need {}", tool.wanted.describe()),
            None => format!("{} not found", tool.program),
        };
        missing.push(Install { tool, reason });
    }
    missing
}

/// One line naming every compile ahead and how long each typically takes, or `None` when
/// there is nothing to compile.
fn install_plan<'a>(
    installs: impl IntoIterator<Item = &'a Install>,
    meanwhile: Option<&Meanwhile>,
) -> Option<String> {
    let installs: Vec<&Install> = installs.into_iter().collect();
    if installs.is_empty() {
        return None;
    }
    let total: Duration = installs
        .iter()
        .map(|install| install.tool.typical_install_time)
        .chain(meanwhile.map(|work| work.typical))
        .sum();
    let each: Vec<String> = installs
        .iter()
        .map(|install| {
            format!(
                "{} {} ({})",
                install.tool.crate_name,
                install.tool.install_version,
                about(install.tool.typical_install_time)
            )
        })
        .chain(meanwhile.map(|work| format!("meanwhile {} ({})", work.what, about(work.typical))))
        .collect();
    Some(format!(
        "xtask setup: compiling {} tool{} side by side with cargo install, typically {} in all \
         on 2 cores: {}",
        installs.len(),
        if installs.len() == 1 { "" } else { "s" },
        about(total),
        each.join(", ")
    ))
}

/// The typical time of the compiles not finished yet, shared by the threads that compile.
///
/// The compiles share the two cores, so side by side they all end at about the time the sum
/// of their typical times has passed (see [`TRUNK_INSTALL_TIME`]): what is left is that sum
/// less the time gone since they started, and never less than half a minute while one still
/// compiles, since a slower machine runs past the sum.
struct InstallsLeft {
    started: Instant,
    total: Duration,
    unfinished: Mutex<usize>,
}

/// The least time left announced while a compile still runs.
const LEAST_LEFT: Duration = Duration::from_secs(30);

impl InstallsLeft {
    fn new(typical_times: impl IntoIterator<Item = Duration>) -> Self {
        let times: Vec<Duration> = typical_times.into_iter().collect();
        Self {
            started: Instant::now(),
            total: times.iter().sum(),
            unfinished: Mutex::new(times.len()),
        }
    }

    /// Counts one compile as finished and returns the time left for the others.
    fn finish(&self) -> Duration {
        self.finish_after(self.started.elapsed())
    }

    fn finish_after(&self, gone: Duration) -> Duration {
        let mut unfinished = self
            .unfinished
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        *unfinished = unfinished.saturating_sub(1);
        if *unfinished == 0 {
            Duration::ZERO
        } else {
            self.total.saturating_sub(gone).max(LEAST_LEFT)
        }
    }
}

fn still_to_compile(left: Duration) -> String {
    match left {
        Duration::ZERO => "no other compile left".to_string(),
        time => format!("{} of compiling left", about(time)),
    }
}

/// Installs each tool in order, saying before each how long it typically takes and after it
/// how long it took and how much compiling is left.
fn install_in_turn(workspace: &Workspace, installs: &[Install], left: &InstallsLeft) -> Outcome {
    for install in installs {
        let tool = &install.tool;
        println!(
            "installing: {} {} ({}; typically {} on 2 cores)",
            tool.crate_name,
            tool.install_version,
            install.reason,
            about(tool.typical_install_time)
        );
        let started = Instant::now();
        install_tool(workspace, tool)?;
        println!(
            "installed {} {} in {}; {}",
            tool.crate_name,
            tool.install_version,
            elapsed(started.elapsed()),
            still_to_compile(left.finish())
        );
    }
    Ok(())
}

/// `cargo install`s the tool, trying each of its lockfile choices in turn, then checks that
/// the installed program reports a version it accepts.
fn install_tool(workspace: &Workspace, tool: &CargoTool) -> Outcome {
    let attempts = tool.lockfile.attempts();
    let last_args = cargo_install_args(tool, attempts[attempts.len() - 1]);
    let by_hand = |reason: &str| {
        Failure::install_by_hand(
            &format!("{} {}", tool.program, tool.wanted.describe()),
            reason,
            &[&format!("cargo {}", last_args.join(" "))],
        )
    };
    let mut installed = Err(Failure::new("no install was attempted"));
    for (index, locked) in attempts.iter().enumerate() {
        installed = cargo_install(workspace, &cargo_install_args(tool, *locked), tool);
        match &installed {
            Ok(()) => break,
            Err(failure) if index + 1 < attempts.len() => {
                println!(
                    "`cargo install --locked` failed ({failure}); trying again without --locked"
                );
            }
            Err(_) => {}
        }
    }
    installed.map_err(|failure| by_hand(&failure.to_string()))?;
    match installed_version(workspace, tool.program) {
        Some(version) if tool.wanted.accepts(&version) => Ok(()),
        other => Err(by_hand(&format!(
            "after installing, `{} --version` reports {}",
            tool.program,
            other.as_deref().unwrap_or("nothing")
        ))),
    }
}

fn cargo_install_args(tool: &CargoTool, locked: bool) -> Vec<String> {
    let mut args = vec!["install".to_string()];
    if locked {
        args.push("--locked".to_string());
    }
    if tool.no_default_features {
        args.push("--no-default-features".to_string());
    }
    args.extend([
        tool.crate_name.to_string(),
        "--version".to_string(),
        tool.install_version.clone(),
    ]);
    args
}

/// Runs `cargo install` outside the repository: the repository's `.cargo/config.toml` is
/// meant for the app (it may set a wasm target or a test runner) and must not change how a
/// host tool is built. rustup names the toolchain that runs xtask in `RUSTUP_TOOLCHAIN`,
/// which would win over the default: it is removed, so that `cargo +nightly xtask fuzz` still
/// installs with the default (stable) toolchain.
///
/// The tools only build and test the app and are never shipped, so they are compiled with a
/// quick profile instead of their own release profile (fat LTO, one codegen unit): the
/// install takes far less time and the tools stay fast enough for what they do here.
fn cargo_install(workspace: &Workspace, args: &[String], tool: &CargoTool) -> Outcome {
    let mut command = workspace.command("cargo")?;
    command
        .current_dir(env::temp_dir())
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("RUSTUP_TOOLCHAIN_SOURCE")
        .args(args);
    for (variable, value) in QUICK_INSTALL_PROFILE {
        command.env(variable, value);
    }
    command.env("CARGO_PROFILE_RELEASE_OPT_LEVEL", tool.opt_level);
    run_labelled(&mut command, tool.program)
}

/// The profile overrides for tool installs, with each tool's `opt_level`; see
/// `cargo_install`.
const QUICK_INSTALL_PROFILE: [(&str, &str); 4] = [
    ("CARGO_PROFILE_RELEASE_LTO", "false"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256"),
    ("CARGO_PROFILE_RELEASE_DEBUG", "false"),
    ("CARGO_PROFILE_RELEASE_INCREMENTAL", "false"),
];

/// The version a tool reports as `name x.y.z` on `--version`, or `None` if it is missing
/// or does not answer.
fn installed_version(workspace: &Workspace, program: &str) -> Option<String> {
    workspace.find_program(program)?;
    let output = workspace.output_of(program, &["--version"]).ok()?;
    version_from_banner(&output).map(str::to_string)
}

/// `trunk 0.21.14`, `wasm-bindgen 0.2.130` and `cargo-fuzz 0.13.2` all put the version
/// second on the first line.
fn version_from_banner(banner: &str) -> Option<&str> {
    banner.lines().next()?.split_whitespace().nth(1)
}

fn ensure_node_packages(workspace: &Workspace) -> Outcome {
    let lock = workspace.path("package-lock.json");
    if !lock.is_file() {
        return Err(Failure::new(
            "package-lock.json is missing at the repository root; it belongs in git next to \
             package.json (run `npm install` once to recreate it)",
        ));
    }
    let install_marker = workspace.path("node_modules/.package-lock.json");
    let reason = match node_packages_staleness(&lock, &install_marker) {
        None => {
            println!("ok: node packages present (node_modules matches package-lock.json)");
            return Ok(());
        }
        Some(reason) => reason,
    };
    println!("installing: node packages with npm ci ({reason})");
    let by_hand = |reason: &str| {
        Failure::install_by_hand(
            "the node packages (playwright-core, binaryen, axe-core)",
            reason,
            &[
                "apt-get install -y nodejs npm   # only if npm is missing",
                "npm ci --no-audit --no-fund",
            ],
        )
    };
    if workspace.find_program("npm").is_none() {
        return Err(by_hand("`npm` is not on PATH"));
    }
    workspace
        .run("npm", &["ci", "--no-audit", "--no-fund"])
        .map_err(|failure| by_hand(&failure.to_string()))
}

/// Why `node_modules` needs a fresh `npm ci`, or `None` when it is up to date.
///
/// npm rewrites `node_modules/.package-lock.json` on every install, so a `package-lock.json`
/// newer than it means the dependencies changed since.
fn node_packages_staleness(lock: &Path, install_marker: &Path) -> Option<&'static str> {
    let Some(installed_at) = modified_time(install_marker) else {
        return Some("node_modules is missing");
    };
    match modified_time(lock) {
        Some(locked_at) if locked_at <= installed_at => None,
        _ => Some("package-lock.json changed since the last install"),
    }
}

fn modified_time(path: &Path) -> Option<SystemTime> {
    fs::metadata(path)
        .and_then(|metadata| metadata.modified())
        .ok()
}

/// Trunk's release build runs `wasm-opt` from PATH; this checks it is npm's binaryen 132.
fn ensure_npm_wasm_opt(workspace: &Workspace) -> Outcome {
    let wasm_opt = workspace.path("node_modules/.bin/wasm-opt");
    let fix = "the binaryen 132 `wasm-opt` from npm is needed for release builds; \
               reinstall the node packages with `rm -rf node_modules && npm ci`";
    if !wasm_opt.is_file() {
        return Err(Failure::new(format!(
            "{} is missing: {fix}",
            wasm_opt.display()
        )));
    }
    let banner = workspace
        .output_of("wasm-opt", &["--version"])
        .map_err(|failure| Failure::new(format!("{failure}\n{fix}")))?;
    let banner = banner.trim();
    if banner.contains(WASM_OPT_VERSION_MARKER) {
        println!("ok: {banner} present (npm binaryen)");
        Ok(())
    } else {
        Err(Failure::new(format!(
            "`wasm-opt --version` reports `{banner}`: {fix}"
        )))
    }
}

fn ensure_chromium(workspace: &Workspace) -> Outcome {
    let missing: Vec<&str> = [CHROMIUM_PATH, CHROMEDRIVER_PATH]
        .into_iter()
        .filter(|path| !Path::new(path).is_file())
        .collect();
    if missing.is_empty() {
        println!("ok: chromium and chromedriver present ({CHROMIUM_PATH}, {CHROMEDRIVER_PATH})");
        return Ok(());
    }
    let reason = format!("{} not found", missing.join(" and "));
    if !is_root(workspace) {
        return Err(Failure::install_by_hand(
            "Debian's chromium and chromium-driver",
            &format!("{reason}, and installing Debian packages needs root"),
            &[
                "sudo apt-get update",
                "sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver",
            ],
        ));
    }
    println!("installing: chromium chromium-driver with apt-get ({reason})");
    install_chromium_packages(workspace).map_err(|failure| {
        Failure::install_by_hand(
            "Debian's chromium and chromium-driver",
            &failure.to_string(),
            &[
                "apt-get update",
                "DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver",
            ],
        )
    })
}

fn install_chromium_packages(workspace: &Workspace) -> Outcome {
    workspace.run("apt-get", &["update"])?;
    let mut install = workspace.command("apt-get")?;
    install.env("DEBIAN_FRONTEND", "noninteractive").args([
        "install",
        "-y",
        "chromium",
        "chromium-driver",
    ]);
    run_shown(&mut install)?;
    if Path::new(CHROMIUM_PATH).is_file() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "apt-get finished but {CHROMIUM_PATH} is still missing"
        )))
    }
}

fn is_root(workspace: &Workspace) -> bool {
    workspace
        .output_of("id", &["-u"])
        .map(|uid| uid.trim() == "0")
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_version_from_a_tool_banner() {
        assert_eq!(version_from_banner("trunk 0.21.14\n"), Some("0.21.14"));
        assert_eq!(version_from_banner("wasm-bindgen 0.2.130"), Some("0.2.130"));
        assert_eq!(version_from_banner(""), None);
    }

    #[test]
    fn trunk_accepts_any_0_21_release_only() {
        let wanted = trunk().wanted;
        assert!(wanted.accepts("0.21.14"));
        assert!(wanted.accepts("0.21.9"));
        assert!(!wanted.accepts("0.22.0"));
        assert!(!wanted.accepts("0.2.1"));
    }

    #[test]
    fn an_exact_version_rejects_its_longer_namesakes() {
        let wanted = WantedVersion::Exactly("0.2.13".to_string());
        assert!(wanted.accepts("0.2.13"));
        assert!(!wanted.accepts("0.2.130"));
    }

    #[test]
    fn trunk_installs_with_its_own_lockfile_only() {
        let trunk = trunk();
        assert_eq!(trunk.lockfile.attempts(), &[true]);
        assert_eq!(
            cargo_install_args(&trunk, true).join(" "),
            "install --locked --no-default-features trunk --version 0.21.14"
        );
    }

    /// The real tool, from this repository's `Cargo.lock`, so the test fails if the version
    /// stops following the exact pin in the app's `Cargo.toml` or the install gains
    /// `--locked`.
    #[test]
    fn the_wasm_bindgen_cli_installs_unlocked_at_the_apps_pinned_version() {
        let workspace = Workspace::locate().expect("the tests run inside the repository");
        let cli = wasm_bindgen_cli(&workspace).expect("Cargo.lock pins one wasm-bindgen");
        let manifest = fs::read_to_string(workspace.path("Cargo.toml")).unwrap();
        let pin = format!("wasm-bindgen = \"={}\"", cli.install_version);
        assert!(manifest.contains(&pin), "Cargo.toml has no `{pin}`");
        assert!(cli.wanted.accepts(&cli.install_version));
        assert!(!cli.wanted.accepts(&format!("{}0", cli.install_version)));
        assert_eq!(cli.lockfile.attempts(), &[false]);
        assert_eq!(
            cargo_install_args(&cli, false).join(" "),
            format!(
                "install --no-default-features wasm-bindgen-cli --version {}",
                cli.install_version
            )
        );
    }

    #[test]
    fn cargo_fuzz_falls_back_to_a_fresh_resolution() {
        let fuzz = cargo_fuzz();
        assert_eq!(fuzz.lockfile.attempts(), &[true, false]);
        assert!(fuzz.wanted.accepts("0.13.2"));
        assert!(!fuzz.wanted.accepts("0.12.0"));
        assert_eq!(
            cargo_install_args(&fuzz, false).join(" "),
            "install cargo-fuzz --version 0.13.2"
        );
    }

    fn install_of(crate_name: &'static str, minutes: u64) -> Install {
        Install {
            tool: CargoTool {
                crate_name,
                typical_install_time: Duration::from_secs(minutes * 60),
                ..trunk()
            },
            reason: "not found".to_string(),
        }
    }

    #[test]
    fn the_plan_names_each_compile_and_the_total() {
        let installs = [install_of("trunk", 5), install_of("wasm-bindgen-cli", 3)];
        assert_eq!(
            install_plan(&installs, None).as_deref(),
            Some(
                "xtask setup: compiling 2 tools side by side with cargo install, typically about \
                 8 min in all on 2 cores: trunk 0.21.14 (about 5 min), wasm-bindgen-cli 0.21.14 \
                 (about 3 min)"
            )
        );
        let app = Meanwhile {
            what: "the app",
            typical: Duration::from_secs(60),
            run: |_| Ok(()),
        };
        assert!(install_plan(&installs, Some(&app)).unwrap().contains(
            "about 9 min in all on 2 cores: trunk 0.21.14 (about 5 min), \
                 wasm-bindgen-cli 0.21.14 (about 3 min), meanwhile the app (about 60 s)"
        ));
        assert_eq!(install_plan(&[], Some(&app)), None);
    }

    #[test]
    fn what_is_left_is_the_typical_total_less_the_time_gone() {
        let minutes = |count: u64| Duration::from_secs(count * 60);
        let left = InstallsLeft::new([minutes(4), minutes(3), minutes(1)]);
        assert_eq!(left.finish_after(minutes(2)), minutes(6));
        // Past the typical total, a compile still running gets half a minute, not nothing.
        assert_eq!(left.finish_after(minutes(9)), LEAST_LEFT);
        assert_eq!(left.finish_after(minutes(10)), Duration::ZERO);
        assert_eq!(
            still_to_compile(minutes(3)),
            "about 3 min of compiling left"
        );
        assert_eq!(still_to_compile(Duration::ZERO), "no other compile left");
    }
}
