import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAuditPending1796155805642 implements MigrationInterface {
  name = 'AddAuditPending1796155805642';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_pending\" (\"id\" BIGSERIAL NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_user_id\" uuid, \"actor_username\" character varying(100) NOT NULL, \"actor_role\" character varying(30), \"action\" character varying(60) NOT NULL, \"entity_type\" character varying(40) NOT NULL, \"entity_id\" uuid, \"before\" jsonb, \"after\" jsonb, \"request_id\" character varying(100), CONSTRAINT \"pk_audit_pending\" PRIMARY KEY (\"id\"))");
    // Hand-written: what a writer recorded is what the sealer seals. Rows leave only by the sealer's DELETE (audit-sealer.ts).
    await queryRunner.query(`CREATE FUNCTION audit_pending_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_pending is insert-only until sealed: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON "audit_pending" FOR EACH ROW EXECUTE FUNCTION audit_pending_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_pending_no_truncate BEFORE TRUNCATE ON "audit_pending" FOR EACH STATEMENT EXECUTE FUNCTION audit_pending_refuse_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_pending_no_truncate" ON "audit_pending"');
    await queryRunner.query('DROP TRIGGER "audit_pending_no_update" ON "audit_pending"');
    await queryRunner.query('DROP FUNCTION audit_pending_refuse_change()');
    await queryRunner.query("DROP TABLE \"audit_pending\"");
  }
}
