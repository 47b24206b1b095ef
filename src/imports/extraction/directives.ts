import type { CalendarDate } from './calendar.js';
import type { ExtractedDirective, ExtractedSpeech } from './extraction-types.js';
import type { Paragraph } from './segment.js';

export function findDirectives(
  _paragraphs: Paragraph[],
  _speeches: ExtractedSpeech[],
  _meetingDate: CalendarDate | null,
): ExtractedDirective[] {
  return [];
}
