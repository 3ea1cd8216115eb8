// Figures and tables for the bench scripts, printed in the same shape as the size tables of
// `cargo xtask bench`: first column left, figures right, a rule under the header.

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The nearest-rank percentile: the smallest value at least `share` of the values reach. */
export function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(share * sorted.length));
  return sorted[rank - 1];
}

export const ms = (value) => (value == null ? '–' : value.toFixed(1));

export const ratio = (ours, floor) => (ours == null || !floor ? '–' : `${(ours / floor).toFixed(2)}×`);

export const passOrMiss = (withinTarget) => (withinTarget ? 'PASS' : 'MISS');

/** Renders rows of cells (the first row is the header) as aligned text. */
export function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => String(row[column] ?? '').length)));
  const line = (row) =>
    '  ' +
    row
      .map((cell, column) => {
        const text = String(cell ?? '');
        return column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column]);
      })
      .join('   ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
