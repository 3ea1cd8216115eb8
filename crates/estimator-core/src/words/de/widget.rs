//! The German words of the widget part.

use crate::words::widget::WidgetWords;

/// Said after every statement of who supplied a framed or linked configuration.
const UNCHECKED: &str =
    "Der Herausgeber dieses Rechners hat sie nicht geprüft und übernimmt keine Gewähr dafür.";

pub const WORDS: WidgetWords = WidgetWords {
    widget_title: "Kostenrechner für Exosomenbehandlungen",
    book_with: |clinic| format!("Beratungstermin bei {clinic} vereinbaren"),
    call_number: |phone| format!("{phone} anrufen"),
    cta_lead: |clinic| {
        format!("Ihren Preis kann Ihnen nur {clinic} in einem Kostenvoranschlag nennen. Nehmen Sie die vier Fragen mit.")
    },
    compact_book: "Beratungstermin vereinbaren",
    compact_call: "Klinik anrufen",
    privacy: "Dieser Rechner selbst schickt nichts von dem, was Sie eingeben, irgendwohin: Er berechnet jede Zahl in Ihrem Browser. Skripte der Website, die ihn zeigt, können sehen, was Sie eingeben – wie auf jeder Webseite.",
    supplied_by_origin: |origin| {
        format!(
            "Klinikname, Preise und Links in diesem eingebetteten Fenster stammen von {origin}, der Website, die es zeigt. {UNCHECKED}"
        )
    },
    supplied_by_framing_page: "Klinikname, Preise und Links in diesem eingebetteten Fenster stammen von der Website, die es zeigt. Der Herausgeber dieses Rechners hat sie nicht geprüft und übernimmt keine Gewähr dafür.",
    supplied_by_link: "Klinikname, Preise und Links auf dieser Seite kamen mit dem Link, den Sie geöffnet haben. Der Herausgeber dieses Rechners hat sie nicht geprüft und übernimmt keine Gewähr dafür.",
    // The table of names has no German names; the language's own name is the one its
    // readers know.
    language_unavailable: |language| match language {
        Some(language) => format!(
            "Dieser Rechner ist in der Sprache dieser Website ({}) noch nicht verfügbar. Er wird auf Deutsch angezeigt.",
            language.own
        ),
        None => "Dieser Rechner ist in der Sprache dieser Website noch nicht verfügbar. Er wird auf Deutsch angezeigt.".to_owned(),
    },
};
