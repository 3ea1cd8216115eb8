//! The pure core of the exosome treatment cost estimator.
//!
//! It owns every figure and every sentence the calculator shows. Its folders are its layers,
//! each using only those before it: the [`book`] (the price book, its reader and a clinic's
//! configuration), the [`estimate`] (a validated request in, costs and caveats out), the
//! [`planner`] (scenarios, dates, a quote, a share link) and the [`views`] (display-ready
//! text); above them all, the [`checks`] that the tests and fuzz targets run over every state.
//! It does no I/O, knows nothing of browsers, and has no panic path on any input, so the shell
//! that renders it has nothing to get wrong.
//!
//! The `clinic` feature adds what only the widget and a clinic's single file need: the JSON
//! reader (`PriceBook::from_json`), a clinic's configuration and the JavaScript API's
//! serialised answers. The page leaves it off and uses the published book, compiled in.
//!
//! Every module is also re-exported at the crate root under its own name
//! (`estimator_core::price_book`, `estimator_core::view`, ...), the paths the shell, the
//! widget and the tests use.

pub mod book;
pub mod checks;
pub mod estimate;
pub mod lang;
pub mod limits;
pub mod money;
pub mod planner;
pub mod views;
pub mod words;

pub use book::{clinic_config, json_reader, price_book};
#[cfg(feature = "lang-en")]
pub use checks::readability;
pub use checks::whole_table;
pub use estimate::form;
pub use planner::{booking, calendar, compare, financing, plan, quote, share};
#[cfg(feature = "clinic")]
pub use views::widget_input;
pub use views::{api, content, early_answers, explanations, view, widget_view};

pub use estimate::{estimate, estimate_with, LotData, Request};
pub use form::RawInput;
pub use json_reader::Problem;
pub use lang::Lang;
pub use limits::{MAX_SESSIONS, MIN_SESSIONS};
pub use money::{MoneyFormat, MoneyRange, PlainFormatter};
pub use price_book::PriceBook;
pub use view::{page_view, PageView};
