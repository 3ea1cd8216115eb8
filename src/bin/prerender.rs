//! Renders the page to HTML at build time and writes it into the built `index.html`, so the
//! explanations, the controls and the default estimate are on screen before the wasm arrives.
//! The browser then hydrates this HTML instead of rendering from scratch.
//!
//! Usage: `prerender [--lang CODE] [--manifest PATH] [index.html]`. Without a path, inside a
//! Trunk hook, it rewrites `$TRUNK_STAGING_DIR/index.html`. `--lang` (default `en`) is the
//! language of the page: its own words, the calculator and the explanations. `--manifest`
//! also rewrites that web app manifest in the language. With `ESTIMATOR_SITE_URL` set to the
//! site's absolute address, the page also gets its canonical and `hreflang` links.

use exosome_estimator::prerender::{localize_manifest, render_page, SiteAddress};
use exosome_estimator::Lang;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What the command line asks for.
struct Arguments {
    lang: Lang,
    site: Option<SiteAddress>,
    page: PathBuf,
    manifest: Option<PathBuf>,
}

/// Inside a Trunk hook, the build names the page's language here (`cargo xtask dist` builds
/// `/es/` and `/de/` with it); `--lang` wins over it.
const PAGE_LANG_VARIABLE: &str = "ESTIMATOR_PAGE_LANG";

/// The address the site will be published at, if the builder gives it (`https://…/`): the
/// page's canonical and `hreflang` links need it, since only absolute ones are valid.
const SITE_URL_VARIABLE: &str = "ESTIMATOR_SITE_URL";

fn language(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| {
        let built: Vec<&str> = Lang::BUILT.iter().map(|lang| lang.code()).collect();
        format!("no language {code:?}; built: {}", built.join(", "))
    })
}

fn arguments() -> Result<Arguments, String> {
    let mut lang = match std::env::var(PAGE_LANG_VARIABLE) {
        Ok(code) => language(&code)?,
        Err(_) => Lang::default(),
    };
    let site = match std::env::var(SITE_URL_VARIABLE) {
        Ok(text) if !text.trim().is_empty() => Some(
            SiteAddress::parse(&text)
                .map_err(|message| format!("{SITE_URL_VARIABLE}: {message}"))?,
        ),
        _ => None,
    };
    let mut page = None;
    let mut manifest = None;
    let mut arguments = std::env::args_os().skip(1);
    while let Some(argument) = arguments.next() {
        match argument.to_str() {
            Some("--lang") => {
                let code = arguments.next().ok_or("--lang needs a language code")?;
                lang = language(&code.to_string_lossy())?;
            }
            Some("--manifest") => {
                manifest = Some(PathBuf::from(
                    arguments.next().ok_or("--manifest needs a path")?,
                ));
            }
            _ if page.is_none() => page = Some(PathBuf::from(argument)),
            _ => return Err(format!("unexpected argument {argument:?}")),
        }
    }
    // Inside a Trunk hook, with no paths given, both the page and the manifest Trunk staged
    // are written in the language.
    let staging = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from);
    if page.is_none() && manifest.is_none() {
        manifest = staging
            .as_ref()
            .map(|dir| dir.join("manifest.webmanifest"))
            .filter(|path| path.is_file());
    }
    let page = page
        .or_else(|| staging.map(|dir| dir.join("index.html")))
        .ok_or("give the path of index.html, or run inside a Trunk hook")?;
    Ok(Arguments {
        lang,
        site,
        page,
        manifest,
    })
}

/// Reads `path`, rewrites it with `rewrite`, and writes it back; the error names the file.
fn rewrite(
    path: &Path,
    rewrite: impl FnOnce(&str) -> Result<String, String>,
) -> Result<usize, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let output = rewrite(&text).map_err(|message| format!("{}: {message}", path.display()))?;
    std::fs::write(path, &output)
        .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
    Ok(output.len())
}

fn main() -> ExitCode {
    let arguments = match arguments() {
        Ok(arguments) => arguments,
        Err(message) => {
            eprintln!("prerender: {message}");
            return ExitCode::from(2);
        }
    };
    let lang = arguments.lang;
    let written = rewrite(&arguments.page, |page| {
        render_page(page, lang, arguments.site.as_ref())
    })
    .and_then(|bytes| match &arguments.manifest {
        Some(manifest) => rewrite(manifest, |text| localize_manifest(text, lang)).map(|_| bytes),
        None => Ok(bytes),
    });
    match written {
        Ok(bytes) => {
            println!(
                "prerender: wrote {} in {} ({bytes} bytes)",
                arguments.page.display(),
                lang.own_name()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}
