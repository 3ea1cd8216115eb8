//! `cargo xtask bench`: builds the release site and the floor (the smallest Yew app, in
//! `bench/floor`), then prints in one run what each weighs, how fast each loads and responds
//! in headless Chromium, and what Lighthouse scores the site.
//!
//! It asserts nothing: a figure that misses its target is printed as `MISS` and the run still
//! succeeds. Timings vary from machine to machine and run to run, which is why they live here
//! and never in `cargo xtask test`. Only a tool that fails stops the run.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::build::{release_build, translated_pages};
use crate::failure::{Failure, Outcome};
use crate::setup::{setup, Browser, CHROMIUM_PATH};
use crate::size::{
    asset_table, measure, measure_widget, percent_of, widget_asset_table, BuildSizes,
    SIZE_BUDGET_BYTES,
};
use crate::table::{grouped, ratio, Table};
use crate::workspace::{captured_stdout, run_shown, Workspace};

const FLOOR_DIR: &str = "bench/floor";

/// The target: a first visit, and a widget's first load, each transfer at most this
/// many times the floor's brotli bytes (issue 11; it was 1.4 before the app grew a planner,
/// financing and the clinics' API).
const TRANSFER_TARGET_RATIO: f64 = 2.5;

/// The browser measurements and the Lighthouse runs; each prints its own tables.
const BROWSER_SCRIPT: &str = "e2e/bench/browser.mjs";
const LIGHTHOUSE_SCRIPT: &str = "e2e/bench/lighthouse.mjs";

pub fn bench(workspace: &Workspace) -> Outcome {
    // Read before our own builds load the machine: it tells whether anything else was running.
    let load_at_start = load_average();
    setup(workspace, Browser::Install)?;
    require_lighthouse(workspace)?;

    heading("release build of the estimator");
    release_build(workspace)?;
    heading("release build of the floor (bench/floor)");
    build_floor(workspace)?;

    heading("machine");
    print_machine(workspace, load_at_start);

    heading("size: bytes a first visit transfers");
    let ours = measure(&workspace.path("dist"))?;
    let widget = measure_widget(&workspace.path("dist"))?;
    let floor = measure(&workspace.path(&format!("{FLOOR_DIR}/dist")))?;
    print_sizes(&ours, &widget, &floor);
    print_language_sizes(workspace, &ours)?;

    heading("headless Chromium: loads and input latency");
    run_script(workspace, BROWSER_SCRIPT)?;
    heading("Lighthouse (mobile)");
    run_script(workspace, LIGHTHOUSE_SCRIPT)?;
    println!();
    println!("xtask bench: done (the bench reports; it does not fail on a MISS)");
    Ok(())
}

fn heading(title: &str) {
    println!();
    println!("==> {title}");
}

/// Lighthouse comes from npm with the other node packages; setup's `npm ci` installs it.
fn require_lighthouse(workspace: &Workspace) -> Outcome {
    let lighthouse = workspace.path("node_modules/.bin/lighthouse");
    if lighthouse.is_file() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "{} is missing: it is a devDependency in package.json; run `npm ci`",
            lighthouse.display()
        )))
    }
}

/// The floor is built exactly like the site (Trunk release, offline, wasm-opt `z`), from its
/// own folder so Trunk reads its own `Trunk.toml`. `release_build` has fetched the crates of
/// the workspace it belongs to.
fn build_floor(workspace: &Workspace) -> Outcome {
    let mut trunk = workspace.command("trunk")?;
    trunk
        .current_dir(workspace.path(FLOOR_DIR))
        .args(["build", "--release", "--offline"]);
    run_shown(&mut trunk)
}

/// What the timings were taken on: they mean little without it.
fn print_machine(workspace: &Workspace, load_at_start: String) {
    let cores = std::thread::available_parallelism().map_or(0, |cores| cores.get());
    let mut facts = vec![
        ("CPU", cpu_model()),
        ("cores", cores.to_string()),
        ("memory", memory_total()),
        ("load", load_at_start),
    ];
    let tools = [
        ("chromium", CHROMIUM_PATH),
        ("rustc", "rustc"),
        ("trunk", "trunk"),
        ("wasm-opt", "wasm-opt"),
        ("node", "node"),
        ("lighthouse", "lighthouse"),
    ];
    for (name, program) in tools {
        facts.push((name, tool_version(workspace, program)));
    }
    for (name, value) in facts {
        println!("  {name:<11}{value}");
    }
}

fn cpu_model() -> String {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    cpuinfo
        .lines()
        .find_map(|line| line.strip_prefix("model name"))
        .and_then(|rest| rest.split_once(':'))
        .map_or_else(
            || "unknown".to_string(),
            |(_, model)| model.trim().to_string(),
        )
}

/// `MemTotal` from /proc/meminfo, in GiB.
fn memory_total() -> String {
    let meminfo = fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let kib = meminfo
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| {
            rest.trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .ok()
        });
    match kib {
        Some(kib) => format!("{:.1} GiB", kib as f64 / (1024.0 * 1024.0)),
        None => "unknown".to_string(),
    }
}

/// The 1, 5 and 15 minute load averages: timings taken while other work shares the cores
/// (a build, a test run) are slower, and this says so.
fn load_average() -> String {
    let loadavg = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let averages: Vec<&str> = loadavg.split_whitespace().take(3).collect();
    if averages.len() == 3 {
        format!(
            "{} (1, 5, 15 min averages, before the builds)",
            averages.join(" ")
        )
    } else {
        "unknown".to_string()
    }
}

/// The first line a tool prints for `--version`, or why there is none.
fn tool_version(workspace: &Workspace, program: &str) -> String {
    let answer = if Path::new(program).is_absolute() {
        let mut command = Command::new(program);
        command.arg("--version");
        captured_stdout(&mut command)
    } else {
        workspace.output_of(program, &["--version"])
    };
    match answer {
        Ok(banner) => banner.lines().next().unwrap_or("").trim().to_string(),
        Err(_) => "not found".to_string(),
    }
}

fn print_sizes(ours: &BuildSizes, widget: &BuildSizes, floor: &BuildSizes) {
    println!("the estimator (dist/):");
    print!("{}", asset_table(ours).render());
    println!();
    println!("a widget's first load on a clinic's page (the clinic build):");
    print!("{}", widget_asset_table(widget).render());
    println!();
    println!("the floor ({FLOOR_DIR}/dist/):");
    print!("{}", asset_table(floor).render());
    println!();
    print!(
        "{}",
        comparison_table("first visit (html+js+wasm+css)", ours, floor).render()
    );
    println!();
    print!(
        "{}",
        comparison_table("widget first load (loader+glue+wasm+css)", widget, floor).render()
    );
    println!();
    let brotli = ours.first_visit_total().brotli;
    println!(
        "size budget of `cargo xtask test`: {} of {} bytes brotli",
        grouped(brotli),
        grouped(SIZE_BUDGET_BYTES)
    );
}

/// The first visit of each language's page beside the English one's: the figures the
/// languages issue names (English at most 2% above its size before the languages, each other
/// language within 5% of English).
fn print_language_sizes(workspace: &Workspace, english: &BuildSizes) -> Outcome {
    let english = english.first_visit_total().brotli;
    let mut table = Table::new(&["first visit, brotli", "bytes", "of English"]);
    table.row(vec![
        "English (/)".to_owned(),
        grouped(english),
        "100.0%".to_owned(),
    ]);
    for lang in translated_pages() {
        let translated = measure(&workspace.path(&format!("dist/{lang}")))?
            .first_visit_total()
            .brotli;
        table.row(vec![
            format!("{lang}/"),
            grouped(translated),
            percent_of(translated, english),
        ]);
    }
    println!("each language's page:");
    print!("{}", table.render());
    println!();
    Ok(())
}

/// The totals of a load (`what`) side by side with the floor's first visit; only brotli has a
/// target, as it is what a host that compresses well actually sends.
fn comparison_table(what: &str, ours: &BuildSizes, floor: &BuildSizes) -> Table {
    let (ours, floor) = (ours.first_visit_total(), floor.first_visit_total());
    let mut table = Table::new(&[what, "ours", "floor", "ours/floor", "target", ""]);
    let rows = [
        ("raw", ours.raw, floor.raw),
        ("gzip -9", ours.gzip, floor.gzip),
        ("brotli -q 11", ours.brotli, floor.brotli),
    ];
    for (encoding, ours_bytes, floor_bytes) in rows {
        let mut cells = vec![
            encoding.to_string(),
            grouped(ours_bytes),
            grouped(floor_bytes),
            ratio(ours_bytes as f64, floor_bytes as f64),
        ];
        if encoding.starts_with("brotli") {
            let within = ours_bytes as f64 <= TRANSFER_TARGET_RATIO * floor_bytes as f64;
            cells.push(format!("≤ {TRANSFER_TARGET_RATIO:.2}×"));
            cells.push(pass_or_miss(within).to_string());
        }
        table.row(cells);
    }
    table
}

fn pass_or_miss(within_target: bool) -> &'static str {
    if within_target {
        "PASS"
    } else {
        "MISS"
    }
}

/// Runs one of the bench's node scripts against both builds, with the browser it must use.
fn run_script(workspace: &Workspace, script: &str) -> Outcome {
    let mut node = workspace.command("node")?;
    node.arg(script)
        .env("DIST_DIR", workspace.path("dist"))
        .env(
            "FLOOR_DIST_DIR",
            workspace.path(&format!("{FLOOR_DIR}/dist")),
        )
        .env("CHROMIUM_PATH", CHROMIUM_PATH)
        // Lighthouse's launcher reads CHROME_PATH.
        .env("CHROME_PATH", CHROMIUM_PATH);
    run_shown(&mut node)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::size::Asset;

    fn build_of(brotli: u64) -> BuildSizes {
        BuildSizes {
            first_visit: vec![Asset {
                name: "index.html".to_string(),
                raw: brotli * 3,
                gzip: brotli * 2,
                brotli,
            }],
            other: Vec::new(),
        }
    }

    #[test]
    fn the_transfer_target_is_met_at_exactly_the_ratio() {
        let rendered = comparison_table("load", &build_of(250), &build_of(100)).render();
        assert!(rendered.contains("2.50×   ≤ 2.50×   PASS"), "{rendered}");
        let rendered = comparison_table("load", &build_of(251), &build_of(100)).render();
        assert!(rendered.contains("MISS"), "{rendered}");
    }
}
