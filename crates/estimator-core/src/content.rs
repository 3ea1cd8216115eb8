//! Fixed text that the estimate shows: caveats, the questions to ask a clinic, and what a price
//! does not include. Written in the product's own words from the sources in `shared/source`.

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

/// Every public document the product cites, for the sources list.
pub const REFERENCES: [Reference; 4] = [
    FDA_SAFETY_NOTIFICATION_2019,
    FDA_MEDWATCH_ALERT_2019,
    FDA_CONSUMER_ALERT_2020,
    FDA_PATIENT_INFORMATION,
];

/// A caveat that applies to some choices. `estimate` decides which; the text is here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Caveat {
    InjectableRegulatory,
    TopicalCosmetic,
    UnderStudy,
    PlantPotency,
    CharacterisationRisk,
    CharacterisedStillAsk,
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
            Caveat::InjectableRegulatory => "injectable-regulatory",
            Caveat::TopicalCosmetic => "topical-cosmetic",
            Caveat::UnderStudy => "under-study",
            Caveat::PlantPotency => "plant-potency",
            Caveat::CharacterisationRisk => "characterisation-risk",
            Caveat::CharacterisedStillAsk => "characterised-still-ask",
            Caveat::NoPublishedPrice => "no-published-price",
            Caveat::NoClinicPrice => "no-clinic-price",
            Caveat::PriceReflectsQuality => "price-reflects-quality",
        }
    }

    pub fn tone(self) -> Tone {
        match self {
            Caveat::InjectableRegulatory
            | Caveat::UnderStudy
            | Caveat::CharacterisationRisk
            | Caveat::NoPublishedPrice
            | Caveat::NoClinicPrice => Tone::Warning,
            _ => Tone::Info,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Caveat::InjectableRegulatory => "Not FDA-approved: a regulatory grey zone",
            Caveat::TopicalCosmetic => "Sold as a cosmetic, not an approved drug",
            Caveat::UnderStudy => "Still under study",
            Caveat::PlantPotency => "Plant-derived vesicles work differently",
            Caveat::CharacterisationRisk => "Poorly characterised products carry more risk",
            Caveat::CharacterisedStillAsk => "Ask to see the characterisation data",
            Caveat::NoPublishedPrice => "No published price for this choice",
            Caveat::NoClinicPrice => "This clinic lists no price for this choice",
            Caveat::PriceReflectsQuality => "A price is a reason to ask, not an answer",
        }
    }

    pub fn body(self) -> &'static str {
        match self {
            Caveat::InjectableRegulatory => {
                "As of 2026 no exosome product has full FDA approval for any aesthetic use. \
                 According to FDA guidance, injectable preparations made from human or animal \
                 cells likely need an Investigational New Drug (IND) application, so clinics \
                 that inject them work in a regulatory grey zone. Ask whether the FDA has \
                 reviewed the product and for its IND number; the FDA calls being charged for an \
                 unapproved product outside a clinical trial a warning sign."
            }
            Caveat::TopicalCosmetic => {
                "Exosome products put on the skin without a medical claim are sold as cosmetic or \
                 personal-care products. That is why they are easy to find, but it also means \
                 no regulator has approved them as a treatment: no exosome product has FDA \
                 approval for aesthetic use as of 2026."
            }
            Caveat::UnderStudy => {
                "Exosomes delivered to the scalp for pattern hair loss (androgenetic alopecia) \
                 are being studied. It is not an established treatment, and the overview this \
                 estimator uses gives no price or recovery time for it."
            }
            Caveat::PlantPotency => {
                "Vesicles from plant cells lack the cell-to-cell signalling strength of \
                 preparations made from human cells, so a lower price may also mean a weaker \
                 effect."
            }
            Caveat::CharacterisationRisk => {
                "With a poorly described preparation the possible risks include immune reactions \
                 to unknown proteins, contamination from weak manufacturing controls, and \
                 unpredictable effects from unknown RNA cargo. Uneven quality control across \
                 products is the main risk in this market. Ask for the lot's particle count, \
                 size distribution and surface markers."
            }
            Caveat::CharacterisedStillAsk => {
                "With a well-characterised preparation the usual reactions are mild: a reaction \
                 where the skin was treated, bruising, brief redness. Check that the lot data \
                 really exists: particle count, size distribution and surface markers."
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
                "Prices vary widely because products differ in quality. A high or a low price \
                 says little on its own: let it prompt questions about how the product is \
                 characterised."
            }
        }
    }

    /// A public document that backs the caveat, where there is one.
    pub fn reference(self) -> Option<Reference> {
        match self {
            Caveat::InjectableRegulatory => Some(FDA_MEDWATCH_ALERT_2019),
            Caveat::TopicalCosmetic => Some(FDA_CONSUMER_ALERT_2020),
            _ => None,
        }
    }
}

/// One of the four questions the overview says a reputable practitioner can answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub question: &'static str,
    pub why: &'static str,
}

pub const QUESTIONS: [Question; 4] = [
    Question {
        question: "Which cell line is the product made from?",
        why: "The source cell largely decides what the vesicles carry and what they can do.",
    },
    Question {
        question: "What characterisation data do you have for this lot: particle count, size distribution, surface markers?",
        why: "International research guidelines (MISEV2018) ask for counted particles and at least three protein markers; a reputable supplier can show them.",
    },
    Question {
        question: "What is its regulatory status: an FDA-cleared product or an investigational one?",
        why: "No exosome product is FDA-approved for aesthetic use; an injected one likely needs an IND number you can ask to see.",
    },
    Question {
        question: "What clinical outcome data supports this specific product?",
        why: "Evidence for one product does not carry over to another made differently.",
    },
];

/// What a quoted treatment price usually leaves out.
pub const NOT_INCLUDED: [&str; 4] = [
    "The consultation, if the clinic charges for it",
    "Aftercare and skincare products",
    "Maintenance treatments after the initial series",
    "Time off work or travel during recovery",
];
