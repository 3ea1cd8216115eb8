//! The JSON Schema that clinics' editors check their files with (`data/price-book.schema.json`,
//! published as `dist/price-book.schema.json`) agrees with the reader on a corpus of price
//! books and clinic configurations: `tests/schema-corpus/`, whose README says what each folder
//! holds and why each case the two answer differently is beyond a schema.
//!
//! Every case goes through the reader (`PriceBook::from_json` for a `book-` file,
//! `ClinicConfig::from_json` for a `config-` file) and through a JSON Schema validator, and the
//! test lists every case on which they disagree with what each said. A configuration is checked
//! against the parts of it the schema describes: its `price_book` against the whole schema,
//! its `financing`, `booking` and `language` against `#/$defs/financing`, `#/$defs/booking`
//! and `#/$defs/language`. The rest of a configuration (the clinic, the currency, the locale,
//! the theme) has no schema, and `null` for one of its fields means the field is absent, as
//! the reader documents.
//!
//! The validator resolves no references outside the schema itself (no network, no files), as
//! an editor offline would.
#![cfg(feature = "clinic")]
// The validator is a host-only dev-dependency, like proptest: see Cargo.toml.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use estimator_core::clinic_config::ClinicConfig;
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON};
use jsonschema::Validator;
use serde_json::{json, Value};

const SCHEMA: &str = include_str!("../data/price-book.schema.json");
const EXAMPLE_CONFIG: &str = include_str!("../data/example-clinic-config.json");
const CLINIC_TEMPLATE: &str = include_str!("../../../widget/clinic-price-book.template.json");
const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/schema-corpus");

/// What the reader and the schema each say of a folder's cases.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Expected {
    reader_accepts: bool,
    schema_accepts: bool,
}

/// The folders of the corpus and what is expected of their cases.
const FOLDERS: [(&str, Expected); 4] = [
    (
        "accept",
        Expected {
            reader_accepts: true,
            schema_accepts: true,
        },
    ),
    (
        "reject",
        Expected {
            reader_accepts: false,
            schema_accepts: false,
        },
    ),
    (
        "reject-by-reader-only",
        Expected {
            reader_accepts: false,
            schema_accepts: true,
        },
    ),
    (
        "accept-by-reader-only",
        Expected {
            reader_accepts: true,
            schema_accepts: false,
        },
    ),
];

/// One document of the corpus, named by its file (or, for the project's own files, its path).
struct Case {
    name: String,
    text: String,
}

/// The schema, and the definitions a configuration's `financing`, `booking` and `language` are
/// checked against, each compiled as a document with the schema's definitions and a reference
/// to one.
struct Schemas {
    book: Validator,
    financing: Validator,
    booking: Validator,
    language: Validator,
}

fn compiled(schema: &Value) -> Validator {
    match jsonschema::validator_for(schema) {
        Ok(validator) => validator,
        Err(error) => panic!("the schema does not compile: {error}"),
    }
}

fn schemas() -> Schemas {
    let schema: Value = match serde_json::from_str(SCHEMA) {
        Ok(schema) => schema,
        Err(error) => panic!("the schema is not JSON: {error}"),
    };
    let definition = |name: &str| {
        compiled(&json!({
            "$schema": schema["$schema"],
            "$defs": schema["$defs"],
            "$ref": format!("#/$defs/{name}"),
        }))
    };
    Schemas {
        financing: definition("financing"),
        booking: definition("booking"),
        language: definition("language"),
        book: compiled(&schema),
    }
}

/// Every problem the validator finds in `value`, each with where it is, prefixed by `field`.
fn schema_problems(validator: &Validator, value: &Value, field: &str) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|error| format!("{field}{}: {error}", error.instance_path()))
        .collect()
}

fn is_config(name: &str) -> bool {
    let file = name.rsplit('/').next().unwrap_or(name);
    if file.starts_with("config-") {
        true
    } else if file.starts_with("book-") {
        false
    } else {
        panic!("{name}: a corpus file's name starts with book- or config-")
    }
}

/// What the reader says: nothing when it accepts the case, its problems when it refuses it.
fn reader_problems(case: &Case) -> Vec<String> {
    let problems = if is_config(&case.name) {
        ClinicConfig::from_json(&case.text).err()
    } else {
        PriceBook::from_json(&case.text).err()
    };
    problems
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect()
}

/// What the schema says, for a book as a whole and for a configuration field by field.
fn schema_verdict(schemas: &Schemas, case: &Case) -> Vec<String> {
    let value: Value = match serde_json::from_str(&case.text) {
        Ok(value) => value,
        Err(error) => return vec![format!("not JSON: {error}")],
    };
    if !is_config(&case.name) {
        return schema_problems(&schemas.book, &value, "");
    }
    let mut problems = Vec::new();
    // `price_book` is checked even when null, since the reader refuses a null book; the others
    // are absent when null.
    if let Some(book) = value.get("price_book") {
        problems.extend(schema_problems(&schemas.book, book, "price_book"));
    }
    for (field, validator) in [
        ("financing", &schemas.financing),
        ("booking", &schemas.booking),
        ("language", &schemas.language),
    ] {
        if let Some(part) = value.get(field).filter(|part| !part.is_null()) {
            problems.extend(schema_problems(validator, part, field));
        }
    }
    problems
}

fn folder_cases(folder: &str) -> Vec<Case> {
    let path = Path::new(CORPUS).join(folder);
    let entries = match fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(error) => panic!("{}: {error}", path.display()),
    };
    let mut cases: Vec<Case> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|file| {
            file.extension()
                .is_some_and(|extension| extension == "json")
        })
        .map(|file| {
            let name = file
                .file_name()
                .map(|name| format!("{folder}/{}", name.to_string_lossy()))
                .unwrap_or_default();
            match fs::read_to_string(&file) {
                Ok(text) => Case { name, text },
                Err(error) => panic!("{name}: {error}"),
            }
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// The project's own files that the schema is for: the published book and the example
/// configuration, which both accept, and the template a clinic starts from, whose "SET: …"
/// amounts both refuse until they are numbers.
fn project_cases() -> Vec<(Case, Expected)> {
    let case = |name: &str, text: &str| Case {
        name: name.to_owned(),
        text: text.to_owned(),
    };
    vec![
        (
            case("data/book-default-price-book.json", DEFAULT_PRICE_BOOK_JSON),
            FOLDERS[0].1,
        ),
        (
            case("data/config-example-clinic-config.json", EXAMPLE_CONFIG),
            FOLDERS[0].1,
        ),
        (
            case(
                "widget/book-clinic-price-book.template.json",
                CLINIC_TEMPLATE,
            ),
            FOLDERS[1].1,
        ),
    ]
}

fn verdict(accepts: bool) -> &'static str {
    if accepts {
        "accepts"
    } else {
        "refuses"
    }
}

#[test]
fn the_schema_and_the_reader_agree_on_every_case_of_the_corpus() {
    let schemas = schemas();
    let mut cases: Vec<(Case, Expected)> = project_cases();
    for (folder, expected) in FOLDERS {
        let found = folder_cases(folder);
        assert!(!found.is_empty(), "{folder} holds no case");
        cases.extend(found.into_iter().map(|case| (case, expected)));
    }
    let mut disagreements = Vec::new();
    for (case, expected) in &cases {
        let reader = reader_problems(case);
        let schema = schema_verdict(&schemas, case);
        let said = Expected {
            reader_accepts: reader.is_empty(),
            schema_accepts: schema.is_empty(),
        };
        if said != *expected {
            disagreements.push(format!(
                "{}: the reader {} it{}; the schema {} it{}",
                case.name,
                verdict(said.reader_accepts),
                if reader.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", reader.join("; "))
                },
                verdict(said.schema_accepts),
                if schema.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", schema.join("; "))
                },
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} cases are not answered as their folder says:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
    assert!(cases.len() >= 25, "only {} cases", cases.len());
}

#[test]
fn every_case_the_two_answer_differently_says_why_in_the_readme() {
    let readme = match fs::read_to_string(Path::new(CORPUS).join("README.md")) {
        Ok(text) => text,
        Err(error) => panic!("the corpus has no README.md: {error}"),
    };
    for (folder, expected) in FOLDERS {
        if expected.reader_accepts == expected.schema_accepts {
            continue;
        }
        for case in folder_cases(folder) {
            let file = case.name.rsplit('/').next().unwrap_or(&case.name);
            let line = readme
                .lines()
                .find(|line| line.contains(&format!("`{file}`")));
            assert!(
                line.is_some_and(|line| line.len() > file.len() + 20),
                "{}: no README line says why the reader and the schema answer it differently",
                case.name
            );
        }
    }
}
