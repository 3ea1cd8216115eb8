//! The Spanish words of the quote part.
//!
//! The range names are written without their article, because every sentence that uses one
//! puts it after "del" or "al" ("por debajo del rango de precios publicado"); every name is a
//! "rango", so the contraction always agrees.

use crate::lang::Lang;
use crate::words::quote::QuoteWords;

pub const WORDS: QuoteWords = QuoteWords {
    title: "Comprobar el presupuesto de una clínica",
    label: "Precio del presupuesto",
    hint: |sessions, currency| {
        let plan = format!(
            "{sessions} {}",
            Lang::Es.plural(sessions, "sesión", "sesiones")
        );
        format!(
            "El precio que le indicó una clínica por todo este plan ({plan}), en {currency}. Se queda en este dispositivo y solo se incluye en un enlace compartido si usted lo decide."
        )
    },
    you_entered: |quote| format!("El presupuesto que usted ingresó: {quote}."),

    // The page formats money for es-US, with a comma between thousands and a point before the
    // decimals, and the examples follow it. The comma also matters for the field: with three
    // decimals, a point after four digits and no comma before it would be read as a thousands
    // separator.
    example_amount: |minor_digits| match minor_digits {
        0 => "250,000".to_owned(),
        digits => format!("2,500.{}", "0".repeat(digits)),
    },
    empty: |example| {
        format!("Ingrese el precio que le indicó la clínica para este plan, por ejemplo {example}.")
    },
    not_a_number: |text, example| {
        format!("Este estimador no puede leer “{text}” como un precio. Ingrese la cantidad en números, por ejemplo {example}.")
    },
    negative: |text, example| {
        format!("“{text}” es menor que cero. Ingrese el precio tal como se lo indicó la clínica, por ejemplo {example}.")
    },
    zero: |text| {
        format!("“{text}” es cero: no hay nada que comparar. Ingrese el precio que le indicó la clínica.")
    },
    too_large: |text, max| {
        format!("“{text}” supera el máximo que compara este estimador ({max}). Revise si sobra alguna cifra.")
    },
    no_minor_digits: |text, currency, example| {
        format!("“{text}” tiene decimales, pero las cantidades en {currency} no llevan decimales. Ingrese una cantidad entera, por ejemplo {example}.")
    },
    minor_digits: |text, found, currency, digits| {
        let found_words = format!(
            "{found} {}",
            Lang::Es.plural(u32::try_from(found).unwrap_or(u32::MAX), "cifra", "cifras")
        );
        let (digit_words, write) = if digits == 1 {
            ("1 decimal".to_owned(), "Ingrese ese decimal o ninguno.".to_owned())
        } else {
            (
                format!("{digits} decimales"),
                format!("Ingrese los {digits} decimales o ninguno."),
            )
        };
        format!(
            "“{text}” tiene {found_words} después del último separador, pero las cantidades en {currency} llevan {digit_words}. {write}"
        )
    },
    other_currency: |text, found, currency| {
        format!("“{text}” parece una cantidad en {found}, pero estos precios están en {currency}. Ingrese el presupuesto en {currency}.")
    },
    or: "o",

    range_published: "rango de precios publicado",
    range_clinic: "rango de precios de la lista de la clínica",
    range_tier: "rango calculado para este tipo de producto",
    range_tier_clinic: "rango calculado para este tipo de producto a partir de la lista de la clínica",
    range_derived: "rango calculado a partir de las cifras publicadas",
    range_derived_clinic: "rango calculado a partir de la lista de la clínica",

    far_below: |target| format!("Muy por debajo del {target}"),
    below: |target| format!("Por debajo del {target}"),
    within: |target| format!("Dentro del {target}"),
    above: |target| format!("Por encima del {target}"),
    far_above: |target| format!("Muy por encima del {target}"),

    far_below_by: |quote, under, target, percent| {
        format!("{quote} está {under} por debajo del extremo inferior del {target}, es decir, más de un {percent}\u{a0}% por debajo.")
    },
    far_below_means: "El artículo de resumen relaciona las diferencias de precio con la calidad del producto. Por eso, un precio tan bajo es motivo para hacer preguntas antes de pedir una cita: puede indicar un producto con un análisis menos completo, un producto distinto o que el precio incluye menos cosas.",
    below_by: |quote, under, target| {
        format!("{quote} está {under} por debajo del extremo inferior del {target}.")
    },
    below_means: "Un precio más bajo puede tener motivos corrientes, como que incluya menos cosas, pero también puede indicar un producto con un análisis menos completo.",
    within_range: |quote, target| format!("{quote} está dentro del {target}."),
    within_means: "Estar dentro del rango no indica cómo se ha analizado este producto; pida de todos modos los datos de análisis del lote.",
    above_by: |quote, over, target| {
        format!("{quote} está {over} por encima del extremo superior del {target}.")
    },
    above_means: "Un precio más alto puede significar que incluye más cosas o que se trata de otro producto. Pregunte qué cubre y pida los datos de análisis del lote.",
    far_above_by: |quote, over, target, percent| {
        format!("{quote} está {over} por encima del extremo superior del {target}, es decir, más de un {percent}\u{a0}% por encima.")
    },
    far_above_means: "Antes de comparar, averigüe qué cubre el presupuesto: puede incluir más sesiones, una consulta o cuidados posteriores. Aun así, un precio más alto es motivo para pedir los datos de análisis del lote.",

    against_whole: |what, range, quote, position| {
        format!("Comparado con el {what} para este plan con cualquier tipo de producto ({range}), {quote} está {position}.")
    },
    against_far_below: "muy por debajo",
    against_below: "por debajo",
    against_within: "dentro de ese rango",
    against_above: "por encima",
    against_far_above: "muy por encima",
    per_session_instead: |sessions, per_session| {
        let covers = if sessions == 1 {
            "El rango es para 1 sesión.".to_owned()
        } else {
            format!("El rango es para las {sessions} sesiones juntas.")
        };
        format!("{covers} Si la clínica le indicó el precio de una sola sesión, compárelo en cambio con la cifra por sesión: {per_session}.")
    },

    no_listed_price: "No hay un precio en la lista con el que comparar",
    no_published_range: "No hay un rango de precios publicado con el que comparar",
    no_listed_reason: |quote| {
        format!("La lista de precios de la clínica no tiene un precio para esta opción, así que este estimador no puede decir dónde queda {quote}.")
    },
    no_published_reason: |quote| {
        format!("Las fuentes publicadas no dan un precio para esta opción, así que este estimador no puede decir dónde queda {quote}. No inventa ningún rango.")
    },
    only_numbers: "Esta comprobación solo compara números. No dice nada sobre el producto, la clínica ni el resultado.",
    // The badge stands alone beside the figure, with a capital; in the middle of this sentence
    // it takes a small first letter. A badge is a short phrase with no name in it, and only
    // its first letter changes.
    compared_with: |value, label, badge| {
        let mut letters = badge.chars();
        let badge: String = letters
            .next()
            .map(|first| first.to_lowercase().chain(letters).collect())
            .unwrap_or_default();
        format!("Comparado con: {value} ({label}), {badge}.")
    },

    ask_characterisation: "Pida los datos de análisis del lote que se usaría: número de partículas, distribución de tamaños y marcadores de superficie.",
    ask_cell_line: "Pregunte de qué línea celular se obtiene el producto.",
    ask_included: "Pregunte qué incluye el precio: el número de sesiones, el producto que se usa, los cuidados posteriores y la consulta.",
    ask_itemised: "Pida un presupuesto por escrito y detallado: el número de sesiones, el producto que se usa, los cuidados posteriores y la consulta.",
    ask_outcomes: "Pregunte qué resultados clínicos publicados hay para este mismo producto.",
    ask_four: "Haga de todos modos las cuatro preguntas: la línea celular, los datos de análisis del lote, la situación regulatoria y los datos de resultados clínicos de este producto.",
};
