//! `cargo xtask serve`: builds the English page, serves it as soon as it is built, then builds
//! the rest of the site while it is served.
//!
//! The server (`e2e/serve.mjs`, the static server the browser tests use, with the headers a
//! static host would send) is told on its standard input how long the build has left and when
//! everything is ready. Until then it answers only for the files that were in `dist/` when it
//! started, and with a 503 that says the address is still being built for any other, so a
//! page half written by a later build is never served as if it were complete.

use std::io::{self, BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::process::{Child, ChildStdin, Stdio};
use std::time::{Duration, Instant};

use crate::build::{compile_ahead, serve_steps, ReleaseBuild};
use crate::failure::{Failure, Outcome};
use crate::progress::{about, elapsed};
use crate::setup::setup_meanwhile;
use crate::workspace::{describe, Workspace};

/// Builds the release site and serves `dist/` on loopback until interrupted, so what is served
/// is exactly what `cargo xtask dist` writes: the prerendered pages, their service workers,
/// the single files, the widget and the example clinic page. The English page is served as
/// soon as it is built; a failure in what is built after it stops the server and the command.
pub fn serve(workspace: &Workspace, port: u16) -> Outcome {
    // Before the tools and the build, which take minutes on a first run: a busy port would
    // otherwise be found only at the end.
    require_free_port(port)?;
    setup_meanwhile(workspace, &compile_ahead())?;
    let mut build = ReleaseBuild::new(workspace)?;
    let (first_page, rest) = serve_steps();
    let all: Vec<_> = first_page.iter().chain(&rest).copied().collect();
    let mut progress = build
        .progress(&all)
        .with_milestone(first_page.len(), "the page is served");
    for step in first_page {
        build.run(step, &mut progress)?;
    }
    let mut server = Server::start(workspace, port)?;
    let served_at = Instant::now();
    println!(
        "xtask serve: the English page is served at http://127.0.0.1:{port}/ while the rest of \
         the site is built ({} left); its other addresses (/es/, /de/, the single files, the \
         widget, /examples/) answer \"still being built\" until then",
        about(progress.left())
    );
    server.tell_time_left(progress.left())?;
    for step in rest {
        let built = build
            .run(step, &mut progress)
            .and_then(|()| server.still_running())
            .and_then(|()| server.tell_time_left(progress.left()));
        if let Err(failure) = built {
            server.stop();
            return Err(Failure::new(format!(
                "the rest of the site could not be built, so the server was stopped: {failure}"
            )));
        }
    }
    println!(
        "xtask serve: everything is built, {} after the English page was served; every \
         address works now",
        elapsed(served_at.elapsed())
    );
    server.ready()?;
    server.wait()
}

/// Fails with what to do when something already listens on `port` of loopback.
fn require_free_port(port: u16) -> Outcome {
    TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .map(drop)
        .map_err(|error| match error.kind() {
            io::ErrorKind::AddrInUse => Failure::new(format!(
                "port {port} is in use: stop what runs there, or choose another port with \
                 `cargo xtask serve --port N`"
            )),
            _ => Failure::new(format!("cannot listen on 127.0.0.1:{port}: {error}")),
        })
}

/// `node e2e/serve.mjs PORT --while-building`, started once the English page is built.
struct Server {
    /// `None` once the server has stopped and been waited for.
    child: Option<Child>,
    /// The server reads the build's messages from here, and stops when it closes.
    messages: ChildStdin,
}

impl Server {
    /// Starts the server and returns once it listens, having printed what it printed.
    fn start(workspace: &Workspace, port: u16) -> Outcome<Self> {
        let port = port.to_string();
        let mut command = workspace.command("node")?;
        command
            .args(["e2e/serve.mjs", &port, "--while-building"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped());
        println!("$ {}", describe(&command));
        let mut child = command.spawn().map_err(|error| {
            Failure::new(format!("could not start `{}`: {error}", describe(&command)))
        })?;
        let (Some(messages), Some(output)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            return Err(Failure::new("the server was started without its pipes"));
        };
        let mut server = Self {
            child: Some(child),
            messages,
        };
        // The server takes its list of the files it may serve before it listens, and says
        // when it listens: until that line, the next build must not write into `dist/`.
        let mut output = BufReader::new(output);
        let mut line = String::new();
        loop {
            line.clear();
            let read = output.read_line(&mut line).unwrap_or(0);
            if read == 0 {
                server.still_running()?;
                return Err(Failure::new(
                    "the server closed its output before it listened",
                ));
            }
            print!("{line}");
            if line.starts_with(LISTENING) {
                break;
            }
        }
        // Whatever else the server prints (the addresses once everything is ready) is shown
        // as it comes.
        std::thread::spawn(move || io::copy(&mut output, &mut io::stdout()));
        Ok(server)
    }

    fn tell(&mut self, message: &str) -> Outcome {
        writeln!(self.messages, "{message}")
            .and_then(|()| self.messages.flush())
            .or_else(|_| self.still_running())
    }

    /// Lets the server say how long the build has left when it answers "still being built".
    fn tell_time_left(&mut self, left: Duration) -> Outcome {
        self.tell(&format!("left {}", about(left)))
    }

    /// Tells the server that every file is written, so it serves all of `dist/`.
    fn ready(&mut self) -> Outcome {
        self.tell("ready")
    }

    /// An error when the server has stopped, which it does only on an error it printed.
    fn still_running(&mut self) -> Outcome {
        let Some(child) = self.child.as_mut() else {
            return Err(Failure::new("the server has stopped"));
        };
        match child.try_wait() {
            Ok(None) => Ok(()),
            Ok(Some(status)) => {
                self.child = None;
                Err(Failure::new(format!(
                    "the server stopped ({status}); its message is above"
                )))
            }
            Err(error) => Err(Failure::new(format!("cannot check on the server: {error}"))),
        }
    }

    /// Stops the server, so no half-built site stays served.
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Waits for the server to stop (Ctrl+C stops it with this command).
    fn wait(mut self) -> Outcome {
        let Some(mut child) = self.child.take() else {
            return Err(Failure::new("the server has stopped"));
        };
        let status = child
            .wait()
            .map_err(|error| Failure::new(format!("cannot wait for the server: {error}")))?;
        if status.success() {
            Ok(())
        } else {
            Err(Failure::new(format!("the server stopped ({status})")))
        }
    }
}

impl Drop for Server {
    /// A failure on the way out of [`serve`] must not leave the server running.
    fn drop(&mut self) {
        self.stop();
    }
}

/// How `e2e/serve.mjs` begins the line it prints once it listens.
const LISTENING: &str = "Serving ";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_busy_port_is_refused_with_what_to_do() {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).unwrap();
        let port = listener.local_addr().unwrap().port();
        let failure = require_free_port(port).unwrap_err().to_string();
        assert!(
            failure.contains(&format!("port {port} is in use")),
            "{failure}"
        );
        assert!(failure.contains("--port N"), "{failure}");
        drop(listener);
        assert!(require_free_port(port).is_ok());
    }

    /// The line `Server::start` waits for is the one `e2e/serve.mjs` prints once it listens.
    #[test]
    fn waits_for_the_line_the_server_prints_when_it_listens() {
        let workspace = Workspace::locate().expect("the tests run inside the repository");
        let script = std::fs::read_to_string(workspace.path("e2e/serve.mjs")).unwrap();
        assert!(
            script.contains(&format!("console.log(`{LISTENING}")),
            "e2e/serve.mjs prints no line starting `{LISTENING}`"
        );
    }
}
