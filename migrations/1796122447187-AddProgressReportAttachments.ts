import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddProgressReportAttachments1796122447187 implements MigrationInterface {
  name = 'AddProgressReportAttachments1796122447187';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ADD \"attachment_ids\" uuid array NOT NULL DEFAULT '{}'");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" DROP COLUMN \"attachment_ids\"");
  }
}
