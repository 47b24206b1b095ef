import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropContributionPercent1796135021713 implements MigrationInterface {
  name = 'DropContributionPercent1796135021713';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ALTER COLUMN \"percent\" DROP NOT NULL");
    // A contribution's percent never moved anything and no longer means anything.
    await queryRunner.query("UPDATE \"directive_progress_report\" SET \"percent\" = NULL WHERE \"kind\" = 'contribution'");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ADD CONSTRAINT \"ck_directive_progress_report_percent_of_progress\" CHECK ((\"kind\" = 'progress') = (\"percent\" IS NOT NULL))");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" DROP CONSTRAINT \"ck_directive_progress_report_percent_of_progress\"");
    await queryRunner.query("UPDATE \"directive_progress_report\" SET \"percent\" = 0 WHERE \"percent\" IS NULL");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ALTER COLUMN \"percent\" SET NOT NULL");
  }
}
