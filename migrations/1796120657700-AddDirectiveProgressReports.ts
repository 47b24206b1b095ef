import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectiveProgressReports1796120657700 implements MigrationInterface {
  name = 'AddDirectiveProgressReports1796120657700';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"directive_progress_report\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"directive_id\" uuid NOT NULL, \"kind\" character varying(20) NOT NULL, \"percent\" smallint NOT NULL, \"note\" text NOT NULL, \"organization_id\" uuid NOT NULL, \"reported_by_user_id\" uuid NOT NULL, \"reported_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"ck_directive_progress_report_percent\" CHECK (\"percent\" BETWEEN 0 AND 100), CONSTRAINT \"ck_directive_progress_report_kind\" CHECK (\"kind\" IN ('progress','contribution')), CONSTRAINT \"pk_directive_progress_report\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_directive_progress_report_directive\" ON \"directive_progress_report\"  (\"directive_id\", \"reported_at\") ");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ADD CONSTRAINT \"fk_directive_progress_report_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ADD CONSTRAINT \"fk_directive_progress_report_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" ADD CONSTRAINT \"fk_directive_progress_report_user\" FOREIGN KEY (\"reported_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" DROP CONSTRAINT \"fk_directive_progress_report_user\"");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" DROP CONSTRAINT \"fk_directive_progress_report_organization\"");
    await queryRunner.query("ALTER TABLE \"directive_progress_report\" DROP CONSTRAINT \"fk_directive_progress_report_directive\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_progress_report_directive\"");
    await queryRunner.query("DROP TABLE \"directive_progress_report\"");
  }
}
