//! What `cargo xtask dist` adds to Trunk's output: the service worker that keeps the hosted
//! copy working offline, and the single self-contained HTML file that works from `file://`.

use std::fs;
use std::path::{Path, PathBuf};

use base64::prelude::{Engine, BASE64_STANDARD};
use sha2::{Digest, Sha256};

use crate::build::{translated_pages, CLINIC_BUILD_PREFIX};
use crate::failure::{Failure, Outcome};
use crate::workspace::files_below;
use estimator_core::Lang;

/// The single file's name in `dist/`.
pub const SINGLE_FILE: &str = "exosome-estimator.html";

/// The single file of the page in `lang` (`None`: the English one at the root).
pub fn single_file_name(lang: Option<&str>) -> String {
    match lang {
        None => SINGLE_FILE.to_owned(),
        Some(lang) => format!("exosome-estimator-{lang}.html"),
    }
}

/// Files in `dist/` that the service worker does not precache: itself, the headers file, and
/// the single files (downloads, not part of the hosted app).
const NOT_PRECACHED: &[&str] = &["sw.js", "_headers"];

/// Single files are named `exosome-estimator….html`.
fn is_single_file(file: &str) -> bool {
    file.starts_with("exosome-estimator") && file.ends_with(".html")
}

/// Folders in `dist/` that are for clinics, not part of the hosted app: not precached.
const NOT_PRECACHED_FOLDERS: &[&str] = &["widget/", "examples/"];

/// Writes the worker of one page: `dist/sw.js` for the English page at the root, or
/// `dist/<lang>/sw.js` for a translated one, versioned by the contents of every file it
/// precaches, so any change to the build makes a new cache and retires the old one. Each
/// worker's scope is its page's folder and its caches carry the page's language in their name,
/// so the root's worker never answers for (or deletes the caches of) the `/es/` page.
pub fn write_service_worker(dist: &Path, lang: Option<&str>) -> Outcome {
    let folder = match lang {
        None => dist.to_path_buf(),
        Some(lang) => dist.join(lang),
    };
    let mut files = relative_files(&folder)?;
    files.retain(|file| {
        !NOT_PRECACHED.contains(&file.as_str())
            // The translated pages have workers of their own.
            && !translated_pages().any(|lang| file.starts_with(&format!("{lang}/")))
            && !is_single_file(file)
            // The widget's own build is for clinics' pages, not part of the hosted app.
            && !file.starts_with(CLINIC_BUILD_PREFIX)
            && !NOT_PRECACHED_FOLDERS
                .iter()
                .any(|folder| file.starts_with(folder))
    });
    let mut hasher = Sha256::new();
    for file in &files {
        hasher.update(file.as_bytes());
        hasher.update(read(&folder.join(file))?);
    }
    let version = short_hex(&hasher.finalize());
    let mut list = String::new();
    for address in precached_addresses(&files) {
        list.push_str(&format!("  './{address}',\n"));
    }
    let worker = SERVICE_WORKER_TEMPLATE
        .replace("__PAGE__", lang.unwrap_or("en"))
        .replace("__VERSION__", &version)
        .replace("__FILES__", list.trim_end());
    write(&folder.join("sw.js"), worker.as_bytes())?;
    println!(
        "service worker: dist/{}sw.js precaches {} files, version {version}",
        lang.map(|lang| format!("{lang}/")).unwrap_or_default(),
        files.len()
    );
    Ok(())
}

/// The first 8 bytes of a digest in hex: a name that changes with the content, for the service
/// worker's cache and the clinic build's file names. They need a name that differs between
/// builds, not a proof against forgery, so 16 hex digits are plenty.
pub fn short_hex(digest: &[u8]) -> String {
    digest
        .iter()
        .take(8)
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The addresses the worker precaches and answers for: every file, and for each page
/// (`index.html`, `es/index.html`) also the folder address (``, `es/`) a person types.
fn precached_addresses(files: &[String]) -> Vec<String> {
    let mut addresses = Vec::with_capacity(files.len() + 1);
    for file in files {
        if let Some(folder) = file.strip_suffix("index.html") {
            if folder.is_empty() || folder.ends_with('/') {
                addresses.push(folder.to_owned());
            }
        }
        addresses.push(file.clone());
    }
    addresses
}

const SERVICE_WORKER_TEMPLATE: &str = r#"// Written by `cargo xtask dist`: precaches this build's files so the estimator opens and works
// with no network after one visit. A new build has a new VERSION, so the browser installs it
// beside the old one; the page offers the update and this worker takes over only when asked.

// Each page (the English one at the root, `es/`, `de/`) has its own worker and caches, named
// by its language, so one page's worker never deletes another's cache.
const PREFIX = 'exosome-estimator-__PAGE__-';
const VERSION = PREFIX + '__VERSION__';
// Caches of the builds before there was one worker per language: `exosome-estimator-` and 16
// hex digits. The root's worker retires them.
const EARLIER = /^exosome-estimator-[0-9a-f]{16}$/;
const FILES = [
__FILES__
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter(
              (key) =>
                (key.startsWith(PREFIX) && key !== VERSION) ||
                ('__PAGE__' === 'en' && EARLIER.test(key)),
            )
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// The addresses this build owns, as paths. The worker answers for these and nothing else: a
// clinic's own page beside the estimator (`book/`, `contact.html`), the widget and example
// files, the single files and any mistyped address go to the network untouched, exactly as if
// no worker were installed, so they keep their own content and their own status (a 404 stays
// a 404).
const OWNED = new Set(FILES.map((file) => new URL(file, self.registration.scope).pathname));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !OWNED.has(url.pathname)) return;
  // An owned address is answered from this build's cache, so the estimator opens with no
  // network; the network serves it only if the cache has lost it.
  event.respondWith(
    caches
      .open(VERSION)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((cached) => cached ?? fetch(request)),
  );
});
"#;

/// The policy every hosted page gets. `'wasm-unsafe-eval'` lets the page compile its wasm;
/// nothing else may run but the site's own files and the inline scripts hashed below; no
/// styles but the site's stylesheet (so no `style` attributes either); no plugins, no `<base>`,
/// no form submissions, no framing.
const HOSTED_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'__SCRIPT_HASHES__; \
     style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// The single file has no origin to trust (it may be opened from `file://`), so it allows only
/// its own inline script and style, by hash, and its data-URL icon.
const SINGLE_FILE_POLICY: &str = "default-src 'none'; script-src 'wasm-unsafe-eval'__SCRIPT_HASHES__; \
     style-src__STYLE_HASHES__; img-src data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/// Writes `dist/_headers` (the format Netlify and Cloudflare Pages read, and the test server
/// too): every file of the build gets a rule of its own, naming its exact path, and no rule
/// has a wildcard. Hosts differ in what they do when several rules match one path (some join
/// the headers, some let the later rule win), so exactly one rule matches each path here and
/// both readings give the same headers.
///
/// Each HTML file gets the policy its kind needs, with the SHA-256 hashes of its own inline
/// scripts and styles, computed from the built file:
/// - the hosted pages: the site's own files only, never framed;
/// - the single files: only their own inline code (the same policy as their `<meta>` tag);
/// - `embed.html`: like the hosted pages, but framable by clinics' sites.
pub fn write_security_headers(dist: &Path) -> Outcome {
    let mut headers = String::from(HEADERS_PREAMBLE);
    for file in relative_files(dist)? {
        if file == "_headers" {
            continue;
        }
        let policy = if file.ends_with(".html") {
            Some(page_policy(&file, &read_text(&dist.join(&file))?))
        } else {
            None
        };
        let mut paths = vec![format!("/{file}")];
        if let Some(folder) = file.strip_suffix("index.html") {
            if folder.is_empty() || folder.ends_with('/') {
                paths.insert(0, format!("/{folder}"));
            }
        }
        for path in paths {
            headers.push_str(&format!("{path}\n{COMMON_HEADERS}"));
            if let Some(policy) = &policy {
                headers.push_str(&format!("  Content-Security-Policy: {policy}\n"));
            }
            headers.push('\n');
        }
    }
    write(&dist.join("_headers"), headers.as_bytes())?;
    println!("security headers: dist/_headers");
    Ok(())
}

const HEADERS_PREAMBLE: &str =
    "# Written by `cargo xtask dist`. One rule per file, each naming its exact path and none \
with a wildcard, so that the headers are the same whether a host joins matching rules or lets \
the last one win.\n# Paths are from the site's root: when the estimator is served from a \
sub-path such as /tools/estimator/, put that prefix in front of each path.\n\n";

const COMMON_HEADERS: &str = "  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n";

/// The Content-Security-Policy for one HTML file of the build, by its kind.
fn page_policy(file: &str, page: &str) -> String {
    let scripts = hash_sources(&inline_bodies(page, "script"));
    let file_name = file.rsplit('/').next().unwrap_or(file);
    if is_single_file(file_name) {
        let styles = hash_sources(&inline_bodies(page, "style"));
        format!(
            "{}; frame-ancestors 'none'",
            SINGLE_FILE_POLICY
                .replace("__SCRIPT_HASHES__", &scripts)
                .replace("__STYLE_HASHES__", &styles)
        )
    } else if file_name == "embed.html" {
        // The iframe page must be framable by clinics' sites.
        HOSTED_POLICY
            .replace("__SCRIPT_HASHES__", &scripts)
            .replace("frame-ancestors 'none'", "frame-ancestors *")
    } else {
        HOSTED_POLICY.replace("__SCRIPT_HASHES__", &scripts)
    }
}

/// `'sha256-…'` for each body, each preceded by a space.
fn hash_sources(bodies: &[&str]) -> String {
    bodies
        .iter()
        .map(|body| format!(" 'sha256-{}'", BASE64_STANDARD.encode(Sha256::digest(body))))
        .collect()
}

/// The bodies of the inline `<script>` (without `src`) or `<style>` elements of a page.
fn inline_bodies<'a>(page: &'a str, element: &str) -> Vec<&'a str> {
    let open = format!("<{element}");
    let close = format!("</{element}>");
    let mut bodies = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let Some(tag_end) = rest[start..].find('>').map(|end| start + end + 1) else {
            break;
        };
        let tag = &rest[start..tag_end];
        let Some(body_end) = rest[tag_end..].find(&close).map(|end| tag_end + end) else {
            break;
        };
        // Data blocks (a clinic's JSON configuration) never run, so they need no hash.
        let is_data = attribute(tag, "type").is_some_and(|kind| kind.contains("json"));
        if attribute(tag, "src").is_none() && !is_data {
            bodies.push(&rest[tag_end..body_end]);
        }
        rest = &rest[body_end + close.len()..];
    }
    bodies
}

/// Puts the single file's policy, with the hashes of its final inline code, first in `<head>`.
fn with_single_file_policy(page: &str) -> Outcome<String> {
    // `frame-ancestors` is ignored in a `<meta>` policy; the header adds it.
    let policy = SINGLE_FILE_POLICY
        .replace(
            "__SCRIPT_HASHES__",
            &hash_sources(&inline_bodies(page, "script")),
        )
        .replace(
            "__STYLE_HASHES__",
            &hash_sources(&inline_bodies(page, "style")),
        );
    let head = page
        .find("<head>")
        .map(|at| at + "<head>".len())
        .ok_or_else(|| Failure::new("index.html has no <head>"))?;
    Ok(format!(
        "{}\n<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">{}",
        &page[..head],
        &page[head..]
    ))
}

/// Writes `dist/exosome-estimator.html`: the built page with its stylesheet, its JavaScript
/// glue and its wasm (as base64) inlined, so it works when opened from `file://`, where
/// Chromium blocks module imports and fetches.
///
/// `lang` names a translated page (`dist/es/index.html` and its files), whose single file is
/// `dist/exosome-estimator-es.html`.
pub fn write_single_file(dist: &Path, lang: Option<&str>) -> Outcome {
    let folder = match lang {
        None => dist.to_path_buf(),
        Some(lang) => dist.join(lang),
    };
    let index = read_text(&folder.join("index.html"))?;
    let page = single_file_page(&folder, &index)?;
    let name = single_file_name(lang);
    write(&dist.join(&name), page.as_bytes())?;
    println!("single file: dist/{name}, {} bytes", page.len());
    Ok(())
}

/// A built page (`index`) made self-contained from the files of `dist`, with its policy.
pub fn single_file_page(dist: &Path, index: &str) -> Outcome<String> {
    with_single_file_policy(&inline_page(index, |name| read(&dist.join(name)))?)
}

/// The single file of the page in `folder` with the clinic build's loader files (`clinic`, in
/// `dist`) in place of the page's: the base of a clinic's single file.
pub fn clinic_single_file_page(
    dist: &Path,
    folder: &Path,
    clinic_glue: &str,
    clinic_wasm: &str,
) -> Outcome<String> {
    let index = read_text(&folder.join("index.html"))?;
    let (page_glue, page_wasm) = page_loader_files(&index)?;
    let clinic_index = index
        .replace(&page_glue, clinic_glue)
        .replace(&page_wasm, clinic_wasm);
    let load = |name: &str| {
        // The clinic build is written once, at the root; a translated page's own files are in
        // its folder.
        if name == clinic_glue || name == clinic_wasm {
            read(&dist.join(name))
        } else {
            read(&folder.join(name))
        }
    };
    with_single_file_policy(&inline_page(&clinic_index, load)?)
}

/// Writes a clinic's own single file, `exosome-estimator-<name>.html` in `folder`: the single
/// file made with the clinic build in the configuration's language (`base` of its language: the
/// page around the estimator, its explanations and `<html lang>`, then speak as the widget
/// does), with the clinic's configuration inside, for a tablet in the waiting room. The
/// configuration is checked first; a bad one fails the build with every problem listed.
pub fn write_clinic_single_file(
    base: impl Fn(Lang) -> PathBuf,
    config: &Path,
    folder: &Path,
) -> Outcome<PathBuf> {
    let text = read_text(config)?;
    let language = match estimator_core::clinic_config::ClinicConfig::from_json(&text) {
        Err(problems) => {
            let lines: Vec<String> = problems
                .iter()
                .map(|problem| format!("  {problem}"))
                .collect();
            return Err(Failure::new(format!(
                "{} cannot be used:\n{}",
                config.display(),
                lines.join("\n")
            )));
        }
        Ok(valid) => {
            for warning in valid.warnings() {
                println!("warning: {}: {warning}", config.display());
            }
            valid.language()
        }
    };
    let page = without_early_answers(&read_text(&base(language))?);
    let embedded = json_for_html(text.trim());
    let body = page
        .find("<body>")
        .map(|at| at + "<body>".len())
        .ok_or_else(|| Failure::new("the single file has no <body>"))?;
    let with_config = format!(
        "{}\n<script type=\"application/json\" id=\"estimator-config\">{embedded}</script>{}",
        &page[..body],
        &page[body..]
    );
    let stem = config
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "clinic".to_owned());
    let safe_stem: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let output = folder.join(format!("exosome-estimator-{safe_stem}.html"));
    write(&output, with_config.as_bytes())?;
    println!(
        "clinic single file: {} ({} bytes), configured by {}",
        output.display(),
        with_config.len(),
        config.display()
    );
    Ok(output)
}

/// `page` without its early answers (`estimator_core::early_answers`): they are the published
/// book's, and a clinic's estimator shows the clinic's prices, so a clinic's single file
/// answers nothing before its estimator runs.
fn without_early_answers(page: &str) -> String {
    let open = format!(
        "<script type=\"application/json\" id=\"{}\">",
        estimator_core::early_answers::ELEMENT_ID
    );
    let Some(from) = page.find(&open) else {
        return page.to_owned();
    };
    match page[from..].find("</script>") {
        Some(length) => format!(
            "{}{}",
            &page[..from],
            &page[from + length + "</script>".len()..]
        ),
        None => page.to_owned(),
    }
}

/// JSON made safe to sit inside a `<script>` element of an HTML page. In a script element the
/// HTML parser looks for `</script` and, after `<!--`, for `<script` too (which then hides
/// the real end tag, so a clinic name such as `Hanbit <!--<script>` would swallow the rest of
/// the page). Every `<`, `>` and `&` is written as its `\u` escape, which means the same in
/// JSON and none of which the parser reads as markup. In valid JSON these characters can only
/// appear inside strings, where the escape is allowed.
pub fn json_for_html(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            other => out.push(other),
        }
    }
    out
}

/// Turns Trunk's `index.html` into a self-contained page, reading referenced files through
/// `load`. Fails, naming what it could not find, rather than writing a page that half works.
fn inline_page(index: &str, load: impl Fn(&str) -> Outcome<Vec<u8>>) -> Outcome<String> {
    let mut page = String::with_capacity(index.len());
    let mut found_loader = false;
    let mut rest = index;
    while let Some(start) = rest.find('<') {
        page.push_str(&rest[..start]);
        let tag_end = rest[start..]
            .find('>')
            .map(|end| start + end + 1)
            .ok_or_else(|| Failure::new("index.html ends inside a tag"))?;
        let tag = &rest[start..tag_end];
        rest = &rest[tag_end..];
        if tag.starts_with("<link") {
            match attribute(tag, "rel").as_deref() {
                Some("stylesheet") => {
                    let href = required_attribute(tag, "href")?;
                    let css = String::from_utf8(load(strip_dot(&href))?)
                        .map_err(|_| Failure::new(format!("{href} is not UTF-8")))?;
                    page.push_str("<style>");
                    page.push_str(&css);
                    page.push_str("</style>");
                }
                Some("icon") => {
                    let href = required_attribute(tag, "href")?;
                    let svg = load(strip_dot(&href))?;
                    page.push_str(&format!(
                        "<link rel=\"icon\" href=\"data:image/svg+xml;base64,{}\">",
                        BASE64_STANDARD.encode(svg)
                    ));
                }
                // Preloads, the manifest and touch icons point at files a single file does
                // not have; without them nothing is requested.
                _ => {}
            }
        } else if let (true, Some(src)) = (tag.starts_with("<script"), attribute(tag, "src")) {
            let close = rest
                .find("</script>")
                .ok_or_else(|| Failure::new("a <script> in index.html is not closed"))?;
            rest = &rest[close + "</script>".len()..];
            match external_script(&src)? {
                // The service worker's registration needs a server; it goes, with its closing
                // tag.
                ExternalScript::ServiceWorkerRegistration => {}
                // The page's own script (early changes kept, folds opened for a link, printing)
                // works from `file://` too, so it is pasted in as a module.
                ExternalScript::Page => {
                    let code = String::from_utf8(load(strip_dot(&src))?)
                        .map_err(|_| Failure::new(format!("{src} is not UTF-8")))?;
                    if code.contains("</script") {
                        return Err(Failure::new(format!(
                            "{src} holds \"</script\", which would end it early when pasted into the page"
                        )));
                    }
                    page.push_str("<script type=\"module\">");
                    page.push_str(&code);
                    page.push_str("</script>");
                }
            }
        } else if tag.starts_with("<script") && tag.contains("type=\"module\"") {
            let close = rest
                .find("</script>")
                .ok_or_else(|| Failure::new("a <script> in index.html is not closed"))?;
            let body = &rest[..close];
            rest = &rest[close + "</script>".len()..];
            let (js, wasm) = trunk_loader_files(body)?;
            found_loader = true;
            page.push_str(&inline_loader(&js, &wasm, &load)?);
        } else {
            page.push_str(tag);
        }
    }
    page.push_str(rest);
    if !found_loader {
        return Err(Failure::new(
            "index.html has no Trunk loader script (import init … from './….js')",
        ));
    }
    Ok(page)
}

/// The glue and wasm file names in a built page: those of the Trunk loader script in it.
pub fn page_loader_files(index: &str) -> Outcome<(String, String)> {
    let start = index.find("import init").ok_or_else(|| {
        Failure::new("index.html has no Trunk loader script (import init … from './….js')")
    })?;
    trunk_loader_files(&index[start..])
}

/// The glue and wasm file names in Trunk's loader: `import init, … from './x.js'` and
/// `module_or_path: './x_bg.wasm'`.
fn trunk_loader_files(script: &str) -> Outcome<(String, String)> {
    let quoted_after = |marker: &str| {
        let at = script.find(marker)? + marker.len();
        let rest = &script[at..];
        let open = rest.find(['\'', '"'])?;
        let quote = rest[open..].chars().next()?;
        let inner = &rest[open + 1..];
        let close = inner.find(quote)?;
        Some(strip_dot(&inner[..close]).to_owned())
    };
    let js = quoted_after(" from ");
    let wasm = quoted_after("module_or_path");
    match (js, wasm) {
        (Some(js), Some(wasm)) => Ok((js, wasm)),
        _ => Err(Failure::new(
            "Trunk's loader script no longer has the shape this build step reads \
             (import init … from './….js' and module_or_path: './…_bg.wasm')",
        )),
    }
}

/// The scripts `index.html` names by address, and what the single file does with each.
enum ExternalScript {
    /// `static/page.js`: pasted in.
    Page,
    /// `static/offline.js`: left out, since a file has no service worker.
    ServiceWorkerRegistration,
}

/// Which of the page's scripts `src` names (Trunk's hashed name, `./page-1a2b….js`). Any other
/// is an error, so that a script added to `index.html` is never dropped from the single file
/// unnoticed.
fn external_script(src: &str) -> Outcome<ExternalScript> {
    let name = strip_dot(src);
    let is = |stem: &str| {
        name == format!("{stem}.js")
            || name
                .strip_prefix(&format!("{stem}-"))
                .and_then(|rest| rest.strip_suffix(".js"))
                .is_some_and(|hash| hash.chars().all(|c| c.is_ascii_hexdigit()))
    };
    if is("page") {
        Ok(ExternalScript::Page)
    } else if is("offline") {
        Ok(ExternalScript::ServiceWorkerRegistration)
    } else {
        Err(Failure::new(format!(
            "index.html names the script {src}, which the single file neither pastes in nor \
             leaves out: say which in xtask/src/site.rs (external_script)"
        )))
    }
}

/// The glue module pasted unchanged, then the wasm handed to its initialiser as bytes.
/// Asynchronous initialisation, because Chromium limits synchronous compiles on the main
/// thread; `__wbg_init` is the name wasm-bindgen's `--target web` glue gives it. Then it hands
/// the page's script the two entry points and tells it the wasm is ready, as Trunk's loader
/// does on the hosted page, so the page's script starts the page the same way in both.
fn inline_loader(
    js: &str,
    wasm: &str,
    load: &impl Fn(&str) -> Outcome<Vec<u8>>,
) -> Outcome<String> {
    let glue =
        String::from_utf8(load(js)?).map_err(|_| Failure::new(format!("{js} is not UTF-8")))?;
    if !glue.contains("__wbg_init") {
        return Err(Failure::new(format!(
            "{js} has no __wbg_init: the wasm-bindgen glue changed shape"
        )));
    }
    let bytes = load(wasm)?;
    Ok(format!(
        "<script type=\"module\">\n{glue}\nconst wasmBytes = Uint8Array.from(atob(\"{}\"), (c) => c.charCodeAt(0));\nawait __wbg_init({{ module_or_path: wasmBytes }});\nwindow.wasmBindings = {{ compileFirstViews, warmUp, startPage }};\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\"));\n</script>",
        BASE64_STANDARD.encode(bytes)
    ))
}

/// The value of `name="…"` in a tag, if present.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let marker = format!(" {name}=\"");
    let start = tag.find(&marker)? + marker.len();
    let end = tag[start..].find('"')?;
    Some(tag[start..start + end].to_owned())
}

fn required_attribute(tag: &str, name: &str) -> Outcome<String> {
    attribute(tag, name).ok_or_else(|| Failure::new(format!("{tag} has no {name}")))
}

fn strip_dot(path: &str) -> &str {
    path.trim_start_matches("./")
}

/// Every file below `root` as a `/`-separated path relative to it (the form URLs take), sorted.
fn relative_files(root: &Path) -> Outcome<Vec<String>> {
    Ok(files_below(root)?
        .iter()
        .map(|relative| {
            relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect())
}

/// The bytes of `path`, or a failure that names it.
pub fn read(path: &Path) -> Outcome<Vec<u8>> {
    fs::read(path).map_err(|error| Failure::new(format!("cannot read {}: {error}", path.display())))
}

pub fn read_text(path: &Path) -> Outcome<String> {
    fs::read_to_string(path)
        .map_err(|error| Failure::new(format!("cannot read {}: {error}", path.display())))
}

/// Writes the file whole or not at all: into a hidden file beside it, then renamed over it.
/// `cargo xtask serve` serves the English page while the rest of the site is built, and writes
/// its worker and `_headers` again at the end; a visitor then gets the old file or the new
/// one, never a part of one. (Hidden names are left out of every listing of the build.)
pub fn write(path: &Path, bytes: &[u8]) -> Outcome {
    let cannot =
        |error: std::io::Error| Failure::new(format!("cannot write {}: {error}", path.display()));
    let name = path
        .file_name()
        .ok_or_else(|| Failure::new(format!("cannot write {}: no file name", path.display())))?;
    let partial = path.with_file_name(format!(".{}.partial", name.to_string_lossy()));
    fs::write(&partial, bytes).map_err(cannot)?;
    fs::rename(&partial, path).map_err(cannot)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_page_inlines_style_icon_glue_and_wasm_and_drops_what_needs_a_server() {
        let index = concat!(
            "<html><head><link rel=\"stylesheet\" href=\"./style.css\" integrity=\"x\"/>",
            "<link rel=\"icon\" href=\"./icon.svg\">",
            "<link rel=\"manifest\" href=\"manifest.webmanifest\">",
            "<script src=\"./offline-0a1b.js\" type=\"module\"></script>",
            "<script src=\"./page-2c3d.js\" type=\"module\"></script>",
            "<script>document.documentElement.classList.add(\"js\")</script>",
            "<script type=\"module\">\nimport init, * as bindings from './app.js';\n",
            "const wasm = await init({ module_or_path: './app_bg.wasm' });\n</script>",
            "<link rel=\"modulepreload\" href=\"./app.js\"></head><body>x</body></html>"
        );
        let load = |name: &str| -> Outcome<Vec<u8>> {
            match name {
                "style.css" => Ok(b"body{}".to_vec()),
                "icon.svg" => Ok(b"<svg/>".to_vec()),
                "page-2c3d.js" => Ok(b"openFolds();".to_vec()),
                "app.js" => {
                    Ok(b"async function __wbg_init(){}\nexport default __wbg_init;".to_vec())
                }
                "app_bg.wasm" => Ok(vec![0, 97, 115, 109]),
                other => Err(Failure::new(format!("unexpected {other}"))),
            }
        };
        let page = inline_page(index, load).unwrap();
        assert!(page.contains("<style>body{}</style>"));
        assert!(page.contains("data:image/svg+xml;base64,PHN2Zy8+"));
        assert!(page.contains("export default __wbg_init;"));
        assert!(page.contains("atob(\"AGFzbQ==\")"));
        assert!(
            page.contains("classList.add(\"js\")"),
            "inline classic scripts stay"
        );
        assert!(
            page.contains("<script type=\"module\">openFolds();</script>"),
            "the page's script is pasted in: {page}"
        );
        assert!(
            page.find("openFolds").unwrap() < page.find("__wbg_init").unwrap(),
            "the page's script comes before the loader, so it listens before the wasm is ready"
        );
        assert!(page.contains("window.wasmBindings = { compileFirstViews, warmUp, startPage };"));
        for gone in [
            "offline",
            "page-2c3d.js",
            "manifest",
            "modulepreload",
            "./app.js",
            "style.css",
        ] {
            assert!(!page.contains(gone), "{gone} should be gone: {page}");
        }
    }

    #[test]
    fn inline_page_refuses_a_script_it_does_not_know() {
        let index = "<html><head><script src=\"./analytics-9f.js\"></script></head></html>";
        let error = inline_page(index, |name| Err(Failure::new(format!("read {name}"))))
            .unwrap_err()
            .to_string();
        assert!(error.contains("analytics-9f.js"), "{error}");
        // Hashed names only: a name that merely begins like one of the page's is not it.
        assert!(external_script("./page-maker.js").is_err());
        assert!(matches!(
            external_script("./page.js"),
            Ok(ExternalScript::Page)
        ));
    }

    #[test]
    fn policies_hash_exactly_the_inline_code() {
        let page = "<head><script>a()</script><script src=\"x.js\"></script><script type=\"application/json\">{}</script><style>b{}</style></head>";
        assert_eq!(inline_bodies(page, "script"), vec!["a()"]);
        assert_eq!(inline_bodies(page, "style"), vec!["b{}"]);
        let with_policy = with_single_file_policy(page).unwrap();
        // The hashes as `printf 'a()' | openssl dgst -sha256 -binary | base64` prints them.
        let expected_script = "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='";
        let expected_style = "style-src 'sha256-7yqHVAesot11p6HczDsgKRipvI5UPgs97z80zNXlans='";
        assert!(with_policy.contains(expected_script), "{with_policy}");
        assert!(with_policy.contains(expected_style), "{with_policy}");
        assert!(with_policy.starts_with("<head>\n<meta http-equiv=\"Content-Security-Policy\""));
    }

    #[test]
    fn json_in_html_has_no_markup_and_reads_back_the_same() {
        let json = r#"{"clinic":{"name":"Hanbit <!--<script> & </script>"}}"#;
        let safe = json_for_html(json);
        assert!(
            !safe.contains('<') && !safe.contains('>') && !safe.contains('&'),
            "{safe}"
        );
        let back = estimator_core::clinic_config::ClinicConfig::from_json(&safe).unwrap();
        assert_eq!(
            back.clinic().map(|clinic| clinic.name.as_str()),
            Some("Hanbit <!--<script> & </script>")
        );
    }

    #[test]
    fn a_clinic_single_file_keeps_the_page_whole_whatever_the_clinic_is_called() {
        let folder =
            std::env::temp_dir().join(format!("estimator-site-test-{}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        let page = "<html><head></head><body><main>the page</main><script type=\"application/json\" id=\"early-answers\">{\"answers\":{}}</script><footer></footer></body></html>";
        fs::write(folder.join(SINGLE_FILE), page).unwrap();
        let config = folder.join("hanbit.json");
        fs::write(&config, r#"{"clinic":{"name":"Hanbit <!--<script>"}}"#).unwrap();
        let written =
            write_clinic_single_file(|_| folder.join(SINGLE_FILE), &config, &folder).unwrap();
        let html = fs::read_to_string(&written).unwrap();
        let script_start = html.find("id=\"estimator-config\">").unwrap();
        let script_end = html[script_start..].find("</script>").unwrap() + script_start;
        let embedded = &html[script_start + "id=\"estimator-config\">".len()..script_end];
        assert!(
            !embedded.contains("<!--") && !embedded.contains('<'),
            "{embedded}"
        );
        assert!(html[script_end..].contains("<main>the page</main>"));
        // The published book's early answers are left out, and nothing else.
        assert!(!html.contains("early-answers"), "{html}");
        assert!(html.contains("</main><footer></footer>"), "{html}");

        // The page around the estimator is in the configuration's language: its `language`, or
        // the language of its `locale`, or English when the estimator lacks that one.
        fs::write(
            folder.join("de.html"),
            "<html lang=\"de\"><body>Seite</body></html>",
        )
        .unwrap();
        let in_language = |config_text: &str| {
            fs::write(&config, config_text).unwrap();
            let bases = |lang: Lang| match lang.code() {
                "de" => folder.join("de.html"),
                _ => folder.join(SINGLE_FILE),
            };
            let written = write_clinic_single_file(bases, &config, &folder).unwrap();
            fs::read_to_string(written).unwrap()
        };
        assert!(in_language(r#"{"language":"de"}"#).contains("Seite"));
        assert!(in_language(r#"{"locale":"de-DE"}"#).contains("Seite"));
        assert!(in_language(r#"{"locale":"ko-KR"}"#).contains("the page"));
        fs::remove_dir_all(&folder).unwrap();
    }

    #[test]
    fn the_worker_owns_each_page_at_its_folder_address_and_every_file() {
        let files = [
            "index.html".to_owned(),
            "app.js".to_owned(),
            "es/index.html".to_owned(),
            "notindex.html".to_owned(),
        ];
        assert_eq!(
            precached_addresses(&files),
            [
                "",
                "index.html",
                "app.js",
                "es/",
                "es/index.html",
                "notindex.html"
            ]
        );
    }

    #[test]
    fn a_file_is_replaced_whole_and_leaves_nothing_beside_it() {
        let folder =
            std::env::temp_dir().join(format!("estimator-site-write-{}", std::process::id()));
        fs::create_dir_all(&folder).unwrap();
        let file = folder.join("_headers");
        write(&file, b"first").unwrap();
        write(&file, b"second").unwrap();
        let text = fs::read_to_string(&file);
        let left = fs::read_dir(&folder).unwrap().count();
        fs::remove_dir_all(&folder).unwrap();
        assert_eq!(text.unwrap(), "second");
        assert_eq!(left, 1, "the partial file was left beside _headers");
    }

    #[test]
    fn inline_page_refuses_an_index_without_a_loader() {
        let load = |_: &str| -> Outcome<Vec<u8>> { Ok(Vec::new()) };
        assert!(inline_page("<html><body></body></html>", load).is_err());
    }
}
