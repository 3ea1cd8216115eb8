//! The calculator's components. Each gets display-ready data from `estimator_core::view` and
//! callbacks; none computes a figure or holds the reducer.

mod controls;
mod figures;
mod questions;
mod result;

pub use controls::Controls;
pub use questions::Questions;
pub use result::ResultPanel;
