import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgressReportSequence1796123887125 implements MigrationInterface {
  name = 'AddProgressReportSequence1796123887125';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_progress_report_directive\"");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ADD \"seq\" BIGSERIAL NOT NULL");
    await queryRunner.query("CREATE INDEX \"ix_directive_progress_report_directive\" ON \"directive_progress_report\"  (\"directive_id\", \"reported_at\", \"seq\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_progress_report_directive\"");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" DROP COLUMN \"seq\"");
    await queryRunner.query("CREATE INDEX \"ix_directive_progress_report_directive\" ON \"directive_progress_report\" USING btree (\"directive_id\", \"reported_at\") ");
  }
}
