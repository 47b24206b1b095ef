import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectiveReminders1796117733741 implements MigrationInterface {
  name = 'AddDirectiveReminders1796117733741';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"directive_reminder\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"directive_id\" uuid NOT NULL, \"note\" text NOT NULL, \"channel\" character varying(20) NOT NULL, \"document_number\" character varying(50), \"reminded_by_user_id\" uuid NOT NULL, \"reminded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"ck_directive_reminder_channel\" CHECK (\"channel\" IN ('document','meeting','phone','email','system')), CONSTRAINT \"pk_directive_reminder\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_directive_reminder_directive\" ON \"directive_reminder\"  (\"directive_id\", \"reminded_at\") ");
    await queryRunner.query("ALTER TABLE \"directive_reminder\" ADD CONSTRAINT \"fk_directive_reminder_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_reminder\" ADD CONSTRAINT \"fk_directive_reminder_user\" FOREIGN KEY (\"reminded_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_reminder\" DROP CONSTRAINT \"fk_directive_reminder_user\"");
    await queryRunner.query("ALTER TABLE \"directive_reminder\" DROP CONSTRAINT \"fk_directive_reminder_directive\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_reminder_directive\"");
    await queryRunner.query("DROP TABLE \"directive_reminder\"");
  }
}
