//! The book: what is read in and checked before anything is estimated.
//!
//! - `price_book`: the types of a price book and the published one, compiled in at build time.
//! - `clinic_config`: the types of a clinic's configuration.
//! - `problem`: a problem at a path, the one shape every rejection takes, and the quoting of
//!   untrusted text in its messages.
//! - behind the `clinic` feature, which only the widget and a clinic's single file build:
//!   `read_json` (a path-tracking reader over `serde_json`), `read_price_book` and
//!   `check_price_book` (`PriceBook::from_json`), `read_clinic_config` (a clinic's file) with
//!   `read_booking` and `read_financing`, the parts of it the planner then shows.

pub mod clinic_config;
pub mod price_book;
pub mod problem;
mod published;

#[cfg(test)]
mod hand_built_book_tests;

#[cfg(feature = "clinic")]
pub(crate) mod check_price_book;
#[cfg(feature = "clinic")]
pub(crate) mod read_booking;
#[cfg(feature = "clinic")]
mod read_clinic_config;
#[cfg(feature = "clinic")]
pub(crate) mod read_financing;
#[cfg(feature = "clinic")]
pub mod read_json;
#[cfg(feature = "clinic")]
mod read_price_book;

/// The problem helpers under the name the rest of the core uses, with the JSON reader's own
/// functions when the `clinic` feature builds it.
pub mod json_reader {
    #[cfg(not(feature = "clinic"))]
    pub use super::problem::*;
    #[cfg(feature = "clinic")]
    pub use super::read_json::*;
}
