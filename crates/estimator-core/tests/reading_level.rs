//! The calculator, its caveats and the four questions stay at a reading level patients can
//! follow: about US grade 8 (Flesch–Kincaid), over every state of the published book. The
//! limit leaves room for the terms a patient must meet (FDA, IND, MSC), each explained where
//! it first appears. `cargo run -p estimator-core --example reading_level` prints the grades.

use estimator_core::readability::calculator_grades;
use estimator_core::PriceBook;

/// "About grade 8": a little above it, since the regulatory terms cannot be avoided.
const GRADE_LIMIT: f64 = 9.0;

#[test]
fn every_group_of_patient_sentences_reads_at_about_grade_8() {
    for (group, counts) in calculator_grades(&PriceBook::published()) {
        assert!(
            counts.sentences > 3,
            "{group}: too few sentences to measure"
        );
        assert!(
            counts.grade() <= GRADE_LIMIT,
            "{group}: grade {:.1} over {} sentences and {} words, above {GRADE_LIMIT}",
            counts.grade(),
            counts.sentences,
            counts.words
        );
    }
}
