//! The German words of the quote part.
//!
//! The range names are written with their article in the dative ("der veröffentlichten
//! Preisspanne"): every sentence that uses one needs the dative ("unter", "über", "gemessen
//! an") or the genitive ("innerhalb", "dem unteren Ende"), and for a feminine noun such as
//! "Preisspanne" the two are the same.

use crate::lang::Lang;
use crate::words::quote::QuoteWords;

pub const WORDS: QuoteWords = QuoteWords {
    title: "Kostenvoranschlag einer Klinik prüfen",
    label: "Von der Klinik genannter Preis",
    hint: |sessions, currency| {
        let plan = format!(
            "{sessions} {}",
            Lang::De.plural(sessions, "Sitzung", "Sitzungen")
        );
        format!(
            "Der Preis, den eine Klinik für diesen gesamten Plan ({plan}) genannt hat, in {currency}. Er bleibt auf diesem Gerät und wird nur dann in einen geteilten Link aufgenommen, wenn Sie das möchten."
        )
    },
    you_entered: |quote| format!("Der von Ihnen eingegebene Preis: {quote}."),

    // German writes a point between thousands and a comma before the decimals, and the field
    // reads that form. The point also matters: with three decimals, a comma after four digits
    // and no point before it would be read as a thousands separator.
    example_amount: |minor_digits| match minor_digits {
        0 => "250.000".to_owned(),
        digits => format!("2.500,{}", "0".repeat(digits)),
    },
    empty: |example| {
        format!("Geben Sie den Preis ein, den die Klinik für diesen Plan genannt hat, zum Beispiel {example}.")
    },
    not_a_number: |text, example| {
        format!("„{text}“ kann dieser Rechner nicht als Preis lesen. Geben Sie den Betrag in Ziffern ein, zum Beispiel {example}.")
    },
    negative: |text, example| {
        format!("„{text}“ ist kleiner als null. Geben Sie den Preis so ein, wie die Klinik ihn genannt hat, zum Beispiel {example}.")
    },
    zero: |text| {
        format!("„{text}“ ist null, es gibt also nichts zu vergleichen. Geben Sie den Preis ein, den die Klinik genannt hat.")
    },
    too_large: |text, max| {
        format!("„{text}“ übersteigt den größten Betrag, den dieser Rechner vergleicht ({max}). Prüfen Sie, ob eine Ziffer zu viel ist.")
    },
    no_minor_digits: |text, currency, example| {
        format!("„{text}“ hat Nachkommastellen, aber Beträge in {currency} haben keine. Geben Sie einen ganzen Betrag ein, zum Beispiel {example}.")
    },
    minor_digits: |text, found, currency, digits| {
        let found_words = format!(
            "{found} {}",
            Lang::De.plural(u32::try_from(found).unwrap_or(u32::MAX), "Ziffer", "Ziffern")
        );
        let (digit_words, write) = if digits == 1 {
            (
                "1 Nachkommastelle".to_owned(),
                "Geben Sie sie ein oder lassen Sie sie weg.".to_owned(),
            )
        } else {
            (
                format!("{digits} Nachkommastellen"),
                format!("Geben Sie alle {digits} ein oder lassen Sie die Nachkommastellen weg."),
            )
        };
        format!(
            "„{text}“ hat {found_words} nach dem letzten Trennzeichen, aber Beträge in {currency} haben {digit_words}. {write}"
        )
    },
    other_currency: |text, found, currency| {
        format!("„{text}“ sieht nach einem Betrag in {found} aus, aber diese Preise sind in {currency} angegeben. Geben Sie den Preis in {currency} ein.")
    },
    or: "oder",

    range_published: "der veröffentlichten Preisspanne",
    range_clinic: "der Preisspanne aus der Preisliste der Klinik",
    range_tier: "der für diesen Produkttyp ermittelten Preisspanne",
    range_tier_clinic: "der für diesen Produkttyp aus der Preisliste der Klinik ermittelten Preisspanne",
    range_derived: "der aus den veröffentlichten Angaben ermittelten Preisspanne",
    range_derived_clinic: "der aus der Preisliste der Klinik ermittelten Preisspanne",

    far_below: |target| format!("Weit unter {target}"),
    below: |target| format!("Unter {target}"),
    within: |target| format!("Innerhalb {target}"),
    above: |target| format!("Über {target}"),
    far_above: |target| format!("Weit über {target}"),

    far_below_by: |quote, under, target, percent| {
        format!("Der Preis von {quote} liegt {under} unter dem unteren Ende {target}, also mehr als {percent}\u{a0}% darunter.")
    },
    far_below_means: "Der Übersichtsartikel bringt Preisunterschiede mit der Qualität des Produkts in Verbindung. Ein so viel niedrigerer Preis ist deshalb ein Grund, Fragen zu stellen, bevor Sie einen Termin vereinbaren: Er kann auf ein weniger gründlich geprüftes Produkt, ein anderes Produkt oder einen geringeren Leistungsumfang hindeuten.",
    below_by: |quote, under, target| {
        format!("Der Preis von {quote} liegt {under} unter dem unteren Ende {target}.")
    },
    below_means: "Ein niedrigerer Preis kann gewöhnliche Gründe haben, etwa einen geringeren Leistungsumfang. Er kann aber auch auf ein weniger gründlich geprüftes Produkt hindeuten.",
    within_range: |quote, target| format!("Der Preis von {quote} liegt innerhalb {target}."),
    within_means: "Dass der Preis innerhalb der Spanne liegt, zeigt nicht, wie gründlich dieses Produkt geprüft ist; fragen Sie trotzdem nach den Prüfdaten der Charge.",
    above_by: |quote, over, target| {
        format!("Der Preis von {quote} liegt {over} über dem oberen Ende {target}.")
    },
    above_means: "Ein höherer Preis kann bedeuten, dass mehr enthalten ist oder dass es sich um ein anderes Produkt handelt. Fragen Sie, was er abdeckt, und fragen Sie nach den Prüfdaten der Charge.",
    far_above_by: |quote, over, target, percent| {
        format!("Der Preis von {quote} liegt {over} über dem oberen Ende {target}, also mehr als {percent}\u{a0}% darüber.")
    },
    far_above_means: "Klären Sie vor dem Vergleich, was der Kostenvoranschlag abdeckt: Er kann mehr Sitzungen, ein Beratungsgespräch oder die Nachsorge enthalten. Ein höherer Preis ist trotzdem ein Grund, nach den Prüfdaten der Charge zu fragen.",

    against_whole: |what, range, quote, position| {
        format!("Gemessen an {what} für diesen Plan mit beliebigem Produkttyp ({range}) liegt der Preis von {quote} {position}.")
    },
    against_far_below: "weit darunter",
    against_below: "darunter",
    against_within: "innerhalb dieser Spanne",
    against_above: "darüber",
    against_far_above: "weit darüber",
    per_session_instead: |sessions, per_session| {
        let covers = if sessions == 1 {
            "Die Spanne gilt für 1 Sitzung.".to_owned()
        } else {
            format!("Die Spanne gilt für alle {sessions} Sitzungen zusammen.")
        };
        format!("{covers} Falls die Klinik den Preis einer einzelnen Sitzung genannt hat, vergleichen Sie ihn stattdessen mit dem Betrag pro Sitzung: {per_session}.")
    },

    no_listed_price: "Kein Listenpreis zum Vergleich",
    no_published_range: "Keine veröffentlichte Preisspanne zum Vergleich",
    no_listed_reason: |quote| {
        format!("Die Preisliste der Klinik nennt für diese Auswahl keinen Preis. Daher kann dieser Rechner nicht sagen, wo der Preis von {quote} liegt.")
    },
    no_published_reason: |quote| {
        format!("Die veröffentlichten Quellen nennen für diese Auswahl keinen Preis. Daher kann dieser Rechner nicht sagen, wo der Preis von {quote} liegt. Er erfindet keine Spanne.")
    },
    only_numbers: "Diese Prüfung vergleicht nur Zahlen. Sie sagt nichts über das Produkt, die Klinik oder das Ergebnis.",
    // The badge keeps its own capitals as a sentence of its own: German capitalises nouns, so
    // lowering a badge to fit inside a sentence could wrongly lower one.
    compared_with: |value, label, badge| format!("Verglichen mit: {value} ({label}). {badge}."),

    ask_characterisation: "Fragen Sie nach den Prüfdaten der Charge, die verwendet würde: Partikelzahl, Größenverteilung und Oberflächenmarker.",
    ask_cell_line: "Fragen Sie, aus welcher Zelllinie das Produkt gewonnen wird.",
    ask_included: "Fragen Sie, was im Preis enthalten ist: die Anzahl der Sitzungen, das verwendete Produkt, die Nachsorge und das Beratungsgespräch.",
    ask_itemised: "Bitten Sie um einen schriftlichen, aufgeschlüsselten Kostenvoranschlag mit der Anzahl der Sitzungen, dem verwendeten Produkt, der Nachsorge und dem Beratungsgespräch.",
    ask_outcomes: "Fragen Sie, welche veröffentlichten klinischen Ergebnisse es zu genau diesem Produkt gibt.",
    ask_four: "Stellen Sie trotzdem die vier Fragen: nach der Zelllinie, den Prüfdaten der Charge, dem Zulassungsstatus und den klinischen Ergebnisdaten zu diesem Produkt.",
};
