//! What the hosted build weighs: each asset raw, gzip -9 and brotli -q 11, and the budget
//! `cargo xtask test` holds the first visit to.
//!
//! A first visit loads `index.html` and the `.js`, `.wasm` and `.css` files at the top of
//! `dist/`; those are the counted assets. Anything else (the icon, sub-folders, a service
//! worker, which the browser fetches only after the page is up) is listed but not counted.
//! The compressors are pure Rust and deterministic, so for a fixed toolchain the figures are
//! the same on every machine: a fair thing for a test to assert, unlike timings.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::failure::{Failure, Outcome};
use crate::table::{grouped, Table};
use crate::workspace::Workspace;

/// The most brotli bytes the counted assets of `dist/` may add up to.
///
/// Set about 3% above the 138,412 bytes measured on 2026-11-26 (rustc 1.95.0, trunk 0.21.14,
/// wasm-bindgen 0.2.130, binaryen 132 `-Oz`; brotli crate 8.0.4 at quality 11). When a change
/// makes the build smaller, lower this to match, so the saving cannot quietly be spent again.
pub const SIZE_BUDGET_BYTES: u64 = 142_600;

const BROTLI_QUALITY: i32 = 11;
/// The `brotli` command's default window (2^24 bytes): larger than any asset here, so every
/// byte of a file can refer back to any earlier one.
const BROTLI_WINDOW_BITS: i32 = 24;

/// Names a service worker script goes by. It is fetched after the page has loaded and does
/// not delay the first visit, so it is listed apart from the counted assets.
const SERVICE_WORKER_NAMES: &[&str] = &["sw.js", "service-worker.js"];

/// Extensions of the files a first visit loads besides `index.html`.
const FIRST_VISIT_EXTENSIONS: &[&str] = &["js", "wasm", "css"];

/// One file's size, raw and compressed.
pub struct Asset {
    /// The path relative to the build folder, as `index.html` or `icons/icon-192.png`.
    pub name: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// The sizes of one build folder: what a first visit loads, and the rest.
pub struct BuildSizes {
    pub first_visit: Vec<Asset>,
    pub other: Vec<Asset>,
}

/// Sums of raw, gzip and brotli bytes over a set of assets.
#[derive(Clone, Copy)]
pub struct Totals {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

impl BuildSizes {
    /// The total a first visit transfers: `index.html` + `.js` + `.wasm` + `.css`.
    pub fn first_visit_total(&self) -> Totals {
        self.first_visit.iter().fold(
            Totals {
                raw: 0,
                gzip: 0,
                brotli: 0,
            },
            |sum, asset| Totals {
                raw: sum.raw + asset.raw,
                gzip: sum.gzip + asset.gzip,
                brotli: sum.brotli + asset.brotli,
            },
        )
    }
}

/// Reads and compresses every file below `build_folder`.
pub fn measure(build_folder: &Path) -> Outcome<BuildSizes> {
    if !build_folder.join("index.html").is_file() {
        return Err(Failure::new(format!(
            "{} has no index.html: build it first",
            build_folder.display()
        )));
    }
    let mut sizes = BuildSizes {
        first_visit: Vec::new(),
        other: Vec::new(),
    };
    for relative in files_below(build_folder)? {
        let asset = measure_file(build_folder, &relative)?;
        if is_first_visit_asset(&relative) {
            sizes.first_visit.push(asset);
        } else {
            sizes.other.push(asset);
        }
    }
    Ok(sizes)
}

/// Top-level `index.html`, and top-level `.js`/`.wasm`/`.css` other than a service worker.
fn is_first_visit_asset(relative: &Path) -> bool {
    let at_top = relative.components().count() == 1;
    let name = relative.to_string_lossy();
    if !at_top || SERVICE_WORKER_NAMES.contains(&name.as_ref()) {
        return false;
    }
    let extension = relative
        .extension()
        .and_then(|extension| extension.to_str());
    name == "index.html" || extension.is_some_and(|found| FIRST_VISIT_EXTENSIONS.contains(&found))
}

fn measure_file(build_folder: &Path, relative: &Path) -> Outcome<Asset> {
    let path = build_folder.join(relative);
    let bytes = fs::read(&path)
        .map_err(|error| Failure::new(format!("cannot read {}: {error}", path.display())))?;
    Ok(Asset {
        name: relative.to_string_lossy().into_owned(),
        raw: bytes.len() as u64,
        gzip: gzip_size(&bytes),
        brotli: brotli_size(&bytes),
    })
}

/// Every file below `folder`, relative to it, sorted so tables come out in a stable order.
fn files_below(folder: &Path) -> Outcome<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative_folder) = pending.pop() {
        let current = folder.join(&relative_folder);
        let entries = fs::read_dir(&current)
            .map_err(|error| Failure::new(format!("cannot list {}: {error}", current.display())))?;
        for entry in entries {
            let entry = entry.map_err(|error| {
                Failure::new(format!("cannot list {}: {error}", current.display()))
            })?;
            let relative = relative_folder.join(entry.file_name());
            if entry.path().is_dir() {
                pending.push(relative);
            } else {
                files.push(relative);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The size of `bytes` after `gzip -9`.
pub fn gzip_size(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    // Writing to a Vec cannot fail.
    let compressed = encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .unwrap_or_default();
    compressed.len() as u64
}

/// The size of `bytes` after `brotli -q 11`.
pub fn brotli_size(bytes: &[u8]) -> u64 {
    let params = brotli::enc::BrotliEncoderParams {
        quality: BROTLI_QUALITY,
        lgwin: BROTLI_WINDOW_BITS,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let mut compressed = Vec::new();
    // Reading from a slice and writing to a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut compressed, &params);
    compressed.len() as u64
}

/// The size-budget step of `cargo xtask test`: the brotli bytes of a first visit to `dist/`
/// must stay within [`SIZE_BUDGET_BYTES`]. Prints every asset and the figure either way.
pub fn check_budget(workspace: &Workspace) -> Outcome {
    let sizes = measure(&workspace.path("dist"))?;
    print!("{}", asset_table(&sizes).render());
    println!("{}", within_budget(&sizes, SIZE_BUDGET_BYTES)?);
    Ok(())
}

/// The verdict on a build against a budget: what to print when it fits, the failure if not.
fn within_budget(sizes: &BuildSizes, budget: u64) -> Outcome<String> {
    let total = sizes.first_visit_total().brotli;
    if total <= budget {
        return Ok(format!(
            "ok: a first visit transfers {} bytes brotli, within the budget of {} ({} to spare)",
            grouped(total),
            grouped(budget),
            grouped(budget - total)
        ));
    }
    Err(Failure::new(format!(
        "a first visit transfers {} bytes brotli, {} over the budget of {} \
         (SIZE_BUDGET_BYTES in xtask/src/size.rs); the table above shows each asset, and \
         `twiggy top` on the release wasm shows where its bytes go",
        grouped(total),
        grouped(total - budget),
        grouped(budget)
    )))
}

/// Each asset raw, gzip and brotli: the counted ones, their total, then the others.
pub fn asset_table(sizes: &BuildSizes) -> Table {
    let mut table = Table::new(&["asset", "raw", "gzip -9", "brotli -q 11"]);
    for asset in &sizes.first_visit {
        table.row(size_cells(&asset.name, asset.raw, asset.gzip, asset.brotli));
    }
    let total = sizes.first_visit_total();
    table.row(size_cells(
        "first visit (html+js+wasm+css)",
        total.raw,
        total.gzip,
        total.brotli,
    ));
    for asset in &sizes.other {
        let label = format!("not counted: {}", asset.name);
        table.row(size_cells(&label, asset.raw, asset.gzip, asset.brotli));
    }
    table
}

fn size_cells(label: &str, raw: u64, gzip: u64, brotli: u64) -> [String; 4] {
    [
        label.to_string(),
        grouped(raw),
        grouped(gzip),
        grouped(brotli),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_visit_is_the_page_its_scripts_wasm_and_styles() {
        for counted in [
            "index.html",
            "app-1a2b.js",
            "app-1a2b_bg.wasm",
            "style-3c4d.css",
        ] {
            assert!(is_first_visit_asset(Path::new(counted)), "{counted}");
        }
        for other in [
            "icon-35aa.svg",
            "manifest.webmanifest",
            "sw.js",
            "icons/icon-192.png",
            "widget/widget.js",
            "single-file/index.html",
        ] {
            assert!(!is_first_visit_asset(Path::new(other)), "{other}");
        }
    }

    #[test]
    fn compression_shrinks_repetitive_text_and_is_deterministic() {
        let text = "Total for 3 sessions: $2,000 – $4,000. ".repeat(200);
        let bytes = text.as_bytes();
        let (gzip, brotli) = (gzip_size(bytes), brotli_size(bytes));
        assert!(gzip < bytes.len() as u64 / 10, "gzip {gzip}");
        assert!(brotli < gzip, "brotli {brotli} vs gzip {gzip}");
        assert_eq!(gzip, gzip_size(bytes));
        assert_eq!(brotli, brotli_size(bytes));
    }

    fn asset(name: &str, raw: u64) -> Asset {
        Asset {
            name: name.to_string(),
            raw,
            gzip: raw / 2,
            brotli: raw / 3,
        }
    }

    fn small_build() -> BuildSizes {
        BuildSizes {
            first_visit: vec![asset("index.html", 300), asset("app.wasm", 900)],
            other: vec![asset("icon.svg", 3000)],
        }
    }

    #[test]
    fn totals_add_up_the_counted_assets_only() {
        let total = small_build().first_visit_total();
        assert_eq!((total.raw, total.gzip, total.brotli), (1200, 600, 400));
    }

    #[test]
    fn the_budget_holds_up_to_its_last_byte_and_names_the_overshoot() {
        let fits = within_budget(&small_build(), 400).unwrap();
        assert!(fits.contains("400 bytes brotli"), "{fits}");
        assert!(fits.contains("0 to spare"), "{fits}");
        let over = within_budget(&small_build(), 390).unwrap_err().to_string();
        assert!(over.contains("10 over the budget of 390"), "{over}");
    }
}
