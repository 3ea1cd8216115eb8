//! The calculator's components. Each gets display-ready data from `estimator_core::view` and
//! callbacks; none computes a figure or holds the reducer.
//!
//! A list is drawn with [`list`], never with the `for` keyword of `html!`. Yew spreads a
//! `for` list's items among their siblings and pairs unkeyed children from the end, so a list
//! whose length changed made every sibling before it be rebuilt instead of updated: a change
//! of delivery method rebuilt the whole timeline, about 170 elements. Through `list`, the
//! items are one child, and their siblings keep their elements. A test below holds every
//! component to this. (The page's content outside the calculator, `crate::content`, is
//! prerendered HTML that the wasm never draws, so it keeps the `for`.)

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

use std::rc::Rc;
use yew::virtual_dom::VList;
use yew::Html;

/// A list's items as one child of their parent (see this module's comment for why).
pub(crate) fn list(items: impl IntoIterator<Item = Html>) -> Html {
    one_child(items.into_iter().collect())
}

/// The part of [`list`] that is the same for every list, compiled once rather than at each
/// place a list is drawn.
#[inline(never)]
fn one_child(items: Vec<Html>) -> Html {
    Html::VList(Rc::new(VList::with_children(items, None)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_list_is_spread_among_its_siblings() {
        // The components are one flat folder of `.rs` files.
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
        let sources: Vec<_> = std::fs::read_dir(&folder)
            .expect("the components can be listed")
            .map(|entry| entry.expect("a directory entry").path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
            .collect();
        assert!(sources.len() > 5, "the components were found: {sources:?}");
        // Built from two parts, so that this file does not name what it looks for.
        let spread = ["{ ", "for "].concat();
        let offenders: Vec<String> = sources
            .iter()
            .flat_map(|path| {
                let text = std::fs::read_to_string(path).expect("a source file is text");
                text.lines()
                    .enumerate()
                    .filter(|(_, line)| line.contains(&spread))
                    .map(|(number, line)| {
                        format!("{}:{}: {}", path.display(), number + 1, line.trim())
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        assert!(
            offenders.is_empty(),
            "draw these lists with `list` (see this module's comment):\n{}",
            offenders.join("\n")
        );
    }
}
