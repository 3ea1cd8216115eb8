//! `cargo xtask setup`: installs what the build and the tests need, skipping what is present.
//!
//! Each item prints one line, `ok: …` or `installing: …`. Whatever cannot be installed stops
//! setup with the exact commands to run by hand.

use std::env;
use std::fs;
use std::path::Path;
use std::time::SystemTime;

use crate::failure::{Failure, Outcome};
use crate::lockfile::locked_wasm_bindgen_version;
use crate::workspace::{run_shown, Workspace};

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Trunk 0.22 needs a newer rustc than the one pinned here and refuses to install, so setup
/// accepts any 0.21 release and installs this one.
const TRUNK_SERIES: &str = "0.21.";
const TRUNK_VERSION: &str = "0.21.14";

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

/// Installs every missing tool.
///
/// The two `cargo install`s keep both cores busy for minutes, while npm and apt mostly wait on
/// the network, so the node packages and the browser are installed on a second thread at the
/// same time. Each line either thread prints names its tool, so the interleaving stays legible.
pub fn setup(workspace: &Workspace, browser: Browser) -> Outcome {
    println!("xtask setup: checking the tools");
    ensure_wasm_target(workspace)?;
    std::thread::scope(|scope| {
        let downloads = scope.spawn(|| -> Outcome {
            ensure_node_packages(workspace)?;
            ensure_npm_wasm_opt(workspace)?;
            if browser == Browser::Install {
                ensure_chromium(workspace)?;
            }
            Ok(())
        });
        let compiled = ensure_cargo_tool(workspace, &trunk())
            .and_then(|()| ensure_cargo_tool(workspace, &wasm_bindgen_cli(workspace)?));
        let downloaded = downloads
            .join()
            .unwrap_or_else(|_| Err(Failure::new("the npm/apt install thread panicked")));
        compiled.and(downloaded)
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
    /// `--locked` reuses the crate's own lockfile, which is what we want unless that lockfile
    /// pins a crate version the registry no longer serves.
    locked: bool,
    /// Shown while installing, so a long silent compile is expected rather than alarming.
    typical_install_time: &'static str,
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

fn trunk() -> CargoTool {
    CargoTool {
        program: "trunk",
        crate_name: "trunk",
        wanted: WantedVersion::Series(TRUNK_SERIES),
        install_version: TRUNK_VERSION.to_string(),
        locked: true,
        typical_install_time: "about 15 minutes on 2 cores",
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
        locked: false,
        typical_install_time: "about 7 minutes on 2 cores",
    })
}

fn ensure_cargo_tool(workspace: &Workspace, tool: &CargoTool) -> Outcome {
    let found = installed_version(workspace, tool.program);
    match &found {
        Some(version) if tool.wanted.accepts(version) => {
            println!("ok: {} {version} present", tool.program);
            return Ok(());
        }
        Some(version) => println!(
            "installing: {} {} (found {version}, need {}; {})",
            tool.crate_name,
            tool.install_version,
            tool.wanted.describe(),
            tool.typical_install_time
        ),
        None => println!(
            "installing: {} {} ({} not found; {})",
            tool.crate_name, tool.install_version, tool.program, tool.typical_install_time
        ),
    }
    let install_args = cargo_install_args(tool);
    let by_hand = |reason: &str| {
        Failure::install_by_hand(
            &format!("{} {}", tool.program, tool.wanted.describe()),
            reason,
            &[&format!("cargo {}", install_args.join(" "))],
        )
    };
    cargo_install(workspace, &install_args).map_err(|failure| by_hand(&failure.to_string()))?;
    match installed_version(workspace, tool.program) {
        Some(version) if tool.wanted.accepts(&version) => Ok(()),
        other => Err(by_hand(&format!(
            "after installing, `{} --version` reports {}",
            tool.program,
            other.as_deref().unwrap_or("nothing")
        ))),
    }
}

fn cargo_install_args(tool: &CargoTool) -> Vec<String> {
    let mut args = vec!["install".to_string()];
    if tool.locked {
        args.push("--locked".to_string());
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
/// host tool is built.
///
/// The tools only build the app and are never shipped, so they are compiled with a quick
/// profile instead of their own release profile (fat LTO, one codegen unit): the install takes
/// far less time and the tools stay fast enough for what they do here.
fn cargo_install(workspace: &Workspace, args: &[String]) -> Outcome {
    let mut command = workspace.command("cargo")?;
    command.current_dir(env::temp_dir()).args(args);
    for (variable, value) in QUICK_INSTALL_PROFILE {
        command.env(variable, value);
    }
    run_shown(&mut command)
}

/// The profile overrides for tool installs; see `cargo_install`.
const QUICK_INSTALL_PROFILE: [(&str, &str); 5] = [
    ("CARGO_PROFILE_RELEASE_LTO", "false"),
    ("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "256"),
    ("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1"),
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

/// `trunk 0.21.14` and `wasm-bindgen 0.2.130` both put the version second on the first line.
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
    fn trunk_installs_locked_and_wasm_bindgen_unlocked() {
        assert_eq!(
            cargo_install_args(&trunk()).join(" "),
            "install --locked trunk --version 0.21.14"
        );
        let cli = CargoTool {
            locked: false,
            ..trunk()
        };
        assert!(!cargo_install_args(&cli).contains(&"--locked".to_string()));
    }
}
