import { Module } from '@nestjs/common';
import { MinutesModule } from '../minutes/minutes.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ConfirmImportService } from './confirm-import.service.js';
import { DraftMeetingFromTextService } from './draft-meeting-from-text.service.js';
import { EditImportDraftService } from './edit-import-draft.service.js';
import { ImportQueriesService } from './import-queries.service.js';
import { ImportsController } from './imports.controller.js';

/**
 * Meetings drafted from their text (an article, a conclusion notice, minutes):
 * read by the rule-based reader in extraction/, matched to the directory,
 * corrected by the secretariat, then recorded like any meeting.
 */
@Module({
  imports: [MinutesModule, OrganizationsModule],
  controllers: [ImportsController],
  providers: [DraftMeetingFromTextService, ImportQueriesService, EditImportDraftService, ConfirmImportService],
})
export class ImportsModule {}
