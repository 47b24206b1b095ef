import { ReferenceCheck } from '../organizations/references.js';
import type { DraftContent } from './draft-content.js';

/** Every existing person and organization the draft chose, with the field that chose it (`directives[2].lead.organizationId`). */
export function draftReferences(content: DraftContent): ReferenceCheck {
  const check = new ReferenceCheck().organization('meeting.organizer.organizationId', content.meeting.organizer?.organizationId);
  content.attendees.forEach((a, i) => check.person(`attendees[${i}].person.personId`, a.person.personId));
  content.speeches.forEach((s, i) => check.person(`speeches[${i}].speaker.personId`, s.speaker?.personId));
  content.directives.forEach((d, i) => {
    check.organization(`directives[${i}].lead.organizationId`, d.lead?.organizationId);
    d.cooperating.forEach((c, j) => check.organization(`directives[${i}].cooperating[${j}].organizationId`, c.organizationId));
    check.person(`directives[${i}].owner.personId`, d.owner?.personId);
  });
  return check;
}
