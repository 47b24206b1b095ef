import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuthSessionRemember1796134875569 implements MigrationInterface {
  name = 'AddAuthSessionRemember1796134875569';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Sessions open before this asked nothing: they get the shared-computer default, so their next
    // refresh sets a session cookie and the browser forgets them when it closes (one more sign-in at worst).
    await queryRunner.query("ALTER TABLE \"auth_session\" ADD \"remember\" boolean NOT NULL DEFAULT false");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"auth_session\" DROP COLUMN \"remember\"");
  }
}
