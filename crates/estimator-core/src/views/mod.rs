//! The views: everything a person reads, display-ready, and the plain objects of the clinics'
//! JavaScript API. The shell renders these and composes nothing. What only the widget needs
//! (the API's serialised answers, the loader's problems, the words around a clinic's widget) is
//! behind the `clinic` feature.

pub mod api;
pub mod content;
pub mod early_answers;
pub mod explanations;
pub mod view;
#[cfg(feature = "clinic")]
pub mod widget_input;
pub mod widget_view;
