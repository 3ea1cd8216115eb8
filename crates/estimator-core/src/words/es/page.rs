//! The Spanish words of the page part, for patients in the United States (*usted*).
//!
//! The explanations say what the English says, fact for fact and citation for citation, with
//! the same caution; the figures come from the published book. The overview is “el artículo de
//! resumen” and is cited by its publisher and year; the FDA documents, the journals and the
//! ISEV guidelines keep the names and dates they are published under.

use crate::lang::Lang;
use crate::money::{MoneyFormat, PlainFormatter};
use crate::views::content::{
    Reference, FDA_CONSUMER_ALERT_2020, FDA_MEDWATCH_ALERT_2019, FDA_PATIENT_INFORMATION,
    FDA_SAFETY_NOTIFICATION_2019,
};
use crate::views::explanations::{
    card, cite, external, fact, fda_document, fold, lede, link, note, open, paragraph, question,
    source, span_of, strong, subheading, text, work_title, Block, PublishedFigures, Section, Span,
    ASJ, FDA_CONSUMER, FDA_MEDWATCH, FDA_NOTIFICATION, FDA_PATIENT, MISEV2018, MISEV2018_URL,
    MISEV2023, MISEV2023_URL, OVERVIEW, SOURCES_SECTION,
};
use crate::words::page::PageWords;

use super::view::reference_date;

pub static WORDS: PageWords = PageWords {
    title: "Estimador de costos de tratamientos con exosomas: rangos de precios con fuentes, \
            tiempo de recuperación y calendario",
    description: "Calcule el rango de costos, el tiempo de recuperación y el calendario de los \
                  tratamientos con exosomas con cifras tomadas de un artículo de resumen publicado o \
                  calculadas a partir de ellas con reglas indicadas, con la fuente de cada \
                  cifra, las advertencias regulatorias y las preguntas que conviene hacer a la \
                  clínica. Funciona por completo en su navegador.",
    no_js_note: "La calculadora necesita JavaScript para responder a lo que usted elija. Las \
                 cifras de la fuente publicada y las explicaciones de más abajo se pueden \
                 consultar sin él.",
    loading: "Cargando la calculadora…",
    skip_link: "Ir a la calculadora",
    eyebrow: "Privado: funciona por completo en su navegador. Nada de lo que ingrese se envía \
              a ninguna parte.",
    heading: "Estimador de costos de tratamientos con exosomas",
    lede: "Vea cuánto pueden costar los tratamientos con exosomas, cuánto tarda la recuperación \
           y qué preguntarle a una clínica. Cada cifra indica de dónde proviene.",
    calculator_label: "Calculadora",
    noscript,
    footer_before: "Cifras de 2026, tomadas de las fuentes que se indican en ",
    footer_link: "Fuentes",
    footer_after: ".",
    app_name: "Estimador de costos de tratamientos con exosomas",
    app_short_name: "Costo exosomas",
    app_description: "Rangos de costos de los tratamientos con exosomas, tomados de un artículo de \
                      resumen publicado o calculados a partir de él con reglas indicadas, con el \
                      tiempo de recuperación, los calendarios y la fuente de cada cifra. \
                      Funciona sin conexión; nada de lo que ingrese sale de su dispositivo.",
    language_label: "Idioma",
    language_offer: "Esta página también está disponible en español.",
    language_offer_link: "Leer en español",
    money,
    explanations,
    language_offer_dismiss: "Cerrar",
    update_ready: "Ya está disponible una versión más reciente del estimador.",
    update_reload: "Volver a cargar para actualizar",
};

/// Spanish in the United States writes dollars as US English does, the symbol first and a
/// comma between thousands ("$1,500"), which is also what `Intl.NumberFormat("es-US")` writes
/// in the calculator; the view's plain formatter writes exactly that. (Spain's "1.500 US$"
/// would read wrongly to the page's readers.)
fn money(currency: &str, minor_units: u64) -> String {
    PlainFormatter::new(currency).format(minor_units)
}

/// A small count of sessions in words ("tres"), in the feminine of "sesión"; larger ones in
/// digits.
fn sessions_in_words(count: u32) -> String {
    const WORDS: [&str; 10] = [
        "una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
    ];
    match count
        .checked_sub(1)
        .and_then(|index| WORDS.get(index as usize))
    {
        Some(word) => (*word).to_owned(),
        None => count.to_string(),
    }
}

fn noscript(figures: &PublishedFigures) -> String {
    format!(
        "La calculadora necesita JavaScript. Las cifras que cita el artículo de resumen ({}): \
         una sesión de microagujas (microneedling) con exosomas aplicados sobre la piel, {}; \
         una serie de {} {} de este tipo, {}; un inyectable de alta potencia derivado de MSC \
         (células madre mesenquimales), en consultorios especializados, {} por tratamiento, que \
         es lo que, según el artículo, “puede” costar un producto así.",
        figures.source,
        figures.range(figures.one_session),
        sessions_in_words(figures.series_sessions),
        Lang::Es.plural(figures.series_sessions, "sesión", "sesiones"),
        figures.range(figures.series),
        figures.range(figures.injectable),
    )
}

/// The overview is cited by its publisher and year, as Spanish citations name a source.
fn overview() -> Span {
    cite(OVERVIEW, "RegenClinics.org, 2026")
}

fn explanations(figures: &PublishedFigures) -> Vec<Section> {
    vec![
        what_exosomes_are(),
        source_cell(),
        delivery_methods(figures),
        who_it_may_suit(),
        risks(),
        regulation(),
        faq(figures),
        sources(),
    ]
}

fn what_exosomes_are() -> Section {
    fold(
        "what-exosomes-are",
        "Qué son los exosomas",
        vec![
            lede(vec![text(
                "Sus células se comunican entre sí, en parte, enviando paquetes diminutos. Los \
                 tratamientos con exosomas recogen estos paquetes de células donantes y los \
                 aplican sobre la piel o dentro de ella, con la esperanza de estimularla a \
                 repararse y renovarse.",
            )]),
            paragraph(vec![
                text(
                    "Los científicos llaman a estos paquetes vesículas extracelulares, y los \
                     exosomas son un tipo de ellas: una burbuja envuelta en una fina membrana \
                     grasa, de apenas 30 a 150 nanómetros de diámetro",
                ),
                overview(),
                text(
                    ". Se forman dentro de la célula, en un compartimento llamado endosoma. \
                     Cuando ese compartimento se fusiona con la membrana que rodea la célula, \
                     las vesículas se liberan al espacio que la rodea, donde otras células \
                     pueden captarlas",
                ),
                overview(),
                text("."),
            ]),
            subheading("Qué transportan"),
            paragraph(vec![
                text(
                    "Cualquier efecto que tengan los exosomas se debe a lo que llevan dentro. \
                     La carga que describe el artículo de resumen",
                ),
                overview(),
                text(" es esta:"),
            ]),
            Block::List(vec![
                vec![
                    strong("Factores de crecimiento."),
                    text(
                        " Entre ellos, el TGF-β (factor de crecimiento transformante beta), que \
                         tiene un papel central en el control de cuánto colágeno produce la \
                         piel; el EGF (factor de crecimiento epidérmico), que favorece la \
                         multiplicación de las células de la capa superficial de la piel, y el \
                         VEGF y el FGF. La combinación exacta depende de la célula de la que \
                         provienen las vesículas.",
                    ),
                ],
                vec![
                    strong("MicroARN (miARN)."),
                    text(
                        " Fragmentos cortos de material genético que no fabrican proteínas por \
                         sí mismos, sino que activan o atenúan genes en la célula que los \
                         recibe. En la piel, el efecto buscado es una mayor actividad de los \
                         genes del colágeno y la elastina, y una menor actividad de los que \
                         impulsan la inflamación y la muerte celular.",
                    ),
                ],
                vec![
                    strong("ARN mensajero (ARNm)."),
                    text(
                        " Instrucciones de trabajo que una célula receptora puede leer para \
                         fabricar proteínas nuevas.",
                    ),
                ],
                vec![
                    strong("Proteínas y lípidos."),
                    text(
                        " Proteínas de señalización, enzimas y grasas biológicamente activas \
                         que actúan directamente sobre las células.",
                    ),
                ],
            ]),
            subheading("Qué se espera que hagan en la piel"),
            paragraph(vec![
                text(
                    "El objetivo es que esta carga estimule a las células de la piel a producir \
                     más colágeno, reparar daños y renovar el tejido más rápido",
                ),
                overview(),
                text(
                    ". Esa es la intención detrás de todos los productos. Que un vial concreto \
                     la cumpla depende de lo que realmente contiene, y eso depende sobre todo \
                     de su origen y del cuidado con que se fabricó.",
                ),
            ]),
        ],
    )
}

fn source_cell() -> Section {
    fold(
        "source-cell",
        "Por qué importa la célula de origen",
        vec![
            paragraph(vec![
                text(
                    "Las vesículas llevan las señales de la célula que las produjo, de modo que \
                     el tipo de célula con que se elabora una preparación determina en gran \
                     medida lo que puede hacer",
                ),
                overview(),
                text(". Las células de origen de las que probablemente oirá hablar:"),
            ]),
            Block::Cards(vec![
                card(
                    "Células madre mesenquimales (MSC)",
                    vec![
                        text(
                            "De todas las células de origen, son las más investigadas en \
                             medicina regenerativa. Los factores de crecimiento y el microARN \
                             de sus vesículas son la combinación que se asocia con la \
                             reparación de tejidos y con la regulación del sistema inmunitario \
                             (inmunomodulación)",
                        ),
                        overview(),
                        text("."),
                    ],
                    vec![],
                ),
                card(
                    "Células de placenta",
                    vec![
                        text("También se usan en preparaciones estéticas"),
                        overview(),
                        text(
                            ". El artículo de resumen no las compara en detalle con otras \
                             células de origen.",
                        ),
                    ],
                    vec![],
                ),
                card(
                    "Células de membrana amniótica",
                    vec![
                        text("Otra célula de origen que se usa en productos estéticos"),
                        overview(),
                        text(", también sin una comparación detallada en el artículo de resumen."),
                    ],
                    vec![],
                ),
                card(
                    "Células vegetales",
                    vec![
                        text(
                            "Según el artículo de resumen, las vesículas producidas por \
                             plantas transmiten señales entre células con menos fuerza que las \
                             producidas por células humanas",
                        ),
                        overview(),
                        text(
                            ". Compruebe de qué tipo de célula proviene un producto antes de \
                             comparar precios.",
                        ),
                    ],
                    vec![],
                ),
            ]),
            subheading("Qué significa “bien caracterizado”"),
            paragraph(vec![
                text(
                    "Una preparación está bien caracterizada cuando su fabricante ha medido y \
                     dejado por escrito lo que contiene cada lote: cuántas partículas hay, cómo \
                     se distribuyen sus tamaños y qué proteínas marcadoras tienen en la \
                     superficie",
                ),
                overview(),
                text(
                    ". Estos son los datos que, según el artículo de resumen, conviene pedirle \
                     a su clínica que le muestre del lote que piensa usar.",
                ),
            ]),
            paragraph(vec![
                text(
                    "Los investigadores ya coinciden en lo que debe incluir una descripción así. \
                     Las pautas MISEV2018 de la Sociedad Internacional de Vesículas \
                     Extracelulares (ISEV) piden medir el número de partículas y detectar al \
                     menos tres proteínas marcadoras que deben estar presentes: al menos una situada \
                     en la membrana de la vesícula (normalmente una de las tetraspaninas CD9, \
                     CD63 y CD81) y al menos una de su interior, además de un control del \
                     material que no debería estar ahí",
                ),
                cite(MISEV2018, "MISEV2018"),
                text(
                    ". Las pautas actualizadas MISEV2023 prefieren el nombre general \
                     “vesículas extracelulares” y desaconsejan etiquetas como “de tipo \
                     exosoma”",
                ),
                cite(MISEV2023, "MISEV2023"),
                text(
                    ". Estas pautas se escribieron para la investigación, no para las \
                     clínicas, pero le ofrecen una referencia razonable. Esta página sigue \
                     diciendo “exosomas” porque es la palabra que verá en las listas de \
                     servicios de las clínicas.",
                ),
            ]),
        ],
    )
}

fn delivery_methods(figures: &PublishedFigures) -> Section {
    fold(
        "delivery-methods",
        "Métodos de aplicación",
        vec![
            paragraph(vec![
                text(
                    "La capa más externa de la piel es su principal barrera. Los exosomas se \
                     extienden sobre la piel justo después de un procedimiento que abre \
                     canales diminutos a través de esa capa, o bien se inyectan. Con la \
                     primera opción, el tiempo de recuperación depende sobre todo del \
                     procedimiento",
                ),
                overview(),
                text("."),
            ]),
            Block::Cards(vec![
                card(
                    "Sobre la piel, después de un tratamiento con microagujas (microneedling)",
                    vec![
                        text(
                            "Es la opción más habitual. Primero, unas agujas finas abren \
                             canales pasajeros a través de la capa externa de la piel (el \
                             estrato córneo); justo después se extiende el producto de \
                             exosomas, que llega a las capas vivas de debajo a través de esos \
                             canales. El objetivo es potenciar la respuesta de la propia piel \
                             a las microagujas",
                        ),
                        overview(),
                        text("."),
                    ],
                    vec![
                        fact(
                            "Tiempo de recuperación",
                            vec![
                                text(&format!(
                                    "{} horas, sobre todo por el propio tratamiento con \
                                     microagujas",
                                    span_of(figures.microneedling_hours)
                                )),
                                overview(),
                            ],
                        ),
                        fact(
                            "Precio publicado",
                            vec![
                                text(&format!(
                                    "{} por una sesión; {} por una serie de {} {}",
                                    figures.range(figures.one_session),
                                    figures.range(figures.series),
                                    figures.series_sessions,
                                    Lang::Es.plural(figures.series_sessions, "sesión", "sesiones"),
                                )),
                                overview(),
                            ],
                        ),
                    ],
                ),
                card(
                    "Sobre la piel, después de un tratamiento con láser fraccionado",
                    vec![
                        text(
                            "La misma idea, pero con un láser que abre los canales en lugar de \
                             las agujas; el artículo de resumen menciona láseres ablativos y \
                             fraccionados",
                        ),
                        overview(),
                        text(
                            ". La cifra de tiempo de recuperación de abajo es la que da para el \
                             láser fraccionado; para el láser ablativo no da ninguna.",
                        ),
                    ],
                    vec![
                        fact(
                            "Tiempo de recuperación",
                            vec![
                                text(&format!(
                                    "{} días después del láser fraccionado, sobre todo por el \
                                     tratamiento con láser",
                                    span_of(figures.laser_days)
                                )),
                                overview(),
                            ],
                        ),
                        fact(
                            "Precio publicado",
                            vec![text(
                                "El artículo de resumen no lo indica, y este estimador no \
                                 inventa ninguno.",
                            )],
                        ),
                    ],
                ),
                card(
                    "Inyección en la piel o justo debajo de ella",
                    vec![
                        text(
                            "El producto se introduce directamente en el tejido, en muchos \
                             depósitos pequeños repartidos por la zona tratada, de forma \
                             parecida a otras inyecciones destinadas a estimular la piel. No \
                             hace falta aplicar antes microagujas ni láser, así que puede \
                             hacerse por sí sola, pero requiere un producto estéril fabricado \
                             para inyección",
                        ),
                        overview(),
                        text(
                            ". En EE. UU., los exosomas inyectados están en una zona gris \
                             regulatoria: consulte ",
                        ),
                        // The link's own last period ends the sentence.
                        link("regulation", "Regulación en EE. UU."),
                    ],
                    vec![
                        fact(
                            "Tiempo de recuperación",
                            vec![
                                text(
                                    "Sin cifra: el artículo de resumen no da un tiempo de \
                                     recuperación para la inyección. Las reacciones que sí \
                                     menciona (en el lugar donde entró la aguja, moretones, \
                                     enrojecimiento pasajero) provienen de su lista de riesgos \
                                     de los productos bien caracterizados, no de un tiempo de \
                                     recuperación",
                                ),
                                overview(),
                                text("."),
                            ],
                        ),
                        fact(
                            "Precio publicado",
                            vec![
                                text(&format!(
                                    "{} por tratamiento para un inyectable de alta potencia \
                                     derivado de MSC; según el artículo de resumen, “puede” \
                                     costar esto en consultorios especializados",
                                    figures.range(figures.injectable)
                                )),
                                overview(),
                            ],
                        ),
                    ],
                ),
                card(
                    "En el cuero cabelludo, para la caída del cabello",
                    vec![
                        text(
                            "La aplicación de exosomas en el cuero cabelludo para la caída del \
                             cabello hereditaria (alopecia androgenética) todavía está en \
                             estudio activo",
                        ),
                        overview(),
                        text(". No es un tratamiento establecido."),
                    ],
                    vec![
                        fact(
                            "Tiempo de recuperación",
                            vec![text("El artículo de resumen no lo indica.")],
                        ),
                        fact(
                            "Precio publicado",
                            vec![text(
                                "El artículo de resumen no lo indica, así que el estimador no \
                                 muestra ninguno.",
                            )],
                        ),
                    ],
                ),
            ]),
        ],
    )
}

fn who_it_may_suit() -> Section {
    fold(
        "who-it-may-suit",
        "A quién puede convenirle",
        vec![
            paragraph(vec![
                text("El artículo de resumen"),
                overview(),
                text(" menciona cuatro tipos de pacientes que considera candidatos:"),
            ]),
            Block::List(vec![
                vec![text(
                    "Personas que se hacen un tratamiento con microagujas o con láser fraccionado y \
                     quieren sanar más rápido y sacar más provecho del procedimiento.",
                )],
                vec![text(
                    "Personas cuya piel ha cambiado en general, y se ha vuelto más fina, más \
                     flácida o con líneas finas, y que buscan un enfoque biológico destinado a \
                     estimular la regeneración.",
                )],
                vec![text(
                    "Personas que van a operarse, como complemento para acelerar la \
                     cicatrización de las heridas. Eso es el tratamiento de una afección, no un \
                     uso cosmético.",
                )],
                vec![text(
                    "Personas con caída del cabello hereditaria, aunque el tratamiento del \
                     cuero cabelludo todavía está en estudio y no es un tratamiento \
                     establecido, y tratar la caída del cabello es el tratamiento de una \
                     afección, no un uso cosmético.",
                )],
            ]),
            note(vec![text(
                "Si alguno de estos tratamientos es adecuado para usted, teniendo en cuenta su \
                 piel, su salud y los medicamentos que tome, debe decidirlo un profesional de \
                 la salud calificado después de una consulta en persona.",
            )]),
        ],
    )
}

fn risks() -> Section {
    fold(
        "risks",
        "Los riesgos dependen de la preparación",
        vec![
            paragraph(vec![text(
                "Lo seguro que sea un tratamiento depende menos de la palabra “exosoma” que del \
                 producto concreto que hay en el vial y de lo bien que se ha descrito y \
                 fabricado.",
            )]),
            subheading("Con una preparación bien caracterizada"),
            paragraph(vec![
                text(
                    "Los riesgos se describen como mínimos: una reacción en el lugar de la \
                     inyección, moretones y un enrojecimiento que desaparece",
                ),
                overview(),
                text("."),
            ]),
            subheading("Con una preparación mal caracterizada"),
            paragraph(vec![
                text(
                    "Cuando nadie puede decir con exactitud qué contiene el producto, el \
                     artículo de resumen menciona tres riesgos teóricos",
                ),
                overview(),
                text(":"),
            ]),
            Block::List(vec![
                vec![text(
                    "el sistema inmunitario puede reaccionar a proteínas que contiene y que \
                     nadie ha identificado;",
                )],
                vec![text(
                    "puede llevar microbios, si se fabricó sin el cuidado suficiente;",
                )],
                vec![text(
                    "el microARN que contiene y que nadie ha identificado puede actuar de \
                     formas que nadie puede prever.",
                )],
            ]),
            paragraph(vec![
                text(
                    "Se han notificado daños reales con productos no aprobados: en diciembre de \
                     2019, la FDA (la agencia del gobierno de EE. UU. que regula los \
                     medicamentos) describió eventos adversos graves en pacientes de Nebraska \
                     que habían recibido productos que se vendían como productos con exosomas",
                ),
                fda_cite(FDA_NOTIFICATION, "FDA", FDA_SAFETY_NOTIFICATION_2019),
                text("."),
            ]),
            subheading("El mayor riesgo es no saber qué le están aplicando"),
            paragraph(vec![
                text(
                    "Los productos del mercado varían mucho, y algunos se fabrican con muy poco \
                     control de calidad. El artículo de resumen señala esta falta de \
                     uniformidad como el principal riesgo del mercado de los exosomas",
                ),
                overview(),
                text(
                    ". La protección más sencilla es pedirle a su clínica el número de \
                     partículas, la distribución de tamaños y los marcadores de superficie del \
                     lote (vea ",
                ),
                link("source-cell", "Por qué importa la célula de origen"),
                text("). Un profesional serio debería poder responder."),
            ]),
        ],
    )
}

fn regulation() -> Section {
    fold(
        "regulation",
        "Regulación en EE. UU. (2026)",
        vec![
            Block::List(vec![
                vec![
                    text(
                        "En 2026, la FDA no había dado la aprobación completa a ningún producto de \
                         exosomas, ni como medicamento ni como producto biológico, para \
                         tratamientos estéticos",
                    ),
                    overview(),
                    text(
                        ". La propia FDA ha dicho que no hay productos de exosomas aprobados \
                         por la FDA, y que los exosomas que se usan para tratar enfermedades o \
                         afecciones en personas se regulan como medicamentos y productos \
                         biológicos, que necesitan la revisión y la aprobación de la FDA antes \
                         de venderse",
                    ),
                    fda_cite(FDA_NOTIFICATION, "FDA", FDA_SAFETY_NOTIFICATION_2019),
                    fda_cite(FDA_CONSUMER, "FDA", FDA_CONSUMER_ALERT_2020),
                    text("."),
                ],
                vec![
                    text(
                        "Según el artículo de resumen, las guías de la FDA indican que las \
                         preparaciones elaboradas con células humanas o animales probablemente \
                         necesitan solicitar un IND (el permiso de la FDA para probar un \
                         medicamento nuevo en personas), que es la vía para probar en personas \
                         un producto no aprobado bajo la supervisión de la FDA",
                    ),
                    overview(),
                    text("."),
                ],
                vec![
                    text(
                        "Por eso, si una clínica de EE. UU. le ofrece inyectarle exosomas, lo \
                         que ofrece está en una zona gris regulatoria, y usted tiene derecho a \
                         saberlo antes de decidir",
                    ),
                    overview(),
                    text("."),
                ],
                vec![
                    text(
                        "Los productos de exosomas hechos para aplicarse sobre la piel y \
                         vendidos sin prometer ningún efecto médico se rigen por las normas de los \
                         cosméticos y los productos de cuidado personal, y se consiguen con más \
                         facilidad",
                    ),
                    overview(),
                    text(
                        ". Que un producto se venda como cosmético no significa que se haya \
                         aprobado como tratamiento, y un producto que afirma tratar una \
                         afección, como la caída del cabello, ya no entra en esa categoría. No \
                         encontramos ningún documento de la FDA que trate específicamente de \
                         los exosomas aplicados sobre la piel después de microagujas.",
                    ),
                ],
            ]),
            subheading("Lo que la FDA sugiere hacer"),
            Block::List(vec![
                vec![
                    text("Pregunte si la FDA ha revisado el tratamiento y pida su número de IND"),
                    fda_cite(FDA_MEDWATCH, "FDA MedWatch", FDA_MEDWATCH_ALERT_2019),
                    text("."),
                ],
                vec![
                    text(
                        "Si tiene un efecto secundario, puede notificarlo al programa MedWatch \
                         de la FDA",
                    ),
                    fda_cite(FDA_CONSUMER, "FDA", FDA_CONSUMER_ALERT_2020),
                    text("."),
                ],
                vec![
                    text(
                        "Considere una señal de alerta que le pidan pagar por un producto no \
                         aprobado fuera de un ensayo clínico",
                    ),
                    cite(
                        FDA_PATIENT,
                        "información de la FDA para pacientes y consumidores",
                    ),
                    text("."),
                ],
            ]),
            subheading("Los documentos de la FDA"),
            Block::List(fda_documents().into()),
        ],
    )
}

/// The FDA's documents, each with its publisher and date as published, as listed in the
/// regulation section and in the sources.
/// A citation of an FDA document by its issuer and its date, the date written as this
/// language writes dates (the caveats of the calculator write it the same way).
fn fda_cite(anchor: &'static str, issuer: &str, reference: Reference) -> Span {
    cite(anchor, &format!("{issuer}, {}", reference_date(reference)))
}

fn fda_documents() -> [Vec<Span>; 4] {
    let dated = |reference: Reference| {
        fda_document(
            reference,
            &format!(", {}, {}.", reference.publisher, reference_date(reference)),
        )
    };
    [
        dated(FDA_SAFETY_NOTIFICATION_2019),
        dated(FDA_MEDWATCH_ALERT_2019),
        dated(FDA_CONSUMER_ALERT_2020),
        fda_document(
            FDA_PATIENT_INFORMATION,
            &format!(
                ", {}; la página no confirma la fecha (una copia publicada de nuevo la sitúa \
                 en junio de 2021).",
                FDA_PATIENT_INFORMATION.publisher
            ),
        ),
    ]
}

fn faq(figures: &PublishedFigures) -> Section {
    let (_, typical_max) = figures.typical_sessions;
    let (_, weeks_max) = figures.results_weeks;
    open(
        "faq",
        "Preguntas frecuentes",
        vec![Block::Faq(vec![
            question(
                "¿Están aprobados por la FDA los tratamientos con exosomas?",
                vec![vec![
                    text(
                        "No. En 2026, ningún producto de exosomas tiene la aprobación completa \
                         de la FDA para uso estético",
                    ),
                    overview(),
                    text(
                        ", y la FDA ha declarado que no hay ningún producto de exosomas \
                         aprobado",
                    ),
                    fda_cite(FDA_CONSUMER, "FDA", FDA_CONSUMER_ALERT_2020),
                    text(
                        ". Las preparaciones inyectables elaboradas con células humanas \
                         probablemente necesitan solicitar un IND, mientras que los \
                         productos que se aplican sobre la piel sin prometer efectos médicos \
                         se venden como cosméticos",
                    ),
                    overview(),
                    text(
                        ". Pregúntele a su clínica por la situación regulatoria del producto \
                         exacto que piensa usar. Más información en ",
                    ),
                    // The link's own last period ends the sentence.
                    link("regulation", "Regulación en EE. UU."),
                ]],
            ),
            question(
                "¿En qué se diferencian los exosomas del PRP?",
                vec![vec![
                    text(
                        "La diferencia está en el origen del material. Para el PRP (plasma rico \
                         en plaquetas), la clínica le extrae sangre y concentra su plasma, \
                         cuyas plaquetas liberan factores de crecimiento; no se introduce nada \
                         de otra persona, y las normas que lo rigen están bien establecidas. Un \
                         producto de exosomas se fabrica industrialmente a partir de células de \
                         un donante, y sus vesículas pueden transportar más tipos de carga: \
                         factores de crecimiento, pero también microARN y ARN mensajero. Cada \
                         uno busca la regeneración a su manera",
                    ),
                    overview(),
                    text("."),
                ]],
            ),
            question(
                "¿Cuántos tratamientos voy a necesitar?",
                vec![vec![
                    text(&format!(
                        "Un plan típico empieza con {} {}. Si su tratamiento combina exosomas \
                         con microagujas, puede aplicarse una vez al mes durante 3 meses. Dele \
                         tiempo a cada tratamiento: los resultados pueden seguir \
                         evolucionando durante {} {} después",
                        span_of(figures.typical_sessions),
                        Lang::Es.plural(typical_max, "tratamiento", "tratamientos"),
                        span_of(figures.results_weeks),
                        Lang::Es.plural(weeks_max, "semana", "semanas"),
                    )),
                    overview(),
                    text(". Su profesional de la salud le propondrá un plan para su piel."),
                ]],
            ),
            question(
                "¿Por qué varían tanto los precios?",
                vec![
                    vec![
                        text(
                            "El artículo de resumen atribuye esta variación a la gran cantidad \
                             de productos y protocolos distintos que se ofrecen",
                        ),
                        overview(),
                        text(&format!(
                            ". Las cifras que da: {} por una sesión de microagujas con \
                             exosomas; {}, normalmente, por {} {} de este tipo; y {} por \
                             tratamiento para un inyectable de alta potencia derivado de MSC en \
                             consultorios especializados, que es lo que, según el artículo, \
                             “puede” costar un producto así",
                            figures.range(figures.one_session),
                            figures.range(figures.series),
                            figures.series_sessions,
                            Lang::Es.plural(figures.series_sessions, "sesión", "sesiones"),
                            figures.range(figures.injectable),
                        )),
                        overview(),
                        text(
                            ". Todos los demás precios de este estimador se calculan a partir \
                             de estos con una regla que se indica junto a la cifra",
                        ),
                        text(
                            ". El artículo de resumen no da ningún precio para los exosomas \
                             después de láser fraccionado ni para el tratamiento del cuero \
                             cabelludo, así que este estimador tampoco.",
                        ),
                    ],
                    vec![
                        text(
                            "El artículo de resumen relaciona parte de esa variación con \
                             diferencias en la calidad de los productos, y pide que un precio \
                             lleve a hacer preguntas sobre cómo está caracterizado el producto, \
                             en lugar de evitarlas",
                        ),
                        overview(),
                        text(
                            ". Así que, sea cual sea el precio, pida los datos de análisis del \
                             lote.",
                        ),
                    ],
                    vec![
                        text(
                            "No encontramos ninguna encuesta de precios de exosomas revisada \
                             por expertos ni hecha por una sociedad profesional. Un estudio de \
                             2023 sobre un campo relacionado, la cirugía estética, encontró que \
                             los precios que 66 consultorios publicaban eran, en su mayoría, más \
                             altos que los promedios de las encuestas nacionales de honorarios",
                        ),
                        cite(ASJ, "Aesthetic Surgery Journal, 2023"),
                        text(
                            ". Es una de las razones por las que este estimador muestra rangos \
                             con sus fuentes en lugar de un único precio “promedio”.",
                        ),
                    ],
                ],
            ),
            question(
                "¿Este estimador envía mis respuestas a alguna parte?",
                vec![vec![text(
                    "No. El estimador funciona por completo en su navegador. Nada de lo que \
                     ingrese se envía a ninguna parte, se guarda ni se rastrea.",
                )]],
            ),
        ])],
    )
}

fn sources() -> Section {
    let [notification, medwatch, consumer, patient] = fda_documents();
    fold(
        SOURCES_SECTION,
        "Fuentes",
        vec![
            paragraph(vec![text(
                "Cada cifra de precio, de tiempo de recuperación y de calendario de este \
                 estimador está tomada del artículo de resumen (2026) o calculada a partir de \
                 sus cifras con una regla que se indica junto a ella, y cada una está marcada \
                 como una cosa o la otra. Ninguna es un presupuesto: pídale a cada clínica su \
                 propio precio por escrito.",
            )]),
            Block::Sources(vec![
                source(
                    OVERVIEW,
                    vec![text(
                        "RegenClinics.org (2026), un artículo de resumen sobre la terapia con \
                         exosomas en la medicina estética y regenerativa. RegenClinics.org es un \
                         directorio de clínicas (un especialista verificado por ciudad), no una \
                         revista médica ni un organismo regulador. Es la fuente de todas las \
                         cifras predeterminadas de precio, de tiempo de recuperación y de \
                         calendario de tratamiento. La copia que usamos no tiene título propio \
                         ni dirección web.",
                    )],
                ),
                source(FDA_NOTIFICATION, notification),
                source(FDA_MEDWATCH, medwatch),
                source(FDA_CONSUMER, consumer),
                source(FDA_PATIENT, patient),
                source(
                    MISEV2018,
                    vec![
                        text(
                            "Théry C, Witwer KW, et al. MISEV2018, pautas de la Sociedad \
                             Internacional de Vesículas Extracelulares. ",
                        ),
                        work_title("Journal of Extracellular Vesicles"),
                        text(" 2018;7(1):1535750. "),
                        external(MISEV2018_URL, "doi:10.1080/20013078.2018.1535750"),
                    ],
                ),
                source(
                    MISEV2023,
                    vec![
                        text(
                            "Welsh JA, et al. MISEV2023, pautas de la Sociedad \
                             Internacional de Vesículas Extracelulares. ",
                        ),
                        work_title("Journal of Extracellular Vesicles"),
                        text(" 2024;13(2):e12404. "),
                        external(MISEV2023_URL, "doi:10.1002/jev2.12404"),
                    ],
                ),
                source(
                    ASJ,
                    vec![
                        text("Estudio de los precios de cirugía estética publicados por 66 consultorios. "),
                        work_title("Aesthetic Surgery Journal"),
                        text(" 2023;43(9):1036."),
                    ],
                ),
            ]),
        ],
    )
}
