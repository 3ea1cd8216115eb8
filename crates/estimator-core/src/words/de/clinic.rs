//! The German words of the clinic part, for patients in Germany (*Sie*).
//!
//! An APR is written as German writes a percentage: a decimal comma and a (no-break) space
//! before the percent sign ("19,9 %"). The US "APR" is the glossary's „effektiver Jahreszins“.

use crate::lang::Lang;
use crate::words::clinic::{ClinicWords, CurrencyUnit, PlanSummary};

/// Said after every list of what a booking click sends.
const NOTHING_ELSE: &str =
    "Sonst nichts: weder der Preis, der Ihnen genannt wurde, noch die Zahlen zur Finanzierung.";

/// "Monat" or "Monate", after a number in the nominative or accusative ("24 Monate", "über
/// 12 Monate").
fn months(count: u32) -> &'static str {
    Lang::De.plural(count, "Monat", "Monate")
}

/// "Monat" or "Monaten", after a number in the dative ("innerhalb von 12 Monaten", "nach
/// 1 Monat").
fn months_dative(count: u32) -> &'static str {
    Lang::De.plural(count, "Monat", "Monaten")
}

pub const WORDS: ClinicWords = ClinicWords {
    decimal_mark: ",",
    percent: |digits| format!("{digits}\u{a0}%"),

    financing_heading: "In Monatsraten zahlen",
    financing_intro: "Ein Rechenbeispiel dafür, was ein Kredit über die geschätzten Gesamtkosten kosten würde, am unteren und am oberen Ende der Spanne. Die tatsächlichen Bedingungen nennt nur der Kreditvertrag des Kreditgebers.",
    choice_label: "Finanzierungsplan",
    type_own_choice: "Ich gebe effektiven Jahreszins und Laufzeit selbst ein",
    plan_option: |name, terms| format!("{name}: {terms}"),
    terms_line: |apr, term, deferred| {
        let mut line = format!("effektiver Jahreszins {apr} · {term} {}", months(term));
        if let Some(promotion) = deferred {
            line.push_str(&format!(
                " · keine Zinsen bei vollständiger Zahlung innerhalb von {promotion} {} (aufgeschobene Zinsen)",
                months_dative(promotion)
            ));
        }
        line
    },
    plan_citation: |clinic, plan, provider, as_of| {
        let offered_by = clinic.map_or_else(|| "der Klinik".to_owned(), |name| format!("von {name}"));
        let provider = provider
            .map(|provider| format!(", Anbieter: {provider}"))
            .unwrap_or_default();
        format!(
            "Quelle: Plan „{plan}“ {offered_by}{provider}; Konditionen, Stand: {as_of}. Fragen Sie die Klinik oder den Anbieter nach dem Kreditvertrag."
        )
    },
    apr_label: "Effektiver Jahreszins (%)",
    apr_hint: "Von 0 bis 100, wie im Kreditvertrag oder im Finanzierungsangebot angegeben, das Sie erhalten haben. Dieser Rechner schlägt keinen Zinssatz vor.",
    months_label: "Laufzeit (Monate)",
    months_hint: |min, max| format!("Eine ganze Zahl von Monaten, von {min} bis {max}."),

    apr_empty: "Geben Sie den effektiven Jahreszins des Angebots, das Sie erhalten haben, in Prozent ein.",
    apr_negative: |typed| {
        format!("„{typed}“ ist negativ; ein effektiver Jahreszins beträgt 0\u{a0}% oder mehr (geben Sie 0 für einen Plan ohne Zinsen ein).")
    },
    apr_above_max: |typed| {
        format!("„{typed}“ liegt über 100\u{a0}%, dem höchsten effektiven Jahreszins, den dieses Rechenbeispiel abdeckt; prüfen Sie den Zinssatz im Angebot, das Sie erhalten haben.")
    },
    apr_too_precise: |typed| {
        format!("„{typed}“ hat mehr als zwei Nachkommastellen; geben Sie den effektiven Jahreszins mit höchstens zwei Nachkommastellen ein, so wie er im Plan steht.")
    },
    apr_not_a_rate: |typed| {
        format!("„{typed}“ ist kein Zinssatz; geben Sie den effektiven Jahreszins als Prozentzahl von 0 bis 100 ein, so wie er im Angebot steht, das Sie erhalten haben.")
    },

    months_empty: |min, max| format!("Geben Sie die Laufzeit in Monaten ein, von {min} bis {max}."),
    months_negative: |typed, min, max| {
        format!("„{typed}“ ist negativ; eine Laufzeit beträgt {min} bis {max} {}.", months(max))
    },
    months_not_whole: |typed, min, max| {
        format!("„{typed}“ ist keine ganze Zahl von Monaten; geben Sie eine Laufzeit von {min} bis {max} {} ein.", months_dative(max))
    },
    months_too_short: |typed, min, max| {
        format!(
            "„{typed}“: Die Laufzeit beträgt mindestens {min} {}; geben Sie eine Laufzeit von {min} bis {max} {} ein.",
            months(min),
            months_dative(max)
        )
    },
    months_too_long: |typed, max| {
        format!("„{typed}“ ist länger als {max} {} (zehn Jahre), die längste Laufzeit, die dieses Rechenbeispiel abdeckt.", months(max))
    },
    months_not_a_number: |typed, min, max| {
        format!("„{typed}“ ist keine Anzahl von Monaten; geben Sie eine ganze Zahl von {min} bis {max} ein.")
    },

    needs_rate_and_term: "Geben Sie den effektiven Jahreszins und die Laufzeit eines Angebots ein, das Sie erhalten haben, um zu sehen, was es im Monat kosten würde. Es wird kein Zinssatz für Sie eingetragen.",
    needs_correction: "Korrigieren Sie oben den effektiven Jahreszins und die Laufzeit, um das Rechenbeispiel zu sehen.",
    needs_sessions: "Geben Sie oben eine gültige Anzahl der Sitzungen ein: Das Rechenbeispiel braucht die geschätzten Gesamtkosten.",
    no_price: "Für diese Auswahl gibt es keinen veröffentlichten Preis, daher gibt es nichts zu berechnen.",

    total_label: "Summe der Zahlungen",
    interest_label: "Zinsen",
    rule: |unit| {
        let (nearest, whole) = match unit {
            CurrencyUnit::Whole => (
                "auf die nächste ganze Währungseinheit",
                "in ganzen Währungseinheiten",
            ),
            CurrencyUnit::Thousandth => (
                "auf das nächste Tausendstel der Währungseinheit",
                "in ganzen Tausendsteln der Währungseinheit",
            ),
            CurrencyUnit::Cent => ("auf den nächsten Cent", "in ganzen Cent"),
        };
        format!(
            "So wird gerechnet: übliche Tilgung in gleichen Monatsraten. Jeden Monat kommen zum noch offenen Betrag Zinsen hinzu, berechnet mit dem effektiven Jahreszins geteilt durch 12 und gerundet {nearest} (eine genaue Hälfte wird aufgerundet). Die Monatsrate ist der kleinste Betrag {whole}, mit dem der finanzierte Betrag innerhalb der Laufzeit zurückgezahlt ist; deshalb kann die letzte Rate etwas kleiner sein. Bei 0\u{a0}% ist das der Betrag geteilt durch die Anzahl der Monate, aufgerundet {nearest}. Gebühren, Versicherungen und Verzugskosten sind nicht enthalten."
        )
    },
    not_an_offer: "Ein Rechenbeispiel, kein Kreditangebot.",
    low_end: "Unteres Ende der Schätzung",
    high_end: "Oberes Ende der Schätzung",
    single_end: "Die Schätzung",
    rate_standard: |apr| format!("Effektiver Jahreszins {apr}"),
    rate_deferred: |promotion, apr| {
        format!(
            "0\u{a0}% bei vollständiger Zahlung innerhalb von {promotion} {} (sonst aufgeschobene Zinsen zum effektiven Jahreszins von {apr})",
            months_dative(promotion)
        )
    },
    caption_standard: |term, apr| {
        format!(
            "Rückzahlung über {term} {} zum effektiven Jahreszins von {apr}",
            months(term)
        )
    },
    caption_deferred: |promotion| {
        format!(
            "Vollständig bezahlt innerhalb des Aktionszeitraums von {promotion} {} – und was es kostet, wenn nicht",
            months_dative(promotion)
        )
    },
    if_not_cleared: |promotion, interest, amount, apr| {
        format!(
            "Ist nach {promotion} {} noch etwas offen, werden auf einmal Zinsen von {interest} berechnet: zum effektiven Jahreszins von {apr} auf den vollen Betrag von {amount}, ab dem Kaufdatum. Der dann noch offene Betrag und die Zinsen darauf kommen hinzu.",
            months_dative(promotion)
        )
    },
    deferred_assumption: |promotion, apr| {
        format!(
            "Annahme, wie sie Pläne mit aufgeschobenen Zinsen meist vorsehen: Wird der Betrag nicht innerhalb von {promotion} {} vollständig bezahlt, werden Zinsen ab dem Kaufdatum auf den vollen Betrag zum effektiven Jahreszins von {apr} berechnet (einfache Monatszinsen, auf den nächsten Cent gerundet). Prüfen Sie die Bedingungen Ihres eigenen Plans.",
            months_dative(promotion)
        )
    },
    nothing_to_repay: "Nichts zurückzuzahlen",
    monthly: |payment| format!("{payment} im Monat"),
    disclosure: |rate, term, payments, last, total| {
        let last = last
            .map(|last| format!(", die letzte {last}"))
            .unwrap_or_default();
        format!(
            "{rate}, Laufzeit {term} {}: {payments} {}{last}; Summe der Zahlungen {total}. Ein Rechenbeispiel, kein Kreditangebot.",
            months(term),
            Lang::De.plural(payments, "Monatsrate", "Monatsraten"),
        )
    },

    booking_unavailable: "Geben Sie oben eine gültige Anzahl der Sitzungen ein, um Ihren Plan zu senden.",
    call_label: |clinic, number| format!("{clinic} unter {number} anrufen"),
    call_sends: "Startet einen Anruf. Es wird nichts gesendet: Ihr Plan bleibt auf diesem Gerät, damit Sie ihn am Telefon vorlesen können.",
    page_label: |clinic| format!("Diesen Plan an die Terminseite von {clinic} senden"),
    page_sends_nothing: |clinic| {
        format!("Öffnet die Terminseite von {clinic}. Aus Ihrem Plan wird nichts gesendet.")
    },
    page_sends: |clinic, values| {
        format!(
            "Öffnet die Terminseite von {clinic} mit diesen Angaben: {}. {NOTHING_ELSE}",
            values.join(", ")
        )
    },
    sent_method: |value| format!("Methode „{value}“"),
    sent_tier: |value| format!("Produkttyp „{value}“"),
    sent_sessions: |value| format!("Sitzungen „{value}“"),
    sent_start_date: |value| format!("Startdatum „{value}“"),
    sent_no_start_date: "Startdatum (leer: keines gewählt)",
    email_label: |clinic| format!("Diesen Plan als E-Mail an {clinic} senden"),
    email_subject: "Mein Behandlungsplan aus dem Kostenrechner",
    email_body: |plan: &PlanSummary| {
        let start = plan.first_session.unwrap_or("nicht gewählt");
        let total = plan.total.unwrap_or("keine veröffentlichte Angabe");
        let prices = if plan.clinic_prices {
            "eigene Preise der Klinik"
        } else {
            "veröffentlichte Angaben, kein Kostenvoranschlag"
        };
        format!(
            "Sehr geehrtes Team von {},\r\n\r\nich möchte gern über diesen Plan aus dem Kostenrechner auf Ihrer Website sprechen.\r\n\r\nMethode: {}\r\nProdukttyp: {}\r\nSitzungen: {}\r\nErste Sitzung: {start}\r\nGeschätzte Gesamtkosten: {total} ({prices})\r\n",
            plan.clinic,
            plan.method,
            plan.tier,
            plan.sessions,
        )
    },
    email_sends: |address| {
        format!(
            "Öffnet Ihr eigenes E-Mail-Programm mit einer Nachricht an {address}, die Sie vor dem Senden lesen und ändern können: Methode, Produkttyp, Sitzungen, Datum der ersten Sitzung und geschätzte Gesamtkosten. {NOTHING_ELSE}"
        )
    },
};
