import { describe, expect, it } from '@jest/globals';
import { formatSummary, formatTextTable, summarize, type TextEvaluation } from './evaluation-report.js';
import { SCORED_ITEMS, type DraftScore } from './score-draft.js';

function evaluation(
  name: string,
  attendees: DraftScore['counts']['attendees'],
  date: DraftScore['meeting']['date'],
  titles: DraftScore['titles'] = { clean: 0, total: 0 },
): TextEvaluation {
  const counts = Object.fromEntries(SCORED_ITEMS.map((item) => [item, { tp: 0, fp: 0, fn: 0 }])) as DraftScore['counts'];
  return {
    name,
    style: 'news',
    milliseconds: 1,
    score: {
      counts: { ...counts, attendees },
      titles,
      speechTexts: { right: titles.clean > 2 ? 1 : 0, checked: 1 },
      meeting: { date, time: 'absent', location: 'absent', organizer: 'absent', chair: 'absent' },
      missingWarnings: [],
      notes: [],
    },
  };
}

describe('summarize', () => {
  const evaluations = [
    evaluation('a', { tp: 9, fp: 1, fn: 0 }, 'correct', { clean: 3, total: 4 }),
    evaluation('b', { tp: 1, fp: 0, fn: 10 }, 'missing', { clean: 2, total: 2 }),
  ];

  it('adds the counts of every text before dividing, so a long text weighs more than a short one', () => {
    const { items } = summarize(evaluations);
    expect(items.attendees).toEqual({
      tp: 10,
      fp: 1,
      fn: 10,
      precision: 10 / 11,
      recall: 0.5,
      f1: (2 * (10 / 11) * 0.5) / (10 / 11 + 0.5),
    });
    expect(items.speeches).toMatchObject({ precision: null, recall: null, f1: null });
  });

  it('counts a meeting field only on the texts where there was something to score', () => {
    const { meeting } = summarize(evaluations);
    expect(meeting.date).toEqual({ correct: 1, scored: 2 });
    expect(meeting.time).toEqual({ correct: 0, scored: 0 });
  });

  it('prints a line per text and the totals', () => {
    const lines = formatTextTable(evaluations).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^a\s+news\s+0\.90\/1\.00/);
    expect(formatSummary(summarize(evaluations))).toMatch(/^attendees\s+10\s+1\s+10\s+0\.91\s+0\.50\s+0\.65$/m);
    expect(formatSummary(summarize(evaluations))).toMatch(/^titles clean\s+5\/6\s+0\.83$/m);
    expect(formatSummary(summarize(evaluations))).toMatch(/^speech texts\s+1\/2\s+0\.50$/m);
  });
});
