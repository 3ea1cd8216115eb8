//! The English words of the planner part.

use crate::words::planner::PlannerWords;

pub const WORDS: PlannerWords = PlannerWords {};
