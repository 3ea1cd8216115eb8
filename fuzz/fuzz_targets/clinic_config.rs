//! `ClinicConfig::from_json` on any text; for a configuration it accepts, everything the page
//! derives from it (label, theme properties, phone link) and the estimate walk over its own
//! book; for one it rejects, the error panel.
#![no_main]

use estimator_core::clinic_config::{
    config_error_view, to_css_custom_properties, BookOrigin, ClinicConfig,
};
use estimator_core_fuzz::{check_book, check_problems};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match ClinicConfig::from_json(&text) {
        Ok(config) => {
            assert_eq!(
                config.currency(),
                config.book().currency(),
                "currency differs from the book's"
            );
            assert!(!config.prices_label().is_empty());
            let _properties = to_css_custom_properties(config.theme());
            if let Some(clinic) = config.clinic() {
                let _href = clinic.phone_href();
            }
            // The published book is the same for every configuration without a `price_book`;
            // walking it for each of them would only slow the run. The price_book target's
            // seed corpus holds it.
            if config.book_origin() == BookOrigin::Clinic {
                check_book(config.book());
            }
        }
        Err(problems) => {
            check_problems(&problems);
            let view = config_error_view(&problems);
            assert_eq!(view.problems.len(), problems.len());
        }
    }
});
