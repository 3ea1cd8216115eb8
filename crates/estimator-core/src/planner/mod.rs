//! The whole planner a person works with: up to three scenarios, plan dates, a quoted price,
//! and what a restored link ignored. [`PlannerInput`] is the raw input, changed only by
//! [`PlannerInput::apply`] (the shell's reducer calls nothing else); [`planner_view`] turns it
//! into everything the page shows. Both are pure, so the page's behaviour is tested here.

pub mod booking;
pub mod calendar;
pub mod compare;
pub mod financing;
pub mod plan;
pub mod quote;
pub mod share;

use crate::calendar::{Date, DateError, DateFormat};
use crate::compare::{compare_view, CompareView};
use crate::estimate::estimate_with;
use crate::financing::{FinanceChoice, FinancingAction, FinancingInput};
use crate::form::{resolve, step_sessions, RawInput};
use crate::lang::Lang;
use crate::money::MoneyFormat;
use crate::plan::{timeline_view, PlanDates, TimelineView};
use crate::price_book::PriceBook;
use crate::quote::{quote_view, QuoteView};
use crate::share::{encode, Decoded, LinkNote, ShareFinance, ShareState, MAX_SCENARIOS};
use crate::view::{page_view, scenario_summary, PageView, ResultView};
use crate::words::words;

pub use crate::words::planner::PlannerLabels;

/// How the plan is placed in time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateMode {
    /// Weeks from the first session, no calendar dates.
    #[default]
    Undated,
    /// The first session is on the given date.
    Start,
    /// Final results should be complete by the given date (an event).
    ReadyBy,
}

impl DateMode {
    pub fn as_str(self) -> &'static str {
        match self {
            DateMode::Undated => "undated",
            DateMode::Start => "start",
            DateMode::ReadyBy => "ready-by",
        }
    }

    /// Reads the value of a date-mode radio button; anything unknown means no dates.
    pub fn parse(value: &str) -> DateMode {
        match value {
            "start" => DateMode::Start,
            "ready-by" => DateMode::ReadyBy,
            _ => DateMode::Undated,
        }
    }
}

/// Everything the person has entered, as the page holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannerInput {
    /// One to [`MAX_SCENARIOS`] scenarios.
    pub scenarios: Vec<RawInput>,
    /// The scenario the controls edit, always a valid index.
    pub active: usize,
    pub date_mode: DateMode,
    /// The date as the date field gives it (`YYYY-MM-DD`), or as typed.
    pub date_text: String,
    /// Whether the person has used the date field since choosing a dated mode (changed it,
    /// or left it). Until then an empty field is a prompt, not an error.
    pub date_touched: bool,
    /// The quoted price as typed.
    pub quote: String,
    /// Whether the quote goes into the shared link; off unless the person turns it on.
    pub share_quote: bool,
    /// What a restored link could not use, for the person to read (and dismiss); the view
    /// words it.
    pub notices: Vec<LinkNote>,
    /// The financing illustration's input: empty at first, since no rate is suggested.
    pub financing: FinancingInput,
}

/// A change the person makes. The reducer applies these and nothing else.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlannerAction {
    ChooseMethod(String),
    ChooseTier(String),
    /// The person says the clinic has (or has not) shown them the lot's data.
    LotDataShown(bool),
    TypeSessions(String),
    /// The "one more" (+1) or "one fewer" (-1) session button.
    StepSessions(i32),
    /// Adds a scenario: a copy of the one shown, which the person then changes.
    AddScenario,
    RemoveScenario(usize),
    ShowScenario(usize),
    ChooseDateMode(DateMode),
    TypeDate(String),
    /// The person left the date field (it lost focus), typed into or not.
    LeaveDateField,
    TypeQuote(String),
    ShareQuote(bool),
    /// The state a link holds, with what it ignored.
    Restore(Decoded),
    DismissNotices,
    /// A change to the financing illustration's input.
    Finance(FinancingAction),
}

impl PlannerInput {
    /// One scenario with the form's starting input; no dates, no quote.
    pub fn initial(book: &PriceBook) -> PlannerInput {
        PlannerInput {
            scenarios: vec![RawInput::initial(book)],
            active: 0,
            date_mode: DateMode::Undated,
            date_text: String::new(),
            date_touched: false,
            quote: String::new(),
            share_quote: false,
            notices: Vec::new(),
            financing: FinancingInput::default(),
        }
    }

    /// The scenario the controls edit.
    pub fn current(&self) -> Option<&RawInput> {
        self.scenarios.get(self.active)
    }

    /// The input after one change. Every result keeps one to three scenarios and a valid
    /// active index, whatever the action.
    pub fn apply(&self, action: PlannerAction) -> PlannerInput {
        let mut next = self.clone();
        match action {
            PlannerAction::ChooseMethod(method) => next.edit_current(|raw| raw.method = method),
            PlannerAction::ChooseTier(tier) => next.edit_current(|raw| raw.tier = tier),
            PlannerAction::LotDataShown(shown) => next.edit_current(|raw| raw.lot_data = shown),
            PlannerAction::TypeSessions(text) => next.edit_current(|raw| raw.sessions = text),
            PlannerAction::StepSessions(delta) => {
                next.edit_current(|raw| raw.sessions = step_sessions(&raw.sessions, delta))
            }
            PlannerAction::AddScenario => {
                if let Some(copy) = self.current().cloned() {
                    if next.scenarios.len() < MAX_SCENARIOS {
                        next.scenarios.push(copy);
                        next.active = next.scenarios.len() - 1;
                    }
                }
            }
            PlannerAction::RemoveScenario(index) => {
                if next.scenarios.len() > 1 && index < next.scenarios.len() {
                    next.scenarios.remove(index);
                    if next.active > index || next.active >= next.scenarios.len() {
                        next.active = next.active.saturating_sub(1);
                    }
                }
            }
            PlannerAction::ShowScenario(index) => {
                if index < next.scenarios.len() {
                    next.active = index;
                }
            }
            PlannerAction::ChooseDateMode(mode) => {
                // A newly shown date field starts untouched; staying in the same mode keeps
                // what the person already did.
                if mode != next.date_mode {
                    next.date_touched = false;
                }
                next.date_mode = mode;
            }
            PlannerAction::TypeDate(text) => {
                next.date_text = text;
                next.date_touched = true;
            }
            PlannerAction::LeaveDateField => next.date_touched = true,
            PlannerAction::TypeQuote(text) => next.quote = text,
            PlannerAction::ShareQuote(share) => next.share_quote = share,
            PlannerAction::Restore(decoded) => next = PlannerInput::from_link(decoded),
            PlannerAction::DismissNotices => next.notices.clear(),
            PlannerAction::Finance(action) => next.financing = self.financing.apply(action),
        }
        next
    }

    fn edit_current(&mut self, change: impl FnOnce(&mut RawInput)) {
        if let Some(raw) = self.scenarios.get_mut(self.active) {
            change(raw);
        }
    }

    /// The input a link describes. `decode` guarantees one to three scenarios and a valid
    /// active index; they are checked again so that no input can break that promise.
    fn from_link(decoded: Decoded) -> PlannerInput {
        let state = decoded.state;
        let (date_mode, date_text) = match state.dates {
            PlanDates::Undated => (DateMode::Undated, String::new()),
            PlanDates::Start(date) => (DateMode::Start, date.to_iso()),
            PlanDates::ReadyBy(date) => (DateMode::ReadyBy, date.to_iso()),
        };
        let mut scenarios = state.scenarios;
        scenarios.truncate(MAX_SCENARIOS);
        let active = state.active.min(scenarios.len().saturating_sub(1));
        PlannerInput {
            scenarios,
            active,
            date_mode,
            date_text,
            date_touched: false,
            quote: state.quote.unwrap_or_default(),
            share_quote: state.share_quote,
            notices: decoded.ignored,
            financing: FinancingInput {
                apr: state.finance.apr.unwrap_or_default(),
                months: state.finance.months.unwrap_or_default(),
                ..FinancingInput::default()
            },
        }
    }

    /// The plan dates, if the date field holds a date the mode can use.
    fn dates(&self) -> Result<PlanDates, DateError> {
        if self.date_mode == DateMode::Undated {
            return Ok(PlanDates::Undated);
        }
        let date = Date::parse_iso(&self.date_text)?;
        Ok(match self.date_mode {
            DateMode::Start => PlanDates::Start(date),
            _ => PlanDates::ReadyBy(date),
        })
    }

    /// What a link made now holds: each scenario as the page shows it (a tier the method does
    /// not offer is shown, and so linked, as "Not sure"), the quote only if the person asked,
    /// dates only if valid.
    pub fn share_state(&self, book: &PriceBook) -> ShareState {
        let scenarios = self
            .scenarios
            .iter()
            .map(|raw| match resolve(book, raw) {
                Some(resolved) => RawInput {
                    method: resolved.method.id.clone(),
                    tier: resolved.tier.id.clone(),
                    sessions: raw.sessions.clone(),
                    lot_data: raw.lot_data,
                },
                None => raw.clone(),
            })
            .collect();
        ShareState {
            scenarios,
            active: self.active,
            dates: self.dates().unwrap_or_default(),
            quote: Some(self.quote.clone()).filter(|quote| !quote.trim().is_empty()),
            share_quote: self.share_quote,
            // The typed rate and term only: a clinic's plan belongs to its widget, which
            // never writes a link.
            finance: match self.financing.choice {
                FinanceChoice::Typed => ShareFinance {
                    apr: Some(self.financing.apr.clone()),
                    months: Some(self.financing.months.clone()),
                },
                FinanceChoice::Plan(_) => ShareFinance::default(),
            },
        }
        .shareable()
    }
}

/// One scenario's tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioTab {
    /// "Scenario 1".
    pub label: String,
    /// "Microneedling exosome facial · Not sure · 3 sessions", or the method and the problem.
    pub summary: String,
    /// The scenario's total as the comparison shows it ("$2,000 – $4,000", "No published
    /// figure"), or what the comparison's cells say while the session count cannot be used.
    pub total: String,
    /// The accessible name of the tab's remove button: "Remove Scenario 1".
    pub remove_label: String,
    pub active: bool,
}

/// The plan-dates controls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatesView {
    pub mode: DateMode,
    pub text: String,
    /// "Dates", the legend of the mode choice.
    pub legend: &'static str,
    /// The three modes with their labels, in the order shown.
    pub modes: [(DateMode, &'static str); 3],
    /// The label of the date field for the mode.
    pub date_label: &'static str,
    /// Why the date cannot be used, if it cannot. An empty field is an error only once the
    /// person has used it ([`PlannerInput::date_touched`]); before, [`DatesView::prompt`] asks.
    pub error: Option<String>,
    /// What to do with a date field not yet used, shown as a plain hint.
    pub prompt: Option<String>,
}

/// Where the comparison is, once there are two scenarios or more.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareCue {
    /// A link to the comparison: "See the comparison of 2 scenarios".
    pub link: String,
    /// Said once, just after "Add scenario": which scenario the controls now change, and
    /// where the comparison is.
    pub added: String,
}

/// Keeping, sharing and printing the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareView {
    pub title: &'static str,
    /// Where the plan is kept (only in the link).
    pub hint: &'static str,
    pub copy: &'static str,
    /// The button for the system's share sheet, offered where the browser has one.
    pub system_share: &'static str,
    pub print: &'static str,
    pub include_quote: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    /// The label of the field that shows the link when copying failed.
    pub link_label: &'static str,
    /// The title and text handed to the system's share sheet with the link.
    pub share_title: &'static str,
    pub share_text: String,
    /// On the printed sheet, before the link back to the plan: "Printed on 1 Dec 2026. To
    /// open this plan again:".
    pub printed_on: String,
}

/// Everything the planner shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannerView {
    /// The calculator for the scenario shown.
    pub page: PageView,
    pub tabs: Vec<ScenarioTab>,
    /// Whether the tabs are shown: only once there are two scenarios to choose between.
    pub show_tabs: bool,
    pub can_add: bool,
    /// Why no scenario can be added, when it cannot.
    pub add_limit: Option<String>,
    /// Side by side, once there are two scenarios or more.
    pub compare: Option<CompareView>,
    /// Where the comparison is, with it.
    pub compare_cue: Option<CompareCue>,
    pub dates: DatesView,
    /// The plan as a timeline; absent while the session count is not valid.
    pub timeline: Option<TimelineView>,
    /// The quote check for the scenario shown; absent while the session count is not valid.
    pub quote: Option<QuoteView>,
    pub quote_text: String,
    pub share_quote: bool,
    /// The URL fragment (without `#`) that restores this state.
    pub fragment: String,
    /// What a restored link ignored, in short sentences.
    pub notices: Vec<String>,
    pub share: ShareView,
    /// The planner's fixed words (headings, labels, buttons), so the shell writes none.
    pub words: &'static PlannerLabels,
}

/// Builds the planner's view. `today` comes from the shell's clock; the core never reads one.
pub fn planner_view(
    book: &PriceBook,
    input: &PlannerInput,
    today: Date,
    money: &dyn MoneyFormat,
    date_format: &dyn DateFormat,
    lang: Lang,
) -> PlannerView {
    let words = words(lang).planner;
    let fallback = RawInput::initial(book);
    let current = input.current().unwrap_or(&fallback);
    let page = page_view(book, current, money, lang);
    let tabs = input
        .scenarios
        .iter()
        .enumerate()
        .map(|(index, raw)| {
            let label = (words.scenario)(index + 1);
            ScenarioTab {
                remove_label: (words.remove_scenario)(&label),
                label,
                summary: tab_summary(book, raw, lang),
                total: scenario_total(book, raw, money, lang),
                active: index == input.active,
            }
        })
        .collect::<Vec<_>>();
    let can_add = input.scenarios.len() < MAX_SCENARIOS;
    let add_limit = (!can_add).then(|| (words.add_limit)(MAX_SCENARIOS));
    let compare =
        (input.scenarios.len() > 1).then(|| compare_view(book, &input.scenarios, money, lang));
    let compare_cue = compare.as_ref().map(|compare| CompareCue {
        link: (words.compare_link)(compare.columns.len()),
        added: (words.scenario_added)(input.active + 1),
    });
    let dates_result = input.dates();
    let dates = DatesView {
        mode: input.date_mode,
        text: input.date_text.clone(),
        legend: words.dates_legend,
        modes: [
            (DateMode::Undated, words.mode_undated),
            (DateMode::Start, words.mode_start),
            (DateMode::ReadyBy, words.mode_ready_by),
        ],
        date_label: match input.date_mode {
            DateMode::ReadyBy => words.ready_by_label,
            _ => words.start_label,
        },
        error: match (&dates_result, input.date_text.trim().is_empty()) {
            (Err(_), true) if input.date_touched => Some(words.choose_a_date.to_owned()),
            (Err(_), true) => None,
            (Err(error), false) => Some(error.message(lang)),
            _ => None,
        },
        prompt: (dates_result.is_err() && input.date_text.trim().is_empty() && !input.date_touched)
            .then(|| words.choose_a_date.to_owned()),
    };
    let request = resolve(book, current).and_then(|resolved| resolved.request());
    let chosen = request
        .as_ref()
        .and_then(|request| estimate_with(book, request, current.lot_data()));
    let timeline = chosen.as_ref().map(|estimate| {
        timeline_view(
            estimate,
            dates_result.clone().unwrap_or_default(),
            today,
            date_format,
            lang,
        )
    });
    let quote = chosen
        .as_ref()
        .map(|estimate| quote_view(&input.quote, estimate, money, lang));
    let share = ShareView {
        title: words.share_title,
        hint: words.share_hint,
        copy: words.copy_link,
        system_share: words.system_share,
        print: words.print,
        include_quote: words.include_quote,
        copied: words.copied,
        copy_failed: words.copy_failed,
        link_label: words.link_label,
        share_title: words.share_sheet_title,
        share_text: tabs
            .get(input.active)
            .map(|tab| tab.summary.clone())
            .unwrap_or_default(),
        printed_on: (words.printed_on)(&date_format.format(today)),
    };
    PlannerView {
        page,
        show_tabs: tabs.len() > 1,
        tabs,
        can_add,
        add_limit,
        compare,
        compare_cue,
        dates,
        timeline,
        quote,
        quote_text: input.quote.clone(),
        share_quote: input.share_quote,
        fragment: encode(&input.share_state(book)),
        notices: input
            .notices
            .iter()
            .map(|note| note.message(book, lang))
            .collect(),
        share,
        words: &words.labels,
    }
}

/// A scenario's total as the single estimate shows it, or why there is none yet.
fn scenario_total(book: &PriceBook, raw: &RawInput, money: &dyn MoneyFormat, lang: Lang) -> String {
    match page_view(book, raw, money, lang).result {
        ResultView::Estimate(view) => view.total.value,
        ResultView::NeedsInput(_) => words(lang).planner.waits_for_sessions.to_owned(),
    }
}

/// The tab's summary, as the calculator's card and the comparison's column word it, or
/// nothing for a book without methods (which validation rejects).
fn tab_summary(book: &PriceBook, raw: &RawInput, lang: Lang) -> String {
    let Some(resolved) = resolve(book, raw) else {
        return String::new();
    };
    let sessions = resolved.sessions.ok();
    scenario_summary(book, resolved.method, resolved.tier, sessions, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::PlainDateFormat;
    use crate::compare::WAITS_FOR_SESSIONS;
    use crate::money::PlainFormatter;
    use crate::share::decode;
    use crate::view::ResultView;
    use crate::words::planner::ENGLISH;

    const CHOOSE_A_DATE: &str = ENGLISH.choose_a_date;

    fn book() -> PriceBook {
        PriceBook::published()
    }

    fn today() -> Date {
        Date::parse_iso("2026-11-25").unwrap()
    }

    fn view(input: &PlannerInput) -> PlannerView {
        view_in(input, Lang::En)
    }

    fn view_in(input: &PlannerInput, lang: Lang) -> PlannerView {
        planner_view(
            &book(),
            input,
            today(),
            &PlainFormatter::new("USD"),
            &PlainDateFormat,
            lang,
        )
    }

    #[test]
    fn adding_copies_the_shown_scenario_up_to_three() {
        let book = book();
        let mut input = PlannerInput::initial(&book).apply(PlannerAction::TypeSessions("2".into()));
        input = input.apply(PlannerAction::AddScenario);
        assert_eq!(input.scenarios.len(), 2);
        assert_eq!(input.active, 1);
        assert_eq!(input.scenarios[1].sessions, "2");
        input = input.apply(PlannerAction::ChooseMethod("injection".into()));
        assert_eq!(input.scenarios[0].method, "microneedling");
        assert_eq!(input.scenarios[1].method, "injection");
        input = input
            .apply(PlannerAction::AddScenario)
            .apply(PlannerAction::AddScenario);
        assert_eq!(input.scenarios.len(), 3);
        let shown = view(&input);
        assert!(!shown.can_add);
        assert!(shown.add_limit.unwrap().contains("At most 3"));
        assert_eq!(shown.compare.unwrap().columns.len(), 3);
    }

    #[test]
    fn removing_keeps_a_valid_active_scenario_and_never_the_last_one() {
        let book = book();
        let mut input = PlannerInput::initial(&book)
            .apply(PlannerAction::AddScenario)
            .apply(PlannerAction::AddScenario);
        input = input.apply(PlannerAction::RemoveScenario(2));
        assert_eq!((input.scenarios.len(), input.active), (2, 1));
        input = input.apply(PlannerAction::RemoveScenario(0));
        assert_eq!((input.scenarios.len(), input.active), (1, 0));
        input = input.apply(PlannerAction::RemoveScenario(0));
        assert_eq!(input.scenarios.len(), 1, "the last scenario stays");
        assert_eq!(input.apply(PlannerAction::ShowScenario(7)).active, 0);
        assert!(view(&input).compare.is_none());
    }

    #[test]
    fn dates_drive_the_timeline_and_bad_dates_say_why() {
        let book = book();
        let input = PlannerInput::initial(&book)
            .apply(PlannerAction::ChooseDateMode(DateMode::Start))
            .apply(PlannerAction::TypeDate("2026-12-01".into()));
        let shown = view(&input);
        assert_eq!(shown.dates.error, None);
        let timeline = shown.timeline.unwrap();
        assert!(
            timeline.text_alternative[0].contains("1 Dec 2026"),
            "{:?}",
            timeline.text_alternative
        );
        let bad = input.apply(PlannerAction::TypeDate("2026-02-30".into()));
        assert!(view(&bad).dates.error.unwrap().contains("not a real date"));
        let empty = input.apply(PlannerAction::TypeDate(String::new()));
        assert!(view(&empty).dates.error.unwrap().contains("Choose a date"));
    }

    #[test]
    fn an_event_the_plan_cannot_meet_is_said_plainly() {
        let book = book();
        let input = PlannerInput::initial(&book)
            .apply(PlannerAction::ChooseDateMode(DateMode::ReadyBy))
            .apply(PlannerAction::TypeDate("2026-12-24".into()));
        let status = view(&input).timeline.unwrap().status.unwrap();
        assert!(
            status.message.contains("cannot be ready"),
            "{}",
            status.message
        );
    }

    #[test]
    fn the_fragment_round_trips_and_leaves_the_quote_out_unless_asked() {
        let book = book();
        let input = PlannerInput::initial(&book)
            .apply(PlannerAction::AddScenario)
            .apply(PlannerAction::ChooseMethod("injection".into()))
            .apply(PlannerAction::ChooseDateMode(DateMode::Start))
            .apply(PlannerAction::TypeDate("2027-01-04".into()))
            .apply(PlannerAction::TypeQuote("2500".into()));
        let fragment = view(&input).fragment;
        assert!(!fragment.contains("q="), "{fragment}");
        let restored =
            PlannerInput::initial(&book).apply(PlannerAction::Restore(decode(&fragment, &book)));
        assert_eq!(restored.scenarios, input.scenarios);
        assert_eq!(restored.active, 1);
        assert_eq!(restored.date_text, "2027-01-04");
        assert_eq!(restored.quote, "");
        assert!(restored.notices.is_empty());
        let shared = input.apply(PlannerAction::ShareQuote(true));
        let with_quote = view(&shared).fragment;
        assert!(with_quote.contains("q=2500"), "{with_quote}");
        let restored =
            PlannerInput::initial(&book).apply(PlannerAction::Restore(decode(&with_quote, &book)));
        assert_eq!(
            (restored.quote.as_str(), restored.share_quote),
            ("2500", true)
        );
    }

    #[test]
    fn a_link_holds_the_tier_the_page_shows() {
        let book = book();
        let input = PlannerInput::initial(&book)
            .apply(PlannerAction::ChooseTier("plant".into()))
            .apply(PlannerAction::ChooseMethod("injection".into()));
        let fragment = view(&input).fragment;
        assert!(fragment.contains("s=injection.not-sure.3"), "{fragment}");
        assert!(decode(&fragment, &book).ignored.is_empty());
    }

    #[test]
    fn a_damaged_link_restores_what_it_can_and_says_what_it_ignored() {
        let book = book();
        let decoded = decode(
            "v1&s=laser-of-doom.x.3&s=injection.msc-injectable.2&zz=1",
            &book,
        );
        let restored = PlannerInput::initial(&book).apply(PlannerAction::Restore(decoded));
        assert_eq!(restored.scenarios.len(), 1);
        assert_eq!(restored.scenarios[0].method, "injection");
        assert!(!restored.notices.is_empty());
        assert!(restored
            .apply(PlannerAction::DismissNotices)
            .notices
            .is_empty());
    }

    #[test]
    fn tabs_appear_with_a_second_scenario_and_carry_each_total() {
        let book = book();
        let one = view(&PlannerInput::initial(&book));
        assert!(!one.show_tabs);
        assert!(one.compare_cue.is_none());
        assert_eq!(one.tabs[0].total, "$2,000 – $4,000");
        let two = PlannerInput::initial(&book)
            .apply(PlannerAction::AddScenario)
            .apply(PlannerAction::ChooseMethod("fractional-laser".into()))
            .apply(PlannerAction::AddScenario)
            .apply(PlannerAction::TypeSessions("abc".into()));
        let shown = view(&two);
        assert!(shown.show_tabs);
        let totals: Vec<&str> = shown.tabs.iter().map(|tab| tab.total.as_str()).collect();
        assert_eq!(
            totals,
            ["$2,000 – $4,000", "No published figure", WAITS_FOR_SESSIONS]
        );
        // Each tab's total is the comparison's total for the same scenario.
        let compare = shown.compare.as_ref().unwrap();
        for (index, tab) in shown.tabs.iter().enumerate() {
            if index < 2 {
                assert_eq!(tab.total, compare.rows[0].cells[index].value);
            }
        }
        assert_eq!(shown.tabs[1].remove_label, "Remove Scenario 2");
        let cue = shown.compare_cue.unwrap();
        assert_eq!(cue.link, "See the comparison of 3 scenarios");
        assert!(cue.added.starts_with("Scenario 3 added"), "{}", cue.added);
        assert!(cue.added.contains("comparison"), "{}", cue.added);
    }

    #[test]
    fn an_empty_date_field_asks_first_and_is_an_error_only_once_used() {
        let book = book();
        let start =
            PlannerInput::initial(&book).apply(PlannerAction::ChooseDateMode(DateMode::Start));
        let untouched = view(&start).dates;
        assert_eq!(
            untouched.error, None,
            "no red error before the field is used"
        );
        assert_eq!(untouched.prompt.as_deref(), Some(CHOOSE_A_DATE));
        let left = start.apply(PlannerAction::LeaveDateField);
        let dates = view(&left).dates;
        assert_eq!(dates.error.as_deref(), Some(CHOOSE_A_DATE));
        assert_eq!(dates.prompt, None);
        // Another mode shows a fresh field: a prompt again. The same mode keeps the error.
        assert!(
            view(&left.apply(PlannerAction::ChooseDateMode(DateMode::Start)))
                .dates
                .error
                .is_some()
        );
        let ready_by = left.apply(PlannerAction::ChooseDateMode(DateMode::ReadyBy));
        assert_eq!(view(&ready_by).dates.error, None);
        // A date that is not real is an error at once, touched or not; a good one is neither.
        let typed = start.apply(PlannerAction::TypeDate("2027-02-30".into()));
        assert!(view(&typed).dates.error.is_some());
        let good = start.apply(PlannerAction::TypeDate("2027-02-01".into()));
        assert_eq!(
            (view(&good).dates.error, view(&good).dates.prompt),
            (None, None)
        );
        assert_eq!(
            untouched.modes.map(|(mode, _)| mode),
            [DateMode::Undated, DateMode::Start, DateMode::ReadyBy]
        );
    }

    #[test]
    fn the_share_words_name_the_plan_and_the_print_date() {
        let book = book();
        let input = PlannerInput::initial(&book)
            .apply(PlannerAction::AddScenario)
            .apply(PlannerAction::ChooseMethod("injection".into()));
        let shown = view(&input);
        assert_eq!(shown.share.share_text, shown.tabs[1].summary);
        assert!(
            shown.share.share_text.contains("injection"),
            "{}",
            shown.share.share_text
        );
        assert_eq!(
            shown.share.printed_on,
            "Printed on 25 Nov 2026. To open this plan again:"
        );
        assert_eq!(shown.words.add_scenario, "Add scenario");
    }

    #[test]
    fn a_tab_sums_its_scenario_up_as_its_column_does_with_or_without_a_count() {
        let book = book();
        let input = PlannerInput::initial(&book)
            .apply(PlannerAction::AddScenario)
            .apply(PlannerAction::TypeSessions("abc".into()));
        for &lang in Lang::BUILT {
            let shown = view_in(&input, lang);
            let Some(compare) = &shown.compare else {
                panic!("two scenarios are compared");
            };
            let tabs: Vec<&str> = shown.tabs.iter().map(|tab| tab.summary.as_str()).collect();
            let columns: Vec<&str> = compare
                .columns
                .iter()
                .map(|column| column.summary.as_str())
                .collect();
            assert_eq!(tabs, columns, "{lang:?}");
            assert_ne!(
                tabs[0], tabs[1],
                "{lang:?}: one has a count, one waits for it"
            );
        }
        let shown = view(&input);
        assert_eq!(
            shown.tabs[1].summary,
            "Microneedling exosome facial · Not sure · sessions to be entered"
        );
    }

    #[test]
    fn quote_and_timeline_wait_for_a_valid_session_count() {
        let book = book();
        let input = PlannerInput::initial(&book).apply(PlannerAction::TypeSessions("abc".into()));
        let shown = view(&input);
        assert!(shown.timeline.is_none());
        assert!(shown.quote.is_none());
        assert!(matches!(shown.page.result, ResultView::NeedsInput(_)));
        assert!(shown.tabs[0].summary.contains("sessions to be entered"));
    }
}
