//! The calculator's view in Spanish and German: every message of the view part keeps the
//! figures and names it is given, every state of the published book reads with nothing left
//! in English, plurals agree, and the published book's own text has a translation in every
//! language while a clinic's stays as the clinic wrote it.

mod words_check;

use estimator_core::content::{Caveat, Reference};
use estimator_core::form::SessionsError;
use estimator_core::price_book::{PriceBook, TimeUnit};
use estimator_core::view::{
    book_label, caveat_view, crash_words, estimate_view, page_view, questions, questions_view,
    result_words, time_range, FigureKind, ResultView,
};
use estimator_core::words::view::{TierHint, ViewWords};
use estimator_core::words::words;
use estimator_core::{estimate, Lang, PlainFormatter, RawInput, Request};
use words_check::{assert_no_english, book_texts, ids_of, page_states, TRANSLATED};

const NUMBER: u32 = 7777;
const OTHER: u32 = 8888;
const NAME: &str = "«NAME»";
const TEXT: &str = "«TEXT»";

fn view_words(lang: Lang) -> &'static ViewWords {
    words(lang).view
}

/// One message of every language, by the name of its field, with the arguments it was given.
struct Message {
    field: String,
    arguments: Vec<String>,
    by_lang: Vec<(Lang, String)>,
}

/// Calls `word` in every language and keeps what each says.
fn message(field: &str, arguments: &[&str], word: impl Fn(&ViewWords) -> String) -> Message {
    Message {
        field: field.to_owned(),
        arguments: arguments
            .iter()
            .map(|argument| (*argument).to_owned())
            .collect(),
        by_lang: Lang::BUILT
            .iter()
            .map(|&lang| (lang, word(view_words(lang))))
            .collect(),
    }
}

/// Every `fn` field of the view part, called with sentinel arguments.
fn messages() -> Vec<Message> {
    let n = NUMBER.to_string();
    let m = OTHER.to_string();
    let (n, m) = (n.as_str(), m.as_str());
    let mut all = vec![
        message("sessions_hint", &[n, m, TEXT], |w| {
            (w.sessions_hint)(NUMBER, OTHER, TEXT)
        }),
        message("needs_sessions", &[n, m], |w| {
            (w.needs_sessions)(NUMBER, OTHER)
        }),
        message("book_label_clinic", &[NAME], |w| {
            (w.book_label_clinic)(NAME)
        }),
        message("book_label_example", &[NAME], |w| {
            (w.book_label_example)(NAME)
        }),
        message("summary", &[NAME, TEXT, n], |w| {
            (w.summary)(NAME, TEXT, NUMBER)
        }),
        message("summary_sessions_to_enter", &[NAME, TEXT], |w| {
            (w.summary_sessions_to_enter)(NAME, TEXT)
        }),
        message("interval_monthly", &[n], |w| (w.interval_monthly)(NUMBER)),
        message("interval_apart", &[n], |w| (w.interval_apart)(NUMBER)),
        message("total_label", &[n], |w| (w.total_label)(NUMBER)),
        message("downtime_over_label", &[n], |w| {
            (w.downtime_over_label)(NUMBER)
        }),
        message("results_value", &[NAME, TEXT], |w| {
            (w.results_value)(NAME, TEXT)
        }),
        message("absent_price_clinic", &[NAME, TEXT], |w| {
            (w.absent_price_clinic)(NAME, TEXT)
        }),
        message("absent_price_published", &[NAME, TEXT], |w| {
            (w.absent_price_published)(NAME, TEXT)
        }),
        message("downtime_effects_note", &[TEXT], |w| {
            (w.downtime_effects_note)(TEXT)
        }),
        message("schedule_note", &[NAME, TEXT], |w| {
            (w.schedule_note)(NAME, TEXT)
        }),
        message("above_typical", &[n, TEXT], |w| {
            (w.above_typical)(NUMBER, TEXT)
        }),
        message("below_typical", &[TEXT], |w| (w.below_typical)(TEXT)),
        message("answer_downtime", &[TEXT], |w| (w.answer_downtime)(TEXT)),
        message("figures_from", &[TEXT], |w| (w.figures_from)(TEXT)),
        message("source_line", &[TEXT], |w| (w.source_line)(TEXT)),
        message("from_line", &[TEXT], |w| (w.from_line)(TEXT)),
        message("cite_clinic", &[TEXT], |w| (w.cite_clinic)(TEXT)),
        message("cite_example", &[TEXT], |w| (w.cite_example)(TEXT)),
        message("rule_line", &[TEXT], |w| (w.rule_line)(TEXT)),
        message("series_part", &[n, m], |w| (w.series_part)(NUMBER, OTHER)),
        message("singles_part", &[n], |w| (w.singles_part)(NUMBER)),
        message("rule_series_then_singles", &[n, TEXT], |w| {
            (w.rule_series_then_singles)(NUMBER, TEXT)
        }),
        message("band", &["7", "77"], |w| (w.band)(7, 77)),
        message("rule_span_one", &[NAME], |w| (w.rule_span_one)(NAME)),
        message("rule_span_many", &[TEXT], |w| (w.rule_span_many)(TEXT)),
        message("rule_assumed_monthly", &[n], |w| {
            (w.rule_assumed_monthly)(NUMBER)
        }),
        message("rule_monthly_as_weeks", &[n], |w| {
            (w.rule_monthly_as_weeks)(NUMBER)
        }),
        message("rule_last_session_plus_results", &[n, m], |w| {
            (w.rule_last_session_plus_results)(NUMBER, OTHER)
        }),
    ];
    for clinic in [false, true] {
        all.push(message(
            &format!("rule_tier_band(clinic: {clinic})"),
            &[NAME, TEXT],
            |w| (w.rule_tier_band)(NAME, TEXT, clinic),
        ));
        all.push(message(
            &format!("rule_per_session(has_cents: {clinic})"),
            &[],
            |w| (w.rule_per_session)(clinic),
        ));
        let names = [NAME.to_owned(), TEXT.to_owned()];
        let hints = [
            ("WholeRangeBanded", TierHint::WholeRangeBanded, vec![]),
            ("WholeRange", TierHint::WholeRange, vec![]),
            ("NoPrice", TierHint::NoPrice, vec![]),
            ("OnlyOne", TierHint::OnlyOne(NAME), vec![NAME]),
            ("Span", TierHint::Span(&names), vec![NAME, TEXT]),
        ];
        for (name, hint, arguments) in hints {
            all.push(message(
                &format!("tier_hint({name}, clinic: {clinic})"),
                &arguments,
                |w| (w.tier_hint)(hint, clinic),
            ));
        }
    }
    for (from, to) in [(0, 50), (25, 75), (50, 100), (0, 100)] {
        all.push(message(&format!("band({from}, {to})"), &[], |w| {
            (w.band)(from, to)
        }));
    }
    for kind in [FigureKind::Quoted, FigureKind::Derived, FigureKind::Absent] {
        all.push(message(
            &format!("price_label_published({kind:?})"),
            &[],
            |w| (w.price_label_published)(kind).to_owned(),
        ));
        all.push(message(
            &format!("price_label_clinic({kind:?})"),
            &[NAME],
            |w| (w.price_label_clinic)(NAME, kind),
        ));
        all.push(message(
            &format!("price_label_example({kind:?})"),
            &[NAME],
            |w| (w.price_label_example)(NAME, kind),
        ));
    }
    let errors = [
        SessionsError::Empty,
        SessionsError::NotANumber(TEXT.to_owned()),
        SessionsError::NotWhole(TEXT.to_owned()),
        SessionsError::TooFew("-7777".to_owned()),
        SessionsError::TooFew("0".to_owned()),
        SessionsError::TooMany(n.to_owned()),
    ];
    for error in errors {
        let arguments: Vec<String> = match &error {
            SessionsError::Empty => vec![],
            SessionsError::NotANumber(text)
            | SessionsError::NotWhole(text)
            | SessionsError::TooFew(text)
            | SessionsError::TooMany(text) => vec![text.clone()],
        };
        let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
        all.push(message(
            &format!("sessions_error({error:?})"),
            &arguments,
            |w| (w.sessions_error)(&error),
        ));
    }
    for caveat in Caveat::ALL {
        all.push(message(&format!("caveat_title({caveat:?})"), &[], |w| {
            (w.caveat_title)(caveat).to_owned()
        }));
        all.push(message(&format!("caveat_body({caveat:?})"), &[], |w| {
            (w.caveat_body)(caveat).to_owned()
        }));
    }
    for method in PriceBook::published().methods() {
        let id = method.id.clone();
        all.push(message(&format!("method_term({id})"), &[], |w| {
            (w.method_term)(&id).unwrap_or_default().to_owned()
        }));
    }
    for reference in references() {
        all.push(message(
            &format!("reference_date({})", reference.date),
            &["20"],
            |w| (w.reference_date)(reference).to_owned(),
        ));
    }
    all
}

/// Every document a caveat links to, once each.
fn references() -> Vec<Reference> {
    let mut all: Vec<Reference> = Vec::new();
    for caveat in Caveat::ALL {
        for reference in caveat.references() {
            if !all.contains(reference) {
                all.push(*reference);
            }
        }
    }
    all
}

#[test]
fn every_message_keeps_its_figures_and_names_and_is_translated() {
    for message in messages() {
        let english = message
            .by_lang
            .iter()
            .find(|(lang, _)| *lang == Lang::En)
            .map(|(_, text)| text.clone())
            .unwrap_or_default();
        for (lang, text) in &message.by_lang {
            assert!(!text.trim().is_empty(), "{lang:?} {}: empty", message.field);
            for argument in &message.arguments {
                assert!(
                    text.contains(argument.as_str()),
                    "{lang:?} {} drops {argument}: {text}",
                    message.field
                );
            }
            if *lang != Lang::En {
                assert_ne!(
                    text, &english,
                    "{lang:?} {} is the English text",
                    message.field
                );
            }
        }
    }
}

/// Every fixed text of the view part, in one order for every language.
fn fixed_texts(w: &ViewWords) -> Vec<&'static str> {
    vec![
        w.no_methods,
        w.lot_data_label,
        w.lot_data_hint,
        w.book_label_published,
        w.per_session_label,
        w.downtime_each_label,
        w.results_label,
        w.no_results_date,
        w.under_study_results,
        w.no_price_listed,
        w.no_published_figure,
        w.no_figure_given,
        w.no_recovery_time,
        w.one_session_schedule,
        w.as_of_unknown,
        w.disclaimer,
        w.ask_includes_title,
        w.ask_includes_note,
        w.answer_no_downtime_figure,
        w.answer_no_published_downtime,
        w.no_source_figures,
        w.no_source_figure,
        w.rule_single_times_sessions,
        w.rule_downtime_times_sessions,
        w.questions_title,
        w.questions_lede,
        w.crash.title,
        w.crash.advice,
        w.result.title,
        w.result.caveats_title,
        w.result.how_worked_out,
        w.controls.form_label,
        w.controls.method_label,
        w.controls.tier_label,
        w.controls.sessions_label,
        w.controls.fewer_label,
        w.controls.more_label,
        w.badges.quoted,
        w.badges.derived,
        w.badges.absent,
        w.badges.clinic_quoted,
        w.badges.clinic_derived,
        w.badges.clinic_absent,
    ]
}

#[test]
fn every_fixed_text_of_the_view_part_is_translated() {
    for lang in TRANSLATED {
        let (en, other) = (view_words(Lang::En), view_words(lang));
        let pairs = fixed_texts(en).into_iter().zip(fixed_texts(other));
        for (english, translated) in pairs {
            assert!(
                !translated.trim().is_empty(),
                "{lang:?}: empty for {english}"
            );
            assert_ne!(english, translated, "{lang:?} leaves this in English");
        }
        for (english, translated) in en.ask_includes.iter().zip(other.ask_includes) {
            assert_ne!(*english, translated, "{lang:?} leaves this in English");
        }
        for (english, translated) in en.questions.iter().zip(other.questions) {
            assert_ne!(english.question, translated.question, "{lang:?}");
            assert_ne!(english.why, translated.why, "{lang:?}");
            assert!(translated.question.ends_with('?'), "{lang:?}");
        }
        for (english, translated) in [
            (en.hour, other.hour),
            (en.day, other.day),
            (en.week, other.week),
            (en.session, other.session),
            (en.treatment, other.treatment),
        ] {
            assert_ne!(english, translated, "{lang:?}");
        }
    }
}

/// The names the product owner chose for the controls.
#[test]
fn the_controls_carry_the_product_owners_names() {
    let controls = |lang: Lang| view_words(lang).controls;
    assert_eq!(controls(Lang::En).method_label, "Delivery method");
    assert_eq!(controls(Lang::En).tier_label, "Product tier");
    assert_eq!(controls(Lang::En).sessions_label, "Number of sessions");
    assert_eq!(controls(Lang::Es).method_label, "Método de aplicación");
    assert_eq!(controls(Lang::Es).tier_label, "Tipo de producto");
    assert_eq!(controls(Lang::Es).sessions_label, "Número de sesiones");
    assert_eq!(controls(Lang::De).method_label, "Anwendungsmethode");
    assert_eq!(controls(Lang::De).tier_label, "Produkttyp");
    assert_eq!(controls(Lang::De).sessions_label, "Anzahl der Sitzungen");
    let book = PriceBook::published();
    let raw = RawInput::initial(&book);
    let money = PlainFormatter::new(book.currency());
    for &lang in Lang::BUILT {
        let page = page_view(&book, &raw, &money, lang);
        assert_eq!(page.controls, controls(lang));
        assert_eq!(page.result_words, result_words(lang));
        assert_eq!(crash_words(lang), view_words(lang).crash);
    }
}

/// Every text of the published book itself: its name and date line and its own texts (see
/// [`words_check::book_texts`]).
fn published_texts(book: &PriceBook) -> Vec<String> {
    let mut texts = vec![book.name().to_owned()];
    texts.extend(book.as_of().map(str::to_owned));
    texts.extend(book_texts(book));
    texts
}

#[test]
fn every_text_of_the_published_book_has_a_translation_in_each_language() {
    let book = PriceBook::published();
    let texts = published_texts(&book);
    assert!(texts.len() >= 15, "{texts:?}");
    for text in &texts {
        assert_eq!(
            (view_words(Lang::En).published_text)(text),
            None,
            "English shows the book as written"
        );
        for lang in TRANSLATED {
            let translated = (view_words(lang).published_text)(text);
            let Some(translated) = translated else {
                panic!("{lang:?} has no translation of the published book's “{text}”");
            };
            assert_ne!(translated, text, "{lang:?}");
            assert_eq!(
                estimator_core::view::book_text(&book, text, lang),
                translated
            );
        }
    }
}

#[test]
fn the_published_names_reach_every_place_that_shows_them() {
    let book = PriceBook::published();
    let money = PlainFormatter::new(book.currency());
    let raw = RawInput {
        method: "injection".to_owned(),
        tier: "msc-injectable".to_owned(),
        sessions: "2".to_owned(),
        lot_data: false,
    };
    let page = page_view(&book, &raw, &money, Lang::Es);
    let labels: Vec<&str> = page
        .methods
        .iter()
        .map(|option| option.label.as_str())
        .collect();
    assert!(labels.contains(&"Inyecciones de exosomas"), "{labels:?}");
    assert!(page
        .tiers
        .iter()
        .any(|option| option.label == "No estoy seguro"));
    let ResultView::Estimate(view) = &page.result else {
        panic!("two sessions give an estimate");
    };
    assert!(view
        .summary
        .starts_with("Inyecciones de exosomas · Inyectable de MSC"));
    assert!(view.as_of.contains("2026") && view.as_of != "Source figures from 2026");
    let note = view.downtime_per_session.note.clone().unwrap_or_default();
    assert!(
        note.contains("moretones y enrojecimiento pasajero"),
        "{note}"
    );
    assert!(
        view.total
            .provenance
            .iter()
            .any(|line| line.starts_with("Según el artículo de resumen")),
        "{:?}",
        view.total.provenance
    );
    // A tier named in a rule and in the tier hint, in German.
    let raw = RawInput {
        method: "microneedling".to_owned(),
        tier: "plant".to_owned(),
        sessions: "3".to_owned(),
        lot_data: false,
    };
    let page = page_view(&book, &raw, &money, Lang::De);
    let ResultView::Estimate(view) = &page.result else {
        panic!("three sessions give an estimate");
    };
    assert!(
        view.total
            .provenance
            .iter()
            .any(|line| line.contains("„Pflanzlich“ in die untere Hälfte")),
        "{:?}",
        view.total.provenance
    );
    let hint = page_view(
        &book,
        &RawInput {
            method: "injection".to_owned(),
            ..raw
        },
        &money,
        Lang::De,
    )
    .tier_hint;
    assert!(
        hint.contains("„Hochwirksames injizierbares MSC-Präparat"),
        "{hint}"
    );
}

/// A view's `Debug` text with what is not a sentence taken out: the ids (see
/// [`words_check::ids_of`]).
fn readable(debug: &str, book: &PriceBook) -> String {
    let mut text = debug.to_owned();
    for id in ids_of(book) {
        text = text.replace(&format!("\"{id}\""), "\"\"");
    }
    text
}

/// Every state of the calculator on the published book, and each kind of unusable session
/// text for every method and tier.
fn states(book: &PriceBook) -> Vec<RawInput> {
    let mut states = page_states(book);
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            for sessions in ["", "abc", "2.5", "0", "-3", "999"] {
                states.push(RawInput {
                    method: method.id.clone(),
                    tier: tier.id.clone(),
                    sessions: sessions.to_owned(),
                    lot_data: false,
                });
            }
        }
    }
    states
}

#[test]
fn every_page_state_leaves_nothing_in_english() {
    let book = PriceBook::published();
    let money = PlainFormatter::new(book.currency());
    let states = states(&book);
    // 14 method and tier pairs: 6 counts × 2 answers, and 6 unusable texts, each.
    assert_eq!(states.len(), 14 * (12 + 6));
    for raw in &states {
        let name = format!("{raw:?}");
        let english = format!("{:?}", page_view(&book, raw, &money, Lang::En));
        for lang in TRANSLATED {
            let other = format!("{:?}", page_view(&book, raw, &money, lang));
            assert_no_english(
                lang,
                &name,
                &readable(&english, &book),
                &readable(&other, &book),
                &book,
            );
        }
    }
}

#[test]
fn every_caveat_question_and_label_leaves_nothing_in_english() {
    let book = PriceBook::published();
    for lang in TRANSLATED {
        for caveat in Caveat::ALL {
            let english = format!("{:?}", caveat_view(caveat, Lang::En));
            let other = format!("{:?}", caveat_view(caveat, lang));
            assert_no_english(
                lang,
                caveat.id(),
                &readable(&english, &book),
                &readable(&other, &book),
                &book,
            );
        }
        let pairs = [
            (
                "questions",
                format!("{:?}", questions_view(Lang::En)),
                format!("{:?}", questions_view(lang)),
            ),
            (
                "crash",
                format!("{:?}", crash_words(Lang::En)),
                format!("{:?}", crash_words(lang)),
            ),
            (
                "book label",
                format!("{:?}", book_label(&book, None, Lang::En)),
                format!("{:?}", book_label(&book, None, lang)),
            ),
        ];
        for (name, english, other) in pairs {
            assert_no_english(
                lang,
                name,
                &readable(&english, &book),
                &readable(&other, &book),
                &book,
            );
        }
        assert_eq!(questions(lang), questions_view(lang).questions);
    }
}

#[test]
fn counts_agree_with_one_and_many() {
    let cases = [
        (Lang::En, 1, "Total for 1 session", "1 single session"),
        (Lang::En, 3, "Total for 3 sessions", "3 single sessions"),
        (
            Lang::Es,
            1,
            "Precio total de 1 sesión",
            "1 sesión individual",
        ),
        (
            Lang::Es,
            3,
            "Precio total de 3 sesiones",
            "3 sesiones individuales",
        ),
        (
            Lang::De,
            1,
            "Gesamtpreis für 1 Sitzung",
            "1 einzelne Sitzung",
        ),
        (
            Lang::De,
            3,
            "Gesamtpreis für 3 Sitzungen",
            "3 einzelne Sitzungen",
        ),
    ];
    for (lang, count, total, singles) in cases {
        let w = view_words(lang);
        assert_eq!((w.total_label)(count), total);
        assert_eq!((w.singles_part)(count), singles);
    }
    let summary = |lang, count| (view_words(lang).summary)("M", "T", count);
    assert_eq!(summary(Lang::En, 1), "M · T · 1 session");
    assert_eq!(summary(Lang::Es, 1), "M · T · 1 sesión");
    assert_eq!(summary(Lang::Es, 3), "M · T · 3 sesiones");
    assert_eq!(summary(Lang::De, 1), "M · T · 1 Sitzung");
    assert_eq!(summary(Lang::De, 3), "M · T · 3 Sitzungen");
    assert_eq!((view_words(Lang::Es).series_part)(1, 3), "1 serie de 3");
    assert_eq!((view_words(Lang::Es).series_part)(2, 3), "2 series de 3");
    assert_eq!((view_words(Lang::De).series_part)(1, 3), "1 Serie zu je 3");
    assert_eq!((view_words(Lang::De).series_part)(2, 3), "2 Serien zu je 3");
    assert_eq!(time_range(1, 1, TimeUnit::Days, Lang::Es), "1 día");
    assert_eq!(time_range(3, 7, TimeUnit::Days, Lang::Es), "3–7 días");
    assert_eq!(time_range(1, 1, TimeUnit::Days, Lang::De), "1 Tag");
    assert_eq!(time_range(3, 7, TimeUnit::Days, Lang::De), "3–7 Tage");
    assert_eq!(
        time_range(72, 144, TimeUnit::Hours, Lang::De),
        "72–144 Stunden (3–6 Tage)"
    );
    assert_eq!(
        time_range(72, 144, TimeUnit::Hours, Lang::Es),
        "72–144 horas (3–6 días)"
    );
    assert_eq!((view_words(Lang::Es).interval_apart)(1), "cada semana");
    assert_eq!((view_words(Lang::De).interval_apart)(4), "alle 4 Wochen");
    // The answer line and the summary, for one session and for several.
    let book = PriceBook::published();
    let money = PlainFormatter::new(book.currency());
    for (lang, sessions, count) in [
        (Lang::Es, 1, "1 sesión ·"),
        (Lang::Es, 2, "2 sesiones ·"),
        (Lang::De, 1, "1 Sitzung ·"),
        (Lang::De, 2, "2 Sitzungen ·"),
    ] {
        let request = Request {
            method: "microneedling".to_owned(),
            tier: "not-sure".to_owned(),
            sessions,
        };
        let Some(estimate) = estimate(&book, &request) else {
            panic!("the published book has microneedling");
        };
        let view = estimate_view(&estimate, &money, lang);
        assert!(view.answer.starts_with(count), "{}", view.answer);
        assert!(
            view.summary.ends_with(count.trim_end_matches(" ·")),
            "{}",
            view.summary
        );
    }
}

/// A clinic writes its own names in its own language: the view shows them as written, even
/// where they are the published book's English words.
#[cfg(feature = "clinic")]
#[test]
fn a_clinics_names_stay_as_the_clinic_wrote_them() {
    use estimator_core::clinic_config::ClinicConfig;
    let config = ClinicConfig::from_json(include_str!("../data/example-clinic-config.json"));
    let Ok(config) = config else {
        panic!("the example configuration reads");
    };
    let book = config.book();
    let money = PlainFormatter::new(book.currency());
    let page = page_view(book, &RawInput::initial(book), &money, Lang::Es);
    for (option, method) in page.methods.iter().zip(book.methods()) {
        assert_eq!(option.label, method.name);
    }
    for option in &page.tiers {
        let tier = book.tiers().iter().find(|tier| tier.id == option.value);
        assert_eq!(Some(&option.label), tier.map(|tier| &tier.name));
    }
    let ResultView::Estimate(view) = &page.result else {
        panic!("the example's first method has an estimate");
    };
    assert_eq!(Some(view.as_of.as_str()), book.as_of());
}
