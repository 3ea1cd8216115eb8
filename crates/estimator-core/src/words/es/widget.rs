//! The Spanish words of the widget part, for patients in the United States (*usted*).

use crate::words::widget::WidgetWords;

/// Said after every statement of who supplied a framed or linked configuration.
const UNCHECKED: &str =
    "Quien publica este estimador no los ha comprobado y no responde por ellos.";

pub const WORDS: WidgetWords = WidgetWords {
    widget_title: "Estimador de costos del tratamiento con exosomas",
    book_with: |clinic| format!("Pedir cita para una consulta con {clinic}"),
    call_number: |phone| format!("Llamar al {phone}"),
    cta_lead: |clinic| {
        format!("Solo {clinic} puede darle un presupuesto con su precio. Lleve consigo las cuatro preguntas.")
    },
    compact_book: "Pedir cita",
    compact_call: "Llamar a la clínica",
    privacy: "Este estimador, por sí mismo, no envía a ninguna parte nada de lo que usted ingresa: calcula cada cifra en su navegador. Los scripts del sitio web que lo muestra pueden ver lo que usted escribe, como en cualquier página web.",
    supplied_by_origin: |origin| {
        format!(
            "El nombre de la clínica, los precios y los enlaces de este recuadro los proporcionó {origin}, el sitio web que lo muestra. {UNCHECKED}"
        )
    },
    supplied_by_framing_page: "El nombre de la clínica, los precios y los enlaces de este recuadro los proporcionó el sitio web que lo muestra. Quien publica este estimador no los ha comprobado y no responde por ellos.",
    supplied_by_link: "El nombre de la clínica, los precios y los enlaces de esta página venían en el enlace que usted abrió. Quien publica este estimador no los ha comprobado y no responde por ellos.",
    // The table of names has no Spanish names; the language's own name is the one its
    // readers know.
    language_unavailable: |language| match language {
        Some(language) => format!(
            "Este estimador aún no está disponible en el idioma de este sitio web ({}). Se muestra en español.",
            language.own
        ),
        None => "Este estimador aún no está disponible en el idioma de este sitio web. Se muestra en español.".to_owned(),
    },
};
