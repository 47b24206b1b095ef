import { DomainError } from '../common/errors/domain-error.js';
import { defineErrors } from '../common/errors/error-kind.js';

export const DirectiveError = defineErrors({
  DirectiveNotFound: ['directive_not_found', 'not_found'],
  LeadAlsoCooperating: ['directive_lead_also_cooperating', 'rule_broken'],
  SourceSpeechElsewhere: ['directive_source_speech_elsewhere', 'rule_broken'],
  OwnerOutsideAgency: ['directive_owner_outside_agency', 'rule_broken'],
});

export function directiveNotFound(id: string): DomainError {
  return new DomainError(DirectiveError.DirectiveNotFound, `No directive has the id ${id}.`);
}
