import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 园区 become reference data (code, name, town, order, retired), and a project names its park by
 * code instead of free text. The parks the district works with are seeded (written out, so the
 * migration never changes); every other park text already on a project becomes a park of its
 * own, named as written, in the town most of its projects are in. Texts that differ only in
 * spaces or letter case are one park (the reference data's rule for names). No project loses its
 * park: the check before the text column is dropped fails the migration if one would.
 */
export class Parks1796430001000 implements MigrationInterface {
  name = 'Parks1796430001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "parks" ("code" character varying(40) NOT NULL, "name" character varying(64) NOT NULL, "name_en" character varying(128) NOT NULL, "town_code" character varying(40), "sort_order" integer NOT NULL DEFAULT \'0\', "retired" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_c20a0a7c0de901f36e14a32ea6b" PRIMARY KEY ("code"))',
    );
    await queryRunner.query('CREATE INDEX "parks_town_code_idx" ON "parks" ("town_code") ');
    await queryRunner.query(
      'ALTER TABLE "parks" ADD CONSTRAINT "FK_967e57b081ea3552040d6f0eab4" FOREIGN KEY ("town_code") REFERENCES "places"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(`
      INSERT INTO parks (code, name, name_en, town_code, sort_order) VALUES
      ('DONGFANG_MEIGU_BIOMED', '东方美谷生物医药园', 'Oriental Beauty Valley Biomedical Park', 'NANQIAO', 10),
      ('NANQIAO_ZHIXING', '南桥智行生态谷', 'Nanqiao Smart Mobility Valley', 'NANQIAO', 20),
      ('FENGXIAN_EDZ', '奉贤经济开发区', 'Fengxian Economic Development Zone', NULL, 30),
      ('LINGANG_FENGXIAN', '临港奉贤园区', 'Lingang Fengxian Park', NULL, 40),
      ('HANGZHOU_BAY_EDZ', '杭州湾经济开发区', 'Hangzhou Bay Economic Development Zone', NULL, 50),
      ('XINGHUO_EDZ', '星火开发区', 'Xinghuo Development Zone', NULL, 60)
    `);
    await queryRunner.query('ALTER TABLE "projects" ADD "park_code" character varying(40)');

    // Each distinct text (by the name key: no spaces, lower case) not yet a park becomes one,
    // coded PARK_<n> in the order of first use, in its projects' most common town.
    await queryRunner.query(`
      WITH texts AS (
        SELECT lower(regexp_replace(park, '\\s+', '', 'g')) AS key, btrim(park) AS name, town_code, created_at
          FROM projects WHERE btrim(coalesce(park, '')) <> ''
      ),
      fresh AS (
        SELECT key, min(name) AS name, min(created_at) AS first_used,
               mode() WITHIN GROUP (ORDER BY town_code) AS town_code
          FROM texts
         WHERE key NOT IN (SELECT lower(regexp_replace(name, '\\s+', '', 'g')) FROM parks)
         GROUP BY key
      ),
      numbered AS (SELECT *, row_number() OVER (ORDER BY first_used, key) AS n FROM fresh)
      INSERT INTO parks (code, name, name_en, town_code, sort_order)
      SELECT 'PARK_' || lpad(n::text, 3, '0'), left(name, 64), left(name, 128), town_code, 100 + n * 10 FROM numbered
    `);
    await queryRunner.query(`
      UPDATE projects p SET park_code = k.code
        FROM parks k
       WHERE btrim(coalesce(p.park, '')) <> ''
         AND lower(regexp_replace(p.park, '\\s+', '', 'g')) = lower(regexp_replace(k.name, '\\s+', '', 'g'))
    `);
    const [lost] = await queryRunner.query(
      "SELECT count(*)::int AS n FROM projects WHERE btrim(coalesce(park, '')) <> '' AND park_code IS NULL",
    );
    if ((lost as { n: number }).n > 0) throw new Error(`Parks: ${(lost as { n: number }).n} projects' park text found no park`);
    await queryRunner.query('ALTER TABLE "projects" DROP COLUMN "park"');
    await queryRunner.query('CREATE INDEX "projects_park_code_idx" ON "projects" ("park_code") ');
    await queryRunner.query(
      'ALTER TABLE "projects" ADD CONSTRAINT "FK_64e9b22c315ee6a7c6aa9af796e" FOREIGN KEY ("park_code") REFERENCES "parks"("code") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "projects" DROP CONSTRAINT "FK_64e9b22c315ee6a7c6aa9af796e"');
    await queryRunner.query('DROP INDEX "projects_park_code_idx"');
    await queryRunner.query('ALTER TABLE "projects" ADD "park" character varying(100)');
    await queryRunner.query('UPDATE projects p SET park = k.name FROM parks k WHERE k.code = p.park_code');
    await queryRunner.query('ALTER TABLE "projects" DROP COLUMN "park_code"');
    await queryRunner.query('DROP TABLE "parks"');
  }
}
