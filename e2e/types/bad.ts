// Code that must NOT type-check against the declarations: e2e/types.test.mjs expects tsc to
// report each of these, which shows the declarations are checked at all.
import type { ClinicConfiguration, Estimate } from '../../dist/widget/exosome-estimator.js';

export async function wrong(): Promise<void> {
  // `sessions` is a number, not text.
  await ExosomeEstimator.estimate(null, { method: 'microneedling', sessions: '3' });
  const result = (await ExosomeEstimator.estimate(null, { method: 'microneedling', sessions: 3 })) as Estimate;
  // There is no `price` field.
  console.log(result.price);
}

// French is not a language of the estimator.
export const french: ClinicConfiguration = { locale: 'fr-FR', language: 'fr' };
