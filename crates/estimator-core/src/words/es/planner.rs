//! The Spanish words of the planner part: for patients in the United States, with *usted*.

use crate::calendar::{DateError, MAX_INPUT_YEAR, MIN_INPUT_YEAR};
use crate::lang::Lang;
use crate::money::group_thousands;
use crate::plan::{SessionDowntime, SessionResults, SessionWhen, Until};
use crate::share::{DecodeProblem, FinanceField, LinkDate, LinkNote};
use crate::words::planner::{self, explained, month_name, PlannerLabels, PlannerWords};

/// The FDA explained, where a view first names it (see the glossary).
const FDA_EXPLAINED: &str = " (la agencia del gobierno de EE. UU. que regula los medicamentos)";

/// The IND explained, where a view first names it.
const IND_EXPLAINED: &str = " (el permiso de la FDA para probar un medicamento nuevo en personas)";

/// The short month names of `Intl` in Spanish, so that the plain format reads like the
/// browser's.
const MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];

fn plain_date(day: u32, month: u32, year: i32) -> String {
    format!("{day} {} {year}", month_name(&MONTHS, month))
}

pub const WORDS: PlannerWords = PlannerWords {
    labels: PlannerLabels {
        scenarios_label: "Escenarios",
        add_scenario: "Agregar escenario",
        add_hint: "Agregue un escenario para comparar hasta tres opciones lado a lado.",
        remove_mark: "×",
        plan_title: "Su plan a lo largo del tiempo",
        plan_needs_sessions: "Ingrese un número de sesiones para ver el plan.",
        notices_title: "Se restauró el plan del enlace, pero se omitieron algunas partes:",
        dismiss: "Cerrar",
    },

    scenario: |number| format!("Escenario {number}"),
    remove_scenario: |scenario| format!("Quitar {scenario}"),
    add_limit: |max| {
        format!("Se pueden comparar como máximo {max} escenarios; quite uno para agregar otro.")
    },
    compare_link: |count| {
        format!(
            "Ver la comparación de {count} {}",
            plural_of(count, "escenario", "escenarios")
        )
    },
    scenario_added: |number| {
        format!("Se agregó el escenario {number}, una copia del que estaba viendo. Cámbielo con los controles; la comparación está más abajo.")
    },

    dates_legend: "Fechas",
    mode_undated: "Sin fechas: contar en semanas",
    mode_start: "Empezar en una fecha",
    mode_ready_by: "Estar listo para un evento",
    start_label: "Fecha de la primera sesión",
    ready_by_label: "Estar listo para (fecha del evento)",
    choose_a_date: "Elija una fecha para ver el plan en un calendario.",
    date_error,
    plain_date,
    // The page's locale (es-US) writes a date the plain way.
    page_date: plain_date,

    share_title: "Guardar, compartir o imprimir este plan",
    share_hint: "El enlace guarda sus opciones después del signo #, que los navegadores nunca envían a ningún servidor. No se guarda nada en ningún otro lugar.",
    copy_link: "Copiar enlace",
    system_share: "Compartir…",
    print: "Imprimir o guardar como PDF",
    include_quote: "Incluir también mi presupuesto en el enlace",
    copied: "Enlace copiado. Péguelo donde quiera para volver a este plan.",
    copy_failed: "Este navegador no permitió copiar. Seleccione el enlace de abajo y cópielo.",
    link_label: "Enlace a este plan",
    share_sheet_title: "Plan de costos de un tratamiento con exosomas",
    printed_on: |date| format!("Impreso el {date}. Para volver a abrir este plan:"),
    link_note,

    session_label: |number| format!("Sesión {number}"),
    week_label: |week| format!("Semana {week}"),
    downtime_window: |duration| format!("Tiempo de recuperación: {duration}"),
    results_window: |until| format!("Los resultados pueden seguir evolucionando {until}"),
    results_bar: |weeks| format!("Los resultados pueden seguir evolucionando durante {weeks}"),
    weeks,
    days,
    until: |until| match until {
        Until::Day(day) => format!("hasta el {day}"),
        Until::Between(from, to) => format!("hasta algún día entre el {from} y el {to}"),
        Until::Week(week) => format!("hasta la semana {week}"),
        Until::Weeks(from, to) => format!("hasta la semana {from}–{to}"),
    },
    session_sentence: |number, when, downtime, results| {
        let when = match when {
            SessionWhen::Date(date) => format!("el {date}"),
            SessionWhen::Start => "al inicio (semana 0)".to_owned(),
            SessionWhen::Week(week) => format!("en la semana {week}"),
        };
        let downtime = match downtime {
            SessionDowntime::None => "sin tiempo de recuperación".to_owned(),
            SessionDowntime::Lasting(duration) => {
                format!("seguida de {duration} de tiempo de recuperación")
            }
            SessionDowntime::NotQuantified => {
                "seguida de un tiempo de recuperación que la fuente no cuantifica".to_owned()
            }
            SessionDowntime::NotPublished => {
                "sin una cifra publicada de tiempo de recuperación".to_owned()
            }
        };
        match results {
            None => format!("Sesión {number}, {when}, {downtime}."),
            Some(SessionResults { weeks, until }) => format!(
                "Sesión {number}, {when}, {downtime}; sus resultados pueden seguir evolucionando durante {weeks}, {until}."
            ),
        }
    },
    last_results_label: "Los resultados pueden seguir evolucionando",
    last_results_bar: "Los resultados de la última sesión pueden seguir evolucionando",
    final_sentence: |until, weeks| {
        format!("Los resultados pueden seguir evolucionando {until}, es decir, {weeks} después de la última sesión.")
    },
    event: |date| format!("Evento: {date}"),
    legend_session: "Sesión",
    legend_downtime: "Tiempo de recuperación",
    legend_results: "Los resultados pueden estar evolucionando",
    caption: |sessions, method, interval| {
        if sessions == 1 {
            format!("1 sesión de {method}")
        } else {
            format!("{sessions} sesiones de {method}, {interval}")
        }
    },
    words_title: "El plan en palabras",
    timeline_sources_title: "De dónde salen estas semanas",
    status_refused: |event| {
        format!("Este estimador no comprueba si este plan puede estar listo para el {event}: este uso todavía está en estudio, y ninguna fuente dice para cuándo se podrían evaluar sus resultados. El plan de abajo cuenta en semanas.")
    },
    status_fits: |event, latest, latest_is_today, weeks| {
        let today_note = if latest_is_today { " Es hoy." } else { "" };
        let left = if weeks == 1 {
            "Así queda 1 semana completa".to_owned()
        } else {
            format!("Así quedan {weeks} semanas completas")
        };
        format!(
            "Este plan puede estar listo para el {event} si la primera sesión es el {latest} o antes.{today_note} {left} después de la última sesión para que sus resultados evolucionen. Las fechas que se muestran empiezan ese día."
        )
    },
    status_event_passed: |event, today| {
        format!("Este plan no puede estar listo para el {event}: esa fecha es anterior a hoy ({today}).")
    },
    status_too_late: |event, last_results, days_short, latest| {
        let developing = match last_results {
            Some(last) => format!(
                "los resultados de la última sesión podrían seguir evolucionando hasta el {last}, aunque la primera sesión fuera hoy"
            ),
            None => "los resultados de la última sesión podrían seguir evolucionando después de esa fecha, aunque la primera sesión fuera hoy".to_owned(),
        };
        let ago = format!("hace {}", count(days_short, "día", "días"));
        let needed = match latest {
            Some(latest) => {
                format!("Habría tenido que empezar a más tardar el {latest}, es decir, {ago}.")
            }
            None => format!("Habría tenido que empezar {ago}."),
        };
        format!(
            "Este plan no puede estar listo para el {event}: {developing}. {needed} Las fechas que se muestran empiezan hoy, para mostrar la fecha más temprana en que podría terminar el último período de resultados."
        )
    },
    status_start_passed: |start, today| {
        format!("La fecha de inicio, {start}, es anterior a hoy ({today}). Las fechas de abajo se calculan a partir de ella, tal como se ingresó.")
    },
    note_hours_as_days: |hours, min_days, max_days| {
        format!(
            "El tiempo de recuperación dado en horas se muestra en el gráfico en días completos, redondeando hacia arriba: {hours} como {}.",
            days(min_days, max_days)
        )
    },
    note_not_quantified: |effects| {
        format!("La fuente no da una cifra de tiempo de recuperación para este tratamiento, así que el gráfico no muestra ninguno. Las reacciones que menciona son: {effects}.")
    },
    note_not_published: "Las fuentes publicadas no dan un tiempo de recuperación para este método, así que el gráfico no muestra ninguno. Pregunte a la clínica.",
    note_appointments: "Las citas reales pueden caer unos días antes o después de estas fechas; la clínica fija su propio calendario.",
    source_spacing_about: "Separación entre sesiones",
    source_spacing: |interval| format!("Sesiones {interval}."),
    source_downtime_about: "Tiempo de recuperación después de cada sesión",
    source_downtime_absent: "Las fuentes publicadas no dan un tiempo de recuperación para este método.",
    source_results_about: |weeks| {
        format!("Los resultados pueden seguir evolucionando durante {weeks} después de un tratamiento")
    },
    source_results_under_study_about: "Resultados",

    compare_title: "Comparar escenarios",
    compare_sources_title: "De dónde salen estas cifras",
    row_total: "Total",
    row_per_session: "Por sesión",
    row_downtime: "Tiempo total de recuperación",
    row_regulatory: "Situación regulatoria (EE. UU.)",
    row_evidence: "Evidencia",
    waits_for_sessions: "Falta el número de sesiones",
    compare_note: |left_out| {
        if left_out == 1 {
            "Solo se comparan los tres primeros escenarios; se omitió 1 más.".to_owned()
        } else {
            format!("Solo se comparan los tres primeros escenarios; se omitieron {left_out} más.")
        }
    },
    evidence_source: "Notas sobre la evidencia: RegenClinics.org, un directorio de clínicas (2026).",
    regulatory_condition: |explain_fda| {
        format!(
            "tratar una afección requiere la aprobación de la FDA{}, y ningún producto de exosomas la tiene",
            explained(explain_fda, FDA_EXPLAINED)
        )
    },
    regulatory_injectable: |explain_fda, explain_ind| {
        format!(
            "no está aprobado por la FDA{}; es probable que los preparados inyectados necesiten un IND{}, una zona gris regulatoria",
            explained(explain_fda, FDA_EXPLAINED),
            explained(explain_ind, IND_EXPLAINED)
        )
    },
    regulatory_cosmetic: |explain_fda| {
        format!(
            "es un cosmético solo si se vende sin prometer efectos médicos; no está aprobado por la FDA{}",
            explained(explain_fda, FDA_EXPLAINED)
        )
    },
    // The statuses begin in lower case: they are only ever read after "En EE. UU.:".
    regulatory_line: |statuses| format!("En EE. UU.: {}.", statuses.join("; ")),
    evidence_under_study: "El artículo de resumen incluye este uso entre los que todavía están en estudio activo; no es un tratamiento establecido.",
    evidence_injectable: "Requiere un preparado inyectable estéril. El artículo de resumen solo menciona evidencia clínica publicada importante para algunos productos que se aplican sobre la piel, no para los inyectados.",
    evidence_topical: "Según el artículo de resumen, aplicar exosomas sobre la piel después de un procedimiento es la forma en que más se usan en la práctica estética.",
    evidence_unspecified: "El artículo de resumen no dice nada concreto sobre la evidencia para este uso.",
    evidence_plant: "Según el artículo de resumen, las vesículas de origen vegetal transmiten señales entre células con menos fuerza que las de células humanas.",
    evidence_placental: "El artículo de resumen menciona las células de placenta o amnióticas como células de origen usadas en productos estéticos, sin evidencia propia sobre ellas.",
    evidence_msc_topical: "De las células de origen, el artículo de resumen señala las MSC (células madre mesenquimales) como las más estudiadas en medicina regenerativa, y menciona evidencia publicada importante para varios productos bien caracterizados (con su composición bien descrita) que se aplican sobre la piel. Los resultados de un producto no dicen nada sobre otro.",
    evidence_msc: "De las células de origen, el artículo de resumen señala las MSC (células madre mesenquimales) como las más estudiadas en medicina regenerativa. Los resultados de un producto no dicen nada sobre otro.",
    evidence_other_cells: "Pregunte de qué línea celular proviene el producto y qué resultados clínicos se han publicado sobre él.",
    evidence_unknown_cells: "La evidencia depende del producto: pregunte de qué línea celular proviene y qué resultados clínicos se han publicado sobre él.",
};

fn plural_of<'s>(count: usize, one: &'s str, many: &'s str) -> &'s str {
    if count == 1 {
        one
    } else {
        many
    }
}

fn weeks(min: u32, max: u32) -> String {
    count_range(min, max, "semana", "semanas")
}

fn days(min: u32, max: u32) -> String {
    count_range(min, max, "día", "días")
}

fn date_error(error: &DateError) -> String {
    match error {
        DateError::Empty => "Ingrese una fecha con el formato AAAA-MM-DD.".to_owned(),
        DateError::NotIso(text) => {
            format!("“{text}” no es una fecha que este estimador pueda leer. Ingrese la fecha con el formato AAAA-MM-DD, por ejemplo 2026-12-01.")
        }
        DateError::NotReal(text) => format!("“{text}” no es una fecha que exista."),
        DateError::OutOfRange(text) => format!(
            "“{text}” está fuera de los años para los que planifica este estimador. Ingrese un año entre {MIN_INPUT_YEAR} y {MAX_INPUT_YEAR}."
        ),
    }
}

/// Completes "su método …" and the like, agreeing with a masculine or feminine noun.
fn problem(problem: &DecodeProblem, feminine: bool) -> &'static str {
    match (problem, feminine) {
        (DecodeProblem::BadEscape, false) => "no está bien codificado",
        (DecodeProblem::BadEscape, true) => "no está bien codificada",
        (DecodeProblem::NotText, _) => "no es un texto válido",
    }
}

/// The date's name, with its article.
fn date_name(date: &LinkDate) -> &'static str {
    match date {
        LinkDate::Start => "la fecha de inicio",
        LinkDate::Event => "la fecha del evento",
    }
}

/// The date's name after "una segunda".
fn second_date_name(date: &LinkDate) -> &'static str {
    match date {
        LinkDate::Start => "fecha de inicio",
        LinkDate::Event => "fecha del evento",
    }
}

fn link_note(note: &LinkNote, method_name: &dyn Fn(&str) -> String) -> String {
    match note {
        LinkNote::TooLong { max_bytes } => format!(
            "Este enlace tiene más de {} caracteres; se ignoró el resto.",
            group_thousands(*max_bytes as u64)
        ),
        LinkNote::DamagedVersion { mark, read_as } => format!(
            "La marca de versión “{mark}” de este enlace no es una que este estimador conozca; se restauró lo que se pudo leer como versión {read_as}."
        ),
        LinkNote::NoVersion { read_as } => format!(
            "Este enlace no tiene marca de versión; se restauró lo que se pudo leer como versión {read_as}."
        ),
        LinkNote::NewerVersion { version, unread } => {
            let unread = match unread {
                0 => String::new(),
                1 => " Se ignoró 1 parte que esta versión no lee.".to_owned(),
                count => format!(" Se ignoraron {count} partes que esta versión no lee."),
            };
            format!(
                "Este enlace se creó con una versión más reciente del estimador (v{version}); se restauró lo que se pudo leer.{unread}"
            )
        }
        LinkNote::TooManyParts { skipped: 1, max } => format!(
            "Se ignoró 1 parte más de este enlace: un enlace admite como máximo {max}."
        ),
        LinkNote::TooManyParts { skipped, max } => format!(
            "Se ignoraron {skipped} partes más de este enlace: un enlace admite como máximo {max}."
        ),
        LinkNote::UnknownPart { part } => {
            format!("Se ignoró “{part}”, que este estimador no lee.")
        }
        LinkNote::MoreUnknownParts { count: 1 } => {
            "Se ignoró 1 parte más que este estimador no lee.".to_owned()
        }
        LinkNote::MoreUnknownParts { count } => {
            format!("Se ignoraron {count} partes más que este estimador no lee.")
        }
        LinkNote::MethodNotText { scenario, problem: why } => format!(
            "Se ignoró el escenario {scenario}: su método {}.",
            problem(why, false)
        ),
        LinkNote::NoMethod { scenario } => {
            format!("Se ignoró el escenario {scenario}: no indica ningún método.")
        }
        LinkNote::UnknownMethod { scenario, method } => {
            format!("Se ignoró un método desconocido, “{method}”, en el escenario {scenario}.")
        }
        LinkNote::TierNotOffered {
            scenario,
            tier,
            method,
        } => format!(
            "Escenario {scenario}: “{tier}” no se ofrece para {method}; se muestra “No estoy seguro”.",
            method = method_name(method)
        ),
        LinkNote::UnknownTier { scenario, tier } => format!(
            "Escenario {scenario}: “{tier}” no es un tipo de producto que este estimador conozca; se muestra “No estoy seguro”."
        ),
        LinkNote::TierNotText { scenario, problem: why } => format!(
            "Escenario {scenario}: su tipo de producto {}; se muestra “No estoy seguro”.",
            problem(why, false)
        ),
        LinkNote::SessionsTooLong {
            scenario,
            max_chars,
            shown,
        } => format!(
            "Escenario {scenario}: se ignoró un número de sesiones de más de {max_chars} caracteres; se muestra {shown}."
        ),
        LinkNote::SessionsNotText {
            scenario,
            problem: why,
            shown,
        } => format!(
            "Escenario {scenario}: su número de sesiones {}; se muestra {shown}.",
            problem(why, false)
        ),
        LinkNote::BadLot { value, max } => format!(
            "Se ignoró “lot={value}”: debería indicar números de escenario del 1 al {max}."
        ),
        LinkNote::SecondActive { value } => {
            format!("Se ignoró una segunda elección de escenario, “a={value}”.")
        }
        LinkNote::ActiveNotNumber { value } => {
            format!("Se ignoró “a={value}”: no es un número de escenario.")
        }
        LinkNote::ActiveNotRestored { scenario } => format!(
            "El escenario {scenario} era el que se estaba viendo, pero no se pudo restaurar; se muestra el primero."
        ),
        LinkNote::ActiveMissing { value, scenario } => {
            format!("Se ignoró “a={value}”: este enlace no tiene escenario {scenario}.")
        }
        LinkNote::DateNotText { date, problem: why } => {
            format!("Se ignoró {}: {}.", date_name(date), problem(why, true))
        }
        LinkNote::SecondDate { date, text } => {
            format!("Se ignoró una segunda {}, “{text}”.", second_date_name(date))
        }
        LinkNote::BothDates { date, text } => format!(
            "Se ignoró {} “{text}”: un enlace admite una fecha de inicio o una fecha del evento, no ambas.",
            date_name(date)
        ),
        LinkNote::BadDate { date, error } => {
            format!("Se ignoró {}: {}", date_name(date), date_error(error))
        }
        LinkNote::QuoteNotText { problem: why } => format!(
            "Se ignoró el precio del presupuesto: {}.",
            problem(why, false)
        ),
        LinkNote::SecondQuote => "Se ignoró un segundo precio de presupuesto.".to_owned(),
        LinkNote::QuoteTooLong { max_chars } => {
            format!("Se ignoró un precio de presupuesto de más de {max_chars} caracteres.")
        }
        LinkNote::FinanceNotText {
            field: FinanceField::Apr,
            problem: why,
        } => format!(
            "Se ignoró la APR (tasa de porcentaje anual) del financiamiento: {}.",
            problem(why, true)
        ),
        LinkNote::FinanceNotText {
            field: FinanceField::Term,
            problem: why,
        } => format!(
            "Se ignoró el plazo del financiamiento: {}.",
            problem(why, false)
        ),
        LinkNote::SecondFinance {
            field: FinanceField::Apr,
        } => "Se ignoró una segunda APR (tasa de porcentaje anual) del financiamiento.".to_owned(),
        LinkNote::SecondFinance {
            field: FinanceField::Term,
        } => "Se ignoró un segundo plazo del financiamiento.".to_owned(),
        LinkNote::FinanceTooLong {
            field: FinanceField::Apr,
            max_chars,
        } => format!(
            "Se ignoró una APR (tasa de porcentaje anual) del financiamiento de más de {max_chars} caracteres."
        ),
        LinkNote::FinanceTooLong {
            field: FinanceField::Term,
            max_chars,
        } => format!(
            "Se ignoró un plazo del financiamiento de más de {max_chars} caracteres."
        ),
        LinkNote::ExtraScenarios { count: 1, max } => format!(
            "Se ignoró un cuarto escenario: un enlace admite como máximo {}.",
            number_word(*max)
        ),
        LinkNote::ExtraScenarios { count, max } => format!(
            "Se ignoraron {count} escenarios después del tercero: un enlace admite como máximo {}.",
            number_word(*max)
        ),
        LinkNote::NoScenario => {
            "No se pudo restaurar ningún escenario de este enlace; se muestra la opción inicial."
                .to_owned()
        }
        LinkNote::MoreProblems { count: 1 } => "Hay 1 problema más que no se lista.".to_owned(),
        LinkNote::MoreProblems { count } => {
            format!("Hay {count} problemas más que no se listan.")
        }
    }
}

/// "tres" for the most scenarios a link holds, as the notes say it.
fn number_word(count: usize) -> String {
    match count {
        3 => "tres".to_owned(),
        other => other.to_string(),
    }
}

fn count(number: u32, one: &str, many: &str) -> String {
    planner::count(Lang::Es, number, one, many)
}

fn count_range(min: u32, max: u32, one: &str, many: &str) -> String {
    planner::count_range(Lang::Es, min, max, one, many)
}
