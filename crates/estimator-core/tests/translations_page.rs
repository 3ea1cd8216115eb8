//! The page part in every language: the page's own words, the no-script text and the
//! explanations. No message drops a figure it is given; nothing is left in English in Spanish
//! or German (but the names that stay as published); every language has the same sections,
//! the same citations in the same order and the same links; counts agree with their nouns; and
//! the English says what the page has always said, with the published book's figures.

mod page_check;
mod words_check;

use estimator_core::explanations::{
    block_spans, citations, explanations, noscript_text, published_figures, Block,
    PublishedFigures, Section, Span, SOURCES_SECTION,
};
use estimator_core::words::page::{page_words, PageWords};
use estimator_core::{Lang, MoneyFormat, MoneyRange, PlainFormatter, PriceBook};
use page_check::{assert_nothing_english, spanish_no_set_apart};
use std::path::Path;
use words_check::{english_left, TRANSLATED};

/// Writes an amount as "‹minor units›", so a test can find each figure in a sentence.
struct Sentinel;

impl MoneyFormat for Sentinel {
    fn format(&self, minor_units: u64) -> String {
        format!("‹{minor_units}›")
    }
}

/// Figures no real book has, each one distinct, so that each can be found where it is stated.
fn sentinel_figures(money: &dyn MoneyFormat) -> PublishedFigures<'_> {
    PublishedFigures {
        source: "«SOURCE»".to_owned(),
        one_session: MoneyRange::new(111_100, 222_200),
        series: MoneyRange::new(333_300, 444_400),
        series_sessions: 17,
        injectable: MoneyRange::new(555_500, 666_600),
        microneedling_hours: (31, 47),
        laser_days: (11, 19),
        typical_sessions: (5, 8),
        results_weeks: (13, 29),
        money,
    }
}

/// The figures with other counts, for the agreement of nouns with one and with many.
fn counted_figures(
    money: &dyn MoneyFormat,
    series_sessions: u32,
    typical: (u32, u32),
    weeks: (u32, u32),
) -> PublishedFigures<'_> {
    PublishedFigures {
        series_sessions,
        typical_sessions: typical,
        results_weeks: weeks,
        ..sentinel_figures(money)
    }
}

/// A run of spans as the page shows it: a citation as " (label)".
fn run_text(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|span| match span {
            Span::Text(text) | Span::Strong(text) | Span::WorkTitle(text) => text.clone(),
            Span::Cite { label, .. } => format!(" ({label})"),
            Span::Link { text, .. } | Span::External { text, .. } => text.clone(),
        })
        .collect()
}

/// Every text a person reads in the explanations: each heading, question and term, each run
/// as the page shows it, and each span's own text. Ids, anchors and addresses are left out:
/// no one reads them.
fn texts_of(sections: &[Section]) -> Vec<String> {
    let mut texts = Vec::new();
    for section in sections {
        texts.push(section.heading.clone());
        for block in &section.blocks {
            match block {
                Block::Subheading(text) => texts.push(text.clone()),
                Block::Cards(cards) => {
                    for card in cards {
                        texts.push(card.heading.clone());
                        texts.extend(card.facts.iter().map(|fact| fact.term.clone()));
                    }
                }
                Block::Faq(entries) => {
                    texts.extend(entries.iter().map(|entry| entry.question.clone()));
                }
                _ => {}
            }
            for spans in block_spans(block) {
                texts.push(run_text(spans));
                texts.extend(
                    spans
                        .iter()
                        .map(|span| run_text(std::slice::from_ref(span))),
                );
            }
        }
    }
    texts
}

/// Every fixed text of the page words.
fn page_texts(words: &PageWords) -> Vec<String> {
    [
        words.title,
        words.description,
        words.no_js_note,
        words.loading,
        words.skip_link,
        words.eyebrow,
        words.heading,
        words.lede,
        words.calculator_label,
        words.footer_before,
        words.footer_link,
        words.footer_after,
        words.app_name,
        words.app_short_name,
        words.app_description,
        words.language_label,
        words.language_offer,
        words.language_offer_link,
    ]
    .iter()
    .map(|text| (*text).to_owned())
    .collect()
}

fn published_sections(lang: Lang) -> Vec<Section> {
    explanations(&PriceBook::published(), lang).expect("the published book has every figure")
}

#[test]
fn every_message_with_figures_keeps_each_figure_in_every_language() {
    let money = Sentinel;
    let figures = sentinel_figures(&money);
    let amounts = [
        "‹111100›",
        "‹222200›",
        "‹333300›",
        "‹444400›",
        "‹555500›",
        "‹666600›",
    ];
    let english_noscript = (page_words(Lang::En).noscript)(&figures);
    let english_sections = format!("{:?}", (page_words(Lang::En).explanations)(&figures));
    for &lang in Lang::BUILT {
        let noscript = (page_words(lang).noscript)(&figures);
        for figure in amounts.iter().chain(&["«SOURCE»", "17"]) {
            assert!(
                noscript.contains(figure),
                "{lang:?} no-script text drops {figure}: {noscript}"
            );
        }
        let sections = format!("{:?}", (page_words(lang).explanations)(&figures));
        for figure in amounts
            .iter()
            .chain(&["17", "31–47", "11–19", "5–8", "13–29"])
        {
            assert!(
                sections.contains(figure),
                "{lang:?} explanations drop {figure}"
            );
        }
        if lang != Lang::En {
            assert_ne!(noscript, english_noscript);
            assert_ne!(sections, english_sections);
        }
    }
}

#[test]
fn money_is_written_as_each_language_writes_it() {
    for &lang in Lang::BUILT {
        let money = page_words(lang).money;
        let digits: String = money("USD", 123_456_789)
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        assert_eq!(digits, "123456789", "{lang:?}");
        assert!(money("USD", 150_000).contains('$'), "{lang:?}");
        assert!(money("EUR", 150_000).contains('€'), "{lang:?}");
        assert!(money("CHF", 100).contains("CHF"), "{lang:?}");
    }
    // US English and US Spanish write dollars alike; German puts the symbol after the number,
    // with a no-break space, and groups with points.
    assert_eq!((page_words(Lang::En).money)("USD", 150_000), "$1,500");
    assert_eq!((page_words(Lang::Es).money)("USD", 150_000), "$1,500");
    let german = page_words(Lang::De).money;
    assert_eq!(german("USD", 150_000), "1.500\u{a0}$");
    assert_eq!(german("USD", 123_456_789), "1.234.567,89\u{a0}$");
    assert_eq!(german("EUR", 5), "0,05\u{a0}€");
    assert_eq!(german("JPY", 1_500), "1.500\u{a0}¥");
    assert_eq!(german("CHF", 100), "1\u{a0}CHF");
}

#[test]
fn the_no_script_text_states_the_published_figures_in_each_language() {
    let book = PriceBook::published();
    let english = noscript_text(&book, Lang::En).unwrap();
    assert_eq!(
        english,
        "The calculator needs JavaScript. The figures the overview quotes (RegenClinics.org, \
         2026): one session of microneedling with topical exosomes $600 – $1,500; a series of \
         three such sessions $2,000 – $4,000; for a high-potency MSC-derived injectable at \
         specialist practices, $3,000 – $6,000 per treatment, which it says such a product \
         “may” cost."
    );
    let translated: [(Lang, [&str; 4]); 2] = [
        (
            Lang::Es,
            [
                "$600 – $1,500",
                "$2,000 – $4,000",
                "$3,000 – $6,000",
                "tres sesiones",
            ],
        ),
        (
            Lang::De,
            [
                "600\u{a0}$ – 1.500\u{a0}$",
                "2.000\u{a0}$ – 4.000\u{a0}$",
                "3.000\u{a0}$ – 6.000\u{a0}$",
                "drei solchen Sitzungen",
            ],
        ),
    ];
    for (lang, figures) in translated {
        let text = noscript_text(&book, lang).unwrap();
        for figure in figures {
            assert!(text.contains(figure), "{lang:?}: {text}");
        }
    }
}

#[test]
fn index_html_keeps_the_english_no_script_text_the_book_words() {
    // index.html's fallback (shown only where the page was not prerendered) is English typed
    // into the template; it must say exactly what the core words from the book.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let page = std::fs::read_to_string(root.join("index.html")).unwrap();
    let from = page.find("<noscript>").unwrap() + "<noscript>".len();
    let to = page.find("</noscript>").unwrap();
    let typed = page[from..to]
        .replace("<p>", "")
        .replace("</p>", "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let words = noscript_text(&PriceBook::published(), Lang::En).unwrap();
    assert_eq!(typed, words);
}

#[test]
fn the_english_explanations_state_the_published_figures_as_the_page_always_did() {
    let text: String = published_sections(Lang::En)
        .iter()
        .flat_map(|section| section.blocks.iter())
        .flat_map(|block| block_spans(block))
        .map(run_text)
        .collect::<Vec<_>>()
        .join("\n");
    for sentence in [
        "24–48 hours, mostly from the microneedling itself (overview, 2026)",
        "$600–$1,500 for one session; $2,000–$4,000 for a series of 3 (overview, 2026)",
        "3–7 days after fractional laser, mostly from the laser treatment (overview, 2026)",
        "$3,000–$6,000 per treatment for a high-potency MSC-derived injectable",
        "A typical plan begins with 2–3 treatments.",
        "results may keep developing for 4–6 weeks afterwards (overview, 2026)",
        "$2,000–$4,000, typically, for 3 such sessions",
    ] {
        assert!(text.contains(sentence), "missing: {sentence}");
    }
}

#[test]
fn spanish_and_german_leave_nothing_in_english() {
    let book = PriceBook::published();
    let english_sections = texts_of(&published_sections(Lang::En));
    let english_page = page_texts(page_words(Lang::En));
    let mut english = english_sections.clone();
    english.extend(english_page.clone());
    english.push(noscript_text(&book, Lang::En).unwrap());
    for lang in TRANSLATED {
        let sections = texts_of(&published_sections(lang));
        assert_nothing_english(lang, "explanations", &english, &sections);
        let mut page = page_texts(page_words(lang));
        page.push(noscript_text(&book, lang).unwrap());
        assert_nothing_english(lang, "page words", &english, &page);
    }
}

#[test]
fn the_check_finds_english_left_in_a_translated_text() {
    // The exception for Spanish "no" hides no English sentence.
    let english = vec!["It is not an established treatment.".to_owned()];
    let spanish = vec![spanish_no_set_apart(
        "no es un tratamiento, not an established one",
    )];
    assert_eq!(
        english_left(&english, &spanish, &[]),
        ["NO es un tratamiento, not an established one"]
    );
    assert!(english_left(&english, &[spanish_no_set_apart("no es")], &[]).is_empty());
}

#[test]
fn every_language_has_the_same_sections_citations_and_links() {
    let english = published_sections(Lang::En);
    let ids = |sections: &[Section]| {
        sections
            .iter()
            .map(|section| section.id)
            .collect::<Vec<_>>()
    };
    let links = |sections: &[Section]| {
        sections
            .iter()
            .flat_map(|section| section.blocks.iter())
            .flat_map(|block| block_spans(block))
            .flat_map(|spans| spans.iter())
            .filter_map(|span| match span {
                Span::Link { section, .. } => Some(*section),
                Span::External { url, .. } => Some(*url),
                _ => None,
            })
            .collect::<Vec<_>>()
    };
    for &lang in Lang::BUILT {
        let sections = published_sections(lang);
        assert_eq!(ids(&sections), ids(&english), "{lang:?} sections");
        assert_eq!(
            citations(&sections),
            citations(&english),
            "{lang:?} citations"
        );
        assert_eq!(links(&sections), links(&english), "{lang:?} links");
        assert_eq!(
            sections.iter().map(|s| s.layout).collect::<Vec<_>>(),
            english.iter().map(|s| s.layout).collect::<Vec<_>>()
        );
        // Every citation points at an entry of the sources list, every entry is cited, and
        // every in-page link at a section.
        let sources: Vec<&str> = sections
            .iter()
            .filter(|section| section.id == SOURCES_SECTION)
            .flat_map(|section| section.blocks.iter())
            .filter_map(|block| match block {
                Block::Sources(entries) => Some(entries.iter().map(|entry| entry.id)),
                _ => None,
            })
            .flatten()
            .collect();
        assert_eq!(sources.len(), 8, "{lang:?}");
        for cited in citations(&sections) {
            assert!(
                sources.contains(&cited),
                "{lang:?}: {cited} is not in the sources"
            );
        }
        for source in &sources {
            assert!(
                citations(&sections).contains(source),
                "{lang:?}: {source} is never cited"
            );
        }
        for target in links(&sections)
            .into_iter()
            .filter(|link| !link.starts_with("https://"))
        {
            assert!(
                ids(&sections).contains(&target),
                "{lang:?}: no section {target}"
            );
        }
    }
}

#[test]
fn counts_agree_with_their_nouns_in_every_language() {
    let money = PlainFormatter::new("USD");
    let one = counted_figures(&money, 1, (1, 1), (1, 1));
    let many = counted_figures(&money, 3, (2, 3), (4, 6));
    let text = |lang: Lang, figures: &PublishedFigures| {
        let words = page_words(lang);
        format!(
            "{}\n{:?}",
            (words.noscript)(figures),
            (words.explanations)(figures)
        )
    };
    let cases: [(Lang, &[&str], &[&str]); 3] = [
        (
            Lang::En,
            &[
                "a series of one such session $",
                "for 1 such session;",
                "begins with 1 treatment.",
                "for 1 week afterwards",
            ],
            &[
                "a series of three such sessions",
                "for 3 such sessions;",
                "begins with 2–3 treatments.",
                "for 4–6 weeks afterwards",
            ],
        ),
        (
            Lang::Es,
            &[
                "una serie de una sesión de este tipo",
                "una serie de 1 sesión",
                "empieza con 1 tratamiento.",
                "durante 1 semana después",
                "por 1 sesión de este tipo",
            ],
            &[
                "una serie de tres sesiones de este tipo",
                "una serie de 3 sesiones",
                "empieza con 2–3 tratamientos.",
                "durante 4–6 semanas después",
                "por 3 sesiones de este tipo",
            ],
        ),
        (
            Lang::De,
            &[
                "eine Serie von einer solchen Sitzung",
                "eine Serie von 1 Sitzung",
                "beginnt mit 1 Behandlung.",
                "noch 1 Woche lang",
                "für 1 solche Sitzung;",
            ],
            &[
                "eine Serie von drei solchen Sitzungen",
                "eine Serie von 3 Sitzungen",
                "beginnt mit 2–3 Behandlungen.",
                "noch 4–6 Wochen lang",
                "für 3 solche Sitzungen;",
            ],
        ),
    ];
    for (lang, singular, plural) in cases {
        let (one_text, many_text) = (text(lang, &one), text(lang, &many));
        for phrase in singular {
            assert!(
                one_text.contains(phrase),
                "{lang:?} one: {phrase}\n{one_text}"
            );
        }
        for phrase in plural {
            assert!(
                many_text.contains(phrase),
                "{lang:?} many: {phrase}\n{many_text}"
            );
        }
    }
}

#[test]
fn the_figures_come_from_the_published_book() {
    let book = PriceBook::published();
    let money = PlainFormatter::new("USD");
    let figures = published_figures(&book, &money).unwrap();
    assert_eq!(figures.source, "RegenClinics.org, 2026");
    assert_eq!(figures.range(figures.one_session), "$600 – $1,500");
    assert_eq!(figures.tight_range(figures.series), "$2,000–$4,000");
    assert_eq!(figures.series_sessions, 3);
    assert_eq!(figures.range(figures.injectable), "$3,000 – $6,000");
    assert_eq!(figures.microneedling_hours, (24, 48));
    assert_eq!(figures.laser_days, (3, 7));
    assert_eq!(figures.typical_sessions, (2, 3));
    assert_eq!(figures.results_weeks, (4, 6));
}
