import type { DataSource } from 'typeorm';

/** Below this share of documents a word's GIN posting list is short enough: the index is the fast way. */
const FREQUENT = 0.02;
/** The early pass reads this many times the rows the rarest word predicts before giving up. */
const MARGIN = 2;
const STATS_TTL_MS = 5 * 60_000;

interface Stats {
  at: number;
  rowsPerPage: number;
  frequency: Map<string, number>;
}

/**
 * For a search whose every word is common (ANALYZE's most common elements of
 * `search_document.folded`), how far into the table, in physical order, the
 * first `cap` matches are expected: a block bound for a TID range scan that
 * reads them there rather than building the GIN bitmap of every match (tens
 * of thousands). The first `cap` matches in physical order are exactly what a
 * LIMIT over the bitmap heap scan returns, so both passes give the same
 * candidates; when the early pass finds fewer than `cap`, the bitmap is used.
 * Null when a word is rare or there are no statistics yet (a fresh database).
 */
export class FrequentWords {
  private stats: Stats | null = null;
  private reading: Promise<Stats> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  async earlyScanBound(words: string[], cap: number): Promise<string | null> {
    const stats = await this.current();
    if (!stats) return null;
    let rarest = 1;
    for (const word of words) rarest = Math.min(rarest, stats.frequency.get(word) ?? 0);
    if (rarest < FREQUENT || stats.rowsPerPage <= 0) return null;
    const pages = Math.ceil((MARGIN * cap) / rarest / stats.rowsPerPage);
    return `(${pages},0)`;
  }

  /**
   * The statistics, read again after STATS_TTL_MS by one caller at a time. When
   * they cannot be read (a lost connection, a timeout) the search goes the
   * index way: the early pass is only ever an optimization, and a failed read is
   * not kept, so the next search tries again.
   */
  private async current(): Promise<Stats | null> {
    if (this.stats && Date.now() - this.stats.at <= STATS_TTL_MS) return this.stats;
    this.reading ??= this.read().finally(() => {
      this.reading = null;
    });
    try {
      this.stats = await this.reading;
    } catch {
      return null;
    }
    return this.stats;
  }

  private async read(): Promise<Stats> {
    const [row] = (await this.dataSource.query(
      `SELECT c.relpages, c.reltuples, s.most_common_elems::text::text[] AS elems, s.most_common_elem_freqs AS freqs
         FROM pg_class c
         LEFT JOIN pg_stats s ON s.schemaname = c.relnamespace::regnamespace::text AND s.tablename = c.relname AND s.attname = 'folded'
        WHERE c.oid = 'search_document'::regclass`,
    )) as { relpages: number; reltuples: number; elems: string[] | null; freqs: number[] | null }[];
    const frequency = new Map<string, number>();
    (row?.elems ?? []).forEach((elem, i) => frequency.set(elem, Number(row!.freqs![i])));
    return { at: Date.now(), rowsPerPage: row && row.relpages > 0 ? Number(row.reltuples) / row.relpages : 0, frequency };
  }
}
