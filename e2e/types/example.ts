// A clinic's own page script, type-checked against dist/widget/exosome-estimator.d.ts by
// e2e/types.test.mjs. It uses every part of the API the way EMBEDDING.md shows.
import type {
  ClinicConfiguration,
  Estimate,
  PlanChangeDetail,
  Problems,
} from '../../dist/widget/exosome-estimator.js';

const config: ClinicConfiguration = {
  clinic: { name: 'Example Skin Clinic' },
  locale: 'de-DE',
  language: 'de',
  financing: [{ name: 'Care 12', apr_percent: 26.99, months: 24, deferred_interest_months: 12, as_of: '1 March 2026' }],
  booking: { url_template: 'https://booking.clinic.example/new?method={method}&sessions={sessions}' },
};

export async function show(element: Element): Promise<string> {
  const handle = await ExosomeEstimator.mount(element, config);
  handle.update({});
  const result: Estimate | Problems = await ExosomeEstimator.estimate(config, { method: 'microneedling', sessions: 3 });
  if ('problems' in result) {
    return result.problems.map(({ path, message }) => `${path}: ${message}`).join('\n');
  }
  const low: number | null = result.total.min;
  const kind: 'quoted' | 'derived' | 'absent' = result.total.provenance.kind;
  const published = await window.ExosomeEstimator.estimate(null, { method: 'microneedling', tier: 'not-sure', sessions: 1 });
  handle.destroy();
  return `${low} ${kind} ${result.caveats.map((caveat) => caveat.id).join(',')} ${'currency' in published}`;
}

document.querySelector('exosome-estimator')?.addEventListener('plan-change', (event) => {
  const detail: PlanChangeDetail = event.detail;
  const sessions: number = detail.sessions;
  console.log(detail.method, detail.tier, sessions);
});
