//! User input for one mounted estimator: a reducer over the core's `PlannerInput`.
//!
//! Only what the person entered lives here. Everything shown is derived from it (memoised in
//! the component) and never stored. `reduce` only calls the core's pure `apply`: no side
//! effects.

use estimator_core::planner::{PlannerAction, PlannerInput};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormState {
    pub input: PlannerInput,
}

impl Reducible for FormState {
    type Action = PlannerAction;

    fn reduce(self: Rc<Self>, action: PlannerAction) -> Rc<Self> {
        let input = self.input.apply(action);
        if input == self.input {
            self
        } else {
            Rc::new(FormState { input })
        }
    }
}
