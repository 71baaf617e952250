/**
 * Class boundaries at quantiles of the values: `[min, q(1/k), …, q((k-1)/k), max]` (linear interpolation between
 * ranks), so each of the k classes holds about as many values. Boundaries that coincide (many equal values) are
 * merged, which leaves fewer classes; no values give no classes. Non-finite values are ignored.
 */
export function classBreaks(values: readonly number[], classes: number): number[] {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0 || classes < 1) return [];
  const quantile = (p: number) => {
    const rank = (sorted.length - 1) * p;
    const below = Math.floor(rank);
    const lower = sorted[below]!;
    const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
    return lower + (upper - lower) * (rank - below);
  };
  const breaks: number[] = [];
  for (let i = 0; i <= classes; i++) {
    // 12 significant digits: no 1.0000000000000009 from the interpolation in legends or comparisons.
    const value = Number((i === classes ? sorted[sorted.length - 1]! : quantile(i / classes)).toPrecision(12));
    if (breaks.length === 0 || value > breaks[breaks.length - 1]!) breaks.push(value);
  }
  // One distinct value: a single class from it to itself.
  if (breaks.length === 1) breaks.push(breaks[0]!);
  return breaks;
}

/** The class (0-based) a value falls in: class i holds (breaks[i], breaks[i + 1]], the first one also breaks[0]. */
export function classIndex(value: number, breaks: readonly number[]): number {
  const classes = breaks.length - 1;
  for (let i = 1; i < classes; i++) if (value <= breaks[i]!) return i - 1;
  return Math.max(classes - 1, 0);
}
