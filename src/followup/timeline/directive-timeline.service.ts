import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessPolicy } from '../../access/access-policy.js';
import { AuditSealer } from '../../audit/audit-sealer.js';
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
    private readonly sealer: AuditSealer,
  ) {}

  /** The story of a directive the viewer may read (404 otherwise), oldest first. */
  async timelineOf(directiveId: string, viewer: Actor): Promise<DirectiveTimelineDto> {
    // The issue and edits read sealed audit entries: those committed but not sealed yet take their place first (before
    // the snapshot, and before this transaction takes the embedded database's one connection).
    await this.sealer.flush();
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await this.access.requireDirective(em, viewer, 'directive.read', directiveId);
      // One snapshot for every source: a step taken meanwhile shows in all of them or in none.
      // One after another: a transaction is one connection, which runs one statement at a time anyway.
      const loaded: TimelineEntry[][] = [];
      for (const source of TIMELINE_SOURCES) loaded.push(await source.load(em, directiveId, TIMELINE_CAP + 1));
      return { directiveId, ...mergeTimeline(loaded, TIMELINE_CAP) };
    });
  }
}

/**
 * The entries of every source (in TIMELINE_SOURCES order), oldest first; the
 * same instant: by the source's place in the list, then by its own tie. At
 * most `cap` events, the oldest ones.
 */
export function mergeTimeline(loaded: TimelineEntry[][], cap: number): Pick<DirectiveTimelineDto, 'events' | 'truncated'> {
  const ranked = loaded.flatMap((entries, rank) => entries.map((entry) => ({ entry, rank })));
  ranked.sort(
    (a, b) =>
      a.entry.at.getTime() - b.entry.at.getTime() ||
      a.rank - b.rank ||
      (a.entry.tie < b.entry.tie ? -1 : a.entry.tie > b.entry.tie ? 1 : 0),
  );
  return { events: ranked.slice(0, cap).map(({ entry }) => entry.event), truncated: ranked.length > cap };
}
