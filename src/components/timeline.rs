//! The plan as a picture: one row per session (its downtime and the weeks its results keep
//! developing), one for the last session's results window, a time axis, and the same plan in
//! words. Where the timeline is narrow (a phone) a time axis cannot be read, so the stylesheet
//! shows a vertical list of the same rows instead, each window as a coloured band with its
//! words. Every position and word comes from the core's `TimelineView`; this draws it.

use super::list;
use estimator_core::plan::{BarKind, BarView, StatusTone, TimelineView};
use yew::prelude::*;

/// At most this many axis labels are written, so they never overlap on a phone; every tick
/// still gets its line.
const MAX_AXIS_LABELS: usize = 6;

/// The least distance between the last axis label and the one before it, in percent of the
/// chart's width. The last label is anchored at its end and the one before at its middle, so
/// they need about one and a half labels' width between their ticks: a date is about 75 px
/// wide, and the narrowest chart (a printed A4 page, or a card just wide enough for the chart)
/// is about 480 px.
const MIN_LABEL_GAP_PERCENT: u64 = 24;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub timeline: TimelineView,
    pub id_prefix: AttrValue,
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let timeline = &props.timeline;
    let caption_id = format!("{}-timeline-caption", props.id_prefix);
    let scale = Scale(u64::from(timeline.width.max(1)));
    let label_every = timeline.ticks.len().div_ceil(MAX_AXIS_LABELS).max(1);
    let last_tick = timeline.ticks.len().saturating_sub(1);
    let last_at = timeline.ticks.last().map_or(0, |tick| tick.at);
    // The last tick is always labelled; a label just before it would run into it.
    let crowds_last = |at: u32| {
        u64::from(last_at.saturating_sub(at)) * 100
            < u64::from(timeline.width.max(1)) * MIN_LABEL_GAP_PERCENT
    };
    html! {
        <figure class="timeline" aria-labelledby={caption_id.clone()}>
            <figcaption id={caption_id}>{ &timeline.caption }</figcaption>
            if let Some(status) = &timeline.status {
                <p class={classes!("timeline-status", status_class(status.tone))}>{ &status.message }</p>
            }
            // The chart repeats the list below it in pictures; screen readers get the list.
            <div class="timeline-chart" aria-hidden="true">
                { list(timeline.rows.iter().map(|row| html! {
                    <div class="timeline-row">
                        <span class="timeline-label">
                            <span class="timeline-name">{ &row.label }</span>
                            <span class="timeline-when">{ &row.when }</span>
                        </span>
                        <svg class="timeline-track" width="100%" height="24" focusable="false">
                            // The core lists a session's mark first and its longest window
                            // last; drawn the other way round, the short downtime and the
                            // mark lie on top of the results window instead of under it.
                            { list(row.bars.iter().rev().map(|bar| draw_bar(bar, scale))) }
                            if let Some(event) = &timeline.event {
                                <line class="timeline-event" x1={scale.at(event.at)} x2={scale.at(event.at)} y1="0" y2="24" />
                            }
                        </svg>
                    </div>
                })) }
                <div class="timeline-row timeline-axis">
                    <span class="timeline-label"></span>
                    <svg class="timeline-track" width="100%" height="28" focusable="false">
                        { list(timeline.ticks.iter().enumerate().map(|(index, tick)| {
                            let anchor = if index == 0 { "start" } else if index == last_tick { "end" } else { "middle" };
                            let labelled = index == last_tick
                                || (index % label_every == 0 && !crowds_last(tick.at));
                            html! {
                                <g>
                                    <line class="timeline-tick" x1={scale.at(tick.at)} x2={scale.at(tick.at)} y1="0" y2="6" />
                                    if labelled {
                                        <text class="timeline-tick-label" x={scale.at(tick.at)} y="20" text-anchor={anchor}>{ &tick.label }</text>
                                    }
                                </g>
                            }
                        })) }
                    </svg>
                </div>
            </div>
            // The same rows as a list, for a timeline too narrow for the chart's axis; like the
            // chart, it repeats the plan in words below, so screen readers skip it.
            <ol class="timeline-list" aria-hidden="true">
                { list(timeline.rows.iter().map(|row| html! {
                    <li class="timeline-list-row">
                        <span class="timeline-list-head">
                            <span class="timeline-name">{ &row.label }</span>
                            <span class="timeline-when">{ &row.when }</span>
                        </span>
                        { list(row.details.iter().map(|detail| html! {
                            <span class={classes!("timeline-band", format!("timeline-band-{}", detail.kind.as_str()))}>
                                { &detail.text }
                            </span>
                        })) }
                    </li>
                })) }
                if let Some(event) = &timeline.event {
                    <li class="timeline-list-row timeline-list-event">
                        <span class="timeline-name">{ &event.label }</span>
                    </li>
                }
            </ol>
            <ul class="timeline-legend" aria-hidden="true">
                { list(timeline.legend.iter().map(|entry| html! {
                    <li>
                        <svg width="18" height="12" focusable="false"><rect class={bar_class(entry.kind)} x="0" y="1" width="18" height="10" rx="2" /></svg>
                        { &entry.label }
                    </li>
                })) }
                if let Some(event) = &timeline.event {
                    <li>
                        <svg width="18" height="12" focusable="false"><line class="timeline-event" x1="9" x2="9" y1="0" y2="12" /></svg>
                        { &event.label }
                    </li>
                }
            </ul>
            // The same plan in sentences, one tap away: on a phone the list above already says it
            // in words, and a screen reader reaches it here under its heading.
            <details class="timeline-words-fold">
                <summary><h3 class="timeline-words-title">{ timeline.words_title }</h3></summary>
                <ol class="timeline-words">
                    { list(timeline.text_alternative.iter().map(|line| html! { <li>{ line }</li> })) }
                </ol>
            </details>
            { list(timeline.notes.iter().map(|note| html! { <p class="hint">{ note }</p> })) }
            <details class="timeline-sources">
                <summary>{ timeline.sources_title }</summary>
                { list(timeline.sources.iter().map(|source| html! {
                    <div class="timeline-source">
                        <h4>{ &source.about }</h4>
                        { list(source.lines.iter().map(|line| html! { <p>{ line }</p> })) }
                    </div>
                })) }
            </details>
        </figure>
    }
}

/// Maps days to a percentage of the chart's width, the unit SVG positions take here. The
/// percentage is written from integers (thousandths of a percent): float formatting would add
/// kilobytes to the wasm for no visible difference.
#[derive(Clone, Copy)]
struct Scale(u64);

impl Scale {
    fn at(self, day: u32) -> String {
        percent(u64::from(day), self.0)
    }

    fn span(self, from: u32, to: u32) -> String {
        percent(u64::from(to.saturating_sub(from)), self.0)
    }
}

/// `part / whole` as a percentage with three decimals, such as "12.345%".
fn percent(part: u64, whole: u64) -> String {
    let thousandths = part.saturating_mul(100_000) / whole.max(1);
    format!("{}.{:03}%", thousandths / 1000, thousandths % 1000)
}

fn draw_bar(bar: &BarView, scale: Scale) -> Html {
    let class = bar_class(bar.kind);
    if bar.kind == BarKind::Final {
        // All of the final window is "expected somewhere in here": one solid bar, as the
        // legend shows it.
        return html! {
            <rect class={class} x={scale.at(bar.start)} y="4" width={scale.span(bar.start, bar.end)} height="16" rx="3">
                <title>{ &bar.label }</title>
            </rect>
        };
    }
    if bar.kind == BarKind::Session {
        return html! {
            <circle class={class} cx={scale.at(bar.start)} cy="12" r="6"><title>{ &bar.label }</title></circle>
        };
    }
    // Downtime lasts a day or two of a plan of months: it is drawn taller than the results
    // window it starts, and the stylesheet outlines it, so it never thins to a hairline.
    let (y, height) = if bar.kind == BarKind::Downtime {
        ("2", "20")
    } else {
        ("6", "12")
    };
    html! {
        <g>
            <title>{ &bar.label }</title>
            if bar.firm_end > bar.start {
                <rect class={class.clone()} x={scale.at(bar.start)} {y} width={scale.span(bar.start, bar.firm_end)} {height} rx="2" />
            }
            if bar.end > bar.firm_end {
                <rect class={classes!(class, "bar-uncertain")} x={scale.at(bar.firm_end)} {y} width={scale.span(bar.firm_end, bar.end)} {height} rx="2" />
            }
        </g>
    }
}

fn bar_class(kind: BarKind) -> String {
    format!("bar bar-{}", kind.as_str())
}

fn status_class(tone: StatusTone) -> &'static str {
    match tone {
        StatusTone::Fits => "status-fits",
        StatusTone::DoesNotFit => "status-does-not-fit",
        StatusTone::Note => "status-note",
    }
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn percentages_are_written_from_integers() {
        assert_eq!(percent(0, 70), "0.000%");
        assert_eq!(percent(35, 70), "50.000%");
        assert_eq!(percent(1, 3), "33.333%");
        assert_eq!(percent(70, 70), "100.000%");
        assert_eq!(percent(5, 0), "500.000%", "a zero width counts as one day");
    }
}
