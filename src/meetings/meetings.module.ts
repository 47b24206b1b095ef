import { Module } from '@nestjs/common';
import { AttendeesController } from './attendees.controller.js';
import { AttendeesService } from './attendees.service.js';
import { SpeechesController } from './speeches.controller.js';
import { SpeechesService } from './speeches.service.js';

/** Who attended a meeting and who spoke in which order. */
@Module({
  controllers: [AttendeesController, SpeechesController],
  providers: [AttendeesService, SpeechesService],
})
export class MeetingsModule {}
