import { EnumField, TextField, UuidArrayField } from '../../common/validation/fields.js';
import { TRANSITION_ACTIONS, type TransitionAction } from '../workflow.js';

export class TransitionDto {
  @EnumField(TRANSITION_ACTIONS, {
    description:
      'start, submit (report done; note: the result), confirm, reject (note: what is missing), pause (note), resume, cancel (note), reopen (note). See allowedActions on the directive.',
  })
  action!: TransitionAction;

  @TextField({ max: 20_000, optional: true, description: 'Required for submit, reject, pause, cancel and reopen.' })
  note?: string;

  @UuidArrayField({
    maxSize: 20,
    optional: true,
    description: 'Evidence files (ids from POST /attachments, your own uploads) attached to the directive with this step.',
  })
  attachmentIds?: string[];
}
