// TypeScript declarations for exosome-estimator.js, the loader of the embeddable exosome
// treatment cost estimator. See EMBEDDING.md. Amounts are whole numbers of the currency's
// minor unit (cents for USD, won for KRW); `formatted` fields are as the widget shows them.

/** A clinic configuration, as described in EMBEDDING.md §3 (validated by the estimator). */
export interface ClinicConfiguration {
  $schema?: string;
  clinic?: { name: string; booking_url?: string; phone?: string };
  currency?: string;
  locale?: string;
  /** The language the widget speaks; left out, the language of `locale` where the estimator has it, else English. */
  language?: 'en' | 'es' | 'de';
  price_book?: Record<string, unknown>;
  theme?: { accent?: string; font_family?: string; radius?: string };
  financing?: FinancingPlan[];
  booking?: { url_template: string } | { email: string } | { phone: string };
}

/** One financing plan a clinic offers. */
export interface FinancingPlan {
  name: string;
  provider?: string;
  /** 0 to 100, at most two decimals. */
  apr_percent: number;
  /** 1 to 120. */
  months: number;
  /** "No interest if paid in full within this many months"; at most `months`. */
  deferred_interest_months?: number;
  as_of: string;
}

/** The plan to estimate. `tier` defaults to "not-sure". */
export interface PlanRequest {
  method: string;
  tier?: string;
  /** A whole number from 1 to 6. */
  sessions: number;
}

export interface Problem {
  /** Such as `plan.sessions` or `price_book.offers[1].single.min`. */
  path: string;
  message: string;
}

export interface Problems {
  problems: Problem[];
}

export interface Provenance {
  kind: 'quoted' | 'derived' | 'absent';
  /** Ids of the price book's sources. */
  sources: string[];
  /** Ids of the rules applied, in order. */
  rules: string[];
  /** The sentences the page prints beside the figure. */
  text: string[];
}

export interface MoneyFigure {
  /** `null` where no source has a figure. */
  min: number | null;
  max: number | null;
  formatted: string;
  provenance: Provenance;
}

export interface DowntimeFigure {
  kind: 'range' | 'not-quantified' | 'not-published';
  min: number | null;
  max: number | null;
  unit: 'hours' | 'days' | null;
  effects: string[];
  formatted: string;
  provenance: Provenance;
}

export interface Estimate {
  currency: string;
  locale: string;
  prices: 'published' | 'clinic';
  prices_label: string;
  method: { id: string; name: string };
  tier: { id: string; name: string };
  sessions: number;
  summary: string;
  total: MoneyFigure;
  per_session: MoneyFigure;
  downtime_per_session: DowntimeFigure;
  downtime_total: DowntimeFigure;
  schedule: {
    session_weeks: number[];
    interval_weeks: number;
    /** Null for a treatment only under study, for which no date is promised. */
    final_results_weeks: { min: number; max: number } | null;
    note: string;
    provenance: Provenance;
  };
  caveats: { id: string; title: string; text: string }[];
  as_of: string;
  disclaimer: string;
}

/** The detail of the `plan-change` event: the plan's choices and nothing typed. */
export interface PlanChangeDetail {
  method: string;
  tier: string;
  sessions: number;
}

export interface WidgetHandle {
  update(config: ClinicConfiguration | string): void;
  destroy(): void;
}

export interface ExosomeEstimatorApi {
  mount(element: Element, config?: ClinicConfiguration | string): Promise<WidgetHandle>;
  estimate(config: ClinicConfiguration | string | null | undefined, plan: PlanRequest): Promise<Estimate | Problems>;
}

declare global {
  interface Window {
    ExosomeEstimator: ExosomeEstimatorApi;
  }
  const ExosomeEstimator: ExosomeEstimatorApi;
  interface HTMLElementEventMap {
    'plan-change': CustomEvent<PlanChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'exosome-estimator': HTMLElement;
  }
}
