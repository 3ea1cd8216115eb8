//! Fixed text that the estimate shows: caveats, the questions to ask a clinic, and what to ask
//! a price to include. Written in the product's own words from the sources in `shared/source`;
//! every regulatory statement is a US statement and says so, because the sources speak of the
//! US only, also when a clinic elsewhere embeds the estimator.

/// A public document the product links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    pub title: &'static str,
    pub publisher: &'static str,
    pub date: &'static str,
    pub url: &'static str,
}

pub const FDA_SAFETY_NOTIFICATION_2019: Reference = Reference {
    title: "Public Safety Notification on Exosome Products",
    publisher: "US Food and Drug Administration",
    date: "6 December 2019",
    url: "https://www.fda.gov/vaccines-blood-biologics/safety-availability-biologics/public-safety-notification-exosome-products",
};

pub const FDA_MEDWATCH_ALERT_2019: Reference = Reference {
    title: "Public Safety Alert Due to Marketing of Unapproved Stem Cell and Exosome Products",
    publisher: "US Food and Drug Administration (MedWatch)",
    date: "9 December 2019",
    url: "https://www.fda.gov/safety/medical-product-safety-information/public-safety-alert-due-marketing-unapproved-stem-cell-and-exosome-products",
};

pub const FDA_CONSUMER_ALERT_2020: Reference = Reference {
    title: "Consumer Alert on Regenerative Medicine Products Including Stem Cells and Exosomes",
    publisher: "US Food and Drug Administration",
    date: "22 July 2020",
    url: "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/consumer-alert-regenerative-medicine-products-including-stem-cells-and-exosomes",
};

pub const FDA_PATIENT_INFORMATION: Reference = Reference {
    title: "Important Patient and Consumer Information About Regenerative Medicine Therapies",
    publisher: "US Food and Drug Administration",
    date: "undated page (reposted June 2021)",
    url: "https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies",
};

/// A caveat that applies to some choices. `estimate` decides which; the text is here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caveat {
    /// The method treats a condition (hair loss, wound healing): never the cosmetic caveat.
    ConditionRegulatory,
    InjectableRegulatory,
    /// A topical, aesthetic use with no medical claim.
    TopicalCosmetic,
    UnderStudy,
    PlantPotency,
    /// The patient has not seen the lot's characterisation data.
    CharacterisationRisk,
    /// The patient says the clinic has shown the lot's characterisation data.
    LotDataShown,
    NoPublishedPrice,
    NoClinicPrice,
    PriceReflectsQuality,
}

impl Caveat {
    /// Every caveat, for checks over all their words.
    pub const ALL: [Caveat; 10] = [
        Caveat::ConditionRegulatory,
        Caveat::InjectableRegulatory,
        Caveat::TopicalCosmetic,
        Caveat::UnderStudy,
        Caveat::PlantPotency,
        Caveat::CharacterisationRisk,
        Caveat::LotDataShown,
        Caveat::NoPublishedPrice,
        Caveat::NoClinicPrice,
        Caveat::PriceReflectsQuality,
    ];
}

/// How strongly a caveat should stand out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Warning,
    Info,
}

impl Caveat {
    pub fn id(self) -> &'static str {
        match self {
            Caveat::ConditionRegulatory => "condition-regulatory",
            Caveat::InjectableRegulatory => "injectable-regulatory",
            Caveat::TopicalCosmetic => "topical-cosmetic",
            Caveat::UnderStudy => "under-study",
            Caveat::PlantPotency => "plant-potency",
            Caveat::CharacterisationRisk => "characterisation-risk",
            Caveat::LotDataShown => "lot-data-shown",
            Caveat::NoPublishedPrice => "no-published-price",
            Caveat::NoClinicPrice => "no-clinic-price",
            Caveat::PriceReflectsQuality => "price-reflects-quality",
        }
    }

    pub fn tone(self) -> Tone {
        match self {
            Caveat::ConditionRegulatory
            | Caveat::InjectableRegulatory
            | Caveat::UnderStudy
            | Caveat::CharacterisationRisk
            | Caveat::NoPublishedPrice
            | Caveat::NoClinicPrice => Tone::Warning,
            _ => Tone::Info,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Caveat::ConditionRegulatory => {
                "In the US: treating a condition needs FDA approval, which no exosome product has"
            }
            Caveat::InjectableRegulatory => {
                "In the US: not FDA-approved, and injected preparations likely need an IND"
            }
            Caveat::TopicalCosmetic => {
                "In the US: a cosmetic only when sold without a medical claim"
            }
            Caveat::UnderStudy => "Still under study",
            Caveat::PlantPotency => "Plant-derived vesicles signal less strongly",
            Caveat::CharacterisationRisk => "No lot data seen yet: the risks are not known",
            Caveat::LotDataShown => "Lot data shown: check what it covers",
            Caveat::NoPublishedPrice => "No published price for this choice",
            Caveat::NoClinicPrice => "This clinic lists no price for this choice",
            Caveat::PriceReflectsQuality => "A price is a reason to ask, not an answer",
        }
    }

    pub fn body(self) -> &'static str {
        match self {
            Caveat::ConditionRegulatory => {
                "This use is meant to treat a condition, not only to change how the skin looks. \
                 The FDA (the US agency that approves medicines) says that an exosome product \
                 meant to treat a disease or a condition needs its approval before it is sold. \
                 It says it has approved none. A claim to treat a condition means the product is \
                 no longer a cosmetic. Ask whether the FDA has reviewed the treatment, and ask \
                 for its IND number: the FDA's permit to test a new drug in people."
            }
            Caveat::InjectableRegulatory => {
                "The FDA (the US agency that approves medicines) says that no exosome product \
                 is FDA-approved. The overview adds that, in 2026, none has full approval for \
                 any aesthetic (appearance) use. It also reports FDA advice that products made from human or \
                 animal cells likely need an IND (an Investigational New Drug application): a \
                 permit from the FDA to test a new drug in people. So US clinics that inject these products work in a grey zone of \
                 the rules. Ask whether the FDA has reviewed the product, and ask for its IND \
                 number. The FDA calls it a warning sign when you are charged for an unapproved \
                 product outside a clinical trial."
            }
            Caveat::TopicalCosmetic => {
                "In the US, an exosome product that goes on the skin and makes no medical claim \
                 is sold as a cosmetic or skin-care product. That is why such products are easy \
                 to find. Being a cosmetic is not an approval. The FDA (the US agency that \
                 approves medicines) says no exosome product is FDA-approved. The overview adds \
                 that none had full approval for aesthetic (appearance) use in \
                 2026. Once a product claims to \
                 treat a condition, it is no longer a cosmetic."
            }
            Caveat::UnderStudy => {
                "This use is still being studied. It is not an established treatment. No source \
                 says when its results could be judged. So this estimator gives no date for \
                 results, and does not check the plan against an event date."
            }
            Caveat::PlantPotency => {
                "The overview says that vesicles from plant cells do not carry signals between \
                 cells as strongly as those made by human cells."
            }
            Caveat::CharacterisationRisk => {
                "The overview calls the risks small only for high-quality products whose make-up \
                 is well described. Until the clinic shows you test data for the lot (the batch) \
                 it would use, you cannot tell if that is true here. When nobody knows what a \
                 product contains, the overview names three risks, in theory. Your immune system \
                 may react to unknown proteins in it. It may carry germs if it was not made with \
                 enough care. Unknown microRNA in it (tiny bits of genetic material) may act in \
                 ways nobody can predict. The overview also names uneven quality from one product \
                 to the next as the main risk in this market. Ask for the lot's particle count, \
                 particle sizes and surface markers."
            }
            Caveat::LotDataShown => {
                "For high-quality products with a well-described lot, the overview calls the \
                 risks small. It names reactions where the needle went in, bruising, and redness \
                 that soon fades. That holds only if the data is for this lot and is complete. \
                 Check that it gives the particle count, the particle sizes and the surface \
                 markers."
            }
            Caveat::NoPublishedPrice => {
                "The overview gives no price for this choice, and this estimator does not make \
                 one up. Ask clinics for a written quote. The downtime, the schedule and the \
                 questions below still apply."
            }
            Caveat::NoClinicPrice => {
                "The clinic's price list has no price for this choice. Ask the clinic for a \
                 written quote. The downtime, the schedule and the questions below still apply."
            }
            Caveat::PriceReflectsQuality => {
                "The overview links the wide spread of prices to differences in product \
                 quality. It says a price should lead you to ask how the product was tested, \
                 not replace those questions. Whatever the price, ask for the lot's test data."
            }
        }
    }

    /// The public documents that back the caveat, where there are any.
    pub fn references(self) -> &'static [Reference] {
        match self {
            Caveat::ConditionRegulatory => &CONDITION_REFERENCES,
            Caveat::InjectableRegulatory => &INJECTABLE_REFERENCES,
            Caveat::TopicalCosmetic => &TOPICAL_REFERENCES,
            _ => &[],
        }
    }
}

/// The FDA's statements that products meant to treat conditions need approval and that none
/// is approved.
const CONDITION_REFERENCES: [Reference; 3] = [
    FDA_CONSUMER_ALERT_2020,
    FDA_SAFETY_NOTIFICATION_2019,
    FDA_MEDWATCH_ALERT_2019,
];

/// No approved product; ask for the IND number (MedWatch); paying outside a trial is a warning
/// sign (the patient information page, which is the one that says it).
const INJECTABLE_REFERENCES: [Reference; 3] = [
    FDA_SAFETY_NOTIFICATION_2019,
    FDA_MEDWATCH_ALERT_2019,
    FDA_PATIENT_INFORMATION,
];

const TOPICAL_REFERENCES: [Reference; 1] = [FDA_SAFETY_NOTIFICATION_2019];

/// One of the four questions the overview expects a reputable practitioner to answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub question: &'static str,
    pub why: &'static str,
}

/// The heading and the line above the four questions.
pub const QUESTIONS_TITLE: &str = "Four questions to ask the clinic";
pub const QUESTIONS_LEDE: &str =
    "The overview says a good clinic can answer all four. Ask before you book, whatever the price.";

pub const QUESTIONS: [Question; 4] = [
    Question {
        question: "Which kind of cell, and which cell line, is the product made from?",
        why: "What a product can do depends mostly on the cells that made it.",
    },
    Question {
        question: "Can you show me the test data for this lot: how many particles, what sizes, which surface markers?",
        why: "A lot is one batch of the product. The research world's guidelines (called MISEV2018) ask for a particle count and at least three protein markers. A careful maker tests every lot.",
    },
    Question {
        question: "Is the product FDA-approved, or is it used under an IND? If so, what is the IND number?",
        why: "An IND is the FDA's permit to test a new drug in people. In the US no exosome product is FDA-approved, and an injected one likely needs an IND. The FDA suggests asking for its number.",
    },
    Question {
        question: "Which published clinical results are there for this exact product?",
        why: "Results for one product tell you nothing about another that is made in a different way.",
    },
];

/// The heading of what to ask a price to include. No source says what the figures contain,
/// so these are questions, not a list of exclusions.
pub const ASK_INCLUDES_TITLE: &str = "Ask whether the price includes";

pub const ASK_INCLUDES: [&str; 3] = [
    "The consultation, if the clinic charges for it",
    "Aftercare and skincare products",
    "Maintenance treatments after the first series",
];

/// Said under the list: a cost no price covers, as a thing to plan for.
pub const ASK_INCLUDES_NOTE: &str = "Also plan for any time off work or travel during recovery.";
