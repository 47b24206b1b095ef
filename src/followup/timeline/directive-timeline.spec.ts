import { mergeTimeline } from './directive-timeline.service.js';
import type { TimelineEntry } from './timeline-sources.js';

describe('mergeTimeline: the sources’ events in one order', () => {
  /** An entry whose event is labelled so the order reads at a glance. */
  const entry = (at: string, tie: string, label: string): TimelineEntry => ({
    at: new Date(at),
    tie,
    event: { at, kind: 'reminded', actor: null, reminderId: label, channel: 'phone', documentNumber: null, note: label },
  });
  const labels = (result: ReturnType<typeof mergeTimeline>): string[] => result.events.map((e) => (e as { note: string }).note);

  it('orders by instant, then by the source’s place, then by the tie within a source', () => {
    const first = [entry('2024-03-12T02:00:00.000Z', 'b', 'A2'), entry('2024-03-12T02:00:00.000Z', 'a', 'A1')];
    const second = [entry('2024-03-12T01:00:00.000Z', 'z', 'B0'), entry('2024-03-12T02:00:00.000Z', '0', 'B1')];
    const third = [entry('2024-03-12T03:00:00.000Z', 'x', 'C1')];
    expect(labels(mergeTimeline([first, second, third], 10))).toEqual(['B0', 'A1', 'A2', 'B1', 'C1']);
  });

  it('keeps the oldest events up to the cap, and says when it left some out', () => {
    const many = [1, 2, 3].map((i) => entry(`2024-03-1${i}T00:00:00.000Z`, String(i), `E${i}`));
    expect(mergeTimeline([many], 2)).toMatchObject({ truncated: true });
    expect(labels(mergeTimeline([many], 2))).toEqual(['E1', 'E2']);
    expect(mergeTimeline([many], 3).truncated).toBe(false);
  });
});
