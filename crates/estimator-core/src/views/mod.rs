//! The views: everything a person reads, display-ready, and the plain objects of the clinics'
//! JavaScript API. The shell renders these and composes nothing.

pub mod api;
pub mod content;
pub mod view;
pub mod widget_input;
pub mod widget_view;
