//! Compiles the published price book into the crate: reads `data/default-price-book.json` with
//! the crate's own reader (the same files, included below), refuses to build if the book is
//! invalid, and writes it as one Rust expression to `$OUT_DIR/published_book.rs`, which
//! `src/book/published.rs` includes. The page then ships neither the reader nor serde_json.
//! serde_json is only a build-dependency here, so it never reaches the wasm through this file.

// The included modules are the library's; the build script uses only the reader and the
// types, so the rest of each (accessors, formatting) is unused here.
#![allow(dead_code)]

#[path = "src/book/book_literal.rs"]
mod book_literal;
#[path = "src/book/check_price_book.rs"]
mod check_price_book;
#[path = "src/book/read_json.rs"]
mod json_reader;
#[path = "src/limits.rs"]
mod limits;
#[path = "src/money.rs"]
mod money;
#[path = "src/book/price_book.rs"]
mod price_book;
#[path = "src/book/problem.rs"]
mod problem;
#[path = "src/book/read_price_book.rs"]
mod read_price_book;

use book_literal::RustLiteral;
use price_book::PriceBook;
use std::path::PathBuf;
use std::{env, fs, process};

const BOOK: &str = "data/default-price-book.json";

fn main() {
    println!("cargo::rerun-if-changed={BOOK}");
    println!("cargo::rerun-if-changed=src");
    let text = fs::read_to_string(BOOK).unwrap_or_else(|error| fail(&format!("{BOOK}: {error}")));
    let book = PriceBook::from_json(&text).unwrap_or_else(|problems| {
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        fail(&format!(
            "{BOOK} is not a valid price book:\n{}",
            listed.join("\n")
        ))
    });
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR is not set")));
    let written = out.join("published_book.rs");
    fs::write(&written, book.literal())
        .unwrap_or_else(|error| fail(&format!("{}: {error}", written.display())));
}

fn fail(message: &str) -> ! {
    eprintln!("estimator-core build script: {message}");
    process::exit(1)
}
