//! The Spanish words of the clinic part.

use crate::words::clinic::ClinicWords;

pub const WORDS: ClinicWords = ClinicWords {};
