import { Module } from '@nestjs/common';
import { DirectivesModule } from '../directives/directives.module.js';
import { EditMeetingService } from './edit-meeting.service.js';
import { MeetingQueriesService } from './meeting-queries.service.js';
import { MeetingsController } from './meetings.controller.js';
import { RecordMeetingService } from './record-meeting.service.js';
import { CarryOverQueriesService } from './carry-over-queries.service.js';

/**
 * The minutes (biên bản) of a meeting as one record: the meeting with its
 * attendees, speeches and the directives it concluded, recorded in one
 * transaction and read whole. It sits above meetings and directives, which
 * each know only their own part.
 */
@Module({
  imports: [DirectivesModule],
  controllers: [MeetingsController],
  providers: [RecordMeetingService, EditMeetingService, MeetingQueriesService, CarryOverQueriesService],
  exports: [MeetingQueriesService, RecordMeetingService],
})
export class MinutesModule {}
