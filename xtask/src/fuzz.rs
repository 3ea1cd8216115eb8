//! `cargo xtask fuzz`, and the fuzz step of `cargo xtask test`: a bounded libFuzzer run of
//! each target in `fuzz/` (cargo-fuzz, nightly toolchain), with a table of what ran.
//!
//! cargo-fuzz is installed by setup when it is missing, like the other tools (default stable
//! toolchain, quick profile); the targets are built with `cargo +nightly fuzz build`, since
//! libFuzzer's instrumentation needs nightly flags. The nightly is not installed here: rustup fetches toolchains from outside the
//! package registries, which this project's machines do not reach, so it must come with the
//! machine. Without it the step fails at once and says so.
//!
//! Each target runs for [`SECONDS_PER_TARGET`] (or `FUZZ_SECONDS`) from the seed corpus
//! committed in `fuzz/corpus/<target>/`. New inputs go to a scratch corpus under
//! `fuzz/target/corpus-run/`, so a run never changes the repository; libFuzzer's output goes
//! to `fuzz/target/fuzz-logs/<target>.log`. Only the summary table is printed, and for a
//! target that fails, the saved input, the commands that reproduce and minimise it, and the
//! lines of its log that say what went wrong.

use std::env;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::thread;
use std::time::{Duration, Instant};

use crate::failure::{Failure, Outcome};
use crate::setup::ensure_cargo_fuzz;
use crate::table::{grouped, Table};
use crate::workspace::{describe, files_below, run_shown, Workspace};

/// How long each target runs in `cargo xtask test` and `cargo xtask fuzz`.
pub const SECONDS_PER_TARGET: u64 = 60;

/// Overrides [`SECONDS_PER_TARGET`] for a quick local run, as in `FUZZ_SECONDS=5`.
const SECONDS_VARIABLE: &str = "FUZZ_SECONDS";

/// libFuzzer stops the run when the process holds more memory than this, and ends it at once
/// on a single allocation this large (its `-malloc_limit_mb` defaults to the same value): an
/// input that makes the core allocate without bound is reported as out-of-memory.
const RSS_LIMIT_MB: u32 = 2048;

/// One input that takes longer than this is reported as a timeout.
const INPUT_TIMEOUT_SECONDS: u32 = 10;

/// Extra time a run may take past its budget (loading the corpus, final statistics) before
/// it is stopped as hung.
const GRACE: Duration = Duration::from_secs(90);

/// Lines of the libFuzzer log shown when a target fails.
const LOG_TAIL_LINES: usize = 40;

/// `cargo fuzz build` options, repeated in the reproduce command so that it reuses the build:
/// optimised, with debug assertions and overflow checks, so that an arithmetic overflow the
/// core does not saturate is a crash rather than a silently wrong figure.
const BUILD_OPTIONS: &[&str] = &["--fuzz-dir", "fuzz", "-O", "-a"];

/// A fuzz target of `fuzz/Cargo.toml` and the longest input it is given.
struct Target {
    name: &'static str,
    max_len: u32,
}

/// The JSON targets get twice the size of the larger seed (a whole clinic configuration is
/// about 3 KB); fragments a little more than the 4,000 bytes `share::decode` reads.
const TARGETS: &[Target] = &[
    Target {
        name: "price_book",
        max_len: 8192,
    },
    Target {
        name: "clinic_config",
        max_len: 8192,
    },
    Target {
        name: "fragment",
        max_len: 4096,
    },
];

/// How one target's run ended.
enum Verdict {
    Passed,
    /// libFuzzer stopped on an input: what it found, and the input it saved.
    Found {
        kind: &'static str,
        artifact: Option<String>,
    },
    /// The run failed without naming an input (it could not start, or ran nothing).
    Broken(String),
}

/// What a run reported.
struct Run {
    target: &'static str,
    executions: Option<u64>,
    seconds: Option<u64>,
    corpus: Option<u64>,
    coverage: Option<u64>,
    /// The libFuzzer log, relative to the repository root.
    log: String,
    verdict: Verdict,
}

/// Installs what is missing, builds the targets once and runs each for a bounded time.
pub fn bounded_fuzz(workspace: &Workspace) -> Outcome {
    let seconds = seconds_per_target()?;
    check_seed_corpora(workspace)?;
    ensure_nightly(workspace)?;
    ensure_cargo_fuzz(workspace)?;
    let host = nightly_host(workspace)?;

    let started = Instant::now();
    let mut build = nightly_cargo(workspace)?;
    build.args(["fuzz", "build"]).args(BUILD_OPTIONS);
    run_shown(&mut build)?;
    println!(
        "built {} fuzz targets in {} s",
        TARGETS.len(),
        started.elapsed().as_secs()
    );

    println!(
        "running each target for {seconds} s (-rss_limit_mb={RSS_LIMIT_MB} -timeout={INPUT_TIMEOUT_SECONDS}); \
         logs in fuzz/target/fuzz-logs/"
    );
    let mut runs = Vec::new();
    for target in TARGETS {
        let run = run_target(workspace, &host, target, seconds)?;
        println!("{}: {}", run.target, verdict_word(&run.verdict));
        runs.push(run);
    }
    println!();
    print!("{}", summary_table(&runs).render());
    failures(workspace, &runs)
}

/// `FUZZ_SECONDS` when set, else [`SECONDS_PER_TARGET`].
fn seconds_per_target() -> Outcome<u64> {
    match env::var(SECONDS_VARIABLE) {
        Err(_) => Ok(SECONDS_PER_TARGET),
        Ok(text) => parse_seconds(&text).ok_or_else(|| {
            Failure::new(format!(
                "{SECONDS_VARIABLE}={text:?} is not a whole number of seconds from 1 (unset it for {SECONDS_PER_TARGET})"
            ))
        }),
    }
}

fn parse_seconds(text: &str) -> Option<u64> {
    text.trim().parse().ok().filter(|seconds| *seconds >= 1)
}

/// Each target starts from its committed seeds; a missing or empty folder is a mistake.
fn check_seed_corpora(workspace: &Workspace) -> Outcome {
    for target in TARGETS {
        let seeds = seed_corpus(workspace, target);
        let count = files_below(&seeds).map_or(0, |files| files.len());
        if count == 0 {
            return Err(Failure::new(format!(
                "{} holds no seed input; the seed corpus of each target is kept in git",
                seeds.display()
            )));
        }
    }
    Ok(())
}

/// The nightly toolchain must already be installed: installing it would need a download that
/// this project's machines cannot make, so a missing one fails here instead of hanging there.
fn ensure_nightly(workspace: &Workspace) -> Outcome {
    let by_hand = |reason: &str| {
        Failure::install_by_hand(
            "the nightly Rust toolchain (cargo-fuzz builds with libFuzzer's nightly-only flags)",
            &format!(
                "{reason}; xtask does not install toolchains, since rustup downloads them from \
                 outside the package registries, so the machine image has to provide it"
            ),
            &["rustup toolchain install nightly --profile minimal"],
        )
    };
    if workspace.find_program("rustup").is_none() {
        return Err(by_hand("`rustup` is not on PATH"));
    }
    let list = workspace
        .output_of("rustup", &["toolchain", "list"])
        .map_err(|failure| by_hand(&failure.to_string()))?;
    match list.lines().find(|line| is_nightly_line(line)) {
        Some(line) => {
            let mut version = nightly_cargo(workspace)?;
            version.arg("--version");
            let banner = crate::workspace::captured_stdout(&mut version)
                .map_err(|failure| by_hand(&failure.to_string()))?;
            println!(
                "ok: {} ({})",
                banner.trim(),
                line.split_whitespace().next().unwrap_or("nightly")
            );
            Ok(())
        }
        None => Err(by_hand(&format!(
            "`rustup toolchain list` shows no nightly ({})",
            list.lines()
                .filter_map(|line| line.split_whitespace().next())
                .collect::<Vec<_>>()
                .join(", ")
        ))),
    }
}

/// `nightly-x86_64-unknown-linux-gnu (default)` or a dated `nightly-2026-05-19-…`.
fn is_nightly_line(line: &str) -> bool {
    line.trim() == "nightly" || line.trim_start().starts_with("nightly-")
}

/// `cargo +nightly`, with rustup told not to fetch a missing toolchain (a download it cannot
/// make here; `ensure_nightly` has checked that the toolchain is installed).
fn nightly_cargo(workspace: &Workspace) -> Outcome<Command> {
    let mut cargo = workspace.command("cargo")?;
    cargo.arg("+nightly").env("RUSTUP_AUTO_INSTALL", "0");
    Ok(cargo)
}

/// The nightly's host triple, which names the folder cargo-fuzz builds into.
fn nightly_host(workspace: &Workspace) -> Outcome<String> {
    let mut rustc = workspace.command("rustc")?;
    rustc
        .args(["+nightly", "-vV"])
        .env("RUSTUP_AUTO_INSTALL", "0");
    let banner = crate::workspace::captured_stdout(&mut rustc)?;
    banner
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .map(|host| host.trim().to_string())
        .ok_or_else(|| Failure::new("`rustc +nightly -vV` printed no `host:` line"))
}

fn seed_corpus(workspace: &Workspace, target: &Target) -> PathBuf {
    workspace.path("fuzz/corpus").join(target.name)
}

/// Runs one target's binary directly (cargo-fuzz built it), so that the watchdog below can
/// stop it, and reads the outcome from its log.
fn run_target(workspace: &Workspace, host: &str, target: &Target, seconds: u64) -> Outcome<Run> {
    let fuzz = workspace.path("fuzz");
    let binary = fuzz
        .join("target")
        .join(host)
        .join("release")
        .join(target.name);
    if !binary.is_file() {
        return Err(Failure::new(format!(
            "the build did not produce {}",
            binary.display()
        )));
    }
    // Paths relative to the repository root, where the fuzzer runs, so that the command, the
    // saved input and the reproduce command read as a person would type them.
    let name = target.name;
    let scratch = format!("fuzz/target/corpus-run/{name}");
    let artifacts = format!("fuzz/artifacts/{name}");
    let dictionary = format!("fuzz/dict/{name}.dict");
    let log = format!("fuzz/target/fuzz-logs/{name}.log");
    for directory in [&scratch, &artifacts, "fuzz/target/fuzz-logs"] {
        fs::create_dir_all(workspace.path(directory))
            .map_err(|error| Failure::new(format!("cannot create {directory}: {error}")))?;
    }
    let log_file = File::create(workspace.path(&log))
        .map_err(|error| Failure::new(format!("cannot create {log}: {error}")))?;
    let log_for_stdout = log_file
        .try_clone()
        .map_err(|error| Failure::new(format!("cannot share {log}: {error}")))?;

    let mut command = Command::new(&binary);
    command
        .current_dir(workspace.root())
        .stdin(std::process::Stdio::null())
        .stdout(log_for_stdout)
        .stderr(log_file)
        .env("ASAN_OPTIONS", asan_options())
        .arg(format!("-artifact_prefix={artifacts}/"))
        .arg(format!("-max_total_time={seconds}"))
        .arg(format!("-rss_limit_mb={RSS_LIMIT_MB}"))
        .arg(format!("-max_len={}", target.max_len))
        .arg(format!("-timeout={INPUT_TIMEOUT_SECONDS}"))
        .arg("-print_final_stats=1");
    if workspace.path(&dictionary).is_file() {
        command.arg(format!("-dict={dictionary}"));
    }
    // New inputs go to the first folder; the committed seeds are only read.
    command.arg(&scratch).arg(format!("fuzz/corpus/{name}"));
    println!("$ {}", describe(&command));

    let status = wait_with_deadline(&mut command, Duration::from_secs(seconds) + GRACE)?;
    let text = fs::read_to_string(workspace.path(&log)).unwrap_or_default();
    let stats = Stats::read(&text);
    let verdict = match status {
        None => Verdict::Broken(format!(
            "still running {} s past its {seconds} s budget, so it was stopped",
            GRACE.as_secs()
        )),
        Some(status) => verdict_of(status, &text, stats.executions),
    };
    Ok(Run {
        target: target.name,
        executions: stats.executions,
        seconds: stats.seconds,
        corpus: stats.corpus,
        coverage: stats.coverage,
        log,
        verdict,
    })
}

/// cargo-fuzz's own default for AddressSanitizer, after whatever the caller set.
fn asan_options() -> String {
    match env::var("ASAN_OPTIONS") {
        Ok(options) if !options.is_empty() => format!("{options}:detect_odr_violation=0"),
        _ => "detect_odr_violation=0".to_string(),
    }
}

/// Waits for the command, killing it once `limit` has passed; `None` when it had to be killed.
fn wait_with_deadline(command: &mut Command, limit: Duration) -> Outcome<Option<ExitStatus>> {
    let mut child = command.spawn().map_err(|error| {
        Failure::new(format!("could not start `{}`: {error}", describe(command)))
    })?;
    let deadline = Instant::now() + limit;
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(Some(status)),
            Ok(None) if Instant::now() >= deadline => {
                // Already gone is as good as killed.
                let _ = child.kill();
                let _ = child.wait();
                return Ok(None);
            }
            Ok(None) => thread::sleep(Duration::from_millis(200)),
            Err(error) => {
                return Err(Failure::new(format!(
                    "`{}` could not be waited for: {error}",
                    describe(command)
                )))
            }
        }
    }
}

/// A run passes when libFuzzer exits 0 after executing inputs; otherwise the log says what
/// it found.
fn verdict_of(status: ExitStatus, log: &str, executions: Option<u64>) -> Verdict {
    if status.success() {
        return match executions {
            Some(count) if count > 0 => Verdict::Passed,
            _ => Verdict::Broken("libFuzzer exited 0 but reported no executed input".to_string()),
        };
    }
    match finding_kind(log) {
        Some(kind) => Verdict::Found {
            kind,
            artifact: artifact_path(log),
        },
        None => Verdict::Broken(format!(
            "libFuzzer failed ({status}) without naming an input"
        )),
    }
}

/// What libFuzzer's error line says it found.
fn finding_kind(log: &str) -> Option<&'static str> {
    const KINDS: &[(&str, &str)] = &[
        ("ERROR: libFuzzer: out-of-memory", "out of memory"),
        ("ERROR: libFuzzer: timeout", "timeout"),
        ("ERROR: LeakSanitizer", "memory leak"),
        ("ERROR: AddressSanitizer", "memory error"),
        ("ERROR: libFuzzer: deadly signal", "crash (panic or abort)"),
        ("ERROR: libFuzzer:", "crash"),
    ];
    KINDS
        .iter()
        .find(|(marker, _)| log.contains(marker))
        .map(|(_, kind)| *kind)
}

/// The input libFuzzer saved: `…; Test unit written to fuzz/artifacts/x/crash-…`.
fn artifact_path(log: &str) -> Option<String> {
    log.lines().rev().find_map(|line| {
        line.split_once("Test unit written to ")
            .map(|(_, path)| path.trim().to_string())
    })
}

/// Figures from libFuzzer's last lines.
#[derive(Debug, Default, PartialEq, Eq)]
struct Stats {
    executions: Option<u64>,
    seconds: Option<u64>,
    corpus: Option<u64>,
    coverage: Option<u64>,
}

impl Stats {
    /// Reads `Done 123 runs in 60 second(s)`, falling back to `stat::number_of_executed_units`
    /// (also printed when a run stops on a finding), and the corpus size and edge coverage of
    /// the last `#N … cov: C ft: F corp: U/…` status line.
    fn read(log: &str) -> Stats {
        let mut stats = Stats::default();
        for line in log.lines() {
            let line = line.trim();
            if let Some((runs, seconds)) = done_line(line) {
                stats.executions = Some(runs);
                stats.seconds = Some(seconds);
            } else if let Some(count) = line.strip_prefix("stat::number_of_executed_units:") {
                if stats.seconds.is_none() {
                    stats.executions = count.trim().parse().ok();
                }
            } else if line.starts_with('#') {
                if let Some(corpus) = field_after(line, "corp:") {
                    stats.corpus = Some(corpus);
                }
                if let Some(coverage) = field_after(line, "cov:") {
                    stats.coverage = Some(coverage);
                }
            }
        }
        stats
    }
}

/// `Done 82548 runs in 61 second(s)` → (82548, 61).
fn done_line(line: &str) -> Option<(u64, u64)> {
    let rest = line.strip_prefix("Done ")?;
    let (runs, rest) = rest.split_once(" runs in ")?;
    let seconds = rest.strip_suffix(" second(s)")?;
    Some((runs.trim().parse().ok()?, seconds.trim().parse().ok()?))
}

/// The number after `key` in a status line: `corp: 505/35Kb` → 505 for `corp:`.
fn field_after(line: &str, key: &str) -> Option<u64> {
    let (_, rest) = line.split_once(key)?;
    let digits: String = rest
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

fn verdict_word(verdict: &Verdict) -> String {
    match verdict {
        Verdict::Passed => "ok".to_string(),
        Verdict::Found { kind, .. } => format!("FOUND {kind}"),
        Verdict::Broken(reason) => format!("FAILED: {reason}"),
    }
}

fn summary_table(runs: &[Run]) -> Table {
    let mut table = Table::new(&[
        "target",
        "executions",
        "seconds",
        "exec/s",
        "corpus",
        "edges",
        "result",
    ]);
    let figure = |value: Option<u64>| value.map(grouped).unwrap_or_else(|| "–".to_string());
    for run in runs {
        let rate = match (run.executions, run.seconds) {
            (Some(executions), Some(seconds)) if seconds > 0 => Some(executions / seconds),
            _ => None,
        };
        let result = match &run.verdict {
            Verdict::Passed => "ok",
            Verdict::Found { kind, .. } => kind,
            Verdict::Broken(_) => "failed",
        };
        table.row([
            run.target.to_string(),
            figure(run.executions),
            figure(run.seconds),
            figure(rate),
            figure(run.corpus),
            figure(run.coverage),
            result.to_string(),
        ]);
    }
    table
}

/// Ok when every target passed; otherwise each failure with its input, the commands that
/// reproduce and minimise it, and what the log says about it.
fn failures(workspace: &Workspace, runs: &[Run]) -> Outcome {
    let mut message = String::new();
    for run in runs {
        let log = fs::read_to_string(workspace.path(&run.log)).unwrap_or_default();
        let excerpt = match &run.verdict {
            Verdict::Passed => continue,
            Verdict::Found { kind, artifact } => {
                message.push_str(&format!("fuzz target {} failed: {kind}\n", run.target));
                match artifact {
                    Some(artifact) => {
                        let options = BUILD_OPTIONS.join(" ");
                        let target = run.target;
                        message.push_str(&format!(
                            "  input:     {artifact}{}\n  \
                             reproduce: cargo +nightly fuzz run {options} {target} {artifact}\n  \
                             minimize:  cargo +nightly fuzz tmin {options} {target} {artifact}\n  \
                             (from the repository root)\n",
                            input_preview(&workspace.path(artifact))
                        ));
                    }
                    None => message.push_str("  input:     libFuzzer named no file\n"),
                }
                finding_excerpt(&log)
            }
            Verdict::Broken(reason) => {
                message.push_str(&format!("fuzz target {} failed: {reason}\n", run.target));
                Vec::new()
            }
        };
        let (heading, lines) = if excerpt.is_empty() {
            (
                format!("last {LOG_TAIL_LINES} lines of {}", run.log),
                log_tail(&log, LOG_TAIL_LINES),
            )
        } else {
            (format!("from {}", run.log), excerpt)
        };
        message.push_str(&format!("  {heading}:\n"));
        for line in lines {
            message.push_str("    | ");
            message.push_str(&line);
            message.push('\n');
        }
    }
    if message.is_empty() {
        Ok(())
    } else {
        Err(Failure::new(message.trim_end().to_string()))
    }
}

/// ` (17 bytes): "{\"currency\": \"EUR\"}"`, shortened, with control characters escaped.
fn input_preview(artifact: &Path) -> String {
    const SHOWN_CHARS: usize = 160;
    let Ok(bytes) = fs::read(artifact) else {
        return String::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    let mut shown: String = text.chars().take(SHOWN_CHARS).collect();
    if text.chars().count() > SHOWN_CHARS {
        shown.push('…');
    }
    format!(" ({} bytes): {shown:?}", bytes.len())
}

/// The lines of a log that say what went wrong: a panic's message, the sanitizer's or
/// libFuzzer's error line, the stack frames in this project's code, and the summary.
fn finding_excerpt(log: &str) -> Vec<String> {
    const MAX_PANIC_LINES: usize = 12;
    const MAX_FRAMES: usize = 8;
    let lines: Vec<&str> = log.lines().collect();
    let mut excerpt = Vec::new();
    if let Some(start) = lines.iter().position(|line| line.contains(" panicked at ")) {
        excerpt.extend(
            lines[start..]
                .iter()
                .take_while(|line| {
                    !line.is_empty()
                        && !line.starts_with("stack backtrace:")
                        && !line.starts_with("note: ")
                        && !line.starts_with("==")
                })
                .take(MAX_PANIC_LINES)
                .map(|line| line.to_string()),
        );
    }
    if let Some(error) = lines.iter().find(|line| line.contains("ERROR: ")) {
        excerpt.push(error.trim().to_string());
    }
    excerpt.extend(
        lines
            .iter()
            .filter(|line| is_project_frame(line))
            .take(MAX_FRAMES)
            .map(|line| line.trim().to_string()),
    );
    if let Some(summary) = lines.iter().find(|line| line.starts_with("SUMMARY: ")) {
        excerpt.push(summary.to_string());
    }
    excerpt
}

/// A sanitizer stack frame (`#17 0x… in estimator_core::share::decode …/share.rs:272:9`) in
/// the core or in a fuzz target, rather than in libFuzzer or the standard library.
fn is_project_frame(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with('#')
        && line.contains(" in ")
        && (line.contains("estimator_core") || line.contains("fuzz_targets/"))
}

/// The last `count` lines of a log, without libFuzzer's recommended dictionary, which says
/// nothing about the failure.
fn log_tail(log: &str, count: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut in_dictionary = false;
    for line in log.lines() {
        if line.starts_with("###### Recommended dictionary") {
            in_dictionary = true;
        } else if line.starts_with("###### End of recommended dictionary") {
            in_dictionary = false;
        } else if !in_dictionary {
            lines.push(line.to_string());
        }
    }
    let skip = lines.len().saturating_sub(count);
    lines.split_off(skip)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSED: &str = "\
INFO: seed corpus: files: 7 min: 7b max: 130b total: 446b rss: 39Mb
#8\tINITED cov: 1425 ft: 2109 corp: 7/446b exec/s: 0 rss: 45Mb
#31207\tDONE   cov: 1884 ft: 4035 corp: 505/35Kb lim: 130 exec/s: 2837 rss: 514Mb
###### Recommended dictionary. ######
\"cu\" # Uses: 21
###### End of recommended dictionary. ######
Done 31207 runs in 11 second(s)
stat::number_of_executed_units: 31207
stat::peak_rss_mb:              514
";

    const CRASHED: &str = "\
#1024\tpulse  cov: 900 ft: 1000 corp: 40/2Kb exec/s: 512 rss: 60Mb

thread '<unnamed>' panicked at src/share.rs:10:5:
index out of bounds
==1234== ERROR: libFuzzer: deadly signal
MS: 1 ChangeBit-; base unit: 0000
artifact_prefix='/w/fuzz/artifacts/fragment/'; Test unit written to /w/fuzz/artifacts/fragment/crash-1a2b
stat::number_of_executed_units: 1100
";

    #[test]
    fn reads_the_final_statistics() {
        assert_eq!(
            Stats::read(PASSED),
            Stats {
                executions: Some(31207),
                seconds: Some(11),
                corpus: Some(505),
                coverage: Some(1884),
            }
        );
    }

    #[test]
    fn a_crash_names_its_kind_and_input() {
        assert_eq!(finding_kind(CRASHED), Some("crash (panic or abort)"));
        assert_eq!(
            artifact_path(CRASHED).as_deref(),
            Some("/w/fuzz/artifacts/fragment/crash-1a2b")
        );
        let stats = Stats::read(CRASHED);
        assert_eq!(stats.executions, Some(1100));
        assert_eq!(stats.seconds, None);
        assert_eq!(finding_kind(PASSED), None);
    }

    #[test]
    fn the_excerpt_keeps_the_panic_the_error_and_the_project_frames() {
        let log = "\
#3754\tREDUCE cov: 1847 corp: 314/140Kb

thread '<unnamed>' (23373) panicked at crates/estimator-core/src/share.rs:272:9:
three scenarios with a quote
stack backtrace:
   0: __rustc::rust_begin_unwind
==23373== ERROR: libFuzzer: deadly signal
    #16 0x5648 in core::panicking::panic_fmt /rustc/library/core/src/panicking.rs:80:14
    #17 0x5648 in estimator_core::share::decode crates/estimator-core/src/share.rs:272:9
    #18 0x5648 in fragment::_::__libfuzzer_sys_run fuzz/fuzz_targets/fragment.rs:47:19
    #19 0x5648 in rust_fuzzer_test_input libfuzzer-sys-0.4.13/src/lib.rs:276:60
SUMMARY: libFuzzer: deadly signal
";
        assert_eq!(
            finding_excerpt(log),
            vec![
                "thread '<unnamed>' (23373) panicked at crates/estimator-core/src/share.rs:272:9:",
                "three scenarios with a quote",
                "==23373== ERROR: libFuzzer: deadly signal",
                "#17 0x5648 in estimator_core::share::decode crates/estimator-core/src/share.rs:272:9",
                "#18 0x5648 in fragment::_::__libfuzzer_sys_run fuzz/fuzz_targets/fragment.rs:47:19",
                "SUMMARY: libFuzzer: deadly signal",
            ]
        );
        assert!(log_tail(PASSED, 3)
            .iter()
            .all(|line| !line.contains("Uses:")));
    }

    #[test]
    fn out_of_memory_and_timeouts_are_told_apart() {
        assert_eq!(
            finding_kind("==1== ERROR: libFuzzer: out-of-memory (malloc(4294967296))"),
            Some("out of memory")
        );
        assert_eq!(
            finding_kind("==1== ERROR: libFuzzer: timeout after 11 seconds"),
            Some("timeout")
        );
        assert_eq!(
            finding_kind("==1==ERROR: LeakSanitizer: detected memory leaks"),
            Some("memory leak")
        );
    }

    #[test]
    fn done_lines_and_status_fields_parse() {
        assert_eq!(
            done_line("Done 82548 runs in 61 second(s)"),
            Some((82548, 61))
        );
        assert_eq!(done_line("Done runs"), None);
        assert_eq!(
            field_after("#8 INITED cov: 1425 corp: 7/446b", "corp:"),
            Some(7)
        );
        assert_eq!(field_after("#8 INITED cov: 1425", "corp:"), None);
    }

    #[test]
    fn seconds_come_from_whole_positive_numbers() {
        assert_eq!(parse_seconds("5"), Some(5));
        assert_eq!(parse_seconds(" 60 "), Some(60));
        assert_eq!(parse_seconds("0"), None);
        assert_eq!(parse_seconds("1.5"), None);
        assert_eq!(parse_seconds("soon"), None);
    }

    #[test]
    fn recognises_nightly_toolchain_lines() {
        assert!(is_nightly_line("nightly-x86_64-unknown-linux-gnu"));
        assert!(is_nightly_line(
            "nightly-2026-05-19-x86_64-unknown-linux-gnu (default)"
        ));
        assert!(!is_nightly_line(
            "stable-x86_64-unknown-linux-gnu (active, default)"
        ));
        assert!(!is_nightly_line("1.95.0-x86_64-unknown-linux-gnu"));
    }
}
