import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSignInTrustToLoginAttempt1796111212087 implements MigrationInterface {
  name = 'AddSignInTrustToLoginAttempt1796111212087';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"login_attempt\" ADD \"trust\" character varying(10) NOT NULL DEFAULT 'none'");
    await queryRunner.query("ALTER TABLE \"login_attempt\" ADD \"device\" character varying(32)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"login_attempt\" DROP COLUMN \"device\"");
    await queryRunner.query("ALTER TABLE \"login_attempt\" DROP COLUMN \"trust\"");
  }
}
