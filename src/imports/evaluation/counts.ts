/** True positives, false positives and false negatives of one kind of item. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const NO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** Precision, recall and F1; each null when there was nothing to divide by (nothing found, nothing expected). */
export interface Rates {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function rates({ tp, fp, fn }: Counts): Rates {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
