//! The shareable state of the page and its URL-fragment encoding, so that a plan can be
//! bookmarked, shared and restored.
//!
//! Everything lives in the fragment (after `#`), which browsers never send to a server: the
//! page has no back end, and a quoted price in particular must not leave the device unless the
//! person asks for it to be in the link.
//!
//! # Format, version 1
//!
//! Parts separated by `&`, the version first, then `key=value` parts:
//!
//! ```text
//! v1&s=microneedling.not-sure.3&s=injection.msc-injectable.1&a=2&by=2027-02-14&q=2500
//! ```
//!
//! | part | meaning |
//! | --- | --- |
//! | `v1` | the format version; always first |
//! | `s=METHOD.TIER.SESSIONS` | one scenario, in order, at most [`MAX_SCENARIOS`]: a method id, a tier id and the session text exactly as typed. `s=METHOD` alone means "Not sure" and 3 sessions. |
//! | `a=N` | the scenario shown, counted from 1; left out for the first |
//! | `start=YYYY-MM-DD` | the date of the first session |
//! | `by=YYYY-MM-DD` | an event date to be ready by (counting back); a link has `start` or `by`, not both |
//! | `q=TEXT` | the quoted price as typed; written only when the person asked to share it |
//! | `lot=N.N` | the scenarios (counted from 1, joined by `.`) for which the person said the clinic showed the lot's data; left out when none |
//!
//! Values are percent-encoded: every byte except ASCII letters, digits and `-._~` becomes
//! `%XX`, so normal ids and dates need no encoding at all and the link stays readable. In the
//! method and tier ids `.` is encoded too, because it separates the parts of a scenario; the
//! session text is the last part, so it may keep its dots. Unknown keys are ignored with a
//! message, so later versions can add parts.
//!
//! # Decoding what others made
//!
//! [`decode`] never fails: it restores what it can and lists what it ignored and why, as
//! [`LinkNote`]s that the view words in the person's language. An unknown method drops its scenario; a tier the method does not offer
//! becomes "Not sure"; a session text is kept as it was typed (even "abc", so the form shows
//! its usual error, exactly as the sender saw it), unless it is longer than
//! [`MAX_TEXT_CHARS`], when it becomes 3. The fragment is read up to [`MAX_FRAGMENT_BYTES`]
//! and [`MAX_PARTS`] parts; text from the link is shown shortened and without control
//! characters. Every restored state has one to three scenarios and a valid active index.

use crate::book::problem::clean;
use crate::calendar::{Date, DateError};
use crate::form::RawInput;
use crate::json_reader::shorten;
use crate::lang::Lang;
use crate::plan::PlanDates;
use crate::price_book::{PriceBook, NOT_SURE};
use crate::view::method_name;
use crate::words::words;

/// The version [`encode`] writes and [`decode`] reads fully.
pub const VERSION: u32 = 1;

/// The most scenarios a link holds (and the compare view shows).
pub const MAX_SCENARIOS: usize = 3;

/// The longest fragment read, in bytes; the rest is ignored with a message. A typical link is
/// under 120 bytes, and the longest [`encode`] can write (three scenarios whose 40-character
/// texts are all four-byte characters, each escaped as 12 bytes, plus a date and a quote of the
/// same kind) is about 2,200, so a longer fragment was not made by this page.
pub const MAX_FRAGMENT_BYTES: usize = 4000;

/// The most `&`-separated parts read: the version, three scenarios, the active scenario, a
/// date and a quote, with room for parts a later version may add.
pub const MAX_PARTS: usize = 16;

/// The longest session or quote text a link carries.
pub const MAX_TEXT_CHARS: usize = 40;

/// The most messages about single parts [`decode`] returns; the rest are counted in a last
/// one. Messages about the link as a whole (its length, its version, its number of parts or
/// scenarios) are always given, so there are at most about twenty in all.
const MAX_MESSAGES: usize = 12;

/// How many unknown parts are named one by one; the rest are counted.
const MAX_UNKNOWN_NAMED: usize = 3;

/// How many characters of text from a link a message quotes.
const SHOWN_CHARS: usize = 30;

/// The session text a scenario gets when the link gives none: the source's series of three,
/// as in [`RawInput::initial`].
const DEFAULT_SESSIONS: &str = "3";

/// What a link restores: the scenarios as typed, which is shown, the dates and, if the person
/// asked, the quoted price.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareState {
    /// One to [`MAX_SCENARIOS`] scenarios, as raw form input.
    pub scenarios: Vec<RawInput>,
    /// The index of the scenario shown, from 0.
    pub active: usize,
    pub dates: PlanDates,
    /// The quoted price as typed.
    pub quote: Option<String>,
    /// True when the person asked for the quote to be in the link. Without it the quote is
    /// never written.
    pub share_quote: bool,
    /// The financing illustration's typed APR and term, as typed. They describe a loan, not
    /// the person, so a link carries them (unlike the quote, which only goes in when asked).
    pub finance: ShareFinance,
}

/// The financing part of a link: `&apr=…&months=…`, each only when not blank.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShareFinance {
    pub apr: Option<String>,
    pub months: Option<String>,
}

impl ShareFinance {
    /// Blank and over-long texts are left out, as a link holds them.
    fn shareable(&self) -> ShareFinance {
        let keep = |text: &Option<String>| {
            text.clone()
                .filter(|text| !text.trim().is_empty() && text.chars().count() <= MAX_TEXT_CHARS)
        };
        ShareFinance {
            apr: keep(&self.apr),
            months: keep(&self.months),
        }
    }
}

impl ShareState {
    /// One scenario with the form's starting input, no dates and no quote.
    pub fn initial(book: &PriceBook) -> ShareState {
        ShareState {
            scenarios: vec![RawInput::initial(book)],
            active: 0,
            dates: PlanDates::Undated,
            quote: None,
            share_quote: false,
            finance: ShareFinance::default(),
        }
    }

    /// What a link made from this state holds: at most three scenarios, an active index
    /// inside them, session texts no longer than [`MAX_TEXT_CHARS`] (longer ones become 3),
    /// and the quote only when the person asked for it, it is not blank, and it is no longer
    /// than [`MAX_TEXT_CHARS`]. For a state with one to three scenarios, each naming a method
    /// of the book and a tier that method offers, `decode(&encode(state), book).state ==
    /// state.shareable()`, with nothing ignored.
    pub fn shareable(&self) -> ShareState {
        let scenarios: Vec<RawInput> = self
            .scenarios
            .iter()
            .take(MAX_SCENARIOS)
            .map(|raw| RawInput {
                sessions: if raw.sessions.chars().count() > MAX_TEXT_CHARS {
                    DEFAULT_SESSIONS.to_owned()
                } else {
                    raw.sessions.clone()
                },
                ..raw.clone()
            })
            .collect();
        let active = self.active.min(scenarios.len().saturating_sub(1));
        let quote = self.quote.clone().filter(|text| {
            self.share_quote && !text.trim().is_empty() && text.chars().count() <= MAX_TEXT_CHARS
        });
        ShareState {
            scenarios,
            active,
            dates: self.dates,
            share_quote: quote.is_some(),
            quote,
            finance: self.finance.shareable(),
        }
    }
}

/// A restored state and what was ignored to get it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub state: ShareState,
    /// What was ignored and why, in the order the link was read; empty for a link the page
    /// made itself.
    pub ignored: Vec<LinkNote>,
}

impl Decoded {
    /// What was ignored, in short sentences in `lang`, naming `book`'s methods as the
    /// calculator shows them (the book the link was decoded against).
    pub fn messages(&self, book: &PriceBook, lang: Lang) -> Vec<String> {
        self.ignored
            .iter()
            .map(|note| note.message(book, lang))
            .collect()
    }
}

/// One thing a link held that [`decode`] could not use, and why. Text from the link is held
/// as a note quotes it: without control or direction-changing characters, and shortened.
/// `scenario` is a scenario's number in the link, from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkNote {
    /// The fragment is longer than `max_bytes`; the rest was not read.
    TooLong { max_bytes: usize },
    /// The first part is a damaged version mark; the rest was read as version `read_as`.
    DamagedVersion { mark: String, read_as: u32 },
    /// The link has no version mark; it was read as version `read_as`.
    NoVersion { read_as: u32 },
    /// A newer version made the link; `unread` of its parts this version does not read.
    NewerVersion { version: u64, unread: usize },
    /// Parts beyond the `max` read were skipped.
    TooManyParts { skipped: usize, max: usize },
    /// A part this version does not read.
    UnknownPart { part: String },
    /// More unknown parts than are named one by one.
    MoreUnknownParts { count: usize },
    /// A scenario's method could not be decoded.
    MethodNotText {
        scenario: usize,
        problem: DecodeProblem,
    },
    /// A scenario names no method.
    NoMethod { scenario: usize },
    /// A scenario names a method the book does not have.
    UnknownMethod { scenario: usize, method: String },
    /// A scenario's tier is one the book has, but not for its method; "Not sure" is shown.
    /// `method` is the method's id, not its name: the name is worded with the note, in the
    /// language it is read in, so a restored link's notes follow a change of language.
    TierNotOffered {
        scenario: usize,
        tier: String,
        method: String,
    },
    /// A scenario's tier is not one the book has; "Not sure" is shown.
    UnknownTier { scenario: usize, tier: String },
    /// A scenario's tier could not be decoded; "Not sure" is shown.
    TierNotText {
        scenario: usize,
        problem: DecodeProblem,
    },
    /// A scenario's session text is longer than `max_chars`; `shown` is used instead.
    SessionsTooLong {
        scenario: usize,
        max_chars: usize,
        shown: &'static str,
    },
    /// A scenario's session text could not be decoded; `shown` is used instead.
    SessionsNotText {
        scenario: usize,
        problem: DecodeProblem,
        shown: &'static str,
    },
    /// The `lot=` part does not list scenario numbers from 1 to `max`.
    BadLot { value: String, max: usize },
    /// A second `a=` part.
    SecondActive { value: String },
    /// An `a=` part that is not a scenario number.
    ActiveNotNumber { value: String },
    /// The scenario shown could not be restored; the first is shown.
    ActiveNotRestored { scenario: usize },
    /// The `a=` part names a scenario the link does not have.
    ActiveMissing { value: String, scenario: usize },
    /// A date could not be decoded.
    DateNotText {
        date: LinkDate,
        problem: DecodeProblem,
    },
    /// A second date of the same kind.
    SecondDate { date: LinkDate, text: String },
    /// A date of the other kind than the one already read.
    BothDates { date: LinkDate, text: String },
    /// A date that is not one a person may plan with.
    BadDate { date: LinkDate, error: DateError },
    /// The quoted price could not be decoded.
    QuoteNotText { problem: DecodeProblem },
    /// A second quoted price.
    SecondQuote,
    /// A quoted price longer than `max_chars`.
    QuoteTooLong { max_chars: usize },
    /// The financing APR or term could not be decoded.
    FinanceNotText {
        field: FinanceField,
        problem: DecodeProblem,
    },
    /// A second financing APR or term.
    SecondFinance { field: FinanceField },
    /// A financing APR or term longer than `max_chars`.
    FinanceTooLong {
        field: FinanceField,
        max_chars: usize,
    },
    /// `count` scenarios beyond the `max` a link holds.
    ExtraScenarios { count: usize, max: usize },
    /// No scenario could be restored; the starting choice is shown.
    NoScenario,
    /// `count` more notes about single parts than are listed.
    MoreProblems { count: usize },
}

impl LinkNote {
    /// The note as a short sentence in `lang`, naming a method of `book` as the calculator
    /// shows it (the published book's names translated, a clinic's as it wrote them).
    pub fn message(&self, book: &PriceBook, lang: Lang) -> String {
        let method = |id: &str| {
            book.method(id)
                .map_or(id, |method| method_name(book, method, lang))
                .to_owned()
        };
        (words(lang).planner.link_note)(self, &method)
    }
}

/// Which date of a link a note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkDate {
    /// `start=`, the date of the first session.
    Start,
    /// `by=`, the event date to be ready by.
    Event,
}

/// Which value of the financing illustration a note is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinanceField {
    /// `apr=`, the typed APR.
    Apr,
    /// `months=`, the typed term.
    Term,
}

/// Writes the fragment for `state` (without the leading `#`), as [`ShareState::shareable`]
/// describes.
pub fn encode(state: &ShareState) -> String {
    let state = state.shareable();
    let mut out = format!("v{VERSION}");
    for raw in &state.scenarios {
        out.push_str("&s=");
        out.push_str(&percent_encode(&raw.method, false));
        out.push('.');
        out.push_str(&percent_encode(&raw.tier, false));
        out.push('.');
        out.push_str(&percent_encode(&raw.sessions, true));
    }
    let lot: Vec<String> = (1..)
        .zip(&state.scenarios)
        .filter(|(_, raw)| raw.lot_data)
        .map(|(number, _): (usize, _)| number.to_string())
        .collect();
    if !lot.is_empty() {
        out.push_str("&lot=");
        out.push_str(&lot.join("."));
    }
    if state.active > 0 {
        out.push_str(&format!("&a={}", state.active + 1));
    }
    match state.dates {
        PlanDates::Undated => {}
        PlanDates::Start(date) => out.push_str(&format!("&start={}", date.to_iso())),
        PlanDates::ReadyBy(date) => out.push_str(&format!("&by={}", date.to_iso())),
    }
    if let Some(quote) = &state.quote {
        out.push_str("&q=");
        out.push_str(&percent_encode(quote, true));
    }
    if let Some(apr) = &state.finance.apr {
        out.push_str("&apr=");
        out.push_str(&percent_encode(apr, true));
    }
    if let Some(months) = &state.finance.months {
        out.push_str("&months=");
        out.push_str(&percent_encode(months, true));
    }
    out
}

/// True when `fragment` looks like a state this module wrote (it starts with a version mark
/// or holds a scenario), as opposed to an ordinary in-page anchor such as `#results`, which
/// the page should not try to restore.
pub fn is_state_fragment(fragment: &str) -> bool {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    let first = text.split('&').next().unwrap_or_default();
    matches!(version_number(first), Some(Some(_)))
        || text.split('&').any(|part| part.starts_with("s="))
}

/// Restores a state from a fragment (with or without its leading `#`), checking ids against
/// `book`. Never fails; see the module documentation for what is kept and what is ignored.
pub fn decode(fragment: &str, book: &PriceBook) -> Decoded {
    let mut reader = Reader {
        book,
        notes: Notes::default(),
        scenarios: Vec::new(),
        link_numbers: Vec::new(),
        scenarios_seen: 0,
        extra_scenarios: 0,
        active: None,
        dates: None,
        quote: None,
        lot: None,
        finance: ShareFinance::default(),
        unknown_parts: 0,
    };
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    let text = if text.len() > MAX_FRAGMENT_BYTES {
        let mut cut = MAX_FRAGMENT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        reader.notes.push_always(LinkNote::TooLong {
            max_bytes: MAX_FRAGMENT_BYTES,
        });
        &text[..cut]
    } else {
        text
    };

    let mut parts = text.split('&').filter(|part| !part.is_empty()).peekable();
    let mut newer = None;
    match parts.peek().copied() {
        None => {}
        Some(first) => match version_number(first) {
            Some(Some(version)) if version == u64::from(VERSION) => {
                parts.next();
            }
            Some(Some(version)) if version > u64::from(VERSION) => {
                parts.next();
                newer = Some(version);
            }
            Some(_) => {
                parts.next();
                reader.notes.push_always(LinkNote::DamagedVersion {
                    mark: shown(first),
                    read_as: VERSION,
                });
            }
            None => reader
                .notes
                .push_always(LinkNote::NoVersion { read_as: VERSION }),
        },
    }
    // Counted before reading, so that the message comes before those about single parts.
    let parts: Vec<&str> = parts.collect();
    let skipped = parts.len().saturating_sub(MAX_PARTS);
    if skipped > 0 {
        reader.notes.push_always(LinkNote::TooManyParts {
            skipped,
            max: MAX_PARTS,
        });
    }
    for part in parts.into_iter().take(MAX_PARTS) {
        reader.part(part, newer.is_some());
    }
    let unknown_parts = reader.unknown_parts;
    let mut decoded = reader.finish(newer.is_some());
    if let Some(version) = newer {
        decoded.ignored.insert(
            0,
            LinkNote::NewerVersion {
                version,
                unread: unknown_parts,
            },
        );
    }
    decoded
}

/// `Some(Some(n))` for `v` and digits, `Some(None)` for `v` and something else without `=`
/// (a damaged mark), `None` for a part that is not a version mark at all.
fn version_number(part: &str) -> Option<Option<u64>> {
    let rest = part.strip_prefix('v')?;
    if rest.contains('=') {
        return None;
    }
    if !rest.is_empty() && rest.len() <= 9 && rest.bytes().all(|b| b.is_ascii_digit()) {
        Some(rest.parse().ok())
    } else {
        Some(None)
    }
}

/// Collects messages: those about single parts up to [`MAX_MESSAGES`], counting the rest,
/// and those about the whole link always.
#[derive(Default)]
struct Notes {
    list: Vec<LinkNote>,
    details: usize,
    dropped: usize,
}

impl Notes {
    fn push(&mut self, note: LinkNote) {
        if self.details < MAX_MESSAGES {
            self.details += 1;
            self.list.push(note);
        } else {
            self.dropped += 1;
        }
    }

    fn push_always(&mut self, note: LinkNote) {
        self.list.push(note);
    }

    fn into_vec(mut self) -> Vec<LinkNote> {
        if self.dropped > 0 {
            self.list.push(LinkNote::MoreProblems {
                count: self.dropped,
            });
        }
        self.list
    }
}

struct Reader<'b> {
    book: &'b PriceBook,
    notes: Notes,
    scenarios: Vec<RawInput>,
    /// For each restored scenario, its number in the link (from 1).
    link_numbers: Vec<usize>,
    scenarios_seen: usize,
    extra_scenarios: usize,
    /// The `a=` value and the text it came from.
    active: Option<(usize, String)>,
    dates: Option<PlanDates>,
    quote: Option<String>,
    /// The link numbers of the scenarios with lot data shown.
    lot: Option<Vec<usize>>,
    finance: ShareFinance,
    unknown_parts: usize,
}

impl Reader<'_> {
    fn part(&mut self, part: &str, newer: bool) {
        let Some((key, value)) = part.split_once('=') else {
            self.unknown(part, newer);
            return;
        };
        match key {
            "s" => self.scenario(value),
            "a" => self.active(value),
            "start" => self.date(value, false),
            "by" => self.date(value, true),
            "q" => self.quote(value),
            "apr" => self.finance_text(value, true),
            "months" => self.finance_text(value, false),
            "lot" if self.lot.is_none() => self.lot(value),
            _ => self.unknown(part, newer),
        }
    }

    fn unknown(&mut self, part: &str, newer: bool) {
        self.unknown_parts += 1;
        // A newer version's parts are expected to be unknown; they are counted in one line.
        // Otherwise the first few are named, so a typo can be found, and the rest counted.
        if !newer && self.unknown_parts <= MAX_UNKNOWN_NAMED {
            self.notes.push(LinkNote::UnknownPart { part: shown(part) });
        }
    }

    fn scenario(&mut self, value: &str) {
        self.scenarios_seen += 1;
        let number = self.scenarios_seen;
        if number > MAX_SCENARIOS {
            self.extra_scenarios += 1;
            return;
        }
        let mut fields = value.splitn(3, '.');
        let method_text = fields.next().unwrap_or_default();
        let tier_text = fields.next();
        let sessions_text = fields.next();

        let method_id = match percent_decode(method_text) {
            Ok(text) => text,
            Err(problem) => {
                self.notes.push(LinkNote::MethodNotText {
                    scenario: number,
                    problem,
                });
                return;
            }
        };
        if method_id.is_empty() {
            self.notes.push(LinkNote::NoMethod { scenario: number });
            return;
        }
        let Some(method) = self.book.method(&method_id) else {
            self.notes.push(LinkNote::UnknownMethod {
                scenario: number,
                method: shown(&method_id),
            });
            return;
        };

        let tier = match tier_text.map(percent_decode) {
            None => NOT_SURE.to_owned(),
            Some(Ok(tier)) if tier.is_empty() => NOT_SURE.to_owned(),
            Some(Ok(tier)) => {
                if self
                    .book
                    .tiers_for(&method.id)
                    .iter()
                    .any(|offered| offered.id == tier)
                {
                    tier
                } else {
                    let known = self.book.tier(&tier).is_some();
                    let tier = shown(&tier);
                    self.notes.push(if known {
                        LinkNote::TierNotOffered {
                            scenario: number,
                            tier,
                            method: method.id.clone(),
                        }
                    } else {
                        LinkNote::UnknownTier {
                            scenario: number,
                            tier,
                        }
                    });
                    NOT_SURE.to_owned()
                }
            }
            Some(Err(problem)) => {
                self.notes.push(LinkNote::TierNotText {
                    scenario: number,
                    problem,
                });
                NOT_SURE.to_owned()
            }
        };

        let sessions = match sessions_text.map(percent_decode) {
            None => DEFAULT_SESSIONS.to_owned(),
            Some(Ok(text)) if text.chars().count() > MAX_TEXT_CHARS => {
                self.notes.push(LinkNote::SessionsTooLong {
                    scenario: number,
                    max_chars: MAX_TEXT_CHARS,
                    shown: DEFAULT_SESSIONS,
                });
                DEFAULT_SESSIONS.to_owned()
            }
            Some(Ok(text)) => text,
            Some(Err(problem)) => {
                self.notes.push(LinkNote::SessionsNotText {
                    scenario: number,
                    problem,
                    shown: DEFAULT_SESSIONS,
                });
                DEFAULT_SESSIONS.to_owned()
            }
        };
        self.scenarios.push(RawInput {
            method: method.id.clone(),
            tier,
            sessions,
            lot_data: false,
        });
        self.link_numbers.push(number);
    }

    fn lot(&mut self, value: &str) {
        let numbers: Option<Vec<usize>> = value
            .split('.')
            .map(|part| {
                (part.len() == 1)
                    .then(|| part.parse::<usize>().ok())
                    .flatten()
                    .filter(|n| (1..=MAX_SCENARIOS).contains(n))
            })
            .collect();
        match numbers {
            Some(numbers) => self.lot = Some(numbers),
            None => {
                self.lot = Some(Vec::new());
                self.notes.push(LinkNote::BadLot {
                    value: shown(value),
                    max: MAX_SCENARIOS,
                });
            }
        }
    }

    fn active(&mut self, value: &str) {
        if self.active.is_some() {
            self.notes.push(LinkNote::SecondActive {
                value: shown(value),
            });
            return;
        }
        let number = (1..=3)
            .contains(&value.len())
            .then(|| value.parse::<usize>().ok())
            .flatten()
            .filter(|number| *number >= 1);
        match number {
            Some(number) => self.active = Some((number, value.to_owned())),
            None => self.notes.push(LinkNote::ActiveNotNumber {
                value: shown(value),
            }),
        }
    }

    fn date(&mut self, value: &str, ready_by: bool) {
        let date = if ready_by {
            LinkDate::Event
        } else {
            LinkDate::Start
        };
        let text = match percent_decode(value) {
            Ok(text) => text,
            Err(problem) => {
                self.notes.push(LinkNote::DateNotText { date, problem });
                return;
            }
        };
        if let Some(existing) = self.dates {
            let text = shown(&text);
            self.notes.push(match (existing, ready_by) {
                (PlanDates::Start(_), false) | (PlanDates::ReadyBy(_), true) => {
                    LinkNote::SecondDate { date, text }
                }
                _ => LinkNote::BothDates { date, text },
            });
            return;
        }
        match Date::parse_iso(&text) {
            Ok(date) => {
                self.dates = Some(if ready_by {
                    PlanDates::ReadyBy(date)
                } else {
                    PlanDates::Start(date)
                });
            }
            Err(error) => self.notes.push(LinkNote::BadDate {
                date,
                error: error.cleaned(),
            }),
        }
    }

    fn quote(&mut self, value: &str) {
        let text = match percent_decode(value) {
            Ok(text) => text,
            Err(problem) => {
                self.notes.push(LinkNote::QuoteNotText { problem });
                return;
            }
        };
        if text.trim().is_empty() {
            return;
        }
        if self.quote.is_some() {
            self.notes.push(LinkNote::SecondQuote);
        } else if text.chars().count() > MAX_TEXT_CHARS {
            self.notes.push(LinkNote::QuoteTooLong {
                max_chars: MAX_TEXT_CHARS,
            });
        } else {
            self.quote = Some(text);
        }
    }

    /// The financing illustration's typed APR (`apr`) or term (`months`), kept as text: the
    /// illustration checks it and says what is wrong, as it does for typed input.
    fn finance_text(&mut self, value: &str, is_apr: bool) {
        let field = if is_apr {
            FinanceField::Apr
        } else {
            FinanceField::Term
        };
        let text = match percent_decode(value) {
            Ok(text) => text,
            Err(problem) => {
                self.notes.push(LinkNote::FinanceNotText { field, problem });
                return;
            }
        };
        if text.trim().is_empty() {
            return;
        }
        let slot = if is_apr {
            &mut self.finance.apr
        } else {
            &mut self.finance.months
        };
        if slot.is_some() {
            self.notes.push(LinkNote::SecondFinance { field });
        } else if text.chars().count() > MAX_TEXT_CHARS {
            self.notes.push(LinkNote::FinanceTooLong {
                field,
                max_chars: MAX_TEXT_CHARS,
            });
        } else {
            *slot = Some(text);
        }
    }

    fn finish(mut self, newer: bool) -> Decoded {
        if let Some(lot) = &self.lot {
            for (raw, number) in self.scenarios.iter_mut().zip(&self.link_numbers) {
                raw.lot_data = lot.contains(number);
            }
        }
        let unnamed = self.unknown_parts.saturating_sub(MAX_UNKNOWN_NAMED);
        if !newer && unnamed > 0 {
            self.notes
                .push_always(LinkNote::MoreUnknownParts { count: unnamed });
        }
        if self.extra_scenarios > 0 {
            self.notes.push_always(LinkNote::ExtraScenarios {
                count: self.extra_scenarios,
                max: MAX_SCENARIOS,
            });
        }
        let mut active = 0;
        if let Some((number, text)) = &self.active {
            match self.link_numbers.iter().position(|n| n == number) {
                Some(index) => active = index,
                None if *number <= self.scenarios_seen.min(MAX_SCENARIOS) => {
                    if !self.scenarios.is_empty() {
                        self.notes
                            .push_always(LinkNote::ActiveNotRestored { scenario: *number });
                    }
                }
                None => self.notes.push_always(LinkNote::ActiveMissing {
                    value: shown(text),
                    scenario: *number,
                }),
            }
        }
        let mut scenarios = self.scenarios;
        if scenarios.is_empty() {
            if self.scenarios_seen > 0 {
                self.notes.push_always(LinkNote::NoScenario);
            }
            scenarios.push(RawInput::initial(self.book));
            active = 0;
        }
        let share_quote = self.quote.is_some();
        Decoded {
            state: ShareState {
                scenarios,
                active,
                dates: self.dates.unwrap_or_default(),
                quote: self.quote,
                share_quote,
                finance: self.finance,
            },
            ignored: self.notes.into_vec(),
        }
    }
}

/// Why a value could not be percent-decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecodeProblem {
    /// A `%` not followed by two hexadecimal digits.
    BadEscape,
    /// The bytes are not UTF-8 text.
    NotText,
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Decodes `%XX` escapes; every other byte stands for itself (browsers leave some characters
/// unescaped in fragments). `+` is not a space here: that rule belongs to form data.
fn percent_decode(text: &str) -> Result<String, DecodeProblem> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte == b'%' {
            let high = bytes.get(index + 1).copied().and_then(hex_value);
            let low = bytes.get(index + 2).copied().and_then(hex_value);
            match (high, low) {
                (Some(high), Some(low)) => out.push(high * 16 + low),
                _ => return Err(DecodeProblem::BadEscape),
            }
            index += 3;
        } else {
            out.push(byte);
            index += 1;
        }
    }
    String::from_utf8(out).map_err(|_| DecodeProblem::NotText)
}

/// Percent-encodes every byte except ASCII letters, digits and `-_~`, and `.` when
/// `keep_dots` (see the module documentation for where dots are kept).
fn percent_encode(text: &str, keep_dots: bool) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let plain = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'_' | b'~')
            || (keep_dots && byte == b'.');
        if plain {
            out.push(char::from(byte));
        } else {
            // Both nibbles are below 16, so the lookups cannot miss.
            let hex =
                |nibble: u8| char::from(HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'));
            out.push('%');
            out.push(hex(byte >> 4));
            out.push(hex(byte & 0x0f));
        }
    }
    out
}

/// Text from a link as a message quotes it: percent-decoded where possible, without control
/// or direction-changing characters (which could disguise the message), and shortened.
fn shown(text: &str) -> String {
    let decoded = percent_decode(text).unwrap_or_else(|_| text.to_owned());
    shorten(&clean(&decoded), SHOWN_CHARS)
}
