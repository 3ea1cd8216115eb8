//! One estimator: its own reducer, its memoised view, and the planner's layout. The page and
//! every embedded widget mount this component, so each has independent state.

use crate::components::{
    list, AnswerBar, BookingAction, CompareTable, Controls, FinancingSection, Notices, PlanSection,
    PrintSource, Questions, QuoteCheck, ResultPanel, ScenarioTabs, ShareBar,
};
use crate::config::{today, EstimatorConfig, Formats};
use crate::state::FormState;
#[cfg(feature = "clinic")]
use estimator_core::api::plan_change;
use estimator_core::booking::{booking_view, BookingView};
use estimator_core::calendar::Date;
use estimator_core::financing::{financing_view, FinancingView};
use estimator_core::planner::{planner_view, PlannerAction, PlannerInput, PlannerView};
use estimator_core::share::{decode, encode, is_state_fragment};
use estimator_core::Lang;
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

/// Numbers estimator instances so that element ids stay unique on a page with several. It
/// holds no user state: only a counter for ids.
static NEXT_INSTANCE: AtomicUsize = AtomicUsize::new(0);

#[component]
pub fn Estimator() -> Html {
    let config = use_context::<EstimatorConfig>()
        .unwrap_or_else(|| EstimatorConfig::published(Lang::default()));
    // The crash box speaks the estimator's language; its panic hook cannot ask for it later.
    use_memo(config.lang, |lang| crate::crash::speak(*lang));
    let id_prefix = use_memo((), |_| {
        let number = NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed);
        AttrValue::from(format!("estimator-{number}"))
    });
    // The clock is read once, when the estimator mounts; the core never reads one.
    let today = use_memo((), |_| today());
    let form = {
        let book = Rc::clone(&config.book);
        use_reducer(move || FormState {
            input: PlannerInput::initial(&book),
        })
    };
    let formats = use_memo(config.clone(), Formats::new);
    let view = use_memo(
        (config.clone(), form.input.clone(), *today),
        |(config, input, today)| plan_view(config, &formats, input, *today),
    );
    use_fragment_sync(&config, &form, &view.fragment);
    let financing = use_memo((config.clone(), form.input.clone()), |(config, input)| {
        finance_view(config, &formats, input)
    });
    let booking = use_memo((config.clone(), form.input.clone()), |(config, input)| {
        booking_for(config, &formats, input)
    });
    let root = use_node_ref();
    use_plan_change_event(&config, &form, &root);
    let result_card = use_node_ref();
    let on_details = {
        let result_card = result_card.clone();
        Callback::from(move |()| crate::browser::bring_into_view(&result_card))
    };
    let sections = Sections {
        config: config.clone(),
        view: Rc::clone(&view),
        financing: Rc::clone(&financing),
        booking: (*booking).clone(),
        // Every component gets a callback that turns its event into one action of the reducer.
        dispatch: form.dispatcher().to_callback(),
        id_prefix: (*id_prefix).clone(),
        on_details,
        result_card,
        compare_heading: use_node_ref(),
    };

    html! {
        <div class="estimator" ref={root}>
            { list(Section::ALL.into_iter().map(|section| sections.draw(section))) }
        </div>
    }
}

/// The parts of an estimator, top to bottom. Each is drawn on its own by [`Sections::draw`], so
/// that the start can also draw them one at a time, ahead of the estimator (see [`WarmUpSection`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Notices,
    ScenarioTabs,
    Answer,
    Calculator,
    Compare,
    Plan,
    Financing,
    Booking,
    Quote,
    Share,
    Questions,
    PrintSource,
}

impl Section {
    /// Every section, in the order the estimator shows them.
    pub const ALL: [Section; 12] = [
        Section::Notices,
        Section::ScenarioTabs,
        Section::Answer,
        Section::Calculator,
        Section::Compare,
        Section::Plan,
        Section::Financing,
        Section::Booking,
        Section::Quote,
        Section::Share,
        Section::Questions,
        Section::PrintSource,
    ];
}

/// What an estimator's sections are drawn from: its views, the callback into its reducer, its
/// element ids and the elements it moves focus or scrolls to.
struct Sections {
    config: EstimatorConfig,
    view: Rc<PlannerView>,
    financing: Rc<FinancingView>,
    booking: Option<Rc<BookingView>>,
    dispatch: Callback<PlannerAction>,
    id_prefix: AttrValue,
    on_details: Callback<()>,
    result_card: NodeRef,
    compare_heading: NodeRef,
}

impl Sections {
    fn draw(&self, section: Section) -> Html {
        let Sections {
            config,
            view,
            financing,
            booking,
            dispatch,
            id_prefix,
            ..
        } = self;
        let id_prefix = id_prefix.clone();
        match section {
            Section::Notices => html! {
                <Notices notices={view.notices.clone()} words={view.words} on_dismiss={dispatch.reform(|()| PlannerAction::DismissNotices)} />
            },
            Section::ScenarioTabs => html! {
                <ScenarioTabs
                    view={Rc::clone(view)}
                    on_add={dispatch.reform(|()| PlannerAction::AddScenario)}
                    on_show={dispatch.reform(PlannerAction::ShowScenario)}
                    on_remove={dispatch.reform(PlannerAction::RemoveScenario)}
                    compare_heading={self.compare_heading.clone()}
                />
            },
            Section::Answer => html! {
                <AnswerBar answer={view.page.answer.clone()} details_label={view.page.result_words.details_link} on_details={self.on_details.clone()} />
            },
            Section::Calculator => html! {
                <div class="calculator">
                    <Controls
                        view={Rc::clone(view)}
                        id_prefix={id_prefix.clone()}
                        on_method={dispatch.reform(PlannerAction::ChooseMethod)}
                        on_tier={dispatch.reform(PlannerAction::ChooseTier)}
                        on_lot_data={dispatch.reform(PlannerAction::LotDataShown)}
                        on_sessions={dispatch.reform(PlannerAction::TypeSessions)}
                        on_step={dispatch.reform(PlannerAction::StepSessions)}
                    />
                    <ResultPanel result={view.page.result.clone()} words={view.page.result_words} {id_prefix} node={self.result_card.clone()}
                        call_to_action={config.call_to_action.clone()} />
                </div>
            },
            Section::Compare => html! {
                <CompareTable view={Rc::clone(view)} {id_prefix} heading={self.compare_heading.clone()} />
            },
            Section::Plan => html! {
                <PlanSection
                    view={Rc::clone(view)}
                    {id_prefix}
                    on_mode={dispatch.reform(PlannerAction::ChooseDateMode)}
                    on_date={dispatch.reform(PlannerAction::TypeDate)}
                    on_leave_date={dispatch.reform(|()| PlannerAction::LeaveDateField)}
                />
            },
            Section::Financing => html! {
                <FinancingSection view={Rc::clone(financing)} {id_prefix} on_action={dispatch.reform(PlannerAction::Finance)} />
            },
            Section::Booking => match booking {
                Some(booking) => html! { <BookingAction view={Rc::clone(booking)} {id_prefix} /> },
                None => Html::default(),
            },
            Section::Quote => html! {
                <QuoteCheck view={Rc::clone(view)} {id_prefix} on_quote={dispatch.reform(PlannerAction::TypeQuote)} />
            },
            Section::Share if config.owns_page => html! {
                <ShareBar view={Rc::clone(view)} {id_prefix} on_share_quote={dispatch.reform(PlannerAction::ShareQuote)} />
            },
            Section::Questions => html! { <Questions lang={config.lang} /> },
            Section::PrintSource if config.owns_page => {
                html! { <PrintSource view={Rc::clone(view)} /> }
            }
            Section::Share | Section::PrintSource => Html::default(),
        }
    }
}

/// The plan as the estimator shows it.
fn plan_view(
    config: &EstimatorConfig,
    formats: &Formats,
    input: &PlannerInput,
    today: Date,
) -> PlannerView {
    planner_view(
        &config.book,
        input,
        today,
        formats.money.as_ref(),
        formats.dates.as_ref(),
        config.lang,
    )
}

/// The financing section as the estimator shows it.
fn finance_view(
    config: &EstimatorConfig,
    formats: &Formats,
    input: &PlannerInput,
) -> FinancingView {
    financing_view(
        &config.book,
        &config.clinic.financing,
        config.clinic.name.as_deref(),
        input,
        formats.money.as_ref(),
        config.lang,
    )
}

/// The clinic's booking action as the estimator shows it, where the clinic has one.
fn booking_for(
    config: &EstimatorConfig,
    formats: &Formats,
    input: &PlannerInput,
) -> Option<Rc<BookingView>> {
    let booking = config.clinic.booking.as_ref()?;
    Some(Rc::new(booking_view(
        booking,
        config.clinic.name.as_deref().unwrap_or_default(),
        &config.book,
        input,
        formats.money.as_ref(),
        formats.dates.as_ref(),
        config.lang,
    )))
}

/// The views an estimator with `config` opens on: worked out once for the start, which
/// compiles the core's code by working them out and draws every section from the same ones.
pub struct OpeningViews {
    config: EstimatorConfig,
    view: Rc<PlannerView>,
    financing: Rc<FinancingView>,
    booking: Option<Rc<BookingView>>,
}

impl OpeningViews {
    pub fn new(config: EstimatorConfig) -> Self {
        let formats = Formats::new(&config);
        let input = PlannerInput::initial(&config.book);
        OpeningViews {
            view: Rc::new(plan_view(&config, &formats, &input, today())),
            financing: Rc::new(finance_view(&config, &formats, &input)),
            booking: booking_for(&config, &formats, &input),
            config,
        }
    }
}

/// Works out the views an estimator with `config` opens on, and drops them.
///
/// V8 compiles each wasm function the first time it runs, so an estimator's first render is
/// mostly compiling: the core's code (the estimate, the plan, the words, the formatting) and
/// Yew's. Run in a task of its own before the estimator mounts, this compiles the core's part,
/// so the long task of the start is split and the browser can handle input and paint in
/// between. The views themselves take about a millisecond; the estimator makes its
/// own.
pub fn compile_first_views(config: &EstimatorConfig) {
    std::hint::black_box(OpeningViews::new(config.clone()));
}

/// One section of an estimator as it opens, drawn alone and wired to nothing: what the start
/// draws, one section per task, into an element that is in no page (see [`crate::warm_up`]).
///
/// V8 compiles each wasm function the first time it runs, so the first render of a section is
/// mostly compiling its component's code and Yew's. Drawn in a task of its own ahead of the
/// hydration, each section's compile is a short task the browser can answer input between,
/// and the hydration, one long task that cannot be split, runs code already compiled.
#[derive(Properties)]
pub struct WarmUpProps {
    /// Shared by every drawing of one start, so the views are worked out once, not per section.
    pub views: Rc<OpeningViews>,
    pub section: Section,
}

impl PartialEq for WarmUpProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.views, &other.views) && self.section == other.section
    }
}

#[component]
pub fn WarmUpSection(props: &WarmUpProps) -> Html {
    let OpeningViews {
        config,
        view,
        financing,
        booking,
    } = &*props.views;
    let sections = Sections {
        config: config.clone(),
        view: Rc::clone(view),
        financing: Rc::clone(financing),
        booking: booking.clone(),
        dispatch: Callback::noop(),
        // Unique on no page, as the element it is drawn into is in none.
        id_prefix: AttrValue::from("warm-up"),
        on_details: Callback::noop(),
        result_card: NodeRef::default(),
        compare_heading: NodeRef::default(),
    };
    sections.draw(props.section)
}

/// In a clinic's widget, tells the host page when the patient changes the plan: a
/// `plan-change` event (bubbling, and composed so it leaves the shadow root) whose detail is
/// `{method, tier, sessions}` and nothing typed. It is an effect, run after rendering, and only
/// for a change: not for the plan the widget opens with, nor while the session count is not
/// valid. The event is dispatched on the estimator's own element, inside the widget.
#[cfg(feature = "clinic")]
#[hook]
fn use_plan_change_event(
    config: &EstimatorConfig,
    form: &UseReducerHandle<FormState>,
    root: &NodeRef,
) {
    let owns_page = config.owns_page;
    let plan = plan_change(&config.book, &form.input);
    let previous = use_mut_ref(|| None::<Option<estimator_core::api::PlanChange>>);
    let root = root.clone();
    use_effect_with(plan, move |plan| {
        let mut last = previous.borrow_mut();
        let first = last.is_none();
        let changed = last.as_ref() != Some(plan);
        *last = Some(plan.clone());
        if owns_page || first || !changed {
            return;
        }
        if let (Some(plan), Some(element)) = (plan, root.get()) {
            crate::api::dispatch_plan_change(&element, plan);
        }
    });
}

/// The page's own build has no widget, and the page never tells itself of its plan changes.
#[cfg(not(feature = "clinic"))]
#[hook]
fn use_plan_change_event(
    _config: &EstimatorConfig,
    _form: &UseReducerHandle<FormState>,
    _root: &NodeRef,
) {
}

/// How long after the person's last change the address bar takes the plan: long enough that
/// typing or stepping through values writes it once, short enough that the address is current
/// by the time anyone reaches for it.
const FRAGMENT_WRITE_DELAY_MS: u32 = 300;

/// On the estimator's own page, the plan lives in the address bar's fragment: restored from
/// it once after mounting, and written back (without new history entries) when the person
/// changes the plan. Both are effects, never part of rendering or of the reducer.
///
/// Opening a link never rewrites it, damaged or not: the restore records the fragment of the
/// state it restores as already written, so only a later change by the person replaces the
/// address.
///
/// The address is written once the person pauses, [`FRAGMENT_WRITE_DELAY_MS`] after the last
/// change, not in the render that shows the change: in a profile of quick changes, Chromium's
/// `history.replaceState` took as long as the rest of a change's work, and a burst of typing
/// needs one write, not one per keystroke.
#[hook]
fn use_fragment_sync(config: &EstimatorConfig, form: &UseReducerHandle<FormState>, fragment: &str) {
    let owns_page = config.owns_page;
    // The fragment of the state on screen when the address bar last matched it (or will, once
    // the pending write runs), or was left as the person opened it.
    let written = use_mut_ref(|| None::<String>);
    // The write waiting for the person to pause; replacing it cancels the one before.
    let pending_write = use_mut_ref(|| None::<Timeout>);
    // The fragment the restored state will have, until that state is on screen.
    let restoring = use_mut_ref(|| None::<String>);
    {
        let book = Rc::clone(&config.book);
        let form = form.clone();
        let restoring = Rc::clone(&restoring);
        use_effect_with((), move |_| {
            if owns_page {
                if let Some(current) = crate::browser::fragment() {
                    if is_state_fragment(&current) {
                        let action = PlannerAction::Restore(decode(&current, &book));
                        let restored = form.input.apply(action.clone());
                        *restoring.borrow_mut() = Some(encode(&restored.share_state(&book)));
                        form.dispatch(action);
                    }
                }
            }
        });
    }
    use_effect_with(fragment.to_owned(), move |fragment| {
        if !owns_page {
            return;
        }
        let mut last = written.borrow_mut();
        let mut pending = restoring.borrow_mut();
        // The first render shows the state before any restore: record it, write nothing.
        if last.is_none() {
            *last = Some(fragment.clone());
            return;
        }
        // The restored state arriving on screen: the address already holds it, as opened.
        let restored = pending.take();
        if restored.as_deref() == Some(fragment.as_str()) {
            *last = Some(fragment.clone());
            return;
        }
        if last.as_deref() != Some(fragment.as_str()) {
            let fragment = fragment.clone();
            *last = Some(fragment.clone());
            *pending_write.borrow_mut() = Some(Timeout::new(FRAGMENT_WRITE_DELAY_MS, move || {
                crate::browser::replace_fragment(&fragment);
            }));
        }
    });
}
