import type { ExtractionWarning, SourceSpan } from './extraction-types.js';

/** Stable codes for the interface; messages in Vietnamese for the secretariat. */
export const WarningCode = {
  NoDate: 'no_date',
  YearAssumed: 'year_assumed',
  NoChair: 'no_chair',
  NoDirectives: 'no_directives',
  SpeakerUnknown: 'speaker_unknown',
  NoMeeting: 'no_meeting',
} as const;

export function warning(code: string, message: string, span: SourceSpan | null = null): ExtractionWarning {
  return { code, message, span };
}
