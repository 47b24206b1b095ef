import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCalendarFeeds1796125150582 implements MigrationInterface {
  name = 'AddCalendarFeeds1796125150582';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"calendar_feed\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"scope\" character varying(20) NOT NULL, \"secret_hash\" character varying(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"last_used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_calendar_feed_scope\" CHECK (\"scope\" IN ('me','organization')), CONSTRAINT \"pk_calendar_feed\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_calendar_feed_secret_hash\" ON \"calendar_feed\"  (\"secret_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_calendar_feed_user\" ON \"calendar_feed\"  (\"user_id\", \"created_at\") ");
    await queryRunner.query("ALTER TABLE \"calendar_feed\" ADD CONSTRAINT \"fk_calendar_feed_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"calendar_feed\" DROP CONSTRAINT \"fk_calendar_feed_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_calendar_feed_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_calendar_feed_secret_hash\"");
    await queryRunner.query("DROP TABLE \"calendar_feed\"");
  }
}
