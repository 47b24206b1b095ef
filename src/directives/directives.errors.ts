export const DirectiveErrorCode = {
  DirectiveNotFound: 'directive_not_found',
  LeadAlsoCooperating: 'directive_lead_also_cooperating',
  SourceSpeechElsewhere: 'directive_source_speech_elsewhere',
} as const;
export type DirectiveErrorCode = (typeof DirectiveErrorCode)[keyof typeof DirectiveErrorCode];
