import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetingReviewedDirectives1796124862742 implements MigrationInterface {
  name = 'AddMeetingReviewedDirectives1796124862742';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"meeting_reviewed_directive\" (\"meeting_id\" uuid NOT NULL, \"directive_id\" uuid NOT NULL, \"recorded_by_user_id\" uuid, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"pk_meeting_reviewed_directive\" PRIMARY KEY (\"meeting_id\", \"directive_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_meeting_reviewed_directive_directive_id\" ON \"meeting_reviewed_directive\"  (\"directive_id\") ");
    await queryRunner.query("ALTER TABLE \"meeting_reviewed_directive\" ADD CONSTRAINT \"fk_meeting_reviewed_directive_meeting\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_reviewed_directive\" ADD CONSTRAINT \"fk_meeting_reviewed_directive_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_reviewed_directive\" ADD CONSTRAINT \"fk_meeting_reviewed_directive_user\" FOREIGN KEY (\"recorded_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"meeting_reviewed_directive\" DROP CONSTRAINT \"fk_meeting_reviewed_directive_user\"");
    await queryRunner.query("ALTER TABLE \"meeting_reviewed_directive\" DROP CONSTRAINT \"fk_meeting_reviewed_directive_directive\"");
    await queryRunner.query("ALTER TABLE \"meeting_reviewed_directive\" DROP CONSTRAINT \"fk_meeting_reviewed_directive_meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_meeting_reviewed_directive_directive_id\"");
    await queryRunner.query("DROP TABLE \"meeting_reviewed_directive\"");
  }
}
