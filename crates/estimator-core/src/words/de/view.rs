//! The German words of the view part, for patients in Germany (*Sie*), with the terms of
//! `GLOSSARY.md`. The FDA and the IND are explained where a view first names them; the
//! overview is „der Übersichtsartikel“.

use crate::content::{Caveat, Question, Reference};
use crate::form::SessionsError;
use crate::lang::Lang;
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
use crate::view::FigureKind;
use crate::words::view::{
    BadgeWords, ControlWords, CrashWords, Noun, ResultWords, TierHint, ViewWords,
};

const SESSION: Noun = Noun {
    one: "Sitzung",
    many: "Sitzungen",
};

/// "3 Sitzungen", "1 Sitzung".
fn sessions(count: u32) -> String {
    format!(
        "{count} {}",
        Lang::De.plural(count, SESSION.one, SESSION.many)
    )
}

pub const WORDS: ViewWords = ViewWords {
    published_text,
    reference_date,
    controls: ControlWords {
        form_label: "Ihre Auswahl",
        method_label: "Anwendungsmethode",
        tier_label: "Produkttyp",
        sessions_label: "Anzahl der Sitzungen",
        fewer_label: "Eine Sitzung weniger",
        more_label: "Eine Sitzung mehr",
    },
    result: ResultWords {
        title: "Ihre Schätzung",
        caveats_title: "Was Sie zu dieser Auswahl wissen sollten",
        how_worked_out: "Wie jede Zahl ermittelt wurde",
        details_link: "Details",
    },
    crash: CrashWords {
        title: "Im Kostenrechner ist ein Fehler aufgetreten.",
        advice: "Nichts von Ihren Eingaben wurde irgendwohin gesendet. Laden Sie die Seite neu, um von vorn zu beginnen.",
    },
    badges: BadgeWords {
        quoted: "Aus der veröffentlichten Quelle",
        derived: "Von diesem Rechner ermittelt",
        absent: "Keine veröffentlichte Angabe",
        clinic_quoted: "Aus der Preisliste der Klinik",
        clinic_derived: "Aus der Preisliste der Klinik ermittelt",
        clinic_absent: "Nicht in der Preisliste der Klinik",
    },
    hour: Noun {
        one: "Stunde",
        many: "Stunden",
    },
    day: Noun {
        one: "Tag",
        many: "Tage",
    },
    week: Noun {
        one: "Woche",
        many: "Wochen",
    },
    session: SESSION,
    treatment: Noun {
        one: "Behandlung",
        many: "Behandlungen",
    },
    no_methods: "Diese Preisliste enthält keine Anwendungsmethoden.",
    method_term,
    lot_data_label: "Die Klinik hat mir Prüfdaten für diese Charge des Produkts gezeigt",
    lot_data_hint: "Prüfdaten: die Partikelzahl, die Partikelgrößen und die Oberflächenmarker (Proteine, die Labore prüfen, um zu bestätigen, worum es sich bei den Partikeln handelt). Ihre Antwort, nicht der Produkttyp, bestimmt den Hinweis zu den Risiken.",
    sessions_hint: |min, max, typical| {
        format!("Von {min} bis {max}. Eine typische erste Behandlungsserie umfasst {typical}.")
    },
    needs_sessions: |min, max| {
        format!("Geben Sie eine Anzahl von {min} bis {max} Sitzungen ein, um die Schätzung zu sehen.")
    },
    sessions_error,
    tier_hint,
    book_label_published:
        "Zahlen aus einem veröffentlichten Übersichtsartikel oder nach angegebenen Regeln daraus ermittelt; kein Kostenvoranschlag",
    book_label_clinic: |name| {
        format!("{name}: die Preisliste der Klinik und nach angegebenen Regeln daraus ermittelte Zahlen")
    },
    book_label_example: |name| format!("{name}: Beispielklinik, erfundene Preise"),
    price_label_published: |kind| match kind {
        FigureKind::Quoted => "Veröffentlichte Spanne, kein Preis einer Klinik",
        FigureKind::Derived => "Aus veröffentlichten Zahlen ermittelt, kein Preis einer Klinik",
        FigureKind::Absent => "Keine veröffentlichte Angabe",
    },
    price_label_clinic: |name, kind| match kind {
        FigureKind::Quoted => {
            format!("{name}: ein Preis aus der Preisliste der Klinik, kein Kostenvoranschlag")
        }
        FigureKind::Derived => format!(
            "{name}: nach den angegebenen Regeln aus der Preisliste der Klinik ermittelt, kein Kostenvoranschlag"
        ),
        FigureKind::Absent => format!("{name}: kein Preis aufgeführt"),
    },
    price_label_example: |name, kind| {
        let what = match kind {
            FigureKind::Quoted => "ein Preis aus ihrer Liste",
            FigureKind::Derived => "nach den angegebenen Regeln aus ihrer Liste ermittelt",
            FigureKind::Absent => "kein Preis aufgeführt",
        };
        format!("{name}: Beispielklinik, erfundene Preise; {what}")
    },
    summary: |method, tier, count| format!("{method} · {tier} · {}", sessions(count)),
    summary_sessions_to_enter: |method, tier| format!("{method} · {tier} · Anzahl der Sitzungen fehlt noch"),
    // Both read after "Sitzungen": "Sitzungen alle 4 Wochen", "Sitzungen monatlich (…)".
    interval_monthly: |weeks| format!("monatlich (hier gerechnet als alle {weeks} Wochen)"),
    interval_apart: |weeks| {
        if weeks == 1 {
            "jede Woche".to_owned()
        } else {
            format!("alle {weeks} Wochen")
        }
    },
    total_label: |count| format!("Gesamtpreis für {}", sessions(count)),
    per_session_label: "Pro Sitzung",
    downtime_each_label: "Ausfallzeit nach jeder Sitzung",
    downtime_over_label: |count| format!("Ausfallzeit insgesamt bei {}", sessions(count)),
    results_label: "Die Ergebnisse können sich noch weiterentwickeln bis",
    results_value: |weeks, after| format!("Woche {weeks}: {after} nach der letzten Sitzung"),
    no_results_date: "Kein Datum: noch in Erprobung",
    under_study_results: "Diese Anwendung ist noch in Erprobung, und keine Quelle sagt, ab wann sich ihre Ergebnisse beurteilen ließen; daher wird kein Datum genannt.",
    no_price_listed: "Kein Preis aufgeführt",
    no_published_figure: "Keine veröffentlichte Angabe",
    no_figure_given: "Keine Angabe",
    absent_price_clinic: |method, tier| {
        format!("Die Preisliste der Klinik nennt keinen Preis für „{method}“ mit „{tier}“.")
    },
    absent_price_published: |method, tier| {
        format!("Die veröffentlichten Quellen nennen keinen Preis für „{method}“ mit dem Produkttyp „{tier}“. Dieser Rechner erfindet keinen.")
    },
    downtime_effects_note: |effects| {
        format!("Es wird keine Ausfallzeit angegeben. Die Quelle nennt diese Reaktionen, keine Erholungszeit: {effects}.")
    },
    no_recovery_time: "Die veröffentlichten Quellen nennen für diese Methode keine Erholungszeit. Fragen Sie die Klinik.",
    schedule_note: |interval, provenance| format!("Sitzungen {interval}. {provenance}"),
    one_session_schedule: "Eine Sitzung: kein Abstand zu planen.",
    above_typical: |count, typical| {
        format!("{count} Sitzungen sind mehr als die typische erste Behandlungsserie von {typical}. Fragen Sie die Klinik, warum mehr geplant sind.")
    },
    below_typical: |typical| {
        format!("Eine erste Behandlungsserie umfasst meist {typical}, daher ist eine einzelne Sitzung möglicherweise nicht der ganze Plan.")
    },
    as_of_unknown: "Stand der Zahlen nicht angegeben",
    disclaimer: "Die Preise unterscheiden sich je nach Klinik und Region; nur ein schriftlicher Kostenvoranschlag einer Klinik ist ein Preis. Dies ist keine ärztliche Beratung: Nur eine Ärztin oder ein Arzt kann beurteilen, ob eine Behandlung für Sie geeignet ist.",
    ask_includes_title: "Fragen Sie, ob der Preis Folgendes enthält",
    ask_includes: [
        "Das Beratungsgespräch, falls die Klinik es berechnet",
        "Nachsorge und Hautpflegeprodukte",
        "Erhaltungsbehandlungen nach der ersten Serie",
    ],
    ask_includes_note: "Planen Sie auch Urlaubstage oder Reisen während der Erholung mit ein.",
    answer_downtime: |time| format!("{time} Ausfallzeit pro Sitzung"),
    answer_no_downtime_figure: "keine Angabe zur Ausfallzeit",
    answer_no_published_downtime: "keine veröffentlichte Angabe zur Ausfallzeit",
    figures_from: |citations| format!("Zahlen aus: {citations}."),
    no_source_figures: "Keine Quelle nennt diese Zahlen.",
    source_line: |citation| format!("Quelle: {citation}."),
    from_line: |citations| format!("Grundlage: {citations}."),
    no_source_figure: "Keine Quelle nennt diese Zahl.",
    cite_clinic: |citation| format!("{citation} (die Preisliste der Klinik)"),
    cite_example: |citation| format!("{citation} (Beispielklinik, erfundene Preise)"),
    rule_line: |rule| format!("Regel: {rule}"),
    series_part: |count, sessions| {
        format!(
            "{count} {} zu je {sessions}",
            Lang::De.plural(count, "Serie", "Serien")
        )
    },
    singles_part: |count| {
        format!(
            "{count} {}",
            Lang::De.plural(count, "einzelne Sitzung", "einzelne Sitzungen")
        )
    },
    rule_series_then_singles: |series_sessions, detail| {
        format!("So viele vollständige Serien zu je {series_sessions} Sitzungen wie möglich zum Serienpreis, danach einzelne Sitzungen zum Preis einer Einzelsitzung (hier: {detail}).")
    },
    rule_single_times_sessions: "Der Preis einer Behandlung mal die Anzahl der Sitzungen; ein Paketpreis wird nicht angegeben.",
    rule_tier_band: |tier, band, clinic| {
        if clinic {
            format!("Die Preisliste der Klinik nennt für „{tier}“ selbst keinen Preis. Dieser Rechner ordnet „{tier}“ in {band} der Spanne der Klinik für „Weiß nicht“ ein; die Klinik hat diese Zahl nicht angegeben.")
        } else {
            format!("Keine Quelle nennt einen Preis pro Produkttyp; der Übersichtsartikel führt Preisunterschiede auf die Produktqualität zurück. Daher wird „{tier}“ in {band} der Spanne für „Weiß nicht“ eingeordnet. Eine eigene Preisliste einer Klinik ersetzt diese Regel.")
        }
    },
    // In the accusative, after "in": "in die untere Hälfte der Spanne".
    band: |from, to| match (from, to) {
        (0, 50) => "die untere Hälfte".to_owned(),
        (25, 75) => "die mittlere Hälfte".to_owned(),
        (50, 100) => "die obere Hälfte".to_owned(),
        (0, 100) => "die ganze Breite".to_owned(),
        (from, to) => format!("den Teil von {from}\u{a0}% bis {to}\u{a0}% der Breite"),
    },
    rule_span_one: |tier| {
        format!("„Weiß nicht“ zeigt den einzigen Produkttyp mit Preis für diese Methode, „{tier}“; kein anderes Produkt hat hier einen Preis.")
    },
    rule_span_many: |tiers| {
        format!("„Weiß nicht“ umfasst die Produkttypen mit Preis für diese Methode: {tiers}.")
    },
    rule_per_session: |has_cents| {
        let unit = if has_cents {
            "ganze Währungseinheiten (ohne Cent)"
        } else {
            "ganze Währungseinheiten"
        };
        format!("Der Gesamtpreis geteilt durch die Anzahl der Sitzungen, gerundet auf {unit}.")
    },
    rule_downtime_times_sessions: "Die Ausfallzeit nach einer Sitzung mal die Anzahl der Sitzungen.",
    rule_assumed_monthly: |weeks| {
        format!("Die Quelle nennt einen monatlichen Rhythmus nur für Microneedling mit Exosomen; derselbe Abstand, gerechnet als alle {weeks} Wochen, wird hier angenommen. Fragen Sie die Klinik nach ihrem eigenen Zeitplan.")
    },
    rule_monthly_as_weeks: |weeks| {
        format!("Die Quelle sagt „monatlich“; ein Monat wird hier als {weeks} Wochen gerechnet.")
    },
    rule_last_session_plus_results: |min, max| {
        format!("Die Woche der letzten Sitzung plus die {min}–{max} Wochen, in denen sich die Ergebnisse noch weiterentwickeln können.")
    },
    caveat_title,
    caveat_body,
    questions_title: "Vier Fragen an die Klinik",
    questions_answer_label: "Antwort:",
    questions_lede:
        "Laut dem Übersichtsartikel kann eine gute Klinik alle vier beantworten. Fragen Sie, bevor Sie einen Termin vereinbaren, ganz gleich, wie hoch der Preis ist.",
    questions: [
        Question {
            question: "Aus welcher Zellart und aus welcher Zelllinie wird das Produkt hergestellt?",
            why: "Was ein Produkt bewirken kann, hängt vor allem von den Zellen ab, aus denen es stammt.",
        },
        Question {
            question: "Können Sie mir die Prüfdaten dieser Charge zeigen: wie viele Partikel, welche Größen, welche Oberflächenmarker?",
            why: "Eine Charge ist eine in einem Durchgang hergestellte Menge des Produkts. Die Leitlinien der Forschung (MISEV2018 genannt) verlangen eine Partikelzahl und mindestens drei Proteinmarker. Ein sorgfältiger Hersteller prüft jede Charge.",
        },
        Question {
            question: "Ist das Produkt von der FDA (der US-Arzneimittelbehörde) zugelassen, oder wird es im Rahmen einer IND eingesetzt? Wenn ja, wie lautet die IND-Nummer?",
            why: "Eine IND ist die Genehmigung der FDA, ein neues Arzneimittel an Menschen zu prüfen. In den USA ist kein Exosomenprodukt von der FDA zugelassen, und ein injiziertes braucht wahrscheinlich eine IND. Die FDA rät, nach ihrer Nummer zu fragen.",
        },
        Question {
            question: "Welche veröffentlichten klinischen Ergebnisse gibt es für genau dieses Produkt?",
            why: "Ergebnisse für ein Produkt sagen nichts über ein anderes, das auf andere Weise hergestellt wird.",
        },
    ],
};

/// The published book's English text in German.
fn published_text(english: &str) -> Option<&'static str> {
    Some(match english {
        "Default figures (overview, 2026)" => "Standardwerte (Übersichtsartikel, 2026)",
        "Source figures from 2026" => "Zahlen der Quelle aus dem Jahr 2026",
        "Microneedling exosome facial" => "Exosomen-Gesichtsbehandlung mit Microneedling",
        "Laser exosome facial" => "Exosomen-Gesichtsbehandlung mit Laser",
        "Exosome injections" => "Exosomeninjektionen",
        "Hair loss (under study)" => "Haarausfall (noch in Erprobung)",
        "Not sure" => "Weiß nicht",
        "Plant-derived" => "Pflanzlich",
        "Placenta or amniotic cells" => "Plazenta- oder Amnionzellen",
        "MSC, sold as lab-tested" => {
            "MSC (mesenchymale Stammzellen), als laborgeprüft verkauft"
        }
        "High-potency MSC injectable" => {
            "Hochwirksames injizierbares MSC-Präparat (mesenchymale Stammzellen)"
        }
        "injection-site reactions" => "Reaktionen an der Einstichstelle",
        "bruising" => "Blutergüsse",
        "short-lived redness (transient erythema)" => {
            "kurz anhaltende Rötung (vorübergehendes Erythem)"
        }
        "The overview says a high-potency MSC-derived injectable may cost this much per treatment, at specialist practices." => {
            "Laut dem Übersichtsartikel kann ein hochwirksames injizierbares MSC-Präparat in spezialisierten Kliniken so viel pro Behandlung kosten."
        }
        _ => return None,
    })
}

/// The dates of the referenced documents in German; their titles stay as published. The
/// date is shown in parentheses, so it holds none of its own.
pub(super) fn reference_date(reference: Reference) -> &'static str {
    match reference.date {
        "6 December 2019" => "6. Dezember 2019",
        "9 December 2019" => "9. Dezember 2019",
        "22 July 2020" => "22. Juli 2020",
        "undated page (reposted June 2021)" => {
            "Seite ohne Datum; im Juni 2021 erneut veröffentlicht"
        }
        other => other,
    }
}

fn method_term(method_id: &str) -> Option<&'static str> {
    Some(match method_id {
        "microneedling" => "Klinische Bezeichnung: topische Exosomen nach Microneedling. Feine Nadeln erzeugen winzige Kanäle in der Haut, und das Exosomenprodukt wird direkt danach auf die Haut aufgetragen.",
        "fractional-laser" => "Klinische Bezeichnung: topische Exosomen nach fraktioniertem Laser. Der Laser erzeugt winzige Kanäle in der Haut, und das Exosomenprodukt wird direkt danach auf die Haut aufgetragen.",
        "injection" => "Klinische Bezeichnung: intradermale oder subdermale Injektion. Das Produkt wird in die Haut oder direkt darunter gespritzt, ohne vorheriges Microneedling oder Lasern.",
        "scalp" => "Klinische Bezeichnung: Anwendung an der Kopfhaut bei Haarausfall. Diese Anwendung ist noch in Erprobung.",
        _ => return None,
    })
}

fn sessions_error(error: &SessionsError) -> String {
    let range = format!("von {MIN_SESSIONS} bis {MAX_SESSIONS}");
    match error {
        SessionsError::Empty => format!("Geben Sie eine Anzahl {range} Sitzungen ein."),
        SessionsError::NotANumber(text) => {
            format!("„{text}“ ist keine Zahl. Geben Sie eine ganze Zahl {range} Sitzungen ein.")
        }
        SessionsError::NotWhole(text) => format!(
            "„{text}“ ist keine ganze Zahl. Es gibt nur ganze Sitzungen: Geben Sie eine Zahl {range} ein."
        ),
        SessionsError::TooFew(count) if count.starts_with('-') => {
            format!("{count} ist kleiner als null. Geben Sie eine Anzahl {range} Sitzungen ein.")
        }
        SessionsError::TooFew(count) => format!(
            "{count} Sitzungen sind zu wenig: Eine Schätzung braucht mindestens {MIN_SESSIONS}. Geben Sie eine Zahl {range} ein."
        ),
        SessionsError::TooMany(text) => format!(
            "{text} Sitzungen sind mehr, als dieser Rechner abdeckt. Geben Sie eine Zahl {range} ein: das Doppelte der typischen ersten Behandlungsserie von 2–3."
        ),
    }
}

fn tier_hint(hint: TierHint<'_>, clinic: bool) -> String {
    const TIER_MEANS: &str = "Der Produkttyp gibt an, aus welchen Zellen das Produkt stammt.";
    let whose = if clinic {
        "die Preisliste der Klinik"
    } else {
        "die Quelle"
    };
    match hint {
        TierHint::WholeRangeBanded => format!("{TIER_MEANS} „Weiß nicht“ zeigt die ganze Spanne, die {whose} angibt; jeder andere Produkttyp erhält nach einer angegebenen Regel einen Teil davon."),
        TierHint::WholeRange => format!("{TIER_MEANS} „Weiß nicht“ zeigt die ganze Spanne, die {whose} für diese Methode angibt."),
        TierHint::NoPrice => format!("{TIER_MEANS} {} für diese Methode keinen Preis, gleich welcher Produkttyp.", if clinic { "Die Preisliste der Klinik nennt" } else { "Die Quelle nennt" }),
        TierHint::OnlyOne(tier) => format!("{TIER_MEANS} Für diese Methode hat nur „{tier}“ einen Preis, daher zeigt „Weiß nicht“ den Preis dieses Produkts. {} für diese Methode kein anderes Produkt mit Preis.", if clinic { "Die Preisliste der Klinik nennt" } else { "Die Quelle nennt" }),
        TierHint::Span(tiers) => {
            let quoted: Vec<String> = tiers.iter().map(|tier| format!("„{tier}“")).collect();
            format!("{TIER_MEANS} „Weiß nicht“ umfasst die Produkttypen mit Preis für diese Methode: {}.", Lang::De.join_words(&quoted))
        }
    }
}

fn caveat_title(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::ConditionRegulatory => {
            "In den USA: Die Behandlung einer Erkrankung braucht eine Zulassung der FDA, die kein Exosomenprodukt hat"
        }
        Caveat::InjectableRegulatory => {
            "In den USA: nicht von der FDA zugelassen, und injizierte Präparate brauchen wahrscheinlich eine IND"
        }
        Caveat::TopicalCosmetic => {
            "In den USA: nur dann ein Kosmetikum, wenn es ohne Heilversprechen verkauft wird"
        }
        Caveat::UnderStudy => "Noch in Erprobung",
        Caveat::PlantPotency => "Pflanzliche Vesikel senden schwächere Signale",
        Caveat::CharacterisationRisk => {
            "Noch keine Prüfdaten der Charge gesehen: Die Risiken sind unbekannt"
        }
        Caveat::LotDataShown => "Prüfdaten der Charge gezeigt: Prüfen Sie, was sie abdecken",
        Caveat::NoPublishedPrice => "Kein veröffentlichter Preis für diese Auswahl",
        Caveat::NoClinicPrice => "Diese Klinik nennt keinen Preis für diese Auswahl",
        Caveat::PriceReflectsQuality => "Ein Preis ist ein Anlass zu fragen, keine Antwort",
    }
}

fn caveat_body(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::ConditionRegulatory => {
            "Diese Anwendung soll eine Erkrankung behandeln, nicht nur das Aussehen der Haut \
             verändern. Die FDA (die US-Arzneimittelbehörde) sagt, dass ein Exosomenprodukt, \
             das eine Krankheit oder Beschwerden behandeln soll, ihre Zulassung braucht, bevor es \
             verkauft wird. Sie sagt, dass sie keines zugelassen hat. Verspricht ein Produkt, \
             eine Erkrankung zu behandeln, ist es kein Kosmetikum mehr. Fragen Sie, ob die FDA \
             die Behandlung geprüft hat, und fragen Sie nach ihrer IND-Nummer (IND: die \
             Genehmigung der FDA, ein neues Arzneimittel an Menschen zu prüfen)."
        }
        Caveat::InjectableRegulatory => {
            "Die FDA (die US-Arzneimittelbehörde) sagt, dass kein Exosomenprodukt von der FDA \
             zugelassen ist. Der Übersichtsartikel ergänzt, dass 2026 keines eine \
             vollständige Zulassung für eine ästhetische Anwendung (für das Aussehen) hat. Er \
             berichtet auch von dem Hinweis der FDA, dass Produkte aus menschlichen oder \
             tierischen Zellen wahrscheinlich eine IND brauchen (kurz für „Investigational New \
             Drug application“, einen Antrag bei der FDA): die Genehmigung der FDA, ein neues \
             Arzneimittel an Menschen zu prüfen. Kliniken in den USA, die diese Produkte \
             spritzen, arbeiten deshalb in einer rechtlichen Grauzone. Fragen Sie, ob die FDA \
             das Produkt geprüft hat, und fragen Sie nach seiner IND-Nummer. Die FDA wertet es \
             als Warnsignal, wenn Ihnen ein nicht zugelassenes Produkt außerhalb einer \
             klinischen Studie berechnet wird."
        }
        Caveat::TopicalCosmetic => {
            "In den USA wird ein Exosomenprodukt, das auf die Haut aufgetragen und ohne \
             Heilversprechen verkauft wird, als Kosmetikum oder Hautpflegeprodukt angeboten. \
             Deshalb sind solche Produkte leicht zu finden. Dass ein Produkt als Kosmetikum \
             gilt, ist keine Zulassung. Die FDA (die US-Arzneimittelbehörde) sagt, dass kein Exosomenprodukt \
             von der FDA zugelassen ist. Der Übersichtsartikel ergänzt, dass 2026 keines eine \
             vollständige Zulassung für eine ästhetische Anwendung (für das Aussehen) hatte. Sobald \
             ein Produkt verspricht, eine Erkrankung zu behandeln, ist es kein Kosmetikum mehr."
        }
        Caveat::UnderStudy => {
            "Diese Anwendung wird noch erforscht. Sie ist keine etablierte Behandlung. Keine \
             Quelle sagt, ab wann sich ihre Ergebnisse beurteilen ließen. Deshalb nennt dieser \
             Rechner kein Datum für Ergebnisse und prüft nicht, ob der Plan bis zum Datum eines \
             Anlasses abgeschlossen sein kann."
        }
        Caveat::PlantPotency => {
            "Laut dem Übersichtsartikel übertragen Vesikel aus Pflanzenzellen Signale zwischen \
             Zellen weniger stark als solche aus menschlichen Zellen."
        }
        Caveat::CharacterisationRisk => {
            "Der Übersichtsartikel bezeichnet die Risiken nur bei hochwertigen Produkten mit \
             gut beschriebener Zusammensetzung als gering. Solange die Klinik Ihnen keine Prüfdaten der \
             Charge zeigt, die sie verwenden würde, können Sie nicht wissen, ob das hier \
             zutrifft. Wenn niemand weiß, was ein Produkt enthält, nennt der Übersichtsartikel \
             drei theoretische Risiken. Ihr Immunsystem kann auf unbekannte Proteine darin \
             reagieren. Es kann Keime enthalten, wenn es nicht sorgfältig genug hergestellt \
             wurde. Unbekannte MicroRNA darin (winzige Stücke Erbmaterial) kann auf eine Weise \
             wirken, die niemand vorhersagen kann. Der Übersichtsartikel bezeichnet außerdem die \
             schwankende Qualität von einem Produkt zum nächsten als Hauptrisiko auf diesem \
             Markt. Fragen Sie nach der Partikelzahl, den Partikelgrößen und den \
             Oberflächenmarkern der Charge."
        }
        Caveat::LotDataShown => {
            "Bei hochwertigen Produkten mit gut beschriebener Charge bezeichnet der \
             Übersichtsartikel die Risiken als gering. Er nennt Reaktionen an der Einstichstelle, \
             Blutergüsse und Rötungen, die bald abklingen. Das gilt nur, wenn die Daten für \
             diese Charge gelten und vollständig sind. Prüfen Sie, ob sie die Partikelzahl, die \
             Partikelgrößen und die Oberflächenmarker angeben."
        }
        Caveat::NoPublishedPrice => {
            "Der Übersichtsartikel nennt für diese Auswahl keinen Preis, und dieser Rechner \
             erfindet keinen. Bitten Sie Kliniken um einen schriftlichen Kostenvoranschlag. Die \
             Ausfallzeit, der Zeitplan und die Fragen unten gelten trotzdem."
        }
        Caveat::NoClinicPrice => {
            "Die Preisliste der Klinik nennt für diese Auswahl keinen Preis. Bitten Sie die \
             Klinik um einen schriftlichen Kostenvoranschlag. Die Ausfallzeit, der Zeitplan und \
             die Fragen unten gelten trotzdem."
        }
        Caveat::PriceReflectsQuality => {
            "Der Übersichtsartikel führt die große Preisspanne auf Unterschiede in der \
             Produktqualität zurück. Er sagt, ein Preis sollte ein Anlass sein, zu fragen, wie das \
             Produkt geprüft wurde, und diese Fragen nicht ersetzen. Fragen Sie \
             unabhängig vom Preis nach den Prüfdaten der Charge."
        }
    }
}
