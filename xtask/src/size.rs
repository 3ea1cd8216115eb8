//! What the hosted build weighs: each asset raw, gzip -9 and brotli -q 11, and the budget
//! `cargo xtask test` holds the first visit to.
//!
//! A first visit loads `index.html` and the `.js`, `.wasm` and `.css` files at the top of
//! `dist/` that it names; those are the counted assets. Anything else (icons, the manifest,
//! the service worker, which the browser fetches only after the page is up, files for other
//! pages such as a widget or a single-file copy) is listed by raw size but not counted.
//! The compressors are pure Rust and deterministic, so for a fixed toolchain the figures are
//! the same on every machine: a fair thing for a test to assert, unlike timings.

use std::fs;
use std::io::Write;
use std::path::Path;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::build::translated_pages;
use crate::failure::{Failure, Outcome};
use crate::table::{grouped, Table};
use crate::workspace::{files_below, Workspace};

/// The most brotli bytes the counted assets of `dist/` may add up to.
///
/// Set about 3% above the 201,716 bytes measured on 2026-11-26 after compiling out Yew's
/// tracing, float formatting and the static explanations (wasm 179,402, JS 7,920, HTML 9,827,
/// CSS 4,567; rustc 1.95.0, trunk 0.21.14, wasm-bindgen 0.2.130, binaryen 132 `-Oz`, brotli
/// quality 11). When a change makes the build smaller, lower this to match, so the saving
/// cannot quietly be spent again.
///
/// Raised on 2026-12-01 from 207,800 for the financing illustration, the booking action and the
/// clinics' JavaScript API (`ExosomeEstimator.estimate`, `plan-change`): serde's derived
/// `Serialize` and serde-wasm-bindgen, with the new views and their text, took the wasm from
/// 181,861 to 205,234 bytes brotli and a first visit from 204,882 to 229,368. The page and the
/// widget share one wasm, so the API cannot be left out of the page; the budget is set just
/// above the measured figure.
///
/// Merged with issue 10 (truthful wording: 208,832 on its own), issue 16 (the clinic's
/// guard rails, the compact call to action, the mount report) and issue 17 (the hardening: the
/// widget's words in the core, the unread-configuration messages) on the same day: 240,233
/// measured. Issue 11 (two builds: the page without the widget's and the clinics' code) is
/// where this comes down again. The clinic walkthrough's fixes (every amount checked for whole
/// units, published prices refused under a clinic's list) brought it to 241,774.
///
/// Issue 15's planner on a phone (the comparison as one table with its sources behind a
/// disclosure, each total in its tab and a cue after adding, the timeline as a list on a narrow
/// card, the print sheet's scenarios, quote and link back, the system share sheet, and the
/// planner's words moved into the core) took a first visit from about 241,400 to 250,001: the
/// wasm by about 7,500 bytes and the stylesheet by about 1,000.
///
/// Lowered on 2026-12-02 by issue 11's two builds: the page's wasm no longer carries the
/// widget, its JavaScript API and serde-wasm-bindgen (the `clinic` feature, which only the
/// widget and the clinics' single files are built with). A first visit measured 241,595 bytes
/// before and 206,920 after (wasm 216,600 to 183,789); the budget is set just above.
///
/// After the merges of 2 December (issue 15's answer-first page and planner, the core's
/// folders with the published book compiled in and the reader behind the core's `clinic`
/// feature, which the page now builds without), a first visit measured 194,734 bytes.
///
/// Raised on 2 December by issue 12's languages: the English page carries only English words,
/// but it now reads them from tables (the English wasm 168,403 to 172,886 bytes brotli), links
/// its Spanish and German pages and offers them (index.html 11,258 to 11,819; page.js 674 to
/// 1,126), and styles the switch (the stylesheet 7,496 to 7,848). A first visit measured
/// 194,863 bytes before and 200,817 after (+3.1%, more than the 2% the issue allows); the
/// budget is set just above, so that nothing grows further unnoticed.
///
/// Lowered the same day to the 2% the issue allows over 194,863 (198,760), by minifying the
/// stylesheet and the page's two scripts before Trunk hashes them (`tools/minify-assets.mjs`:
/// the stylesheet 7,859 to 5,560 bytes, page.js 1,126 to 475, offline.js 834 to 387) and by
/// leaving the widget's words out of the page's wasm: a first visit measured 197,631 (+1.4%).
/// Like for like, the languages themselves still cost about 3%: the same minifying before them
/// would have made the first visit about 191,900.
///
/// Lowered again the same day: the wasm-bindgen glue minified too, keeping its names (6,304 to
/// 5,128 bytes), and page.js keeping what is changed before the wasm starts (475 to 717): a
/// first visit measured 196,651 (+0.9% over 194,863). The budget is set just above.
///
/// Raised on 3 December by 600 bytes (0.3%) for issue 11's later changes: each list of the
/// calculator drawn as one child (`components::list`) and the address bar written once the
/// person pauses (gloo's timeout). Together they took a later change's app work from a p95 of
/// 15.5–18.2 ms to 4.2–4.4 ms, inside the issue's 8 ms. A first visit measured 197,252 bytes
/// before and 197,841 after (the glue 5,128 to 5,163 bytes, the rest in the wasm); the
/// budget is set just above.
///
/// Lowered the same day for issue 11: the price book lists a method's tiers with two passes
/// instead of a stable sort, which took about 4 KB of sorting code out of the wasm. A first
/// visit measured 197,841 bytes before and 196,156 after (the wasm alone 1,651 bytes less);
/// the budget is set just above.
///
/// Lowered again on 2026-12-03: `compileFirstViews` no longer reads the document's language
/// (the build's default is the page's), which took its DOM calls and their glue out. A first
/// visit measured 196,074 bytes before and 195,810 after, with the start in three tasks.
///
/// Raised on 2026-12-04, by 1,900 bytes: the start draws each section of the calculator once,
/// where nobody sees it, before hydrating (`warmUp`, a root component of its own and Yew's
/// mounting code for it), so that V8 compiles that code in short tasks instead of in the
/// hydration. Under 4× CPU the hydration's task went from a median of 224 ms to 111 ms, and
/// the blocking time after the first paint from 190 to 93 ms. A first visit measured 195,810
/// bytes before and 197,726 after. A variant that drew through the page's own root, to share
/// its mounting code, measured 197,799, so it was not kept.
///
/// Raised on 2026-12-04, by 2,900 bytes (1.5%), for issue 11's first touch: the page answers a
/// change made before its wasm runs from a table of early answers that the prerenderer writes
/// into index.html (192 entries; index.html 11,876 to 13,584 bytes), and page.js shows them
/// (970 to 1,753 bytes, with its top-level names now shortened too). Under 4× CPU, a first
/// touch at first paint then has its answer painted in a frame or two instead of after the
/// wasm's start and the hydration. A first visit measured 197,621 bytes before and 200,658
/// after. Of that, 484 bytes are this brotli encoder's output for a wasm 2 bytes longer (Node's
/// brotli reads it 17 bytes shorter), so the figure moves by about 0.2% for nothing. The
/// budget is set just above.
pub const SIZE_BUDGET_BYTES: u64 = 200_700;

const BROTLI_QUALITY: i32 = 11;
/// The `brotli` command's default window (2^24 bytes): larger than any asset here, so every
/// byte of a file can refer back to any earlier one.
const BROTLI_WINDOW_BITS: i32 = 24;

/// Names a service worker script goes by. It is fetched after the page has loaded and does
/// not delay the first visit, so it is never counted, even where the page names it.
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

/// Files of a build that a first visit does not load: one file at the top of the build
/// folder, or all the files of one sub-folder.
pub struct OtherFiles {
    /// `manifest.webmanifest`, or `widget/` for a sub-folder.
    pub name: String,
    pub files: usize,
    pub raw: u64,
}

/// The sizes of one build folder: what a first visit loads, and the rest.
pub struct BuildSizes {
    pub first_visit: Vec<Asset>,
    pub other: Vec<OtherFiles>,
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

/// The page a first visit opens, at the top of a build folder.
const PAGE: &str = "index.html";

/// The widget's loader, the one file a clinic's page names; it names the rest of what a
/// widget's first load fetches (the clinic build's glue and wasm, the shadow stylesheet).
pub const WIDGET_LOADER: &str = "exosome-estimator.js";

/// Compresses the files a first visit to `build_folder` loads, and sizes the others.
pub fn measure(build_folder: &Path) -> Outcome<BuildSizes> {
    measure_from(build_folder, PAGE)
}

/// The same for a widget's first load on a clinic's page: the loader and the `.js`, `.wasm`
/// and `.css` files it names, counted the same way (the clinic's own page is not ours).
pub fn measure_widget(build_folder: &Path) -> Outcome<BuildSizes> {
    measure_from(build_folder, WIDGET_LOADER)
}

/// Compresses `entry` and the top-level files it names, and sizes the others.
fn measure_from(build_folder: &Path, entry: &str) -> Outcome<BuildSizes> {
    let index = build_folder.join(entry);
    let page = fs::read_to_string(&index).map_err(|error| {
        Failure::new(format!(
            "cannot read {} ({error}): build it first",
            index.display()
        ))
    })?;
    let mut sizes = BuildSizes {
        first_visit: Vec::new(),
        other: Vec::new(),
    };
    for relative in files_below(build_folder)? {
        if is_first_visit_asset(&relative, entry, &page) {
            sizes
                .first_visit
                .push(measure_file(build_folder, &relative)?);
        } else {
            let raw = file_size(&build_folder.join(&relative))?;
            add_other_file(&mut sizes.other, &relative, raw);
        }
    }
    Ok(sizes)
}

/// The entry file itself (`index.html`), and each top-level `.js`, `.wasm` and `.css` file
/// its text `page` names (as `./app.js` or `"app.js"`), other than a service worker.
fn is_first_visit_asset(relative: &Path, entry: &str, page: &str) -> bool {
    let at_top = relative.components().count() == 1;
    let name = relative.to_string_lossy();
    if !at_top || SERVICE_WORKER_NAMES.contains(&name.as_ref()) {
        return false;
    }
    let extension = relative
        .extension()
        .and_then(|extension| extension.to_str());
    name == entry
        || (extension.is_some_and(|found| FIRST_VISIT_EXTENSIONS.contains(&found))
            && page_names_file(page, &name))
}

/// Whether `page` refers to `file` as a whole address, not as part of a longer name:
/// `./app.js` matches `app.js`, `./app-3f2a.js` does not.
fn page_names_file(page: &str, file: &str) -> bool {
    page.match_indices(file).any(|(start, _)| {
        let before = page[..start].chars().next_back();
        let after = page[start + file.len()..].chars().next();
        matches!(before, Some('/' | '"' | '\''))
            && matches!(after, None | Some('"' | '\'' | '?' | '#'))
    })
}

/// Adds a file to the uncounted ones: on its own row at the top, or to its sub-folder's row.
fn add_other_file(other: &mut Vec<OtherFiles>, relative: &Path, raw: u64) {
    let mut components = relative.components();
    let first = components
        .next()
        .map(|component| component.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = if components.next().is_some() {
        format!("{first}/")
    } else {
        first
    };
    match other.iter_mut().find(|row| row.name == name) {
        Some(row) => {
            row.files += 1;
            row.raw += raw;
        }
        None => other.push(OtherFiles {
            name,
            files: 1,
            raw,
        }),
    }
}

fn file_size(path: &Path) -> Outcome<u64> {
    fs::metadata(path)
        .map(|metadata| metadata.len())
        .map_err(|error| Failure::new(format!("cannot read {}: {error}", path.display())))
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
///
/// Each translated page (`dist/es/`, `dist/de/`) must also stay within
/// [`LANGUAGE_MARGIN_PERCENT`] of the English first visit: a reader of another language pays
/// about what an English one does.
pub fn check_budget(workspace: &Workspace) -> Outcome {
    let dist = workspace.path("dist");
    let sizes = measure(&dist)?;
    print!("{}", asset_table(&sizes).render());
    println!("{}", within_budget(&sizes, SIZE_BUDGET_BYTES)?);
    let english = sizes.first_visit_total().brotli;
    for lang in translated_pages() {
        let translated = measure(&dist.join(lang))?.first_visit_total().brotli;
        println!("{}", within_language_margin(lang, translated, english)?);
    }
    Ok(())
}

/// How much larger, in percent of the English first visit, a translated page's may be.
pub const LANGUAGE_MARGIN_PERCENT: u64 = 5;

/// The verdict on a translated page's first visit (`translated` bytes brotli) against the
/// English one's (`english`).
fn within_language_margin(lang: &str, translated: u64, english: u64) -> Outcome<String> {
    let limit = english + english * LANGUAGE_MARGIN_PERCENT / 100;
    let verdict = format!(
        "a first visit to {lang}/ transfers {} bytes brotli, {} of the English page's {} \
         (at most {} allowed, {LANGUAGE_MARGIN_PERCENT}% more)",
        grouped(translated),
        percent_of(translated, english),
        grouped(english),
        grouped(limit)
    );
    if translated <= limit {
        Ok(format!("ok: {verdict}"))
    } else {
        Err(Failure::new(verdict))
    }
}

/// `part` as a percentage of `whole`, with one decimal: "102.3%".
pub fn percent_of(part: u64, whole: u64) -> String {
    let tenths = (part * 1000).checked_div(whole).unwrap_or(0);
    format!("{}.{}%", tenths / 10, tenths % 10)
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

/// Each asset raw, gzip and brotli: the counted ones and their total, then the others, raw
/// only (compressing them would only slow the test down).
pub fn asset_table(sizes: &BuildSizes) -> Table {
    labelled_asset_table(sizes, "first visit (html+js+wasm+css)")
}

/// The same table for a widget's first load, totalled under its own label.
pub fn widget_asset_table(sizes: &BuildSizes) -> Table {
    labelled_asset_table(sizes, "widget first load (loader+glue+wasm+css)")
}

fn labelled_asset_table(sizes: &BuildSizes, total_label: &str) -> Table {
    let mut table = Table::new(&["asset", "raw", "gzip -9", "brotli -q 11"]);
    for asset in &sizes.first_visit {
        table.row(size_cells(&asset.name, asset.raw, asset.gzip, asset.brotli));
    }
    let total = sizes.first_visit_total();
    table.row(size_cells(total_label, total.raw, total.gzip, total.brotli));
    for row in &sizes.other {
        let label = match row.files {
            1 => format!("not counted: {}", row.name),
            files => format!("not counted: {} ({files} files)", row.name),
        };
        table.row([label, grouped(row.raw), "–".to_string(), "–".to_string()]);
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
    fn a_translated_page_may_be_at_most_five_percent_larger_than_the_english_one() {
        assert!(within_language_margin("es", 105_000, 100_000)
            .unwrap()
            .contains("105.0% of the English page's 100,000"));
        assert!(within_language_margin("de", 98_000, 100_000).is_ok());
        let over = within_language_margin("de", 105_001, 100_000).unwrap_err();
        assert!(over.to_string().contains("de/"), "{over}");
    }

    /// The shape of Trunk's output: a stylesheet link, a module preload, an inline module
    /// that imports the glue and fetches the wasm, a plain script.
    const BUILT_PAGE: &str = r#"<link rel="stylesheet" href="./style-3c4d.css"/>
        <script type="module">import init from './app-1a2b.js';
        await init({ module_or_path: './app-1a2b_bg.wasm' });</script>
        <script src="./offline.js" type="module"></script>
        <link rel="icon" href="./icon-35aa.svg"/><link rel="manifest" href="manifest.webmanifest">
        <script>navigator.serviceWorker.register("sw.js")</script>"#;

    #[test]
    fn a_first_visit_is_the_page_and_the_scripts_wasm_and_styles_it_names() {
        for counted in [
            "index.html",
            "style-3c4d.css",
            "app-1a2b.js",
            "app-1a2b_bg.wasm",
            "offline.js",
        ] {
            assert!(
                is_first_visit_asset(Path::new(counted), "index.html", BUILT_PAGE),
                "{counted}"
            );
        }
        for other in [
            "icon-35aa.svg",
            "manifest.webmanifest",
            "sw.js",
            "app.js",
            "1a2b.js",
            "widget-loader.js",
            "icons/icon-192.png",
            "widget/app-1a2b.js",
            "single-file.html",
        ] {
            assert!(
                !is_first_visit_asset(Path::new(other), "index.html", BUILT_PAGE),
                "{other}"
            );
        }
    }

    #[test]
    fn a_widget_load_is_the_loader_and_what_it_names() {
        let loader = "new URL('./estimator-clinic-1a2b.js', here); new URL('./estimator-clinic-1a2b_bg.wasm', here); new URL('./estimator-widget.css', here);";
        for counted in [
            WIDGET_LOADER,
            "estimator-clinic-1a2b.js",
            "estimator-clinic-1a2b_bg.wasm",
            "estimator-widget.css",
        ] {
            assert!(
                is_first_visit_asset(Path::new(counted), WIDGET_LOADER, loader),
                "{counted}"
            );
        }
        for other in ["index.html", "app-1a2b_bg.wasm", "style-3c4d.css"] {
            assert!(
                !is_first_visit_asset(Path::new(other), WIDGET_LOADER, loader),
                "{other}"
            );
        }
    }

    #[test]
    fn uncounted_files_in_a_folder_share_one_row() {
        let mut other = Vec::new();
        add_other_file(&mut other, Path::new("manifest.webmanifest"), 800);
        add_other_file(&mut other, Path::new("widget/app.wasm"), 1000);
        add_other_file(&mut other, Path::new("widget/deep/app.js"), 50);
        let rows: Vec<(&str, usize, u64)> = other
            .iter()
            .map(|row| (row.name.as_str(), row.files, row.raw))
            .collect();
        assert_eq!(
            rows,
            vec![("manifest.webmanifest", 1, 800), ("widget/", 2, 1050)]
        );
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
            other: vec![OtherFiles {
                name: "icon.svg".to_string(),
                files: 1,
                raw: 3000,
            }],
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
