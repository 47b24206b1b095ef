import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectiveWorkflow1796117072268 implements MigrationInterface {
  name = 'AddDirectiveWorkflow1796117072268';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"directive_transition\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"directive_id\" uuid NOT NULL, \"action\" character varying(20) NOT NULL, \"from_status\" character varying(30) NOT NULL, \"to_status\" character varying(30) NOT NULL, \"note\" text, \"actor_user_id\" uuid NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_directive_transition_action\" CHECK (\"action\" IN ('start','submit','confirm','reject','pause','resume','cancel','reopen')), CONSTRAINT \"pk_directive_transition\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_directive_transition_directive\" ON \"directive_transition\"  (\"directive_id\", \"occurred_at\") ");
    await queryRunner.query("ALTER TABLE \"directive\" ADD \"status_before_pause\" character varying(30)");
    await queryRunner.query("ALTER TABLE \"directive\" ADD \"submitted_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"directive\" ADD \"submitted_due_date\" date");
    await queryRunner.query("ALTER TABLE \"directive\" ADD \"completed_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"directive\" ADD \"completion\" character varying(30)");
    await queryRunner.query("ALTER TABLE \"directive\" ADD CONSTRAINT \"ck_directive_completion\" CHECK (\"completion\" IN ('completed_on_time','completed_late','completed_without_deadline'))");
    await queryRunner.query("ALTER TABLE \"directive_transition\" ADD CONSTRAINT \"fk_directive_transition_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_transition\" ADD CONSTRAINT \"fk_directive_transition_actor\" FOREIGN KEY (\"actor_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"directive_transition\" DROP CONSTRAINT \"fk_directive_transition_actor\"");
    await queryRunner.query("ALTER TABLE \"directive_transition\" DROP CONSTRAINT \"fk_directive_transition_directive\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP CONSTRAINT \"ck_directive_completion\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP COLUMN \"completion\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP COLUMN \"completed_at\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP COLUMN \"submitted_due_date\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP COLUMN \"submitted_at\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP COLUMN \"status_before_pause\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_transition_directive\"");
    await queryRunner.query("DROP TABLE \"directive_transition\"");
  }
}
