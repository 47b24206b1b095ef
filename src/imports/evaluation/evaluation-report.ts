import { NO_COUNTS, addCounts, rates, type Counts, type Rates } from './counts.js';
import { MEETING_FIELDS, SCORED_ITEMS, type DraftScore, type MeetingField, type ScoredItem, type TitleTally } from './score-draft.js';
import type { SpeechTextTally } from './speech-texts.js';

export interface TextEvaluation {
  name: string;
  style: string;
  score: DraftScore;
  milliseconds: number;
}

export interface FieldTally {
  /** Texts where the field was right. */
  correct: number;
  /** Texts where there was something to score (expected, found, or both). */
  scored: number;
}

export interface EvaluationSummary {
  texts: number;
  /** Micro-averaged: the counts of every text added up, then divided. */
  items: Record<ScoredItem, Counts & Rates>;
  meeting: Record<MeetingField, FieldTally>;
  /** Extracted directives whose title is not a fragment, over all texts. */
  titles: TitleTally;
  /** Checked speech texts (expected speeches with phrases) that keep to their phrases, over all texts. */
  speechTexts: SpeechTextTally;
  missingWarnings: number;
}

export function summarize(evaluations: TextEvaluation[]): EvaluationSummary {
  const items = Object.fromEntries(
    SCORED_ITEMS.map((item) => {
      const counts = evaluations.reduce((sum, e) => addCounts(sum, e.score.counts[item]), NO_COUNTS);
      return [item, { ...counts, ...rates(counts) }];
    }),
  ) as Record<ScoredItem, Counts & Rates>;
  const meeting = Object.fromEntries(
    MEETING_FIELDS.map((field) => {
      const outcomes = evaluations.map((e) => e.score.meeting[field]).filter((o) => o !== 'absent');
      return [field, { correct: outcomes.filter((o) => o === 'correct').length, scored: outcomes.length }];
    }),
  ) as Record<MeetingField, FieldTally>;
  return {
    texts: evaluations.length,
    items,
    meeting,
    titles: {
      clean: evaluations.reduce((n, e) => n + e.score.titles.clean, 0),
      total: evaluations.reduce((n, e) => n + e.score.titles.total, 0),
    },
    speechTexts: {
      right: evaluations.reduce((n, e) => n + e.score.speechTexts.right, 0),
      checked: evaluations.reduce((n, e) => n + e.score.speechTexts.checked, 0),
    },
    missingWarnings: evaluations.reduce((n, e) => n + e.score.missingWarnings.length, 0),
  };
}

const TEXT_COLUMNS: { item: ScoredItem; label: string }[] = [
  { item: 'attendees', label: 'attendees' },
  { item: 'positions', label: 'positions' },
  { item: 'speeches', label: 'speeches' },
  { item: 'directives', label: 'directives' },
  { item: 'leads', label: 'leads' },
  { item: 'deadlines', label: 'deadlines' },
];

/** One line per text: precision/recall of each kind of item and whether the meeting's date is right. */
export function formatTextTable(evaluations: TextEvaluation[]): string {
  const header = ['text', 'style', ...TEXT_COLUMNS.map((c) => `${c.label} P/R`), 'date', 'chair', 'ms'];
  const rows = evaluations.map((e) => [
    e.name,
    e.style,
    ...TEXT_COLUMNS.map((c) => pair(e.score.counts[c.item])),
    e.score.meeting.date,
    e.score.meeting.chair,
    e.milliseconds.toFixed(1),
  ]);
  return table(header, rows);
}

/** Totals over the texts: counts, precision, recall and F1 per kind of item, then the meeting's fields. */
export function formatSummary(summary: EvaluationSummary): string {
  const itemRows = SCORED_ITEMS.map((item) => {
    const s = summary.items[item];
    return [item, String(s.tp), String(s.fp), String(s.fn), ratio(s.precision), ratio(s.recall), ratio(s.f1)];
  });
  const fieldRows = MEETING_FIELDS.map((field) => {
    const t = summary.meeting[field];
    return [`meeting ${field}`, `${t.correct}/${t.scored}`, t.scored === 0 ? '—' : ratio(t.correct / t.scored)];
  });
  const { clean, total } = summary.titles;
  const titleRow = ['titles clean', `${clean}/${total}`, total === 0 ? '—' : ratio(clean / total)];
  const { right, checked } = summary.speechTexts;
  const speechTextRow = ['speech texts', `${right}/${checked}`, checked === 0 ? '—' : ratio(right / checked)];
  return [
    table(['item', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'], itemRows),
    table(['field', 'right', 'share'], [...fieldRows, titleRow, speechTextRow]),
    `expected warnings missing: ${summary.missingWarnings}`,
  ].join('\n\n');
}

function pair(counts: Counts): string {
  const r = rates(counts);
  if (r.precision === null && r.recall === null) return '—';
  return `${ratio(r.precision)}/${ratio(r.recall)}`;
}

function ratio(value: number | null): string {
  return value === null ? '—' : value.toFixed(2);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
