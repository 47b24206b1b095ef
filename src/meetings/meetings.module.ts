import { Module } from '@nestjs/common';
import { DirectivesModule } from '../directives/directives.module.js';
import { AttendeesController } from './attendees.controller.js';
import { AttendeesService } from './attendees.service.js';
import { EditMeetingService } from './edit-meeting.service.js';
import { MeetingQueriesService } from './meeting-queries.service.js';
import { MeetingsController } from './meetings.controller.js';
import { RecordMeetingService } from './record-meeting.service.js';
import { SpeechesController } from './speeches.controller.js';
import { SpeechesService } from './speeches.service.js';

@Module({
  imports: [DirectivesModule],
  controllers: [MeetingsController, AttendeesController, SpeechesController],
  providers: [RecordMeetingService, EditMeetingService, MeetingQueriesService, AttendeesService, SpeechesService],
})
export class MeetingsModule {}
