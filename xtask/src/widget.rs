//! What `cargo xtask dist` writes for clinics: the embeddable widget (`exosome-estimator.js`,
//! its shadow-root stylesheet, the iframe page), the published price book with its JSON
//! Schema, the `widget/` folder that holds just those files, and the example host page.

use std::fs;
use std::path::{Path, PathBuf};

use crate::build::LoaderFiles;
use crate::failure::{Failure, Outcome};
use crate::minify;
use crate::site::{read_text, write};
use crate::workspace::{files_below, Workspace};

/// Files copied as they are from `widget/` in the repository: the iframe page, the parent
/// page's half of it, and the template of a clinic's price book.
const IFRAME_FILES: &[&str] = &[
    "embed.html",
    "embed.js",
    "embed.css",
    "embed-parent.js",
    "embed-parent.css",
    "clinic-price-book.template.json",
];

/// The TypeScript declarations of the loader's API, for clinics' editors; copied as it is.
const TYPES_FILE: &str = "exosome-estimator.d.ts";

/// The folder a clinic can copy whole.
const WIDGET_FOLDER: &str = "widget";

/// Writes the widget's files; `clinic` names the clinic build's glue and wasm, which the loader
/// starts (the page's own build has no widget code).
pub fn write_widget(workspace: &Workspace, dist: &Path, clinic: &LoaderFiles) -> Outcome {
    let (glue, wasm) = (&clinic.glue, &clinic.wasm);
    let loader = read_text(&workspace.path("widget/exosome-estimator.js"))?
        .replace("__GLUE__", glue)
        .replace("__WASM__", wasm);
    write(&dist.join("exosome-estimator.js"), loader.as_bytes())?;
    let page_css = read_text(&workspace.path("static/style.css"))?;
    write(
        &dist.join("estimator-widget.css"),
        shadow_stylesheet(&page_css).as_bytes(),
    )?;
    for file in IFRAME_FILES.iter().chain(&[TYPES_FILE]) {
        copy(&workspace.path(&format!("widget/{file}")), &dist.join(file))?;
    }
    minify_in_place(workspace, dist)?;
    copy(
        &workspace.path("crates/estimator-core/data/default-price-book.json"),
        &dist.join("price-book.json"),
    )?;
    copy(
        &workspace.path("crates/estimator-core/data/price-book.schema.json"),
        &dist.join("price-book.schema.json"),
    )?;
    let folder = dist.join(WIDGET_FOLDER);
    fs::create_dir_all(&folder)
        .map_err(|error| Failure::new(format!("cannot create {}: {error}", folder.display())))?;
    let widget_files = [
        "exosome-estimator.js",
        "estimator-widget.css",
        "price-book.json",
        "price-book.schema.json",
        glue.as_str(),
        wasm.as_str(),
    ];
    for file in widget_files.iter().chain(IFRAME_FILES).chain(&[TYPES_FILE]) {
        copy(&dist.join(file), &folder.join(file))?;
    }
    copy_folder(&workspace.path("examples"), &dist.join("examples"))?;
    println!(
        "widget: dist/exosome-estimator.js, dist/{WIDGET_FOLDER}/, dist/embed.html, dist/examples/"
    );
    Ok(())
}

/// The widget's scripts and stylesheets as a clinic's page loads them, minified in place
/// (on a clinic's page the widget's first load is about 4 KB of brotli lighter: the loader
/// 4,034 to 2,049 bytes, the stylesheet 7,973 to 5,656). The readable sources stay in `widget/`
/// and `static/`.
const MINIFIED: &[&str] = &[
    "exosome-estimator.js",
    "estimator-widget.css",
    "embed.js",
    "embed.css",
    "embed-parent.js",
    "embed-parent.css",
];

fn minify_in_place(workspace: &Workspace, dist: &Path) -> Outcome {
    let files: Vec<PathBuf> = MINIFIED.iter().map(|file| dist.join(file)).collect();
    minify::in_place(workspace, &files)
}

/// The page stylesheet, adapted to a shadow root:
/// - custom properties and defaults move from `:root` to `:host`, and the page's `body`
///   rules to the widget's root element;
/// - `rem` becomes pixels at the widget's own 16px root size (`1.5rem` is `24px`), because
///   `rem` follows the host page's root font size, which a host rule such as
///   `html { font-size: 40px }` would change. (Not `em`: an element with a font size of its
///   own, such as the stepper's buttons, would then grow past the grid track sized for it.)
/// - `:host` resets every inherited property with `!important`. Between two `!important`
///   declarations the shadow tree's wins over the host page's, so no host rule can change
///   how the widget looks;
/// - for the same reason every custom property (all named `--exo-…`) is declared
///   `!important`: a host rule such as `* { --exo-text: transparent }` matches the widget's
///   host element, and would otherwise win over `:host` and reach every element inside. A
///   clinic's theme is set inline on the widget's root, inside the shadow tree, where the host
///   cannot reach, so it still applies.
pub fn shadow_stylesheet(page_css: &str) -> String {
    let adapted = replace_rem_with_px(&page_css.replace(":root", ":host"))
        .replace("\nbody {", "\n.widget-root {")
        .replace("\n  body {", "\n  .widget-root {");
    format!(
        "{SHADOW_HOST_RESET}\n{}",
        custom_properties_important(&adapted)
    )
}

/// Adds `!important` to each custom-property declaration (a line `--name: value;`).
fn custom_properties_important(css: &str) -> String {
    let mut out = String::with_capacity(css.len() + 1024);
    for line in css.split_inclusive('\n') {
        let body = line.trim_end();
        let is_declaration = body.trim_start().starts_with("--") && body.ends_with(';');
        if is_declaration && !body.contains("!important") {
            out.push_str(&body[..body.len() - 1]);
            out.push_str(" !important;");
            out.push_str(&line[body.len()..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

const SHADOW_HOST_RESET: &str =
    "/* Written by `cargo xtask dist` from static/style.css for the widget's shadow root. */
:host {
  all: initial !important;
  display: block !important;
  contain: content;
  font-size: 16px !important;
  line-height: 1.55 !important;
  text-align: start !important;
}

:host([hidden]) {
  display: none !important;
}

/* While the loader starts the estimator (the element is aria-busy), its box keeps a window's
   height: the reset above would otherwise undo the room the host page reserves for it, and
   the host's content below would be drawn there, then pushed down once the estimator shows. */
:host([aria-busy=\"true\"]) {
  min-height: 100vh !important;
}
";

/// The widget's root font size, fixed on `:host`, which stands in for the page's `rem`.
const WIDGET_ROOT_PX: f64 = 16.0;

/// Replaces each length in `rem` (`1.5rem`, `.5rem`) with the same length in pixels at
/// [`WIDGET_ROOT_PX`], leaving words that merely contain "rem" alone.
fn replace_rem_with_px(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let bytes = css.as_bytes();
    let mut index = 0;
    while index < bytes.len() {
        let after_number =
            index > 0 && (bytes[index - 1].is_ascii_digit() || bytes[index - 1] == b'.');
        let unit_ends = bytes
            .get(index + 3)
            .is_none_or(|next| !next.is_ascii_alphanumeric());
        if after_number && css[index..].starts_with("rem") && unit_ends {
            let number_start = out
                .rfind(|c: char| !(c.is_ascii_digit() || c == '.'))
                .map_or(0, |at| at + 1);
            let number: f64 = out[number_start..].parse().unwrap_or(0.0);
            out.truncate(number_start);
            let pixels = format!("{:.3}", number * WIDGET_ROOT_PX);
            out.push_str(pixels.trim_end_matches('0').trim_end_matches('.'));
            out.push_str("px");
            index += 3;
        } else {
            let character = css[index..].chars().next().unwrap_or(' ');
            out.push(character);
            index += character.len_utf8();
        }
    }
    out
}

/// Copies every file below `from` to the same place below `to`, creating folders as needed.
fn copy_folder(from: &Path, to: &Path) -> Outcome {
    for relative in files_below(from)? {
        let target = to.join(&relative);
        if let Some(folder) = target.parent() {
            fs::create_dir_all(folder).map_err(|error| {
                Failure::new(format!("cannot create {}: {error}", folder.display()))
            })?;
        }
        copy(&from.join(&relative), &target)?;
    }
    Ok(())
}

fn copy(from: &Path, to: &Path) -> Outcome {
    fs::copy(from, to).map(|_| ()).map_err(|error| {
        Failure::new(format!(
            "cannot copy {} to {}: {error}",
            from.display(),
            to.display()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rem_becomes_pixels_only_as_a_unit() {
        assert_eq!(
            replace_rem_with_px("margin: 1.5rem .5rem 0; /* remember */ grid: 2rem 0.45rem;"),
            "margin: 24px 8px 0; /* remember */ grid: 32px 7.2px;"
        );
        assert_eq!(replace_rem_with_px("width: 10remx"), "width: 10remx");
    }

    #[test]
    fn the_shadow_stylesheet_scopes_the_page_rules_to_the_widget() {
        let css = ":root {\n  --exo-accent: #000;\n  --exo-font: a, b;\n  --exo-x: 1 !important;\n}\n\nbody {\n  margin: 0;\n}\n\n@media print {\n  body {\n    color: #000;\n  }\n}\n";
        let shadow = shadow_stylesheet(css);
        assert!(shadow.starts_with("/* Written by"));
        assert!(shadow.contains(":host {\n  --exo-accent: #000 !important;\n  --exo-font: a, b !important;\n  --exo-x: 1 !important;\n}"));
        assert!(shadow.contains("\n.widget-root {\n  margin: 0;"));
        assert!(shadow.contains("\n  .widget-root {\n    color: #000;"));
        assert!(!shadow.contains(":root"));
        assert!(!shadow.contains("body"));
    }
}
