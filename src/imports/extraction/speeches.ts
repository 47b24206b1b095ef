import type { ExtractedAttendee, ExtractedSpeech, ExtractionWarning } from './extraction-types.js';
import type { Paragraph } from './segment.js';

export function findSpeeches(_paragraphs: Paragraph[], _attendees: ExtractedAttendee[], _warnings: ExtractionWarning[]): ExtractedSpeech[] {
  return [];
}
