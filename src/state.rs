//! User input for one mounted estimator: a reducer over the raw form values.
//!
//! Only what the person typed or chose lives here. The estimate is derived from it (memoised
//! in the component) and never stored, and `reduce` has no side effects.

use estimator_core::form::{step_sessions, RawInput};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormState {
    pub raw: RawInput,
}

pub enum FormAction {
    ChooseMethod(String),
    ChooseTier(String),
    TypeSessions(String),
    /// The "one more" (+1) or "one fewer" (-1) session button.
    StepSessions(i32),
}

impl Reducible for FormState {
    type Action = FormAction;

    fn reduce(self: Rc<Self>, action: FormAction) -> Rc<Self> {
        let mut raw = self.raw.clone();
        match action {
            FormAction::ChooseMethod(method) => raw.method = method,
            FormAction::ChooseTier(tier) => raw.tier = tier,
            FormAction::TypeSessions(text) => raw.sessions = text,
            FormAction::StepSessions(delta) => raw.sessions = step_sessions(&raw.sessions, delta),
        }
        if raw == self.raw {
            self
        } else {
            Rc::new(FormState { raw })
        }
    }
}
