//! The Spanish words of the view part, for patients in the United States (neutral Latin
//! American Spanish, *usted*), with the terms of `GLOSSARY.md`. The FDA and the IND are
//! explained where a view first names them; the overview is "el artículo de resumen".

use crate::content::{Caveat, Question, Reference};
use crate::form::SessionsError;
use crate::lang::Lang;
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
use crate::view::FigureKind;
use crate::words::view::{
    BadgeWords, ControlWords, CrashWords, Noun, ResultWords, TierHint, ViewWords,
};

const SESSION: Noun = Noun {
    one: "sesión",
    many: "sesiones",
};

/// "3 sesiones", "1 sesión".
fn sessions(count: u32) -> String {
    format!(
        "{count} {}",
        Lang::Es.plural(count, SESSION.one, SESSION.many)
    )
}

pub const WORDS: ViewWords = ViewWords {
    published_text,
    reference_date,
    controls: ControlWords {
        form_label: "Sus opciones",
        method_label: "Método de aplicación",
        tier_label: "Tipo de producto",
        sessions_label: "Número de sesiones",
        fewer_label: "Una sesión menos",
        more_label: "Una sesión más",
    },
    result: ResultWords {
        title: "Su estimación",
        caveats_title: "Lo que debe saber sobre esta opción",
        how_worked_out: "Cómo se obtuvo cada cifra",
        details_link: "Detalles",
    },
    crash: CrashWords {
        title: "Algo salió mal en el estimador de costos.",
        advice: "Nada de lo que usted ingresó se envió a ningún lugar. Vuelva a cargar la página para empezar de nuevo.",
    },
    badges: BadgeWords {
        quoted: "De la fuente publicada",
        derived: "Calculado por este estimador",
        absent: "Sin cifra publicada",
        clinic_quoted: "De la lista de la clínica",
        clinic_derived: "Calculado a partir de la lista de la clínica",
        clinic_absent: "No figura en la lista de la clínica",
    },
    hour: Noun {
        one: "hora",
        many: "horas",
    },
    day: Noun {
        one: "día",
        many: "días",
    },
    week: Noun {
        one: "semana",
        many: "semanas",
    },
    session: SESSION,
    treatment: Noun {
        one: "tratamiento",
        many: "tratamientos",
    },
    no_methods: "Esta lista de precios no incluye ningún método de aplicación.",
    method_term,
    lot_data_label: "La clínica me mostró los datos de análisis de este lote (partida de fabricación) del producto",
    lot_data_hint: "Datos de análisis: el número de partículas, su tamaño y los marcadores de superficie (proteínas que los laboratorios revisan para confirmar qué son las partículas). Su respuesta, no el tipo de producto, decide qué nota sobre los riesgos se muestra.",
    sessions_hint: |min, max, typical| {
        format!("De {min} a {max}. Una serie inicial típica es de {typical}.")
    },
    needs_sessions: |min, max| {
        format!("Ingrese un número de sesiones de {min} a {max} para ver la estimación.")
    },
    sessions_error,
    tier_hint,
    book_label_published:
        "Cifras tomadas de un artículo de resumen publicado o calculadas a partir de ellas con reglas indicadas; no es un presupuesto",
    book_label_clinic: |name| {
        format!("{name}: la lista de precios de la clínica y cifras calculadas a partir de ella con reglas indicadas")
    },
    book_label_example: |name| format!("{name}: clínica de ejemplo, precios inventados"),
    price_label_published: |kind| match kind {
        FigureKind::Quoted => "Rango publicado, no es el precio de una clínica",
        FigureKind::Derived => "Calculado a partir de cifras publicadas, no es el precio de una clínica",
        FigureKind::Absent => "Sin cifra publicada",
    },
    price_label_clinic: |name, kind| match kind {
        FigureKind::Quoted => {
            format!("{name}: un precio de la lista de la clínica, no un presupuesto")
        }
        FigureKind::Derived => format!(
            "{name}: calculado a partir de la lista de precios de la clínica con las reglas indicadas, no un presupuesto"
        ),
        FigureKind::Absent => format!("{name}: sin precio en la lista"),
    },
    price_label_example: |name, kind| {
        let what = match kind {
            FigureKind::Quoted => "un precio de su lista",
            FigureKind::Derived => "calculado a partir de su lista con las reglas indicadas",
            FigureKind::Absent => "sin precio en la lista",
        };
        format!("{name}: clínica de ejemplo, precios inventados; {what}")
    },
    summary: |method, tier, count| format!("{method} · {tier} · {}", sessions(count)),
    summary_sessions_to_enter: |method, tier| format!("{method} · {tier} · falta el número de sesiones"),
    // Both read after "Sesiones": "Sesiones cada 4 semanas", "Sesiones una vez al mes (…)".
    interval_monthly: |weeks| format!("una vez al mes (se cuenta como cada {weeks} semanas)"),
    interval_apart: |weeks| {
        if weeks == 1 {
            "cada semana".to_owned()
        } else {
            format!("cada {weeks} semanas")
        }
    },
    total_label: |count| format!("Precio total de {}", sessions(count)),
    per_session_label: "Por sesión",
    downtime_each_label: "Tiempo de recuperación después de cada sesión",
    downtime_over_label: |count| format!("Tiempo de recuperación total en {}", sessions(count)),
    results_label: "Los resultados pueden seguir evolucionando hasta",
    results_value: |weeks, after| {
        format!("Semana {weeks}: {after} después de la última sesión")
    },
    no_results_date: "Sin fecha: todavía en estudio",
    under_study_results: "Este uso todavía está en estudio y ninguna fuente dice cuándo se podrían evaluar sus resultados, así que no se da ninguna fecha.",
    no_price_listed: "Sin precio en la lista",
    no_published_figure: "Sin cifra publicada",
    no_figure_given: "No se da ninguna cifra",
    absent_price_clinic: |method, tier| {
        format!("La lista de precios de la clínica no tiene ningún precio para “{method}” con “{tier}”.")
    },
    absent_price_published: |method, tier| {
        format!("Las fuentes publicadas no dan ningún precio para “{method}” con el tipo de producto “{tier}”. Este estimador no inventa ninguno.")
    },
    downtime_effects_note: |effects| {
        format!("No se da ninguna cifra de tiempo de recuperación. La fuente nombra estas reacciones, no un tiempo de recuperación: {effects}.")
    },
    no_recovery_time: "Las fuentes publicadas no dan ningún tiempo de recuperación para este método. Pregunte a la clínica.",
    schedule_note: |interval, provenance| format!("Sesiones {interval}. {provenance}"),
    one_session_schedule: "Una sola sesión: no hay intervalo que planificar.",
    above_typical: |count, typical| {
        format!("{count} sesiones son más que la serie inicial típica de {typical}. Pregunte a la clínica por qué se planean más.")
    },
    below_typical: |typical| {
        format!("Un primer ciclo suele tener {typical}, así que puede que una sola sesión no sea todo el plan.")
    },
    as_of_unknown: "No se indica la fecha de las cifras",
    disclaimer: "Los precios varían según la clínica y la región; solo un presupuesto por escrito de una clínica es un precio. Esto no es consejo médico: solo un profesional de la salud puede decir si un tratamiento es adecuado para usted.",
    ask_includes_title: "Pregunte si el precio incluye",
    ask_includes: [
        "La consulta, si la clínica la cobra",
        "Los cuidados posteriores y los productos para la piel",
        "Los tratamientos de mantenimiento después de la primera serie",
    ],
    ask_includes_note: "Tenga en cuenta también el tiempo que deba faltar al trabajo o los viajes durante la recuperación.",
    answer_downtime: |time| format!("{time} de recuperación por sesión"),
    answer_no_downtime_figure: "sin cifra de tiempo de recuperación",
    answer_no_published_downtime: "sin cifra publicada de tiempo de recuperación",
    figures_from: |citations| format!("Cifras tomadas de: {citations}."),
    no_source_figures: "Ninguna fuente da estas cifras.",
    source_line: |citation| format!("Fuente: {citation}."),
    from_line: |citations| format!("A partir de: {citations}."),
    no_source_figure: "Ninguna fuente da esta cifra.",
    cite_clinic: |citation| format!("{citation} (la lista de precios de la clínica)"),
    cite_example: |citation| format!("{citation} (clínica de ejemplo, precios inventados)"),
    rule_line: |rule| format!("Regla: {rule}"),
    series_part: |count, sessions| {
        format!(
            "{count} {} de {sessions}",
            Lang::Es.plural(count, "serie", "series")
        )
    },
    singles_part: |count| {
        format!(
            "{count} {}",
            Lang::Es.plural(count, "sesión individual", "sesiones individuales")
        )
    },
    rule_series_then_singles: |series_sessions, detail| {
        format!("tantas series completas de {series_sessions} como quepan, al precio de la serie, y luego sesiones individuales al precio de una sesión (aquí: {detail}).")
    },
    rule_single_times_sessions: "el precio de un tratamiento multiplicado por el número de sesiones; no se indica ningún precio de paquete.",
    rule_tier_band: |tier, band, clinic| {
        if clinic {
            format!("la lista de la clínica no da ningún precio para “{tier}” en sí. Este estimador lo ubica en {band} del rango de la clínica para “No estoy seguro”; la clínica no ha indicado esta cifra.")
        } else {
            format!("ninguna fuente da un precio por tipo de producto; el artículo de resumen relaciona las diferencias de precio con la calidad del producto. Por eso “{tier}” se ubica en {band} del rango para “No estoy seguro”. La lista de precios propia de una clínica reemplaza esta regla.")
        }
    },
    band: |from, to| match (from, to) {
        (0, 50) => "la mitad inferior".to_owned(),
        (25, 75) => "la mitad central".to_owned(),
        (50, 100) => "la mitad superior".to_owned(),
        (0, 100) => "todo el ancho".to_owned(),
        (from, to) => format!("la parte que va del {from}\u{a0}% al {to}\u{a0}% del ancho"),
    },
    rule_span_one: |tier| {
        format!("“No estoy seguro” muestra el único tipo de producto con precio para este método, “{tier}”; ningún otro producto tiene precio aquí.")
    },
    rule_span_many: |tiers| {
        format!("“No estoy seguro” abarca los tipos de producto con precio para este método: {tiers}.")
    },
    rule_per_session: |has_cents| {
        let unit = if has_cents {
            "unidades enteras de la moneda (sin centavos)"
        } else {
            "unidades enteras de la moneda"
        };
        format!("el total dividido entre el número de sesiones, redondeado a {unit}.")
    },
    rule_downtime_times_sessions: "el tiempo de recuperación después de una sesión multiplicado por el número de sesiones.",
    rule_assumed_monthly: |weeks| {
        format!("la fuente da un calendario mensual solo para las microagujas con exosomas; aquí se supone el mismo intervalo, contado como cada {weeks} semanas. Pida a la clínica su propio calendario.")
    },
    rule_monthly_as_weeks: |weeks| {
        format!("la fuente dice “mensual”; aquí un mes se cuenta como {weeks} semanas.")
    },
    rule_last_session_plus_results: |min, max| {
        format!("la semana de la última sesión más las {min}–{max} semanas en las que los resultados pueden seguir evolucionando.")
    },
    caveat_title,
    caveat_body,
    questions_title: "Cuatro preguntas para hacerle a la clínica",
    questions_answer_label: "Respuesta:",
    questions_lede:
        "Según el artículo de resumen, una buena clínica puede responder las cuatro. Pregunte antes de pedir una cita, sea cual sea el precio.",
    questions: [
        Question {
            question: "¿De qué tipo de célula, y de qué línea celular, está hecho el producto?",
            why: "Lo que un producto puede hacer depende sobre todo de las células que lo produjeron.",
        },
        Question {
            question: "¿Me puede mostrar los datos de análisis de este lote: cuántas partículas tiene, de qué tamaños y con qué marcadores de superficie?",
            why: "Un lote es una partida de fabricación del producto. Las pautas de la comunidad científica (llamadas MISEV2018) piden el número de partículas y al menos tres marcadores de proteínas. Un fabricante cuidadoso analiza cada lote.",
        },
        Question {
            question: "¿El producto está aprobado por la FDA (la agencia del gobierno de EE. UU. que regula los medicamentos), o se usa con un IND? En ese caso, ¿cuál es el número de IND?",
            why: "Un IND es el permiso de la FDA para probar un medicamento nuevo en personas. En EE. UU. ningún producto de exosomas está aprobado por la FDA, y uno inyectado probablemente necesita un IND. La FDA sugiere pedir su número.",
        },
        Question {
            question: "¿Qué resultados clínicos publicados hay para este mismo producto?",
            why: "Los resultados de un producto no dicen nada sobre otro que se fabrica de otra manera.",
        },
    ],
};

/// The published book's English text in Spanish.
fn published_text(english: &str) -> Option<&'static str> {
    Some(match english {
        "Default figures (overview, 2026)" => "Cifras predeterminadas (artículo de resumen, 2026)",
        "Source figures from 2026" => "Cifras de la fuente, de 2026",
        "Microneedling exosome facial" => "Facial de exosomas con microagujas (microneedling)",
        "Laser exosome facial" => "Facial de exosomas con láser",
        "Exosome injections" => "Inyecciones de exosomas",
        "Hair loss (under study)" => "Caída del cabello (en estudio)",
        "Not sure" => "No estoy seguro",
        "Plant-derived" => "De origen vegetal",
        "Placenta or amniotic cells" => "Células de placenta o amnióticas",
        "MSC, sold as lab-tested" => {
            "MSC (células madre mesenquimales), analizado en laboratorio según el vendedor"
        }
        "High-potency MSC injectable" => {
            "Inyectable de MSC (células madre mesenquimales) de alta potencia"
        }
        "injection-site reactions" => "reacciones en el lugar de la inyección",
        "bruising" => "moretones",
        "short-lived redness (transient erythema)" => "enrojecimiento pasajero (eritema transitorio)",
        "The overview says a high-potency MSC-derived injectable may cost this much per treatment, at specialist practices." => {
            "Según el artículo de resumen, un inyectable de alta potencia derivado de MSC puede costar esta cantidad por tratamiento en consultorios especializados."
        }
        _ => return None,
    })
}

/// The dates of the referenced documents in Spanish; their titles stay as published. The
/// date is shown in parentheses, so it holds none of its own.
pub(super) fn reference_date(reference: Reference) -> &'static str {
    match reference.date {
        "6 December 2019" => "6 de diciembre de 2019",
        "9 December 2019" => "9 de diciembre de 2019",
        "22 July 2020" => "22 de julio de 2020",
        "undated page (reposted June 2021)" => {
            "página sin fecha; publicada de nuevo en junio de 2021"
        }
        other => other,
    }
}

fn method_term(method_id: &str) -> Option<&'static str> {
    Some(match method_id {
        "microneedling" => "Nombre clínico: exosomas tópicos después de microagujas (microneedling). Unas agujas finas abren pequeños canales en la piel, y el producto de exosomas se aplica sobre la piel justo después.",
        "fractional-laser" => "Nombre clínico: exosomas tópicos después de láser fraccionado. El láser abre pequeños canales en la piel, y el producto de exosomas se aplica sobre la piel justo después.",
        "injection" => "Nombre clínico: inyección intradérmica o subdérmica. El producto se inyecta en la piel o justo debajo de ella, sin microagujas ni láser antes.",
        "scalp" => "Nombre clínico: aplicación en el cuero cabelludo para la caída del cabello. Este uso todavía está en estudio.",
        _ => return None,
    })
}

fn sessions_error(error: &SessionsError) -> String {
    let range = format!("de {MIN_SESSIONS} a {MAX_SESSIONS}");
    match error {
        SessionsError::Empty => format!("Ingrese un número de sesiones {range}."),
        SessionsError::NotANumber(text) => {
            format!("“{text}” no es un número. Ingrese un número entero de sesiones {range}.")
        }
        SessionsError::NotWhole(text) => format!(
            "“{text}” no es un número entero. Las sesiones se cuentan enteras: ingrese un número {range}."
        ),
        SessionsError::TooFew(count) if count.starts_with('-') => {
            format!("{count} es menor que cero. Ingrese un número de sesiones {range}.")
        }
        SessionsError::TooFew(count) => format!(
            "{count} sesiones son muy pocas: una estimación necesita al menos {MIN_SESSIONS}. Ingrese un número {range}."
        ),
        SessionsError::TooMany(text) => format!(
            "{text} sesiones son más de las que cubre este estimador. Ingrese un número {range}; el máximo es el doble de la serie inicial típica de 2–3."
        ),
    }
}

fn tier_hint(hint: TierHint<'_>, clinic: bool) -> String {
    const TIER_MEANS: &str = "El tipo de producto indica de qué células proviene el producto.";
    let whose = if clinic {
        "la lista de la clínica"
    } else {
        "la fuente"
    };
    match hint {
        TierHint::WholeRangeBanded => format!("{TIER_MEANS} “No estoy seguro” muestra todo el rango que da {whose}; cada uno de los otros tipos recibe una parte de ese rango, según una regla indicada."),
        TierHint::WholeRange => format!("{TIER_MEANS} “No estoy seguro” muestra todo el rango que da {whose} para este método."),
        TierHint::NoPrice => format!("{TIER_MEANS} {} ningún precio para este método, sea cual sea el tipo de producto.", if clinic { "La lista de la clínica no tiene" } else { "La fuente no da" }),
        TierHint::OnlyOne(tier) => format!("{TIER_MEANS} Para este método solo “{tier}” tiene precio, así que “No estoy seguro” muestra el precio de ese producto. {} precio para ningún otro producto de este método.", if clinic { "La lista de la clínica no tiene" } else { "La fuente no da" }),
        TierHint::Span(tiers) => {
            let quoted: Vec<String> = tiers.iter().map(|tier| format!("“{tier}”")).collect();
            format!("{TIER_MEANS} “No estoy seguro” abarca los tipos con precio para este método: {}.", Lang::Es.join_words(&quoted))
        }
    }
}

fn caveat_title(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::ConditionRegulatory => {
            "En EE. UU.: tratar una afección requiere la aprobación de la FDA, y ningún producto de exosomas la tiene"
        }
        Caveat::InjectableRegulatory => {
            "En EE. UU.: no está aprobado por la FDA, y los preparados inyectados probablemente necesitan un IND"
        }
        Caveat::TopicalCosmetic => {
            "En EE. UU.: es un cosmético solo si se vende sin prometer efectos médicos"
        }
        Caveat::UnderStudy => "Todavía en estudio",
        Caveat::PlantPotency => "Las vesículas de origen vegetal envían señales más débiles",
        Caveat::CharacterisationRisk => {
            "Aún no ha visto los datos de análisis del lote: no se conocen los riesgos"
        }
        Caveat::LotDataShown => "Le mostraron los datos de análisis del lote: compruebe qué incluyen",
        Caveat::NoPublishedPrice => "No hay precio publicado para esta opción",
        Caveat::NoClinicPrice => "Esta clínica no indica ningún precio para esta opción",
        Caveat::PriceReflectsQuality => "Un precio es un motivo para preguntar, no una respuesta",
    }
}

fn caveat_body(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::ConditionRegulatory => {
            "Este uso busca tratar una afección, no solo cambiar el aspecto de la piel. \
             La FDA (la agencia del gobierno de EE. UU. que regula los medicamentos) dice que \
             un producto de exosomas destinado a tratar una enfermedad o una afección necesita \
             su aprobación antes de venderse. Dice que no ha aprobado ninguno. Si un producto \
             afirma tratar una afección, deja de ser un cosmético. Pregunte si la FDA ha \
             revisado el tratamiento y pida su número de IND (el permiso de la FDA para probar \
             un medicamento nuevo en personas)."
        }
        Caveat::InjectableRegulatory => {
            "La FDA (la agencia del gobierno de EE. UU. que regula los medicamentos) dice que \
             ningún producto de exosomas está aprobado por la FDA. El artículo de resumen añade \
             que, en 2026, ninguno tiene aprobación completa para ningún uso estético (de \
             apariencia). También informa de que, según las guías de la FDA, los productos \
             hechos con células humanas o animales probablemente necesitan un IND (siglas en \
             inglés de “solicitud de medicamento nuevo en investigación”): el permiso de la FDA \
             para probar un medicamento nuevo en personas. Por eso, las clínicas de EE. UU. que \
             inyectan estos productos trabajan en una zona gris regulatoria. Pregunte si la \
             FDA ha revisado el producto y pida su número de IND. La FDA considera una señal de \
             alerta que le cobren un producto no aprobado fuera de un ensayo clínico."
        }
        Caveat::TopicalCosmetic => {
            "En EE. UU., un producto de exosomas que se aplica sobre la piel y no promete ningún \
             efecto médico se vende como cosmético o producto para el cuidado de la piel. \
             Por eso es fácil encontrar estos productos. Venderse como cosmético no equivale a una aprobación. \
             La FDA (la agencia del gobierno de EE. UU. que regula los medicamentos) dice que \
             ningún producto de exosomas está aprobado por la FDA. El artículo de resumen añade \
             que, en 2026, ninguno tenía aprobación completa para un uso estético (de \
             apariencia). En cuanto un producto afirma tratar una afección, deja de ser un \
             cosmético."
        }
        Caveat::UnderStudy => {
            "Este uso todavía se está estudiando. No es un tratamiento establecido. Ninguna \
             fuente dice cuándo se podrían evaluar sus resultados. Por eso este estimador no da \
             ninguna fecha para los resultados y no comprueba si el plan puede estar listo para la \
             fecha de un evento."
        }
        Caveat::PlantPotency => {
            "El artículo de resumen dice que las vesículas de células vegetales no transmiten \
             señales entre células con tanta fuerza como las que producen las células humanas."
        }
        Caveat::CharacterisationRisk => {
            "El artículo de resumen considera pequeños los riesgos solo en productos de alta \
             calidad cuya composición está bien descrita. Hasta que la clínica le muestre los \
             datos de análisis del lote (la partida de fabricación) que usaría, usted no puede \
             saber si eso se cumple aquí. Cuando nadie sabe qué contiene un producto, el \
             artículo de resumen menciona tres riesgos, en teoría. Su sistema inmunitario puede \
             reaccionar a proteínas desconocidas que contenga. Puede llevar gérmenes si no se \
             fabricó con suficiente cuidado. El microARN desconocido que contenga (pequeños \
             fragmentos de material genético) puede actuar de formas que nadie puede predecir. \
             El artículo de resumen también señala la calidad desigual de un producto a otro \
             como el principal riesgo de este mercado. Pida el número de partículas, el tamaño \
             de las partículas y los marcadores de superficie del lote."
        }
        Caveat::LotDataShown => {
            "En productos de alta calidad con un lote bien descrito, el artículo de resumen \
             considera pequeños los riesgos. Menciona reacciones en el lugar donde entró la \
             aguja, moretones y un enrojecimiento que desaparece pronto. Eso solo vale si los \
             datos son de este lote y están completos. Compruebe que incluyan el número de \
             partículas, el tamaño de las partículas y los marcadores de superficie."
        }
        Caveat::NoPublishedPrice => {
            "El artículo de resumen no da ningún precio para esta opción, y este estimador no \
             inventa ninguno. Pida a las clínicas un presupuesto por escrito. El tiempo de \
             recuperación, el calendario y las preguntas de abajo siguen siendo válidos."
        }
        Caveat::NoClinicPrice => {
            "La lista de precios de la clínica no tiene precio para esta opción. Pida a la \
             clínica un presupuesto por escrito. El tiempo de recuperación, el calendario y las \
             preguntas de abajo siguen siendo válidos."
        }
        Caveat::PriceReflectsQuality => {
            "El artículo de resumen relaciona la gran diferencia de precios con diferencias en \
             la calidad del producto. Dice que un precio debería llevarle a preguntar cómo se \
             analizó el producto, no reemplazar esas preguntas. Sea cual sea el precio, pida los \
             datos de análisis del lote."
        }
    }
}
