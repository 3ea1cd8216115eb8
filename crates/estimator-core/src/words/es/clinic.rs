//! The Spanish words of the clinic part, for patients in the United States (*usted*).
//!
//! An APR keeps the decimal point of US Spanish ("9.99"), and a space (no-break) before the
//! percent sign, as the Spanish academies write it ("9.99 %").

use crate::lang::Lang;
use crate::words::clinic::{ClinicWords, CurrencyUnit, PlanSummary};

/// Said after every list of what a booking click sends.
const NOTHING_ELSE: &str =
    "Nada más: ni el precio que le dieron en su presupuesto ni las cifras del financiamiento.";

fn months(count: u32) -> &'static str {
    Lang::Es.plural(count, "mes", "meses")
}

pub const WORDS: ClinicWords = ClinicWords {
    decimal_mark: ".",
    percent: |digits| format!("{digits}\u{a0}%"),

    financing_heading: "Financiamiento en pagos mensuales",
    financing_intro: "Un ejemplo ilustrativo de lo que costaría un préstamo por el total estimado, en el extremo inferior y en el superior del rango. Solo el contrato de crédito del prestamista indica las condiciones reales.",
    choice_label: "Plan de financiamiento",
    type_own_choice: "Escribiré yo la APR y el plazo",
    plan_option: |name, terms| format!("{name}: {terms}"),
    terms_line: |apr, term, deferred| {
        let mut line = format!("APR del {apr} · {term} {}", months(term));
        if let Some(promotion) = deferred {
            line.push_str(&format!(
                " · sin intereses si se paga en su totalidad dentro de {promotion} {} (intereses diferidos)",
                months(promotion)
            ));
        }
        line
    },
    plan_citation: |clinic, plan, provider, as_of| {
        let offered_by = clinic.map_or_else(|| "la clínica".to_owned(), str::to_owned);
        let provider = provider
            .map(|provider| format!(", otorgado por {provider}"))
            .unwrap_or_default();
        format!(
            "Fuente: plan “{plan}” de {offered_by}{provider}; condiciones con fecha {as_of}. Pida el contrato de crédito a la clínica o al proveedor."
        )
    },
    apr_label: "APR (tasa de porcentaje anual, %)",
    apr_hint: "De 0 a 100, tal como la indica el contrato de crédito o el plan que le ofrecieron. Este estimador no sugiere ninguna tasa.",
    months_label: "Plazo (meses)",
    months_hint: |min, max| format!("Un número entero de meses, de {min} a {max}."),

    apr_empty: "Escriba la APR del plan que le ofrecieron, en porcentaje.",
    apr_negative: |typed| {
        format!("“{typed}” es un número negativo; la APR es de 0\u{a0}% o más (escriba 0 si el plan no tiene intereses).")
    },
    apr_above_max: |typed| {
        format!("“{typed}” supera el 100\u{a0}%, la APR más alta que abarca este ejemplo; revise la tasa del plan que le ofrecieron.")
    },
    apr_too_precise: |typed| {
        format!("“{typed}” tiene más de dos decimales; escriba la APR con dos decimales como máximo, tal como la indica el plan.")
    },
    apr_not_a_rate: |typed| {
        format!("“{typed}” no es una tasa; escriba la APR como un porcentaje de 0 a 100, tal como la indica el plan que le ofrecieron.")
    },

    months_empty: |min, max| format!("Escriba el plazo en meses, de {min} a {max}."),
    months_negative: |typed, min, max| {
        format!("“{typed}” es un número negativo; el plazo es un número de meses de {min} a {max}.")
    },
    months_not_whole: |typed, min, max| {
        format!("“{typed}” no es un número entero de meses; escriba un plazo de {min} a {max}.")
    },
    months_too_short: |typed, min, max| {
        format!(
            "“{typed}”: el plazo es de {min} {} como mínimo; escriba un plazo de {min} a {max}.",
            months(min)
        )
    },
    months_too_long: |typed, max| {
        format!("“{typed}” supera los {max} meses (diez años), el plazo más largo que abarca este ejemplo.")
    },
    months_not_a_number: |typed, min, max| {
        format!("“{typed}” no es un número de meses; escriba un número entero de {min} a {max}.")
    },

    needs_rate_and_term: "Escriba la APR y el plazo de un plan que le hayan ofrecido para ver cuánto costaría cada mes. Ninguna tasa viene ya escrita.",
    needs_correction: "Corrija arriba la APR y el plazo para ver el ejemplo.",
    needs_sessions: "Ingrese arriba un número válido de sesiones: el ejemplo necesita el total estimado.",
    no_price: "No hay un precio publicado para esta opción, así que no hay nada que mostrar en el ejemplo.",

    total_label: "Total de los pagos",
    interest_label: "Intereses",
    rule: |unit| {
        let (nearest, whole, next) = match unit {
            CurrencyUnit::Whole => (
                "a la unidad entera de la moneda más cercana",
                "en unidades enteras de la moneda",
                "a la unidad entera de la moneda siguiente",
            ),
            CurrencyUnit::Thousandth => (
                "a la milésima de la unidad de la moneda más cercana",
                "en milésimas enteras de la unidad de la moneda",
                "a la milésima de la unidad de la moneda siguiente",
            ),
            CurrencyUnit::Cent => (
                "al centavo más cercano",
                "en centavos enteros",
                "al centavo siguiente",
            ),
        };
        format!(
            "Cómo se calcula: amortización estándar. Cada mes se suman a lo que aún se debe los intereses a la APR dividida entre 12, redondeados {nearest} (la mitad se redondea hacia arriba). El pago mensual es la cantidad más pequeña, {whole}, que liquida el monto financiado dentro del plazo, por lo que el último pago puede ser un poco menor. Al 0\u{a0}% es el monto dividido entre el número de meses, redondeado hacia arriba {next}. No se incluyen comisiones, seguros ni cargos por pago atrasado."
        )
    },
    not_an_offer: "Un ejemplo ilustrativo, no una oferta de crédito.",
    low_end: "Extremo inferior de la estimación",
    high_end: "Extremo superior de la estimación",
    single_end: "La estimación",
    rate_standard: |apr| format!("APR del {apr}"),
    rate_deferred: |promotion, apr| {
        format!(
            "0\u{a0}% si se paga en su totalidad dentro de {promotion} {} (si no, intereses diferidos a una APR del {apr})",
            months(promotion)
        )
    },
    caption_standard: |term, apr| {
        format!("Se paga en {term} {} con una APR del {apr}", months(term))
    },
    caption_deferred: |promotion| {
        format!(
            "Pagado por completo dentro de la promoción de {promotion} {}, y lo que cuesta si no es así",
            months(promotion)
        )
    },
    if_not_cleared: |promotion, interest, amount, apr| {
        format!(
            "Si todavía se debe algo después de {promotion} {}, se cobran de inmediato intereses de {interest}: una APR del {apr} sobre el monto completo de {amount}, desde la fecha de compra. A eso se suman lo que aún se deba entonces y sus intereses.",
            months(promotion)
        )
    },
    deferred_assumption: |promotion, apr| {
        format!(
            "Se supone, como suelen establecer los planes con intereses diferidos: si el saldo no se paga en su totalidad dentro de {promotion} {}, se cobran intereses desde la fecha de compra sobre el monto completo a una APR del {apr} (interés mensual simple, redondeado al centavo más cercano). Consulte las condiciones de su propio plan.",
            months(promotion)
        )
    },
    nothing_to_repay: "Nada que pagar",
    monthly: |payment| format!("{payment} al mes"),
    disclosure: |rate, term, payments, last, total| {
        let last = last
            .map(|last| format!(", el último de {last}"))
            .unwrap_or_default();
        format!(
            "{rate}, plazo de {term} {}: {payments} {}{last}; total de los pagos: {total}. Un ejemplo ilustrativo, no una oferta de crédito.",
            months(term),
            Lang::Es.plural(payments, "pago mensual", "pagos mensuales"),
        )
    },

    booking_unavailable: "Ingrese arriba un número válido de sesiones para enviar su plan.",
    call_label: |clinic, number| format!("Llamar a {clinic} al {number}"),
    call_sends: "Inicia una llamada telefónica. No se envía nada: su plan se queda en este dispositivo para que usted lo lea en voz alta.",
    page_label: |clinic| format!("Enviar este plan a la página de citas de {clinic}"),
    page_sends_nothing: |clinic| {
        format!("Abre la página de citas de {clinic}. No se envía nada de su plan.")
    },
    page_sends: |clinic, values| {
        format!(
            "Abre la página de citas de {clinic} con estos datos: {}. {NOTHING_ELSE}",
            values.join(", ")
        )
    },
    sent_method: |value| format!("método “{value}”"),
    sent_tier: |value| format!("tipo de producto “{value}”"),
    sent_sessions: |value| format!("sesiones “{value}”"),
    sent_start_date: |value| format!("fecha de inicio “{value}”"),
    sent_no_start_date: "fecha de inicio (vacía: no se eligió ninguna)",
    email_label: |clinic| format!("Enviar este plan por correo electrónico a {clinic}"),
    email_subject: "Mi plan de tratamiento del estimador de costos",
    email_body: |plan: &PlanSummary| {
        let start = plan.first_session.unwrap_or("sin elegir");
        let total = plan.total.unwrap_or("sin cifra publicada");
        let prices = if plan.clinic_prices {
            "precios propios de la clínica"
        } else {
            "cifras publicadas, no un presupuesto"
        };
        format!(
            "Estimado equipo de {}:\r\n\r\nMe gustaría hablar de este plan, hecho con el estimador de costos de su sitio web.\r\n\r\nMétodo: {}\r\nTipo de producto: {}\r\nSesiones: {}\r\nPrimera sesión: {start}\r\nTotal estimado: {total} ({prices})\r\n",
            plan.clinic,
            plan.method,
            plan.tier,
            plan.sessions,
        )
    },
    email_sends: |address| {
        format!(
            "Abre su propio programa de correo electrónico con un mensaje para {address}, que usted puede leer y cambiar antes de enviarlo: método, tipo de producto, sesiones, fecha de la primera sesión y total estimado. {NOTHING_ELSE}"
        )
    },
};
