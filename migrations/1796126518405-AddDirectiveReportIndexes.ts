import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDirectiveReportIndexes1796126518405 implements MigrationInterface {
  name = 'AddDirectiveReportIndexes1796126518405';

  // Read alone (index-only scans) by the league table and the overdue report: see bench/README.md, issue 8.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"ix_directive_report_tracked\" ON \"directive\"  (\"due_date\", \"id\", \"lead_organization_id\", \"status\", \"submitted_at\") WHERE \"status\" NOT IN ('completed', 'cancelled', 'paused')");
    await queryRunner.query("CREATE INDEX \"ix_directive_report_meeting\" ON \"directive\"  (\"meeting_id\", \"lead_organization_id\", \"status\", \"due_date\") ");
    await queryRunner.query("CREATE INDEX \"ix_directive_report_due\" ON \"directive\"  (\"due_date\", \"lead_organization_id\", \"status\", \"completion\", \"submitted_at\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_report_due\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_report_meeting\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_directive_report_tracked\"");
  }
}
