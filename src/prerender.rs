//! Where prerendered HTML goes in `index.html`, shared by the build-time tool (which writes
//! it) and the page entry point (which hydrates it).

/// Mark the calculator inside `<div id="app">`: the browser hydrates what stands between
/// them. What stands there in the source `index.html` is the fallback shown if prerendering
/// was skipped.
pub const APP_START: &str = "<!-- prerender:start -->";
pub const APP_END: &str = "<!-- prerender:end -->";

/// Mark where the static explanations go; the wasm never touches them.
pub const EXPLAINER_START: &str = "<!-- explainer:start -->";
pub const EXPLAINER_END: &str = "<!-- explainer:end -->";

/// The attribute the root element carries once it holds prerendered HTML; the entry point
/// hydrates such a root and renders into any other.
pub const HYDRATE_ATTRIBUTE: &str = "data-prerendered";

const APP_ROOT: &str = "<div id=\"app\"";

/// The page with the calculator and the explanations written in, and the calculator's root
/// flagged for hydration.
pub fn prerender_page(page: &str, calculator: &str, explainer: &str) -> Result<String, String> {
    let page = replace_between(page, APP_START, APP_END, calculator)?;
    let page = replace_between(&page, EXPLAINER_START, EXPLAINER_END, explainer)?;
    let root_at = page
        .find(APP_ROOT)
        .ok_or("the page has no <div id=\"app\">")?;
    let insert_at = root_at + APP_ROOT.len();
    Ok(format!(
        "{} {HYDRATE_ATTRIBUTE}=\"\"{}",
        &page[..insert_at],
        &page[insert_at..]
    ))
}

/// Replaces the marks and what stands between them with `content`.
fn replace_between(page: &str, start: &str, end: &str, content: &str) -> Result<String, String> {
    let from = page.find(start).ok_or_else(|| format!("no {start} mark"))?;
    let to = page[from..]
        .find(end)
        .map(|offset| from + offset)
        .ok_or_else(|| format!("no {end} mark after {start}"))?;
    Ok(format!(
        "{}{content}{}",
        &page[..from],
        &page[to + end.len()..]
    ))
}

#[cfg(feature = "prerender")]
pub use page_words::{
    localize_manifest, localize_page, render_calculator, render_explainer, render_page, SiteAddress,
};

/// The page's own words (title, description, notes, header, footer) and the app's manifest in
/// a language, written over the English of `index.html` and `manifest.webmanifest`. Those
/// files stay plain English, readable and served as they are by `trunk serve`; the
/// prerenderer finds each English text of the template words
/// ([`estimator_core::words::page::TEMPLATE_LANG`]) in them, and refuses to write a page where
/// one is missing or stands twice, so a text edited in one place and not the other fails the
/// build instead of shipping English on a Spanish page.
#[cfg(feature = "prerender")]
mod page_words {
    use super::{prerender_page, APP_END, APP_START, EXPLAINER_END, EXPLAINER_START};
    use estimator_core::early_answers::{self, early_answers};
    use estimator_core::explanations::{explanations, SOURCES_SECTION};
    use estimator_core::words::page::{page_words, PageWords, TEMPLATE_LANG};
    use estimator_core::{Lang, PriceBook};

    /// Where a text stands in the HTML.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Place {
        /// The whole text of an element (what stands between `>` and `<`, but for spaces).
        Element,
        /// The whole value of an attribute (what stands between two `"`).
        Attribute,
    }

    /// A text of the page: where it stands, and its HTML in a language's words.
    struct Slot {
        name: &'static str,
        place: Place,
        html: fn(&PageWords) -> String,
    }

    const SLOTS: &[Slot] = &[
        Slot {
            name: "the title",
            place: Place::Element,
            html: |words| escape(words.title),
        },
        Slot {
            name: "the description",
            place: Place::Attribute,
            html: |words| escape(words.description),
        },
        Slot {
            name: "the no-JavaScript note",
            place: Place::Element,
            html: |words| escape(words.no_js_note),
        },
        Slot {
            name: "the loading banner",
            place: Place::Element,
            html: |words| escape(words.loading),
        },
        Slot {
            name: "the skip link",
            place: Place::Element,
            html: |words| escape(words.skip_link),
        },
        Slot {
            name: "the eyebrow",
            place: Place::Element,
            html: |words| escape(words.eyebrow),
        },
        Slot {
            name: "the heading",
            place: Place::Element,
            html: |words| escape(words.heading),
        },
        Slot {
            name: "the lede",
            place: Place::Element,
            html: |words| escape(words.lede),
        },
        Slot {
            name: "the calculator's label",
            place: Place::Attribute,
            html: |words| escape(words.calculator_label),
        },
        Slot {
            name: "the update banner's sentence",
            place: Place::Attribute,
            html: |words| escape(words.update_ready),
        },
        Slot {
            name: "the update banner's button",
            place: Place::Attribute,
            html: |words| escape(words.update_reload),
        },
        Slot {
            name: "the footer",
            place: Place::Element,
            html: |words| {
                format!(
                    "{}<a href=\"#{SOURCES_SECTION}\">{}</a>{}",
                    escape(words.footer_before),
                    escape(words.footer_link),
                    escape(words.footer_after)
                )
            },
        },
    ];

    /// The page's own words in `lang` written over the template's: `<html lang>` (which also
    /// lists, in `data-languages`, every language with a page), the links to each language's
    /// page where the build knows the site's address (`site`), and every
    /// slot outside the calculator's and the explanations' marks (what stands between them is
    /// the prerenderer's to replace). Where `lang` says exactly what the template says, the
    /// template's text is kept byte for byte, line breaks included.
    pub fn localize_page(
        page: &str,
        lang: Lang,
        site: Option<&SiteAddress>,
    ) -> Result<String, String> {
        let template = page_words(TEMPLATE_LANG);
        let words = page_words(lang);
        let reserved = [
            region(page, APP_START, APP_END)?,
            region(page, EXPLAINER_START, EXPLAINER_END)?,
        ];
        let mut edits: Vec<(usize, usize, String)> = Vec::new();
        let root = format!("<html lang=\"{}\">", TEMPLATE_LANG.code());
        let roots: Vec<usize> = page.match_indices(&root).map(|(at, _)| at).collect();
        let [root_at] = roots[..] else {
            return Err(format!("{root} stands {} times, not once", roots.len()));
        };
        edits.push((
            root_at,
            root_at + root.len(),
            format!(
                "<html lang=\"{}\" data-languages=\"{}\">",
                lang.code(),
                built_codes()
            ),
        ));
        for slot in SLOTS {
            let english = (slot.html)(template);
            let found: Vec<(usize, usize)> = find_spaced(page, &english)
                .into_iter()
                .filter(|&(from, to)| is_whole(page, from, to, slot.place))
                .filter(|&(from, to)| {
                    reserved
                        .iter()
                        .all(|&(start, end)| to <= start || from >= end)
                })
                .collect();
            let [(from, to)] = found[..] else {
                return Err(format!(
                    "{} ({english:?}) stands {} times outside the prerendered parts, not once",
                    slot.name,
                    found.len()
                ));
            };
            let localized = (slot.html)(words);
            if localized != english {
                edits.push((from, to, localized));
            }
        }
        for (mark, html) in [
            (LANGUAGE_LINKS_MARK, language_links(lang, site)),
            (LANGUAGE_SWITCH_MARK, language_switch(lang)),
            (LANGUAGE_OFFERS_MARK, language_offers(lang)),
            (EARLY_ANSWERS_MARK, early_answers_script(lang)),
        ] {
            let marks: Vec<usize> = page.match_indices(mark).map(|(at, _)| at).collect();
            let [at] = marks[..] else {
                return Err(format!("{mark} stands {} times, not once", marks.len()));
            };
            edits.push((at, at + mark.len(), html));
        }
        edits.sort_by_key(|&(from, _, _)| from);
        let mut output = String::with_capacity(page.len());
        let mut at = 0;
        for (from, to, text) in edits {
            output.push_str(&page[at..from]);
            output.push_str(&text);
            at = to;
        }
        output.push_str(&page[at..]);
        Ok(output)
    }

    /// Where the head's links to the page in each language go.
    pub(super) const LANGUAGE_LINKS_MARK: &str = "<!-- language-links -->";
    /// Where the language switch goes, in the header.
    pub(super) const LANGUAGE_SWITCH_MARK: &str = "<!-- language-switch -->";
    /// Where the offers of the reader's own language go, under the header.
    pub(super) const LANGUAGE_OFFERS_MARK: &str = "<!-- language-offers -->";
    /// Where the table of early answers goes: outside the calculator's root, which must hold
    /// only what the calculator hydrates.
    pub(super) const EARLY_ANSWERS_MARK: &str = "<!-- early-answers -->";

    /// The answers the calculator's first screen gives before the wasm runs
    /// ([`estimator_core::early_answers`]), as JSON in a `<script type="application/json">`,
    /// which the browser never runs, so the page's content security policy need not name it.
    /// Money is written by the formatter the calculator uses for the page in `lang`, so each
    /// entry is word for word what the calculator draws next.
    ///
    /// The shape `static/page.js` reads: `texts` lists each text once (the hints and most
    /// labels repeat across hundreds of entries); `steps` maps a session count to its text
    /// after "−" and after "+"; `answers` maps `method|tier|lot|sessions` (the controls'
    /// values, `lot` as 0 or 1) to the positions in `texts` of its answer, summary, method
    /// hint (`null` for a method without one), tier hint, and its total's label, value, kind
    /// and badge, in that order.
    pub(super) fn early_answers_script(lang: Lang) -> String {
        let config = crate::config::EstimatorConfig::published(lang);
        let formats = crate::config::Formats::new(&config);
        let table = early_answers(&config.book, formats.money.as_ref(), lang);
        let mut texts: Vec<String> = Vec::new();
        let mut position = |text: &str| -> usize {
            texts
                .iter()
                .position(|known| known == text)
                .unwrap_or_else(|| {
                    texts.push(text.to_owned());
                    texts.len() - 1
                })
        };
        let string = |text: &str| format!("\"{}\"", json_escape(text));
        let steps: Vec<String> = table
            .steps
            .iter()
            .map(|step| {
                format!(
                    "{}:[{},{}]",
                    string(&step.sessions),
                    string(&step.fewer),
                    string(&step.more)
                )
            })
            .collect();
        let mut answers: Vec<String> = Vec::new();
        for entry in &table.answers {
            let input = &entry.input;
            let key = format!(
                "{}|{}|{}|{}",
                input.method,
                input.tier,
                u8::from(input.lot_data),
                input.sessions
            );
            let total = &entry.total;
            let fields = [
                Some(entry.answer.as_str()),
                Some(entry.summary.as_str()),
                entry.method_hint,
                Some(entry.tier_hint.as_str()),
                Some(total.label.as_str()),
                Some(total.value.as_str()),
                Some(total.kind.as_str()),
                Some(total.badge),
            ]
            .map(|field| {
                field.map_or_else(|| "null".to_owned(), |text| position(text).to_string())
            });
            answers.push(format!("{}:[{}]", string(&key), fields.join(",")));
        }
        let texts: Vec<String> = texts.iter().map(|text| string(text)).collect();
        format!(
            "<script type=\"application/json\" id=\"{}\">{{\"texts\":[{}],\"steps\":{{{}}},\"answers\":{{{}}}}}</script>",
            early_answers::ELEMENT_ID,
            texts.join(","),
            steps.join(","),
            answers.join(",")
        )
    }

    /// The address of the page in `to`, relative to the page in `from`: the English page is
    /// at the root, each other in the folder of its code (`es/`), so the build works at any
    /// path on any host.
    fn page_address(from: Lang, to: Lang) -> String {
        let up = if from == TEMPLATE_LANG { "" } else { "../" };
        if to == TEMPLATE_LANG {
            if up.is_empty() {
                "./".to_owned()
            } else {
                up.to_owned()
            }
        } else if from == to {
            "./".to_owned()
        } else {
            format!("{up}{}/", to.code())
        }
    }

    /// The address the site is published at, when the build is told it
    /// (`ESTIMATOR_SITE_URL`): an absolute `http` or `https` address of the folder that holds
    /// the English page, ending in `/`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct SiteAddress(String);

    impl SiteAddress {
        /// Reads an address such as `https://estimator.example/costs/`; a missing final `/`
        /// is added, since the address names a folder. Anything that is not a plain absolute
        /// address of a folder is refused with what is wrong with it.
        pub fn parse(text: &str) -> Result<Self, String> {
            let text = text.trim();
            let rest = text
                .strip_prefix("https://")
                .or_else(|| text.strip_prefix("http://"))
                .ok_or_else(|| {
                    format!("the site address {text:?} must start with https:// or http://")
                })?;
            let host = rest.split('/').next().unwrap_or_default();
            if host.is_empty() {
                return Err(format!("the site address {text:?} names no host"));
            }
            if let Some(bad) = text
                .chars()
                .find(|c| c.is_whitespace() || c.is_control() || "\"'<>`?#\\".contains(*c))
            {
                return Err(format!(
                    "the site address {text:?} holds {bad:?}: give the folder's address alone, with no query or fragment"
                ));
            }
            let mut address = text.to_owned();
            if !address.ends_with('/') {
                address.push('/');
            }
            Ok(Self(address))
        }

        /// The absolute address of the page in `lang`.
        fn page(&self, lang: Lang) -> String {
            format!(
                "{}{}",
                self.0,
                page_address(TEMPLATE_LANG, lang).trim_start_matches("./")
            )
        }
    }

    /// The canonical address and the `hreflang` alternates, English also the default for a
    /// reader of any other language. Both must be absolute addresses (search engines and
    /// Lighthouse reject relative ones), so they are written only when the build knows the
    /// site's address; without it the page has none, rather than links no engine reads.
    pub(super) fn language_links(lang: Lang, site: Option<&SiteAddress>) -> String {
        let Some(site) = site else {
            return String::new();
        };
        let mut links = vec![format!(
            "<link rel=\"canonical\" href=\"{}\" />",
            site.page(lang)
        )];
        for &other in Lang::BUILT {
            links.push(format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\" />",
                other.code(),
                site.page(other)
            ));
        }
        links.push(format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\" />",
            site.page(TEMPLATE_LANG)
        ));
        links.join("\n    ")
    }

    /// The codes of the languages the site has a page in, as `<html data-languages>` holds
    /// them for the head's inline script, which offers the reader's own before the first paint.
    fn built_codes() -> String {
        Lang::BUILT
            .iter()
            .map(|lang| lang.code())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The visible switch: every language named in itself, the page's own marked as current,
    /// each other a link that takes the plan along (`data-keeps-plan`: `static/page.js` adds
    /// the fragment when it is followed).
    pub(super) fn language_switch(lang: Lang) -> String {
        let items: Vec<String> = Lang::BUILT
            .iter()
            .map(|&other| {
                let code = other.code();
                let name = escape(other.own_name());
                if other == lang {
                    format!("<li><a aria-current=\"page\" lang=\"{code}\" href=\"./\">{name}</a></li>")
                } else {
                    format!(
                        "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\" data-keeps-plan=\"\">{name}</a></li>",
                        page_address(lang, other)
                    )
                }
            })
            .collect();
        format!(
            "<nav class=\"language-switch\" aria-label=\"{}\"><ul>{}</ul></nav>",
            escape(page_words(lang).language_label),
            items.concat()
        )
    }

    /// One offer per other language, each in its own language, shown by the stylesheet only
    /// where the head's inline script marked the reader's browser as preferring it. Nothing
    /// is stored.
    pub(super) fn language_offers(lang: Lang) -> String {
        Lang::BUILT
            .iter()
            .filter(|&&other| other != lang)
            .map(|&other| {
                let words = page_words(other);
                let code = other.code();
                format!(
                    "<p class=\"language-offer\" lang=\"{code}\" data-language-offer=\"{code}\">{} <a href=\"{}\" hreflang=\"{code}\" data-keeps-plan=\"\">{}</a> <button type=\"button\" class=\"text-button\">{}</button></p>",
                    escape(words.language_offer),
                    page_address(lang, other),
                    escape(words.language_offer_link),
                    escape(words.language_offer_dismiss)
                )
            })
            .collect::<Vec<_>>()
            .join("\n    ")
    }

    /// The whole page in `lang`: its own words, the calculator (hydratable) and the
    /// explanations (static), over the template `page`.
    pub fn render_page(
        page: &str,
        lang: Lang,
        site: Option<&SiteAddress>,
    ) -> Result<String, String> {
        let explainer = render_explainer(lang)?;
        let page = localize_page(page, lang, site)?;
        prerender_page(&page, &render_calculator(lang), &explainer)
    }

    /// The calculator in `lang`, as HTML the browser hydrates.
    pub fn render_calculator(lang: Lang) -> String {
        futures::executor::block_on(
            yew::ServerRenderer::<crate::App>::with_props(move || crate::AppProps { lang })
                .render(),
        )
    }

    /// The explanations in `lang`, with the published book's figures. They never change and
    /// are never hydrated: plain HTML, no hydration markers.
    pub fn render_explainer(lang: Lang) -> Result<String, String> {
        let sections = explanations(&PriceBook::published(), lang)
            .ok_or("the published book lacks a figure the explanations state")?;
        Ok(futures::executor::block_on(
            yew::ServerRenderer::<crate::content::Explainer>::with_props(move || {
                crate::content::ExplainerProps { sections }
            })
            .hydratable(false)
            .render(),
        ))
    }

    /// The web app manifest in `lang`: its name, short name and description, and its
    /// `lang`, over the template `manifest` (written with the template words).
    pub fn localize_manifest(manifest: &str, lang: Lang) -> Result<String, String> {
        let template = page_words(TEMPLATE_LANG);
        let words = page_words(lang);
        let mut output = manifest.to_owned();
        for (key, english, localized) in [
            ("name", template.app_name, words.app_name),
            ("short_name", template.app_short_name, words.app_short_name),
            (
                "description",
                template.app_description,
                words.app_description,
            ),
        ] {
            let member = format!("\"{key}\": \"{}\"", json_escape(english));
            if output.matches(&member).count() != 1 {
                return Err(format!("the manifest has no single {member}"));
            }
            output = output.replacen(
                &member,
                &format!("\"{key}\": \"{}\"", json_escape(localized)),
                1,
            );
        }
        if output.contains("\"lang\":") {
            return Err("the manifest template already names a language".to_owned());
        }
        let open = output
            .find('{')
            .ok_or("the manifest is not a JSON object")?;
        output.insert_str(open + 1, &format!("\n  \"lang\": \"{}\",", lang.code()));
        Ok(output)
    }

    /// The span between a start mark and the end mark after it, marks included.
    fn region(page: &str, start: &str, end: &str) -> Result<(usize, usize), String> {
        let from = page.find(start).ok_or_else(|| format!("no {start} mark"))?;
        let to = page[from..]
            .find(end)
            .map(|offset| from + offset + end.len())
            .ok_or_else(|| format!("no {end} mark after {start}"))?;
        Ok((from, to))
    }

    /// Every place where `text` stands in `page`, any run of white space in either matching
    /// any run in the other: the template wraps its long texts over lines.
    fn find_spaced(page: &str, text: &str) -> Vec<(usize, usize)> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let Some((first, rest)) = words.split_first() else {
            return Vec::new();
        };
        let mut found = Vec::new();
        for (from, _) in page.match_indices(first) {
            let mut at = from + first.len();
            let whole = rest.iter().all(|word| {
                let after_space = page[at..].trim_start();
                let spaced = after_space.len() < page[at..].len();
                if spaced && after_space.starts_with(word) {
                    at = page.len() - after_space.len() + word.len();
                    true
                } else {
                    false
                }
            });
            if whole {
                found.push((from, at));
            }
        }
        found
    }

    /// Whether `page[from..to]` is the whole text of an element, or the whole value of an
    /// attribute.
    fn is_whole(page: &str, from: usize, to: usize, place: Place) -> bool {
        let (before, after) = (&page[..from], &page[to..]);
        match place {
            Place::Element => {
                before.trim_end().ends_with('>') && after.trim_start().starts_with('<')
            }
            Place::Attribute => before.ends_with('"') && after.starts_with('"'),
        }
    }

    /// Text as HTML, safe in an element and in a double-quoted attribute.
    fn escape(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    }

    /// Text as the inside of a JSON string.
    fn json_escape(text: &str) -> String {
        let mut escaped = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '"' => escaped.push_str("\\\""),
                '\\' => escaped.push_str("\\\\"),
                // Written as an escape, so that no text can close the <script> element that
                // holds the early answers.
                '<' => escaped.push_str("\\u003c"),
                c if u32::from(c) < 0x20 => escaped.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => escaped.push(c),
            }
        }
        escaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_both_parts_and_flags_the_calculator_for_hydration() {
        let page = concat!(
            "<main><div id=\"app\"><!-- prerender:start --><p>Loading</p><!-- prerender:end --></div>",
            "<!-- explainer:start --><!-- explainer:end --></main>"
        );
        let output = prerender_page(page, "<form>calc</form>", "<section>why</section>").unwrap();
        assert_eq!(
            output,
            "<main><div id=\"app\" data-prerendered=\"\"><form>calc</form></div><section>why</section></main>"
        );
    }

    #[test]
    fn refuses_a_page_without_marks() {
        assert!(prerender_page("<div id=\"app\"></div>", "x", "y").is_err());
        let no_explainer = "<div id=\"app\"><!-- prerender:start --><!-- prerender:end --></div>";
        assert!(prerender_page(no_explainer, "x", "y").is_err());
    }
}

// The translation tests' shared checks, the same modules the core's tests use.
#[cfg(all(test, feature = "prerender"))]
#[path = "../crates/estimator-core/tests/page_check/mod.rs"]
mod page_check;
#[cfg(all(test, feature = "prerender"))]
#[path = "../crates/estimator-core/tests/words_check/mod.rs"]
mod words_check;

/// The page each language's prerendering writes: `cargo test --features prerender`.
#[cfg(all(test, feature = "prerender"))]
mod page_tests {
    use super::page_check::assert_nothing_english;
    use super::page_words::{
        early_answers_script, language_links, language_offers, language_switch, SiteAddress,
        EARLY_ANSWERS_MARK, LANGUAGE_LINKS_MARK, LANGUAGE_OFFERS_MARK, LANGUAGE_SWITCH_MARK,
    };
    use super::words_check::TRANSLATED;
    use super::*;
    use estimator_core::words::page::page_words;
    use estimator_core::Lang;

    const TEMPLATE: &str = include_str!("../index.html");
    const MANIFEST: &str = include_str!("../static/manifest.webmanifest");

    /// The text a person sees in a page: every run of text between tags, outside scripts,
    /// styles and comments, with the few entities the renderers write decoded.
    fn visible_texts(html: &str) -> Vec<String> {
        let mut rest = html.to_owned();
        for (open, close) in [
            ("<script", "</script>"),
            ("<style", "</style>"),
            ("<!--", "-->"),
        ] {
            while let Some(from) = rest.find(open) {
                let Some(to) = rest[from..].find(close) else {
                    break;
                };
                rest.replace_range(from..from + to + close.len(), " ");
            }
        }
        rest.split(['<', '>'])
            .enumerate()
            .filter(|(index, _)| index % 2 == 0)
            .map(|(_, text)| {
                text.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&")
            })
            .map(|text| text.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|text| !text.is_empty())
            .collect()
    }

    /// The page in `lang` without its calculator, whose words are the calculator's views' (and
    /// checked by their own tests). The calculator is what the hydration marks of its root
    /// component enclose.
    fn page_around_the_calculator(lang: Lang) -> String {
        let page = render_page(TEMPLATE, lang, None).unwrap();
        let (start, end) = (
            "<!--<[exosome_estimator::app::App]>-->",
            "<!--</[exosome_estimator::app::App]>-->",
        );
        let from = page.find(start).expect("the calculator's start");
        let to = page.find(end).expect("the calculator's end") + end.len();
        // The offers of the other languages are each in their own language, on purpose.
        format!("{}{}", &page[..from], &page[to..])
            .lines()
            .filter(|line| !line.contains("data-language-offer="))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_english_template_is_kept_byte_for_byte_but_for_the_language_links() {
        let expected = TEMPLATE
            .replace(
                "<html lang=\"en\">",
                "<html lang=\"en\" data-languages=\"en es de\">",
            )
            .replace(LANGUAGE_LINKS_MARK, "")
            .replace(LANGUAGE_SWITCH_MARK, &language_switch(Lang::En))
            .replace(LANGUAGE_OFFERS_MARK, &language_offers(Lang::En))
            .replace(EARLY_ANSWERS_MARK, &early_answers_script(Lang::En));
        assert_eq!(localize_page(TEMPLATE, Lang::En, None).unwrap(), expected);
    }

    #[test]
    fn the_canonical_and_alternate_links_are_absolute_and_only_written_with_the_site_address() {
        let site = SiteAddress::parse("https://estimator.example/costs").unwrap();
        let english = language_links(Lang::En, Some(&site));
        assert!(
            english.contains("rel=\"canonical\" href=\"https://estimator.example/costs/\""),
            "{english}"
        );
        assert!(
            english.contains("hreflang=\"es\" href=\"https://estimator.example/costs/es/\""),
            "{english}"
        );
        assert!(
            english.contains("hreflang=\"x-default\" href=\"https://estimator.example/costs/\""),
            "{english}"
        );
        let german = language_links(Lang::De, Some(&site));
        assert!(
            german.contains("rel=\"canonical\" href=\"https://estimator.example/costs/de/\""),
            "{german}"
        );
        assert!(
            german.contains("hreflang=\"en\" href=\"https://estimator.example/costs/\""),
            "{german}"
        );
        assert_eq!(german.matches("<link ").count(), 5, "{german}");
        let page = render_page(TEMPLATE, Lang::Es, Some(&site)).unwrap();
        assert!(page.contains("href=\"https://estimator.example/costs/es/\""));
        // Without the address there is no relative stand-in.
        assert_eq!(language_links(Lang::Es, None), "");
        let page = render_page(TEMPLATE, Lang::Es, None).unwrap();
        assert!(!page.contains("rel=\"canonical\"") && !page.contains("rel=\"alternate\""));
        assert!(page.contains("<html lang=\"es\" data-languages=\"en es de\">"));
    }

    #[test]
    fn a_site_address_that_is_not_an_absolute_folder_address_is_refused() {
        for (text, expected) in [
            ("estimator.example/", "must start with https://"),
            ("/costs/", "must start with https://"),
            ("https:///costs/", "names no host"),
            ("https://estimator.example/?lang=en", "no query or fragment"),
            ("https://estimator.example/#top", "no query or fragment"),
            ("https://estimator.example/a b/", "holds ' '"),
            ("https://estimator.example/\"/", "holds '\"'"),
        ] {
            let error = SiteAddress::parse(text).unwrap_err();
            assert!(error.contains(expected), "{text}: {error}");
        }
        assert_eq!(
            SiteAddress::parse(" http://127.0.0.1:8080 ").unwrap(),
            SiteAddress::parse("http://127.0.0.1:8080/").unwrap()
        );
    }

    #[test]
    fn each_page_switches_to_every_language_from_where_it_stands() {
        let german = language_switch(Lang::De);
        assert!(german.contains("href=\"../\" hreflang=\"en\""), "{german}");
        assert!(
            german.contains("href=\"../es/\" hreflang=\"es\""),
            "{german}"
        );
        let english = language_switch(Lang::En);
        assert!(
            english.contains("href=\"es/\" hreflang=\"es\""),
            "{english}"
        );
        let switch = language_switch(Lang::Es);
        assert!(switch.contains("aria-label=\"Idioma\""), "{switch}");
        assert!(
            switch.contains("aria-current=\"page\" lang=\"es\""),
            "{switch}"
        );
        for name in ["English", "Español", "Deutsch"] {
            assert!(switch.contains(name), "{switch}");
        }
        // The page offers every language but its own.
        let offers = language_offers(Lang::De);
        assert_eq!(offers.matches("data-language-offer=").count(), 2);
        assert!(!offers.contains("data-language-offer=\"de\""));
    }

    #[test]
    fn spanish_and_german_pages_say_their_language_and_leave_nothing_in_english() {
        let english = visible_texts(&page_around_the_calculator(Lang::En));
        for lang in TRANSLATED {
            let page = page_around_the_calculator(lang);
            assert!(page.contains(&format!("<html lang=\"{}\" ", lang.code())));
            assert!(!page.contains("<html lang=\"en\""));
            // The texts no one sees as text: the description and the region's name.
            let words = page_words(lang);
            assert!(page.contains(&format!("content=\"{}\"", words.description)));
            assert!(page.contains(&format!("aria-label=\"{}\"", words.calculator_label)));
            // The template wraps these over lines; each is found and written on one.
            assert!(page.contains(words.no_js_note) && page.contains(words.lede));
            assert_nothing_english(lang, "page", &english, &visible_texts(&page));
        }
    }

    #[test]
    fn a_missing_or_doubled_text_fails_loudly() {
        let retitled = TEMPLATE.replace(
            "<title>Exosome treatment cost estimator:",
            "<title>Exosome cost estimator:",
        );
        let error = localize_page(&retitled, Lang::Es, None).unwrap_err();
        assert!(error.contains("the title"), "{error}");
        let doubled = TEMPLATE.replace(
            "<h1>Exosome treatment cost estimator</h1>",
            "<h1>Exosome treatment cost estimator</h1><p>Exosome treatment cost estimator</p>",
        );
        let error = localize_page(&doubled, Lang::De, None).unwrap_err();
        assert!(
            error.contains("the heading") && error.contains("2 times"),
            "{error}"
        );
        let no_root = TEMPLATE.replace("<html lang=\"en\">", "<html>");
        assert!(localize_page(&no_root, Lang::Es, None).is_err());
        // Even English, which changes nothing, is checked.
        assert!(localize_page(&retitled, Lang::En, None).is_err());
    }

    #[test]
    fn the_manifest_is_written_in_each_language() {
        assert!(localize_manifest(MANIFEST, Lang::En)
            .unwrap()
            .contains("\"lang\": \"en\","));
        for lang in TRANSLATED {
            let words = page_words(lang);
            let manifest = localize_manifest(MANIFEST, lang).unwrap();
            for member in [
                format!("\"name\": \"{}\"", words.app_name),
                format!("\"short_name\": \"{}\"", words.app_short_name),
                format!("\"description\": \"{}\"", words.app_description),
                format!("\"lang\": \"{}\"", lang.code()),
            ] {
                assert!(manifest.contains(&member), "{lang:?}: no {member}");
            }
            // Everything else stays as it was.
            assert!(manifest.contains("\"start_url\": \"./\""));
            assert_eq!(
                manifest.lines().count(),
                MANIFEST.lines().count() + 1,
                "{manifest}"
            );
        }
        let renamed = MANIFEST.replace("\"Exosome costs\"", "\"Costs\"");
        assert!(localize_manifest(&renamed, Lang::De).is_err());
    }
}
