import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddScaleIndexes1796158126585 implements MigrationInterface {
  name = 'AddScaleIndexes1796158126585';

  // Pages read in their order and cut at a page, flat from 10,000 to 1,000,000 directives: docs/performance.md, issue 11.
  // ix_directive_lead_due_id and the cooperations' (organization, directive) start with the columns of the indexes dropped.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_lead_organization_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_cooperating_organization_organization_id\"");
    await queryRunner.query("CREATE INDEX \"ix_directive_awaiting_submitted\" ON \"directive\"  (\"submitted_at\") WHERE \"status\" = 'awaiting_confirmation'");
    await queryRunner.query("CREATE INDEX \"ix_directive_awaiting\" ON \"directive\"  (\"due_date\", \"id\", \"lead_organization_id\", \"submitted_at\") WHERE \"status\" = 'awaiting_confirmation'");
    await queryRunner.query("CREATE INDEX \"ix_directive_tracked_lead\" ON \"directive\"  (\"lead_organization_id\", \"due_date\", \"id\", \"status\", \"submitted_at\") WHERE \"status\" NOT IN ('completed', 'cancelled', 'paused')");
    await queryRunner.query("CREATE INDEX \"ix_directive_lead_due_id\" ON \"directive\"  (\"lead_organization_id\", \"due_date\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_cooperating_organization_org_directive\" ON \"directive_cooperating_organization\"  (\"organization_id\", \"directive_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_cooperating_organization_org_directive\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_lead_due_id\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_tracked_lead\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_awaiting\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_awaiting_submitted\"");
    await queryRunner.query("CREATE INDEX \"ix_directive_cooperating_organization_organization_id\" ON \"directive_cooperating_organization\" USING btree (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_lead_organization_id\" ON \"directive\" USING btree (\"lead_organization_id\") ");
  }
}
