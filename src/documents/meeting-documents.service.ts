import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor.js';
import { conclusionNotice } from './conclusion-notice.document.js';
import { MeetingDocumentQueries } from './meeting-document-queries.service.js';
import { minutesDocument } from './minutes.document.js';
import type { WordFile } from './word-download.js';

/** Drafts the official documents of a meeting as the viewer may see it; the office registers, signs and sends them. */
@Injectable()
export class MeetingDocumentsService {
  constructor(private readonly queries: MeetingDocumentQueries) {}

  async conclusionNotice(meetingId: string, viewer: Actor): Promise<WordFile> {
    return conclusionNotice(await this.queries.modelOf(meetingId, viewer));
  }

  async minutes(meetingId: string, viewer: Actor): Promise<WordFile> {
    return minutesDocument(await this.queries.modelOf(meetingId, viewer));
  }
}
