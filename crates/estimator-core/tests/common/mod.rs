//! Helpers shared by the integration tests that check validation messages.

use estimator_core::Problem;

/// Renders problems one per line, so a failing assertion shows the whole list.
pub fn listing(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Asserts that a problem has exactly `path` and a message containing every one of `words`.
pub fn assert_problem(problems: &[Problem], path: &str, words: &[&str]) {
    let found = problems
        .iter()
        .any(|p| p.path == path && words.iter().all(|word| p.message.contains(word)));
    assert!(
        found,
        "expected a problem at `{path}` containing {words:?}; got:\n{}",
        listing(problems)
    );
}

/// Asserts that the list holds exactly one problem, at `path`, containing `words`. Used where
/// the mistake should not set off a cascade of unrelated-looking complaints.
pub fn assert_only_problem(problems: &[Problem], path: &str, words: &[&str]) {
    assert_eq!(
        problems.len(),
        1,
        "expected exactly one problem; got:\n{}",
        listing(problems)
    );
    assert_problem(problems, path, words);
}
