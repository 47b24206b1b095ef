import { appendFileSync } from 'node:fs';

/** Set by figures-reporter.mjs for the whole run: every worker appends to the same file. */
export const FIGURES_FILE_ENV = 'RELIABILITY_FIGURES_FILE';

export interface Figure {
  /** The trial, as the table groups it: 'fuzzing', 'database stopped under load', 'restore drill', … */
  trial: string;
  /** What was counted or timed: 'requests sent', '5xx answers', 'acknowledged writes lost', 'recovery (s)'. */
  name: string;
  value: string | number;
  /** What the figure must be for the trial to pass, as a reader would say it ('0', '≤ 5 s'); empty if only reported. */
  expected?: string;
}

/**
 * Records one figure of a reliability trial for the table printed at the end
 * of `npm run test:reliability`. Tests still assert what they require: the
 * table is the evidence, not the check.
 */
export function recordFigure(figure: Figure): void {
  const file = process.env[FIGURES_FILE_ENV];
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ ...figure, expected: figure.expected ?? '' })}\n`);
}
