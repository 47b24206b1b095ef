import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectiveExtensionRequests1796120639580 implements MigrationInterface {
  name = 'AddDirectiveExtensionRequests1796120639580';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"directive_extension_request\" (\"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"directive_id\" uuid NOT NULL, \"proposed_due_date\" date NOT NULL, \"reason\" text NOT NULL, \"current_due_date\" date NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'pending', \"requested_by_user_id\" uuid NOT NULL, \"requested_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"decided_by_user_id\" uuid, \"decided_at\" TIMESTAMP WITH TIME ZONE, \"decision_note\" text, \"approved_due_date\" date, CONSTRAINT \"ck_directive_extension_request_decision\" CHECK ((\"status\" = 'pending') = (\"decided_at\" IS NULL) AND (\"status\" = 'approved') = (\"approved_due_date\" IS NOT NULL)), CONSTRAINT \"ck_directive_extension_request_status\" CHECK (\"status\" IN ('pending','approved','rejected')), CONSTRAINT \"pk_directive_extension_request\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_directive_extension_request_one_pending\" ON \"directive_extension_request\"  (\"directive_id\") WHERE \"status\" = 'pending'");
    await queryRunner.query("CREATE INDEX \"ix_directive_extension_request_directive\" ON \"directive_extension_request\"  (\"directive_id\", \"requested_at\") ");
    await queryRunner.query("ALTER TABLE \"directive_extension_request\" ADD CONSTRAINT \"fk_directive_extension_request_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_extension_request\" ADD CONSTRAINT \"fk_directive_extension_request_requested_by\" FOREIGN KEY (\"requested_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_extension_request\" ADD CONSTRAINT \"fk_directive_extension_request_decided_by\" FOREIGN KEY (\"decided_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_extension_request\" DROP CONSTRAINT \"fk_directive_extension_request_decided_by\"");
    await queryRunner.query("ALTER TABLE \"directive_extension_request\" DROP CONSTRAINT \"fk_directive_extension_request_requested_by\"");
    await queryRunner.query("ALTER TABLE \"directive_extension_request\" DROP CONSTRAINT \"fk_directive_extension_request_directive\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_extension_request_directive\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_directive_extension_request_one_pending\"");
    await queryRunner.query("DROP TABLE \"directive_extension_request\"");
  }
}
