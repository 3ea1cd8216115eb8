//! The German words of the page part, for patients in Germany (*Sie*).
//!
//! The explanations say what the English says, fact for fact and citation for citation, with
//! the same caution; the figures come from the published book. The overview is „der
//! Übersichtsartikel“ and is cited by its publisher and year; the FDA documents, the journals
//! and the ISEV guidelines keep the names and dates they are published under.

use crate::lang::Lang;
use crate::money::{MoneyFormat, PlainFormatter};
use crate::views::content::{
    Reference, FDA_CONSUMER_ALERT_2020, FDA_MEDWATCH_ALERT_2019, FDA_PATIENT_INFORMATION,
    FDA_SAFETY_NOTIFICATION_2019,
};
use crate::views::explanations::{
    card, cite, external, fact, fda_document, fold, lede, link, note, open, paragraph, question,
    source, span_of, strong, subheading, text, work_title, Block, PublishedFigures, Section, Span,
    ASJ, FDA_CONSUMER, FDA_MEDWATCH, FDA_NOTIFICATION, FDA_PATIENT, MISEV2018, MISEV2018_URL,
    MISEV2023, MISEV2023_URL, OVERVIEW, SOURCES_SECTION,
};
use crate::words::page::PageWords;

use super::view::reference_date;

pub static WORDS: PageWords = PageWords {
    title: "Kostenrechner für Exosomenbehandlungen: Preisspannen mit Quellen, Ausfallzeit und \
            Zeitplan",
    description: "Schätzen Sie Kostenspanne, Ausfallzeit und Zeitplan von \
                  Exosomenbehandlungen – mit Zahlen, die aus einem veröffentlichten \
                  Übersichtsartikel stammen oder nach angegebenen Regeln daraus ermittelt sind, \
                  mit der Quelle jeder Zahl, den Hinweisen zur Zulassung und den Fragen an die \
                  Klinik. Läuft vollständig in Ihrem Browser.",
    no_js_note: "Der Rechner braucht JavaScript, um auf Ihre Auswahl zu reagieren. Die Zahlen \
                 aus der veröffentlichten Quelle und die Erklärungen weiter unten funktionieren \
                 auch ohne.",
    loading: "Rechner wird geladen …",
    skip_link: "Zum Rechner springen",
    eyebrow: "Privat: läuft vollständig in Ihrem Browser. Nichts, was Sie eingeben, wird \
              irgendwohin gesendet.",
    // A soft hyphen where a phone must break the long compound: "Exosomen-" then
    // "behandlungen", never a lone "n" on the next line.
    heading: "Kostenrechner für Exosomen\u{ad}behandlungen",
    lede: "Sehen Sie, was Exosomenbehandlungen kosten können, wie lange die Erholung dauert und \
           was Sie eine Klinik fragen sollten. Bei jeder Zahl steht, woher sie stammt.",
    calculator_label: "Rechner",
    noscript,
    footer_before: "Zahlen: Stand 2026. Woher sie stammen, steht unter ",
    footer_link: "Quellen",
    footer_after: ".",
    app_name: "Kostenrechner für Exosomenbehandlungen",
    app_short_name: "Exosomenkosten",
    app_description: "Kostenspannen für Exosomenbehandlungen, aus einem veröffentlichten \
                      Übersichtsartikel übernommen oder nach angegebenen Regeln daraus \
                      ermittelt, mit Ausfallzeit, Zeitplänen und der Quelle jeder Zahl. \
                      Funktioniert offline; nichts, was Sie eingeben, verlässt Ihr Gerät.",
    language_label: "Sprache",
    language_offer: "Diese Seite gibt es auch auf Deutsch.",
    language_offer_link: "Auf Deutsch lesen",
    money,
    explanations,
    language_offer_dismiss: "Schließen",
    update_ready: "Eine neuere Version des Rechners ist bereit.",
    update_reload: "Zum Aktualisieren neu laden",
};

/// German writes an amount with the currency's symbol after it, a no-break space between, a
/// point between thousands and a comma before the cents ("1.500 $", "1.234,50 €"), which is
/// what `Intl.NumberFormat("de-DE")` writes in the calculator, so the text written at build
/// time reads like the calculator's figures. A currency without a common symbol keeps its
/// code ("1.500 CHF").
fn money(currency: &str, minor_units: u64) -> String {
    // The plain formatter's digits (the currency's minor unit, cents only when not whole),
    // after its symbol or code, with the English separators swapped for the German ones.
    let plain = PlainFormatter::new(currency).format(minor_units);
    let number: String = plain
        .trim_start_matches(|c: char| !c.is_ascii_digit())
        .chars()
        .map(|c| match c {
            ',' => '.',
            '.' => ',',
            c => c,
        })
        .collect();
    let symbol = match currency {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "KRW" => "₩",
        code => code,
    };
    format!("{number}\u{a0}{symbol}")
}

/// A small count of sessions in words, in the dative of „Sitzung“ („von drei solchen
/// Sitzungen“, „von einer solchen Sitzung“); larger ones in digits.
fn sessions_in_words(count: u32) -> String {
    const WORDS: [&str; 10] = [
        "einer", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    ];
    match count
        .checked_sub(1)
        .and_then(|index| WORDS.get(index as usize))
    {
        Some(word) => (*word).to_owned(),
        None => count.to_string(),
    }
}

fn noscript(figures: &PublishedFigures) -> String {
    format!(
        "Der Rechner braucht JavaScript. Die Zahlen, die der Übersichtsartikel nennt ({}): eine \
         Sitzung Microneedling mit aufgetragenen Exosomen {}; eine Serie von {} {} {}; ein \
         hochwirksames injizierbares Präparat aus MSC (mesenchymalen Stammzellen) in \
         spezialisierten Kliniken {} pro Behandlung – so viel „kann“ ein solches Produkt laut dem \
         Übersichtsartikel kosten.",
        figures.source,
        figures.range(figures.one_session),
        sessions_in_words(figures.series_sessions),
        Lang::De.plural(
            figures.series_sessions,
            "solchen Sitzung",
            "solchen Sitzungen"
        ),
        figures.range(figures.series),
        figures.range(figures.injectable),
    )
}

/// The overview is cited by its publisher and year, as German citations name a source.
fn overview() -> Span {
    cite(OVERVIEW, "RegenClinics.org, 2026")
}

fn explanations(figures: &PublishedFigures) -> Vec<Section> {
    vec![
        what_exosomes_are(),
        source_cell(),
        delivery_methods(figures),
        who_it_may_suit(),
        risks(),
        regulation(),
        faq(figures),
        sources(),
    ]
}

fn what_exosomes_are() -> Section {
    fold(
        "what-exosomes-are",
        "Was Exosomen sind",
        vec![
            lede(vec![text(
                "Ihre Zellen verständigen sich unter anderem, indem sie winzige Päckchen \
                 aussenden. Bei Exosomenbehandlungen werden solche Päckchen aus Spenderzellen \
                 gewonnen und auf oder in die Haut gebracht – in der Hoffnung, sie so \
                 anzuregen, sich zu reparieren und zu erneuern.",
            )]),
            paragraph(vec![
                text(
                    "Fachleute nennen diese Päckchen extrazelluläre Vesikel, und Exosomen sind \
                     eine Art davon: ein Bläschen, umhüllt von einer dünnen Fettmembran und nur \
                     30 bis 150 Nanometer groß",
                ),
                overview(),
                text(
                    ". Sie entstehen im Inneren der Zelle, in einem Kompartiment namens \
                     Endosom. Wenn dieses Kompartiment mit der Membran verschmilzt, die die \
                     Zelle umgibt, werden die Vesikel in den Raum um die Zelle freigesetzt, wo \
                     andere Zellen sie aufnehmen können",
                ),
                overview(),
                text("."),
            ]),
            subheading("Was sie transportieren"),
            paragraph(vec![
                text(
                    "Welche Wirkung Exosomen auch haben: Sie geht auf das zurück, was in ihnen \
                     verpackt ist. Die Fracht, die der Übersichtsartikel beschreibt",
                ),
                overview(),
                text(", besteht aus:"),
            ]),
            Block::List(vec![
                vec![
                    strong("Wachstumsfaktoren."),
                    text(
                        " Darunter TGF-β (transformierender Wachstumsfaktor beta), der \
                         maßgeblich steuert, wie viel Kollagen die Haut bildet; EGF \
                         (epidermaler Wachstumsfaktor), der die Zellen der obersten Hautschicht \
                         dazu anregt, sich zu vermehren; sowie VEGF und FGF. Die genaue \
                         Zusammensetzung hängt von der Zelle ab, aus der die Vesikel stammen.",
                    ),
                ],
                vec![
                    strong("MicroRNAs (miRNAs)."),
                    text(
                        " Kurze Stücke Erbmaterial, die selbst keine Proteine bilden, aber in \
                         der Zelle, die sie aufnimmt, Gene hoch- oder herunterregeln. In der \
                         Haut sollen so die Gene für Kollagen und Elastin aktiver werden und \
                         die Gene, die Entzündung und Zelltod antreiben, weniger aktiv.",
                    ),
                ],
                vec![
                    strong("Boten-RNA (mRNA)."),
                    text(
                        " Bauanleitungen, die eine empfangende Zelle lesen kann, um neue \
                         Proteine herzustellen.",
                    ),
                ],
                vec![
                    strong("Proteine und Lipide."),
                    text(
                        " Signalproteine, Enzyme und biologisch aktive Fette, die direkt auf \
                         Zellen wirken.",
                    ),
                ],
            ]),
            subheading("Was sie in der Haut bewirken sollen"),
            paragraph(vec![
                text(
                    "Ziel ist, dass diese Fracht die Hautzellen dazu anregt, mehr Kollagen zu \
                     bilden, Schäden zu beheben und das Gewebe schneller zu erneuern",
                ),
                overview(),
                text(
                    ". Das ist die Absicht hinter jedem Produkt. Ob ein bestimmtes Fläschchen \
                     sie erfüllt, hängt davon ab, was tatsächlich darin ist – und das hängt vor \
                     allem davon ab, woher es stammt und wie sorgfältig es hergestellt wurde.",
                ),
            ]),
        ],
    )
}

fn source_cell() -> Section {
    fold(
        "source-cell",
        "Warum die Ursprungszelle wichtig ist",
        vec![
            paragraph(vec![
                text(
                    "Vesikel tragen die Signale der Zelle, die sie gebildet hat. Deshalb \
                     bestimmt die Art der Zelle, aus der ein Präparat hergestellt wird, \
                     weitgehend, was es leisten kann",
                ),
                overview(),
                text(". Die Zellarten, von denen Sie am ehesten hören werden:"),
            ]),
            Block::Cards(vec![
                card(
                    "Mesenchymale Stammzellen (MSC)",
                    vec![
                        text(
                            "Von allen Ursprungszellen sind sie in der regenerativen Medizin am \
                             besten erforscht. Die Wachstumsfaktoren und die MicroRNA in ihren \
                             Vesikeln sind die Mischung, die mit der Reparatur von Gewebe und \
                             mit der Feinabstimmung des Immunsystems (Immunmodulation) in \
                             Verbindung gebracht wird",
                        ),
                        overview(),
                        text("."),
                    ],
                    vec![],
                ),
                card(
                    "Plazentazellen",
                    vec![
                        text("Auch sie werden in ästhetischen Präparaten verwendet"),
                        overview(),
                        text(
                            ". Der Übersichtsartikel vergleicht sie nicht im Einzelnen mit \
                             anderen Zellarten.",
                        ),
                    ],
                    vec![],
                ),
                card(
                    "Zellen der Amnionmembran",
                    vec![
                        text("Eine weitere Zellart, die in ästhetischen Produkten vorkommt"),
                        overview(),
                        text(", auch hier ohne genaueren Vergleich im Übersichtsartikel."),
                    ],
                    vec![],
                ),
                card(
                    "Pflanzenzellen",
                    vec![
                        text(
                            "Laut dem Übersichtsartikel übertragen Vesikel, die von Pflanzen \
                             gebildet werden, Signale zwischen Zellen weniger stark als solche \
                             aus menschlichen Zellen",
                        ),
                        overview(),
                        text(
                            ". Prüfen Sie, aus welcher Zellart ein Produkt stammt, bevor Sie \
                             Preise vergleichen.",
                        ),
                    ],
                    vec![],
                ),
            ]),
            subheading("Was „gut charakterisiert“ bedeutet"),
            paragraph(vec![
                text(
                    "Ein Präparat gilt als gut charakterisiert, wenn der Hersteller gemessen \
                     und festgehalten hat, was jede Charge enthält: wie viele Partikel es sind, \
                     wie sich ihre Größen verteilen und welche Markerproteine auf ihrer \
                     Oberfläche sitzen",
                ),
                overview(),
                text(
                    ". Genau diese Daten sollten Sie sich laut dem Übersichtsartikel von Ihrer \
                     Klinik für die Charge zeigen lassen, die sie verwenden will.",
                ),
            ]),
            paragraph(vec![
                text(
                    "In der Forschung ist man sich bereits einig, was eine solche Beschreibung \
                     enthalten sollte. Die Leitlinien MISEV2018 der Internationalen \
                     Gesellschaft für extrazelluläre Vesikel (ISEV) verlangen eine gemessene \
                     Partikelzahl und mindestens drei Markerproteine, die vorhanden sein \
                     sollten: mindestens eines, das in der Membran des Vesikels sitzt (meist \
                     eines der Tetraspanine CD9, CD63 und CD81), und mindestens eines aus \
                     seinem Inneren, dazu eine Prüfung auf Material, das nicht darin sein \
                     sollte",
                ),
                cite(MISEV2018, "MISEV2018"),
                text(
                    ". Die aktualisierten Leitlinien MISEV2023 bevorzugen den allgemeinen \
                     Begriff „extrazelluläre Vesikel“ und raten von Bezeichnungen wie \
                     „exosomenähnlich“ ab",
                ),
                cite(MISEV2023, "MISEV2023"),
                text(
                    ". Diese Leitlinien wurden für die Forschung geschrieben, nicht für \
                     Kliniken, geben Ihnen aber einen brauchbaren Maßstab. Diese Seite spricht \
                     trotzdem von „Exosomen“, weil Sie dieses Wort in den Angeboten der \
                     Kliniken lesen werden.",
                ),
            ]),
        ],
    )
}

fn delivery_methods(figures: &PublishedFigures) -> Section {
    fold(
        "delivery-methods",
        "Anwendungsmethoden",
        vec![
            paragraph(vec![
                text(
                    "Die äußerste Hautschicht ist die wichtigste Barriere der Haut. Exosomen \
                     werden entweder direkt nach einem Eingriff aufgetragen, der winzige Kanäle \
                     durch diese Schicht öffnet, oder injiziert. Beim ersten Weg hängt die \
                     Erholungszeit vor allem vom Eingriff ab",
                ),
                overview(),
                text("."),
            ]),
            Block::Cards(vec![
                card(
                    "Auf der Haut, nach Microneedling",
                    vec![
                        text(
                            "Der häufigste Weg. Feine Nadeln öffnen zunächst vorübergehende Kanäle \
                             durch die äußere Hautschicht (die Hornschicht, Stratum corneum); \
                             direkt danach wird das Exosomenprodukt aufgetragen und gelangt \
                             durch diese Kanäle in die lebenden Schichten darunter. Es soll die \
                             körpereigene Reaktion der Haut auf das Microneedling verstärken",
                        ),
                        overview(),
                        text("."),
                    ],
                    vec![
                        fact(
                            "Ausfallzeit",
                            vec![
                                text(&format!(
                                    "{} Stunden, vor allem durch das Microneedling selbst",
                                    span_of(figures.microneedling_hours)
                                )),
                                overview(),
                            ],
                        ),
                        fact(
                            "Veröffentlichter Preis",
                            vec![
                                text(&format!(
                                    "{} für eine Sitzung; {} für eine Serie von {} {}",
                                    figures.range(figures.one_session),
                                    figures.range(figures.series),
                                    figures.series_sessions,
                                    Lang::De.plural(
                                        figures.series_sessions,
                                        "Sitzung",
                                        "Sitzungen"
                                    ),
                                )),
                                overview(),
                            ],
                        ),
                    ],
                ),
                card(
                    "Auf der Haut, nach fraktioniertem Laser",
                    vec![
                        text(
                            "Dasselbe Prinzip, nur öffnet ein Laser die Kanäle statt der \
                             Nadeln; der Übersichtsartikel nennt ablative und fraktionierte \
                             Laser",
                        ),
                        overview(),
                        text(
                            ". Die Angabe zur Ausfallzeit unten ist die, die er für den \
                             fraktionierten Laser macht; für den ablativen Laser nennt er \
                             keine.",
                        ),
                    ],
                    vec![
                        fact(
                            "Ausfallzeit",
                            vec![
                                text(&format!(
                                    "{} Tage nach fraktioniertem Laser, vor allem durch die \
                                     Laserbehandlung",
                                    span_of(figures.laser_days)
                                )),
                                overview(),
                            ],
                        ),
                        fact(
                            "Veröffentlichter Preis",
                            vec![text(
                                "Im Übersichtsartikel nicht angegeben, und dieser Rechner \
                                 erfindet keinen.",
                            )],
                        ),
                    ],
                ),
                card(
                    "Injektion in die Haut oder direkt darunter",
                    vec![
                        text(
                            "Das Produkt wird direkt ins Gewebe gespritzt, in vielen kleinen \
                             Depots über die behandelte Fläche verteilt, ähnlich wie bei \
                             anderen Injektionen, die die Haut anregen sollen. Vorher ist \
                             weder Microneedling noch Laser nötig, die Injektion ist also für \
                             sich allein möglich; sie erfordert aber ein steriles, für die \
                             Injektion hergestelltes Produkt",
                        ),
                        overview(),
                        text(
                            ". In den USA bewegen sich injizierte Exosomen in einer \
                             rechtlichen Grauzone: siehe ",
                        ),
                        link("regulation", "Regulierung in den USA"),
                        text("."),
                    ],
                    vec![
                        fact(
                            "Ausfallzeit",
                            vec![
                                text(
                                    "Keine Angabe: Der Übersichtsartikel nennt keine \
                                     Ausfallzeit für Injektionen. Die Reaktionen, die er \
                                     durchaus nennt (Beschwerden an der Einstichstelle, Blutergüsse, eine \
                                     Rötung, die wieder vergeht), stammen aus seiner Liste der \
                                     Risiken gut charakterisierter Produkte, nicht aus einer \
                                     Angabe zur Erholungszeit",
                                ),
                                overview(),
                                text("."),
                            ],
                        ),
                        fact(
                            "Veröffentlichter Preis",
                            vec![
                                text(&format!(
                                    "{} pro Behandlung für ein hochwirksames injizierbares \
                                     Präparat aus MSC; laut dem Übersichtsartikel „kann“ es so \
                                     viel kosten, in spezialisierten Kliniken",
                                    figures.range(figures.injectable)
                                )),
                                overview(),
                            ],
                        ),
                    ],
                ),
                card(
                    "Auf der Kopfhaut, bei Haarausfall",
                    vec![
                        text(
                            "Exosomen bei erblich bedingtem Haarausfall (androgenetischer \
                             Alopezie) auf die Kopfhaut zu bringen, ist noch in Erprobung und \
                             wird aktiv erforscht",
                        ),
                        overview(),
                        text(". Es ist keine etablierte Behandlung."),
                    ],
                    vec![
                        fact(
                            "Ausfallzeit",
                            vec![text("Im Übersichtsartikel nicht angegeben.")],
                        ),
                        fact(
                            "Veröffentlichter Preis",
                            vec![text(
                                "Im Übersichtsartikel nicht angegeben, daher zeigt der Rechner \
                                 keinen.",
                            )],
                        ),
                    ],
                ),
            ]),
        ],
    )
}

fn who_it_may_suit() -> Section {
    fold(
        "who-it-may-suit",
        "Für wen es infrage kommen kann",
        vec![
            paragraph(vec![
                text("Der Übersichtsartikel"),
                overview(),
                text(
                    " nennt vier Gruppen von Patientinnen und Patienten, für die eine \
                     Behandlung nach seiner Einschätzung infrage kommt:",
                ),
            ]),
            Block::List(vec![
                vec![text(
                    "Menschen, die ein Microneedling oder eine fraktionierte Laserbehandlung \
                     bekommen und schneller abheilen sowie mehr aus dem Eingriff herausholen \
                     möchten.",
                )],
                vec![text(
                    "Menschen, deren Haut sich insgesamt verändert hat – dünner, schlaffer oder \
                     mit feinen Fältchen – und die einen biologischen Ansatz suchen, der die \
                     Regeneration anregen soll.",
                )],
                vec![text(
                    "Menschen, die operiert werden: als Ergänzung, die die Wundheilung \
                     beschleunigen soll. Das ist die Behandlung einer Erkrankung, keine \
                     kosmetische Anwendung.",
                )],
                vec![text(
                    "Menschen mit erblich bedingtem Haarausfall – wobei die Behandlung der \
                     Kopfhaut noch in Erprobung und nicht etabliert ist und die Behandlung von \
                     Haarausfall die Behandlung einer Erkrankung ist, keine kosmetische \
                     Anwendung.",
                )],
            ]),
            note(vec![text(
                "Ob eine dieser Behandlungen für Sie richtig ist, mit Blick auf Ihre Haut, Ihre \
                 Gesundheit und die Medikamente, die Sie einnehmen, sollte eine qualifizierte \
                 Ärztin oder ein qualifizierter Arzt entscheiden, nachdem sie oder er Sie \
                 untersucht hat.",
            )]),
        ],
    )
}

fn risks() -> Section {
    fold(
        "risks",
        "Die Risiken hängen vom Präparat ab",
        vec![
            paragraph(vec![text(
                "Wie sicher eine Behandlung ist, hängt weniger vom Wort „Exosom“ ab als vom \
                 konkreten Produkt im Fläschchen und davon, wie gut es beschrieben und \
                 hergestellt wurde.",
            )]),
            subheading("Bei einem gut charakterisierten Präparat"),
            paragraph(vec![
                text(
                    "Die Risiken werden als minimal beschrieben: eine Reaktion an der \
                     Einstichstelle, Blutergüsse und eine Rötung, die wieder abklingt",
                ),
                overview(),
                text("."),
            ]),
            subheading("Bei einem schlecht charakterisierten Präparat"),
            paragraph(vec![
                text(
                    "Wenn niemand genau sagen kann, was in dem Produkt ist, nennt der \
                     Übersichtsartikel drei theoretische Risiken",
                ),
                overview(),
                text(":"),
            ]),
            Block::List(vec![
                vec![text(
                    "das Immunsystem kann auf Proteine darin reagieren, die niemand \
                     identifiziert hat;",
                )],
                vec![text(
                    "es kann Keime enthalten, wenn es nicht sorgfältig genug hergestellt wurde;",
                )],
                vec![text(
                    "MicroRNA darin, die niemand identifiziert hat, kann auf eine Weise wirken, \
                     die niemand vorhersehen kann.",
                )],
            ]),
            paragraph(vec![
                text(
                    "Mit nicht zugelassenen Produkten wurden bereits echte Schäden gemeldet: Im \
                     Dezember 2019 beschrieb die FDA (die US-Arzneimittelbehörde) \
                     schwerwiegende unerwünschte Ereignisse bei Patientinnen und Patienten in \
                     Nebraska, die Produkte erhalten hatten, die als exosomenhaltig vermarktet \
                     wurden",
                ),
                fda_cite(FDA_NOTIFICATION, "FDA", FDA_SAFETY_NOTIFICATION_2019),
                text("."),
            ]),
            subheading("Das größte Risiko: nicht zu wissen, was man bekommt"),
            paragraph(vec![
                text(
                    "Die Produkte auf dem Markt unterscheiden sich stark, und manche werden mit \
                     zu wenig Qualitätskontrolle hergestellt. Der Übersichtsartikel bezeichnet \
                     diese Uneinheitlichkeit als das Hauptrisiko auf dem Markt für Exosomen",
                ),
                overview(),
                text(
                    ". Am einfachsten schützen Sie sich, indem Sie Ihre Klinik nach \
                     Partikelzahl, Größenverteilung und Oberflächenmarkern der Charge fragen \
                     (siehe ",
                ),
                link("source-cell", "Warum die Ursprungszelle wichtig ist"),
                text("). Wer seriös behandelt, sollte diese Fragen beantworten können."),
            ]),
        ],
    )
}

fn regulation() -> Section {
    fold(
        "regulation",
        "Regulierung in den USA (2026)",
        vec![
            Block::List(vec![
                vec![
                    text(
                        "2026 hatte die FDA (die US-Arzneimittelbehörde) noch kein \
                         Exosomenprodukt für ästhetische Behandlungen vollständig zugelassen, \
                         weder als Arzneimittel noch als biologisches Produkt",
                    ),
                    overview(),
                    text(
                        ". Die FDA selbst hat erklärt, dass es keine von der FDA zugelassenen \
                         Exosomenprodukte gibt und dass Exosomen, die zur Behandlung von \
                         Krankheiten oder Beschwerden beim Menschen eingesetzt werden, als \
                         Arzneimittel und biologische Produkte gelten, die vor dem Verkauf von \
                         der FDA geprüft und zugelassen werden müssen",
                    ),
                    fda_cite(FDA_NOTIFICATION, "FDA", FDA_SAFETY_NOTIFICATION_2019),
                    fda_cite(FDA_CONSUMER, "FDA", FDA_CONSUMER_ALERT_2020),
                    text("."),
                ],
                vec![
                    text(
                        "Laut dem Übersichtsartikel geht aus Leitlinien der FDA hervor, dass \
                         Präparate aus menschlichen oder tierischen Zellen wahrscheinlich eine \
                         IND brauchen (kurz für „Investigational New Drug application“, einen \
                         Antrag bei der FDA): die Genehmigung der FDA, ein neues Arzneimittel an \
                         Menschen zu prüfen. Auf diesem Weg wird ein nicht zugelassenes Produkt \
                         unter Aufsicht der FDA an Menschen erprobt",
                    ),
                    overview(),
                    text("."),
                ],
                vec![
                    text(
                        "Wenn Ihnen also eine Klinik in den USA anbietet, Exosomen zu \
                         injizieren, bewegt sich dieses Angebot in einer rechtlichen \
                         Grauzone – und Sie haben ein Recht darauf, das vor Ihrer Entscheidung \
                         zu wissen",
                    ),
                    overview(),
                    text("."),
                ],
                vec![
                    text(
                        "Exosomenprodukte, die auf die Haut aufgetragen und ohne jedes \
                         Heilversprechen verkauft werden, fallen unter die Regeln für Kosmetik- \
                         und Körperpflegeprodukte und sind leichter erhältlich",
                    ),
                    overview(),
                    text(
                        ". Dass ein Produkt als Kosmetikum verkauft wird, heißt nicht, dass es \
                         als Behandlung zugelassen ist; und ein Produkt, das verspricht, eine \
                         Erkrankung wie Haarausfall zu behandeln, gehört nicht mehr in diese \
                         Kategorie. Ein Dokument der FDA, das sich speziell mit Exosomen \
                         befasst, die nach einem Microneedling auf die Haut aufgetragen werden, \
                         haben wir nicht gefunden.",
                    ),
                ],
            ]),
            subheading("Was die FDA Ihnen rät"),
            Block::List(vec![
                vec![
                    text(
                        "Fragen Sie, ob die FDA die Behandlung geprüft hat, und lassen Sie sich \
                         die IND-Nummer nennen",
                    ),
                    fda_cite(FDA_MEDWATCH, "FDA MedWatch", FDA_MEDWATCH_ALERT_2019),
                    text("."),
                ],
                vec![
                    text(
                        "Wenn bei Ihnen eine Nebenwirkung auftritt, können Sie sie dem \
                         MedWatch-Programm der FDA melden",
                    ),
                    fda_cite(FDA_CONSUMER, "FDA", FDA_CONSUMER_ALERT_2020),
                    text("."),
                ],
                vec![
                    text(
                        "Sehen Sie es als Warnsignal, wenn Sie für ein nicht zugelassenes \
                         Produkt außerhalb einer klinischen Studie bezahlen sollen",
                    ),
                    cite(
                        FDA_PATIENT,
                        "FDA-Informationen für Patienten und Verbraucher",
                    ),
                    text("."),
                ],
            ]),
            subheading("Die Dokumente der FDA"),
            Block::List(fda_documents().into()),
        ],
    )
}

/// The FDA's documents, each with its publisher and date as published, as listed in the
/// regulation section and in the sources.
/// A citation of an FDA document by its issuer and its date, the date written as this
/// language writes dates (the caveats of the calculator write it the same way).
fn fda_cite(anchor: &'static str, issuer: &str, reference: Reference) -> Span {
    cite(anchor, &format!("{issuer}, {}", reference_date(reference)))
}

fn fda_documents() -> [Vec<Span>; 4] {
    let dated = |reference: Reference| {
        fda_document(
            reference,
            &format!(", {}, {}.", reference.publisher, reference_date(reference)),
        )
    };
    [
        dated(FDA_SAFETY_NOTIFICATION_2019),
        dated(FDA_MEDWATCH_ALERT_2019),
        dated(FDA_CONSUMER_ALERT_2020),
        fda_document(
            FDA_PATIENT_INFORMATION,
            &format!(
                ", {}; Datum auf der Seite nicht bestätigt (eine erneute Veröffentlichung \
                 datiert sie auf Juni 2021).",
                FDA_PATIENT_INFORMATION.publisher
            ),
        ),
    ]
}

fn faq(figures: &PublishedFigures) -> Section {
    let (_, typical_max) = figures.typical_sessions;
    let (_, weeks_max) = figures.results_weeks;
    open(
        "faq",
        "Häufige Fragen",
        vec![Block::Faq(vec![
            question(
                "Sind Exosomenbehandlungen von der FDA zugelassen?",
                vec![vec![
                    text(
                        "Nein. Stand 2026 hat kein Exosomenprodukt eine vollständige Zulassung \
                         der FDA (der US-Arzneimittelbehörde) für ästhetische Anwendungen",
                    ),
                    overview(),
                    text(", und die FDA hat erklärt, dass kein Exosomenprodukt zugelassen ist"),
                    fda_cite(FDA_CONSUMER, "FDA", FDA_CONSUMER_ALERT_2020),
                    text(
                        ". Injizierte Präparate aus menschlichen Zellen brauchen \
                         wahrscheinlich einen IND-Antrag (IND: die Genehmigung der FDA, ein \
                         neues Arzneimittel an Menschen zu prüfen), während Produkte, die ohne \
                         Heilversprechen auf die Haut aufgetragen werden, als Kosmetika \
                         verkauft werden",
                    ),
                    overview(),
                    text(
                        ". Fragen Sie Ihre Klinik, welchen Zulassungsstatus genau das Produkt \
                         hat, das sie verwenden will. Mehr dazu unter ",
                    ),
                    link("regulation", "Regulierung in den USA"),
                    text("."),
                ]],
            ),
            question(
                "Worin unterscheiden sich Exosomen von PRP?",
                vec![vec![
                    text(
                        "Der Unterschied liegt in der Herkunft des Materials. Für PRP \
                         (plättchenreiches Plasma) nimmt die Klinik Ihnen Blut ab und \
                         konzentriert Ihr Plasma, dessen Blutplättchen Wachstumsfaktoren \
                         freisetzen; nichts von einem anderen Menschen kommt hinein, und die \
                         Regeln dafür sind geklärt. Ein Exosomenprodukt wird in einer Fabrik \
                         aus den Zellen eines Spenders hergestellt, und seine Vesikel können \
                         mehr Arten von Fracht tragen: Wachstumsfaktoren, aber auch MicroRNA \
                         und Boten-RNA. Beide zielen, jedes auf seine Weise, auf Regeneration ab",
                    ),
                    overview(),
                    text("."),
                ]],
            ),
            question(
                "Wie viele Behandlungen werde ich brauchen?",
                vec![vec![
                    text(&format!(
                        "Ein typischer Plan beginnt mit {} {}. Wenn Ihre Behandlung Exosomen \
                         mit Microneedling kombiniert, kann sie 3 Monate lang einmal im Monat \
                         erfolgen. Geben Sie jeder Behandlung Zeit: Die Ergebnisse können sich \
                         danach noch {} {} lang weiterentwickeln",
                        span_of(figures.typical_sessions),
                        Lang::De.plural(typical_max, "Behandlung", "Behandlungen"),
                        span_of(figures.results_weeks),
                        Lang::De.plural(weeks_max, "Woche", "Wochen"),
                    )),
                    overview(),
                    text(". Ihre Ärztin oder Ihr Arzt wird Ihnen einen Plan für Ihre Haut vorschlagen."),
                ]],
            ),
            question(
                "Warum schwanken die Preise so stark?",
                vec![
                    vec![
                        text(
                            "Der Übersichtsartikel führt die Spanne auf die vielen \
                             verschiedenen Produkte und Protokolle zurück, die angeboten werden",
                        ),
                        overview(),
                        text(&format!(
                            ". Die Zahlen, die er nennt: {} für eine Sitzung Microneedling mit \
                             Exosomen; typischerweise {} für {} {}; und {} pro Behandlung für \
                             ein hochwirksames injizierbares Präparat aus MSC in spezialisierten \
                             Kliniken – so viel „kann“ ein solches Produkt laut dem \
                             Übersichtsartikel kosten",
                            figures.range(figures.one_session),
                            figures.range(figures.series),
                            figures.series_sessions,
                            Lang::De.plural(
                                figures.series_sessions,
                                "solche Sitzung",
                                "solche Sitzungen"
                            ),
                            figures.range(figures.injectable),
                        )),
                        overview(),
                        text(
                            ". Jeder andere Preis in diesem Rechner wird nach einer Regel, die \
                             neben der Zahl steht, aus diesen Zahlen ermittelt",
                        ),
                        text(
                            ". Für Exosomen nach fraktioniertem Laser und für die Behandlung \
                             der Kopfhaut nennt der Übersichtsartikel keinen Preis, und deshalb \
                             auch dieser Rechner nicht.",
                        ),
                    ],
                    vec![
                        text(
                            "Der Übersichtsartikel führt einen Teil der Spanne auf \
                             Qualitätsunterschiede zwischen den Produkten zurück und fordert, \
                             dass ein Preis Fragen danach auslöst, wie das Produkt \
                             charakterisiert ist, statt von ihnen abzulenken",
                        ),
                        overview(),
                        text(
                            ". Fragen Sie also, ganz gleich, wie hoch der Preis ist, nach den \
                             Prüfdaten der Charge.",
                        ),
                    ],
                    vec![
                        text(
                            "Eine von Fachleuten begutachtete Erhebung oder eine Umfrage einer \
                             Fachgesellschaft zu Exosomenpreisen haben wir nicht gefunden. Eine \
                             Studie von 2023 aus einem verwandten Bereich, der \
                             Schönheitschirurgie, ergab, dass die Preise, die 66 Praxen \
                             öffentlich angaben, meist über den Durchschnittswerten nationaler \
                             Honorarerhebungen lagen",
                        ),
                        cite(ASJ, "Aesthetic Surgery Journal, 2023"),
                        text(
                            ". Das ist ein Grund, warum dieser Rechner Spannen mit ihren \
                             Quellen zeigt statt eines einzigen „Durchschnittspreises“.",
                        ),
                    ],
                ],
            ),
            question(
                "Sendet dieser Rechner meine Angaben irgendwohin?",
                vec![vec![text(
                    "Nein. Der Rechner läuft vollständig in Ihrem Browser. Nichts, was Sie \
                     eingeben, wird irgendwohin gesendet, gespeichert oder verfolgt.",
                )]],
            ),
        ])],
    )
}

fn sources() -> Section {
    let [notification, medwatch, consumer, patient] = fda_documents();
    fold(
        SOURCES_SECTION,
        "Quellen",
        vec![
            paragraph(vec![text(
                "Jede Zahl zu Preisen, Ausfallzeiten und Zeitplänen in diesem Rechner ist \
                 entweder aus dem Übersichtsartikel (2026) übernommen oder nach einer daneben \
                 genannten Regel aus seinen Zahlen ermittelt; jede ist als das eine oder das \
                 andere gekennzeichnet. Keine ist ein Kostenvoranschlag: Lassen Sie sich von \
                 jeder Klinik einen eigenen schriftlichen Kostenvoranschlag geben.",
            )]),
            Block::Sources(vec![
                source(
                    OVERVIEW,
                    vec![text(
                        "RegenClinics.org (2026), ein Übersichtsartikel zur Exosomentherapie in \
                         der ästhetischen und regenerativen Medizin. RegenClinics.org ist ein \
                         Verzeichnis von Kliniken (eine geprüfte spezialisierte Klinik pro \
                         Stadt), keine \
                         medizinische Fachzeitschrift und keine Aufsichtsbehörde. Es ist die \
                         Quelle jeder voreingestellten Zahl zu Preis, Ausfallzeit und \
                         Behandlungsplan. Die Fassung, die wir verwendet haben, hat weder einen \
                         eigenen Titel noch eine Webadresse.",
                    )],
                ),
                source(FDA_NOTIFICATION, notification),
                source(FDA_MEDWATCH, medwatch),
                source(FDA_CONSUMER, consumer),
                source(FDA_PATIENT, patient),
                source(
                    MISEV2018,
                    vec![
                        text(
                            "Théry C, Witwer KW, et al. MISEV2018, Leitlinien der \
                             Internationalen Gesellschaft für extrazelluläre Vesikel. ",
                        ),
                        work_title("Journal of Extracellular Vesicles"),
                        text(" 2018;7(1):1535750. "),
                        external(MISEV2018_URL, "doi:10.1080/20013078.2018.1535750"),
                    ],
                ),
                source(
                    MISEV2023,
                    vec![
                        text(
                            "Welsh JA, et al. MISEV2023, Leitlinien der Internationalen \
                             Gesellschaft für extrazelluläre Vesikel. ",
                        ),
                        work_title("Journal of Extracellular Vesicles"),
                        text(" 2024;13(2):e12404. "),
                        external(MISEV2023_URL, "doi:10.1002/jev2.12404"),
                    ],
                ),
                source(
                    ASJ,
                    vec![
                        text(
                            "Studie zu öffentlich angegebenen Preisen für Schönheitsoperationen \
                             in 66 Praxen. ",
                        ),
                        work_title("Aesthetic Surgery Journal"),
                        text(" 2023;43(9):1036."),
                    ],
                ),
            ]),
        ],
    )
}
