import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795545574028 implements MigrationInterface {
  name = 'Init1795545574028';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Hand-written: accent-insensitive search (unaccent, pg_trgm) and digests for the audit chain (pgcrypto).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "unaccent"');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "pg_trgm"');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "pgcrypto"');
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(300) NOT NULL, \"short_name\" character varying(50), \"kind\" character varying(40) NOT NULL, \"parent_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_organization_not_own_parent\" CHECK (\"parent_id\" IS NULL OR \"parent_id\" <> \"id\"), CONSTRAINT \"ck_organization_kind\" CHECK (\"kind\" IN ('party_committee','peoples_council','peoples_committee','department','district','board','agency','enterprise','other')), CONSTRAINT \"pk_organization\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_organization_parent_id\" ON \"organization\"  (\"parent_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_organization_name_id\" ON \"organization\"  (\"name\", \"id\") ");
    // Hand-written: "BQL KKT" and "bql kkt" are the same short name (the entity marks this index synchronize: false).
    await queryRunner.query('CREATE UNIQUE INDEX "uq_organization_short_name" ON "organization" (lower("short_name"))');
    await queryRunner.query("CREATE TABLE \"person\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"full_name\" character varying(200) NOT NULL, \"position\" character varying(500), \"organization_id\" uuid, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_person\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_person_organization_id\" ON \"person\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_person_full_name_id\" ON \"person\"  (\"full_name\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"meeting\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"title\" character varying(500) NOT NULL, \"kind\" character varying(40), \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE, \"location\" character varying(300), \"organizer_id\" uuid, \"chair_id\" uuid, \"summary\" text, \"source_url\" character varying(2000), \"status\" character varying(20) NOT NULL DEFAULT 'draft', \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_meeting_ends_after_start\" CHECK (\"ends_at\" IS NULL OR \"ends_at\" >= \"starts_at\"), CONSTRAINT \"ck_meeting_kind\" CHECK (\"kind\" IN ('standing_committee','working_session','conference','thematic','briefing','other')), CONSTRAINT \"ck_meeting_status\" CHECK (\"status\" IN ('draft','published')), CONSTRAINT \"pk_meeting\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_meeting_organizer_id\" ON \"meeting\"  (\"organizer_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_chair_id\" ON \"meeting\"  (\"chair_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_meeting_starts_at_id\" ON \"meeting\"  (\"starts_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"speech\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"speaker_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"kind\" character varying(20) NOT NULL, \"title\" character varying(500), \"summary\" text, \"text\" text, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_speech_meeting_position\" UNIQUE (\"meeting_id\", \"position\") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT \"ck_speech_kind\" CHECK (\"kind\" IN ('report','opinion','question','answer','direction','conclusion')), CONSTRAINT \"ck_speech_position_positive\" CHECK (\"position\" >= 1), CONSTRAINT \"pk_speech\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_speech_speaker_id\" ON \"speech\"  (\"speaker_id\") ");
    await queryRunner.query("CREATE TABLE \"directive\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"ordinal\" integer NOT NULL, \"title\" character varying(1000) NOT NULL, \"description\" text, \"lead_organization_id\" uuid NOT NULL, \"owner_id\" uuid, \"issued_by_id\" uuid, \"source_speech_id\" uuid, \"due_date\" date, \"priority\" character varying(20) NOT NULL DEFAULT 'normal', \"status\" character varying(30) NOT NULL DEFAULT 'assigned', \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_directive_meeting_ordinal\" UNIQUE (\"meeting_id\", \"ordinal\"), CONSTRAINT \"ck_directive_status\" CHECK (\"status\" IN ('assigned','in_progress','awaiting_confirmation','completed','reopened','paused','cancelled')), CONSTRAINT \"ck_directive_priority\" CHECK (\"priority\" IN ('normal','high','urgent')), CONSTRAINT \"ck_directive_ordinal_positive\" CHECK (\"ordinal\" >= 1), CONSTRAINT \"pk_directive\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_directive_lead_organization_id\" ON \"directive\"  (\"lead_organization_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_owner_id\" ON \"directive\"  (\"owner_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_issued_by_id\" ON \"directive\"  (\"issued_by_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_source_speech_id\" ON \"directive\"  (\"source_speech_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_status\" ON \"directive\"  (\"status\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_due_date_id\" ON \"directive\"  (\"due_date\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"directive_cooperating_organization\" (\"directive_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_directive_cooperating_organization\" PRIMARY KEY (\"directive_id\", \"organization_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_directive_cooperating_organization_organization_id\" ON \"directive_cooperating_organization\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"meeting_attendee\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"meeting_id\" uuid NOT NULL, \"person_id\" uuid NOT NULL, \"role\" character varying(20) NOT NULL, \"attended\" boolean NOT NULL DEFAULT true, \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"uq_meeting_attendee_person\" UNIQUE (\"meeting_id\", \"person_id\"), CONSTRAINT \"ck_meeting_attendee_role\" CHECK (\"role\" IN ('chair','secretary','member','reporter','invited')), CONSTRAINT \"pk_meeting_attendee\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_meeting_attendee_person_id\" ON \"meeting_attendee\"  (\"person_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_meeting_attendee_one_chair\" ON \"meeting_attendee\"  (\"meeting_id\") WHERE \"role\" = 'chair'");
    await queryRunner.query("ALTER TABLE \"organization\" ADD CONSTRAINT \"fk_organization_parent\" FOREIGN KEY (\"parent_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"person\" ADD CONSTRAINT \"fk_person_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"fk_meeting_organizer\" FOREIGN KEY (\"organizer_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting\" ADD CONSTRAINT \"fk_meeting_chair\" FOREIGN KEY (\"chair_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"speech\" ADD CONSTRAINT \"fk_speech_meeting\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"speech\" ADD CONSTRAINT \"fk_speech_speaker\" FOREIGN KEY (\"speaker_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive\" ADD CONSTRAINT \"fk_directive_meeting\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive\" ADD CONSTRAINT \"fk_directive_lead_organization\" FOREIGN KEY (\"lead_organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive\" ADD CONSTRAINT \"fk_directive_owner\" FOREIGN KEY (\"owner_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive\" ADD CONSTRAINT \"fk_directive_issued_by\" FOREIGN KEY (\"issued_by_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive\" ADD CONSTRAINT \"fk_directive_source_speech\" FOREIGN KEY (\"source_speech_id\") REFERENCES \"speech\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_cooperating_organization\" ADD CONSTRAINT \"fk_directive_cooperating_organization_directive\" FOREIGN KEY (\"directive_id\") REFERENCES \"directive\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"directive_cooperating_organization\" ADD CONSTRAINT \"fk_directive_cooperating_organization_organization\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" ADD CONSTRAINT \"fk_meeting_attendee_meeting\" FOREIGN KEY (\"meeting_id\") REFERENCES \"meeting\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" ADD CONSTRAINT \"fk_meeting_attendee_person\" FOREIGN KEY (\"person_id\") REFERENCES \"person\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" DROP CONSTRAINT \"fk_meeting_attendee_person\"");
    await queryRunner.query("ALTER TABLE \"meeting_attendee\" DROP CONSTRAINT \"fk_meeting_attendee_meeting\"");
    await queryRunner.query("ALTER TABLE \"directive_cooperating_organization\" DROP CONSTRAINT \"fk_directive_cooperating_organization_organization\"");
    await queryRunner.query("ALTER TABLE \"directive_cooperating_organization\" DROP CONSTRAINT \"fk_directive_cooperating_organization_directive\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP CONSTRAINT \"fk_directive_source_speech\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP CONSTRAINT \"fk_directive_issued_by\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP CONSTRAINT \"fk_directive_owner\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP CONSTRAINT \"fk_directive_lead_organization\"");
    await queryRunner.query("ALTER TABLE \"directive\" DROP CONSTRAINT \"fk_directive_meeting\"");
    await queryRunner.query("ALTER TABLE \"speech\" DROP CONSTRAINT \"fk_speech_speaker\"");
    await queryRunner.query("ALTER TABLE \"speech\" DROP CONSTRAINT \"fk_speech_meeting\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"fk_meeting_chair\"");
    await queryRunner.query("ALTER TABLE \"meeting\" DROP CONSTRAINT \"fk_meeting_organizer\"");
    await queryRunner.query("ALTER TABLE \"person\" DROP CONSTRAINT \"fk_person_organization\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP CONSTRAINT \"fk_organization_parent\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_meeting_attendee_one_chair\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_meeting_attendee_person_id\"");
    await queryRunner.query("DROP TABLE \"meeting_attendee\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_cooperating_organization_organization_id\"");
    await queryRunner.query("DROP TABLE \"directive_cooperating_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_due_date_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_status\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_source_speech_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_issued_by_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_owner_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_lead_organization_id\"");
    await queryRunner.query("DROP TABLE \"directive\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_speech_speaker_id\"");
    await queryRunner.query("DROP TABLE \"speech\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_meeting_starts_at_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_meeting_chair_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_meeting_organizer_id\"");
    await queryRunner.query("DROP TABLE \"meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_person_full_name_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_person_organization_id\"");
    await queryRunner.query("DROP TABLE \"person\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_organization_name_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_organization_parent_id\"");
    await queryRunner.query('DROP INDEX "public"."uq_organization_short_name"');
    await queryRunner.query("DROP TABLE \"organization\"");
  }
}
