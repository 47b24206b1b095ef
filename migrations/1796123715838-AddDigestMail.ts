import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDigestMail1796123715838 implements MigrationInterface {
  name = 'AddDigestMail1796123715838';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"digest_mail\" (\"day\" date NOT NULL, \"user_id\" uuid NOT NULL, \"address\" character varying(320) NOT NULL, \"subject\" text NOT NULL, \"text\" text NOT NULL, \"html\" text NOT NULL, \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, \"next_attempt_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"claimed_until\" TIMESTAMP WITH TIME ZONE, \"sent_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"pk_digest_mail\" PRIMARY KEY (\"day\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_digest_mail_unsent\" ON \"digest_mail\"  (\"day\", \"next_attempt_at\") WHERE \"sent_at\" IS NULL");
    // The run's counts of mail go: each mail's fate is now a row of digest_mail (older runs' counts are not kept).
    await queryRunner.query("ALTER TABLE \"digest_run\" DROP COLUMN \"mails_sent\"");
    await queryRunner.query("ALTER TABLE \"digest_run\" DROP COLUMN \"mails_failed\"");
    await queryRunner.query("ALTER TABLE \"digest_mail\" ADD CONSTRAINT \"fk_digest_mail_run\" FOREIGN KEY (\"day\") REFERENCES \"digest_run\"(\"day\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"digest_mail\" ADD CONSTRAINT \"fk_digest_mail_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"digest_mail\" DROP CONSTRAINT \"fk_digest_mail_user\"");
    await queryRunner.query("ALTER TABLE \"digest_mail\" DROP CONSTRAINT \"fk_digest_mail_run\"");
    await queryRunner.query("ALTER TABLE \"digest_run\" ADD \"mails_failed\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"digest_run\" ADD \"mails_sent\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("DROP INDEX \"public\".\"ix_digest_mail_unsent\"");
    await queryRunner.query("DROP TABLE \"digest_mail\"");
  }
}
