import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Targets1796152000000 implements MigrationInterface {
  name = 'Targets1796152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE \"targets\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"year\" integer NOT NULL, \"metric\" character varying(40) NOT NULL, \"value\" numeric(18,4) NOT NULL, \"note\" text, \"updated_by\" uuid, \"updated_by_name\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL DEFAULT '1', CONSTRAINT \"targets_value_check\" CHECK (value >= 0), CONSTRAINT \"targets_metric_check\" CHECK (metric IN ('INDUSTRIAL_OUTPUT', 'LEADING_INDUSTRY_OUTPUT', 'SPECIALIZED_ENTERPRISES', 'STRATEGIC_EMERGING_SHARE', 'HIGH_TECH_ENTERPRISES', 'CHAMPION_ENTERPRISES', 'INDUSTRIAL_LANDMARKS', 'INNOVATION_PLATFORMS', 'APPLICATION_SCENARIOS', 'TECH_CONTRACT_VALUE', 'SMART_FACTORIES', 'GREEN_FACTORIES', 'MANUFACTURING_LAND', 'ACADEMICIAN_WORKSTATIONS', 'TECH_TALENTS', 'FUND_LEVERAGE', 'SCI_TECH_INVESTMENTS', 'FOREIGN_TRADE', 'LEADING_INDUSTRY_INVESTMENT_LANDED')), CONSTRAINT \"PK_87084f49e9de9dd6a3e83906584\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query('CREATE INDEX "targets_updated_by_idx" ON "targets"  ("updated_by") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "targets_year_metric_key" ON "targets"  ("year", "metric") ',
    );
    await queryRunner.query(
      "CREATE TABLE \"target_actuals\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"year\" integer NOT NULL, \"metric\" character varying(40) NOT NULL, \"period_end\" date NOT NULL, \"value\" numeric(18,4) NOT NULL, \"source_note\" text NOT NULL, \"entered_by\" uuid, \"entered_by_name\" character varying(100) NOT NULL, \"entered_at\" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"target_actuals_value_check\" CHECK (value >= 0), CONSTRAINT \"target_actuals_metric_check\" CHECK (metric IN ('INDUSTRIAL_OUTPUT', 'LEADING_INDUSTRY_OUTPUT', 'SPECIALIZED_ENTERPRISES', 'STRATEGIC_EMERGING_SHARE', 'HIGH_TECH_ENTERPRISES', 'CHAMPION_ENTERPRISES', 'INDUSTRIAL_LANDMARKS', 'INNOVATION_PLATFORMS', 'APPLICATION_SCENARIOS', 'TECH_CONTRACT_VALUE', 'SMART_FACTORIES', 'GREEN_FACTORIES', 'MANUFACTURING_LAND', 'ACADEMICIAN_WORKSTATIONS', 'TECH_TALENTS', 'FUND_LEVERAGE', 'SCI_TECH_INVESTMENTS', 'FOREIGN_TRADE', 'LEADING_INDUSTRY_INVESTMENT_LANDED')), CONSTRAINT \"PK_7e58cbec7bc5c3ed0fc9d0e7352\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query(
      'CREATE INDEX "target_actuals_entered_by_idx" ON "target_actuals"  ("entered_by") ',
    );
    await queryRunner.query(
      'CREATE INDEX "target_actuals_metric_period_idx" ON "target_actuals"  ("metric", "period_end", "entered_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "targets" ADD CONSTRAINT "FK_f9877d106e78dad900b4e7f45f1" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "target_actuals" ADD CONSTRAINT "FK_a15a7ac2eef4669c8eab3ae9df4" FOREIGN KEY ("entered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // The 2027 targets of DOMAIN.md (沪奉府发〔2024〕20号), in the stored units: 亿元 targets in 万元
    // (× 10 000), the others as written. 四大主导产业落地投资 has no published target: an admin sets it.
    await queryRunner.query(`INSERT INTO targets (year, metric, value, note, updated_by_name) VALUES
      (2027, 'INDUSTRIAL_OUTPUT', 36000000, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'LEADING_INDUSTRY_OUTPUT', 25000000, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'SPECIALIZED_ENTERPRISES', 1500, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'STRATEGIC_EMERGING_SHARE', 50, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'HIGH_TECH_ENTERPRISES', 2600, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'CHAMPION_ENTERPRISES', 10, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'INDUSTRIAL_LANDMARKS', 5, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'INNOVATION_PLATFORMS', 30, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'APPLICATION_SCENARIOS', 30, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'TECH_CONTRACT_VALUE', 1000000, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'SMART_FACTORIES', 20, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'GREEN_FACTORIES', 30, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'MANUFACTURING_LAND', 2000, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'ACADEMICIAN_WORKSTATIONS', 20, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'TECH_TALENTS', 400, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'FUND_LEVERAGE', 3000000, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'SCI_TECH_INVESTMENTS', 100, '2027 年目标（沪奉府发〔2024〕20号）', '系统'),
      (2027, 'FOREIGN_TRADE', 15000000, '2027 年目标（沪奉府发〔2024〕20号）', '系统')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "target_actuals" DROP CONSTRAINT "FK_a15a7ac2eef4669c8eab3ae9df4"');
    await queryRunner.query('ALTER TABLE "targets" DROP CONSTRAINT "FK_f9877d106e78dad900b4e7f45f1"');
    await queryRunner.query('DROP INDEX "public"."target_actuals_metric_period_idx"');
    await queryRunner.query('DROP INDEX "public"."target_actuals_entered_by_idx"');
    await queryRunner.query('DROP TABLE "target_actuals"');
    await queryRunner.query('DROP INDEX "public"."targets_year_metric_key"');
    await queryRunner.query('DROP INDEX "public"."targets_updated_by_idx"');
    await queryRunner.query('DROP TABLE "targets"');
  }
}
