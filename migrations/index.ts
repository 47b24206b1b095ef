// Every migration, in order. `npm run migration:generate -- <Name>` appends here.
import { Init1795545574028 } from './1795545574028-Init.js';
import { AddAccountsAuditTrailAndIdempotency1795546882774 } from './1795546882774-AddAccountsAuditTrailAndIdempotency.js';
import { AddSignInTrustToLoginAttempt1796111212087 } from './1796111212087-AddSignInTrustToLoginAttempt.js';
import { AddDirectiveWorkflow1796117072268 } from './1796117072268-AddDirectiveWorkflow.js';
import { AddDirectiveReminders1796117733741 } from './1796117733741-AddDirectiveReminders.js';
import { AddDirectiveOriginalDueDate1796118009694 } from './1796118009694-AddDirectiveOriginalDueDate.js';
import { AddDirectiveExtensionRequests1796120639580 } from './1796120639580-AddDirectiveExtensionRequests.js';
import { AddDirectiveProgressReports1796120657700 } from './1796120657700-AddDirectiveProgressReports.js';
import { AddNotificationsAndDigest1796120734969 } from './1796120734969-AddNotificationsAndDigest.js';
import { AddAttachments1796120781378 } from './1796120781378-AddAttachments.js';
import { AddProgressReportAttachments1796122447187 } from './1796122447187-AddProgressReportAttachments.js';
import { AddDirectiveTransitionSequence1796122668528 } from './1796122668528-AddDirectiveTransitionSequence.js';
import { AddDigestMail1796123715838 } from './1796123715838-AddDigestMail.js';
import { AddProgressReportSequence1796123887125 } from './1796123887125-AddProgressReportSequence.js';
import { AddMeetingReviewedDirectives1796124862742 } from './1796124862742-AddMeetingReviewedDirectives.js';
import { AddCalendarFeeds1796125150582 } from './1796125150582-AddCalendarFeeds.js';
import { AddDirectiveReportIndexes1796126518405 } from './1796126518405-AddDirectiveReportIndexes.js';
import { AddAuthSessionRemember1796134875569 } from './1796134875569-AddAuthSessionRemember.js';
import { DropContributionPercent1796135021713 } from './1796135021713-DropContributionPercent.js';
import { AddSearchDocuments1796140000000 } from './1796140000000-AddSearchDocuments.js';
import { AddImportDrafts1796143789414 } from './1796143789414-AddImportDrafts.js';
import { AddAuditPending1796155805642 } from './1796155805642-AddAuditPending.js';
import { AddScaleIndexes1796158126585 } from './1796158126585-AddScaleIndexes.js';
import { TuneDirectiveAutovacuum1796184277578 } from './1796184277578-TuneDirectiveAutovacuum.js';

export const MIGRATIONS: Function[] = [
  Init1795545574028,
  AddAccountsAuditTrailAndIdempotency1795546882774,
  AddSignInTrustToLoginAttempt1796111212087,
  AddDirectiveWorkflow1796117072268,
  AddDirectiveReminders1796117733741,
  AddDirectiveOriginalDueDate1796118009694,
  AddDirectiveExtensionRequests1796120639580,
  AddDirectiveProgressReports1796120657700,
  AddNotificationsAndDigest1796120734969,
  AddAttachments1796120781378,
  AddProgressReportAttachments1796122447187,
  AddDirectiveTransitionSequence1796122668528,
  AddDigestMail1796123715838,
  AddProgressReportSequence1796123887125,
  AddMeetingReviewedDirectives1796124862742,
  AddCalendarFeeds1796125150582,
  AddDirectiveReportIndexes1796126518405,
  AddAuthSessionRemember1796134875569,
  DropContributionPercent1796135021713,
  AddSearchDocuments1796140000000,
  AddImportDrafts1796143789414,
  AddAuditPending1796155805642,
  AddScaleIndexes1796158126585,
  TuneDirectiveAutovacuum1796184277578,
];
