//! The calculator's components. Each gets display-ready data from `estimator_core::view` and
//! callbacks; none computes a figure or holds the reducer.

mod answer;
mod controls;
mod figures;
mod financing;
mod planner_parts;
mod questions;
mod result;
mod timeline;

pub use answer::AnswerBar;
pub use controls::Controls;
pub use financing::{BookingAction, FinancingSection};
pub use planner_parts::{
    CompareTable, Notices, PlanSection, PrintSource, QuoteCheck, ScenarioTabs, ShareBar,
};
pub use questions::Questions;
pub use result::ResultPanel;
