import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectiveOriginalDueDate1796118009694 implements MigrationInterface {
  name = 'AddDirectiveOriginalDueDate1796118009694';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive\" ADD \"original_due_date\" date");
    // Hand-written: until now the deadline in force was the one issued.
    await queryRunner.query('UPDATE "directive" SET "original_due_date" = "due_date"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive\" DROP COLUMN \"original_due_date\"");
  }
}
