import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAccountsAuditTrailAndIdempotency1795546882774 implements MigrationInterface {
  name = 'AddAccountsAuditTrailAndIdempotency1795546882774';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_entry\" (\"seq\" bigint NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"actor_user_id\" uuid, \"actor_username\" character varying(100) NOT NULL, \"actor_role\" character varying(30), \"action\" character varying(60) NOT NULL, \"entity_type\" character varying(40) NOT NULL, \"entity_id\" uuid, \"before\" jsonb, \"after\" jsonb, \"request_id\" character varying(100), \"prev_hash\" character(64) NOT NULL, \"hash\" character(64) NOT NULL, CONSTRAINT \"pk_audit_entry\" PRIMARY KEY (\"seq\"))");
    await queryRunner.query("CREATE INDEX \"ix_audit_entry_entity\" ON \"audit_entry\"  (\"entity_type\", \"entity_id\", \"seq\") ");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"username\" character varying(100) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"role\" character varying(30) NOT NULL, \"organization_id\" uuid, \"person_id\" uuid, \"active\" boolean NOT NULL DEFAULT true, \"password_hash\" character varying(255) NOT NULL, \"password_changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_app_user_agency_role_has_organization\" CHECK (\"role\" NOT IN ('department_head','department_staff') OR \"organization_id\" IS NOT NULL), CONSTRAINT \"ck_app_user_role\" CHECK (\"role\" IN ('admin','secretariat','leader','department_head','department_staff')), CONSTRAINT \"pk_app_user\" PRIMARY KEY (\"id\"))");
    // Hand-written: "Admin" and "admin" are the same username (the entity marks this index synchronize: false).
    await queryRunner.query('CREATE UNIQUE INDEX "uq_app_user_username" ON "app_user" (lower("username"))');
    await queryRunner.query("CREATE INDEX \"ix_app_user_organization_id\" ON \"app_user\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"auth_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_reason\" character varying(40), \"ip\" character varying(64), CONSTRAINT \"pk_auth_session\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_auth_session_user_id\" ON \"auth_session\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"login_attempt\" (\"id\" BIGSERIAL NOT NULL, \"username\" character varying(100) NOT NULL, \"ip\" character varying(64) NOT NULL, \"outcome\" character varying(30) NOT NULL, \"at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_login_attempt\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_login_attempt_ip_at\" ON \"login_attempt\"  (\"ip\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"ix_login_attempt_username_at\" ON \"login_attempt\"  (\"username\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"refresh_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"token_hash\" character(64) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"rotated_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"pk_refresh_token\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_refresh_token_session_id\" ON \"refresh_token\"  (\"session_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_refresh_token_hash\" ON \"refresh_token\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"idempotency_key\" (\"user_id\" uuid NOT NULL, \"key\" character varying(255) NOT NULL, \"request_hash\" character(64) NOT NULL, \"state\" character varying(20) NOT NULL, \"response_status\" integer, \"response_body\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_idempotency_key\" PRIMARY KEY (\"user_id\", \"key\"))");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"fk_app_user_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"app_user\" ADD CONSTRAINT \"fk_app_user_person\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"auth_session\" ADD CONSTRAINT \"fk_auth_session_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"refresh_token\" ADD CONSTRAINT \"fk_refresh_token_session\" FOREIGN KEY (\"session_id\") REFERENCES \"auth_session\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"idempotency_key\" ADD CONSTRAINT \"fk_idempotency_key_user\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    // Hand-written: the audit trail is append-only in the database itself, whatever the application does.
    await queryRunner.query(`CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_entry_no_update_or_delete BEFORE UPDATE OR DELETE ON "audit_entry" FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()',
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry" FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"');
    await queryRunner.query('DROP TRIGGER "audit_entry_no_update_or_delete" ON "audit_entry"');
    await queryRunner.query('DROP FUNCTION audit_entry_refuse_change()');
    await queryRunner.query('DROP INDEX "public"."uq_app_user_username"');
    await queryRunner.query("ALTER TABLE \"idempotency_key\" DROP CONSTRAINT \"fk_idempotency_key_user\"");
    await queryRunner.query("ALTER TABLE \"refresh_token\" DROP CONSTRAINT \"fk_refresh_token_session\"");
    await queryRunner.query("ALTER TABLE \"auth_session\" DROP CONSTRAINT \"fk_auth_session_user\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"fk_app_user_person\"");
    await queryRunner.query("ALTER TABLE \"app_user\" DROP CONSTRAINT \"fk_app_user_organization\"");
    await queryRunner.query("DROP TABLE \"idempotency_key\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_refresh_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_refresh_token_session_id\"");
    await queryRunner.query("DROP TABLE \"refresh_token\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_login_attempt_username_at\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_login_attempt_ip_at\"");
    await queryRunner.query("DROP TABLE \"login_attempt\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_auth_session_user_id\"");
    await queryRunner.query("DROP TABLE \"auth_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_app_user_organization_id\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_audit_entry_entity\"");
    await queryRunner.query("DROP TABLE \"audit_entry\"");
  }
}
