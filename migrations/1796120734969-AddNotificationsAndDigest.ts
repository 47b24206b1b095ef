import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddNotificationsAndDigest1796120734969 implements MigrationInterface {
  name = 'AddNotificationsAndDigest1796120734969';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"digest_run\" (\"day\" date NOT NULL, \"trigger\" character varying(20) NOT NULL, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"notifications_written\" integer NOT NULL DEFAULT '0', \"mails_sent\" integer NOT NULL DEFAULT '0', \"mails_failed\" integer NOT NULL DEFAULT '0', CONSTRAINT \"pk_digest_run\" PRIMARY KEY (\"day\"))");
    await queryRunner.query("CREATE TABLE \"notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"kind\" character varying(30) NOT NULL, \"directive_id\" uuid NOT NULL, \"message\" character varying(500) NOT NULL, \"occasion\" character varying(40), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"read_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_notification_kind\" CHECK (\"kind\" IN ('directive_issued','cooperation_issued','owner_assigned','awaiting_confirmation','rejected','reminded','extension_requested','extension_decided','due_soon','overdue','escalated')), CONSTRAINT \"pk_notification\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_notification_directive\" ON \"notification\"  (\"directive_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_notification_occasion\" ON \"notification\"  (\"user_id\", \"kind\", \"directive_id\", \"occasion\") WHERE \"occasion\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"ix_notification_user_unread\" ON \"notification\"  (\"user_id\", \"created_at\", \"id\") WHERE \"read_at\" IS NULL");
    await queryRunner.query("CREATE INDEX \"ix_notification_user_created\" ON \"notification\"  (\"user_id\", \"created_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD \"email\" character varying(320)");
    await queryRunner.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"fk_notification_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"notification\" ADD CONSTRAINT \"fk_notification_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"fk_notification_directive\"");
    await queryRunner.query("ALTER TABLE \"notification\" DROP CONSTRAINT \"fk_notification_user\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP COLUMN \"email\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_notification_user_created\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_notification_user_unread\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_notification_occasion\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_notification_directive\"");
    await queryRunner.query("DROP TABLE \"notification\"");
    await queryRunner.query("DROP TABLE \"digest_run\"");
  }
}
