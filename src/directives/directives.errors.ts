export const DirectiveErrorCode = {
  DirectiveNotFound: 'directive_not_found',
  LeadAlsoCooperating: 'directive_lead_also_cooperating',
  SourceSpeechElsewhere: 'directive_source_speech_elsewhere',
  OwnerOutsideAgency: 'directive_owner_outside_agency',
} as const;
export type DirectiveErrorCode = (typeof DirectiveErrorCode)[keyof typeof DirectiveErrorCode];
