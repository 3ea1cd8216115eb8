//! Where the repository is, and how every child process is started from it.

use std::env;
use std::ffi::{OsStr, OsString};
use std::fs;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::failure::{Failure, Outcome};

/// The repository root and the `PATH` handed to every child process.
pub struct Workspace {
    root: PathBuf,
    search_path: OsString,
}

impl Workspace {
    /// Finds the repository root (the parent of the xtask crate) and builds the tool `PATH`.
    pub fn locate() -> Outcome<Self> {
        let root = repository_root()?;
        let search_path = tool_search_path(&root)?;
        Ok(Self { root, search_path })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A path inside the repository, from a relative one such as `dist` or `e2e`.
    pub fn path(&self, relative: &str) -> PathBuf {
        self.root.join(relative)
    }

    /// The full path of `program` on the tool `PATH`, if it is there.
    pub fn find_program(&self, program: &str) -> Option<PathBuf> {
        env::split_paths(&self.search_path)
            .map(|directory| directory.join(program))
            .find(|candidate| is_executable_file(candidate))
    }

    /// A command for `program`, started in the repository root with the tool `PATH`.
    ///
    /// The program is looked up here, on our own `PATH`, rather than left to the operating
    /// system: that way `node_modules/.bin` and `~/.cargo/bin` win for the program itself
    /// too, and a missing program gets a clear message instead of "No such file".
    pub fn command(&self, program: &str) -> Outcome<Command> {
        let executable = self.find_program(program).ok_or_else(|| {
            Failure::new(format!(
                "`{program}` was not found on PATH ({})",
                self.search_path.to_string_lossy()
            ))
        })?;
        let mut command = Command::new(executable);
        command
            .current_dir(&self.root)
            .env("PATH", &self.search_path)
            .stdin(Stdio::null());
        Ok(command)
    }

    /// Runs `program args…` with its output shown, and fails unless it exits with status 0.
    pub fn run(&self, program: &str, args: &[&str]) -> Outcome {
        let mut command = self.command(program)?;
        command.args(args);
        run_shown(&mut command)
    }

    /// Runs `program args…` quietly and returns what it printed on stdout.
    pub fn output_of(&self, program: &str, args: &[&str]) -> Outcome<String> {
        let mut command = self.command(program)?;
        command.args(args);
        captured_stdout(&mut command)
    }
}

/// Runs a prepared command with its output shown, after printing it as a `$ …` line.
pub fn run_shown(command: &mut Command) -> Outcome {
    println!("$ {}", describe(command));
    let status = command.status().map_err(|error| {
        Failure::new(format!("could not start `{}`: {error}", describe(command)))
    })?;
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "`{}` failed ({status})",
            describe(command)
        )))
    }
}

/// Runs a prepared command with each line it prints shown after `label: `, for commands that
/// run side by side (the tool compiles and the app's own compile), whose lines would
/// otherwise interleave with nothing to tell them apart. Fails unless it exits with status 0.
pub fn run_labelled(command: &mut Command, label: &str) -> Outcome {
    println!("{label}: $ {}", describe(command));
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|error| {
            Failure::new(format!("could not start `{}`: {error}", describe(command)))
        })?;
    let show = |output: Option<Box<dyn std::io::Read + Send>>| {
        let label = label.to_owned();
        std::thread::spawn(move || {
            let Some(output) = output else { return };
            for line in std::io::BufReader::new(output)
                .lines()
                .map_while(Result::ok)
            {
                println!("{label}: {line}");
            }
        })
    };
    let shown = [
        show(
            child
                .stdout
                .take()
                .map(|out| Box::new(out) as Box<dyn std::io::Read + Send>),
        ),
        show(
            child
                .stderr
                .take()
                .map(|err| Box::new(err) as Box<dyn std::io::Read + Send>),
        ),
    ];
    let status = child.wait().map_err(|error| {
        Failure::new(format!(
            "could not wait for `{}`: {error}",
            describe(command)
        ))
    })?;
    for thread in shown {
        // A thread that cannot print has nothing left to show; the status still decides.
        let _ = thread.join();
    }
    if status.success() {
        Ok(())
    } else {
        Err(Failure::new(format!(
            "`{}` failed ({status})",
            describe(command)
        )))
    }
}

/// Runs a prepared command quietly; on failure its stderr becomes part of the message.
pub fn captured_stdout(command: &mut Command) -> Outcome<String> {
    let output: Output = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .map_err(|error| {
            Failure::new(format!("could not start `{}`: {error}", describe(command)))
        })?;
    if output.status.success() {
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    } else {
        Err(Failure::new(format!(
            "`{}` failed ({}):\n{}",
            describe(command),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim_end()
        )))
    }
}

/// The command as a person would type it: program name (not its full path) and arguments.
pub fn describe(command: &Command) -> String {
    let program = Path::new(command.get_program())
        .file_name()
        .unwrap_or_else(|| command.get_program());
    std::iter::once(program)
        .chain(command.get_args())
        .map(OsStr::to_string_lossy)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The directory where `cargo install` puts binaries, chosen as cargo chooses it:
/// `$CARGO_INSTALL_ROOT/bin`, else `$CARGO_HOME/bin`, else `~/.cargo/bin`.
fn cargo_bin_dir() -> Option<PathBuf> {
    let set = |variable: &str| env::var_os(variable).filter(|value| !value.is_empty());
    set("CARGO_INSTALL_ROOT")
        .or_else(|| set("CARGO_HOME"))
        .map(PathBuf::from)
        .or_else(|| set("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|root| root.join("bin"))
}

/// The repository root: the parent of the xtask crate's directory.
///
/// `cargo run` sets `CARGO_MANIFEST_DIR` at run time as well; the compile-time value is the
/// fallback for running the built binary directly.
fn repository_root() -> Outcome<PathBuf> {
    let xtask_dir = env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let root = xtask_dir
        .parent()
        .ok_or_else(|| Failure::new("the xtask crate has no parent directory"))?;
    if root.join("Cargo.toml").is_file() {
        Ok(root.to_path_buf())
    } else {
        Err(Failure::new(format!(
            "{} does not look like the repository root (no Cargo.toml)",
            root.display()
        )))
    }
}

/// `PATH` for children: npm's `node_modules/.bin` first so Trunk picks binaryen 132's
/// `wasm-opt` over any older system one, then cargo's install directory so freshly installed
/// `trunk`, `wasm-bindgen` and `cargo-fuzz` are found (by xtask, and by cargo for `cargo
/// fuzz`) even where a login shell never added it, then the inherited `PATH`.
fn tool_search_path(root: &Path) -> Outcome<OsString> {
    let mut directories = vec![root.join("node_modules").join(".bin")];
    directories.extend(cargo_bin_dir());
    if let Some(inherited) = env::var_os("PATH") {
        directories.extend(env::split_paths(&inherited));
    }
    env::join_paths(directories)
        .map_err(|error| Failure::new(format!("cannot build the tool PATH: {error}")))
}

#[cfg(unix)]
fn is_executable_file(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path)
        .map(|metadata| metadata.is_file() && metadata.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// Elsewhere there are no execute bits to read; a file is the best sign we have.
#[cfg(not(unix))]
fn is_executable_file(path: &Path) -> bool {
    path.is_file()
}

/// Every file below `folder`, as a path relative to it, sorted so listings come out in a stable
/// order. Entries whose names start with a dot (such as Trunk's leftover `.stage`) are skipped,
/// and so is everything inside them. This is the one directory walk of xtask.
pub fn files_below(folder: &Path) -> Outcome<Vec<PathBuf>> {
    let is_hidden = |entry: &walkdir::DirEntry| {
        entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.')
    };
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(folder)
        .into_iter()
        .filter_entry(|entry| !is_hidden(entry))
    {
        let entry = entry
            .map_err(|error| Failure::new(format!("cannot list {}: {error}", folder.display())))?;
        if entry.file_type().is_dir() {
            continue;
        }
        let relative = entry.path().strip_prefix(folder).map_err(|_| {
            Failure::new(format!(
                "{} is not below {}",
                entry.path().display(),
                folder.display()
            ))
        })?;
        files.push(relative.to_path_buf());
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_nested_files_sorted_and_skips_hidden_entries() {
        let root = env::temp_dir().join(format!("xtask-files-below-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        for (file, text) in [
            ("b.txt", "b"),
            ("a/z.js", "z"),
            ("a/deeper/x.wasm", "x"),
            (".stage/left.js", "hidden folder"),
            ("a/.hidden", "hidden file"),
        ] {
            let path = root.join(file);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        }
        let files = files_below(&root);
        fs::remove_dir_all(&root).unwrap();
        let expected: Vec<PathBuf> = ["a/deeper/x.wasm", "a/z.js", "b.txt"]
            .iter()
            .map(PathBuf::from)
            .collect();
        assert_eq!(files.unwrap(), expected);
    }

    #[test]
    fn a_missing_folder_is_an_error_that_names_it() {
        let missing = env::temp_dir().join("xtask-no-such-folder-for-files-below");
        let failure = files_below(&missing).unwrap_err();
        assert!(
            failure.to_string().contains("xtask-no-such-folder"),
            "{failure}"
        );
    }
}
