import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand: storage parameters are not part of the entities, so there is nothing to generate from.
 *
 * The reports and lists read `directive` through index-only scans (ix_directive_report_tracked, ix_directive_awaiting,
 * ix_directive_report_due…), which skip the table only for pages the visibility map marks all-visible. Every
 * transition, progress report and edit updates a directive row and clears its page's bit; with PostgreSQL's defaults
 * autovacuum waits for 20 % of the table to change before it sets them again. On 100,000 directives, 8,500 updates
 * left the overdue counts fetching 14,800 heap rows: 22,000 buffers and 64 ms instead of 350 and 14 ms
 * (docs/performance.md, "Keeping index-only scans index-only"). Vacuuming after 2 % keeps the bits set at the cost of
 * more frequent, cheaper vacuums (a vacuum skips the pages still all-visible).
 */
export class TuneDirectiveAutovacuum1796184277578 implements MigrationInterface {
  name = 'TuneDirectiveAutovacuum1796184277578';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "directive" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "directive" RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_insert_scale_factor, autovacuum_analyze_scale_factor)',
    );
  }
}
