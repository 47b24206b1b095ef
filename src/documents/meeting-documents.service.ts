import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/actor.js';
import { MeetingDocumentQueries } from './meeting-document-queries.service.js';
import type { WordFile } from './word-download.js';

/** Drafts the official documents of a meeting as the viewer may see it; the office registers, signs and sends them. */
@Injectable()
export class MeetingDocumentsService {
  constructor(private readonly queries: MeetingDocumentQueries) {}

  // The layouts load docx (about 12 MB of memory) on the first document asked for, not at start-up.
  async conclusionNotice(meetingId: string, viewer: Actor): Promise<WordFile> {
    const model = await this.queries.modelOf(meetingId, viewer);
    const { conclusionNotice } = await import('./conclusion-notice.document.js');
    return conclusionNotice(model);
  }

  async minutes(meetingId: string, viewer: Actor): Promise<WordFile> {
    const model = await this.queries.modelOf(meetingId, viewer);
    const { minutesDocument } = await import('./minutes.document.js');
    return minutesDocument(model);
  }
}
