//! The build tool of the exosome treatment cost estimator, run as `cargo xtask <command>`.
//!
//! It installs the toolchain the app needs (Trunk, the wasm-bindgen CLI, npm's binaryen and
//! test packages, Chromium), builds the release site, serves it, and runs every check CI runs.

mod bench;
mod build;
mod checks;
mod failure;
mod fuzz;
mod lockfile;
mod minify;
mod progress;
mod serve;
mod setup;
mod site;
mod size;
mod table;
mod widget;
mod workspace;

use std::env;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::failure::Outcome;
use crate::setup::Browser;
use crate::workspace::Workspace;

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  setup              install what is missing: the wasm32 target, trunk 0.21, the wasm-bindgen
                     CLI matching Cargo.lock, the node packages (npm ci)
  dist [--config F]  setup, then a release build into dist/ (the page, the single file, the
                     widget, the examples), listing the files; with a clinic's configuration
                     F, also dist/exosome-estimator-<F's name>.html, that clinic's single file
  serve [--port N]   setup, then the release build, serving dist/ at http://127.0.0.1:N/
                     (default 8080) as soon as the English page is built, while the rest
                     (/es/, /de/, the single files, the widget, /examples/) is built
  test               setup (with Chromium), then fmt, clippy (native and wasm32), the
                     estimator-core dependency check, cargo test, a bounded fuzz run (as
                     `fuzz` below), the release build, its size budget and the browser
                     tests in e2e/; stops at the first failure
  bench              setup (with Chromium), release builds of the site and of the floor app
                     in bench/floor, then prints sizes (raw, gzip, brotli), load and input
                     timings in headless Chromium, and Lighthouse scores; asserts nothing
  fuzz               cargo-fuzz (installed if missing) on the nightly toolchain: builds the
                     targets in fuzz/ and runs each for 60 s (FUZZ_SECONDS=N for N s),
                     then prints executions per target; fails on a crash, leak, OOM or timeout
  help               show this message
";

const DEFAULT_PORT: u16 = 8080;

/// What the command line asked for.
enum Task {
    Help,
    Setup,
    Dist { clinic_config: Option<PathBuf> },
    Serve { port: u16 },
    Test,
    Bench,
    Fuzz,
}

fn main() -> ExitCode {
    match parse_arguments() {
        Ok(Task::Help) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(task) => run(task),
        Err(usage_error) => {
            eprintln!("error: {usage_error}\n");
            eprint!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(task: Task) -> ExitCode {
    let workspace = match Workspace::locate() {
        Ok(workspace) => workspace,
        Err(failure) => return report(Err(failure)),
    };
    match task {
        Task::Help => ExitCode::SUCCESS,
        Task::Setup => report(setup::setup(&workspace, Browser::Skip)),
        Task::Dist { clinic_config } => report(build::dist(&workspace, clinic_config.as_deref())),
        Task::Serve { port } => report(serve::serve(&workspace, port)),
        // `test` prints its own summary line, which has to stay last.
        Task::Test => checks::test(&workspace),
        Task::Bench => report(bench::bench(&workspace)),
        Task::Fuzz => report(fuzz::bounded_fuzz(&workspace)),
    }
}

fn report(outcome: Outcome) -> ExitCode {
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("error: {failure}");
            ExitCode::FAILURE
        }
    }
}

fn parse_arguments() -> Result<Task, String> {
    let arguments = env::args_os()
        .skip(1)
        .map(|argument| {
            argument
                .into_string()
                .map_err(|raw| format!("argument {raw:?} is not valid UTF-8"))
        })
        .collect::<Result<Vec<String>, String>>()?;
    parse_task(&arguments)
}

fn parse_task(arguments: &[String]) -> Result<Task, String> {
    let Some((command, options)) = arguments.split_first() else {
        return Ok(Task::Help);
    };
    let task = match command.as_str() {
        "help" | "--help" | "-h" => Task::Help,
        "setup" => Task::Setup,
        "dist" => return parse_dist_options(options),
        "test" => Task::Test,
        "bench" => Task::Bench,
        "fuzz" => Task::Fuzz,
        "serve" => return parse_serve_options(options),
        unknown => return Err(format!("unknown command `{unknown}`")),
    };
    match options.first() {
        None => Ok(task),
        Some(extra) => Err(format!("`{command}` takes no option, got `{extra}`")),
    }
}

/// `dist` accepts `--config FILE` (or `--config=FILE`): a clinic's configuration to build
/// that clinic's own single file from.
fn parse_dist_options(options: &[String]) -> Result<Task, String> {
    let mut clinic_config = None;
    let mut remaining = options.iter();
    while let Some(option) = remaining.next() {
        let value = match option.strip_prefix("--config=") {
            Some(value) => value,
            None if option == "--config" => remaining
                .next()
                .ok_or("`--config` needs a file, as in `--config my-clinic.json`")?,
            None => return Err(format!("unknown option `{option}` for `dist`")),
        };
        clinic_config = Some(PathBuf::from(value));
    }
    Ok(Task::Dist { clinic_config })
}

/// `serve` accepts `--port N` or `--port=N`.
fn parse_serve_options(options: &[String]) -> Result<Task, String> {
    let mut port = DEFAULT_PORT;
    let mut remaining = options.iter();
    while let Some(option) = remaining.next() {
        let value = match option.strip_prefix("--port=") {
            Some(value) => value,
            None if option == "--port" => remaining
                .next()
                .ok_or("`--port` needs a number, as in `--port 8080`")?,
            None => return Err(format!("unknown option `{option}` for `serve`")),
        };
        port = parse_port(value)?;
    }
    Ok(Task::Serve { port })
}

fn parse_port(value: &str) -> Result<u16, String> {
    match value.parse::<u16>() {
        Ok(port) if port > 0 => Ok(port),
        _ => Err(format!("`{value}` is not a port number (1-65535)")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(arguments: &[&str]) -> Result<Task, String> {
        let owned: Vec<String> = arguments
            .iter()
            .map(|argument| argument.to_string())
            .collect();
        parse_task(&owned)
    }

    #[test]
    fn no_arguments_means_help() {
        assert!(matches!(parse(&[]), Ok(Task::Help)));
    }

    #[test]
    fn serve_defaults_to_port_8080_and_takes_both_spellings() {
        assert!(matches!(parse(&["serve"]), Ok(Task::Serve { port: 8080 })));
        assert!(matches!(
            parse(&["serve", "--port", "9000"]),
            Ok(Task::Serve { port: 9000 })
        ));
        assert!(matches!(
            parse(&["serve", "--port=9001"]),
            Ok(Task::Serve { port: 9001 })
        ));
    }

    #[test]
    fn dist_takes_a_clinic_configuration() {
        assert!(matches!(
            parse(&["dist"]),
            Ok(Task::Dist {
                clinic_config: None
            })
        ));
        let Ok(Task::Dist {
            clinic_config: Some(path),
        }) = parse(&["dist", "--config", "my-clinic.json"])
        else {
            panic!("--config FILE is read");
        };
        assert_eq!(path, PathBuf::from("my-clinic.json"));
        assert!(matches!(
            parse(&["dist", "--config=x.json"]),
            Ok(Task::Dist {
                clinic_config: Some(_)
            })
        ));
    }

    #[test]
    fn bad_input_is_a_usage_error() {
        assert!(parse(&["deploy"]).is_err());
        assert!(parse(&["serve", "--port"]).is_err());
        assert!(parse(&["serve", "--port", "0"]).is_err());
        assert!(parse(&["serve", "--port", "http"]).is_err());
        assert!(parse(&["dist", "--fast"]).is_err());
        assert!(parse(&["dist", "--config"]).is_err());
    }
}
