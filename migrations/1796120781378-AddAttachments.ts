import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAttachments1796120781378 implements MigrationInterface {
  name = 'AddAttachments1796120781378';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"attachment\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"file_name\" character varying(255) NOT NULL, \"media_type\" character varying(100) NOT NULL, \"size\" integer NOT NULL, \"sha256\" character(64) NOT NULL, \"uploaded_by_user_id\" uuid NOT NULL, \"uploaded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"directive_id\" uuid, \"attached_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"ck_attachment_attached\" CHECK ((\"directive_id\" IS NULL) = (\"attached_at\" IS NULL)), CONSTRAINT \"ck_attachment_size\" CHECK (\"size\" >= 0), CONSTRAINT \"pk_attachment\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_attachment_unattached\" ON \"attachment\"  (\"uploaded_at\") WHERE \"directive_id\" IS NULL");
    await queryRunner.query("CREATE INDEX \"ix_attachment_directive\" ON \"attachment\"  (\"directive_id\") ");
    await queryRunner.query("CREATE TABLE \"attachment_chunk\" (\"attachment_id\" uuid NOT NULL, \"seq\" integer NOT NULL, \"bytes\" bytea NOT NULL, CONSTRAINT \"pk_attachment_chunk\" PRIMARY KEY (\"attachment_id\", \"seq\"))");
    // Files are mostly compressed already (PDF, JPEG, PNG, the zips of DOCX and XLSX): TOAST should not try again.
    await queryRunner.query("ALTER TABLE \"attachment_chunk\" ALTER COLUMN \"bytes\" SET STORAGE EXTERNAL");
    await queryRunner.query("ALTER TABLE \"directive_transition\" ADD \"attachment_ids\" uuid array NOT NULL DEFAULT '{}'");
    await queryRunner.query("ALTER TABLE \"attachment\" ADD CONSTRAINT \"fk_attachment_uploader\" FOREIGN KEY (\"uploaded_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attachment\" ADD CONSTRAINT \"fk_attachment_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"attachment_chunk\" ADD CONSTRAINT \"fk_attachment_chunk_attachment\" FOREIGN KEY (\"attachment_id\") REFERENCES \"attachment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"attachment_chunk\" DROP CONSTRAINT \"fk_attachment_chunk_attachment\"");
    await queryRunner.query("ALTER TABLE \"attachment\" DROP CONSTRAINT \"fk_attachment_directive\"");
    await queryRunner.query("ALTER TABLE \"attachment\" DROP CONSTRAINT \"fk_attachment_uploader\"");
    await queryRunner.query("ALTER TABLE \"directive_transition\" DROP COLUMN \"attachment_ids\"");
    await queryRunner.query("DROP TABLE \"attachment_chunk\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attachment_directive\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_attachment_unattached\"");
    await queryRunner.query("DROP TABLE \"attachment\"");
  }
}
