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
                 The FDA says that exosome products meant to treat diseases or conditions need \
                 its approval before they are sold, and that it has approved none. A claim to \
                 treat a condition takes a product out of the cosmetic category. Ask whether the FDA \
                 has reviewed the treatment, and for its IND number."
            }
            Caveat::InjectableRegulatory => {
                "The FDA has said that there are no FDA-approved exosome products; the overview \
                 adds that, as of 2026, none has full approval for any aesthetic use. It reports \
                 FDA guidance that preparations made from human or animal cells likely need an \
                 Investigational New Drug (IND) application, which puts US clinics that inject \
                 them in a regulatory grey zone. Ask whether the FDA has reviewed the product, \
                 and for its IND number. The FDA names being charged for an unapproved product \
                 outside a clinical trial as a warning sign."
            }
            Caveat::TopicalCosmetic => {
                "An exosome product that is put on the skin and makes no medical claim is sold \
                 in the US as a cosmetic or personal-care product, which is why such products \
                 are easier to find. That category is not an approval: the FDA has said that no \
                 exosome product is FDA-approved, and the overview adds that none had full \
                 approval for aesthetic use in 2026. Once a product claims to treat a condition, \
                 the cosmetic category no longer fits it."
            }
            Caveat::UnderStudy => {
                "This use is still being studied; it is not an established treatment. No source \
                 says by when its results could be judged, so this estimator gives no date for \
                 results and does not check the plan against an event date."
            }
            Caveat::PlantPotency => {
                "According to the overview, vesicles from plant cells do not carry the \
                 cell-to-cell signalling strength of those made by human cells."
            }
            Caveat::CharacterisationRisk => {
                "The overview calls the risks minimal only for high-quality preparations whose \
                 make-up is well described. Until the clinic shows you data for the lot it would \
                 use, you cannot tell whether that applies. If nobody can say what a preparation \
                 contains, the overview lists three risks it calls theoretical: the immune \
                 system may react to proteins in it that nobody identified; it may carry \
                 microbes if it was made without enough care; and microRNA in it that nobody \
                 identified may act in ways nobody can predict. It also names uneven quality \
                 control between products as the main risk in this market. Ask for the lot's \
                 particle count, size distribution and surface markers."
            }
            Caveat::LotDataShown => {
                "For high-quality preparations whose lot is well described, the overview calls \
                 the risks minimal and names reactions where a needle went in, bruising and \
                 redness that soon fades. That only holds if the data is for this lot and \
                 complete: check that it gives the particle count, the size distribution and \
                 the surface markers."
            }
            Caveat::NoPublishedPrice => {
                "The overview gives no price for this combination, and this estimator does not \
                 make one up. Ask clinics for a written quote; the downtime, schedule and \
                 questions below still apply."
            }
            Caveat::NoClinicPrice => {
                "The clinic's price list has no price for this combination. Ask the clinic for \
                 a written quote; the downtime, schedule and questions below still apply."
            }
            Caveat::PriceReflectsQuality => {
                "The overview links the spread of prices to differences in product quality, and \
                 says a price should lead to questions about how the product is characterised, \
                 not take their place. Whatever the price, ask for the lot's data."
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
pub const QUESTIONS_LEDE: &str = "According to the overview, a reputable practitioner can answer each of them. Ask before you book, whatever the price.";

pub const QUESTIONS: [Question; 4] = [
    Question {
        question: "Which kind of cell, and which cell line, is the product made from?",
        why: "What a preparation can do depends largely on the cells that produced it.",
    },
    Question {
        question: "Can you show me the data for this lot: how many particles, what sizes, which surface markers?",
        why: "International research guidelines (MISEV2018) ask for counted particles and at least three protein markers; a careful supplier measures these for every lot.",
    },
    Question {
        question: "Is the product FDA-approved, or is it used under an IND? If under an IND, what is the number?",
        why: "In the US no exosome product is FDA-approved, an injected one likely needs an IND, and the FDA suggests asking for its number.",
    },
    Question {
        question: "Which published clinical results are there for this exact product?",
        why: "Results for one product say nothing about another that is made differently.",
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
