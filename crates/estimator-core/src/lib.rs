//! The pure core of the exosome treatment cost estimator.
//!
//! It owns every figure and every sentence the calculator shows: the price book and its
//! validation ([`price_book`]), the estimate ([`estimate`]), form input ([`form`]) and the
//! display-ready view model ([`view`]). It does no I/O, knows nothing of browsers, and has no
//! panic path on any input, so the shell that renders it has nothing to get wrong.

pub mod api;
pub mod booking;
pub mod calendar;
pub mod clinic_config;
pub mod compare;
pub mod content;
pub mod estimate;
pub mod financing;
pub mod form;
pub mod json_reader;
pub mod limits;
pub mod money;
pub mod plan;
pub mod planner;
pub mod price_book;
pub mod quote;
pub mod readability;
pub mod share;
pub mod view;
pub mod widget_input;
pub mod widget_view;

pub use estimate::{estimate, estimate_with, LotData, Request};
pub use form::RawInput;
pub use json_reader::Problem;
pub use limits::{MAX_SESSIONS, MIN_SESSIONS};
pub use money::{MoneyFormat, MoneyRange, PlainFormatter};
pub use price_book::PriceBook;
pub use view::{page_view, PageView};
