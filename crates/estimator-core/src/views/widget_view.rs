//! Every sentence the embedded widget shows around the calculator: whose estimator it is,
//! whose prices, the clinic's call to action, where a framed configuration came from, that the
//! estimator is not yet written in the locale's language where it is not, and the privacy
//! line, with the language they are in. The shell renders these fields and composes none of
//! its own.

#[cfg(feature = "clinic")]
use crate::clinic_config::ClinicConfig;
#[cfg(feature = "clinic")]
use crate::lang::Lang;
#[cfg(feature = "clinic")]
use crate::view::book_label;
#[cfg(feature = "clinic")]
use crate::words::language_names::language_name;
#[cfg(feature = "clinic")]
use crate::words::widget::WidgetWords;
#[cfg(feature = "clinic")]
use crate::words::words;

/// Where the configuration of an iframe page (`embed.html#config=…`) came from. A clinic's
/// own page embeds the widget with its own configuration; the iframe page runs on the
/// estimator's origin, so anything it shows from a fragment must say whose it is.
#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Supplier {
    /// Configured by the clinic's own page (the element or the JavaScript API).
    HostPage,
    /// An iframe configured by the page that frames it; the origin when the browser reports
    /// it, never one the fragment claims.
    FramingPage { origin: Option<String> },
    /// The iframe page opened directly, with a configuration in the link itself.
    Link,
}

#[cfg(feature = "clinic")]
impl Supplier {
    /// Reads what the iframe page's loader says: `framing-page` with the origin the browser
    /// reported (or an empty one), `link`, or anything else for the host page. An origin that
    /// is not of the form `scheme://host[:port]` is dropped rather than shown.
    pub fn from_parts(kind: &str, origin: &str) -> Self {
        match kind {
            "framing-page" => Supplier::FramingPage {
                origin: is_origin(origin).then(|| origin.to_owned()),
            },
            "link" => Supplier::Link,
            _ => Supplier::HostPage,
        }
    }
}

/// `https://host`, `http://host:8080`: a scheme, `://`, then letters, digits, `.`, `-`, `:`,
/// `[` and `]` (IPv6), at most 200 characters.
#[cfg(feature = "clinic")]
fn is_origin(text: &str) -> bool {
    let Some((scheme, host)) = text.split_once("://") else {
        return false;
    };
    text.len() <= 200
        && matches!(scheme, "https" | "http")
        && !host.is_empty()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// A booking link and a phone link, with their labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CallToAction {
    pub lead: String,
    /// The label and the address of the booking link.
    pub booking: Option<(String, String)>,
    /// The label and the `tel:` address of the phone link.
    pub phone: Option<(String, String)>,
    /// `_top` inside the iframe page, so that booking and calling leave the frame for the
    /// clinic's own site instead of loading it inside a frame sized for the estimator.
    pub target: Option<String>,
    /// Short labels for the compact action right under the total.
    pub compact_booking_label: String,
    pub compact_phone_label: String,
}

#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetView {
    /// The code of the language every line is in (`en`, `de`), for the `lang` attribute of
    /// the widget's root, so that screen readers read it in that language.
    pub lang: &'static str,
    pub clinic_name: Option<String>,
    pub title: String,
    pub prices_label: String,
    /// Who supplied this configuration, when the page showing it is not the clinic's own.
    pub supplied_by: Option<String>,
    /// That the estimator is not yet available in the language of the clinic's locale, and
    /// which language it is shown in instead; only when the clinic set no `language` (see
    /// [`ClinicConfig::unavailable_locale_language`]).
    pub language_notice: Option<String>,
    pub call_to_action: Option<CallToAction>,
    pub privacy: String,
}

/// The widget's words for a validated configuration, in `lang`.
#[cfg(feature = "clinic")]
pub fn widget_view(config: &ClinicConfig, supplier: &Supplier, lang: Lang) -> WidgetView {
    let words = words(lang).widget;
    let clinic = config.clinic.as_ref();
    let framed = matches!(supplier, Supplier::FramingPage { .. });
    let call_to_action = clinic.and_then(|clinic| {
        let booking = clinic
            .booking_url
            .as_ref()
            .and_then(|url| booking_address(url, supplier))
            .map(|url| ((words.book_with)(&clinic.name), url));
        let phone = match (&clinic.phone, clinic.phone_href()) {
            (Some(phone), Some(href)) => Some(((words.call_number)(phone), href)),
            _ => None,
        };
        (booking.is_some() || phone.is_some()).then(|| CallToAction {
            lead: (words.cta_lead)(&clinic.name),
            booking,
            phone,
            target: framed.then(|| "_top".to_owned()),
            compact_booking_label: words.compact_book.to_owned(),
            compact_phone_label: words.compact_call.to_owned(),
        })
    });
    let clinic_name = clinic.map(|clinic| clinic.name.clone());
    let language_notice = config
        .unavailable_locale_language()
        .map(|code| (words.language_unavailable)(language_name(code)));
    WidgetView {
        lang: lang.code(),
        // The words the estimate view uses for its own price label, in the widget's language
        // (what `ClinicConfig::prices_label` says in the configuration's language).
        prices_label: book_label(&config.book, clinic_name.as_deref(), lang),
        clinic_name,
        title: words.widget_title.to_owned(),
        supplied_by: supplied_by(supplier, words),
        language_notice,
        call_to_action,
        // Exactly true on any host page: the estimator sends nothing, but the page around it
        // runs its own scripts, which can read what is typed in it, as on any web page.
        privacy: words.privacy.to_owned(),
    }
}

/// Where the booking link leads. A path on the clinic's site (`/book`) means the clinic's own
/// site, so inside the iframe page, which runs on the estimator's site, it is resolved against
/// the framing page's origin where the browser reports it, and left out where it does not
/// (it would otherwise open the estimator's site).
#[cfg(feature = "clinic")]
fn booking_address(url: &str, supplier: &Supplier) -> Option<String> {
    if !url.starts_with('/') {
        return Some(url.to_owned());
    }
    match supplier {
        Supplier::FramingPage {
            origin: Some(origin),
        } => Some(format!("{origin}{url}")),
        Supplier::FramingPage { origin: None } | Supplier::Link => None,
        Supplier::HostPage => Some(url.to_owned()),
    }
}

#[cfg(feature = "clinic")]
fn supplied_by(supplier: &Supplier, words: &WidgetWords) -> Option<String> {
    match supplier {
        Supplier::HostPage => None,
        Supplier::FramingPage {
            origin: Some(origin),
        } => Some((words.supplied_by_origin)(origin)),
        Supplier::FramingPage { origin: None } => Some(words.supplied_by_framing_page.to_owned()),
        Supplier::Link => Some(words.supplied_by_link.to_owned()),
    }
}

#[cfg(feature = "clinic")]
#[cfg(test)]
mod tests {
    use super::*;

    fn config(json: &str) -> ClinicConfig {
        ClinicConfig::from_json(json).expect("a valid configuration")
    }

    #[test]
    fn a_clinic_gets_its_call_to_action_and_the_published_book_none() {
        let clinic = config(
            r#"{"clinic":{"name":"Hanbit","booking_url":"https://hanbit.example/book","phone":"+82 2 123 4567"}}"#,
        );
        let view = widget_view(&clinic, &Supplier::HostPage, Lang::En);
        assert_eq!(view.clinic_name.as_deref(), Some("Hanbit"));
        let action = view.call_to_action.expect("a call to action");
        assert_eq!(
            action.booking,
            Some((
                "Book a consultation with Hanbit".to_owned(),
                "https://hanbit.example/book".to_owned()
            ))
        );
        assert_eq!(
            action.phone.map(|(_, href)| href).as_deref(),
            Some("tel:+8221234567")
        );
        assert_eq!(view.supplied_by, None);
        let published = widget_view(&config("{}"), &Supplier::HostPage, Lang::En);
        assert_eq!(published.call_to_action, None);
        assert_eq!(published.clinic_name, None);
    }

    #[test]
    fn a_framed_or_linked_configuration_names_who_supplied_it() {
        let clinic = config(r#"{"clinic":{"name":"Official Clinic (official)"}}"#);
        let framed = widget_view(
            &clinic,
            &Supplier::FramingPage {
                origin: Some("https://clinic.example".to_owned()),
            },
            Lang::En,
        );
        let statement = framed.supplied_by.expect("a statement");
        assert!(
            statement.contains("supplied by https://clinic.example"),
            "{statement}"
        );
        assert!(statement.contains("has not checked them"));
        assert!(
            widget_view(&clinic, &Supplier::FramingPage { origin: None }, Lang::En)
                .supplied_by
                .is_some_and(|text| text.contains("the website showing it"))
        );
        assert!(widget_view(&clinic, &Supplier::Link, Lang::En)
            .supplied_by
            .is_some_and(|text| text.contains("the link you opened")));
    }

    #[test]
    fn inside_the_frame_links_leave_it_and_a_path_is_the_framing_sites() {
        let clinic =
            config(r#"{"clinic":{"name":"Praxis","booking_url":"/termin","phone":"+49 30 1234"}}"#);
        let framed = widget_view(
            &clinic,
            &Supplier::FramingPage {
                origin: Some("https://praxis.example".to_owned()),
            },
            Lang::En,
        )
        .call_to_action
        .expect("a call to action");
        assert_eq!(framed.target.as_deref(), Some("_top"));
        assert_eq!(
            framed.booking.map(|(_, href)| href).as_deref(),
            Some("https://praxis.example/termin")
        );
        let unknown_parent =
            widget_view(&clinic, &Supplier::FramingPage { origin: None }, Lang::En)
                .call_to_action
                .expect("the phone link remains");
        assert_eq!(unknown_parent.booking, None);
        assert!(unknown_parent.phone.is_some());
        let on_the_clinics_page = widget_view(&clinic, &Supplier::HostPage, Lang::En)
            .call_to_action
            .expect("a call to action");
        assert_eq!(on_the_clinics_page.target, None);
        assert_eq!(
            on_the_clinics_page.booking.map(|(_, href)| href).as_deref(),
            Some("/termin")
        );
    }

    #[test]
    fn only_a_well_formed_origin_is_named() {
        assert_eq!(
            Supplier::from_parts("framing-page", "https://clinic.example:8443"),
            Supplier::FramingPage {
                origin: Some("https://clinic.example:8443".to_owned())
            }
        );
        for bad in [
            "",
            "null",
            "javascript:alert(1)",
            "https://a.example/<b>",
            "https://",
        ] {
            assert_eq!(
                Supplier::from_parts("framing-page", bad),
                Supplier::FramingPage { origin: None },
                "{bad}"
            );
        }
        assert_eq!(Supplier::from_parts("link", ""), Supplier::Link);
        assert_eq!(Supplier::from_parts("", ""), Supplier::HostPage);
    }

    /// The widget's view in the language the widget speaks for the configuration, as the shell
    /// asks for it.
    fn spoken(json: &str) -> WidgetView {
        let config = config(json);
        widget_view(&config, &Supplier::HostPage, config.language())
    }

    #[test]
    fn a_locale_whose_language_the_estimator_lacks_is_named_in_english() {
        let seoul = spoken(include_str!("../../../../examples/seoul-clinic.json"));
        assert_eq!(seoul.lang, "en");
        assert_eq!(
            seoul.language_notice.as_deref(),
            Some("This estimator is not yet available in Korean (한국어). It is shown in English.")
        );
        assert_eq!(seoul.title, "Exosome treatment cost estimator");
        // A language the table of names lacks is named generically.
        assert_eq!(
            spoken(r#"{"locale":"mi-NZ"}"#).language_notice.as_deref(),
            Some("This estimator is not yet available in the language of this website. It is shown in English.")
        );
        for (locale, name) in [
            ("ja-JP", "Japanese (日本語)"),
            ("zh-Hant-TW", "Chinese (中文)"),
            ("fr-FR", "French (français)"),
            ("it-IT", "Italian (italiano)"),
            ("pt-BR", "Portuguese (português)"),
            ("pl-PL", "Polish (polski)"),
            ("tr-TR", "Turkish (Türkçe)"),
            ("ar-AE", "Arabic (العربية)"),
            ("ru-RU", "Russian (русский)"),
            ("vi-VN", "Vietnamese (Tiếng Việt)"),
            ("fil-PH", "Filipino."),
        ] {
            let view = spoken(&format!(r#"{{"locale":"{locale}"}}"#));
            let notice = view.language_notice.unwrap_or_default();
            assert!(
                notice.contains(&format!("available in {name}")),
                "{locale}: {notice}"
            );
            assert_eq!(view.lang, "en", "{locale}");
        }
    }

    #[test]
    fn no_notice_when_the_widget_speaks_the_locales_language_or_the_clinics_choice() {
        for json in [
            "{}",
            r#"{"locale":"en-GB"}"#,
            r#"{"locale":"de-DE"}"#,
            r#"{"locale":"es-419"}"#,
            r#"{"locale":"ko-KR","language":"en"}"#,
            r#"{"locale":"ko-KR","language":"de"}"#,
        ] {
            assert_eq!(spoken(json).language_notice, None, "{json}");
        }
    }

    #[test]
    fn the_widget_speaks_the_configurations_language() {
        let berlin =
            spoken(r#"{"clinic":{"name":"Praxis","phone":"+49 30 1234"},"locale":"de-DE"}"#);
        assert_eq!(berlin.lang, "de");
        assert_eq!(berlin.title, "Kostenrechner für Exosomenbehandlungen");
        assert_eq!(
            berlin
                .call_to_action
                .and_then(|action| action.phone)
                .map(|(label, _)| label)
                .as_deref(),
            Some("+49 30 1234 anrufen")
        );
        let spanish = spoken(r#"{"locale":"en-US","language":"es"}"#);
        assert_eq!(spanish.lang, "es");
        assert_eq!(
            spanish.title,
            "Estimador de costos del tratamiento con exosomas"
        );
        assert_eq!(spoken(r#"{"locale":"de-DE","language":"en"}"#).lang, "en");
    }

    #[test]
    fn the_privacy_line_promises_only_what_the_estimator_controls() {
        let privacy = widget_view(&config("{}"), &Supplier::HostPage, Lang::En).privacy;
        assert!(privacy.contains("The estimator itself sends nothing"));
        assert!(privacy.contains("can see what you type"));
        assert!(!privacy.contains("anyone else"));
    }
}
