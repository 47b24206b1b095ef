import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddImportDrafts1796143789414 implements MigrationInterface {
  name = 'AddImportDrafts1796143789414';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"import_draft\" (\"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"source_text\" text NOT NULL, \"source_url\" character varying(2000), \"file_name\" character varying(255), \"media_type\" character varying(100), \"published_on\" date, \"content\" jsonb NOT NULL, \"status\" character varying(20) NOT NULL DEFAULT 'draft', \"meeting_id\" uuid, \"created_by_user_id\" uuid NOT NULL, CONSTRAINT \"ck_import_draft_confirmed_meeting\" CHECK ((\"status\" = 'confirmed') = (\"meeting_id\" IS NOT NULL)), CONSTRAINT \"ck_import_draft_status\" CHECK (\"status\" IN ('draft','confirmed','discarded')), CONSTRAINT \"pk_import_draft\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_import_draft_meeting_id\" ON \"import_draft\"  (\"meeting_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_import_draft_created_by_user_id\" ON \"import_draft\"  (\"created_by_user_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_import_draft_created_at_id\" ON \"import_draft\"  (\"created_at\", \"id\") ");
    await queryRunner.query("ALTER TABLE \"import_draft\" ADD CONSTRAINT \"fk_import_draft_meeting\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"import_draft\" ADD CONSTRAINT \"fk_import_draft_created_by\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"import_draft\" DROP CONSTRAINT \"fk_import_draft_created_by\"");
    await queryRunner.query("ALTER TABLE \"import_draft\" DROP CONSTRAINT \"fk_import_draft_meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_import_draft_created_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_import_draft_created_by_user_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_import_draft_meeting_id\"");
    await queryRunner.query("DROP TABLE \"import_draft\"");
  }
}
