//! Prints the Flesch–Kincaid grade of what a patient reads in the calculator, the caveats and
//! the four questions of the published book: `cargo run -p estimator-core --example reading_level`.

use estimator_core::readability::calculator_grades;
use estimator_core::PriceBook;

fn main() {
    println!(
        "{:<12} {:>9} {:>6} {:>6}",
        "group", "sentences", "words", "grade"
    );
    for (group, counts) in calculator_grades(&PriceBook::published()) {
        println!(
            "{group:<12} {:>9} {:>6} {:>6.1}",
            counts.sentences,
            counts.words,
            counts.grade()
        );
    }
}
