//! How a long command tells a person what it is doing and about how long is left: each step
//! announces itself with its typical time and the time left in all, and says how long it took
//! when it is done.

use std::time::{Duration, Instant};

/// One step of a longer job, as the person watching it reads it.
pub struct PlannedStep {
    /// What the step does, as in `the es page into dist/es/ (Trunk)`.
    pub what: String,
    /// How long it typically takes; see the figures where the steps are listed.
    pub typical: Duration,
}

/// The steps of a job, and where it has got to.
pub struct Progress {
    label: &'static str,
    steps: Vec<PlannedStep>,
    /// How many steps come before the milestone (`the page is served`) that is announced
    /// beside the total while it is still ahead.
    milestone: Option<(usize, &'static str)>,
    next: usize,
    started: Option<Instant>,
}

impl Progress {
    /// `label` starts each line (`xtask build`).
    pub fn new(label: &'static str, steps: Vec<PlannedStep>) -> Self {
        Self {
            label,
            steps,
            milestone: None,
            next: 0,
            started: None,
        }
    }

    /// Announces, while it is ahead, `name` (`the page is served`) after the first `after`
    /// steps.
    pub fn with_milestone(mut self, after: usize, name: &'static str) -> Self {
        self.milestone = Some((after, name));
        self
    }

    /// The typical time of the steps not finished yet.
    pub fn left(&self) -> Duration {
        self.steps[self.next.min(self.steps.len())..]
            .iter()
            .map(|step| step.typical)
            .sum()
    }

    /// The line that announces the next step, and starts its clock; `None` when every step
    /// has been announced.
    pub fn begin(&mut self) -> Option<String> {
        let step = self.steps.get(self.next)?;
        self.started = Some(Instant::now());
        let mut line = format!(
            "{} [{}/{}]: {}: typically {}; {} left in all",
            self.label,
            self.next + 1,
            self.steps.len(),
            step.what,
            about(step.typical),
            about(self.left()),
        );
        if let Some((after, name)) = self.milestone {
            if self.next < after {
                let until: Duration = self.steps[self.next..after]
                    .iter()
                    .map(|step| step.typical)
                    .sum();
                line.push_str(&format!(", {name} in {}", about(until)));
            }
        }
        Some(line)
    }

    /// The line that says the step begun last is done, how long it took and what is left.
    pub fn end(&mut self) -> String {
        let took = self
            .started
            .take()
            .map(|started| elapsed(started.elapsed()))
            .unwrap_or_else(|| "no time".to_owned());
        let what = self
            .steps
            .get(self.next)
            .map(|step| step.what.as_str())
            .unwrap_or("the last step");
        self.next += 1;
        let left = match self.left() {
            Duration::ZERO => "nothing left".to_owned(),
            time => format!("{} left", about(time)),
        };
        format!("{}: done in {took}: {what}; {left}", self.label)
    }
}

/// A typical duration as a person would say it: `about 40 s`, `about 5 min`.
pub fn about(duration: Duration) -> String {
    let seconds = duration.as_secs();
    if seconds < 90 {
        format!("about {} s", seconds.div_ceil(10).max(1) * 10)
    } else {
        format!("about {} min", (seconds + 30) / 60)
    }
}

/// A measured duration: `52 s`, `4 min 52 s`.
pub fn elapsed(duration: Duration) -> String {
    let seconds = duration.as_secs();
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min {} s", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps(seconds: &[u64]) -> Vec<PlannedStep> {
        seconds
            .iter()
            .enumerate()
            .map(|(index, &seconds)| PlannedStep {
                what: format!("step {}", index + 1),
                typical: Duration::from_secs(seconds),
            })
            .collect()
    }

    #[test]
    fn each_step_says_what_is_left_in_all_and_until_the_milestone() {
        let mut progress =
            Progress::new("xtask build", steps(&[60, 120, 30])).with_milestone(2, "served");
        assert_eq!(
            progress.begin().as_deref(),
            Some(
                "xtask build [1/3]: step 1: typically about 60 s; about 4 min left in all, \
                 served in about 3 min"
            )
        );
        assert!(progress.end().ends_with(": step 1; about 3 min left"));
        assert!(progress.begin().unwrap().ends_with("served in about 2 min"));
        assert!(progress.end().ends_with(": step 2; about 30 s left"));
        // Past the milestone only the total is left to announce.
        assert_eq!(
            progress.begin().as_deref(),
            Some("xtask build [3/3]: step 3: typically about 30 s; about 30 s left in all")
        );
        assert!(progress.end().ends_with(": step 3; nothing left"));
        assert_eq!(progress.begin(), None);
        assert_eq!(progress.left(), Duration::ZERO);
    }

    #[test]
    fn durations_read_as_a_person_says_them() {
        assert_eq!(about(Duration::from_secs(0)), "about 10 s");
        assert_eq!(about(Duration::from_secs(41)), "about 50 s");
        assert_eq!(about(Duration::from_secs(89)), "about 90 s");
        assert_eq!(about(Duration::from_secs(150)), "about 3 min");
        assert_eq!(about(Duration::from_secs(149)), "about 2 min");
        assert_eq!(elapsed(Duration::from_secs(52)), "52 s");
        assert_eq!(elapsed(Duration::from_secs(292)), "4 min 52 s");
    }
}
