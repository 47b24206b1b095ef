import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectiveTransitionSequence1796122668528 implements MigrationInterface {
  name = 'AddDirectiveTransitionSequence1796122668528';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_transition\" ADD \"seq\" BIGSERIAL NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_transition\" DROP COLUMN \"seq\"");
  }
}
