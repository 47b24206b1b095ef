import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy.js';
import type { Actor } from '../../common/actor.js';
import type { DirectiveTimelineDto } from './timeline.dto.js';
import { TIMELINE_SOURCES, type TimelineEntry } from './timeline-sources.js';

/**
 * A directive has tens of events; the cap only keeps a runaway one (a script
 * reminding in a loop) from making one answer unbounded.
 */
export const TIMELINE_CAP = 1000;

@Injectable()
export class DirectiveTimelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessPolicy,
  ) {}

  /** The story of a directive the viewer may read (404 otherwise), oldest first. */
  async timelineOf(directiveId: string, viewer: Actor): Promise<DirectiveTimelineDto> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await this.access.requireDirective(em, viewer, 'directive.read', directiveId);
      // One snapshot for every source: a step taken meanwhile shows in all of them or in none.
      const loaded = await Promise.all(TIMELINE_SOURCES.map((source) => source.load(em, directiveId, TIMELINE_CAP + 1)));
      const entries = merge(loaded);
      return { directiveId, events: entries.slice(0, TIMELINE_CAP).map((entry) => entry.event), truncated: entries.length > TIMELINE_CAP };
    });
  }
}

/** Oldest first; the same instant: by the source's place in TIMELINE_SOURCES, then by its own tie. */
function merge(loaded: TimelineEntry[][]): TimelineEntry[] {
  const ranked = loaded.flatMap((entries, rank) => entries.map((entry) => ({ entry, rank })));
  ranked.sort(
    (a, b) =>
      a.entry.at.getTime() - b.entry.at.getTime() ||
      a.rank - b.rank ||
      (a.entry.tie < b.entry.tie ? -1 : a.entry.tie > b.entry.tie ? 1 : 0),
  );
  return ranked.map(({ entry }) => entry);
}
