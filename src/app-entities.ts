import { Attachment, AttachmentChunk } from './attachments/attachment.entity.js';
import { AuditEntry } from './audit/audit-entry.entity.js';
import { AuditPending } from './audit/audit-pending.entity.js';
import { CalendarFeed } from './calendar/calendar-feed.entity.js';
import { AuthSession } from './auth/auth-session.entity.js';
import { LoginAttempt } from './auth/login-attempt.entity.js';
import { RefreshToken } from './auth/refresh-token.entity.js';
import { DirectiveCooperation } from './directives/directive-cooperation.entity.js';
import { Directive } from './directives/directive.entity.js';
import { DirectiveTransition } from './followup/directive-transition.entity.js';
import { DirectiveExtensionRequest } from './followup/extension-request.entity.js';
import { DirectiveProgressReport } from './followup/progress-report.entity.js';
import { DirectiveReminder } from './followup/reminder.entity.js';
import { Attendee } from './meetings/attendee.entity.js';
import { Meeting } from './meetings/meeting.entity.js';
import { Speech } from './meetings/speech.entity.js';
import { MeetingReviewedDirective } from './minutes/meeting-reviewed-directive.entity.js';
import { Organization } from './organizations/organization.entity.js';
import { IdempotencyKey } from './idempotency/idempotency-key.entity.js';
import { Person } from './organizations/person.entity.js';
import { User } from './users/user.entity.js';
import { OutgoingDigestMail } from './notifications/digest-mail.entity.js';
import { DigestRun } from './notifications/digest-run.entity.js';
import { Notification } from './notifications/notification.entity.js';
import { ImportDraft } from './imports/import-draft.entity.js';

/** Every entity, listed explicitly: globs behave differently under tsc, Jest ESM and node. */
export const ENTITIES = [
  Organization,
  Person,
  Meeting,
  Attendee,
  Speech,
  Directive,
  DirectiveCooperation,
  DirectiveTransition,
  DirectiveReminder,
  DirectiveExtensionRequest,
  DirectiveProgressReport,
  MeetingReviewedDirective,
  Attachment,
  AttachmentChunk,
  User,
  AuthSession,
  RefreshToken,
  LoginAttempt,
  AuditEntry,
  AuditPending,
  IdempotencyKey,
  Notification,
  DigestRun,
  OutgoingDigestMail,
  CalendarFeed,
  ImportDraft,
];
