//! The one error type of xtask: a message for a person, then a non-zero exit.

use std::fmt;

/// Why a command stopped. `main` prints it and exits with status 1.
#[derive(Debug)]
pub struct Failure {
    message: String,
}

/// The result of every step that can fail.
pub type Outcome<T = ()> = Result<T, Failure>;

impl Failure {
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }

    /// A tool that xtask could not install itself: says what is missing and the exact
    /// commands a person can run to install it by hand.
    pub fn install_by_hand(what: &str, reason: &str, commands: &[&str]) -> Self {
        let mut message = format!("{what} is needed but could not be installed: {reason}\n");
        message.push_str("install it by hand, then run xtask again:\n");
        for command in commands {
            message.push_str("    ");
            message.push_str(command);
            message.push('\n');
        }
        Self::new(message.trim_end())
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}
