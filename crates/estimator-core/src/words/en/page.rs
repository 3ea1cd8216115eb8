//! The English words of the page part.
//!
//! The explanations are written in the product's own words. Every fact comes from the material
//! in `shared/source` (the RegenClinics.org overview, the FDA notices and the ISEV guidelines
//! listed in `references.md`) and carries an inline citation that links to the "Sources"
//! section at the end; every figure comes from the published book. Nothing here adds a figure
//! the sources do not state.

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

pub static WORDS: PageWords = PageWords {
    title: "Exosome treatment cost estimator: sourced price ranges, downtime and schedule",
    description: "Estimate the cost range, downtime and schedule of exosome treatments from \
                  figures quoted from a published overview or derived from them by stated rules, \
                  with the source of every figure, the regulatory caveats and the questions to \
                  ask a clinic. Runs entirely in your browser.",
    no_js_note: "The calculator needs JavaScript to respond to your choices. The quoted figures \
                 and the explanations below work without it.",
    loading: "Loading the calculator…",
    skip_link: "Skip to the calculator",
    eyebrow: "Private: runs entirely in your browser. Nothing you enter is sent anywhere.",
    heading: "Exosome treatment cost estimator",
    lede: "See what exosome treatments may cost, how long recovery takes, and what to ask a \
           clinic. Every figure says where it comes from.",
    calculator_label: "Calculator",
    noscript,
    footer_before: "Figures as of 2026, from the sources listed under ",
    footer_link: "Sources",
    footer_after: ".",
    app_name: "Exosome treatment cost estimator",
    app_short_name: "Exosome costs",
    app_description: "Cost ranges for exosome treatments, quoted from a published overview or \
                      derived from it by stated rules, with downtime, schedules and the source \
                      of every figure. Works offline; nothing you enter leaves your device.",
    language_label: "Language",
    language_offer: "This page is also in English.",
    language_offer_link: "Read it in English",
    money,
    explanations,
    language_offer_dismiss: "Dismiss",
    update_ready: "A newer version of the estimator is ready.",
    update_reload: "Reload to update",
};

/// US English writes dollars as the view's plain formatter does: "$1,500".
fn money(currency: &str, minor_units: u64) -> String {
    PlainFormatter::new(currency).format(minor_units)
}

/// A small count in words ("three"), as a sentence spells it; larger ones in digits.
fn count_in_words(count: u32) -> String {
    const WORDS: [&str; 10] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
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
        "The calculator needs JavaScript. The figures the overview quotes ({}): one session of \
         microneedling with topical exosomes {}; a series of {} {} {}; for a high-potency \
         MSC-derived injectable at specialist practices, {} per treatment, which it says such a \
         product “may” cost.",
        figures.source,
        figures.range(figures.one_session),
        count_in_words(figures.series_sessions),
        Lang::En.plural(figures.series_sessions, "such session", "such sessions"),
        figures.range(figures.series),
        figures.range(figures.injectable),
    )
}

fn overview() -> Span {
    cite(OVERVIEW, "overview, 2026")
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
        "What exosomes are",
        vec![
            lede(vec![text(
                "Your cells talk to each other partly by sending out tiny parcels. \
                 Exosome treatments collect these parcels from donor cells and put them \
                 on or into the skin, in the hope of nudging it to repair and renew itself.",
            )]),
            paragraph(vec![
                text(
                    "Scientists call the parcels extracellular vesicles, and exosomes are one \
                     kind of them: a bubble wrapped in a thin fatty membrane, only 30 to 150 \
                     nanometres wide",
                ),
                overview(),
                text(
                    ". They are made inside the cell, in a compartment called the endosome. \
                     When that compartment merges with the membrane around the cell, the \
                     vesicles are released into the space around the cell, where other cells \
                     can pick them up",
                ),
                overview(),
                text("."),
            ]),
            subheading("What they carry"),
            paragraph(vec![
                text(
                    "Whatever effect exosomes have comes from what is packed inside them. The \
                     cargo described in the overview",
                ),
                overview(),
                text(" is:"),
            ]),
            Block::List(vec![
                vec![
                    strong("Growth factors."),
                    text(
                        " Among them TGF-β (transforming growth factor beta), which plays a \
                         central part in controlling how much collagen the skin makes; EGF \
                         (epidermal growth factor), which encourages the cells of the skin’s \
                         surface layer to multiply; and VEGF and FGF. The exact mix depends on \
                         the cell the vesicles came from.",
                    ),
                ],
                vec![
                    strong("MicroRNA (miRNA)."),
                    text(
                        " Short pieces of genetic material that do not make proteins themselves \
                         but turn genes up or down in the cell that receives them. In the skin, \
                         the intended effect is more activity in the genes for collagen and \
                         elastin, and less in those that drive inflammation and cell death.",
                    ),
                ],
                vec![
                    strong("Messenger RNA (mRNA)."),
                    text(
                        " Working instructions that a receiving cell can read to build new \
                         proteins.",
                    ),
                ],
                vec![
                    strong("Proteins and lipids."),
                    text(
                        " Signalling proteins, enzymes and biologically active fats that act on \
                         cells directly.",
                    ),
                ],
            ]),
            subheading("What they are meant to do in the skin"),
            paragraph(vec![
                text(
                    "The aim is for this cargo to prompt skin cells to produce more collagen, \
                     mend damage and renew the tissue faster",
                ),
                overview(),
                text(
                    ". That is the intention behind every product. Whether a particular vial \
                     lives up to it depends on what is really inside, and that depends above \
                     all on where it came from and how carefully it was made.",
                ),
            ]),
        ],
    )
}

fn source_cell() -> Section {
    fold(
        "source-cell",
        "Why the source cell matters",
        vec![
            paragraph(vec![
                text(
                    "Vesicles carry the signals of the cell that made them, so the kind of cell \
                     used to produce a preparation largely decides what it can do",
                ),
                overview(),
                text(". The sources you are most likely to hear about:"),
            ]),
            Block::Cards(vec![
                card(
                    "Mesenchymal stem cells (MSC)",
                    vec![
                        text(
                            "Of all the source cells, these have had the most research in \
                             regenerative medicine. The growth factors and microRNA in their \
                             vesicles are the mix linked with mending tissue and with tuning \
                             the immune system (immunomodulation)",
                        ),
                        overview(),
                        text("."),
                    ],
                    vec![],
                ),
                card(
                    "Placental cells",
                    vec![
                        text("Also used in aesthetic preparations"),
                        overview(),
                        text(". The overview does not compare them with other sources in detail."),
                    ],
                    vec![],
                ),
                card(
                    "Amniotic membrane cells",
                    vec![
                        text("Another source found in aesthetic products"),
                        overview(),
                        text(", again without a detailed comparison in the overview."),
                    ],
                    vec![],
                ),
                card(
                    "Plant cells",
                    vec![
                        text(
                            "According to the overview, vesicles made by plants pass signals \
                             between cells less strongly than those made by human cells",
                        ),
                        overview(),
                        text(
                            ". Check which kind of cell a product comes from before you \
                             compare prices.",
                        ),
                    ],
                    vec![],
                ),
            ]),
            subheading("What “well-characterised” means"),
            paragraph(vec![
                text(
                    "A preparation is well-characterised when its maker has measured and \
                     written down what each batch (or lot) contains: how many particles there \
                     are, how their sizes are spread, and which marker proteins sit on their \
                     surface",
                ),
                overview(),
                text(
                    ". These are the data the overview suggests you ask your clinic to show you \
                     for the lot it plans to use.",
                ),
            ]),
            paragraph(vec![
                text(
                    "Researchers already agree on what such a description should include. The \
                     MISEV2018 guidelines from the International Society for Extracellular \
                     Vesicles ask for a measured particle count and at least three protein \
                     markers that should be present: at least one that sits in the vesicle’s \
                     membrane (usually one of the tetraspanins CD9, CD63 and CD81) and at least \
                     one from inside it, together with a check for material that should not be \
                     there",
                ),
                cite(MISEV2018, "MISEV2018"),
                text(
                    ". The updated MISEV2023 guidelines prefer the general name “extracellular \
                     vesicles” and discourage labels such as “exosome-like”",
                ),
                cite(MISEV2023, "MISEV2023"),
                text(
                    ". These guidelines were written for research, not for clinics, but they \
                     give you a fair yardstick. This page still says “exosomes”, because that is \
                     the word you will see on clinic menus.",
                ),
            ]),
        ],
    )
}

fn delivery_methods(figures: &PublishedFigures) -> Section {
    fold(
        "delivery-methods",
        "Delivery methods",
        vec![
            paragraph(vec![
                text(
                    "The outermost layer of the skin is its main barrier. Exosomes are either \
                     spread on just after a procedure that opens tiny channels through that \
                     layer, or injected. With the first approach, how long you need to recover \
                     depends mostly on the procedure",
                ),
                overview(),
                text("."),
            ]),
            Block::Cards(vec![
                card(
                    "On the skin, after microneedling",
                    vec![
                        text(
                            "The most common approach. Fine needles first make short-lived \
                             channels through the outer layer of the skin (the stratum \
                             corneum); the exosome product is spread on straight afterwards and \
                             reaches the living layers underneath through those channels. It is \
                             meant to boost the skin’s own response to the microneedling",
                        ),
                        overview(),
                        text("."),
                    ],
                    vec![
                        fact(
                            "Downtime",
                            vec![
                                text(&format!(
                                    "{} hours, mostly from the microneedling itself",
                                    span_of(figures.microneedling_hours)
                                )),
                                overview(),
                            ],
                        ),
                        fact(
                            "Published price",
                            vec![
                                text(&format!(
                                    "{} for one session; {} for a series of {}",
                                    figures.tight_range(figures.one_session),
                                    figures.tight_range(figures.series),
                                    figures.series_sessions
                                )),
                                overview(),
                            ],
                        ),
                    ],
                ),
                card(
                    "On the skin, after fractional laser",
                    vec![
                        text(
                            "The same idea, with a laser making the channels instead of \
                             needles; the overview names ablative and fractional lasers",
                        ),
                        overview(),
                        text(
                            ". The downtime figure below is the one it gives for fractional \
                             laser; it gives none for ablative laser.",
                        ),
                    ],
                    vec![
                        fact(
                            "Downtime",
                            vec![
                                text(&format!(
                                    "{} days after fractional laser, mostly from the laser \
                                     treatment",
                                    span_of(figures.laser_days)
                                )),
                                overview(),
                            ],
                        ),
                        fact(
                            "Published price",
                            vec![text(
                                "Not given in the overview, and this estimator does not make \
                                 one up.",
                            )],
                        ),
                    ],
                ),
                card(
                    "Injection into or just under the skin",
                    vec![
                        text(
                            "The product goes straight into the tissue as many small deposits \
                             across the treated area, much as with other injections meant to \
                             stimulate the skin. No needling or laser is needed first, so it \
                             can be done on its own, but it calls for a sterile product made \
                             for injection",
                        ),
                        overview(),
                        text(". In the US, injected exosomes sit in a regulatory grey zone: see "),
                        link("regulation", "Regulation in the US"),
                        text("."),
                    ],
                    vec![
                        fact(
                            "Downtime",
                            vec![
                                text(
                                    "No figure: the overview gives no downtime for injection. \
                                     The reactions it does name (where the needle went in, \
                                     bruising, redness that passes) come from its list of risks \
                                     for well-characterised products, not from a recovery time",
                                ),
                                overview(),
                                text("."),
                            ],
                        ),
                        fact(
                            "Published price",
                            vec![
                                text(&format!(
                                    "{} per treatment for a high-potency MSC-derived \
                                     injectable; the overview says it “may” cost this, at \
                                     specialist practices",
                                    figures.tight_range(figures.injectable)
                                )),
                                overview(),
                            ],
                        ),
                    ],
                ),
                card(
                    "On the scalp, for hair loss",
                    vec![
                        text(
                            "Delivering exosomes to the scalp for pattern hair loss \
                             (androgenetic alopecia) is still under active study",
                        ),
                        overview(),
                        text(". It is not an established treatment."),
                    ],
                    vec![
                        fact("Downtime", vec![text("Not given in the overview.")]),
                        fact(
                            "Published price",
                            vec![text(
                                "Not given in the overview, so the estimator shows none.",
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
        "Who it may suit",
        vec![
            paragraph(vec![
                text("The overview"),
                overview(),
                text(" lists four kinds of patient it sees as candidates:"),
            ]),
            Block::List(vec![
                vec![text(
                    "People having microneedling or fractional laser who want to heal faster \
                     and get more out of the procedure.",
                )],
                vec![text(
                    "People whose skin has changed all over, becoming thinner, looser or \
                     finely lined, and who want a biological approach meant to prompt \
                     regeneration.",
                )],
                vec![text(
                    "People having surgery, as an add-on meant to speed wound healing. That \
                     is the treatment of a condition, not a cosmetic use.",
                )],
                vec![text(
                    "People with pattern hair loss, though scalp treatment is still being \
                     studied rather than established, and treating hair loss is the treatment \
                     of a condition, not a cosmetic use.",
                )],
            ]),
            note(vec![text(
                "Whether any of these treatments is right for you, given your skin, your \
                 health and any medicines you take, is for a qualified clinician to decide \
                 after seeing you.",
            )]),
        ],
    )
}

fn risks() -> Section {
    fold(
        "risks",
        "Risks depend on the preparation",
        vec![
            paragraph(vec![text(
                "How safe a treatment is depends less on the word “exosome” than on the \
                 particular product in the vial and how well it has been described and made.",
            )]),
            subheading("With a well-characterised preparation"),
            paragraph(vec![
                text(
                    "The risks are described as minimal: a reaction at an injection site, \
                     bruising, and redness that fades",
                ),
                overview(),
                text("."),
            ]),
            subheading("With a poorly characterised preparation"),
            paragraph(vec![
                text(
                    "When nobody can say exactly what is in the product, the overview names \
                     three theoretical risks",
                ),
                overview(),
                text(":"),
            ]),
            Block::List(vec![
                vec![text(
                    "the body’s immune system may react to proteins in it that nobody has \
                     identified;",
                )],
                vec![text(
                    "it may carry microbes, if it was made without enough care;",
                )],
                vec![text(
                    "microRNA in it that nobody has identified may act in ways nobody can \
                     foresee.",
                )],
            ]),
            paragraph(vec![
                text(
                    "Real harm has been reported with unapproved products: in December 2019 \
                     the FDA described serious adverse events in patients in Nebraska who had \
                     received products marketed as containing exosomes",
                ),
                cite(FDA_NOTIFICATION, "FDA, 6 December 2019"),
                text("."),
            ]),
            subheading("The biggest risk is not knowing what you are getting"),
            paragraph(vec![
                text(
                    "Products on the market differ widely, and some are made with too little \
                     quality control. The overview names this unevenness as the main risk in \
                     the exosome market",
                ),
                overview(),
                text(
                    ". The simplest protection is to ask your clinic for the lot’s particle \
                     count, size distribution and surface markers (see ",
                ),
                link("source-cell", "Why the source cell matters"),
                text("). A reputable practitioner should be able to answer."),
            ]),
        ],
    )
}

fn regulation() -> Section {
    fold(
        "regulation",
        "Regulation in the US (2026)",
        vec![
            Block::List(vec![
                vec![
                    text(
                        "In 2026 the FDA had not fully approved any exosome product, whether \
                         as a drug or as a biologic, for aesthetic treatment",
                    ),
                    overview(),
                    text(
                        ". The FDA itself has said that there are no FDA-approved exosome \
                         products, and that exosomes used to treat diseases or conditions in \
                         people are regulated as drugs and biological products that need FDA \
                         review and approval before they are sold",
                    ),
                    cite(FDA_NOTIFICATION, "FDA, 6 December 2019"),
                    cite(FDA_CONSUMER, "FDA, 22 July 2020"),
                    text("."),
                ],
                vec![
                    text(
                        "According to the overview, FDA guidance indicates that preparations \
                         made from human or animal cells are likely to need an Investigational \
                         New Drug (IND) application, the route for testing an unapproved \
                         product in people under FDA oversight",
                    ),
                    overview(),
                    text("."),
                ],
                vec![
                    text(
                        "So if a US clinic offers to inject exosomes, what it offers sits in a \
                         regulatory grey zone, and you deserve to know that before you decide",
                    ),
                    overview(),
                    text("."),
                ],
                vec![
                    text(
                        "Exosome products made to go on the skin and sold without any medical \
                         claim fall under the rules for cosmetics and personal-care products, \
                         and they are more widely available",
                    ),
                    overview(),
                    text(
                        ". Being sold as a cosmetic does not mean a product has been approved \
                         as a treatment, and a product that claims to treat a condition, such as \
                         hair loss, is no longer in that category. We found no FDA document \
                         that deals specifically with exosomes applied to the skin after \
                         microneedling.",
                    ),
                ],
            ]),
            subheading("What the FDA suggests you do"),
            Block::List(vec![
                vec![
                    text(
                        "Ask whether the FDA has reviewed the treatment, and ask for its IND \
                         number",
                    ),
                    cite(FDA_MEDWATCH, "FDA MedWatch, 9 December 2019"),
                    text("."),
                ],
                vec![
                    text(
                        "If you have a side effect, you can report it to the FDA’s MedWatch \
                         programme",
                    ),
                    cite(FDA_CONSUMER, "FDA, 22 July 2020"),
                    text("."),
                ],
                vec![
                    text(
                        "Treat it as a warning sign if you are asked to pay for an unapproved \
                         product outside a clinical trial",
                    ),
                    cite(FDA_PATIENT, "FDA patient and consumer information"),
                    text("."),
                ],
            ]),
            subheading("The FDA documents"),
            Block::List(fda_documents().into()),
        ],
    )
}

/// The FDA's documents, each with its publisher and date, as listed in the regulation section
/// and in the sources.
fn fda_documents() -> [Vec<Span>; 4] {
    let dated = |reference: Reference| {
        fda_document(
            reference,
            &format!(", {}, {}.", reference.publisher, reference.date),
        )
    };
    [
        dated(FDA_SAFETY_NOTIFICATION_2019),
        dated(FDA_MEDWATCH_ALERT_2019),
        dated(FDA_CONSUMER_ALERT_2020),
        fda_document(
            FDA_PATIENT_INFORMATION,
            &format!(
                ", {}; date not confirmed on the page (a repost dates it June 2021).",
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
        "Questions people ask",
        vec![Block::Faq(vec![
            question(
                "Are exosome treatments FDA-approved?",
                vec![vec![
                    text(
                        "No. As of 2026 no exosome product has full FDA approval for \
                         aesthetic use",
                    ),
                    overview(),
                    text(", and the FDA has stated that no exosome product is approved"),
                    cite(FDA_CONSUMER, "FDA, 22 July 2020"),
                    text(
                        ". Injected preparations made from human cells are likely to need an \
                         IND application, while products put on the skin without a medical \
                         claim are sold as cosmetics",
                    ),
                    overview(),
                    text(
                        ". Ask your clinic about the status of the exact product they plan \
                         to use. More in ",
                    ),
                    link("regulation", "Regulation in the US"),
                    text("."),
                ]],
            ),
            question(
                "How are exosomes different from PRP?",
                vec![vec![
                    text(
                        "The difference is where the material comes from. For PRP \
                         (platelet-rich plasma), a clinic draws your blood and concentrates \
                         your plasma, whose platelets release growth factors; nothing from \
                         another person goes in, and the rules for it are settled. An \
                         exosome product is made in a factory from a donor’s cells, and its \
                         vesicles can carry more kinds of cargo: growth factors, but also \
                         microRNA and messenger RNA. Each aims at regeneration in its own way",
                    ),
                    overview(),
                    text("."),
                ]],
            ),
            question(
                "How many treatments will I need?",
                vec![vec![
                    text(&format!(
                        "A typical plan begins with {} {}. If your treatment pairs exosomes \
                         with microneedling, it may be given monthly for 3 months. Give each \
                         treatment time: results may keep developing for {} {} afterwards",
                        span_of(figures.typical_sessions),
                        Lang::En.plural(typical_max, "treatment", "treatments"),
                        span_of(figures.results_weeks),
                        Lang::En.plural(weeks_max, "week", "weeks"),
                    )),
                    overview(),
                    text(". Your clinician will suggest a plan for your skin."),
                ]],
            ),
            question(
                "Why do prices vary so much?",
                vec![
                    vec![
                        text(
                            "The overview puts the spread down to the many different products \
                             and protocols on offer",
                        ),
                        overview(),
                        text(&format!(
                            ". The figures it gives: {} for one session of microneedling with \
                             exosomes; {}, typically, for {} {}; and {} per treatment for a \
                             high-potency MSC-derived injectable at specialist practices, which \
                             it says such a product “may” cost",
                            figures.tight_range(figures.one_session),
                            figures.tight_range(figures.series),
                            figures.series_sessions,
                            Lang::En.plural(
                                figures.series_sessions,
                                "such session",
                                "such sessions"
                            ),
                            figures.tight_range(figures.injectable),
                        )),
                        overview(),
                        text(
                            ". Every other price in this estimator is derived from these by a \
                             rule it states next to the figure",
                        ),
                        text(
                            ". The overview gives no price for exosomes after fractional laser \
                             or for scalp treatment, so neither does this estimator.",
                        ),
                    ],
                    vec![
                        text(
                            "The overview links part of the spread to differences in product \
                             quality, and asks that a price lead to questions about how the \
                             product is characterised, not away from them",
                        ),
                        overview(),
                        text(". So whatever the price, ask for the lot’s data."),
                    ],
                    vec![
                        text(
                            "We found no peer-reviewed or professional-society survey of \
                             exosome prices. A 2023 study of a related field, cosmetic surgery, \
                             found that the prices 66 practices posted publicly were mostly \
                             higher than national fee-survey averages",
                        ),
                        cite(ASJ, "Aesthetic Surgery Journal, 2023"),
                        text(
                            ". That is one reason this estimator shows ranges with their \
                             sources rather than a single “average” price.",
                        ),
                    ],
                ],
            ),
            question(
                "Does this estimator send my answers anywhere?",
                vec![vec![text(
                    "No. The estimator runs entirely in your browser. Nothing you enter is \
                     sent anywhere, stored or tracked.",
                )]],
            ),
        ])],
    )
}

fn sources() -> Section {
    let [notification, medwatch, consumer, patient] = fda_documents();
    fold(
        SOURCES_SECTION,
        "Sources",
        vec![
            paragraph(vec![text(
                "Each price, recovery time and schedule figure in this estimator is either \
                 quoted from the overview (2026) or derived from its figures by a rule stated \
                 next to it; each is marked as one or the other. None is a quote: ask each \
                 clinic for its own written price.",
            )]),
            Block::Sources(vec![
                source(
                    OVERVIEW,
                    vec![text(
                        "RegenClinics.org (2026), an overview article on exosome therapy in \
                         aesthetic and regenerative medicine. RegenClinics.org is a directory \
                         that lists clinics (one verified specialist per city), not a medical \
                         journal or a regulator. It is the source of every default price, \
                         downtime and treatment-schedule figure. The copy we used carries no \
                         title of its own and no web address.",
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
                            "Théry C, Witwer KW, et al. MISEV2018, guidelines of the \
                             International Society for Extracellular Vesicles. ",
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
                            "Welsh JA, et al. MISEV2023, guidelines of the International \
                             Society for Extracellular Vesicles. ",
                        ),
                        work_title("Journal of Extracellular Vesicles"),
                        text(" 2024;13(2):e12404. "),
                        external(MISEV2023_URL, "doi:10.1002/jev2.12404"),
                    ],
                ),
                source(
                    ASJ,
                    vec![
                        text("Study of publicly posted cosmetic-surgery prices at 66 practices. "),
                        work_title("Aesthetic Surgery Journal"),
                        text(" 2023;43(9):1036."),
                    ],
                ),
            ]),
        ],
    )
}
