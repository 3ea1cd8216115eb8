//! The German words of the planner part: for patients in Germany, with *Sie*.

use crate::calendar::{DateError, MAX_INPUT_YEAR, MIN_INPUT_YEAR};
use crate::lang::Lang;
use crate::money::group_thousands;
use crate::plan::{SessionDowntime, SessionResults, SessionWhen, Until};
use crate::share::{DecodeProblem, FinanceField, LinkDate, LinkNote};
use crate::words::planner::{self, explained, month_name, PlannerLabels, PlannerWords};

/// The FDA explained in the dative, where a view first names it (see the glossary).
const FDA_EXPLAINED_DATIVE: &str = " (der US-Arzneimittelbehörde)";

/// The FDA explained in the accusative.
const FDA_EXPLAINED_ACCUSATIVE: &str = " (die US-Arzneimittelbehörde)";

/// The IND explained, where a view first names it.
const IND_EXPLAINED: &str =
    " (die Genehmigung der FDA, ein neues Arzneimittel an Menschen zu prüfen)";

/// The short month names of `Intl` in German, so that the plain format reads like the
/// browser's.
const MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
    "Dez.",
];

fn plain_date(day: u32, month: u32, year: i32) -> String {
    format!("{day}. {} {year}", month_name(&MONTHS, month))
}

pub const WORDS: PlannerWords = PlannerWords {
    labels: PlannerLabels {
        scenarios_label: "Szenarien",
        add_scenario: "Szenario hinzufügen",
        add_hint: "Fügen Sie ein Szenario hinzu, um bis zu drei Möglichkeiten nebeneinander zu vergleichen.",
        remove_mark: "×",
        plan_title: "Ihr Plan im zeitlichen Verlauf",
        plan_needs_sessions: "Geben Sie die Anzahl der Sitzungen ein, um den Plan zu sehen.",
        notices_title: "Aus dem Link wiederhergestellt; einige Teile wurden weggelassen:",
        dismiss: "Schließen",
    },

    scenario: |number| format!("Szenario {number}"),
    remove_scenario: |scenario| format!("{scenario} entfernen"),
    add_limit: |max| {
        format!("Es lassen sich höchstens {max} Szenarien vergleichen; entfernen Sie eines, um ein anderes hinzuzufügen.")
    },
    compare_link: |count| {
        if count == 1 {
            "Zum Vergleich".to_owned()
        } else {
            format!("Zum Vergleich der {count} Szenarien")
        }
    },
    scenario_added: |number| {
        format!("Szenario {number} wurde hinzugefügt, eine Kopie des Szenarios, das Sie gerade gesehen haben. Ändern Sie es mit den Einstellungen; der Vergleich steht weiter unten.")
    },

    dates_legend: "Termine",
    mode_undated: "Ohne Datum: in Wochen zählen",
    mode_start: "An einem Datum beginnen",
    mode_ready_by: "Rechtzeitig zu einem Anlass abschließen",
    start_label: "Erste Sitzung am",
    ready_by_label: "Abgeschlossen bis (Datum des Anlasses)",
    choose_a_date: "Wählen Sie ein Datum, um den Plan im Kalender zu sehen.",
    date_error,
    plain_date,
    // The page's locale (de-DE) writes a date the plain way.
    page_date: plain_date,

    share_title: "Plan speichern, teilen oder drucken",
    share_hint: "Der Link enthält Ihre Auswahl hinter dem Zeichen #, das Browser nie an einen Server senden. Sonst wird nirgends etwas gespeichert.",
    copy_link: "Link kopieren",
    system_share: "Teilen…",
    print: "Drucken oder als PDF speichern",
    include_quote: "Meinen Kostenvoranschlag auch in den Link aufnehmen",
    copied: "Link kopiert. Fügen Sie ihn irgendwo ein, um zu diesem Plan zurückzukehren.",
    copy_failed: "Dieser Browser hat das Kopieren nicht erlaubt. Markieren Sie den Link unten und kopieren Sie ihn.",
    link_label: "Link zu diesem Plan",
    share_sheet_title: "Kostenplan für eine Exosomenbehandlung",
    printed_on: |date| format!("Gedruckt am {date}. So öffnen Sie diesen Plan wieder:"),
    link_note,

    session_label: |number| format!("Sitzung {number}"),
    week_label: |week| format!("Woche {week}"),
    downtime_window: |duration| format!("Ausfallzeit: {duration}"),
    results_window: |until| format!("Ergebnisse können sich noch {until} weiterentwickeln"),
    results_bar: |weeks| format!("Ergebnisse können sich noch {weeks} lang weiterentwickeln"),
    weeks,
    days,
    until: |until| match until {
        Until::Day(day) => format!("bis zum {day}"),
        Until::Between(from, to) => {
            format!("bis zu einem Tag zwischen dem {from} und dem {to}")
        }
        Until::Week(week) => format!("bis Woche {week}"),
        Until::Weeks(from, to) => format!("bis Woche {from}–{to}"),
    },
    session_sentence: |number, when, downtime, results| {
        let when = match when {
            SessionWhen::Date(date) => format!("am {date}"),
            SessionWhen::Start => "zu Beginn (Woche 0)".to_owned(),
            SessionWhen::Week(week) => format!("in Woche {week}"),
        };
        let downtime = match downtime {
            SessionDowntime::None => ", ohne Ausfallzeit".to_owned(),
            SessionDowntime::Lasting(duration) => format!(", danach {duration} Ausfallzeit"),
            SessionDowntime::NotQuantified => {
                ", danach eine Ausfallzeit, deren Dauer die Quelle nicht angibt".to_owned()
            }
            SessionDowntime::NotPublished => {
                ", ohne veröffentlichte Angabe zur Ausfallzeit".to_owned()
            }
        };
        match results {
            None => format!("Sitzung {number} {when}{downtime}."),
            Some(SessionResults { weeks, until }) => format!(
                "Sitzung {number} {when}{downtime}; ihre Ergebnisse können sich noch {weeks} lang weiterentwickeln, {until}."
            ),
        }
    },
    last_results_label: "Ergebnisse können sich noch weiterentwickeln",
    last_results_bar: "Ergebnisse der letzten Sitzung können sich noch weiterentwickeln",
    final_sentence: |until, weeks| {
        format!("Die Ergebnisse können sich noch {until} weiterentwickeln, also {weeks} nach der letzten Sitzung.")
    },
    event: |date| format!("Anlass: {date}"),
    legend_session: "Sitzung",
    legend_downtime: "Ausfallzeit",
    legend_results: "Ergebnisse entwickeln sich möglicherweise noch",
    caption: |sessions, method, interval| {
        if sessions == 1 {
            format!("{method}: 1 Sitzung")
        } else {
            format!("{method}: {sessions} Sitzungen, {interval}")
        }
    },
    words_title: "Der Plan in Worten",
    timeline_sources_title: "Woher diese Wochenangaben stammen",
    status_refused: |event| {
        format!("Dieser Rechner prüft nicht, ob dieser Plan bis zum {event} abgeschlossen sein kann: Die Anwendung ist noch in Erprobung, und keine Quelle sagt, ab wann sich ihre Ergebnisse beurteilen ließen. Der Plan unten zählt in Wochen.")
    },
    status_fits: |event, latest, latest_is_today, weeks| {
        let today_note = if latest_is_today { " Das ist heute." } else { "" };
        let left = if weeks == 1 {
            "Dann bleibt nach der letzten Sitzung 1 volle Woche, in der sich die Ergebnisse entwickeln können.".to_owned()
        } else {
            format!("Dann bleiben nach der letzten Sitzung volle {weeks} Wochen, in denen sich die Ergebnisse entwickeln können.")
        };
        format!(
            "Dieser Plan kann bis zum {event} abgeschlossen sein, wenn die erste Sitzung spätestens am {latest} stattfindet.{today_note} {left} Die gezeigten Daten beginnen an diesem Tag."
        )
    },
    status_event_passed: |event, today| {
        format!("Dieser Plan kann bis zum {event} nicht abgeschlossen sein: Dieses Datum liegt vor dem heutigen Tag ({today}).")
    },
    status_too_late: |event, last_results, days_short, latest| {
        let developing = match last_results {
            Some(last) => format!(
                "Die Ergebnisse der letzten Sitzung können sich selbst bei einer ersten Sitzung heute noch bis zum {last} weiterentwickeln"
            ),
            None => "Die Ergebnisse der letzten Sitzung können sich selbst bei einer ersten Sitzung heute noch danach weiterentwickeln".to_owned(),
        };
        let ago = format!("vor {}", count(days_short, "Tag", "Tagen"));
        let needed = match latest {
            Some(latest) => {
                format!("Der Plan hätte spätestens am {latest} beginnen müssen, also {ago}.")
            }
            None => format!("Der Plan hätte {ago} beginnen müssen."),
        };
        format!(
            "Dieser Plan kann bis zum {event} nicht abgeschlossen sein: {developing}. {needed} Die gezeigten Daten beginnen heute, um zu zeigen, wann der Zeitraum, in dem sich die Ergebnisse der letzten Sitzung entwickeln, frühestens enden könnte."
        )
    },
    status_start_passed: |start, today| {
        format!("Das Startdatum ({start}) liegt vor dem heutigen Tag ({today}). Die Daten unten ergeben sich aus diesem Datum, so wie es eingegeben wurde.")
    },
    note_hours_as_days: |hours, min_days, max_days| {
        format!(
            "Eine in Stunden angegebene Ausfallzeit wird in ganzen Tagen dargestellt, aufgerundet: {hours} als {}.",
            days(min_days, max_days)
        )
    },
    note_not_quantified: |effects| {
        format!("Die Quelle nennt für diese Behandlung keine Dauer der Ausfallzeit, daher wird keine dargestellt. Als Reaktionen nennt sie: {effects}.")
    },
    note_not_published: "Die veröffentlichten Quellen nennen für diese Methode keine Erholungszeit, daher wird keine Ausfallzeit dargestellt. Fragen Sie die Klinik.",
    note_appointments: "Die tatsächlichen Termine können einige Tage vor oder nach diesen Daten liegen; die Klinik legt ihren eigenen Zeitplan fest.",
    source_spacing_about: "Abstand zwischen den Sitzungen",
    source_spacing: |interval| format!("Sitzungen: {interval}."),
    source_downtime_about: "Ausfallzeit nach jeder Sitzung",
    source_downtime_absent: "Die veröffentlichten Quellen nennen für diese Methode keine Erholungszeit.",
    source_results_about: |weeks| {
        format!("Ergebnisse können sich nach einer Behandlung noch {weeks} lang weiterentwickeln")
    },
    source_results_under_study_about: "Ergebnisse",

    compare_title: "Szenarien vergleichen",
    compare_sources_title: "Woher diese Zahlen stammen",
    row_total: "Gesamt",
    row_per_session: "Pro Sitzung",
    row_downtime: "Ausfallzeit insgesamt",
    row_regulatory: "Zulassungsstatus (USA)",
    row_evidence: "Studienlage",
    waits_for_sessions: "Anzahl der Sitzungen fehlt",
    compare_note: |left_out| {
        if left_out == 1 {
            "Nur die ersten drei Szenarien werden verglichen; 1 weiteres wurde weggelassen.".to_owned()
        } else {
            format!("Nur die ersten drei Szenarien werden verglichen; {left_out} weitere wurden weggelassen.")
        }
    },
    evidence_source: "Hinweise zur Studienlage: RegenClinics.org, ein Klinikverzeichnis (2026).",
    regulatory_condition: |explain_fda| {
        format!(
            "Für die Behandlung einer Erkrankung ist eine Zulassung durch die FDA{} nötig, und kein Exosomenprodukt hat sie",
            explained(explain_fda, FDA_EXPLAINED_ACCUSATIVE)
        )
    },
    regulatory_injectable: |explain_fda, explain_ind| {
        format!(
            "Nicht von der FDA{} zugelassen; injizierte Präparate brauchen wahrscheinlich eine IND{} – eine rechtliche Grauzone",
            explained(explain_fda, FDA_EXPLAINED_DATIVE),
            explained(explain_ind, IND_EXPLAINED)
        )
    },
    regulatory_cosmetic: |explain_fda| {
        format!(
            "Nur ohne Heilversprechen ein Kosmetikum; nicht von der FDA{} zugelassen",
            explained(explain_fda, FDA_EXPLAINED_DATIVE)
        )
    },
    regulatory_line: |statuses| format!("In den USA: {}.", statuses.join("; ")),
    evidence_under_study: "Der Übersichtsartikel zählt diese Anwendung zu denen, die derzeit erforscht werden; sie ist keine etablierte Behandlung.",
    evidence_injectable: "Erfordert ein steriles injizierbares Präparat. Der Übersichtsartikel spricht nur bei einigen auf die Haut aufgetragenen Produkten von nennenswerten veröffentlichten klinischen Daten, nicht bei injizierten.",
    evidence_topical: "Laut dem Übersichtsartikel werden Exosomen in der ästhetischen Medizin am häufigsten nach einem Eingriff auf die Haut aufgetragen.",
    evidence_unspecified: "Der Übersichtsartikel sagt nichts Bestimmtes über die Studienlage für diese Anwendung.",
    evidence_plant: "Laut dem Übersichtsartikel übertragen pflanzliche Vesikel Signale zwischen Zellen schwächer als Vesikel aus menschlichen Zellen.",
    evidence_placental: "Der Übersichtsartikel nennt Plazenta- und Amnionzellen als Quellen für ästhetische Produkte, ohne Daten speziell zu diesen Zellen.",
    evidence_msc_topical: "Unter den Ursprungszellen bezeichnet der Übersichtsartikel MSC (mesenchymale Stammzellen) als die in der regenerativen Medizin am besten untersuchten, und er erwähnt nennenswerte veröffentlichte Daten für mehrere gut charakterisierte, auf die Haut aufgetragene Produkte. Ergebnisse für ein Produkt sagen nichts über ein anderes aus.",
    evidence_msc: "Unter den Ursprungszellen bezeichnet der Übersichtsartikel MSC (mesenchymale Stammzellen) als die in der regenerativen Medizin am besten untersuchten. Ergebnisse für ein Produkt sagen nichts über ein anderes aus.",
    evidence_other_cells: "Fragen Sie, aus welcher Zelllinie das Produkt stammt und welche klinischen Ergebnisse dazu veröffentlicht wurden.",
    evidence_unknown_cells: "Die Studienlage hängt vom Produkt ab: Fragen Sie, aus welcher Zelllinie es stammt und welche klinischen Ergebnisse dazu veröffentlicht wurden.",
};

fn weeks(min: u32, max: u32) -> String {
    count_range(min, max, "Woche", "Wochen")
}

fn days(min: u32, max: u32) -> String {
    count_range(min, max, "Tag", "Tage")
}

fn date_error(error: &DateError) -> String {
    match error {
        DateError::Empty => "Geben Sie ein Datum im Format JJJJ-MM-TT ein.".to_owned(),
        DateError::NotIso(text) => {
            format!("„{text}“ ist kein Datum, das dieser Rechner lesen kann. Geben Sie ein Datum im Format JJJJ-MM-TT ein, zum Beispiel 2026-12-01.")
        }
        DateError::NotReal(text) => format!("„{text}“ ist kein gültiges Kalenderdatum."),
        DateError::OutOfRange(text) => format!(
            "„{text}“ liegt außerhalb der Jahre, für die dieser Rechner plant. Geben Sie ein Jahr von {MIN_INPUT_YEAR} bis {MAX_INPUT_YEAR} ein."
        ),
    }
}

/// Completes "Seine Methode …" and the like.
fn problem(problem: &DecodeProblem) -> &'static str {
    match problem {
        DecodeProblem::BadEscape => "ist nicht korrekt kodiert",
        DecodeProblem::NotText => "ist kein gültiger Text",
    }
}

/// The date's name, after "das" or "ein zweites" (both are neuter).
fn date_name(date: &LinkDate) -> &'static str {
    match date {
        LinkDate::Start => "Startdatum",
        LinkDate::Event => "Datum des Anlasses",
    }
}

/// A number grouped as German writes it: "4.000".
fn grouped(value: usize) -> String {
    group_thousands(value as u64).replace(',', ".")
}

fn link_note(note: &LinkNote, method_name: &dyn Fn(&str) -> String) -> String {
    match note {
        LinkNote::TooLong { max_bytes } => format!(
            "Dieser Link ist länger als {} Zeichen; der Rest wurde ignoriert.",
            grouped(*max_bytes)
        ),
        LinkNote::DamagedVersion { mark, read_as } => format!(
            "Die Versionsangabe „{mark}“ dieses Links kennt dieser Rechner nicht; wiederhergestellt wurde, was sich als Version {read_as} lesen ließ."
        ),
        LinkNote::NoVersion { read_as } => format!(
            "Dieser Link hat keine Versionsangabe; wiederhergestellt wurde, was sich als Version {read_as} lesen ließ."
        ),
        LinkNote::NewerVersion { version, unread } => {
            let unread = match unread {
                0 => String::new(),
                1 => " 1 Teil, den diese Version nicht liest, wurde ignoriert.".to_owned(),
                count => {
                    format!(" {count} Teile, die diese Version nicht liest, wurden ignoriert.")
                }
            };
            format!(
                "Dieser Link stammt von einer neueren Version des Rechners (v{version}); wiederhergestellt wurde, was sich lesen ließ.{unread}"
            )
        }
        LinkNote::TooManyParts { skipped: 1, max } => format!(
            "1 weiterer Teil dieses Links wurde ignoriert: Ein Link enthält höchstens {max}."
        ),
        LinkNote::TooManyParts { skipped, max } => format!(
            "{skipped} weitere Teile dieses Links wurden ignoriert: Ein Link enthält höchstens {max}."
        ),
        LinkNote::UnknownPart { part } => {
            format!("„{part}“ wurde ignoriert, da dieser Rechner es nicht liest.")
        }
        LinkNote::MoreUnknownParts { count: 1 } => {
            "1 weiterer Teil, den dieser Rechner nicht liest, wurde ignoriert.".to_owned()
        }
        LinkNote::MoreUnknownParts { count } => {
            format!("{count} weitere Teile, die dieser Rechner nicht liest, wurden ignoriert.")
        }
        LinkNote::MethodNotText { scenario, problem: why } => format!(
            "Szenario {scenario} wurde ignoriert: Seine Methode {}.",
            problem(why)
        ),
        LinkNote::NoMethod { scenario } => {
            format!("Szenario {scenario} wurde ignoriert: Es nennt keine Methode.")
        }
        LinkNote::UnknownMethod { scenario, method } => {
            format!("Eine unbekannte Methode „{method}“ in Szenario {scenario} wurde ignoriert.")
        }
        LinkNote::TierNotOffered {
            scenario,
            tier,
            method,
        } => format!(
            "Szenario {scenario}: „{tier}“ wird für {method} nicht angeboten; angezeigt wird „Weiß nicht“.",
            method = method_name(method)
        ),
        LinkNote::UnknownTier { scenario, tier } => format!(
            "Szenario {scenario}: „{tier}“ ist kein Produkttyp, den dieser Rechner kennt; angezeigt wird „Weiß nicht“."
        ),
        LinkNote::TierNotText { scenario, problem: why } => format!(
            "Szenario {scenario}: Sein Produkttyp {}; angezeigt wird „Weiß nicht“.",
            problem(why)
        ),
        LinkNote::SessionsTooLong {
            scenario,
            max_chars,
            shown,
        } => format!(
            "Szenario {scenario}: Eine Anzahl der Sitzungen mit mehr als {max_chars} Zeichen wurde ignoriert; verwendet wird {shown}."
        ),
        LinkNote::SessionsNotText {
            scenario,
            problem: why,
            shown,
        } => format!(
            "Szenario {scenario}: Die Anzahl der Sitzungen {}; verwendet wird {shown}.",
            problem(why)
        ),
        LinkNote::BadLot { value, max } => format!(
            "„lot={value}“ wurde ignoriert: Der Eintrag sollte Szenarionummern von 1 bis {max} aufführen."
        ),
        LinkNote::SecondActive { value } => {
            format!("Eine zweite Szenariowahl „a={value}“ wurde ignoriert.")
        }
        LinkNote::ActiveNotNumber { value } => {
            format!("„a={value}“ wurde ignoriert: Das ist keine Szenarionummer.")
        }
        LinkNote::ActiveNotRestored { scenario } => format!(
            "Szenario {scenario} war das angezeigte, ließ sich aber nicht wiederherstellen; angezeigt wird das erste."
        ),
        LinkNote::ActiveMissing { value, scenario } => {
            format!("„a={value}“ wurde ignoriert: Dieser Link hat kein Szenario {scenario}.")
        }
        LinkNote::DateNotText { date, problem: why } => format!(
            "Das {} wurde ignoriert: Es {}.",
            date_name(date),
            problem(why)
        ),
        LinkNote::SecondDate { date, text } => {
            format!("Ein zweites {} „{text}“ wurde ignoriert.", date_name(date))
        }
        LinkNote::BothDates { date, text } => format!(
            "Das {} „{text}“ wurde ignoriert: Ein Link enthält ein Startdatum oder ein Datum des Anlasses, nicht beides.",
            date_name(date)
        ),
        LinkNote::BadDate { date, error } => format!(
            "Das {} wurde ignoriert: {}",
            date_name(date),
            date_error(error)
        ),
        LinkNote::QuoteNotText { problem: why } => format!(
            "Der Preis aus dem Kostenvoranschlag wurde ignoriert: Er {}.",
            problem(why)
        ),
        LinkNote::SecondQuote => {
            "Ein zweiter Preis aus einem Kostenvoranschlag wurde ignoriert.".to_owned()
        }
        LinkNote::QuoteTooLong { max_chars } => format!(
            "Ein Preis aus einem Kostenvoranschlag mit mehr als {max_chars} Zeichen wurde ignoriert."
        ),
        LinkNote::FinanceNotText {
            field: FinanceField::Apr,
            problem: why,
        } => format!(
            "Der effektive Jahreszins der Finanzierung wurde ignoriert: Er {}.",
            problem(why)
        ),
        LinkNote::FinanceNotText {
            field: FinanceField::Term,
            problem: why,
        } => format!(
            "Die Laufzeit der Finanzierung wurde ignoriert: Sie {}.",
            problem(why)
        ),
        LinkNote::SecondFinance {
            field: FinanceField::Apr,
        } => "Ein zweiter effektiver Jahreszins der Finanzierung wurde ignoriert.".to_owned(),
        LinkNote::SecondFinance {
            field: FinanceField::Term,
        } => "Eine zweite Laufzeit der Finanzierung wurde ignoriert.".to_owned(),
        LinkNote::FinanceTooLong {
            field: FinanceField::Apr,
            max_chars,
        } => format!(
            "Ein effektiver Jahreszins der Finanzierung mit mehr als {max_chars} Zeichen wurde ignoriert."
        ),
        LinkNote::FinanceTooLong {
            field: FinanceField::Term,
            max_chars,
        } => format!(
            "Eine Laufzeit der Finanzierung mit mehr als {max_chars} Zeichen wurde ignoriert."
        ),
        LinkNote::ExtraScenarios { count: 1, max } => format!(
            "Ein viertes Szenario wurde ignoriert: Ein Link enthält höchstens {}.",
            number_word(*max)
        ),
        LinkNote::ExtraScenarios { count, max } => format!(
            "{count} Szenarien nach dem dritten wurden ignoriert: Ein Link enthält höchstens {}.",
            number_word(*max)
        ),
        LinkNote::NoScenario => {
            "Kein Szenario dieses Links ließ sich wiederherstellen; angezeigt wird die Ausgangsauswahl."
                .to_owned()
        }
        LinkNote::MoreProblems { count: 1 } => {
            "1 weiteres Problem wird nicht aufgeführt.".to_owned()
        }
        LinkNote::MoreProblems { count } => {
            format!("{count} weitere Probleme werden nicht aufgeführt.")
        }
    }
}

/// "drei" for the most scenarios a link holds, as the notes say it.
fn number_word(count: usize) -> String {
    match count {
        3 => "drei".to_owned(),
        other => other.to_string(),
    }
}

fn count(number: u32, one: &str, many: &str) -> String {
    planner::count(Lang::De, number, one, many)
}

fn count_range(min: u32, max: u32, one: &str, many: &str) -> String {
    planner::count_range(Lang::De, min, max, one, many)
}
