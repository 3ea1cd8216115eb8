//! Minifying what the site ships, with `tools/minify-assets.mjs` (esbuild from npm). Trunk's
//! pre-build hook runs the same script for the page's stylesheet and scripts; this module runs
//! it for the files Trunk does not minify (the wasm-bindgen glue it writes) and for the files
//! `cargo xtask dist` writes itself (the widget's loader and stylesheet, the iframe page's).

use std::path::Path;

use base64::prelude::{Engine, BASE64_STANDARD};
use sha2::{Digest, Sha384};

use crate::failure::{Failure, Outcome};
use crate::site;
use crate::workspace::Workspace;

const SCRIPT: &str = "tools/minify-assets.mjs";

/// Minifies each of `files` in place.
pub fn in_place<P: AsRef<Path>>(workspace: &Workspace, files: &[P]) -> Outcome {
    run_script(workspace, &[], files)
}

/// Minifies a wasm-bindgen glue module in place, keeping every name: the single files inline
/// the glue and call its `__wbg_init`, `compileFirstViews`, `warmUp` and `startPage` by name (see
/// `site::inline_loader`).
/// Renaming them too would save about 500 bytes more of brotli.
pub fn glue_in_place(workspace: &Workspace, glue: &Path) -> Outcome {
    run_script(workspace, &["--keep-identifiers"], &[glue])
}

fn run_script<P: AsRef<Path>>(workspace: &Workspace, options: &[&str], files: &[P]) -> Outcome {
    let names: Vec<String> = files
        .iter()
        .map(|file| file.as_ref().to_string_lossy().into_owned())
        .collect();
    let mut arguments = vec![SCRIPT];
    arguments.extend(options);
    arguments.extend(names.iter().map(String::as_str));
    workspace.run("node", &arguments)
}

/// Minifies the wasm-bindgen glue of the page Trunk built in `folder` (about 1.2 KB of brotli
/// on a first visit: 6,304 to 5,128 bytes for the English page) and, where the page names the
/// glue with an `integrity` (Trunk's `modulepreload` link does), puts the minified glue's hash
/// in it. The glue keeps its name: minifying is deterministic, so the name still changes only
/// with what the build puts in it.
pub fn page_glue(workspace: &Workspace, folder: &Path) -> Outcome {
    let index_path = folder.join("index.html");
    let index = site::read_text(&index_path)?;
    let (glue, _) = site::page_loader_files(&index)?;
    let glue_path = folder.join(&glue);
    let before = integrity(&site::read(&glue_path)?);
    glue_in_place(workspace, &glue_path)?;
    let after = integrity(&site::read(&glue_path)?);
    let updated = replace_integrity(&index, &glue, &before, &after).ok_or_else(|| {
        Failure::new(format!(
            "{} names {glue} with an integrity other than its hash ({before}), which the \
             minified glue's cannot replace",
            index_path.display()
        ))
    })?;
    site::write(&index_path, updated.as_bytes())
}

/// The Subresource Integrity value of `bytes`, as Trunk writes it.
fn integrity(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64_STANDARD.encode(Sha384::digest(bytes)))
}

/// `index` with the `integrity="before"` of every tag naming `glue` made `integrity="after"`;
/// `None` when a tag names `glue` with another integrity, which would then refuse the glue.
fn replace_integrity(index: &str, glue: &str, before: &str, after: &str) -> Option<String> {
    let old = format!("integrity=\"{before}\"");
    let new = format!("integrity=\"{after}\"");
    let mut out = String::with_capacity(index.len());
    for piece in index.split_inclusive('>') {
        let tag = piece.rfind('<').map_or("", |start| &piece[start..]);
        if tag.contains(glue) && tag.contains("integrity=") {
            if !tag.contains(&old) {
                return None;
            }
            out.push_str(&piece.replace(&old, &new));
        } else {
            out.push_str(piece);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_integrity_is_trunks_sha384_in_base64() {
        // The SHA-384 of "abc" (FIPS 180-2, appendix D.1), in base64, as `openssl dgst -sha384
        // -binary | base64` prints it.
        assert_eq!(
            integrity(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    #[test]
    fn only_the_glues_integrity_changes() {
        let index = r#"<link rel="stylesheet" href="./a.css" integrity="sha384-old"/><link rel="modulepreload" href="./g.js" integrity="sha384-old"><script type="module">import init from './g.js';</script>"#;
        assert_eq!(
            replace_integrity(index, "g.js", "sha384-old", "sha384-new").as_deref(),
            Some(
                r#"<link rel="stylesheet" href="./a.css" integrity="sha384-old"/><link rel="modulepreload" href="./g.js" integrity="sha384-new"><script type="module">import init from './g.js';</script>"#
            )
        );
        // A page that names the glue with no integrity (no preload) needs no change.
        let unpreloaded = "<script type=\"module\">import init from './g.js';</script>";
        assert_eq!(
            replace_integrity(unpreloaded, "g.js", "sha384-old", "sha384-new").as_deref(),
            Some(unpreloaded)
        );
        // An integrity that is not the glue's hash would refuse the minified glue.
        assert_eq!(
            replace_integrity(index, "g.js", "sha384-other", "sha384-new"),
            None
        );
    }
}
