//! What the estimate shows beside its figures: the caveats, the questions to ask a clinic, and
//! the public documents behind them. Their words are in each language's table
//! ([`crate::words`]), written in the product's own words from the sources in `shared/source`;
//! every regulatory statement is a US statement and says so, because the sources speak of the
//! US only, also when a clinic elsewhere embeds the estimator.

use crate::lang::Lang;
use crate::words::words;

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

    /// The caveat's title in `lang`: what it means for this choice.
    pub fn title(self, lang: Lang) -> &'static str {
        (words(lang).view.caveat_title)(self)
    }

    /// The caveat's explanation in `lang`.
    pub fn body(self, lang: Lang) -> &'static str {
        (words(lang).view.caveat_body)(self)
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
