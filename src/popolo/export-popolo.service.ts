import { Readable } from 'node:stream';
import { Inject, Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { contentDispositionOf } from '../common/http/content-disposition.js';
import { meetingNotFound } from '../meetings/meetings.errors.js';
import type { PopoloPeriodQueryDto } from './dto/popolo-query.dto.js';
import { popoloDocument, type RunQuery } from './popolo-document.js';
import { MAX_PERIOD_DAYS, meetingNotPublished, periodReversed, periodTooLong } from './popolo.errors.js';
import { MEETING_STATUS, PUBLISHED_IN_PERIOD } from './popolo-reads.js';

export const POPOLO_MEDIA_TYPE = 'application/json; charset=utf-8';

const DAY_MS = 86_400_000;

/** Meetings and speeches as Popolo open data: one meeting, or every published meeting of a period. */
@Injectable()
export class ExportPopoloService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * 404 for no such meeting; 409 for a draft, which is not open data yet — to
   * a signed-in caller, who may read the draft itself. Someone without an
   * account (OPEN_DATA_PUBLIC) gets 404: not even that a draft exists.
   */
  async exportMeeting(id: string, signedIn: boolean): Promise<StreamableFile> {
    const [meeting] = await this.run<{ status: string }>(MEETING_STATUS, [id]);
    if (!meeting || (meeting.status !== 'published' && !signedIn)) throw meetingNotFound(id);
    if (meeting.status !== 'published') throw meetingNotPublished(id);
    return this.stream([id]);
  }

  /** Every meeting published and held from `from` to `to` (calendar days in the office's zone), as one download. */
  async exportPeriod({ from, to }: PopoloPeriodQueryDto): Promise<StreamableFile> {
    if (from > to) throw periodReversed(from, to);
    if ((Date.parse(to) - Date.parse(from)) / DAY_MS + 1 > MAX_PERIOD_DAYS) throw periodTooLong(from, to);
    // The set is fixed here, before the answer starts; the document then streams page by page.
    const ids = (await this.run<{ id: string }>(PUBLISHED_IN_PERIOD, [from, to, this.config.timeZone])).map((row) => row.id);
    return this.stream(ids, `popolo ${from} ${to}.json`);
  }

  private stream(meetingIds: readonly string[], fileName?: string): StreamableFile {
    // A failure half-way destroys the stream: the client sees a cut connection, never a document that looks whole.
    const body = Readable.from(popoloDocument(this.run, meetingIds, this.config.timeZone), { objectMode: false });
    return new StreamableFile(body, {
      type: POPOLO_MEDIA_TYPE,
      disposition: fileName === undefined ? undefined : contentDispositionOf(fileName),
    });
  }

  private readonly run: RunQuery = (sql, params) => this.dataSource.query(sql, params);
}
