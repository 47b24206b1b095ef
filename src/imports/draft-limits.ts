import { MAX_ATTENDEES_PER_MEETING, MAX_DIRECTIVES_PER_MEETING, MAX_SPEECHES_PER_MEETING } from '../meetings/meeting-enums.js';
import { MAX_SPEECH_TEXT } from '../meetings/dto/speech.dto.js';
import { MAX_COOPERATING_ORGANIZATIONS } from '../directives/dto/directive-input.dto.js';

/** What a draft can hold: what the meeting it becomes can hold (CreateMeetingDto and the directory's DTOs). */
export const DRAFT_LIMITS = {
  /** Characters of source text, after NFC; a news article is 5,000 to 20,000, a long set of minutes 100,000. */
  text: 500_000,
  title: 500,
  location: 300,
  summary: 20_000,
  speechTitle: 500,
  speechText: MAX_SPEECH_TEXT,
  directiveTitle: 1000,
  directiveDescription: 20_000,
  dueText: 200,
  personName: 200,
  position: 500,
  organizationName: 300,
  shortName: 50,
  attendees: MAX_ATTENDEES_PER_MEETING,
  speeches: MAX_SPEECHES_PER_MEETING,
  directives: MAX_DIRECTIVES_PER_MEETING,
  cooperating: MAX_COOPERATING_ORGANIZATIONS,
  candidates: 5,
  warnings: 100,
} as const;
