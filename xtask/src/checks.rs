//! `cargo xtask test`: every check CI runs, in order, stopping at the first failure.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{ExitCode, Stdio};

use crate::build::release_build;
use crate::failure::{Failure, Outcome};
use crate::setup::{setup_for_tests, CHROMIUM_PATH};
use crate::size::check_budget;
use crate::workspace::{describe, files_below, Workspace};

/// One check: a title for its header line, and the work.
struct Step {
    title: &'static str,
    run: fn(&Workspace) -> Outcome,
}

/// The order goes from cheap to slow, so a formatting slip fails in seconds, not after the
/// release build.
const STEPS: &[Step] = &[
    Step {
        title: "cargo fmt --all -- --check",
        run: check_formatting,
    },
    Step {
        title: "../shared/tools/copycheck: no sentence repeats the source",
        run: check_own_words,
    },
    Step {
        title: "cargo clippy --workspace --all-targets -- -D warnings",
        run: lint_native,
    },
    Step {
        title: "cargo clippy -p exosome-estimator -p estimator-core --all-targets \
                --target wasm32-unknown-unknown [--features clinic] -- -D warnings",
        run: lint_wasm,
    },
    Step {
        title: "estimator-core depends on no browser crate",
        run: check_core_dependencies,
    },
    Step {
        title: "cargo test --workspace",
        run: unit_tests,
    },
    Step {
        title: "cargo +nightly fuzz (bounded, 60 s per target)",
        run: crate::fuzz::bounded_fuzz,
    },
    Step {
        title: "cargo fetch && trunk build --release --offline",
        run: release_build,
    },
    Step {
        title: "size budget: brotli bytes of dist/'s html+js+wasm+css",
        run: check_budget,
    },
    Step {
        title: "node --test --test-concurrency=1 e2e/",
        run: browser_tests,
    },
];

/// Crate-name prefixes that tie code to a browser; `estimator-core` must use none of them.
const BROWSER_CRATE_PREFIXES: &[&str] = &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];

/// Runs setup and then every step, and ends with the `N passed, N failed` line CI reads.
pub fn test(workspace: &Workspace) -> ExitCode {
    if let Err(failure) = setup_for_tests(workspace) {
        return report_failure("setup", &failure, 0);
    }
    let total = STEPS.len();
    for (index, step) in STEPS.iter().enumerate() {
        println!();
        let label = format!("step {}/{total}", index + 1);
        println!("==> {label}: {}", step.title);
        if let Err(failure) = (step.run)(workspace) {
            return report_failure(&label, &failure, index);
        }
    }
    println!();
    println!("xtask test: {total} passed, 0 failed");
    ExitCode::SUCCESS
}

/// The summary stays the last line, so it is what a reader (or CI) sees at the end.
fn report_failure(label: &str, failure: &Failure, passed: usize) -> ExitCode {
    eprintln!();
    eprintln!("error: {label} failed: {failure}");
    println!("xtask test: {passed} passed, 1 failed");
    ExitCode::FAILURE
}

fn check_formatting(workspace: &Workspace) -> Outcome {
    workspace.run("cargo", &["fmt", "--all", "--", "--check"])
}

/// What the team's copy checker prints when no sentence of the project repeats the source.
const OWN_WORDS: &str = "copycheck: no sentence repeats the source";

/// Runs the team's copy checker, which lists every sentence of the project that repeats the
/// source material, from the repository root as it expects. It lives in `shared/` beside the
/// repository (as on every developer's machine and in CI), not in the repository; a clone on
/// its own has no source material to compare with, so the step says so and passes.
fn check_own_words(workspace: &Workspace) -> Outcome {
    let checker = workspace.root().join("../shared/tools/copycheck");
    if !checker.is_file() {
        println!(
            "skipped: {} is not there (no source material beside this clone to compare with)",
            checker.display()
        );
        return Ok(());
    }
    let output = std::process::Command::new(&checker)
        .current_dir(workspace.root())
        .stdin(Stdio::null())
        .output()
        .map_err(|error| Failure::new(format!("could not start {}: {error}", checker.display())))?;
    let printed = String::from_utf8_lossy(&output.stdout);
    print!("{printed}");
    if output.status.success() && printed.trim_end().ends_with(OWN_WORDS) {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "the copy checker found sentences that repeat the source (listed above); write them in the product's own words{}",
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .next()
                .map(|line| format!(" ({line})"))
                .unwrap_or_default()
        )))
    }
}

fn lint_native(workspace: &Workspace) -> Outcome {
    workspace.run(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            // The prerender tool and the crash-test build are behind features; lint them too.
            "--all-features",
            "--",
            "-D",
            "warnings",
        ],
    )
}

/// Both wasm builds: the page's, and the clinic build (the widget and its JavaScript API), whose
/// code the page's build leaves out.
fn lint_wasm(workspace: &Workspace) -> Outcome {
    for features in [None, Some("clinic")] {
        let mut arguments = vec![
            "clippy",
            "-p",
            "exosome-estimator",
            "-p",
            "estimator-core",
            "--all-targets",
            "--target",
            "wasm32-unknown-unknown",
        ];
        if let Some(features) = features {
            arguments.extend(["--features", features]);
        }
        arguments.extend(["--", "-D", "warnings"]);
        workspace.run("cargo", &arguments)?;
    }
    Ok(())
}

/// `--target all` also shows dependencies declared only for wasm32, which a plain
/// `cargo tree` (host target only) would hide.
fn check_core_dependencies(workspace: &Workspace) -> Outcome {
    let tree = workspace.output_of(
        "cargo",
        &[
            "tree",
            "-p",
            "estimator-core",
            "-e",
            "normal,build",
            "--prefix",
            "none",
            "--target",
            "all",
        ],
    )?;
    let offenders = browser_crates_in(&tree);
    if offenders.is_empty() {
        println!(
            "ok: estimator-core depends on none of {}",
            BROWSER_CRATE_PREFIXES.join(", ")
        );
        return Ok(());
    }
    Err(Failure::new(format!(
        "estimator-core must stay pure Rust, but its dependency tree holds {}; \
         `cargo tree -p estimator-core -i <crate> --target all` shows which dependency brings each in",
        offenders.join(", ")
    )))
}

/// The browser-bound crates in `cargo tree --prefix none` output, one entry per crate.
fn browser_crates_in(tree: &str) -> Vec<String> {
    let mut offenders: Vec<String> = tree
        .lines()
        .map(|line| line.trim().trim_end_matches("(*)").trim())
        .filter(|line| {
            BROWSER_CRATE_PREFIXES
                .iter()
                .any(|prefix| line.starts_with(prefix))
        })
        .map(str::to_string)
        .collect();
    offenders.sort();
    offenders.dedup();
    offenders
}

fn unit_tests(workspace: &Workspace) -> Outcome {
    workspace.run("cargo", &["test", "--workspace"])
}

/// Node's runner passes when it finds no test file, so the files are checked first, and the
/// run's own count is checked after: a browser suite that runs nothing must not pass.
fn browser_tests(workspace: &Workspace) -> Outcome {
    let e2e = workspace.path("e2e");
    let test_files = e2e_test_files(&e2e)?;
    if test_files.is_empty() {
        return Err(Failure::new(format!(
            "no browser tests: {} has no *.test.mjs file, and a run with no test must not pass",
            e2e.display()
        )));
    }
    let dist = workspace.path("dist");
    if !dist.join("index.html").is_file() {
        return Err(Failure::new(format!(
            "{} has no index.html: the browser tests need the release build",
            dist.display()
        )));
    }
    let crash_build = crash_test_build(workspace)?;
    let mut node = workspace.command("node")?;
    node.args(["--test", "--test-concurrency=1", "e2e/"])
        .env("DIST_DIR", &dist)
        .env("CRASH_TEST_DIR", &crash_build)
        .env("CHROMIUM_PATH", CHROMIUM_PATH);
    run_node_tests(&mut node)
}

/// Builds the app with the `crash-test` feature (a widget that panics on purpose) for
/// `e2e/crash.test.mjs`, which checks the box a panic leaves. The dev profile is enough: the
/// test needs a real panic, not a small file. Returns the folder with its glue and wasm.
fn crash_test_build(workspace: &Workspace) -> Outcome<std::path::PathBuf> {
    workspace.run(
        "cargo",
        &[
            "build",
            "--quiet",
            "--lib",
            "-p",
            "exosome-estimator",
            "--features",
            "crash-test",
            "--target",
            "wasm32-unknown-unknown",
        ],
    )?;
    let wasm = workspace.path("target/wasm32-unknown-unknown/debug/exosome_estimator.wasm");
    let out = workspace.path("target/crash-test");
    let wasm = wasm.to_string_lossy().into_owned();
    let out_arg = out.to_string_lossy().into_owned();
    workspace.run(
        "wasm-bindgen",
        &[
            "--target",
            "web",
            "--no-typescript",
            "--out-dir",
            &out_arg,
            &wasm,
        ],
    )?;
    Ok(out)
}

/// Runs node's test runner with its output shown, and reads the test count it reports.
fn run_node_tests(node: &mut std::process::Command) -> Outcome {
    println!("$ {}", describe(node));
    let mut child = node
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| Failure::new(format!("could not start `{}`: {error}", describe(node))))?;
    let mut tests_run = None;
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines() {
            let line = line.map_err(|error| {
                Failure::new(format!("cannot read the test runner's output: {error}"))
            })?;
            println!("{line}");
            tests_run = reported_test_count(&line).or(tests_run);
        }
    }
    let status = child
        .wait()
        .map_err(|error| Failure::new(format!("`{}` did not finish: {error}", describe(node))))?;
    if !status.success() {
        return Err(Failure::new(format!(
            "`{}` failed ({status})",
            describe(node)
        )));
    }
    match tests_run {
        Some(count) if count > 0 => Ok(()),
        Some(_) => Err(Failure::new("node's test runner found the files but ran no test")),
        None => Err(Failure::new(
            "node's test runner printed no `tests N` summary, so it is unknown whether any test ran",
        )),
    }
}

/// The number in node's summary line: `# tests 3` (TAP) or `ℹ tests 3` (spec reporter).
fn reported_test_count(line: &str) -> Option<usize> {
    let line = line.trim();
    let rest = line
        .strip_prefix("# tests ")
        .or_else(|| line.strip_prefix("ℹ tests "))?;
    rest.trim().parse().ok()
}

/// Every `*.test.mjs` file below `directory`, outside `node_modules`, where node's runner
/// looks for them too.
fn e2e_test_files(directory: &Path) -> Outcome<Vec<PathBuf>> {
    Ok(files_below(directory)?
        .into_iter()
        .filter(|relative| {
            relative.to_string_lossy().ends_with(".test.mjs")
                && !relative
                    .components()
                    .any(|part| part.as_os_str() == "node_modules")
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_browser_crates_by_prefix_once_each() {
        let tree = "estimator-core v0.1.0 (/w/crates/estimator-core)\nserde_json v1.0.1\n\
                    wasm-bindgen v0.2.130\nwasm-bindgen-macro v0.2.130\nwasm-bindgen v0.2.130 (*)\n\
                    gloo-timers v0.3.0\nmemchr v2.7.4\n";
        assert_eq!(
            browser_crates_in(tree),
            vec![
                "gloo-timers v0.3.0",
                "wasm-bindgen v0.2.130",
                "wasm-bindgen-macro v0.2.130"
            ]
        );
    }

    #[test]
    fn a_pure_tree_has_no_offender() {
        let tree = "estimator-core v0.1.0 (/w/crates/estimator-core)\nserde_json v1.0.1\n";
        assert!(browser_crates_in(tree).is_empty());
    }

    #[test]
    fn reads_node_test_counts_in_both_reporters() {
        assert_eq!(reported_test_count("# tests 4"), Some(4));
        assert_eq!(reported_test_count("ℹ tests 0"), Some(0));
        assert_eq!(reported_test_count("# pass 4"), None);
        assert_eq!(reported_test_count("ok 1 - tests 4 things"), None);
    }

    #[test]
    fn there_are_ten_steps_in_the_agreed_order() {
        let titles: Vec<&str> = STEPS.iter().map(|step| step.title).collect();
        assert_eq!(titles.len(), 10);
        assert!(titles[0].starts_with("cargo fmt"));
        assert!(titles[1].contains("copycheck"));
        assert!(titles[6].starts_with("cargo +nightly fuzz"));
        assert!(titles[8].starts_with("size budget"));
        assert!(titles[9].starts_with("node --test"));
    }
}
